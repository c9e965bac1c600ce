//! The PDF Web Worker: runs the PDF engine (`crates/ordner-pdf`) off the page's thread.
//!
//! Built by Trunk as a separate wasm binary (`index.html`: `data-bin="pdf_worker"
//! data-type="worker"`); the page starts it only when the person prints (`src/print/mod.rs`),
//! so the engine (about 1.5 MB of wasm) is never part of the first download. It links
//! `ordner-pdf`, `ordner-core` and the wasm-bindgen glue, never Leptos.
//!
//! It fetches what the job needs from the app's own origin, which the service worker serves
//! from its cache when offline: the message bundles of German and the other language, and only the
//! font files of the scripts in use (`fonts/<file>.ttf`; e.g. German + Arabic: Noto Sans and
//! Noto Naskh Arabic, regular and bold).
//!
//! Protocol: see `src/print/mod.rs`. Error codes: 1 = fetching fonts or texts failed,
//! 2 = a font is damaged or missing, 3 = the town pack cannot be read, 4 = a scanned page is
//! not a usable JPEG (index = its number over all pages), 5 = anything else.

#[cfg(target_arch = "wasm32")]
mod worker {
    use js_sys::{Array, Reflect, Uint8Array};
    use ordner_core::content::BuiltinPack;
    use ordner_core::i18n::bundle_path;
    use ordner_core::{Catalog, Content, Language, TabId};
    use ordner_pdf::{
        BlankFolder, ConsultDocument, ConsultPage, Consultation, DEFAULT_SPINES, DatedEntry,
        FontFace, FontLibrary, LogEntry, PdfError, RecoverySheet,
    };
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::DedicatedWorkerGlobalScope;

    /// An error for the page: code, index (scanned page), detail for the console.
    pub struct Failure {
        code: u32,
        index: u32,
        detail: String,
    }

    impl Failure {
        fn new(code: u32, detail: impl Into<String>) -> Failure {
            Failure {
                code,
                index: 0,
                detail: detail.into(),
            }
        }
    }

    impl From<PdfError> for Failure {
        fn from(e: PdfError) -> Failure {
            let (code, index) = match &e {
                PdfError::BadFont { .. }
                | PdfError::MissingFont { .. }
                | PdfError::FontIo { .. }
                | PdfError::Subset { .. } => (2, 0),
                PdfError::BadJpeg { index, .. } => (4, u32::try_from(*index).unwrap_or(0)),
                _ => (5, 0),
            };
            Failure {
                code,
                index,
                detail: e.to_string(),
            }
        }
    }

    fn scope() -> DedicatedWorkerGlobalScope {
        js_sys::global().unchecked_into()
    }

    fn progress(stage: u32, done: u32, total: u32) {
        let m = Array::of4(
            &JsValue::from(0),
            &JsValue::from(stage),
            &JsValue::from(done),
            &JsValue::from(total),
        );
        let _ = scope().post_message(&m);
    }

    fn now_ms() -> f64 {
        scope().performance().map_or(0.0, |p| p.now())
    }

