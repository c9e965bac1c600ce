//! Who wrote the letter, and which of the app's document types it is, from the words it uses.
//!
//! Each clue is a folded phrase with a weight; a clue in the letterhead (the first lines) counts
//! double, because a BAMF decision names the Ausländerbehörde in its body and a Jobcenter letter
//! names the Agentur für Arbeit. The best score wins; it is certain only when it is strong and
//! well ahead of the next.

use ordner_core::content::{ContactType, DocType};

use crate::fold::{Folded, fold};
use crate::{Confidence, Proposal};

/// Who sent the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sender {
    Bamf,
    Auslaenderbehoerde,
    Jobcenter,
    AgenturFuerArbeit,
    Sozialamt,
    Familienkasse,
    Krankenkasse,
    School,
    Kita,
    Landlord,
    Buergeramt,
    Lawyer,
    Court,
}

impl Sender {
    pub const ALL: [Sender; 13] = [
        Sender::Bamf,
        Sender::Auslaenderbehoerde,
        Sender::Jobcenter,
        Sender::AgenturFuerArbeit,
        Sender::Sozialamt,
        Sender::Familienkasse,
        Sender::Krankenkasse,
        Sender::School,
        Sender::Kita,
        Sender::Landlord,
        Sender::Buergeramt,
        Sender::Lawyer,
        Sender::Court,
    ];

    /// Stable key (the contact type's key where there is one).
    pub fn key(self) -> &'static str {
        match self {
            Sender::Bamf => "bamf",
            Sender::Auslaenderbehoerde => "auslaenderbehoerde",
            Sender::Jobcenter => "jobcenter",
            Sender::AgenturFuerArbeit => "agentur-fuer-arbeit",
            Sender::Sozialamt => "sozialamt",
            Sender::Familienkasse => "familienkasse",
            Sender::Krankenkasse => "krankenkasse",
            Sender::School => "school",
            Sender::Kita => "kita",
            Sender::Landlord => "landlord",
            Sender::Buergeramt => "buergeramt",
            Sender::Lawyer => "rechtsanwalt",
            Sender::Court => "court",
        }
    }

    pub fn by_key(key: &str) -> Option<Sender> {
        Sender::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Message id of its name: `letter-sender-<key>`.
    pub fn name_id(self) -> String {
        format!("letter-sender-{}", self.key())
    }

    /// The contact type of the town's address book for this sender, if there is one.
    pub fn contact_type(self) -> Option<&'static ContactType> {
        match self {
            Sender::School | Sender::Kita => ContactType::by_key("kita-schulamt"),
            other => ContactType::by_key(other.key()),
        }
    }
}

/// A clue: a folded phrase, whether it must stand as whole words, and its weight.
struct Clue<T> {
    what: T,
    phrase: &'static str,
    whole_word: bool,
    weight: u32,
}

const fn c<T>(what: T, phrase: &'static str, weight: u32) -> Clue<T> {
    Clue {
        what,
        phrase,
        whole_word: false,
        weight,
    }
}

const fn w<T>(what: T, phrase: &'static str, weight: u32) -> Clue<T> {
    Clue {
        what,
        phrase,
        whole_word: true,
        weight,
    }
}

use Sender as S;

