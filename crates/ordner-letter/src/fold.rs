//! Folding recognised text for matching: one canonical spelling per word, with the way back to
//! the original text (for highlighting what was found).
//!
//! The fold is the same for the letter's text and for what is looked for, so both meet:
//!
//! - lower case; `ä`/`ae` → `a`, `ö`/`oe` → `o`, `ü`/`ue` → `u`, `ß`/`ss` → `s`, accents dropped
//!   (`é` → `e`), ligatures split (`ﬁ` → `fi`). OCR often loses the dots of an umlaut, and Germans
//!   write `ae` where a keyboard lacks `ä`: `Ausländerbehörde`, `Auslaenderbehoerde` and
//!   `Auslanderbehorde` all fold to `auslanderbehorde`. Words that differ only in such a letter meet
//!   too; for finding a letter that is the right side to err on.
//! - a word broken at the end of a line (`Aufenthalts-⏎gestattung`) is joined again when the next
//!   line goes on in lower case.
//! - runs of spaces and tabs become one space; line breaks stay (one `\n` per break).
//! - digits and punctuation are kept as they are.

use std::ops::Range;

/// Text folded for matching, each folded character knowing the byte range of the original text it
/// came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    chars: Vec<char>,
    origin: Vec<Range<usize>>,
}

/// A piece of the original text, as byte offsets (for highlighting what a proposal came from).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// The spanned text of `text` (empty if the span does not fit, e.g. another text).
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' => "a",
        'ö' | 'ò' | 'ó' | 'ô' | 'õ' => "o",
        'ü' | 'ù' | 'ú' | 'û' => "u",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'í' | 'ì' | 'î' | 'ï' => "i",
        'ç' => "c",
        'ñ' => "n",
        'ß' | 'ẞ' => "s",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬀ' => "ff",
        // Typographic quotes and dashes as OCR gives them.
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{00AD}' => "-",
        '\u{201E}' | '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => "\"",
        '\u{2018}' | '\u{2019}' | '\u{201A}' => "'",
        _ => return None,
    })
}

impl Folded {
    /// Folds `text` (see the module documentation).
    pub fn new(text: &str) -> Folded {
        let mut out = Folded::default();
        let mut pending_space: Option<Range<usize>> = None;
        let mut pending_newline: Option<Range<usize>> = None;
        for (at, raw) in text.char_indices() {
            let end = at + raw.len_utf8();
            if raw == '\n' || raw == '\r' || raw == '\u{2028}' {
                pending_newline.get_or_insert(at..end);
                pending_space = None;
                continue;
            }
            if raw.is_whitespace() {
                if pending_newline.is_none() {
                    pending_space.get_or_insert(at..end);
                }
                continue;
            }
            if let Some(nl) = pending_newline.take() {
                // `Aufenthalts-⏎gestattung`: a word broken at a line end, going on in lower case.
                let hyphen_before = out.chars.last() == Some(&'-')
                    && out.chars.len() >= 2
                    && out.chars[out.chars.len() - 2].is_alphabetic();
                if hyphen_before && raw.is_lowercase() {
                    out.chars.pop();
                    out.origin.pop();
                } else if !out.chars.is_empty() {
                    out.push('\n', nl);
                }
            }
            if let Some(sp) = pending_space.take()
                && !out.chars.is_empty()
                && out.chars.last() != Some(&'\n')
            {
                out.push(' ', sp);
            }
            let lower: Vec<char> = raw.to_lowercase().collect();
            for c in lower {
                if let Some(base) = base_letter(c) {
                    for b in base.chars() {
                        out.push(b, at..end);
                    }
                    continue;
                }
                // The digraphs `ae`, `oe`, `ue` and `ss`: the second letter is dropped when the first
                // was a plain letter right before it.
                let digraph = matches!(
                    (out.chars.last(), c),
                    (Some('a' | 'o' | 'u'), 'e') | (Some('s'), 's')
                ) && out
                    .origin
                    .last()
                    .is_some_and(|r| r.end == at && r.len() == 1);
                if digraph {
                    if let Some(last) = out.origin.last_mut() {
                        last.end = end;
                    }
                    continue;
                }
                out.push(c, at..end);
            }
        }
        out
    }

    fn push(&mut self, c: char, origin: Range<usize>) {
        self.chars.push(c);
        self.origin.push(origin);
    }

    /// The folded characters.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// The folded text as a string.
    pub fn as_string(&self) -> String {
        self.chars.iter().collect()
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The original text's span of folded characters `range`.
    pub fn span(&self, range: Range<usize>) -> Span {
        let start = self.origin.get(range.start).map_or(0, |r| r.start);
        let end = range
            .end
            .checked_sub(1)
            .and_then(|i| self.origin.get(i))
            .map_or(start, |r| r.end);
        Span { start, end }
    }

    /// Every place `needle` (already folded) occurs, as folded character ranges, left to right,
    /// not overlapping.
    pub fn find_all(&self, needle: &[char]) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        if needle.is_empty() || needle.len() > self.chars.len() {
            return found;
        }
        let mut i = 0;
        while i + needle.len() <= self.chars.len() {
            if self.chars[i..i + needle.len()] == *needle {
                found.push(i..i + needle.len());
                i += needle.len();
            } else {
                i += 1;
            }
        }
        found
    }

