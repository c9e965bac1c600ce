//! `ordner check-pack FILE [--lang <code>] [--locales <dir>]`: checks a town content pack the
//! way the app does when an office imports it, and prints the result in German and English (or
//! German and the language given). Exit code 0 when the pack is fine, 1 when it is not (or the
//! file cannot be read), 2 for wrong arguments.

use std::path::PathBuf;
use std::process::ExitCode;

use ordner_core::bidi::strip_bidi_controls;
use ordner_core::content::issue::{CHECK_OK_ID, format_missing, format_summary};
use ordner_core::content::printable::format_unprintable;
use ordner_core::content::{Content, PackIssue, PackIssueKind};
use ordner_core::i18n::Arg;
use ordner_core::lang::GERMAN;
use ordner_core::{Catalog, CoreError};

/// `ordner check-pack`.
#[derive(Debug, PartialEq, Eq, clap::Args)]
pub struct Args {
    /// The pack file to check (`.toml`).
    file: String,
    /// The language beside German for the messages (see `ordner languages`).
    #[arg(long, value_name = "CODE", default_value = "en", value_parser = lang_code)]
    lang: String,
    /// The `locales/` directory with the messages (found upwards from here by default).
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,
}

fn lang_code(code: &str) -> Result<String, String> {
    crate::language(code).map(|l| l.code.to_owned())
}

/// The outcome of checking a pack: the lines to print and whether the pack is fine.
#[derive(Debug)]
pub struct Report {
    pub lines: Vec<String>,
    pub ok: bool,
}

/// Checks a pack's bytes (or the error reading them) and writes the result in each catalog's
/// language: every problem, then a summary; or one line saying the pack is fine.
pub fn report(file: &str, bytes: std::io::Result<Vec<u8>>, catalogs: &[&Catalog]) -> Report {
    let result = match bytes {
        Ok(bytes) => Content::default_germany()
            .load_pack(file, &bytes)
            .map(|(_, pack)| pack),
        Err(e) => Err(CoreError::InvalidPack {
            file: file.to_owned(),
            issues: vec![PackIssue {
                file: file.to_owned(),
                line: 0,
                field: String::new(),
                kind: PackIssueKind::Unreadable {
                    detail: e.to_string(),
                },
            }],
        }),
    };
    let clean = |s: String| strip_bidi_controls(&s);
    let mut lines = Vec::new();
    match result {
        Ok(pack) => {
            for c in catalogs {
                lines.push(clean(c.msg_args(
                    CHECK_OK_ID,
                    &[
                        ("file", Arg::Str(file)),
                        ("town", Arg::Str(&pack.town)),
                        ("contacts", Arg::Num(pack.contacts.len() as f64)),
                        ("items", Arg::Num(pack.checklist.len() as f64)),
                        ("tips", Arg::Num(pack.tips.len() as f64)),
                    ],
                )));
            }
            // Missing translations are warnings: the app shows German there.
            for missing in pack.missing_translations() {
                for (i, c) in catalogs.iter().enumerate() {
                    let indent = if i == 0 { "" } else { "  " };
                    lines.push(format!(
                        "{indent}{}",
                        clean(format_missing(c, file, &missing))
                    ));
                }
            }
            // So are characters the printout cannot show (emoji): printed as "�".
            for u in pack.unprintable() {
                for (i, c) in catalogs.iter().enumerate() {
                    let indent = if i == 0 { "" } else { "  " };
                    lines.push(format!(
                        "{indent}{}",
                        clean(format_unprintable(c, file, &u))
                    ));
                }
            }
            Report { lines, ok: true }
        }
        Err(CoreError::InvalidPack { issues, .. }) => {
            for issue in &issues {
                for (i, c) in catalogs.iter().enumerate() {
                    let indent = if i == 0 { "" } else { "  " };
                    lines.push(format!("{indent}{}", clean(issue.format(c))));
                }
            }
            for c in catalogs {
                lines.push(clean(format_summary(c, file, issues.len())));
            }
            Report { lines, ok: false }
        }
        Err(other) => Report {
            lines: vec![other.to_string()],
            ok: false,
        },
    }
}