const SENDER_CLUES: &[Clue<Sender>] = &[
    c(S::Bamf, "bundesamt fur migration und fluchtlinge", 10),
    c(S::Bamf, "bundesamt fur migration", 8),
    w(S::Bamf, "bamf", 8),
    c(S::Bamf, "asylantrag", 2),
    c(S::Bamf, "asylverfahren", 2),
    c(S::Bamf, "anhorung", 1),
    c(S::Auslaenderbehoerde, "auslanderbehorde", 8),
    c(S::Auslaenderbehoerde, "auslanderamt", 8),
    c(S::Auslaenderbehoerde, "auslanderwesen", 6),
    c(S::Auslaenderbehoerde, "zuwanderungsbehorde", 8),
    c(S::Auslaenderbehoerde, "aufenthaltsgesetz", 1),
    w(S::Jobcenter, "jobcenter", 10),
    c(S::Jobcenter, "burgergeld", 4),
    c(S::Jobcenter, "sgb ii", 2),
    c(S::Jobcenter, "zweites buch sozialgesetzbuch", 2),
    c(S::AgenturFuerArbeit, "agentur fur arbeit", 6),
    c(S::AgenturFuerArbeit, "arbeitsagentur", 6),
    c(S::AgenturFuerArbeit, "arbeitslosengeld", 2),
    c(S::Sozialamt, "sozialamt", 10),
    c(S::Sozialamt, "amt fur soziales", 8),
    c(S::Sozialamt, "sozialbehorde", 8),
    c(S::Sozialamt, "asylbewerberleistungsgesetz", 4),
    w(S::Sozialamt, "asylblg", 4),
    c(S::Familienkasse, "familienkasse", 10),
    c(S::Familienkasse, "kindergeld", 3),
    c(S::Krankenkasse, "krankenkasse", 8),
    w(S::Krankenkasse, "aok", 8),
    w(S::Krankenkasse, "barmer", 8),
    w(S::Krankenkasse, "dak-gesundheit", 8),
    w(S::Krankenkasse, "ikk", 6),
    w(S::Krankenkasse, "bkk", 6),
    c(S::Krankenkasse, "versichertenkarte", 2),
    c(S::Krankenkasse, "gesundheitskarte", 2),
    c(S::School, "grundschule", 8),
    c(S::School, "oberschule", 8),
    c(S::School, "gymnasium", 8),
    c(S::School, "gesamtschule", 8),
    c(S::School, "schulleitung", 6),
    c(S::School, "schulpflicht", 3),
    c(S::School, "klassenlehrer", 4),
    w(S::Kita, "kita", 8),
    c(S::Kita, "kindertagesstatte", 8),
    c(S::Kita, "kindergarten", 6),
    c(S::Kita, "kindertagespflege", 6),
    c(S::Kita, "betreuungsvertrag", 3),
    c(S::Landlord, "hausverwaltung", 8),
    c(S::Landlord, "vermieter", 6),
    c(S::Landlord, "wohnungsbau", 6),
    c(S::Landlord, "wohnungsgenossenschaft", 8),
    c(S::Landlord, "wohnungsgesellschaft", 8),
    c(S::Landlord, "mietvertrag", 3),
    c(S::Landlord, "nebenkosten", 3),
    c(S::Landlord, "mieter", 1),
    c(S::Buergeramt, "burgeramt", 8),
    c(S::Buergeramt, "burgerburo", 8),
    c(S::Buergeramt, "meldebehorde", 8),
    c(S::Buergeramt, "einwohnermeldeamt", 8),
    c(S::Lawyer, "rechtsanwalt", 6),
    c(S::Lawyer, "kanzlei", 6),
    c(S::Court, "verwaltungsgericht", 8),
    c(S::Court, "sozialgericht", 8),
    c(S::Court, "amtsgericht", 8),
];