    /// Like [`Folded::find_all`], but only where `needle` starts and ends at a word boundary.
    pub fn find_words(&self, needle: &[char]) -> Vec<Range<usize>> {
        self.find_all(needle)
            .into_iter()
            .filter(|r| {
                let before = r.start.checked_sub(1).map(|i| self.chars[i]);
                let after = self.chars.get(r.end).copied();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .collect()
    }
}

/// The letters and digits right before `end` (the word a `.` at `end` would close).
pub fn word_before(chars: &[char], end: usize) -> String {
    let start = chars[..end]
        .iter()
        .rposition(|c| !c.is_alphanumeric())
        .map_or(0, |i| i + 1);
    chars[start..end].iter().collect()
}

/// `text` folded, as a plain string (for a phrase to look for).
pub fn fold(text: &str) -> Vec<char> {
    Folded::new(text).chars
}

/// Folds a search query into its words (letters and digits only; punctuation separates words).
pub fn query_words(query: &str) -> Vec<Vec<char>> {
    let folded = fold(query);
    folded
        .split(|c| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(<[char]>::to_vec)
        .collect()
}

/// Recognised text prepared for search: finds every word of a query, whatever its case and umlaut
/// spelling (`Aerztin`, `Ärztin`, `ÄRZTIN`, `Arztin`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchText {
    folded: Folded,
}

impl SearchText {
    pub fn new(text: &str) -> SearchText {
        SearchText {
            folded: Folded::new(text),
        }
    }

    /// Where the query's words occur in the original text, if **every** word occurs (anywhere, in
    /// any order); `None` if one is missing or the query has no word.
    pub fn find(&self, query: &str) -> Option<Vec<Span>> {
        let words = query_words(query);
        if words.is_empty() {
            return None;
        }
        let mut spans = Vec::new();
        for word in &words {
            let found = self.folded.find_all(word);
            if found.is_empty() {
                return None;
            }
            spans.extend(found.into_iter().map(|r| self.folded.span(r)));
        }
        spans.sort();
        spans.dedup();
        Some(spans)
    }

    /// Whether every word of the query occurs.
    pub fn matches(&self, query: &str) -> bool {
        self.find(query).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> String {
        Folded::new(text).as_string()
    }

    #[test]
    fn umlaut_spellings_and_case_meet() {
        assert_eq!(s("Ausländerbehörde"), "auslanderbehorde");
        assert_eq!(s("AUSLAENDERBEHOERDE"), "auslanderbehorde");
        assert_eq!(s("Auslanderbehorde"), "auslanderbehorde");
        assert_eq!(s("Straße"), s("Strasse"));
        assert_eq!(s("Flüchtlinge"), s("Fluechtlinge"));
        assert_eq!(s("Gültig"), "gultig");
        assert_eq!(s("Café"), "cafe");
    }

    #[test]
    fn broken_words_are_joined_and_spaces_collapse() {
        assert_eq!(
            s("Bescheinigung über die Aufenthalts-\ngestattung"),
            "bescheinigung uber die aufenthaltsgestattung"
        );
        assert_eq!(s("Jobcenter-\nLeipzig"), "jobcenter-\nleipzig");
        assert_eq!(s("  a \t b\r\n\n c  "), "a b\nc");
    }

    #[test]
    fn spans_lead_back_to_the_original() {
        let text = "Sehr geehrte Frau Müller,\nIhre Aufenthalts-\ngestattung ist gültig";
        let f = Folded::new(text);
        let hit = f.find_all(&fold("aufenthaltsgestattung"));
        assert_eq!(hit.len(), 1);
        assert_eq!(f.span(hit[0].clone()).of(text), "Aufenthalts-\ngestattung");
        let hit = f.find_all(&fold("gueltig"));
        assert_eq!(f.span(hit[0].clone()).of(text), "gültig");
        let hit = f.find_all(&fold("muller"));
        assert_eq!(f.span(hit[0].clone()).of(text), "Müller");
    }

    #[test]
    fn digraph_keeps_both_letters_in_the_span() {
        let text = "Maerz";
        let f = Folded::new(text);
        assert_eq!(f.as_string(), "marz");
        let hit = f.find_all(&fold("märz"));
        assert_eq!(f.span(hit[0].clone()).of(text), "Maerz");
    }

    #[test]
    fn words_need_boundaries() {
        let f = Folded::new("Die AOK Sachsen; Kaokao");
        assert_eq!(f.find_words(&fold("aok")).len(), 1);
        assert_eq!(f.find_all(&fold("aok")).len(), 2);
    }

    #[test]
    fn search_finds_every_word_in_any_spelling() {
        let text = "Einladung zur Anhörung\nbeim Bundesamt in Chemnitz, Straße der Nationen 12";
        let t = SearchText::new(text);
        assert!(t.matches("anhoerung"));
        assert!(t.matches("ANHÖRUNG chemnitz"));
        assert!(t.matches("strasse"));
        assert!(!t.matches("anhoerung leipzig"));
        assert!(!t.matches("  ,. "));
        let spans = t.find("Anhorung Chemnitz").unwrap();
        let words: Vec<&str> = spans.iter().map(|s| s.of(text)).collect();
        assert_eq!(words, ["Anhörung", "Chemnitz"]);
    }
}
