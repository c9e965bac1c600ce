//! Fluent message catalogs.
//!
//! Messages live in `locales/<lang>/<file>.ftl`, one file per feature (see [`FTL_FILES`]); message
//! ids are kebab-case and start with their feature (`app-`, `lang-`, `tab-`, ...). The browser
//! fetches only the files of the languages in use; native tools read them from disk or embed them.

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
];

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

    #[test]
    fn unknown_language_is_rejected() {
        assert!(matches!(
            Catalog::from_sources("xx", &[]),
            Err(CoreError::UnknownLanguage(_))
        ));
    }
}
