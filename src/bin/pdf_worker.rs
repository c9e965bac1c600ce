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
//! Protocol: `ordner_protocol::pdf` (request, progress, result, error), served by
//! `serve::serve` (`src/worker/serve.rs`, compiled in by `#[path]`: the worker does not link the
//! app's library).

#[cfg(target_arch = "wasm32")]
#[path = "../worker/frame.rs"]
mod frame;
#[cfg(target_arch = "wasm32")]
#[path = "../worker/serve.rs"]
#[allow(dead_code)] // each worker uses one of `serve` and `serve_now`
mod serve;

#[cfg(target_arch = "wasm32")]
mod worker {
    use crate::serve::{post, serve};
    use js_sys::Uint8Array;
    use ordner_core::content::BuiltinPack;
    use ordner_core::i18n::bundle_path;
    use ordner_core::{Catalog, Content, Language};
    use ordner_pdf::{
        BlankFolder, Consultation, DEFAULT_SPINES, FontFace, FontLibrary, PdfError, RecoverySheet,
    };
    use ordner_protocol::pdf::{self, Done, Error, Job, PackSource, Pdf, Progress, Request};
    use ordner_protocol::{Failure, Reply};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::DedicatedWorkerGlobalScope;

    type Failed = Failure<Error>;

    fn engine(e: PdfError) -> Failed {
        let error = match &e {
            PdfError::BadFont { .. }
            | PdfError::MissingFont { .. }
            | PdfError::FontIo { .. }
            | PdfError::Subset { .. } => Error::Font,
            PdfError::BadJpeg { index, .. } => Error::Scan(u32::try_from(*index).unwrap_or(0)),
            _ => Error::Internal,
        };
        Failure::new(error, e.to_string())
    }

    fn scope() -> DedicatedWorkerGlobalScope {
        js_sys::global().unchecked_into()
    }

    fn progress(stage: u8, done: u32, total: u32) {
        post::<Pdf>(Reply::Progress(Progress { stage, done, total }));
    }

    fn now_ms() -> f64 {
        scope().performance().map_or(0.0, |p| p.now())
    }

    async fn fetch_bytes(url: &str) -> Result<Vec<u8>, Failed> {
        let fail = |what: String| Failure::new(Error::Offline, format!("{url}: {what}"));
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
    async fn catalog(code: &str) -> Result<Catalog, Failed> {
        let url = bundle_path(code);
        let text = fetch_bytes(&url).await?;
        Catalog::from_bundle(code, &url, &String::from_utf8_lossy(&text))
            .map_err(|e| Failure::new(Error::Internal, e.to_string()))
    }

    /// German and the other language's catalogs, and the fonts, fetched together; progress is
    /// reported per file.
    async fn load(
        lang: &str,
        faces: &[FontFace],
    ) -> Result<(Catalog, Catalog, FontLibrary), Failed> {
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
            Ok::<_, Failed>((*face, bytes))
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
            library.add(face, bytes).map_err(engine)?;
        }
        Ok((de, other, library))
    }

    fn content(pack: &PackSource) -> Result<Content, Failed> {
        let pack_err = |e: ordner_core::CoreError| Failure::new(Error::Pack, e.to_string());
        match pack {
            PackSource::None => Ok(Content::default_germany()),
            PackSource::Builtin(key) => {
                let pack = BuiltinPack::by_key(key)
                    .ok_or_else(|| Failure::new(Error::Pack, format!("no built-in pack `{key}`")))?
                    .parse()
                    .map_err(pack_err)?;
                Content::default_germany()
                    .with_pack(&pack)
                    .map_err(pack_err)
            }
            PackSource::File { name, bytes } => {
                let (content, _) = Content::default_germany()
                    .load_pack(name, bytes)
                    .map_err(pack_err)?;
                Ok(content)
            }
        }
    }

    fn language(code: &str) -> Result<&'static Language, Failed> {
        Language::by_code(code)
            .ok_or_else(|| Failure::new(Error::Internal, format!("unknown language {code}")))
    }

    fn scripts(lang: &Language) -> Vec<ordner_core::lang::Script> {
        vec![ordner_core::lang::Script::Latin, lang.script]
    }

    fn done(out: ordner_pdf::PdfOutput, started: f64, faces: &[FontFace]) -> Done {
        Done {
            pdf: out.bytes,
            pages: u32::try_from(out.page_count).unwrap_or(u32::MAX),
            render_ms: now_ms() - started,
            fonts: faces.iter().map(|f| f.file_name().to_owned()).collect(),
        }
    }

    /// Runs one request.
    pub async fn run(request: Request) -> Result<Done, Failed> {
        let date = request.printed_on;
        let mut on_step = |done: u32, total: u32| progress(1, done, total);
        match request.job {
            Job::Blank { lang, pack } => {
                let lang = language(&lang)?;
                let content = content(&pack)?;
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
                )
                .map_err(engine)?;
                Ok(done(out, started, &faces))
            }
            Job::Recovery { lang, key, qr } => {
                let lang = language(&lang)?;
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
                )
                .map_err(engine)?;
                Ok(done(out, started, &faces))
            }
            Job::Consult { lang, pack, choice } => {
                let lang = language(&lang)?;
                let content = content(&pack)?;
                let pdf::ConsultChoice {
                    tabs,
                    checked,
                    name,
                    notes,
                    documents,
                    deadlines,
                    appointments,
                    log,
                    contacts,
                } = choice;
                let internal =
                    |e: ordner_core::CoreError| Failure::new(Error::Internal, e.to_string());
                // The fonts depend on what the person typed: work them out with placeholder
                // catalogs first (`consultation_faces` looks only at the languages and texts).
                let mut input = Consultation {
                    german: &Catalog::from_sources(ordner_core::lang::GERMAN, &[])
                        .map_err(internal)?,
                    other: &Catalog::from_sources(lang.code, &[]).map_err(internal)?,
                    content: &content,
                    name,
                    notes,
                    printed_on: date,
                    tabs,
                    checked,
                    documents,
                    deadlines,
                    appointments,
                    log,
                    contacts,
                };
                let faces = ordner_pdf::consultation_faces(&input);
                let (de, other, fonts) = load(lang.code, &faces).await?;
                input.german = &de;
                input.other = &other;
                let started = now_ms();
                let out = ordner_pdf::consultation_with_progress(&input, &fonts, &mut on_step)
                    .map_err(engine)?;
                Ok(done(out, started, &faces))
            }
        }
    }

    pub fn start() {
        serve::<Pdf, _, _>(run);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
