//! Status line: "works offline" and "a new version is ready".

use leptos::prelude::*;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::use_texts;
use crate::sw::{SwState, apply_update};

#[component]
pub fn UpdateBanner(sw: SwState) -> impl IntoView {
    let t = use_texts();
    let ready_text = t.bi("app-update-ready");
    let button_text = t.bi("app-update-now");
    let offline_text = t.bi("app-offline-ready");
    view! {
        <Show when=move || sw.update_ready.get()>
            <div class="banner update" role="status">
                <Bi text=ready_text.clone() />
                <button type="button" class="primary" on:click=move |_| apply_update()>
                    <Icon name=IconName::Download />
                    <span>
                        <Bi text=button_text.clone() />
                    </span>
                </button>
            </div>
        </Show>
        <Show when=move || sw.offline_ready.get() && !sw.update_ready.get()>
            <p class="offline-ready" role="status">
                <Icon name=IconName::Check />
                <span>
                    <Bi text=offline_text.clone() />
                </span>
            </p>
        </Show>
    }
}
