//! Every language says each key term (folder, passphrase, recovery key, deadline, decision,
//! lawsuit, ...) with one word, the word in its glossary `locales/<lang>/glossary.toml`.
//!
//! German's glossary says where a term occurs: every message whose German text contains one of
//! the German `match` forms (except the `other-sense` messages, where German uses the word for
//! something else). For every other language:
//!
//! - **coverage**: each of those messages contains one of the language's `match` forms, unless
//!   the language lists it under `skip` (a message that says it without the word, or with the
//!   German word only);
//! - **wrong variants**: no message contains one of the term's `avoid` forms (known wrong or
//!   competing words), and no message contains a form of the language's `[style] avoid`
//!   (the informal singular where the app addresses people formally, or the words of a neighbouring variety: Persian words in Dari);
//! - **digits**: with `digits = "latin"` no Persian or Arabic-Indic digit appears (the dates and
//!   numbers the app fills in are Latin, so a text must not mix both);
//! - **quoted labels**: where German quotes another message („Passwort vergessen?“ is the button
//!   `vault-forgot`), the translation contains that message's translation, so the person finds
//!   the button the text names.
//!
//! Stale entries fail too: a `skip` for a message that has the word or that German does not use
//! the term in, an unknown message id, a glossary term German does not have.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use ordner_core::LANGUAGES;
use ordner_core::i18n::FTL_FILES;
use toml::de::{DeTable, DeValue};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// One term of one language's glossary.
#[derive(Debug, Default, Clone)]
struct Term {
    matches: Vec<String>,
    avoid: Vec<String>,
    skip: BTreeSet<String>,
    other_sense: BTreeSet<String>,
}

#[derive(Debug, Default)]
struct Glossary {
    terms: BTreeMap<String, Term>,
    style_avoid: Vec<String>,
    latin_digits: bool,
}

fn strings(value: Option<&DeValue<'_>>, what: &str, problems: &mut Vec<String>) -> Vec<String> {
    match value {
        None => Vec::new(),
        Some(DeValue::Array(items)) => items
            .iter()
            .filter_map(|v| match v.get_ref() {
                DeValue::String(s) if !s.trim().is_empty() => Some(s.to_string()),
                _ => {
                    problems.push(format!("{what}: every entry must be a non-empty text"));
                    None
                }
            })
            .collect(),
        Some(_) => {
            problems.push(format!("{what}: must be a list of texts"));
            Vec::new()
        }
    }
}

fn parse_glossary(code: &str, text: &str, problems: &mut Vec<String>) -> Glossary {
    let mut glossary = Glossary::default();
    let root = match DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            problems.push(format!("{code}/glossary.toml: {e}"));
            return glossary;
        }
    };
    for (key, value) in root.get_ref() {
        let key = key.get_ref().to_string();
        let at = format!("{code}/glossary.toml `{key}`");
        match (key.as_str(), value.get_ref()) {
            ("digits", DeValue::String(s)) if s == "latin" => glossary.latin_digits = true,
            ("digits", _) => problems.push(format!("{at}: only \"latin\" is known")),
            ("style", DeValue::Table(t)) => {
                for (k, _) in t {
                    if k.get_ref() != "avoid" {
                        problems.push(format!("{at}: unknown field `{}`", k.get_ref()));
                    }
                }
                let avoid = t.get("avoid").map(|v| v.get_ref());
                glossary.style_avoid = strings(avoid, &at, problems);
            }
            (_, DeValue::Table(t)) => {
                let mut term = Term::default();
                for (k, v) in t {
                    let field = k.get_ref().to_string();
                    if field == "term" {
                        // The word itself, as a person reads it: for translators.
                        if !matches!(v.get_ref(), DeValue::String(_)) {
                            problems.push(format!("{at}.term: must be a text"));
                        }
                        continue;
                    }
                    let list = strings(Some(v.get_ref()), &format!("{at}.{field}"), problems);
                    match field.as_str() {
                        "match" => term.matches = list,
                        "avoid" => term.avoid = list,
                        "skip" => term.skip = list.into_iter().collect(),
                        "other-sense" if code == "de" => {
                            term.other_sense = list.into_iter().collect()
                        }
                        _ => problems.push(format!("{at}: unknown field `{field}`")),
                    }
                }
                if term.matches.is_empty() {
                    problems.push(format!("{at}: `match` needs at least one form"));
                }
                glossary.terms.insert(key, term);
            }
            _ => problems.push(format!("{at}: unknown entry")),
        }
    }
    glossary
}

