//! The pages of a document being added or edited: take a photo, choose images or PDFs, and
//! reorder, turn or remove pages. Files are processed one after another with a progress line;
//! a file that fails gets its own message and adds nothing.

use leptos::prelude::*;
use ordner_core::document::MAX_PAGES;
use ordner_core::i18n::Arg;

use crate::components::bi::Bi;
use crate::components::doc_thumb::{DocThumb, ThumbSource};
use crate::components::icon::{Icon, IconName};
use crate::documents::{self, Draft, RotateError, Source};
use crate::i18n::{BiText, Texts, use_texts};
use crate::scan::{self, ScanError};
use crate::vault::use_vault;

/// A file that did not become a page: its name and why.
#[derive(Debug, Clone, PartialEq)]
pub struct FileProblem {
    pub file: String,
    pub message: BiText,
    pub message_id: &'static str,
}

fn scan_message(t: &Texts, e: ScanError) -> BiText {
    match e.limit_mb() {
        Some(mb) => t.bi_args(e.message_id(), &[("mb", Arg::Num(mb))]),
        None => t.bi(e.message_id()),
    }
}

/// Processes chosen files one by one into pages.
async fn add_files(
    t: Texts,
    files: Vec<web_sys::File>,
    paper: bool,
    pages: RwSignal<Vec<Draft>, LocalStorage>,
    progress: RwSignal<Option<(usize, usize)>>,
    problems: RwSignal<Vec<FileProblem>>,
) {
    let total = files.len();
    problems.set(Vec::new());
    for (i, file) in files.iter().enumerate() {
        if progress.try_set(Some((i + 1, total))).is_some() {
            return; // the editor was closed
        }
        if pages.with_untracked(Vec::len) >= MAX_PAGES {
            problems.update(|p| {
                p.push(FileProblem {
                    file: file.name(),
                    message: t.bi("doc-error-too-many-pages"),
                    message_id: "doc-error-too-many-pages",
                });
            });
            continue;
        }
        match scan::process_file(file, paper).await {
            Ok(page) => {
                if pages.try_update(|p| p.push(Draft::new(page))).is_none() {
                    return;
                }
            }
            Err(e) => {
                let _ = problems.try_update(|p| {
                    p.push(FileProblem {
                        file: file.name(),
                        message: scan_message(&t, e),
                        message_id: e.message_id(),
                    });
                });
            }
        }
    }
    let _ = progress.try_set(None);
}

fn files_of(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let input: web_sys::HtmlInputElement = event_target(ev);
    let mut out = Vec::new();
    if let Some(list) = input.files() {
        for i in 0..list.length() {
            if let Some(f) = list.get(i) {
                out.push(f);
            }
        }
    }
    // The same file can be chosen again.
    input.set_value("");
    out
}

