//! The offer of a finished file: "ready, not saved anywhere", then Print / Share where the
//! browser can (see [`ordner_core::offer`]), then the warnings and "Save as file". Nothing is
//! written outside the folder until that button is pressed (#12 §1). The browser side is
//! [`crate::file_offer`].

use std::rc::Rc;

use leptos::prelude::*;
use ordner_core::i18n::Arg;
use ordner_core::offer::{Choice, Contents, FileKind, READY_ID, ShareOutcome, offer};

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::file_offer::Offered;
use crate::i18n::use_texts;
use crate::task::Mounted;

/// What the offer says after a choice.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Said {
    Nothing,
    Saved(String),
    Failed(Choice),
}

fn icon(choice: Choice) -> IconName {
    match choice {
        Choice::Print => IconName::Printer,
        Choice::Share => IconName::Share,
        Choice::Save => IconName::Download,
    }
}

#[component]
pub fn FileOffer(
    file: Rc<Offered>,
    kind: FileKind,
    contents: Contents,
    /// Say first that the file is ready and not saved anywhere (a made file; not a filed one).
    #[prop(default = true)]
    ready: bool,
) -> impl IntoView {
    let t = use_texts();
    let offer = offer(kind, contents, file.platform());
    let file = StoredValue::new_local(file);
    let said = RwSignal::new(Said::Nothing);
    let mounted = Mounted::new();
    let choose = move |choice: Choice| {
        said.set(Said::Nothing);
        match choice {
            Choice::Print => {
                if let Err(e) = file.with_value(|f| f.print()) {
                    leptos::logging::warn!("print: {e:?}");
                    said.set(Said::Failed(Choice::Print));
                }
            }
            Choice::Share => {
                let f = file.get_value();
                mounted.spawn(async move { f.share().await }, move |outcome| {
                    if outcome == ShareOutcome::Failed {
                        said.set(Said::Failed(Choice::Share));
                    }
                });
            }
            Choice::Save => match file.with_value(|f| f.save().map(|()| f.name().to_owned())) {
                Ok(name) => said.set(Said::Saved(name)),
                Err(e) => {
                    leptos::logging::warn!("save: {e:?}");
                    said.set(Said::Failed(Choice::Save));
                }
            },
        }
    };
    let button = move |choice: Choice| {
        let t = use_texts();
        view! {
            <button
                type="button"
                class=format!("vault-button {}", choice.class())
                on:click=move |_| choose(choice)
            >
                <Icon name=icon(choice) />
                <Bi text=t.bi(choice.label_id()) />
            </button>
        }
    };
    let direct = offer.direct.iter().map(|c| button(*c)).collect_view();
    let warnings = offer
        .save_warnings
        .iter()
        .map(|&id| {
            view! {
                <p class="vault-warning file-save-warning" data-warning=id>
                    <Icon name=IconName::Warning />
                    <Bi text=t.bi(id) />
                </p>
            }
        })
        .collect_view();
    let saved_id = offer.saved_id;
    let t2 = t.clone();
    let said_line = move || match said.get() {
        Said::Nothing => None,
        Said::Saved(name) => Some(
            view! {
                <span class="file-saved" data-file=name.clone()>
                    <Bi text=t2.bi_args(saved_id, &[("file", Arg::Str(&name))]) />
                </span>
            }
            .into_any(),
        ),
        Said::Failed(choice) => Some(
            view! {
                <span class="print-error" data-error=choice.failed_id()>
                    <Bi text=t2.bi(choice.failed_id()) />
                </span>
            }
            .into_any(),
        ),
    };
    view! {
        <div class="file-offer" data-kind=kind.key()>
            {ready
                .then(|| {
                    view! {
                        <p class="vault-hint">
                            <Bi text=use_texts().bi(READY_ID) />
                        </p>
                    }
                })}
            <div class="file-offer-actions">{direct}</div>
            {warnings}
            {button(Choice::Save)}
            <p class="vault-status file-offer-status" role="status">
                {said_line}
            </p>
        </div>
    }
}