const DOC_CLUES: &[Clue<&str>] = &[
    c("ankunftsnachweis", "ankunftsnachweis", 10),
    c("aufenthaltsgestattung", "aufenthaltsgestattung", 6),
    c(
        "aufenthaltsgestattung",
        "bescheinigung uber die aufenthaltsgestattung",
        10,
    ),
    c("aufenthaltserlaubnis", "aufenthaltserlaubnis", 6),
    c("aufenthaltserlaubnis", "aufenthaltstitel", 4),
    c("duldung", "duldung", 6),
    c("duldung", "aussetzung der abschiebung", 8),
    c("fiktionsbescheinigung", "fiktionsbescheinigung", 12),
    c("fiktionsbescheinigung", "81 abs. 4", 4),
    c("bamf-einladung", "einladung", 4),
    c("bamf-einladung", "ladung", 3),
    c("bamf-einladung", "termin", 3),
    c("bamf-anhoerung", "niederschrift", 6),
    c("bamf-anhoerung", "protokoll der anhorung", 8),
    c("bamf-bescheid", "bescheid", 4),
    c("bamf-bescheid", "entscheidung", 3),
    c("bamf-bescheid", "wird abgelehnt", 6),
    c("bamf-bescheid", "wird zuruckgewiesen", 6),
    c("bamf-bescheid", "zuerkannt", 4),
    c("bamf-bescheid", "abschiebungsandrohung", 6),
    c("bamf-bescheid", "rechtsbehelfsbelehrung", 3),
    c("sozialamt-bescheid", "bescheid", 4),
    c("sozialamt-bescheid", "asylbewerberleistungsgesetz", 5),
    c("sozialamt-bescheid", "leistungen", 2),
    c("sozialamt-bescheid", "widerspruch", 2),
    c("bezahlkarte", "bezahlkarte", 10),
    c("jobcenter-bescheid", "bescheid", 4),
    c("jobcenter-bescheid", "burgergeld", 5),
    c("jobcenter-bescheid", "bewilligung", 3),
    c("jobcenter-bescheid", "widerspruch", 2),
    c("steuer-id", "steuerliche identifikationsnummer", 10),
    c("steuer-id", "identifikationsnummer", 5),
    c("rundfunkbeitrag-befreiung", "rundfunkbeitrag", 6),
    c("rundfunkbeitrag-befreiung", "befreiung", 3),
    c("meldebescheinigung", "meldebescheinigung", 10),
    c("meldebescheinigung", "bescheinigung uber die anmeldung", 8),
    c("wohnungsgeberbestaetigung", "wohnungsgeberbestatigung", 12),
    c(
        "wohnungsgeberbestaetigung",
        "bestatigung des wohnungsgebers",
        12,
    ),
    c("mietvertrag", "mietvertrag", 8),
    c("mietvertrag", "vermieter", 2),
    c("wohnberechtigungsschein", "wohnberechtigungsschein", 12),
    c(
        "integrationskurs-berechtigung",
        "berechtigung zur teilnahme",
        8,
    ),
    c("integrationskurs-berechtigung", "integrationskurs", 4),
    c("kurs-anmeldung", "anmeldebestatigung", 4),
    c("teilnahmebestaetigung", "teilnahmebestatigung", 8),
    c("sprachzertifikat", "zertifikat", 4),
    c("leben-in-deutschland", "leben in deutschland", 8),
    c("kita-anmeldung", "betreuungsvertrag", 6),
    c("kita-anmeldung", "betreuungsplatz", 6),
    c("kita-anmeldung", "kitaplatz", 6),
    c("kita-anmeldung", "anmeldung", 2),
    c("schulanmeldung", "schulanmeldung", 10),
    c("schulanmeldung", "einschulung", 6),
    c("schulanmeldung", "anmeldung", 2),
    c("kindergeld-bescheid", "kindergeld", 6),
    c("kindergeld-bescheid", "bescheid", 3),
    c("kindergeld-bescheid", "einspruch", 2),
    c("beschaeftigungserlaubnis", "beschaftigungserlaubnis", 10),
    c("beschaeftigungserlaubnis", "beschaftigung gestattet", 8),
    c("arbeitsvertrag", "arbeitsvertrag", 10),
    c("lohnabrechnung", "lohnabrechnung", 10),
    c("lohnabrechnung", "gehaltsabrechnung", 10),
    c("anerkennungsbescheid", "anerkennung", 3),
    c("anerkennungsbescheid", "gleichwertigkeit", 6),
    c("ausbildungsvertrag", "ausbildungsvertrag", 10),
    c("gesundheitskarte", "gesundheitskarte", 6),
    c("gesundheitskarte", "versichertenkarte", 6),
    c("behandlungsschein", "behandlungsschein", 10),
    c("behandlungsschein", "krankenschein", 8),
    c("arztbrief", "arztbrief", 8),
    c("arztbrief", "diagnose", 4),
    c("krankmeldung", "arbeitsunfahigkeit", 8),
    c("vollmacht", "vollmacht", 8),
    c("anwaltsschreiben", "mandant", 5),
    c("anwaltsschreiben", "rechtsanwalt", 3),
    c("geburtsurkunde", "geburtsurkunde", 10),
    c("heiratsurkunde", "eheurkunde", 10),
    c("heiratsurkunde", "heiratsurkunde", 10),
];

/// Document types each sender usually writes, and a bonus for them.
fn sender_fits(sender: Sender, doc_type: &str) -> bool {
    match sender {
        Sender::Bamf => doc_type.starts_with("bamf-") || doc_type == "ankunftsnachweis",
        Sender::Auslaenderbehoerde => matches!(
            doc_type,
            "aufenthaltsgestattung"
                | "aufenthaltserlaubnis"
                | "duldung"
                | "fiktionsbescheinigung"
                | "beschaeftigungserlaubnis"
        ),
        Sender::Jobcenter => doc_type == "jobcenter-bescheid",
        Sender::Sozialamt => matches!(
            doc_type,
            "sozialamt-bescheid" | "bezahlkarte" | "behandlungsschein"
        ),
        Sender::Familienkasse => doc_type == "kindergeld-bescheid",
        Sender::Krankenkasse => doc_type == "gesundheitskarte",
        Sender::School => doc_type == "schulanmeldung",
        Sender::Kita => doc_type == "kita-anmeldung",
        Sender::Landlord => matches!(doc_type, "mietvertrag" | "wohnungsgeberbestaetigung"),
        Sender::Buergeramt => doc_type == "meldebescheinigung",
        Sender::Lawyer => doc_type == "anwaltsschreiben",
        Sender::AgenturFuerArbeit | Sender::Court => false,
    }
}

