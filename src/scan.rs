//! The image pipeline in the browser: photos and picked files become pages, before anything is
//! encrypted.
//!
//! Images: `createImageBitmap(file, {imageOrientation: "from-image"})` applies the EXIF
//! orientation; the bitmap is drawn on a canvas whose long side is at most [`LONG_SIDE`] px and
//! re-encoded as JPEG with `canvas.toBlob`, which writes pixels only: EXIF, GPS and every other
//! metadata of the original are gone. Optionally the "paper" filter
//! ([`ordner_core::document::image::paper_filter`]) makes it high-contrast grey. A thumbnail of
//! [`THUMB_SIDE`] px is made from the same canvas. PDFs are kept byte for byte up to
//! [`MAX_PDF_BYTES`].

use js_sys::{Promise, Uint8Array};
use ordner_core::document::PageMime;
use ordner_core::document::image::{FileKind, fit_long_side, paper_filter, sniff};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, File, HtmlCanvasElement, ImageBitmap,
    ImageBitmapOptions, ImageOrientation,
};

/// Longest side of a stored page, in pixels (about 240 dpi on A4: readable when printed).
pub const LONG_SIDE: u32 = 2000;
/// Longest side of a thumbnail.
pub const THUMB_SIDE: u32 = 200;
/// JPEG quality of pages and thumbnails.
pub const JPEG_QUALITY: f64 = 0.8;
const THUMB_QUALITY: f64 = 0.7;
/// Largest photo or image file accepted (it is shrunk anyway).
pub const MAX_IMAGE_BYTES: f64 = 40_000_000.0;
/// Largest PDF accepted (it is stored as it is).
pub const MAX_PDF_BYTES: f64 = 20_000_000.0;

/// Why a file did not become a page. Nothing is stored in any case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanError {
    /// Neither an image nor a PDF.
    Unsupported,
    /// An image the browser cannot decode (damaged, or a format it does not know, e.g. HEIC).
    Unreadable,
    /// An image over [`MAX_IMAGE_BYTES`].
    ImageTooLarge,
    /// A PDF over [`MAX_PDF_BYTES`], or a file that claims to be a PDF but is not one.
    PdfTooLarge,
    /// A PDF whose content is not a PDF.
    NotAPdf,
    /// The browser refused a canvas operation (out of memory).
    Browser,
}

impl ScanError {
    /// The Fluent message (with the `$mb` limit where it has one, see [`ScanError::limit_mb`]).
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            ScanError::Unsupported => "doc-error-unsupported",
            ScanError::Unreadable => "doc-error-unreadable",
            ScanError::ImageTooLarge => "doc-error-image-too-large",
            ScanError::PdfTooLarge => "doc-error-pdf-too-large",
            ScanError::NotAPdf => "doc-error-not-a-pdf",
            ScanError::Browser => "doc-error-browser",
        }
    }

    /// The size limit the message names, in MB.
    #[must_use]
    pub fn limit_mb(self) -> Option<f64> {
        match self {
            ScanError::ImageTooLarge => Some(MAX_IMAGE_BYTES / 1e6),
            ScanError::PdfTooLarge => Some(MAX_PDF_BYTES / 1e6),
            _ => None,
        }
    }
}

/// A processed page, not stored yet.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPage {
    pub full: Vec<u8>,
    pub thumb: Option<Vec<u8>>,
    pub mime: PageMime,
    pub width: u32,
    pub height: u32,
}

fn browser_err(_: JsValue) -> ScanError {
    ScanError::Browser
}

async fn blob_bytes(blob: &Blob) -> Result<Vec<u8>, ScanError> {
    let buffer = JsFuture::from(blob.array_buffer())
        .await
        .map_err(|_| ScanError::Unreadable)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Turns one chosen file into a page.
///
/// # Errors
/// [`ScanError`] (nothing is kept).
pub async fn process_file(file: &File, paper: bool) -> Result<NewPage, ScanError> {
    let size = file.size();
    let head_blob = file
        .slice_with_f64_and_f64(0.0, 16.0)
        .map_err(browser_err)?;
    let head = blob_bytes(&head_blob).await?;
    match sniff(&file.type_(), &head) {
        None => Err(ScanError::Unsupported),
        Some(FileKind::Pdf) => {
            if size > MAX_PDF_BYTES {
                return Err(ScanError::PdfTooLarge);
            }
            if !head.starts_with(b"%PDF-") {
                return Err(ScanError::NotAPdf);
            }
            let full = blob_bytes(file).await?;
            Ok(NewPage {
                full,
                thumb: None,
                mime: PageMime::Pdf,
                width: 0,
                height: 0,
            })
        }
        Some(FileKind::Image) => {
            if size > MAX_IMAGE_BYTES {
                return Err(ScanError::ImageTooLarge);
            }
            let bitmap = decode(file).await?;
            let page = render(&bitmap, 0, paper).await;
            bitmap.close();
            page
        }
    }
}

/// Turns a stored or new JPEG page a quarter turn clockwise, on its pixels.
///
/// # Errors
/// [`ScanError::Unreadable`], [`ScanError::Browser`].
pub async fn rotate_jpeg(bytes: &[u8]) -> Result<NewPage, ScanError> {
    let blob = jpeg_blob(bytes).map_err(browser_err)?;
    let bitmap = decode(&blob).await?;
    let page = render(&bitmap, 1, false).await;
    bitmap.close();
    page
}

/// A Blob of JPEG bytes.
///
/// # Errors
/// When the browser refuses.
pub fn jpeg_blob(bytes: &[u8]) -> Result<Blob, JsValue> {
    bytes_blob(bytes, "image/jpeg")
}

/// A Blob of `bytes` with a MIME type.
///
/// # Errors
/// When the browser refuses.
pub fn bytes_blob(bytes: &[u8], mime: &str) -> Result<Blob, JsValue> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_u8_array_sequence_and_options(&parts, &options)
}

