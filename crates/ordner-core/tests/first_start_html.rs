//! The first-start screen (the language choice) is plain HTML in `index.html`, so that it shows
//! and works before the app's wasm has arrived (`public/boot.js`). It must say what the app's own
//! picker (`src/components/language_picker.rs`) says: the title and hint of `locales/de/app.ftl`
//! and `locales/en/app.ftl`, and every language of [`LANGUAGES`] by its own name, with its `lang`
//! and `dir`. This test builds that markup from the messages and the language table and finds it
//! in `index.html`; the end-to-end test `tests/e2e/tests/first_start.rs` checks that the page's
//! copy and the app's picker render the same.
//!
//! When a message or a language changes, run
//! `ORDNER_PRINT_FIRST_START=1 cargo test -p ordner-core --test first_start_html -- --nocapture`
//! and paste the printed block into `index.html`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

use std::path::Path;

use ordner_core::{Catalog, LANGUAGES};

/// The Globe icon of `src/components/icon.rs`, as the app's `Icon` component renders it.
const GLOBE: &str = r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="12" r="10"/><path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20"/></svg>"#;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// German beside English, as the app's `Bi` component renders a text before any choice.
fn bi(de: &Catalog, en: &Catalog, id: &str) -> String {
    format!(
        r#"<span class="bi-de" lang="de" dir="ltr">{}</span><span class="bi-own" lang="en" dir="ltr">{}</span>"#,
        escape(&de.msg(id)),
        escape(&en.msg(id))
    )
}

/// The static first-start screen, one element per line, indented as in `index.html`; attributes
/// in the order Leptos renders them (`class` first).
fn expected_markup() -> String {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let de = Catalog::load_dir(&locales, "de").unwrap();
    let en = Catalog::load_dir(&locales, "en").unwrap();
    let mut lines = vec![
        r#"<main id="first-start" class="first-start" hidden>"#.to_owned(),
        r#"  <section class="language-picker" aria-labelledby="lang-heading">"#.to_owned(),
        format!(
            r#"    <h1 id="lang-heading"><span class="app-icon">{GLOBE}</span><span>{}</span></h1>"#,
            bi(&de, &en, "lang-choose-title")
        ),
        format!("    <p>{}</p>", bi(&de, &en, "lang-choose-hint")),
        r#"    <ul class="lang-list">"#.to_owned(),
    ];
    for l in LANGUAGES {
        lines.push(format!(
            r#"      <li><button class="lang-choice" type="button" data-lang="{code}"><span class="lang-native" lang="{code}" dir="{dir}">{native}</span><span class="lang-english" lang="en" dir="ltr">{english}</span></button></li>"#,
            code = l.code,
            dir = l.dir.as_html(),
            native = escape(l.native_name),
            english = escape(l.english_name),
        ));
    }
    lines.push("    </ul>".to_owned());
    lines.push("  </section>".to_owned());
    lines.push("</main>".to_owned());
    lines.join("\n")
}

/// Lines without their indentation, so that the check does not depend on how deep the block sits.
fn unindented(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn index_html_has_the_first_start_screen_in_german_and_english_with_every_language() {
    let expected = expected_markup();
    if std::env::var_os("ORDNER_PRINT_FIRST_START").is_some() {
        println!("{expected}");
    }
    let index =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../index.html"))
            .unwrap();
    let start = index
        .find(r#"<main id="first-start""#)
        .expect("index.html has no <main id=\"first-start\">");
    let end = start + index[start..].find("</main>").unwrap() + "</main>".len();
    assert_eq!(
        unindented(&index[start..end]),
        unindented(&expected),
        "index.html's first-start screen differs from the messages and languages; \
         see this file's header for how to print the block"
    );
}

#[test]
fn every_language_is_named_in_its_own_script_with_its_direction() {
    let expected = expected_markup();
    for l in LANGUAGES {
        let native = format!(
            r#"<span class="lang-native" lang="{}" dir="{}">{}</span>"#,
            l.code,
            l.dir.as_html(),
            escape(l.native_name)
        );
        assert_eq!(expected.matches(&native).count(), 1, "{}", l.code);
    }
    assert!(expected.contains(r#"lang="ar" dir="rtl">العربية<"#));
}
