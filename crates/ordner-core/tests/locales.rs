//! Every language has exactly the messages German has, with the same variables and the same
//! message references; ids are kebab-case with a known feature prefix; messages carry no markup
//! and no hand-written bidi controls; every message id the content model uses exists in German.
//!
//! The languages checked are those of `ordner_core::LANGUAGES`: a translator who adds a
//! language there gets this test for free.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use ordner_core::content::{
    AsylumOutcome, CONTACT_TYPES, ContactField, Content, DOC_TYPES, DeadlineRule,
    NOT_LEGAL_ADVICE_ID, PERSONAL_APPOINTMENT_MESSAGE_ID, PackIssueKind, SECTION_IDS,
};
use ordner_core::i18n::{Arg, FTL_FILES, MISSING_OPEN};
use ordner_core::{Catalog, LANGUAGES, TabId};

/// Feature prefixes of message ids (the part before the first hyphen). A feature that gets its
/// first message adds its prefix here.
const KNOWN_PREFIXES: &[&str] = &[
    "app", "lang", "tab", "check", "contact", "doctype", "deadline", "pack", "vault", "pdf", "doc",
    "appt", "consult", "search", "editor", "office", "print", "recovery", "backup", "ics",
    "settings", "home", "unlock", "lock", "error", "tabs", "town", "date", "log", "letter",
];

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// What the test knows about one message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Info {
    file: String,
    variables: BTreeSet<String>,
    /// Referenced messages and terms (`{ other-message }`, `{ -term }`).
    references: BTreeSet<String>,
    attributes: BTreeSet<String>,
    has_value: bool,
    /// The literal text of the message (without placeables), for the markup checks.
    text: String,
}

fn walk_pattern(p: &ast::Pattern<&str>, info: &mut Info) {
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => info.text.push_str(value),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, info),
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, info: &mut Info) {
    match e {
        ast::Expression::Inline(inline) => walk_inline(inline, info),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            for v in variants {
                walk_pattern(&v.value, info);
            }
        }
    }
}

fn walk_inline(e: &ast::InlineExpression<&str>, info: &mut Info) {
    match e {
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            let name = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_owned(),
            };
            info.references.insert(name);
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            info.references.insert(format!("-{}", id.name));
            if let Some(args) = arguments {
                walk_args(args, info);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => walk_args(arguments, info),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, info),
    }
}

fn walk_args(args: &ast::CallArguments<&str>, info: &mut Info) {
    for p in &args.positional {
        walk_inline(p, info);
    }
    for n in &args.named {
        walk_inline(&n.value, info);
    }
}

/// Reads every file of a language from disk: its messages, and every problem found on the way.
fn read_language(code: &str, problems: &mut Vec<String>) -> BTreeMap<String, Info> {
    let dir = locales_dir().join(code);
    let mut sources = Vec::new();
    for file in FTL_FILES {
        match std::fs::read_to_string(dir.join(file)) {
            Ok(text) => sources.push(((*file).to_owned(), text)),
            Err(_) => problems.push(format!("{code}/{file}: missing")),
        }
    }
    // A file on disk that FTL_FILES does not list would never be loaded.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ftl") && !FTL_FILES.contains(&name.as_str()) {
                problems.push(format!(
                    "{code}/{name}: not listed in FTL_FILES, never loaded"
                ));
            }
        }
    }
    parse_language(code, &sources, problems)
}

/// Parses the files of one language and checks the form of every message.
fn parse_language(
    code: &str,
    sources: &[(String, String)],
    problems: &mut Vec<String>,
) -> BTreeMap<String, Info> {
    let mut messages: BTreeMap<String, Info> = BTreeMap::new();
    for (file, text) in sources {
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                    problems.push(format!("{code}/{file}:{line}: syntax error {:?}", e.kind));
                }
                r
            }
        };
        for entry in resource.entries() {
            let (id, info) = match entry {
                ast::Entry::Message(m) => {
                    let mut info = Info {
                        file: file.clone(),
                        has_value: m.value.is_some(),
                        ..Info::default()
                    };
                    if let Some(v) = &m.value {
                        walk_pattern(v, &mut info);
                    }
                    for a in &m.attributes {
                        info.attributes.insert(a.id.name.to_owned());
                        walk_pattern(&a.value, &mut info);
                    }
                    (m.id.name.to_owned(), info)
                }
                ast::Entry::Term(t) => {
                    let mut info = Info {
                        file: file.clone(),
                        has_value: true,
                        ..Info::default()
                    };
                    walk_pattern(&t.value, &mut info);
                    (format!("-{}", t.id.name), info)
                }
                ast::Entry::Junk { content } => {
                    problems.push(format!("{code}/{file}: unparsable text: {content:?}"));
                    continue;
                }
                _ => continue,
            };
            check_message_form(code, &id, &info, problems);
            if let Some(previous) = messages.get(&id) {
                problems.push(format!(
                    "{code}: `{id}` defined in {} and again in {file}",
                    previous.file
                ));
            }
            messages.insert(id, info);
        }
    }
    messages
}