/// Decodes with the EXIF orientation applied.
async fn decode(blob: &Blob) -> Result<ImageBitmap, ScanError> {
    let window = web_sys::window().ok_or(ScanError::Browser)?;
    let options = ImageBitmapOptions::new();
    options.set_image_orientation(ImageOrientation::FromImage);
    let promise = window
        .create_image_bitmap_with_blob_and_image_bitmap_options(blob, &options)
        .map_err(|_| ScanError::Unreadable)?;
    JsFuture::from(promise)
        .await
        .map_err(|_| ScanError::Unreadable)?
        .dyn_into::<ImageBitmap>()
        .map_err(|_| ScanError::Unreadable)
}

fn new_canvas(
    width: u32,
    height: u32,
) -> Result<(HtmlCanvasElement, CanvasRenderingContext2d), ScanError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(ScanError::Browser)?;
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(browser_err)?
        .unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(browser_err)?
        .ok_or(ScanError::Browser)?
        .unchecked_into();
    // Good downscaling; white under transparent images (JPEG has no alpha).
    let _ = js_sys::Reflect::set(
        &ctx,
        &JsValue::from_str("imageSmoothingQuality"),
        &JsValue::from_str("high"),
    );
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
    Ok((canvas, ctx))
}

/// Draws `bitmap` turned `quarter_turns` × 90° clockwise, at most [`LONG_SIDE`] px, optionally
/// as "paper", and encodes the page and its thumbnail.
async fn render(
    bitmap: &ImageBitmap,
    quarter_turns: u8,
    paper: bool,
) -> Result<NewPage, ScanError> {
    let (bw, bh) = (bitmap.width(), bitmap.height());
    if bw == 0 || bh == 0 {
        return Err(ScanError::Unreadable);
    }
    let (w, h) = fit_long_side(bw, bh, LONG_SIDE);
    let swap = quarter_turns % 2 == 1;
    let (cw, ch) = if swap { (h, w) } else { (w, h) };
    let (canvas, ctx) = new_canvas(cw, ch)?;
    ctx.translate(f64::from(cw) / 2.0, f64::from(ch) / 2.0)
        .map_err(browser_err)?;
    ctx.rotate(f64::from(quarter_turns) * std::f64::consts::FRAC_PI_2)
        .map_err(browser_err)?;
    ctx.draw_image_with_image_bitmap_and_dw_and_dh(
        bitmap,
        -f64::from(w) / 2.0,
        -f64::from(h) / 2.0,
        f64::from(w),
        f64::from(h),
    )
    .map_err(browser_err)?;
    if paper {
        let data = ctx
            .get_image_data(0.0, 0.0, f64::from(cw), f64::from(ch))
            .map_err(browser_err)?;
        let mut pixels = data.data().0;
        paper_filter(&mut pixels);
        let filtered = web_sys::ImageData::new_with_u8_clamped_array_and_sh(
            wasm_bindgen::Clamped(&pixels),
            cw,
            ch,
        )
        .map_err(browser_err)?;
        ctx.put_image_data(&filtered, 0.0, 0.0)
            .map_err(browser_err)?;
    }
    let full = to_jpeg(&canvas, JPEG_QUALITY).await?;
    let (tw, th) = fit_long_side(cw, ch, THUMB_SIDE);
    let (thumb_canvas, thumb_ctx) = new_canvas(tw, th)?;
    thumb_ctx
        .draw_image_with_html_canvas_element_and_dw_and_dh(
            &canvas,
            0.0,
            0.0,
            f64::from(tw),
            f64::from(th),
        )
        .map_err(browser_err)?;
    let thumb = to_jpeg(&thumb_canvas, THUMB_QUALITY).await?;
    // Free the canvas memory now rather than at the next garbage collection.
    canvas.set_width(0);
    canvas.set_height(0);
    Ok(NewPage {
        full,
        thumb: Some(thumb),
        mime: PageMime::Jpeg,
        width: cw,
        height: ch,
    })
}

async fn to_jpeg(canvas: &HtmlCanvasElement, quality: f64) -> Result<Vec<u8>, ScanError> {
    let mut issued = Ok(());
    let promise = Promise::new(&mut |resolve, _reject| {
        issued = canvas.to_blob_with_type_and_encoder_options(
            &resolve,
            "image/jpeg",
            &JsValue::from_f64(quality),
        );
    });
    issued.map_err(browser_err)?;
    let blob = JsFuture::from(promise).await.map_err(browser_err)?;
    let blob: Blob = blob.dyn_into().map_err(|_| ScanError::Browser)?;
    blob_bytes(&blob).await
}
