//! The recovery sheet: the recovery key in large groups and as a QR code, with instructions in
//! both languages, printable (`window.print()`; `style/vault.css` has the print rules), as a PDF
//! to print or share (saved as a file only when the person chooses it: with it, anyone can open
//! the folder), or copied by hand from the screen (no screenshot: a picture is a copy).

use leptos::prelude::*;
use ordner_vault::{RecoveryKey, VaultError};

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::components::print_action::PrintAction;
use crate::i18n::use_texts;
use crate::print::Job;

/// What the sheet shows. Built from the [`RecoveryKey`] once; dropped when the sheet closes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetData {
    groups: Vec<String>,
    qr_path: String,
    qr_size: usize,
    date: String,
    /// The key as printed on the PDF (groups joined by `-`) and its QR modules.
    key_text: String,
    qr_rows: Vec<Vec<bool>>,
}

/// Quiet zone around the QR code, in modules.
const QUIET: usize = 4;

impl SheetData {
    /// The sheet for `key`, dated today.
    ///
    /// # Errors
    /// None in practice (see [`RecoveryKey::qr_code`]).
    pub fn new(key: &RecoveryKey) -> Result<SheetData, VaultError> {
        let qr = key.qr_code()?;
        Ok(SheetData {
            groups: key.display_groups(),
            qr_path: qr.svg_path(QUIET),
            qr_size: qr.size() + 2 * QUIET,
            date: crate::browser::today_iso(),
            key_text: key.display_groups().join("-"),
            qr_rows: qr.rows(),
        })
    }
}

#[component]
pub fn RecoverySheet(data: SheetData, sheet: RwSignal<Option<SheetData>>) -> impl IntoView {
    let t = use_texts();
    let view_box = format!("0 0 {0} {0}", data.qr_size);
    let qr_label = {
        let b = t.bi("vault-recovery-qr-label");
        b.own
            .map_or(b.de.clone(), |own| format!("{} / {own}", b.de))
    };
    let groups = data
        .groups
        .iter()
        .map(|g| view! { <span class="recovery-group">{g.clone()}</span> })
        .collect_view();
    let date = data.date.clone();
    let pdf_job = {
        let lang = t.own_language().code.to_owned();
        let key = data.key_text.clone();
        let qr = data.qr_rows.clone();
        move || {
            let job = Job::Recovery {
                lang: lang.clone(),
                key: key.clone(),
                qr: qr.clone(),
            };
            let lang = lang.clone();
            async move { Ok((job, lang)) }
        }
    };
    view! {
        <article class="recovery-sheet" aria-labelledby="recovery-heading">
            <h2 id="recovery-heading">
                <Bi text=t.bi("vault-recovery-title") />
            </h2>
            <p class="recovery-meta">
                <Bi text=t.bi("app-name") />
                " · "
                <Bi text=t.bi_args(
                    "vault-recovery-created",
                    &[("date", ordner_core::i18n::Arg::Str(&date))],
                ) />
            </p>
            <p>
                <Bi text=t.bi("vault-recovery-intro") />
            </p>
            <h3 class="recovery-key-label">
                <Bi text=t.bi("vault-recovery-key-label") />
            </h3>
            <p class="recovery-key" dir="ltr" lang="en" translate="no">
                {groups}
            </p>
            <p class="vault-hint no-print" id="recovery-handwrite">
                <Bi text=t.bi("vault-recovery-handwrite") />
            </p>
            <p class="vault-warning no-print" id="recovery-no-screenshot">
                <Icon name=IconName::Warning />
                <Bi text=t.bi("vault-recovery-no-screenshot") />
            </p>
            <svg
                class="recovery-qr"
                viewBox=view_box
                role="img"
                aria-label=qr_label
                shape-rendering="crispEdges"
            >
                <rect width="100%" height="100%" fill="#fff"></rect>
                <path d=data.qr_path.clone() fill="#000"></path>
            </svg>
            <ol class="recovery-steps">
                <li>
                    <Bi text=t.bi("vault-recovery-step-print") />
                </li>
                <li>
                    <Bi text=t.bi("vault-recovery-step-keep") />
                </li>
                <li>
                    <Bi text=t.bi("vault-recovery-step-use") />
                </li>
            </ol>
            <p class="vault-warning no-print">
                <Bi text=t.bi("vault-recovery-once") />
            </p>
            <div class="vault-actions no-print">
                <button
                    type="button"
                    class="vault-button"
                    on:click=move |_| {
                        if let Some(w) = web_sys::window() {
                            let _ = w.print();
                        }
                    }
                >
                    <Icon name=IconName::Printer />
                    <Bi text=t.bi("vault-recovery-print") />
                </button>
                <PrintAction
                    make=pdf_job
                    file="wiederherstellung"
                    label=t.bi("print-recovery-pdf")
                    contents=ordner_core::offer::Contents::RecoveryKey
                />
                <button
                    type="button"
                    class="vault-button vault-primary"
                    id="vault-sheet-done"
                    on:click=move |_| sheet.set(None)
                >
                    <Icon name=IconName::Check />
                    <Bi text=t.bi("vault-recovery-kept") />
                </button>
            </div>
        </article>
    }
}
