//! Fluent message catalogs.
//!
//! Messages live in `locales/<lang>/<file>.ftl`, one file per feature (see [`FTL_FILES`]); message
//! ids are kebab-case and start with their feature (`app-`, `lang-`, `tab-`, ...). Native tools read
//! them from disk or embed them. The web build joins the files of each language into one bundle,
//! `locales/<code>.ftl` (`build/ftl-bundles.sh`), so the browser makes one request per language
//! in use; [`Catalog::from_bundle`] splits it again and parses each file on its own, so errors
//! still name the file and line translators edit.

use std::borrow::Cow;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::error::CoreError;
use crate::lang::Language;

/// The Fluent files every language has, in load order.
pub const FTL_FILES: &[&str] = &[
    "app.ftl",
    "tabs.ftl",
    "content.ftl",
    "doctypes.ftl",
    "packs.ftl",
    "pdf.ftl",
    "vault.ftl",
    "screens.ftl",
    "print.ftl",
    "documents.ftl",
    "dates.ftl",
    "pdfpages.ftl",
    "loading.ftl",
    "letters.ftl",
];

/// The line that starts each file inside a language bundle, followed by the file's name
/// (`### ordner-ftl-file: app.ftl`). It is a Fluent resource comment, so a bundle is valid Fluent
/// as a whole too. `build/ftl-bundles.sh` writes it; [`split_bundle`] reads it.
pub const BUNDLE_FILE_MARKER: &str = "### ordner-ftl-file: ";

/// The URL path of a language's bundle in the web build, relative to the page.
pub fn bundle_path(code: &str) -> String {
    format!("locales/{code}.ftl")
}

/// The one Fluent file the first-start screen (the language choice, before any language was
/// chosen) needs. The web build copies it alone to [`start_path`], so that a first visit does
/// not download every message of German and English before the person has chosen.
pub const START_FILE: &str = "app.ftl";

/// The URL path of a language's [`START_FILE`] in the web build, relative to the page.
pub fn start_path(code: &str) -> String {
    format!("locales/{code}.start.ftl")
}

/// Splits a language bundle into `(file name, text)` pairs, in bundle order. Text before the
/// first marker (other than blank lines) is an error: the bundle is not one this build made.
pub fn split_bundle<'a>(bundle: &str, text: &'a str) -> Result<Vec<(&'a str, &'a str)>, CoreError> {
    let bad = |message: String| CoreError::BadBundle {
        bundle: bundle.to_owned(),
        message,
    };
    let mut parts = Vec::new();
    let mut current: Option<(&str, usize)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix(BUNDLE_FILE_MARKER) {
            match current.take() {
                Some((file, start)) => parts.push((file, &text[start..offset])),
                None if !text[..offset].trim().is_empty() => {
                    return Err(bad("text before the first file marker".into()));
                }
                None => {}
            }
            current = Some((name.trim_end(), offset + line.len()));
        }
        offset += line.len();
    }
    match current {
        Some((file, start)) => parts.push((file, &text[start..])),
        None => return Err(bad("no file marker: not a language bundle".into())),
    }
    Ok(parts)
}

/// What a missing message shows instead of its text, so that gaps are visible and testable.
pub const MISSING_OPEN: &str = "⟦";
pub const MISSING_CLOSE: &str = "⟧";

/// First strong isolate and pop directional isolate, as Fluent puts them around placeables.
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

/// The messages of one language.
pub struct Catalog {
    language: &'static Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("language", &self.language.code)
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// Builds a catalog from `(file name, contents)` pairs. A syntax error names the file and
    /// line; a message defined twice is an error too.
    pub fn from_sources(code: &str, sources: &[(&str, &str)]) -> Result<Catalog, CoreError> {
        let language =
            Language::by_code(code).ok_or_else(|| CoreError::UnknownLanguage(code.to_owned()))?;
        let langid: LanguageIdentifier = language
            .code
            .parse()
            .map_err(|_| CoreError::UnknownLanguage(code.to_owned()))?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        for (file, text) in sources {
            let resource = parse_resource(file, text)?;
            bundle
                .add_resource(resource)
                .map_err(|errors| match errors.into_iter().next() {
                    Some(fluent_bundle::FluentError::Overriding { id, .. }) => {
                        CoreError::DuplicateMessage {
                            file: (*file).to_owned(),
                            id,
                        }
                    }
                    other => CoreError::FluentSyntax {
                        file: (*file).to_owned(),
                        line: 0,
                        message: format!("{other:?}"),
                    },
                })?;
        }
        Ok(Catalog { language, bundle })
    }

