//! What a BAMF decision decides, from the numbered lines of its operative part (Tenor):
//!
//! ```text
//! 1. Die Flüchtlingseigenschaft wird nicht zuerkannt.
//! 2. Der Antrag auf Asylanerkennung wird als offensichtlich unbegründet abgelehnt.
//! 3. Der subsidiäre Schutzstatus wird nicht zuerkannt.
//! 4. Abschiebungsverbote nach § 60 Absatz 5 und 7 Satz 1 des Aufenthaltsgesetzes liegen nicht vor.
//! ```
//!
//! Each line is read with its negation (`nicht`, `kein`). The rejection wording decides the
//! lawsuit deadline (§ 74 Abs. 1 AsylG: 2 weeks; § 36 Abs. 3, § 74 Abs. 1 Hs. 2 AsylG: 1 week for
//! "offensichtlich unbegründet" and "unzulässig").

use ordner_core::content::AsylumOutcome;

use crate::fold::{Folded, fold, word_before};

use crate::{Confidence, Proposal};

/// A protection status the BAMF decides on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protection {
    /// Asylberechtigung (Art. 16a GG).
    Asylum,
    /// Flüchtlingseigenschaft (§ 3 AsylG).
    Refugee,
    /// Subsidiärer Schutz (§ 4 AsylG).
    Subsidiary,
    /// Abschiebungsverbot (§ 60 Abs. 5, 7 AufenthG).
    DeportationBan,
}

impl Protection {
    pub const ALL: [Protection; 4] = [
        Protection::Asylum,
        Protection::Refugee,
        Protection::Subsidiary,
        Protection::DeportationBan,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Protection::Asylum => "asylum",
            Protection::Refugee => "refugee",
            Protection::Subsidiary => "subsidiary",
            Protection::DeportationBan => "deportation-ban",
        }
    }
}

/// One line of the decision: a status granted or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Finding {
    pub protection: Protection,
    pub granted: bool,
}

/// The words of a rejection: "wird abgelehnt", and "wird zurückgewiesen", which some decisions
/// use for the same thing. Any of them makes the sentence a rejection, so the lawsuit deadline of
/// § 74 Abs. 1 AsylG (2 weeks, or 1 week with § 36 Abs. 3 AsylG) is proposed, never the 3 months
/// of a recognition: missing a rejection word would show a later deadline than the law's.
const REJECTION_WORDS: &[&str] = &["abgelehnt", "zurückgewiesen"];

/// Where a sentence's first rejection word starts (folded byte offset) and its folded length.
fn rejection(text: &str) -> Option<(usize, usize)> {
    REJECTION_WORDS
        .iter()
        .filter_map(|w| {
            let w = folded_str(w);
            text.find(&w).map(|i| (i, w.len()))
        })
        .min()
}

const PROTECTION_WORDS: &[(Protection, &str)] = &[
    (Protection::Refugee, "fluchtlingseigenschaft"),
    (Protection::Subsidiary, "subsidiar"),
    (Protection::DeportationBan, "abschiebungsverbot"),
    (Protection::Asylum, "asylberechtigt"),
    (Protection::Asylum, "asylanerkennung"),
    (Protection::Asylum, "anerkennung als asylberechtigte"),
];