    fn get(obj: &JsValue, key: &str) -> JsValue {
        Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn get_str(obj: &JsValue, key: &str) -> Option<String> {
        get(obj, key).as_string()
    }

    fn req_str(obj: &JsValue, key: &str) -> Result<String, Failure> {
        get_str(obj, key).ok_or_else(|| Failure::new(5, format!("request: `{key}` missing")))
    }

    fn get_array(obj: &JsValue, key: &str) -> Array {
        get(obj, key).dyn_into::<Array>().unwrap_or_default()
    }

    async fn fetch_bytes(url: &str) -> Result<Vec<u8>, Failure> {
        let fail = |what: String| Failure::new(1, format!("{url}: {what}"));
        let response = JsFuture::from(scope().fetch_with_str(url))
            .await
            .map_err(|e| fail(format!("{e:?}")))?;
        let response: web_sys::Response = response
            .dyn_into()
            .map_err(|_| fail("not a response".into()))?;
        if !response.ok() {
            return Err(fail(format!("HTTP {}", response.status())));
        }
        let buffer = response
            .array_buffer()
            .map_err(|e| fail(format!("{e:?}")))?;
        let buffer = JsFuture::from(buffer)
            .await
            .map_err(|e| fail(format!("{e:?}")))?;
        Ok(Uint8Array::new(&buffer).to_vec())
    }

    /// The message bundle of one language (`locales/<code>.ftl`), as the page loads it.
    async fn catalog(code: &str) -> Result<Catalog, Failure> {
        let url = bundle_path(code);
        let text = fetch_bytes(&url).await?;
        Catalog::from_bundle(code, &url, &String::from_utf8_lossy(&text))
            .map_err(|e| Failure::new(5, e.to_string()))
    }

    /// German and the other language's catalogs, and the fonts, fetched together; progress is
    /// reported per file.
    async fn load(
        lang: &str,
        faces: &[FontFace],
    ) -> Result<(Catalog, Catalog, FontLibrary), Failure> {
        let total = u32::try_from(faces.len()).unwrap_or(0) + 2;
        let done = std::cell::Cell::new(0u32);
        let step = || {
            done.set(done.get() + 1);
            progress(0, done.get(), total);
        };
        progress(0, 0, total);
        let fonts = futures::future::try_join_all(faces.iter().map(|face| async {
            let bytes = fetch_bytes(&format!("fonts/{}", face.file_name())).await?;
            step();
            Ok::<_, Failure>((*face, bytes))
        }));
        let catalogs = futures::future::try_join(
            async {
                let c = catalog(ordner_core::lang::GERMAN).await?;
                step();
                Ok(c)
            },
            async {
                let c = catalog(lang).await?;
                step();
                Ok(c)
            },
        );
        let (fonts, (de, other)) = futures::future::try_join(fonts, catalogs).await?;
        let mut library = FontLibrary::new();
        for (face, bytes) in fonts {
            library.add(face, bytes)?;
        }
        Ok((de, other, library))
    }

    fn content(request: &JsValue) -> Result<Content, Failure> {
        let pack_err = |e: ordner_core::CoreError| Failure::new(3, e.to_string());
        if let Some(key) = get_str(request, "packBuiltin") {
            let pack = BuiltinPack::by_key(&key)
                .ok_or_else(|| Failure::new(3, format!("no built-in pack `{key}`")))?
                .parse()
                .map_err(pack_err)?;
            return Content::default_germany()
                .with_pack(&pack)
                .map_err(pack_err);
        }
        if let Some(name) = get_str(request, "packName") {
            let bytes = Uint8Array::new(&get(request, "packBytes")).to_vec();
            let (content, _) = Content::default_germany()
                .load_pack(&name, &bytes)
                .map_err(pack_err)?;
            return Ok(content);
        }
        Ok(Content::default_germany())
    }

    fn language(code: &str) -> Result<&'static Language, Failure> {
        Language::by_code(code).ok_or_else(|| Failure::new(5, format!("unknown language {code}")))
    }

    fn scripts(lang: &Language) -> Vec<ordner_core::lang::Script> {
        vec![ordner_core::lang::Script::Latin, lang.script]
    }

    fn dated(list: &Array) -> Vec<DatedEntry> {
        list.iter()
            .map(|d| DatedEntry {
                date: get_str(&d, "date").unwrap_or_default(),
                shown_date: get_str(&d, "shown").unwrap_or_default(),
                title: get_str(&d, "title").unwrap_or_default(),
                note: get_str(&d, "note"),
            })
            .collect()
    }

    /// A finished PDF: bytes, page count, the engine's time in ms, the font files fetched.
    pub struct Done {
        bytes: Vec<u8>,
        pages: usize,
        ms: f64,
        fonts: Vec<FontFace>,
    }

    impl Done {
        fn new(out: ordner_pdf::PdfOutput, started: f64, faces: &[FontFace]) -> Done {
            Done {
                bytes: out.bytes,
                pages: out.page_count,
                ms: now_ms() - started,
                fonts: faces.to_vec(),
            }
        }
    }