    /// Builds a catalog from a language bundle (`locales/<code>.ftl` of the web build). It must
    /// hold every file of [`FTL_FILES`] exactly once and nothing else; each file is parsed on its
    /// own and named `locales/<code>/<file>` in errors, with lines counted within that file.
    pub fn from_bundle(code: &str, bundle: &str, text: &str) -> Result<Catalog, CoreError> {
        let parts = split_bundle(bundle, text)?;
        let bad = |message: String| CoreError::BadBundle {
            bundle: bundle.to_owned(),
            message,
        };
        for (i, (file, _)) in parts.iter().enumerate() {
            if !FTL_FILES.contains(file) {
                return Err(bad(format!("unknown file `{file}`")));
            }
            if parts[..i].iter().any(|(f, _)| f == file) {
                return Err(bad(format!("`{file}` is in it twice")));
            }
        }
        if let Some(missing) = FTL_FILES
            .iter()
            .find(|f| !parts.iter().any(|(p, _)| p == *f))
        {
            return Err(bad(format!("`{missing}` is missing")));
        }
        let names: Vec<String> = parts
            .iter()
            .map(|(file, _)| format!("locales/{code}/{file}"))
            .collect();
        let sources: Vec<(&str, &str)> = names
            .iter()
            .zip(&parts)
            .map(|(name, (_, text))| (name.as_str(), *text))
            .collect();
        Catalog::from_sources(code, &sources)
    }

    /// Builds the catalog of the first-start screen from the web build's copy of [`START_FILE`]
    /// ([`start_path`]); errors name `locales/<code>/app.ftl`.
    pub fn from_start_file(code: &str, text: &str) -> Result<Catalog, CoreError> {
        Catalog::from_sources(code, &[(&format!("locales/{code}/{START_FILE}"), text)])
    }