/// Compares one language with German.
fn compare_with_german(
    code: &str,
    german: &BTreeMap<String, Info>,
    messages: &BTreeMap<String, Info>,
    problems: &mut Vec<String>,
) {
    for (id, info) in messages {
        let Some(de) = german.get(id) else {
            problems.push(format!("{code}/{}: `{id}` is not in German", info.file));
            continue;
        };
        if info.file != de.file {
            problems.push(format!(
                "{code}: `{id}` is in {} but in German in {}",
                info.file, de.file
            ));
        }
        if info.variables != de.variables {
            problems.push(format!(
                "{code}/{}: `{id}` uses variables {:?}, German uses {:?}",
                info.file, info.variables, de.variables
            ));
        }
        if info.references != de.references {
            problems.push(format!(
                "{code}/{}: `{id}` references {:?}, German references {:?}",
                info.file, info.references, de.references
            ));
        }
        if info.attributes != de.attributes {
            problems.push(format!(
                "{code}/{}: `{id}` has attributes {:?}, German has {:?}",
                info.file, info.attributes, de.attributes
            ));
        }
    }
    for (id, de) in german {
        if !messages.contains_key(id) {
            problems.push(format!("{code}/{}: `{id}` is missing", de.file));
        }
    }
}

fn is_kebab(id: &str) -> bool {
    let id = id.strip_prefix('-').unwrap_or(id);
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        && id.as_bytes()[0].is_ascii_lowercase()
}

