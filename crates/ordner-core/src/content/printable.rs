//! The characters a printed folder can show, and the texts of a pack with characters it cannot
//! (#14): emoji, and anything no font of the printout covers, print as a replacement mark "�".
//! The fonts are not at hand where packs are checked (`ordner check-pack`, the office editor in
//! the browser), so the fonts' coverage is a table (`printable_ranges.rs`), which
//! `crates/ordner-pdf/tests/printable.rs` checks against the font files.

use super::model::LocalText;
use super::pack::{ContentPack, EntryOrigin};
use super::printable_ranges::RANGES;
use crate::i18n::{Arg, Catalog};

/// Whether the printed folder shows `c`: a font of the printout has it, or it is white space or
/// a direction mark (which print nothing and need no glyph).
pub fn printable(c: char) -> bool {
    if c.is_whitespace() || is_bidi_control(c) {
        return true;
    }
    let code = u32::from(c);
    RANGES
        .binary_search_by(|&(start, end)| {
            if end < code {
                std::cmp::Ordering::Less
            } else if start > code {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The direction marks and embeddings the layout engine leaves out (`ordner-pdf`'s text.rs).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A text of a pack with characters the printed folder cannot show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unprintable {
    /// Line of the entry (or of `town`) in the file it was read from; 0 for a pack built in
    /// code.
    pub line: usize,
    /// The field as problems name it, with the language of a multilingual text:
    /// `contacts[2].notes.ar` (positions count from 1).
    pub field: String,
    /// The characters, each once, in the order they first occur.
    pub chars: Vec<char>,
}

impl Unprintable {
    /// The characters as the warning names them: `📅 (U+1F4C5), ☕ (U+2615)`.
    pub fn chars_named(&self) -> String {
        self.chars
            .iter()
            .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Message id of the warning (`$file`, `$line`, `$field`, `$chars`).
pub const UNPRINTABLE_ID: &str = "pack-warning-unprintable";

/// The warning line for a text with characters the printout cannot show, in the catalog's
/// language.
pub fn format_unprintable(catalog: &Catalog, file: &str, u: &Unprintable) -> String {
    let chars = u.chars_named();
    catalog.msg_args(
        UNPRINTABLE_ID,
        &[
            ("file", Arg::Str(file)),
            ("line", Arg::Num(u.line as f64)),
            ("field", Arg::Str(&u.field)),
            ("chars", Arg::Str(&chars)),
        ],
    )
}

fn unprintable_chars(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        if !printable(c) && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

impl ContentPack {
    /// Every text of the pack that the printed folder would show with replacement marks, in
    /// file order: the town's name and every printed field of contacts, checklist items and
    /// tips (multilingual texts per language).
    pub fn unprintable(&self) -> Vec<Unprintable> {
        let origin = self.origin.as_ref();
        let line_of = |entries: Option<&Vec<EntryOrigin>>, index: usize| {
            entries.and_then(|e| e.get(index)).map_or(0, |e| e.line)
        };
        let mut out = Vec::new();
        let mut plain = |line: usize, field: String, text: Option<&str>| {
            let chars = text.map(unprintable_chars).unwrap_or_default();
            if !chars.is_empty() {
                out.push(Unprintable { line, field, chars });
            }
        };
        plain(
            origin.map_or(0, |o| o.town_line),
            "town".to_owned(),
            Some(&self.town),
        );
        let local = |plain: &mut dyn FnMut(usize, String, Option<&str>),
                     line: usize,
                     field: String,
                     text: Option<&LocalText>| {
            if let Some(text) = text {
                for code in text.languages() {
                    plain(line, format!("{field}.{code}"), text.get(code));
                }
            }
        };
        for (i, c) in self.contacts.iter().enumerate() {
            let line = line_of(origin.map(|o| &o.contacts), i);
            let field = |name: &str| format!("contacts[{}].{name}", i + 1);
            for (name, value) in [
                ("organisation", &c.organisation),
                ("department", &c.department),
                ("address", &c.address),
                ("phone", &c.phone),
                ("email", &c.email),
                ("web", &c.web),
            ] {
                plain(line, field(name), value.as_deref());
            }
            local(&mut plain, line, field("hours"), c.hours.as_ref());
            local(&mut plain, line, field("notes"), c.notes.as_ref());
        }
        for (i, item) in self.checklist.iter().enumerate() {
            let line = line_of(origin.map(|o| &o.checklist), i);
            let field = |name: &str| format!("checklist[{}].{name}", i + 1);
            local(&mut plain, line, field("text"), item.text.as_ref());
            local(&mut plain, line, field("hint"), item.hint.as_ref());
        }
        for (i, tip) in self.tips.iter().enumerate() {
            let line = line_of(origin.map(|o| &o.tips), i);
            local(
                &mut plain,
                line,
                format!("tips[{}].text", i + 1),
                tip.text.as_ref(),
            );
        }
        out
    }

    /// [`ContentPack::unprintable`] for a pack built in code (the office editor), with the
    /// lines of the text [`ContentPack::to_toml`] writes (the file the office exports), also
    /// while the pack still has problems.
    pub fn unprintable_as_exported(&self) -> Vec<Unprintable> {
        let text = self.to_toml();
        let mut origin = super::pack::PackOrigin {
            file: self.file_name(),
            ..Default::default()
        };
        for (i, line) in text.lines().enumerate() {
            let entry = |list: &Vec<EntryOrigin>| EntryOrigin {
                index: list.len(),
                line: i + 1,
            };
            match line.trim() {
                "[[contacts]]" => origin.contacts.push(entry(&origin.contacts)),
                "[[checklist]]" => origin.checklist.push(entry(&origin.checklist)),
                "[[tips]]" => origin.tips.push(entry(&origin.tips)),
                l if l.starts_with("town =") && origin.town_line == 0 => origin.town_line = i + 1,
                _ => {}
            }
        }
        let mut pack = self.clone();
        pack.origin = Some(origin);
        pack.unprintable()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_of_the_sixteen_languages_print_emoji_do_not() {
        for c in "AzÄß€Жїşçêáابپچژگکیۀځښڼۍےሰላምትግርኛქართ0123456789.,;:!?()[]→–—„“«»".chars()
        {
            assert!(printable(c), "{c} U+{:04X}", u32::from(c));
        }
        for c in " \n\t\u{200C}\u{200D}\u{200F}\u{2068}\u{2069}".chars() {
            assert!(printable(c), "U+{:04X}", u32::from(c));
        }
        for c in "📅😀🙂☕✓\u{1F1E9}\u{E000}".chars() {
            assert!(!printable(c), "{c} U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn names_the_field_its_line_and_the_characters() {
        let text = "format = 2\nkey = \"x\"\ntown = \"X 🏙\"\n\n\
            [[contacts]]\nkey = \"jobcenter\"\norganisation = \"Jobcenter ☕\"\n\
            notes.de = \"Termine 📅 und 📅\"\nnotes.ar = \"مواعيد 📅\"\n\n\
            [[tips]]\nkey = \"x-tip\"\ntab = \"arrival\"\ntext.de = \"Gut 👍\"\n";
        let pack = ContentPack::parse("x.toml", text).unwrap();
        let got = pack.unprintable();
        let want = [
            (3, "town", vec!['🏙']),
            (5, "contacts[1].organisation", vec!['☕']),
            (5, "contacts[1].notes.de", vec!['📅']),
            (5, "contacts[1].notes.ar", vec!['📅']),
            (11, "tips[1].text.de", vec!['👍']),
        ];
        let got: Vec<(usize, &str, Vec<char>)> = got
            .iter()
            .map(|u| (u.line, u.field.as_str(), u.chars.clone()))
            .collect();
        let want: Vec<(usize, &str, Vec<char>)> =
            want.iter().map(|(l, f, c)| (*l, *f, c.clone())).collect();
        assert_eq!(got, want);
        assert_eq!(pack.unprintable()[0].chars_named(), "🏙 (U+1F3D9)");
        assert!(
            ContentPack::parse(
                "d.toml",
                crate::content::BuiltinPack::by_key("dortmund")
                    .unwrap()
                    .embedded_text()
            )
            .unwrap()
            .unprintable()
            .is_empty()
        );
    }

    #[test]
    fn a_pack_built_in_code_names_the_lines_of_its_export() {
        let mut pack = ContentPack::new("x", "X");
        pack.add_contact();
        pack.contacts[0].organisation = Some("Beratung 🙂".into());
        let got = pack.unprintable_as_exported();
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].field, "contacts[1].organisation");
        let line = pack
            .to_toml()
            .lines()
            .position(|l| l == "[[contacts]]")
            .unwrap()
            + 1;
        assert_eq!(got[0].line, line);
    }
}
