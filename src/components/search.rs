//! Search across the tabs: titles, introductions, tips, checklist items and contacts, matching
//! the German text or the person's language, ignoring case and accents (and Arabic vowel marks).
//!
//! Every text is formatted and folded once into an `ordner_core::search::SearchIndex` when the
//! screen opens (and again when the content or the language changes); a keystroke only scans the
//! index, and only after typing pauses ([`DEBOUNCE_MS`]). At most [`MAX_SHOWN`] hits are shown.

use leptos::prelude::*;
use ordner_core::content::Contact;
use ordner_core::i18n::Arg;
use ordner_core::search::SearchIndex;
use ordner_core::{Content, TabId};

use crate::components::back_link::BackLink;
use crate::components::bi::Bi;
use crate::components::doc_list_item::type_name;
use crate::components::icon::{Icon, IconName};
use crate::content_state::{bi_content, bi_local, tab_title, use_content};
use crate::i18n::{BiText, Texts, use_texts};
use crate::route::{DocId, Route};
use crate::vault::use_vault;

/// What a result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Title,
    Intro,
    Tip,
    Item,
    Contact,
}

impl Kind {
    fn message_id(self) -> &'static str {
        match self {
            Kind::Title => "search-kind-title",
            Kind::Intro => "search-kind-intro",
            Kind::Tip => "search-kind-tip",
            Kind::Item => "search-kind-item",
            Kind::Contact => "search-kind-contact",
        }
    }
}

/// One found entry.
#[derive(Debug, Clone)]
struct Hit {
    tab: TabId,
    kind: Kind,
    text: BiText,
}

/// The search waits this long after the last keystroke (a pack of 1,700 contacts stalled the page
/// for 2.6 s when every keystroke searched, #14).
const DEBOUNCE_MS: u64 = 150;

/// Hits shown at most (the count says how many there are).
const MAX_SHOWN: usize = 60;

/// A contact's searchable text: its type's name and every field written in it.
fn contact_text(t: &Texts, c: &Contact) -> BiText {
    let mut de = Vec::new();
    let mut own = Vec::new();
    if let Some(id) = c.type_name_id() {
        let name = t.bi(&id);
        de.push(name.de);
        own.extend(name.own);
    }
    de.extend(c.written_fields().cloned());
    for local in [&c.hours, &c.notes].into_iter().flatten() {
        let text = bi_local(t, local);
        de.push(text.de);
        own.extend(text.own);
    }
    BiText {
        de: de.join(" · "),
        own: (!t.is_german_only() && !own.is_empty()).then(|| own.join(" · ")),
    }
}

/// The tabs' texts in both languages, formatted and folded once: per tab its title,
/// introduction, tips, checklist items (found by their hints too) and contacts.
fn build_index(t: &Texts, content: &Content) -> SearchIndex<Hit> {
    let mut index = SearchIndex::new();
    let add = |index: &mut SearchIndex<Hit>,
               tab: TabId,
               kind: Kind,
               text: BiText,
               more: Option<BiText>| {
        let texts = [Some(&text), more.as_ref()]
            .into_iter()
            .flatten()
            .flat_map(|t| [Some(t.de.clone()), t.own.clone()])
            .flatten()
            .collect::<Vec<String>>();
        index.push(texts.iter().map(String::as_str), Hit { tab, kind, text });
    };
    for tab in content.tabs() {
        add(
            &mut index,
            tab.tab,
            Kind::Title,
            tab_title(t, content, tab.tab),
            None,
        );
        add(
            &mut index,
            tab.tab,
            Kind::Intro,
            bi_content(t, &tab.intro),
            None,
        );
        for tip in &tab.tips {
            add(
                &mut index,
                tab.tab,
                Kind::Tip,
                bi_content(t, &tip.text),
                None,
            );
        }
        for item in &tab.checklist {
            let hint = item.hint.as_ref().map(|h| bi_content(t, h));
            add(
                &mut index,
                tab.tab,
                Kind::Item,
                bi_content(t, &item.text),
                hint,
            );
        }
        for c in &tab.contacts {
            add(&mut index, tab.tab, Kind::Contact, contact_text(t, c), None);
        }
    }
    index
}

/// A document whose recognised text holds every word of the query.
struct DocHit {
    doc_id: String,
    doc_type: String,
    title: String,
    snippet: String,
}

/// The recognised page texts, folded for search; built from the encrypted records when the
/// search screen opens (and again after an unlock), kept only in memory.
type TextIndex = Vec<(String, ordner_letter::SearchText, String)>;

fn document_hits(
    index: &TextIndex,
    docs: &[ordner_core::document::Document],
    query: &str,
) -> Vec<DocHit> {
    let mut hits: Vec<DocHit> = Vec::new();
    for (blob, folded, text) in index {
        let Some(spans) = folded.find(query) else {
            continue;
        };
        let Some(doc) = docs
            .iter()
            .find(|d| d.pages.iter().any(|p| &p.blob == blob))
        else {
            continue;
        };
        if hits.iter().any(|h| h.doc_id == doc.id) {
            continue;
        }
        let first = spans.first().copied().unwrap_or_default();
        let from = text[..first.start]
            .char_indices()
            .rev()
            .nth(50)
            .map_or(0, |(i, _)| i);
        let to = text[first.end..]
            .char_indices()
            .nth(70)
            .map_or(text.len(), |(i, _)| first.end + i);
        let snippet = text[from..to]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        hits.push(DocHit {
            doc_id: doc.id.clone(),
            doc_type: doc.doc_type.clone(),
            title: doc.title.clone(),
            snippet: format!(
                "{}{snippet}{}",
                if from > 0 { "…" } else { "" },
                if to < text.len() { "…" } else { "" }
            ),
        });
    }
    hits
}