fn read_glossary(code: &str, problems: &mut Vec<String>) -> Glossary {
    let path = locales_dir().join(code).join("glossary.toml");
    match std::fs::read_to_string(&path) {
        Ok(text) => parse_glossary(code, &text, problems),
        Err(e) => {
            problems.push(format!("{code}/glossary.toml: {e}"));
            Glossary::default()
        }
    }
}

/// The text of every message and term of a language (all variants and attributes joined, the
/// placeables left out), by id.
fn texts_of(sources: &[(String, String)]) -> BTreeMap<String, String> {
    fn pattern(p: &ast::Pattern<&str>, out: &mut String) {
        for e in &p.elements {
            match e {
                ast::PatternElement::TextElement { value } => out.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    out.push(' ');
                    if let ast::Expression::Select { variants, .. } = expression {
                        for v in variants {
                            pattern(&v.value, out);
                            out.push(' ');
                        }
                    }
                }
            }
        }
    }
    let mut texts = BTreeMap::new();
    for (_, text) in sources {
        let resource = FluentResource::try_new(text.clone()).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            let mut out = String::new();
            let id = match entry {
                ast::Entry::Message(m) => {
                    if let Some(v) = &m.value {
                        pattern(v, &mut out);
                    }
                    for a in &m.attributes {
                        out.push(' ');
                        pattern(&a.value, &mut out);
                    }
                    m.id.name.to_owned()
                }
                ast::Entry::Term(t) => {
                    pattern(&t.value, &mut out);
                    format!("-{}", t.id.name)
                }
                _ => continue,
            };
            texts.insert(id, out);
        }
    }
    texts
}

fn read_texts(code: &str) -> BTreeMap<String, String> {
    let dir = locales_dir().join(code);
    let sources: Vec<(String, String)> = FTL_FILES
        .iter()
        .map(|f| {
            let text =
                std::fs::read_to_string(dir.join(f)).unwrap_or_else(|e| panic!("{code}/{f}: {e}"));
            ((*f).to_owned(), text)
        })
        .collect();
    texts_of(&sources)
}

fn contains_any(text: &str, forms: &[String]) -> bool {
    let lower = text.to_lowercase();
    forms.iter().any(|f| lower.contains(&f.to_lowercase()))
}

/// Where German quotes another message as a whole („Passwort vergessen?“): (message, quoted id).
fn quoted_labels(german: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let mut by_text: BTreeMap<&str, &str> = BTreeMap::new();
    for (id, text) in german {
        by_text.entry(text.trim()).or_insert(id);
    }
    let mut out = Vec::new();
    for (id, text) in german {
        for part in text.split('„').skip(1) {
            let Some((quoted, _)) = part.split_once('“') else {
                continue;
            };
            if let Some(label) = by_text.get(quoted.trim())
                && *label != id
            {
                out.push((id.clone(), (*label).to_owned()));
            }
        }
    }
    out
}

