//! Search across the tabs: titles, introductions, tips, checklist items and contacts, matching
//! the German text or the person's language, ignoring case and accents (and Arabic vowel marks).

use leptos::prelude::*;
use ordner_core::content::Contact;
use ordner_core::i18n::Arg;
use ordner_core::{Content, TabId};

use crate::components::back_link::BackLink;
use crate::components::bi::Bi;
use crate::components::doc_list_item::type_name;
use crate::components::icon::{Icon, IconName};
use crate::content_state::{bi_content, bi_local, tab_title, use_content};
use crate::i18n::{BiText, Texts, use_texts};
use crate::route::{DocId, Route};
use crate::vault::use_vault;

/// Folds a text for matching: lower case, without accents, diacritics, Arabic vowel marks,
/// tatweel and bidi controls; the Arabic alef forms become a plain alef.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            // Combining marks, Arabic harakat and tatweel, bidi controls: dropped.
            '\u{0300}'..='\u{036F}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0640}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => {}
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => out.push('i'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ş' | 'ś' | 'š' => out.push('s'),
            'ğ' => out.push('g'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ß' => out.push_str("ss"),
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ё' => out.push('е'),
            _ => out.push(c),
        }
    }
    out
}

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

fn matches(text: &BiText, query: &str) -> bool {
    fold(&text.de).contains(query) || text.own.as_deref().is_some_and(|o| fold(o).contains(query))
}

/// A contact's searchable text: its type's name and every field written in it.
fn contact_text(t: &Texts, c: &Contact) -> BiText {
    let mut de = Vec::new();
    let mut own = Vec::new();
    if let Some(id) = c.type_name_id() {
        let name = t.bi(&id);
        de.push(name.de);
        own.extend(name.own);
    }
    for value in [
        &c.organisation,
        &c.department,
        &c.address,
        &c.phone,
        &c.email,
        &c.web,
    ]
    .into_iter()
    .flatten()
    {
        de.push(value.clone());
    }
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

fn search(t: &Texts, content: &Content, query: &str) -> Vec<Hit> {
    let query = fold(query.trim());
    if query.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for tab in content.tabs() {
        let mut candidates: Vec<(Kind, BiText)> = vec![
            (Kind::Title, tab_title(t, content, tab.tab)),
            (Kind::Intro, bi_content(t, &tab.intro)),
        ];
        candidates.extend(
            tab.tips
                .iter()
                .map(|tip| (Kind::Tip, bi_content(t, &tip.text))),
        );
        for item in &tab.checklist {
            let text = bi_content(t, &item.text);
            let hint = item.hint.as_ref().map(|h| bi_content(t, h));
            let matched =
                matches(&text, &query) || hint.as_ref().is_some_and(|h| matches(h, &query));
            if matched {
                hits.push(Hit {
                    tab: tab.tab,
                    kind: Kind::Item,
                    text,
                });
            }
        }
        candidates.extend(
            tab.contacts
                .iter()
                .map(|c| (Kind::Contact, contact_text(t, c))),
        );
        for (kind, text) in candidates {
            if matches(&text, &query) {
                hits.push(Hit {
                    tab: tab.tab,
                    kind,
                    text,
                });
            }
        }
    }
    hits.sort_by_key(|h| (h.tab as usize, h.kind as usize));
    hits
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
    let query = RwSignal::new(String::new());
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
            let hits = state.content.with(|c| search(&t, c, &q));
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
                &[("count", Arg::Num((hits.len() + doc_hits.len()) as f64))],
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
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            <p class="search-hint bi-block">
                <Bi text=t.bi("search-hint") />
            </p>
            {results}
        </section>
    }
}
