//! Writing a pack as TOML text (the office editor's export). [`ContentPack::parse`] reads the
//! text back to an equal pack.

use std::fmt::Write as _;

use crate::content::model::LocalText;
use crate::content::pack::ContentPack;
use crate::tabs::TabId;

/// A TOML basic string with the escapes the format needs.
pub fn toml_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn string_array<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = values.map(toml_string).collect();
    format!("[{}]", items.join(", "))
}

fn tab_array(tabs: &[TabId]) -> String {
    string_array(tabs.iter().map(|t| t.key()))
}

struct Writer {
    out: String,
}

impl Writer {
    fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn str(&mut self, key: &str, value: &str) {
        self.line(&format!("{key} = {}", toml_string(value)));
    }

    fn opt(&mut self, key: &str, value: Option<&String>) {
        if let Some(v) = value {
            self.str(key, v);
        }
    }

    /// `name.de = "..."` lines, German first.
    fn local(&mut self, key: &str, value: Option<&LocalText>) {
        if let Some(text) = value {
            for (code, t) in text.iter() {
                self.str(&format!("{key}.{code}"), t);
            }
        }
    }
}

impl ContentPack {
    /// The pack as TOML text in the documented format. Fields without a value are left out.
    pub fn to_toml(&self) -> String {
        let mut w = Writer { out: String::new() };
        w.line("# Mein Ordner: content pack of a town. Format: docs/content-packs.md");
        w.line(&format!("format = {}", self.format_needed()));
        w.str("key", &self.key);
        w.str("town", &self.town);
        w.opt("updated", self.updated.as_ref());
        if !self.sources.is_empty() {
            w.line("sources = [");
            for s in &self.sources {
                w.line(&format!("  {},", toml_string(s)));
            }
            w.line("]");
        }
        for c in &self.contacts {
            w.line("");
            w.line("[[contacts]]");
            w.str("key", &c.key);
            w.opt("type", c.kind.as_ref());
            if let Some(tabs) = &c.tabs {
                w.line(&format!("tabs = {}", tab_array(tabs)));
            }
            if c.hidden {
                w.line("hidden = true");
            }
            w.opt("organisation", c.organisation.as_ref());
            w.opt("department", c.department.as_ref());
            w.opt("address", c.address.as_ref());
            w.opt("phone", c.phone.as_ref());
            w.opt("email", c.email.as_ref());
            w.opt("web", c.web.as_ref());
            w.local("hours", c.hours.as_ref());
            if !c.languages.is_empty() {
                w.line(&format!(
                    "languages = {}",
                    string_array(c.languages.iter().map(String::as_str))
                ));
            }
            if let Some(b) = c.by_appointment {
                w.line(&format!("by_appointment = {b}"));
            }
            w.local("notes", c.notes.as_ref());
            w.opt("source", c.source.as_ref());
            w.opt("facts_as_of", c.facts_as_of.as_ref());
        }
        for i in &self.checklist {
            w.line("");
            w.line("[[checklist]]");
            w.str("key", &i.key);
            if let Some(tab) = i.tab {
                w.str("tab", tab.key());
            }
            if i.hidden {
                w.line("hidden = true");
            }
            w.local("text", i.text.as_ref());
            w.local("hint", i.hint.as_ref());
            w.opt("doctype", i.doctype.as_ref());
            w.opt("source", i.source.as_ref());
            w.opt("facts_as_of", i.facts_as_of.as_ref());
        }
        for t in &self.tips {
            w.line("");
            w.line("[[tips]]");
            w.str("key", &t.key);
            if let Some(tab) = t.tab {
                w.str("tab", tab.key());
            }
            if t.hidden {
                w.line("hidden = true");
            }
            w.local("text", t.text.as_ref());
            w.opt("source", t.source.as_ref());
            w.opt("facts_as_of", t.facts_as_of.as_ref());
        }
        w.out
    }

    /// The oldest format version that holds everything in the pack: 2 when it uses a field of
    /// version 2 (`by_appointment`, `facts_as_of`), else 1, which older apps read too.
    pub fn format_needed(&self) -> u32 {
        let v2 = self
            .contacts
            .iter()
            .any(|c| c.by_appointment.is_some() || c.facts_as_of.is_some())
            || self.checklist.iter().any(|i| i.facts_as_of.is_some())
            || self.tips.iter().any(|t| t.facts_as_of.is_some());
        if v2 { 2 } else { 1 }
    }
}

#[cfg(test)]
mod tests {
    use super::toml_string;

    #[test]
    fn escapes_what_toml_needs() {
        assert_eq!(toml_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(
            toml_string("Zeile 1\nZeile 2\t!"),
            "\"Zeile 1\\nZeile 2\\t!\""
        );
        assert_eq!(toml_string("\u{1}"), "\"\\u0001\"");
        assert_eq!(toml_string("مرحبا „Gruß“"), "\"مرحبا „Gruß“\"");
    }
}
