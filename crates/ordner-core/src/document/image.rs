//! Pixel arithmetic of the scan pipeline that needs no browser: target sizes and the
//! high-contrast "paper" filter (run by the app on canvas pixels).

/// The size that fits `width` × `height` into `long_side` on its longer side, keeping the aspect
/// ratio; images already small enough keep their size. Never 0.
#[must_use]
pub fn fit_long_side(width: u32, height: u32, long_side: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= long_side || long == 0 {
        return (width.max(1), height.max(1));
    }
    let scale = |v: u32| {
        let scaled = (u64::from(v) * u64::from(long_side) + u64::from(long) / 2) / u64::from(long);
        u32::try_from(scaled).unwrap_or(long_side).max(1)
    };
    (scale(width), scale(height))
}

/// Turns RGBA pixels into high-contrast grey "paper": luminance, then levels that map the darkest
/// 1 % to black and the paper tone (the 90th percentile) to white. Alpha becomes opaque.
pub fn paper_filter(rgba: &mut [u8]) {
    let mut histogram = [0u32; 256];
    let mut count = 0u32;
    for px in rgba.chunks_exact_mut(4) {
        // ITU-R BT.601 luma in fixed point.
        let y =
            (u32::from(px[0]) * 299 + u32::from(px[1]) * 587 + u32::from(px[2]) * 114 + 500) / 1000;
        let y = u8::try_from(y.min(255)).unwrap_or(u8::MAX);
        px[0] = y;
        histogram[usize::from(y)] += 1;
        count += 1;
    }
    if count == 0 {
        return;
    }
    let percentile = |p: u32| {
        let target = (u64::from(count) * u64::from(p) / 100) as u32;
        let mut seen = 0u32;
        for (value, n) in histogram.iter().enumerate() {
            seen += n;
            if seen > target {
                return value as i32;
            }
        }
        255
    };
    let black = percentile(1);
    let mut white = percentile(90);
    if white - black < 32 {
        // A nearly flat image (blank page, or all dark): stretch gently only.
        white = (black + 32).min(255);
    }
    let range = (white - black).max(1);
    let mut lut = [0u8; 256];
    for (v, out) in lut.iter_mut().enumerate() {
        let scaled = ((v as i32 - black) * 255 / range).clamp(0, 255);
        *out = u8::try_from(scaled).unwrap_or(u8::MAX);
    }
    for px in rgba.chunks_exact_mut(4) {
        let y = lut[usize::from(px[0])];
        px[0] = y;
        px[1] = y;
        px[2] = y;
        px[3] = 255;
    }
}

/// What a chosen file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Image,
    Pdf,
}

/// Tells images and PDFs apart by the file's MIME type and its first bytes. A file named a PDF
/// is [`FileKind::Pdf`] even if its bytes are not (the caller checks `%PDF-` and says so).
#[must_use]
pub fn sniff(mime: &str, head: &[u8]) -> Option<FileKind> {
    if head.starts_with(b"%PDF-") || mime == "application/pdf" {
        return Some(FileKind::Pdf);
    }
    let image_magic = head.starts_with(&[0xFF, 0xD8, 0xFF])
        || head.starts_with(b"\x89PNG")
        || head.starts_with(b"GIF8")
        || head.starts_with(b"BM")
        || (head.len() >= 12 && &head[0..4] == b"RIFF" && &head[8..12] == b"WEBP")
        || (head.len() >= 12 && &head[4..8] == b"ftyp");
    (mime.starts_with("image/") || image_magic).then_some(FileKind::Image)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_type_and_bytes() {
        assert_eq!(
            sniff("image/jpeg", &[0xFF, 0xD8, 0xFF, 0xE1]),
            Some(FileKind::Image)
        );
        assert_eq!(sniff("", &[0xFF, 0xD8, 0xFF, 0xE0]), Some(FileKind::Image));
        assert_eq!(sniff("", b"%PDF-1.7\n"), Some(FileKind::Pdf));
        assert_eq!(sniff("application/pdf", b"hello"), Some(FileKind::Pdf));
        assert_eq!(sniff("text/plain", b"hello world"), None);
        assert_eq!(sniff("application/zip", b"PK\x03\x04"), None);
    }

    #[test]
    fn fits_the_long_side() {
        assert_eq!(fit_long_side(4000, 3000, 2000), (2000, 1500));
        assert_eq!(fit_long_side(3000, 4000, 2000), (1500, 2000));
        assert_eq!(fit_long_side(1200, 800, 2000), (1200, 800));
        assert_eq!(fit_long_side(10_000, 3, 200), (200, 1));
        assert_eq!(fit_long_side(0, 0, 200), (1, 1));
    }

    #[test]
    fn paper_makes_grey_with_white_paper_and_black_ink() {
        // 100 pixels: 80 light-grey "paper" (200,190,180), 20 dark-blue "ink" (40,40,90).
        let mut px = Vec::new();
        for i in 0..100 {
            if i < 80 {
                px.extend_from_slice(&[200, 190, 180, 128]);
            } else {
                px.extend_from_slice(&[40, 40, 90, 255]);
            }
        }
        paper_filter(&mut px);
        for p in px.chunks_exact(4) {
            assert_eq!(p[0], p[1]);
            assert_eq!(p[1], p[2]);
            assert_eq!(p[3], 255);
        }
        assert_eq!(px[0], 255, "paper becomes white");
        assert_eq!(px[4 * 99], 0, "ink becomes black");
    }
}