/// The sentences of the text, as folded character ranges: a sentence ends at `.`, `;` or `:`
/// followed by a space or line break, and at a line break before a numbered line (`2.`).
fn sentences(chars: &[char]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..chars.len() {
        let end_mark = matches!(chars[i], '.' | ';')
            && chars.get(i + 1).is_none_or(|c| *c == ' ' || *c == '\n')
            // `Abs. 5`, `Nr. 1`, `S. 2`, `z. B.`: an abbreviation does not end a sentence.
            && !ends_with_abbreviation(&chars[start..i]);
        let numbered_line = chars[i] == '\n'
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            && chars.get(i + 2).is_some_and(|c| *c == '.' || *c == ')');
        if end_mark || numbered_line {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < chars.len() {
        out.push(start..chars.len());
    }
    out
}

fn ends_with_abbreviation(before: &[char]) -> bool {
    let word = word_before(before, before.len());
    let is_number_of_list = word.chars().all(|c| c.is_ascii_digit()) && word.len() <= 2;
    matches!(
        word.as_str(),
        "abs" | "nr" | "s" | "z" | "b" | "bzw" | "ggf" | "gem" | "vgl" | "art" | "az" | "str"
    ) || (is_number_of_list && before.len() <= word.len() + 1)
}

fn folded_str(text: &str) -> String {
    fold(text).into_iter().collect()
}

fn has_word(chars: &[char], word: &str) -> bool {
    let needle: Vec<char> = word.chars().collect();
    chars.windows(needle.len()).enumerate().any(|(i, w)| {
        w == needle.as_slice()
            && (i == 0 || !chars[i - 1].is_alphanumeric())
            && chars
                .get(i + needle.len())
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether a sentence is a numbered line of the operative part (`1. Die …`, `2) Der …`).
fn numbered(sentence: &[char]) -> bool {
    let start = sentence
        .iter()
        .position(|c| !c.is_whitespace())
        .unwrap_or(0);
    sentence.get(start).is_some_and(char::is_ascii_digit)
        && sentence
            .get(start + 1)
            .is_some_and(|c| *c == '.' || *c == ')')
}

/// The deciding sentences: the numbered lines if there are any, otherwise every sentence.
fn deciding(chars: &[char]) -> Vec<std::ops::Range<usize>> {
    let all = sentences(chars);
    let numbered: Vec<_> = all
        .iter()
        .filter(|r| numbered(&chars[(*r).clone()]))
        .cloned()
        .collect();
    if numbered.is_empty() { all } else { numbered }
}

/// The findings of a decision, one per status named in a deciding sentence.
pub fn findings(folded: &Folded) -> Vec<Proposal<Finding>> {
    let chars = folded.chars();
    let mut out: Vec<Proposal<Finding>> = Vec::new();
    for range in deciding(chars) {
        let sentence = &chars[range.clone()];
        let text: String = sentence.iter().collect();
        let decides = [
            "zuerkannt",
            "abgelehnt",
            "zurückgewiesen",
            "anerkannt",
            "vor.",
            "vorliegt",
            "vorliegen",
            "festgestellt",
        ]
        .iter()
        .any(|v| text.contains(&folded_str(v)));
        if !decides {
            continue;
        }
        let negated = negated(sentence, &text);
        for (protection, word) in PROTECTION_WORDS {
            let Some(at) = text.find(&folded_str(word)) else {
                continue;
            };
            if out.iter().any(|p| p.value.protection == *protection) {
                continue;
            }
            let at_char = text[..at].chars().count();
            let len = fold(word).len();
            out.push(Proposal {
                value: Finding {
                    protection: *protection,
                    granted: !negated,
                },
                confidence: Confidence::Medium,
                span: folded.span(range.start + at_char..range.start + at_char + len),
            });
        }
    }
    out
}

/// Whether a sentence says no: `nicht`, `kein`, `keine` or a rejection word.
fn negated(sentence: &[char], text: &str) -> bool {
    has_word(sentence, "nicht")
        || has_word(sentence, "kein")
        || has_word(sentence, "keine")
        || rejection(text).is_some()
}

/// Where a sentence grants refugee status (§ 3 AsylG) or asylum (Art. 16a GG): "Die
/// Flüchtlingseigenschaft wird zuerkannt", "wird als Asylberechtigte anerkannt", without any
/// negation. Subsidiary protection and a deportation ban are NOT a recognition: the 3 months for
/// family reunification (§ 29 Abs. 2 Satz 2 Nr. 1 AufenthG) are only for refugees and people
/// entitled to asylum. Returns the folded offset and length of the status word.
fn recognition(sentence: &[char], text: &str) -> Option<(usize, usize)> {
    let grants = text.contains(&folded_str("zuerkannt")) || text.contains(&folded_str("anerkannt"));
    if !grants || negated(sentence, text) {
        return None;
    }
    ["Flüchtlingseigenschaft", "asylberechtigt"]
        .iter()
        .find_map(|w| {
            let w = folded_str(w);
            text.find(&w).map(|i| (i, w.chars().count()))
        })
}

/// What the decision decides, as far as the deadline goes: the rejection wording if any
/// deciding sentence rejects (it decides the lawsuit deadline), otherwise a recognition as a
/// refugee or as entitled to asylum (the 3 months for family reunification).
pub fn outcome(folded: &Folded) -> Option<Proposal<AsylumOutcome>> {
    let chars = folded.chars();
    let mut best: Option<Proposal<AsylumOutcome>> = None;
    for range in deciding(chars) {
        let text: String = chars[range.clone()].iter().collect();
        let Some((at, rejection_len)) = rejection(&text) else {
            if best.is_none()
                && let Some((i, len)) = recognition(&chars[range.clone()], &text)
            {
                let start = range.start + text[..i].chars().count();
                best = Some(Proposal {
                    value: AsylumOutcome::RefugeeRecognised,
                    confidence: Confidence::Medium,
                    span: folded.span(start..start + len),
                });
            }
            continue;
        };
        let manifestly = folded_str("offensichtlich unbegründet");
        let inadmissible = folded_str("unzulässig");
        let (outcome, word) = if let Some(i) = text.find(&manifestly) {
            (
                AsylumOutcome::ManifestlyUnfounded,
                Some((i, manifestly.len())),
            )
        } else if let Some(i) = text.find(&inadmissible) {
            (AsylumOutcome::Inadmissible, Some((i, inadmissible.len())))
        } else {
            (AsylumOutcome::Unfounded, None)
        };
        let (i, len) = word.unwrap_or((at, rejection_len));
        let start = range.start + text[..i].chars().count();
        let found = Proposal {
            value: outcome,
            confidence: Confidence::Medium,
            span: folded.span(start..start + len),
        };
        // The shorter deadline wins: one sentence saying "offensichtlich unbegründet" is enough.
        let rank = |o: AsylumOutcome| match o {
            AsylumOutcome::ManifestlyUnfounded | AsylumOutcome::Inadmissible => 2,
            AsylumOutcome::Unfounded => 1,
            AsylumOutcome::NoLegalRemedyInstructions | AsylumOutcome::RefugeeRecognised => 0,
        };
        if best.as_ref().is_none_or(|b| rank(outcome) > rank(b.value)) {
            best = Some(found);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<AsylumOutcome> {
        outcome(&Folded::new(text)).map(|p| p.value)
    }

    #[test]
    fn refugee_status_granted_is_a_recognition() {
        let text = "Bescheid\n1. Der Antragstellerin wird die Flüchtlingseigenschaft zuerkannt.\n\
                    2. Die Kosten trägt die Bundesrepublik Deutschland.\n";
        assert_eq!(read(text), Some(AsylumOutcome::RefugeeRecognised));
        let p = outcome(&Folded::new(text)).unwrap();
        assert_eq!(p.confidence, Confidence::Medium);
    }

    #[test]
    fn entitled_to_asylum_is_a_recognition() {
        let text = "Bescheid\n1. Der Antragsteller wird als Asylberechtigter anerkannt.\n\
                    2. Ihm wird die Flüchtlingseigenschaft zuerkannt.\n";
        assert_eq!(read(text), Some(AsylumOutcome::RefugeeRecognised));
        let text = "Die Antragstellerin wird als Asylberechtigte anerkannt.";
        assert_eq!(read(text), Some(AsylumOutcome::RefugeeRecognised));
    }

    /// § 29 Abs. 2 Satz 2 Nr. 1 AufenthG (the 3 months for family reunification) is only for
    /// refugees and people entitled to asylum: subsidiary protection is never mapped to it.
    #[test]
    fn subsidiary_protection_is_not_a_recognition() {
        let text = "Bescheid\n1. Die Flüchtlingseigenschaft wird nicht zuerkannt.\n\
                    2. Der subsidiäre Schutzstatus wird zuerkannt.\n";
        assert_eq!(read(text), None);
        let text = "Der subsidiäre Schutzstatus wird zuerkannt.";
        assert_eq!(read(text), None);
        let text = "1. Der subsidiäre Schutzstatus wird zuerkannt.\n\
                    2. Im Übrigen wird der Asylantrag abgelehnt.\n";
        assert_eq!(read(text), Some(AsylumOutcome::Unfounded));
        let text = "1. Abschiebungsverbote nach § 60 Abs. 5 AufenthG liegen vor.";
        assert_eq!(read(text), None);
    }

    /// A recognition with a rejected part ("im Übrigen abgelehnt") still has the 2-week
    /// lawsuit deadline for that part (§ 74 Abs. 1 AsylG): the shorter deadline wins, in either
    /// order of the lines.
    #[test]
    fn a_rejected_part_wins_over_the_recognition() {
        let text = "1. Der Antragstellerin wird die Flüchtlingseigenschaft zuerkannt.\n\
                    2. Im Übrigen wird der Antrag auf Asylanerkennung abgelehnt.\n";
        assert_eq!(read(text), Some(AsylumOutcome::Unfounded));
        let text = "1. Der Antrag auf Asylanerkennung wird abgelehnt.\n\
                    2. Der Antragstellerin wird die Flüchtlingseigenschaft zuerkannt.\n";
        assert_eq!(read(text), Some(AsylumOutcome::Unfounded));
    }

    /// "zurückgewiesen" rejects like "abgelehnt": with it, a recognised part must not hide the
    /// rejected part's 2-week lawsuit deadline (§ 74 Abs. 1 AsylG), and "offensichtlich
    /// unbegründet zurückgewiesen" keeps its 1 week (§ 36 Abs. 3 AsylG).
    #[test]
    fn zurueckgewiesen_is_a_rejection() {
        let text = "1. Der Antragstellerin wird die Flüchtlingseigenschaft zuerkannt.\n\
                    2. Im Übrigen wird der Asylantrag zurückgewiesen.\n";
        assert_eq!(read(text), Some(AsylumOutcome::Unfounded));
        let text = "1. Der Asylantrag wird als offensichtlich unbegründet zurückgewiesen.\n";
        assert_eq!(read(text), Some(AsylumOutcome::ManifestlyUnfounded));
        let text = "1. Der Antrag wird als unzulässig zurückgewiesen.\n";
        assert_eq!(read(text), Some(AsylumOutcome::Inadmissible));
        let text = "Der Asylantrag wird zurückgewiesen.";
        assert_eq!(read(text), Some(AsylumOutcome::Unfounded));
        let p = outcome(&Folded::new(text)).unwrap();
        assert_eq!(p.confidence, Confidence::Medium);
        let text = "1. Die Zuerkennung der Flüchtlingseigenschaft wird zurückgewiesen.";
        assert_ne!(read(text), Some(AsylumOutcome::RefugeeRecognised));
        let found = findings(&Folded::new(text));
        assert!(
            found
                .iter()
                .any(|f| f.value.protection == Protection::Refugee && !f.value.granted),
            "{found:?}"
        );
    }

    #[test]
    fn a_refused_status_is_no_recognition() {
        for text in [
            "Die Flüchtlingseigenschaft wird nicht zuerkannt.",
            "Der Antrag auf Anerkennung als Asylberechtigte wird nicht anerkannt.",
            "Die Zuerkennung der Flüchtlingseigenschaft wird abgelehnt.",
            "Ein Anspruch auf Anerkennung als Asylberechtigter besteht nicht.",
        ] {
            assert_ne!(read(text), Some(AsylumOutcome::RefugeeRecognised), "{text}");
        }
    }
}