fn check_message_form(code: &str, id: &str, info: &Info, problems: &mut Vec<String>) {
    let file = &info.file;
    if !is_kebab(id) {
        problems.push(format!("{code}/{file}: `{id}` is not kebab-case"));
    }
    let prefix = id
        .trim_start_matches('-')
        .split('-')
        .next()
        .unwrap_or_default();
    if !KNOWN_PREFIXES.contains(&prefix) {
        problems.push(format!(
            "{code}/{file}: `{id}` has no known feature prefix (known: {})",
            KNOWN_PREFIXES.join(", ")
        ));
    }
    if !info.has_value {
        problems.push(format!("{code}/{file}: `{id}` has no value"));
    }
    let chars: Vec<char> = info.text.chars().collect();
    for w in chars.windows(2) {
        if w[0] == '<' && (w[1].is_ascii_alphabetic() || w[1] == '/' || w[1] == '!') {
            problems.push(format!("{code}/{file}: `{id}` contains markup"));
            break;
        }
    }
    if info
        .text
        .chars()
        .any(|c| matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    {
        problems.push(format!(
            "{code}/{file}: `{id}` contains a bidi control character (the app isolates text itself)"
        ));
    }
    if info.text.contains('\u{FFFD}') {
        problems.push(format!(
            "{code}/{file}: `{id}` contains U+FFFD (broken encoding)"
        ));
    }
}

#[test]
fn every_language_has_exactly_the_messages_of_german_with_the_same_variables() {
    let mut problems = Vec::new();
    let german = read_language("de", &mut problems);
    assert!(
        german.len() > 100,
        "German has only {} messages",
        german.len()
    );
    for lang in LANGUAGES.iter().filter(|l| l.code != "de") {
        let messages = read_language(lang.code, &mut problems);
        compare_with_german(lang.code, &german, &messages, &mut problems);
    }
    assert!(
        problems.is_empty(),
        "{} locale problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The checks must fail on broken translations: run them on a small made-up language.
#[test]
fn the_checks_catch_broken_translations() {
    let de_src = "pack-a = { $file }: { $count ->\n    [one] eins\n   *[other] viele\n}\n\
                  pack-b = { pack-a } x\npack-c = c\n";
    let xx_src = "pack-a = { $fil }: many\npack-b = x\npack-d = extra\nPack_E = bad\n\
                  pdfx-f = <b>bold</b>\npack-g = \u{200F}rtl mark\n";
    let mut problems = Vec::new();
    let de = parse_language("de", &[("packs.ftl".into(), de_src.into())], &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        de["pack-a"].variables,
        ["count", "file"].iter().map(|s| (*s).to_owned()).collect()
    );
    let xx = parse_language("xx", &[("packs.ftl".into(), xx_src.into())], &mut problems);
    compare_with_german("xx", &de, &xx, &mut problems);
    let expect = [
        "xx/packs.ftl: `Pack_E` is not kebab-case",
        "xx/packs.ftl: `pdfx-f` has no known feature prefix",
        "xx/packs.ftl: `pdfx-f` contains markup",
        "xx/packs.ftl: `pack-g` contains a bidi control character",
        "xx/packs.ftl: `pack-a` uses variables {\"fil\"}, German uses {\"count\", \"file\"}",
        "xx/packs.ftl: `pack-b` references {}, German references {\"pack-a\"}",
        "xx/packs.ftl: `pack-d` is not in German",
        "xx/packs.ftl: `pack-c` is missing",
    ];
    for e in expect {
        assert!(
            problems.iter().any(|p| p.starts_with(e)),
            "expected a problem starting with {e:?}, got:\n{}",
            problems.join("\n")
        );
    }
    assert!(is_kebab("tab-arrival-tip-gelber-umschlag"));
    assert!(!is_kebab("tab--x"));
}

/// Every message of German, formatted in `code` with each of its variables set to "X":
/// (id, text), terms left out.
fn formatted_messages(german: &BTreeMap<String, Info>, code: &str) -> Vec<(String, String)> {
    let catalog = Catalog::load_dir(&locales_dir(), code).unwrap_or_else(|e| panic!("{code}: {e}"));
    german
        .iter()
        .filter(|(id, _)| !id.starts_with('-'))
        .map(|(id, info)| {
            let args: Vec<(&str, Arg<'_>)> = info
                .variables
                .iter()
                .map(|v| (v.as_str(), Arg::Str("X")))
                .collect();
            (id.clone(), catalog.msg_args(id, &args))
        })
        .collect()
}

/// Formats every message of every language with every variable set: nothing may come out as a
/// missing message or an unresolved reference.
#[test]
fn every_message_formats_in_every_language() {
    let mut problems = Vec::new();
    let german = read_language("de", &mut problems);
    for lang in LANGUAGES {
        for (id, text) in formatted_messages(&german, lang.code) {
            if text.trim().is_empty() || text.contains(MISSING_OPEN) || text.contains('{') {
                problems.push(format!("{}: `{id}` formats as {text:?}", lang.code));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every message id the content model, the catalogues and the pack errors refer to exists in
/// German, and German has no content message the model does not use.
#[test]
fn every_message_the_model_uses_exists_in_german_and_none_is_orphaned() {
    let mut problems = Vec::new();
    let german = read_language("de", &mut problems);
    assert!(problems.is_empty(), "{problems:?}");

    let mut used: BTreeSet<String> = BTreeSet::new();
    used.extend(Content::default_germany().message_ids());
    used.extend(DOC_TYPES.iter().map(|d| d.name_id()));
    used.extend(
        CONTACT_TYPES
            .iter()
            .flat_map(|c| [c.name_id(), c.desc_id()]),
    );
    used.extend(ContactField::ALL.iter().map(|f| f.label_id()));
    used.extend(DeadlineRule::ALL.iter().map(|r| r.message_id()));
    used.extend(AsylumOutcome::ALL.iter().map(|o| o.message_id()));
    used.insert(NOT_LEGAL_ADVICE_ID.to_owned());
    used.insert(PERSONAL_APPOINTMENT_MESSAGE_ID.to_owned());
    used.extend(
        [
            ordner_core::content::CONTACT_BY_APPOINTMENT_ID,
            ordner_core::content::CONTACT_FACTS_AS_OF_ID,
            ordner_core::content::CONTACT_FACTS_UNKNOWN_ID,
        ]
        .map(str::to_owned),
    );
    used.extend(SECTION_IDS.iter().map(|s| (*s).to_owned()));
    used.extend(
        PackIssueKind::ALL_KEYS
            .iter()
            .map(|k| format!("pack-error-{k}")),
    );
    used.insert("pack-error-summary".to_owned());
    used.insert("pack-check-ok".to_owned());
    used.insert(ordner_core::content::issue::MISSING_LANGUAGES_ID.to_owned());
    used.insert(ordner_core::content::printable::UNPRINTABLE_ID.to_owned());
    used.extend(TabId::ALL.iter().map(|t| t.title_id()));

    for id in &used {
        if !german.contains_key(id) {
            problems.push(format!("`{id}` is used by the model but missing in German"));
        }
    }
    // The content files hold only what the model uses (no forgotten tips or items).
    for (id, info) in &german {
        let content_file = matches!(
            info.file.as_str(),
            "content.ftl" | "doctypes.ftl" | "packs.ftl"
        );
        if content_file && !used.contains(id) {
            problems.push(format!("{}: `{id}` is not used by the model", info.file));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Right-to-left texts keep a paragraph citation and a file name in reading order (#13 §5): as
/// the app shows them (German runs isolated, `ordner_core::bidi::isolate_ltr_runs`), every `§`
/// and every Latin file extension lies inside one isolate, and a citation uses Latin separators
/// ("§ 84 SGG, § 70 VwGO", "Abs. 4 und 5"): an Arabic comma or "و" inside it would cut it in
/// pieces that an Arabic line puts in the wrong order.
#[test]
fn right_to_left_texts_keep_citations_and_file_names_in_order() {
    use ordner_core::bidi::isolate_ltr_runs;
    use ordner_core::i18n::{FSI, PDI};
    let mut problems = Vec::new();
    let german = read_language("de", &mut problems);
    // A citation that an Arabic separator splits: "§ 25، § 33", "Abs. 4 و 5".
    let split = |text: &str| {
        let chars: Vec<char> = text.chars().collect();
        chars.iter().enumerate().any(|(i, c)| {
            *c == '§' && {
                // Up to the end of the citation: the next letter of the right-to-left script
                // that is not a separator or a conjunction ends it.
                let rest: String = chars[i..].iter().take(60).collect();
                let cut = rest.find([')', '(']).unwrap_or(rest.len());
                let cite = &rest[..cut];
                cite.contains(['،', '؛'])
                    || [" و ", " او ", " اور "]
                        .iter()
                        .any(|w| cite.contains(w) && cite.contains("Abs."))
            }
        })
    };
    for lang in LANGUAGES.iter().filter(|l| l.is_rtl()) {
        for (id, text) in formatted_messages(&german, lang.code) {
            if split(&text) {
                problems.push(format!(
                    "{}: `{id}` has an Arabic comma or conjunction inside a § citation: {text}",
                    lang.code
                ));
            }
            let shown = isolate_ltr_runs(&text);
            let mut depth = 0usize;
            let chars: Vec<char> = shown.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                match *c {
                    FSI | '\u{2066}' | '\u{2067}' => depth += 1,
                    PDI => depth = depth.saturating_sub(1),
                    '§' if depth == 0 => problems.push(format!(
                        "{}: `{id}`: a § outside an isolate: {shown:?}",
                        lang.code
                    )),
                    '.' if depth == 0
                        && chars.get(i + 1).is_some_and(|d| d.is_ascii_lowercase())
                        && ["ics", "pdf", "meinordner", "toml"].iter().any(|ext| {
                            chars[i + 1..].iter().take(ext.len()).collect::<String>() == *ext
                        }) =>
                    {
                        problems.push(format!(
                            "{}: `{id}`: a file extension outside an isolate: {shown:?}",
                            lang.code
                        ));
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The recovery sheet's advice is one (#13 §14): the folder is shown at appointments, so every
/// text about the sheet says to keep it at home, and none puts it into the paper folder.
#[test]
fn the_recovery_sheet_is_kept_at_home_never_in_the_folder_shown_at_appointments() {
    for (code, home, folder) in [
        ("de", "zu Hause", "Papierordner"),
        ("en", "at home", "paper folder"),
    ] {
        let catalog = Catalog::load_dir(&locales_dir(), code).unwrap();
        for id in [
            "vault-recovery-step-keep",
            "vault-recovery-handwrite",
            "pdf-recovery-warning",
        ] {
            let text = catalog.msg(id);
            assert!(
                text.contains(home),
                "{code}: `{id}` does not say {home}: {text}"
            );
            assert!(
                !text.contains(folder),
                "{code}: `{id}` puts the sheet into the folder: {text}"
            );
        }
    }
}