fn is_non_latin_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Checks one language against German and its glossary.
fn check_language(
    code: &str,
    de_glossary: &Glossary,
    de_texts: &BTreeMap<String, String>,
    glossary: &Glossary,
    texts: &BTreeMap<String, String>,
    problems: &mut Vec<String>,
) {
    for name in glossary.terms.keys() {
        if !de_glossary.terms.contains_key(name) {
            problems.push(format!(
                "{code}/glossary.toml: term `{name}` is not in German's"
            ));
        }
    }
    for (name, de_term) in &de_glossary.terms {
        let Some(term) = glossary.terms.get(name) else {
            problems.push(format!("{code}/glossary.toml: term `{name}` is missing"));
            continue;
        };
        let uses: BTreeSet<&String> = de_texts
            .iter()
            .filter(|(id, text)| {
                !de_term.other_sense.contains(*id) && contains_any(text, &de_term.matches)
            })
            .map(|(id, _)| id)
            .collect();
        for (id, text) in texts {
            let has = contains_any(text, &term.matches);
            if uses.contains(id) && !has && !term.skip.contains(id) {
                problems.push(format!(
                    "{code}: `{id}` says `{name}` in German but not with {:?} (fix the text, or list it under [{name}] skip): {text:?}",
                    term.matches
                ));
            }
            if de_term.other_sense.contains(id) {
                continue;
            }
            if let Some(bad) = term
                .avoid
                .iter()
                .find(|a| contains_any(text, &[(*a).clone()]))
            {
                problems.push(format!(
                    "{code}: `{id}` uses {bad:?}, a wrong variant of `{name}` (the glossary's word: {:?}): {text:?}",
                    term.matches
                ));
            }
        }
        for id in &term.skip {
            match texts.get(id) {
                None => problems.push(format!(
                    "{code}/glossary.toml [{name}] skip: no message `{id}`"
                )),
                Some(_) if !uses.contains(id) => problems.push(format!(
                    "{code}/glossary.toml [{name}] skip: German `{id}` does not say `{name}`"
                )),
                Some(text) if contains_any(text, &term.matches) => problems.push(format!(
                    "{code}/glossary.toml [{name}] skip: `{id}` has the word, remove it from skip"
                )),
                Some(_) => {}
            }
        }
    }
    for (id, text) in texts {
        if let Some(bad) = glossary
            .style_avoid
            .iter()
            .find(|a| text.contains(a.as_str()))
        {
            problems.push(format!(
                "{code}: `{id}` uses {bad:?}, a form this language does not use (see [style]): {text:?}"
            ));
        }
        if glossary.latin_digits && text.chars().any(is_non_latin_digit) {
            problems.push(format!(
                "{code}: `{id}` has Persian or Arabic-Indic digits; this language writes Latin digits like the dates it shows: {text:?}"
            ));
        }
    }
    for (id, label) in quoted_labels(de_texts) {
        let (Some(text), Some(label_text)) = (texts.get(&id), texts.get(&label)) else {
            continue;
        };
        if !text.contains(label_text.trim()) {
            problems.push(format!(
                "{code}: `{id}` names the button or heading `{label}` but not in its words {:?}: {text:?}",
                label_text.trim()
            ));
        }
    }
}