/// A text never shown in full as a result: long intros and contact lines are cut.
fn shorten(text: &str) -> String {
    const MAX: usize = 160;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(MAX).collect();
        s.push('…');
        s
    }
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let t = use_texts();
    let state = use_content();
    // What the input holds, and the query searched for: the input's value once typing pauses.
    let typed = RwSignal::new(String::new());
    let query = RwSignal::new(String::new());
    let keystrokes = StoredValue::new(0u64);
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        typed.set(value.clone());
        keystrokes.update_value(|n| *n += 1);
        let this = keystrokes.get_value();
        leptos::leptos_dom::helpers::set_timeout(
            move || {
                // Only the last keystroke's timer searches (the screen may be gone by then).
                if keystrokes.try_get_value() == Some(this) {
                    query.try_set(value);
                }
            },
            std::time::Duration::from_millis(DEBOUNCE_MS),
        );
    };
    // The tabs' texts, formatted and folded once (again when the town's content changes).
    let tabs_index = {
        let t = t.clone();
        Memo::new_with_compare(
            move |_| state.content.with(|c| build_index(&t, c)),
            |_, _| true,
        )
    };
    let label = t.bi("search-label");
    let aria = match &label.own {
        Some(own) => format!("{} / {own}", label.de),
        None => label.de.clone(),
    };
    let vault = use_vault();
    let index: LocalResource<TextIndex> = LocalResource::new(move || async move {
        if !vault.is_unlocked() {
            return Vec::new();
        }
        vault
            .page_texts()
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|(blob, page)| {
                let folded = ordner_letter::SearchText::new(&page.text);
                (blob, folded, page.text)
            })
            .collect()
    });
    let results = {
        let t = t.clone();
        move || {
            let q = query.get();
            if q.trim().is_empty() {
                return None;
            }
            let (hits, total) = tabs_index.with(|index| {
                let found = index.search(&q, MAX_SHOWN);
                let hits: Vec<Hit> = found.hits.into_iter().cloned().collect();
                (hits, found.total)
            });
            let doc_hits = index
                .get()
                .map(|i| {
                    vault
                        .folder()
                        .with_documents(|docs| document_hits(&i, docs, &q))
                })
                .unwrap_or_default();
            let count = t.bi_args(
                "search-results",
                &[("count", Arg::Num((total + doc_hits.len()) as f64))],
            );
            let doc_count = doc_hits.len();
            let doc_list = doc_hits
                .into_iter()
                .map(|hit| {
                    let heading = if hit.title.is_empty() {
                        view! { <Bi text=type_name(&t, &hit.doc_type) /> }.into_any()
                    } else {
                        view! { <span dir="auto">{hit.title.clone()}</span> }.into_any()
                    };
                    let href = DocId::new(&hit.doc_id).map(|id| Route::Doc(id).to_hash());
                    view! {
                        <li class="search-hit search-hit-doc" data-doc=hit.doc_id.clone()>
                            <a href=href>
                                <span class="search-hit-body">
                                    <span class="search-hit-where">{heading}</span>
                                    <span class="search-hit-kind">
                                        <Bi text=t.bi("letter-search-kind") />
                                    </span>
                                    <span class="search-hit-text" lang="de" dir="ltr">{hit.snippet}</span>
                                </span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let nothing = hits.is_empty() && doc_count == 0;
            let list = if nothing {
                view! {
                    <p class="search-none bi-block">
                        <Bi text=t.bi("search-none") />
                    </p>
                }
                .into_any()
            } else {
                let content = state.content.get_untracked();
                hits.into_iter()
                    .map(|hit| {
                        let title = tab_title(&t, &content, hit.tab);
                        let text = BiText {
                            de: shorten(&hit.text.de),
                            own: hit.text.own.as_deref().map(shorten),
                        };
                        view! {
                            <li class="search-hit" data-tab=hit.tab.key()>
                                <a href=Route::Tab(hit.tab).to_hash()>
                                    <span class="tab-icon">
                                        <Icon name=IconName::for_tab(hit.tab) />
                                    </span>
                                    <span class="search-hit-body">
                                        <span class="search-hit-where">
                                            <Bi text=title />
                                        </span>
                                        <span class="search-hit-kind">
                                            <Bi text=t.bi(hit.kind.message_id()) />
                                        </span>
                                        <span class="search-hit-text bi-block">
                                            <Bi text=text />
                                        </span>
                                    </span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()
                    .into_any()
            };
            Some(view! {
                <p class="search-count" role="status">
                    <Bi text=count />
                </p>
                <ul class="search-results">{doc_list}{list}</ul>
            })
        }
    };
    view! {
        <section class="search-page" aria-labelledby="search-heading">
            <p class="back">
                <BackLink />
            </p>
            <h2 id="search-heading">
                <Bi text=t.bi("search-heading") />
            </h2>
            <label for="search-input" class="search-label">
                <Bi text=label />
            </label>
            <div class="search-box">
                <Icon name=IconName::Search />
                <input
                    id="search-input"
                    type="search"
                    autocomplete="off"
                    aria-label=aria
                    prop:value=move || typed.get()
                    on:input=on_input
                />
            </div>
            <p class="search-hint bi-block">
                <Bi text=t.bi("search-hint") />
            </p>
            {results}
        </section>
    }
}