#[component]
pub fn DocPagesEditor(
    pages: RwSignal<Vec<Draft>, LocalStorage>,
    /// Set while files are processed or a page is turned (saving waits).
    busy: RwSignal<bool>,
) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let paper = RwSignal::new(false);
    let progress: RwSignal<Option<(usize, usize)>> = RwSignal::new(None);
    let problems: RwSignal<Vec<FileProblem>> = RwSignal::new(Vec::new());
    Effect::new(move |_| busy.set(progress.get().is_some()));
    let on_files = {
        let t = t.clone();
        move |ev: leptos::ev::Event| {
            let files = files_of(&ev);
            if files.is_empty() || progress.get_untracked().is_some() {
                return;
            }
            let t = t.clone();
            leptos::task::spawn_local(add_files(
                t,
                files,
                paper.get_untracked(),
                pages,
                progress,
                problems,
            ));
        }
    };
    let on_camera = on_files.clone();
    let label = |t: &Texts, id: &str, n: usize| {
        let b = t.bi_args(id, &[("number", Arg::Num(n as f64))]);
        match b.own {
            Some(own) => format!("{} / {own}", b.de),
            None => b.de,
        }
    };
    let rotate_error: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let list = {
        let t = t.clone();
        move || {
            let all = pages.get();
            let count = all.len();
            all.into_iter()
                .enumerate()
                .map(|(i, d)| {
                    let n = i + 1;
                    let uid = d.uid;
                    let thumb = match &d.source {
                        Source::Stored(p) => p
                            .thumb
                            .clone()
                            .map_or(ThumbSource::None, ThumbSource::Stored),
                        Source::New(p, _) => p.thumb.clone().map_or(ThumbSource::None, |b| {
                            ThumbSource::Bytes(std::rc::Rc::new(b))
                        }),
                    };
                    let rotation = d.rotation().degrees();
                    let index =
                        move || pages.with_untracked(|p| p.iter().position(|d| d.uid == uid));
                    let turn = move |_| {
                        let Some(i) = index() else { return };
                        let Some(draft) = pages.with_untracked(|p| p.get(i).cloned()) else {
                            return;
                        };
                        busy.set(true);
                        leptos::task::spawn_local(async move {
                            let result = documents::rotate(&vault, &draft).await;
                            match result {
                                Ok(turned) => {
                                    let _ = pages.try_update(|p| {
                                        if let Some(slot) = p.iter_mut().find(|d| d.uid == uid) {
                                            *slot = turned;
                                        }
                                    });
                                    let _ = rotate_error.try_set(None);
                                }
                                Err(RotateError::Scan(e)) => {
                                    let _ = rotate_error.try_set(Some(e.message_id()));
                                }
                                Err(RotateError::Vault(e)) => {
                                    let _ = rotate_error.try_set(Some(e.message_id()));
                                }
                            }
                            let _ = busy.try_set(false);
                        });
                    };
                    view! {
                        <li class="doc-edit-page" data-page=n data-pdf=d.is_pdf()>
                            <DocThumb source=thumb rotation=rotation />
                            <span class="doc-edit-page-label">
                                <Bi text=t.bi_args("doc-page", &[("number", Arg::Num(n as f64))]) />
                            </span>
                            <span class="doc-edit-page-actions">
                                <button
                                    type="button"
                                    class="doc-page-up"
                                    disabled=n == 1
                                    aria-label=label(&t, "doc-page-up", n)
                                    title=label(&t, "doc-page-up", n)
                                    on:click=move |_| {
                                        if let Some(i) = index() {
                                            pages.update(|p| documents::move_page(p, i, -1));
                                        }
                                    }
                                >
                                    <span aria-hidden="true">"↑"</span>
                                </button>
                                <button
                                    type="button"
                                    class="doc-page-down"
                                    disabled=n == count
                                    aria-label=label(&t, "doc-page-down", n)
                                    title=label(&t, "doc-page-down", n)
                                    on:click=move |_| {
                                        if let Some(i) = index() {
                                            pages.update(|p| documents::move_page(p, i, 1));
                                        }
                                    }
                                >
                                    <span aria-hidden="true">"↓"</span>
                                </button>
                                <button
                                    type="button"
                                    class="doc-page-rotate"
                                    disabled=move || busy.get()
                                    aria-label=label(&t, "doc-page-rotate", n)
                                    title=label(&t, "doc-page-rotate", n)
                                    on:click=turn
                                >
                                    <span aria-hidden="true">"↻"</span>
                                </button>
                                <button
                                    type="button"
                                    class="doc-page-remove"
                                    aria-label=label(&t, "doc-page-remove", n)
                                    title=label(&t, "doc-page-remove", n)
                                    on:click=move |_| {
                                        if let Some(i) = index() {
                                            pages.update(|p| {
                                                p.remove(i);
                                            });
                                        }
                                    }
                                >
                                    <Icon name=IconName::Trash />
                                </button>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let progress_line = {
        let t = t.clone();
        move || {
            progress.get().map(|(done, total)| {
                view! {
                    <div class="doc-progress" role="status">
                        <progress max=total value=done - 1></progress>
                        <Bi text=t.bi_args(
                            "doc-processing",
                            &[("done", Arg::Num(done as f64)), ("total", Arg::Num(total as f64))],
                        ) />
                    </div>
                }
            })
        }
    };
    let problem_list = move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|p| {
                    view! {
                        <li data-error=p.message_id>
                            <span class="doc-file-name" dir="auto">{p.file}</span>
                            <Bi text=p.message />
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="doc-file-errors vault-error" role="alert">{items}</ul> }
        })
    };
    let empty = {
        let t = t.clone();
        move || {
            pages.with(Vec::is_empty).then(|| {
                view! {
                    <p class="bi-block empty doc-no-pages">
                        <Bi text=t.bi("doc-no-pages") />
                    </p>
                }
            })
        }
    };
    let rotate_problem = {
        let t = t.clone();
        move || {
            rotate_error.get().map(|id| {
                view! {
                    <p class="vault-error" role="alert">
                        <Bi text=t.bi(id) />
                    </p>
                }
            })
        }
    };
    view! {
        <fieldset class="doc-pages-editor">
            <legend>
                <Bi text=t.bi("doc-pages-title") />
            </legend>
            {empty}
            <ol class="doc-edit-pages">{list}</ol>
            {rotate_problem}
            <div class="doc-add-buttons">
                <label class="file-button doc-camera">
                    <Icon name=IconName::Camera />
                    <Bi text=t.bi("doc-take-photo") />
                    <input
                        class="visually-hidden"
                        id="doc-camera"
                        type="file"
                        accept="image/*"
                        capture="environment"
                        on:change=on_camera
                    />
                </label>
                <label class="file-button doc-files">
                    <Icon name=IconName::Upload />
                    <Bi text=t.bi("doc-choose-files") />
                    <input
                        class="visually-hidden"
                        id="doc-files"
                        type="file"
                        accept="image/*,application/pdf"
                        multiple
                        on:change=on_files
                    />
                </label>
            </div>
            <label class="vault-check doc-paper">
                <input type="checkbox" id="doc-paper" bind:checked=paper />
                <span>
                    <Bi text=t.bi("doc-paper-mode") />
                </span>
            </label>
            <p class="doc-limits bi-block">
                <Bi text=t.bi_args(
                    "doc-limits",
                    &[
                        ("image", Arg::Num(scan::MAX_IMAGE_BYTES / 1e6)),
                        ("pdf", Arg::Num(scan::MAX_PDF_BYTES / 1e6)),
                    ],
                ) />
            </p>
            {progress_line}
            {problem_list}
        </fieldset>
    }
}