    /// Reads `root/<code>/<file>.ftl` for every file of [`FTL_FILES`].
    pub fn load_dir(root: &std::path::Path, code: &str) -> Result<Catalog, CoreError> {
        let mut texts = Vec::new();
        for file in FTL_FILES {
            let path = root.join(code).join(file);
            let text = std::fs::read_to_string(&path).map_err(|e| CoreError::Io {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
            texts.push((path.display().to_string(), text));
        }
        let sources: Vec<(&str, &str)> = texts
            .iter()
            .map(|(f, t)| (f.as_str(), t.as_str()))
            .collect();
        Catalog::from_sources(code, &sources)
    }

    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// Whether the catalog has a message with a value under this id.
    pub fn has(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .is_some_and(|m| m.value().is_some())
    }

    /// The message without arguments; a missing message comes back as `⟦id⟧`.
    pub fn msg(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message with arguments given as `(name, value)` pairs.
    pub fn msg_args(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value: FluentValue = match value {
                Arg::Str(s) => FluentValue::String(Cow::Owned((*s).to_owned())),
                Arg::Num(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("{MISSING_OPEN}{id}{MISSING_CLOSE}");
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        text.into_owned()
    }
}

/// A decimal number with `digits` digits after the separator, as the language writes it with
/// Latin digits (the app writes Latin digits in every language; CLDR's separators for Latin
/// digits): a comma in German ("0,2"), French, Turkish, Russian, Ukrainian, Georgian, Kurmanji
/// and Pashto, a point elsewhere (English, Arabic, Persian, Dari, Sorani, Urdu, Somali,
/// Tigrinya). No grouping separator: the app's numbers stay below 10,000.
pub fn format_decimal(value: f64, digits: usize, lang: &str) -> String {
    let text = format!("{value:.digits$}");
    if matches!(lang, "de" | "fr" | "tr" | "ru" | "uk" | "ka" | "kmr" | "ps") {
        text.replace('.', ",")
    } else {
        text
    }
}

/// A size in bytes as the language writes it: whole kilobytes below a megabyte ("340 KB"),
/// else megabytes or gigabytes with one decimal ("1,2 MB" in German, "1.2 MB" in English), in
/// decimal units (1 KB = 1000 bytes), as the browser's storage estimate and file managers do.
pub fn format_bytes(bytes: f64, lang: &str) -> String {
    const KB: f64 = 1000.0;
    if bytes < KB * KB {
        format!("{} KB", format_decimal((bytes / KB).max(1.0), 0, lang))
    } else if bytes < KB * KB * KB {
        format!("{} MB", format_decimal(bytes / (KB * KB), 1, lang))
    } else {
        format!("{} GB", format_decimal(bytes / (KB * KB * KB), 1, lang))
    }
}

/// An argument value for [`Catalog::msg_args`].
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

/// Parses one Fluent file; the first syntax error is reported with its line number.
pub fn parse_resource(file: &str, text: &str) -> Result<FluentResource, CoreError> {
    FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| {
        let first = errors.into_iter().next();
        let (line, message) = match first {
            Some(e) => (
                text[..e.pos.start.min(text.len())].matches('\n').count() + 1,
                format!("{:?}", e.kind),
            ),
            None => (0, String::from("unknown")),
        };
        CoreError::FluentSyntax {
            file: file.to_owned(),
            line,
            message,
        }
    })
}

/// A shared catalog, cheap to clone into UI state.
pub type SharedCatalog = Arc<Catalog>;

#[cfg(test)]
mod decimal_tests {
    use super::format_decimal;

    #[test]
    fn german_writes_a_decimal_comma() {
        assert_eq!(format_decimal(0.2345, 1, "de"), "0,2");
        assert_eq!(format_decimal(12.0, 1, "en"), "12.0");
        assert_eq!(format_decimal(1.25, 2, "ar"), "1.25");
        assert_eq!(format_decimal(3.0, 0, "de"), "3");
    }

    /// Every language of the app writes a decimal number by its own convention: CLDR's decimal
    /// separator for Latin digits (as ICU's `Intl.NumberFormat(lang, {numberingSystem: "latn"})`
    /// writes it), since the app writes Latin digits everywhere.
    #[test]
    fn every_language_has_its_decimal_separator() {
        let expected = [
            ("de", "0,2"),
            ("en", "0.2"),
            ("ar", "0.2"),
            ("fa", "0.2"),
            ("prs", "0.2"),
            ("ps", "0,2"),
            ("ckb", "0.2"),
            ("kmr", "0,2"),
            ("tr", "0,2"),
            ("ru", "0,2"),
            ("uk", "0,2"),
            ("ka", "0,2"),
            ("fr", "0,2"),
            ("ti", "0.2"),
            ("so", "0.2"),
            ("ur", "0.2"),
        ];
        assert_eq!(expected.len(), crate::lang::LANGUAGES.len());
        for lang in crate::lang::LANGUAGES {
            let Some((_, want)) = expected.iter().find(|(code, _)| *code == lang.code) else {
                panic!("no expectation for {}", lang.code);
            };
            assert_eq!(format_decimal(0.2, 1, lang.code), *want, "{}", lang.code);
        }
    }

    #[test]
    fn sizes_follow_the_language() {
        use super::format_bytes;
        assert_eq!(format_bytes(340_400.0, "de"), "340 KB");
        assert_eq!(format_bytes(12.0, "de"), "1 KB");
        assert_eq!(format_bytes(1_240_000.0, "de"), "1,2 MB");
        assert_eq!(format_bytes(1_240_000.0, "en"), "1.2 MB");
        assert_eq!(format_bytes(2_500_000_000.0, "fr"), "2,5 GB");
        assert_eq!(format_bytes(2_500_000_000.0, "ar"), "2.5 GB");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_messages_and_marks_missing_ones() {
        let cat = Catalog::from_sources(
            "de",
            &[(
                "t.ftl",
                "app-hello = Hallo { $name }!\napp-plain = Ordner\n",
            )],
        )
        .unwrap();
        assert_eq!(cat.msg("app-plain"), "Ordner");
        assert_eq!(
            cat.msg_args("app-hello", &[("name", Arg::Str("Amal"))]),
            format!("Hallo {FSI}Amal{PDI}!")
        );
        assert_eq!(cat.msg("app-nope"), "⟦app-nope⟧");
        assert!(cat.has("app-plain"));
        assert!(!cat.has("app-nope"));
    }

    #[test]
    fn syntax_error_names_file_and_line() {
        let err =
            Catalog::from_sources("de", &[("x.ftl", "a = b\n\nbad line here\n")]).unwrap_err();
        match err {
            CoreError::FluentSyntax { file, line, .. } => {
                assert_eq!(file, "x.ftl");
                assert_eq!(line, 3);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn duplicate_message_is_an_error() {
        let err =
            Catalog::from_sources("de", &[("a.ftl", "x = 1\n"), ("b.ftl", "x = 2\n")]).unwrap_err();
        assert_eq!(
            err,
            CoreError::DuplicateMessage {
                file: "b.ftl".into(),
                id: "x".into()
            }
        );
    }

    fn bundle(files: &[(&str, &str)]) -> String {
        files
            .iter()
            .map(|(f, t)| format!("{BUNDLE_FILE_MARKER}{f}\n{t}"))
            .collect()
    }

    #[test]
    fn a_bundle_is_split_into_its_files_and_errors_name_the_file_and_its_line() {
        let mut files: Vec<(&str, &str)> = FTL_FILES.iter().map(|f| (*f, "")).collect();
        files[0].1 = "app-a = A\n";
        files[2].1 = "## heading\napp-b = B\n";
        let text = bundle(&files);
        let parts = split_bundle("de.ftl", &text).unwrap();
        assert_eq!(parts.len(), FTL_FILES.len());
        assert_eq!(parts[2], (FTL_FILES[2], "## heading\napp-b = B\n"));
        let cat = Catalog::from_bundle("de", "de.ftl", &text).unwrap();
        assert_eq!(cat.msg("app-a"), "A");
        assert_eq!(cat.msg("app-b"), "B");

        files[3].1 = "app-c = C\n\nbroken line\n";
        let err = Catalog::from_bundle("de", "de.ftl", &bundle(&files)).unwrap_err();
        match err {
            CoreError::FluentSyntax { file, line, .. } => {
                assert_eq!(file, format!("locales/de/{}", FTL_FILES[3]));
                assert_eq!(line, 3);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_bundle_must_hold_every_file_once() {
        let files: Vec<(&str, &str)> = FTL_FILES.iter().map(|f| (*f, "")).collect();
        let missing = bundle(&files[1..]);
        assert!(matches!(
            Catalog::from_bundle("de", "de.ftl", &missing),
            Err(CoreError::BadBundle { message, .. }) if message.contains(FTL_FILES[0])
        ));
        let mut twice = files.clone();
        twice.push(files[0]);
        assert!(matches!(
            Catalog::from_bundle("de", "de.ftl", &bundle(&twice)),
            Err(CoreError::BadBundle { message, .. }) if message.contains("twice")
        ));
        let mut unknown = files.clone();
        unknown.push(("other.ftl", ""));
        assert!(matches!(
            Catalog::from_bundle("de", "de.ftl", &bundle(&unknown)),
            Err(CoreError::BadBundle { message, .. }) if message.contains("other.ftl")
        ));
        assert!(matches!(
            Catalog::from_bundle("de", "de.ftl", "app-a = A\n"),
            Err(CoreError::BadBundle { .. })
        ));
        assert!(matches!(
            split_bundle("de.ftl", &format!("stray\n{}", bundle(&files))),
            Err(CoreError::BadBundle { .. })
        ));
    }

    #[test]
    fn unknown_language_is_rejected() {
        assert!(matches!(
            Catalog::from_sources("xx", &[]),
            Err(CoreError::UnknownLanguage(_))
        ));
    }
}