    /// Runs one request.
    pub async fn run(request: &JsValue) -> Result<Done, Failure> {
        let kind = req_str(request, "kind")?;
        let lang = language(&req_str(request, "lang")?)?;
        let date = get_str(request, "date").unwrap_or_default();
        let mut on_step = |done: u32, total: u32| progress(1, done, total);
        match kind.as_str() {
            "blank" => {
                let content = content(request)?;
                let faces = ordner_pdf::faces_for_scripts(&scripts(lang));
                let (de, other, fonts) = load(lang.code, &faces).await?;
                let started = now_ms();
                let out = ordner_pdf::blank_folder_with_progress(
                    &BlankFolder {
                        german: &de,
                        other: &other,
                        content: &content,
                        spines: DEFAULT_SPINES,
                    },
                    &fonts,
                    &mut on_step,
                )?;
                Ok(Done::new(out, started, &faces))
            }
            "recovery" => {
                let key = req_str(request, "key")?;
                let size = get(request, "qrSize").as_f64().unwrap_or(0.0) as usize;
                let flat = Uint8Array::new(&get(request, "qr")).to_vec();
                let qr: Vec<Vec<bool>> = if size == 0 {
                    Vec::new()
                } else {
                    flat.chunks(size)
                        .map(|row| row.iter().map(|&m| m != 0).collect())
                        .collect()
                };
                let faces = ordner_pdf::faces_for_scripts(&scripts(lang));
                let (de, other, fonts) = load(lang.code, &faces).await?;
                let started = now_ms();
                on_step(0, 1);
                let out = ordner_pdf::recovery_sheet(
                    &RecoverySheet {
                        german: &de,
                        other: &other,
                        key: &key,
                        qr: &qr,
                        created: &date,
                    },
                    &fonts,
                )?;
                Ok(Done::new(out, started, &faces))
            }
            "consult" => {
                let content = content(request)?;
                let tabs: Vec<TabId> = get_array(request, "tabs")
                    .iter()
                    .filter_map(|k| k.as_string().and_then(|k| TabId::from_key(&k)))
                    .collect();
                let checked: Vec<String> = get_array(request, "checked")
                    .iter()
                    .filter_map(|k| k.as_string())
                    .collect();
                let documents: Vec<ConsultDocument> = get_array(request, "documents")
                    .iter()
                    .map(|d| ConsultDocument {
                        title: get_str(&d, "title").unwrap_or_default(),
                        doctype: get_str(&d, "doctype"),
                        tab: get_str(&d, "tab")
                            .and_then(|k| TabId::from_key(&k))
                            .unwrap_or(TabId::Documents),
                        received: get_str(&d, "received"),
                        letter_date: get_str(&d, "letterDate"),
                        valid_until: get_str(&d, "validUntil"),
                        pages: {
                            // `pageKinds`: 0 = JPEG, 1 = PDF file; `pageTurns`: degrees.
                            let kinds = get_array(&d, "pageKinds");
                            let turns = get_array(&d, "pageTurns");
                            get_array(&d, "pages")
                                .iter()
                                .enumerate()
                                .map(|(i, p)| {
                                    let bytes = Uint8Array::new(&p).to_vec();
                                    let i = i as u32;
                                    if kinds.get(i).as_f64() == Some(1.0) {
                                        let turn = turns.get(i).as_f64().unwrap_or(0.0);
                                        ConsultPage::Pdf {
                                            bytes,
                                            rotation: (turn as u16) % 360,
                                        }
                                    } else {
                                        ConsultPage::Jpeg(bytes)
                                    }
                                })
                                .collect()
                        },
                    })
                    .collect();
                let log: Vec<LogEntry> = get_array(request, "log")
                    .iter()
                    .map(|l| LogEntry {
                        date: get_str(&l, "date").unwrap_or_default(),
                        with: get_str(&l, "with").unwrap_or_default(),
                        summary: get_str(&l, "summary").unwrap_or_default(),
                    })
                    .collect();
                // The fonts depend on what the person typed: work them out with placeholder
                // catalogs first (`consultation_faces` looks only at the languages and texts).
                let mut input = Consultation {
                    german: &Catalog::from_sources(ordner_core::lang::GERMAN, &[])
                        .map_err(|e| Failure::new(5, e.to_string()))?,
                    other: &Catalog::from_sources(lang.code, &[])
                        .map_err(|e| Failure::new(5, e.to_string()))?,
                    content: &content,
                    name: get_str(request, "name"),
                    notes: get_str(request, "notes"),
                    printed_on: date,
                    tabs,
                    checked,
                    documents,
                    deadlines: dated(&get_array(request, "deadlines")),
                    appointments: dated(&get_array(request, "appointments")),
                    log,
                    contacts: get_array(request, "contacts")
                        .iter()
                        .filter_map(|k| k.as_string())
                        .collect(),
                };
                let faces = ordner_pdf::consultation_faces(&input);
                let (de, other, fonts) = load(lang.code, &faces).await?;
                input.german = &de;
                input.other = &other;
                let started = now_ms();
                let out = ordner_pdf::consultation_with_progress(&input, &fonts, &mut on_step)?;
                Ok(Done::new(out, started, &faces))
            }
            other => Err(Failure::new(5, format!("unknown job `{other}`"))),
        }
    }

    pub fn reply(result: Result<Done, Failure>) {
        let scope = scope();
        match result {
            Ok(done) => {
                let array = Uint8Array::from(done.bytes.as_slice());
                let fonts: Vec<&str> = done.fonts.iter().map(|f| f.file_name()).collect();
                let m = Array::of5(
                    &JsValue::from(1),
                    &array,
                    &JsValue::from(done.pages as u32),
                    &JsValue::from(done.ms),
                    &JsValue::from_str(&fonts.join(",")),
                );
                let transfer = Array::of1(&array.buffer());
                let _ = scope.post_message_with_transfer(&m, &transfer);
            }
            Err(f) => {
                let m = Array::of4(
                    &JsValue::from(2),
                    &JsValue::from(f.code),
                    &JsValue::from(f.index),
                    &JsValue::from_str(&f.detail),
                );
                let _ = scope.post_message(&m);
            }
        }
    }

    pub fn start() {
        let scope = scope();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
                let data = event.data();
                wasm_bindgen_futures::spawn_local(async move {
                    reply(run(&data).await);
                });
            });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let _ = scope.post_message(&JsValue::from_str("ready"));
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