/// Sender-specific types need their sender: a Bescheid is a BAMF decision only when the BAMF wrote it.
fn needs_sender(doc_type: &str) -> Option<Sender> {
    match doc_type {
        "bamf-einladung" | "bamf-anhoerung" | "bamf-bescheid" => Some(Sender::Bamf),
        "sozialamt-bescheid" => Some(Sender::Sozialamt),
        "jobcenter-bescheid" => Some(Sender::Jobcenter),
        "kindergeld-bescheid" => Some(Sender::Familienkasse),
        "kita-anmeldung" => Some(Sender::Kita),
        "schulanmeldung" => Some(Sender::School),
        _ => None,
    }
}

/// The letterhead: the first eighth of the text, at least 200 characters.
fn head_len(folded: &Folded) -> usize {
    (folded.len() / 8).max(200)
}

struct Scored<T> {
    what: T,
    score: u32,
    first: Option<std::ops::Range<usize>>,
}

fn score<T: Copy + PartialEq>(folded: &Folded, clues: &[Clue<T>]) -> Vec<Scored<T>> {
    let head = head_len(folded);
    let mut out: Vec<Scored<T>> = Vec::new();
    for clue in clues {
        let needle = fold(clue.phrase);
        let hits = if clue.whole_word {
            folded.find_words(&needle)
        } else {
            folded.find_all(&needle)
        };
        if hits.is_empty() {
            continue;
        }
        // The first hit counts fully (double in the letterhead), repeats add one each, at most 3.
        let in_head = hits[0].start < head;
        let points = clue.weight * if in_head { 2 } else { 1 }
            + u32::try_from(hits.len().min(4) - 1).unwrap_or(0);
        let slot = match out.iter().position(|s| s.what == clue.what) {
            Some(i) => &mut out[i],
            None => {
                out.push(Scored {
                    what: clue.what,
                    score: 0,
                    first: None,
                });
                let last = out.len() - 1;
                &mut out[last]
            }
        };
        slot.score += points;
        // The span shown is the strongest clue's first hit.
        if slot.first.is_none() || clue.weight >= 6 {
            slot.first.get_or_insert(hits[0].clone());
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.score));
    out
}

fn confidence(best: u32, second: u32, strong: u32) -> Confidence {
    if best >= strong && best >= second * 2 {
        Confidence::High
    } else if best >= strong / 2 && best > second {
        Confidence::Medium
    } else {
        Confidence::Low
    }
}

/// The sender, if any clue was found.
pub fn sender(folded: &Folded) -> Option<Proposal<Sender>> {
    let scored = score(folded, SENDER_CLUES);
    let best = scored.first()?;
    let second = scored.get(1).map_or(0, |s| s.score);
    Some(Proposal {
        value: best.what,
        confidence: confidence(best.score, second, 12),
        span: folded.span(best.first.clone().unwrap_or(0..0)),
    })
}

/// The document type, given the sender proposed and whether an appointment (`am … um … Uhr`)
/// was found; `None` when nothing fits (the person picks).
pub fn doc_type(
    folded: &Folded,
    sender: Option<&Proposal<Sender>>,
    has_appointment: bool,
) -> Option<Proposal<&'static DocType>> {
    let mut scored = score(folded, DOC_CLUES);
    for s in &mut scored {
        if let Some(need) = needs_sender(s.what)
            && sender.map(|p| p.value) != Some(need)
        {
            s.score = 0;
            continue;
        }
        if let Some(p) = sender
            && sender_fits(p.value, s.what)
        {
            s.score += if p.confidence == Confidence::High {
                8
            } else {
                4
            };
        }
        // A BAMF letter that invites to the hearing names the decision to come; its appointment
        // line settles what it is.
        if has_appointment && s.what == "bamf-einladung" {
            s.score += 8;
        }
    }
    scored.retain(|s| s.score > 0);
    scored.sort_by_key(|s| std::cmp::Reverse(s.score));
    let best = scored.first()?;
    let second = scored.get(1).map_or(0, |s| s.score);
    Some(Proposal {
        value: DocType::by_key(best.what)?,
        confidence: confidence(best.score, second, 14),
        span: folded.span(best.first.clone().unwrap_or(0..0)),
    })
}