#[test]
fn every_language_uses_its_glossary_terms_consistently() {
    let mut problems = Vec::new();
    let de_glossary = read_glossary("de", &mut problems);
    let de_texts = read_texts("de");
    assert!(
        de_glossary.terms.len() >= 10,
        "German's glossary has too few terms"
    );
    for (name, term) in &de_glossary.terms {
        let used = de_texts
            .iter()
            .filter(|(id, t)| !term.other_sense.contains(*id) && contains_any(t, &term.matches))
            .count();
        assert!(
            used > 0,
            "German never says `{name}`: a stale glossary term"
        );
        for id in &term.other_sense {
            assert!(
                de_texts.contains_key(id),
                "de/glossary.toml [{name}] other-sense: no `{id}`"
            );
        }
    }
    for lang in LANGUAGES {
        if lang.code == "de" {
            // German is checked like every language (its wrong variants, its digits).
            check_language(
                "de",
                &de_glossary,
                &de_texts,
                &de_glossary,
                &de_texts,
                &mut problems,
            );
            continue;
        }
        let glossary = read_glossary(lang.code, &mut problems);
        let texts = read_texts(lang.code);
        check_language(
            lang.code,
            &de_glossary,
            &de_texts,
            &glossary,
            &texts,
            &mut problems,
        );
    }
    assert!(
        problems.is_empty(),
        "{} glossary problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The checks must fail on inconsistent words: a made-up language breaks each rule once.
#[test]
fn the_glossary_checks_catch_inconsistent_words() {
    let de_src = "vault-forgot = Passwort vergessen?\n\
                  vault-a = Tippen Sie auf „Passwort vergessen?“.\n\
                  vault-b = Ihr Ordner ist offen.\n\
                  vault-c = Der Ordner ist gesperrt.\n\
                  vault-d = Sagen Sie Bescheid.\n\
                  vault-e = Ein Papier.\n";
    let xx_src = "vault-forgot = Forgot passphrase?\n\
                  vault-a = Tap “Forgot password”.\n\
                  vault-b = Your binder is open.\n\
                  vault-c = The folder is locked.\n\
                  vault-d = Let us know, thou.\n\
                  vault-e = A paper in ۳ folders.\n";
    let de_glossary_src = "[folder]\nmatch = [\"Ordner\"]\n\
                           [decision]\nmatch = [\"Bescheid\"]\nother-sense = [\"vault-d\"]\n";
    let xx_glossary_src = "digits = \"latin\"\n[style]\navoid = [\"thou\"]\n\
                           [folder]\nterm = \"folder\"\nmatch = [\"folder\"]\navoid = [\"binder\"]\nskip = [\"vault-c\"]\n\
                           [decision]\nmatch = [\"decision\"]\n";
    let mut problems = Vec::new();
    let de_glossary = parse_glossary("de", de_glossary_src, &mut problems);
    let xx_glossary = parse_glossary("xx", xx_glossary_src, &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
    let de_texts = texts_of(&[("vault.ftl".into(), de_src.into())]);
    let xx_texts = texts_of(&[("vault.ftl".into(), xx_src.into())]);
    check_language(
        "xx",
        &de_glossary,
        &de_texts,
        &xx_glossary,
        &xx_texts,
        &mut problems,
    );
    let expect = [
        "xx: `vault-b` says `folder` in German but not with",
        "xx: `vault-b` uses \"binder\", a wrong variant of `folder`",
        "xx/glossary.toml [folder] skip: `vault-c` has the word",
        "xx: `vault-d` uses \"thou\", a form this language does not use",
        "xx: `vault-e` has Persian or Arabic-Indic digits",
        "xx: `vault-a` names the button or heading `vault-forgot` but not in its words \"Forgot passphrase?\"",
    ];
    for e in expect {
        assert!(
            problems.iter().any(|p| p.starts_with(e)),
            "expected a problem starting with {e:?}, got:\n{}",
            problems.join("\n")
        );
    }
    // `Bescheid` in vault-d is another sense in German: no coverage problem for it.
    assert!(
        !problems
            .iter()
            .any(|p| p.contains("`vault-d` says `decision`")),
        "{problems:?}"
    );
    assert_eq!(problems.len(), expect.len(), "{}", problems.join("\n"));
}

/// The product's name stays German in every language ("MEIN ORDNER"): it is not the term folder.
const PRODUCT_NAME: &str = "MEIN ORDNER";

/// The built-in town packs' texts (notes, items, tips) follow the same glossary: where the German
/// text says a term, each translation says it with its language's word, and no translation uses
/// a wrong variant or a form the language avoids.
#[test]
fn builtin_pack_texts_use_the_glossary_terms() {
    let mut problems = Vec::new();
    let de_glossary = read_glossary("de", &mut problems);
    let glossaries: BTreeMap<&str, Glossary> = LANGUAGES
        .iter()
        .filter(|l| l.code != "de")
        .map(|l| (l.code, read_glossary(l.code, &mut problems)))
        .collect();
    for builtin in ordner_core::content::builtin_packs() {
        let pack = builtin.parse().expect("built-in packs parse");
        let mut texts: Vec<(String, &ordner_core::content::LocalText)> = Vec::new();
        for c in &pack.contacts {
            texts.extend(c.notes.iter().map(|t| (format!("{}.notes", c.key), t)));
            texts.extend(c.hours.iter().map(|t| (format!("{}.hours", c.key), t)));
        }
        for i in &pack.checklist {
            texts.extend(i.text.iter().map(|t| (format!("{}.text", i.key), t)));
            texts.extend(i.hint.iter().map(|t| (format!("{}.hint", i.key), t)));
        }
        for tip in &pack.tips {
            texts.extend(tip.text.iter().map(|t| (format!("{}.text", tip.key), t)));
        }
        assert!(!texts.is_empty(), "{}: no texts", builtin.file);
        for (at, text) in texts {
            let german = text.german().replace(PRODUCT_NAME, "");
            for (code, translation) in text.iter().filter(|(c, _)| *c != "de") {
                let Some(glossary) = glossaries.get(code) else {
                    continue;
                };
                let here = format!("{} {at} ({code})", builtin.file);
                for (name, de_term) in &de_glossary.terms {
                    let term = &glossary.terms[name];
                    if contains_any(&german, &de_term.matches)
                        && !contains_any(translation, &term.matches)
                    {
                        problems.push(format!(
                            "{here}: German says `{name}`, the translation not with {:?}: {translation:?}",
                            term.matches
                        ));
                    }
                    if let Some(bad) = term
                        .avoid
                        .iter()
                        .find(|a| contains_any(translation, &[(*a).clone()]))
                    {
                        problems.push(format!("{here}: uses {bad:?}, a wrong variant of `{name}`"));
                    }
                }
                if let Some(bad) = glossary
                    .style_avoid
                    .iter()
                    .find(|a| translation.contains(a.as_str()))
                {
                    problems.push(format!("{here}: uses {bad:?} (see [style])"));
                }
                if glossary.latin_digits && translation.chars().any(is_non_latin_digit) {
                    problems.push(format!("{here}: Persian or Arabic-Indic digits"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