/// Runs `ordner check-pack`.
pub fn run(options: &Args) -> ExitCode {
    let dir = crate::locales::find_dir(options.locales.as_deref());
    let mut codes = vec![GERMAN];
    if options.lang != GERMAN {
        codes.push(options.lang.as_str());
    }
    let mut catalogs = Vec::new();
    for code in codes {
        match crate::locales::catalog(code, dir.as_deref()) {
            Ok(c) => catalogs.push(c),
            Err(e) => {
                eprintln!("ordner check-pack: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let refs: Vec<&Catalog> = catalogs.iter().collect();
    let r = report(&options.file, std::fs::read(&options.file), &refs);
    for line in &r.lines {
        println!("{line}");
    }
    if r.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    fn parse(line: &str) -> Result<Args, clap::Error> {
        match crate::tests::parse(&format!("check-pack {line}"))? {
            crate::Command::CheckPack(args) => Ok(args),
            other => panic!("{other:?}"),
        }
    }

    fn catalogs() -> (Catalog, Catalog) {
        (
            crate::locales::catalog("de", None).unwrap(),
            crate::locales::catalog("en", None).unwrap(),
        )
    }

    #[test]
    fn parses_arguments() {
        assert_eq!(
            parse("dortmund.toml").unwrap(),
            Args {
                file: "dortmund.toml".into(),
                lang: "en".into(),
                locales: None
            }
        );
        assert_eq!(parse("--lang ar x.toml").unwrap().lang, "ar");
        assert!(parse("").is_err());
        assert!(parse("a.toml b.toml").is_err());
        assert!(parse("a.toml --lang xx").is_err());
        assert!(parse("a.toml --verbose").is_err());
    }

    #[test]
    fn reports_every_problem_in_both_languages_then_a_summary() {
        let (de, en) = catalogs();
        let text = "format = 1\nkey = \"x\"\ntown = \"X\"\n\n[[contacts]]\nkey = \"jobcenter\"\nphone = \"abc\"\nweb = \"dortmund.de\"\n";
        let r = report("x.toml", Ok(text.as_bytes().to_vec()), &[&de, &en]);
        assert!(!r.ok);
        assert_eq!(
            r.lines,
            [
                "x.toml, Zeile 7, contacts[1].phone: „abc“ ist keine Telefonnummer. Erlaubt sind Ziffern, Leerzeichen und die Zeichen + / - ( ).",
                "  x.toml, line 7, contacts[1].phone: “abc” is not a phone number. Use digits, spaces and the characters + / - ( ).",
                "x.toml, Zeile 8, contacts[1].web: „dortmund.de“ ist keine Internet-Adresse. Sie muss mit https:// oder http:// beginnen.",
                "  x.toml, line 8, contacts[1].web: “dortmund.de” is not a web address. It must start with https:// or http://.",
                "x.toml: 2 Fehler. Das Paket wurde nicht geladen. Die bisherigen Inhalte bleiben, wie sie sind.",
                "x.toml: 2 errors. The pack was not loaded. The content loaded before stays as it was.",
            ]
        );
    }

    #[test]
    fn warns_about_missing_translations_but_accepts_the_pack() {
        let (de, en) = catalogs();
        let text = "format = 1\nkey = \"x\"\ntown = \"X\"\n\n[[tips]]\nkey = \"x-tip\"\ntab = \"arrival\"\n\
                    text.de = \"Ein Tipp.\"\ntext.en = \"A tip.\"\ntext.ar = \"نصيحة.\"\n";
        let r = report("x.toml", Ok(text.as_bytes().to_vec()), &[&de, &en]);
        assert!(r.ok, "{:?}", r.lines);
        let missing = "fa, prs, ps, ckb, kmr, tr, uk, ru, fr, ti, so, ka, ur";
        assert_eq!(
            r.lines[2..],
            [
                format!(
                    "Hinweis: x.toml, Zeile 5, tips[1].text: kein Text auf {missing}. Die App zeigt dort den deutschen Text."
                ),
                format!(
                    "  Note: x.toml, line 5, tips[1].text: no text in {missing}. The app shows the German text there."
                ),
            ]
        );
    }

    #[test]
    fn warns_about_characters_the_printout_cannot_show() {
        let (de, en) = catalogs();
        let text = "format = 2\nkey = \"x\"\ntown = \"X\"\n\n[[contacts]]\nkey = \"jobcenter\"\n\
                    organisation = \"Jobcenter 🏢\"\n";
        let r = report("x.toml", Ok(text.as_bytes().to_vec()), &[&de, &en]);
        assert!(r.ok, "{:?}", r.lines);
        assert_eq!(
            r.lines[2..],
            [
                "Hinweis: x.toml, Zeile 5, contacts[1].organisation: Diese Zeichen können nicht gedruckt werden: 🏢 (U+1F3E2). Im Ausdruck steht dort „�“.",
                "  Note: x.toml, line 5, contacts[1].organisation: these characters cannot be printed: 🏢 (U+1F3E2). The printout shows “�” instead.",
            ]
        );
    }

    #[test]
    fn reports_a_good_pack_and_an_unreadable_file() {
        let (de, en) = catalogs();
        let pack = ordner_core::content::BuiltinPack::by_key("dortmund").unwrap();
        let r = report(
            pack.file,
            Ok(pack.embedded_text().as_bytes().to_vec()),
            &[&de, &en],
        );
        assert!(r.ok);
        assert_eq!(
            r.lines,
            [
                "dortmund.toml: Das Paket für Dortmund ist in Ordnung: 9 Kontakte, 2 Punkte für die Checklisten, 1 Tipp.",
                "dortmund.toml: The pack for Dortmund is fine: 9 contacts, 2 checklist items, 1 tip."
            ]
        );
        let missing = std::io::Error::new(std::io::ErrorKind::NotFound, "not found");
        let r = report("weg.toml", Err(missing), &[&de]);
        assert!(!r.ok);
        assert_eq!(
            r.lines[0],
            "weg.toml: Die Datei kann nicht gelesen werden. (not found)"
        );
    }
}
