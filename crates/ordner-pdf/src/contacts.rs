//! Town contacts as the printouts show them (#13 §10, §11): the opening hours with "by
//! appointment only", and how old the facts are. The blank folder draws them in its contact
//! boxes; the consultation printout lists the few contacts an advisor needs.

use ordner_core::TabId;
use ordner_core::content::{
    CONTACT_BY_APPOINTMENT_ID, CONTACT_FACTS_AS_OF_ID, CONTACT_FACTS_UNKNOWN_ID, Contact,
    ContactField, Content, Origin,
};
use ordner_core::i18n::Arg;

use crate::layout::{Flow, GREY, Sides};
use crate::text::TextStyle;

/// At most this many contacts in the consultation printout: the ones the appointments name
/// always, then the town's offices of the tabs in use, one per tab first.
pub const MAX_CONSULT_CONTACTS: usize = 6;

/// An address as written in a pack (which may break lines) on one line: "Friedensplatz 7,
/// 44135 Dortmund".
pub(crate) fn one_line(address: &str) -> String {
    address
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The opening hours of a contact with "by appointment only": the German line, and the line in
/// the person's language (`None` only when both sides are German; the whole result is `None`
/// without hours and without the flag). Hours the town wrote only in German are printed once,
/// on the German side, left to right; the other side says "(only in German)" in its language
/// (the rule of every untranslated pack text, [`Sides::local`]), never the German hours set in
/// its direction.
pub(crate) fn hours_lines(c: &Contact, sides: &Sides<'_>) -> Option<(String, Option<String>)> {
    let (by_de, by_other) = sides.msg(CONTACT_BY_APPOINTMENT_ID);
    let line = |hours: Option<&str>, by: &str| {
        let by = c.by_appointment.then_some(by);
        match (hours, by) {
            (Some(h), Some(b)) => Some(format!("{h} · {b}")),
            (Some(h), None) => Some(h.to_owned()),
            (None, Some(b)) => Some(b.to_owned()),
            (None, None) => None,
        }
    };
    let (hours_de, hours_other) = match &c.hours {
        Some(h) => {
            let (de, other) = sides.local(h);
            (Some(de), Some(other))
        }
        None => (None, None),
    };
    let de = line(hours_de.as_deref(), &by_de)?;
    let other = if sides.same() {
        None
    } else {
        line(hours_other.as_deref(), &by_other)
    };
    Some((de, other))
}

/// How old a town's facts about a contact are, in both languages ("Angaben von 2022", or that
/// it is not known). `None` for the default content's blank entries, which hold no facts.
pub(crate) fn facts_age(c: &Contact, sides: &Sides<'_>) -> Option<(String, String)> {
    if c.origin == Origin::Default {
        return None;
    }
    Some(match c.facts_year() {
        Some(year) => sides.msg_args(CONTACT_FACTS_AS_OF_ID, &[("year", Arg::Str(year))]),
        None => sides.msg(CONTACT_FACTS_UNKNOWN_ID),
    })
}

/// The contacts of the consultation printout, in order: those the chosen appointments name
/// (`named`, contact keys), then the town's offices listed behind the tabs in use (`tabs`, in
/// folder order), first one per tab, then more while there is room; at most
/// [`MAX_CONSULT_CONTACTS`]. Blank entries (no town data) are left out, so without a town pack
/// the list is empty.
pub fn consult_contacts<'c>(
    content: &'c Content,
    named: &[String],
    tabs: &[TabId],
) -> Vec<&'c Contact> {
    let mut out: Vec<&Contact> = Vec::new();
    let push = |out: &mut Vec<&'c Contact>, c: &'c Contact| {
        if !c.is_blank() && !out.iter().any(|o| o.key == c.key) {
            out.push(c);
        }
    };
    for key in named {
        if let Some(c) = content.contact(key) {
            push(&mut out, c);
        }
    }
    let mut tabs: Vec<TabId> = tabs.to_vec();
    tabs.sort_by_key(|t| *t as usize);
    tabs.dedup();
    let town = |tab: TabId| {
        content
            .tab(tab)
            .contacts
            .iter()
            .filter(|c| c.origin != Origin::Default && !c.is_blank())
    };
    // One per tab first, so that every tab in use gets its office.
    for tab in &tabs {
        if let Some(c) = town(*tab).find(|c| !out.iter().any(|o| o.key == c.key)) {
            push(&mut out, c);
        }
    }
    for tab in &tabs {
        for c in town(*tab) {
            push(&mut out, c);
        }
    }
    // The named ones always stay; the rest is cut to the limit.
    let keep = MAX_CONSULT_CONTACTS.max(named.len());
    out.truncate(keep);
    out
}

/// Draws the consultation printout's contacts: per contact its name, address and phone (as
/// written, German), the opening hours in both languages, and how old the facts are.
pub(crate) fn consult_section(flow: &mut Flow<'_, '_>, sides: &Sides<'_>, contacts: &[&Contact]) {
    if contacts.is_empty() {
        return;
    }
    let (h_de, h_other) = sides.msg("tab-section-contacts");
    flow.heading(sides, (&h_de, &h_other), 13.0);
    let body = TextStyle::regular(9.5);
    let small = TextStyle::regular(8.0).with_color(GREY);
    for c in contacts {
        flow.ensure(60.0);
        let (type_de, type_other) = match c.type_name_id() {
            Some(id) => sides.msg(&id),
            None => sides.msg("pdf-contact-blank"),
        };
        flow.pair(sides, (&type_de, &type_other), &TextStyle::bold(9.5));
        // What is written on the door and the letters: German, left to right.
        let mut name: Vec<&str> = Vec::new();
        name.extend(c.organisation.as_deref());
        name.extend(c.department.as_deref());
        let mut lines: Vec<String> = Vec::new();
        if !name.is_empty() {
            lines.push(name.join(", "));
        }
        if let Some(a) = &c.address {
            lines.push(one_line(a));
        }
        let mut reach: Vec<String> = Vec::new();
        for (field, value) in [
            (ContactField::Phone, &c.phone),
            (ContactField::Email, &c.email),
        ] {
            if let Some(v) = value {
                reach.push(format!("{}: {v}", sides.de.msg(&field.label_id())));
            }
        }
        if !reach.is_empty() {
            lines.push(reach.join(" · "));
        }
        for line in &lines {
            flow.full(line, &sides.de_lang, &body);
        }
        // The hours in each language on its own side and in its direction.
        if let Some((de, other)) = hours_lines(c, sides) {
            // Both sides German: `pair` prints the German line once.
            let other = other.unwrap_or_else(|| de.clone());
            flow.pair(sides, (&de, &other), &body);
        }
        if let Some((de, other)) = facts_age(c, sides) {
            flow.pair(sides, (&de, &other), &small);
        }
        flow.gap(7.0);
    }
    flow.gap(6.0);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> Content {
        let text = "format = 2\nkey = \"teststadt\"\ntown = \"Teststadt\"\n\n\
            [[contacts]]\nkey = \"auslaenderbehoerde\"\norganisation = \"ABH Teststadt\"\n\
            hours.de = \"Mo 8–12 Uhr\"\nby_appointment = true\nfacts_as_of = \"2022-02-25\"\n\n\
            [[contacts]]\nkey = \"jobcenter\"\norganisation = \"Jobcenter Teststadt\"\n\n\
            [[contacts]]\nkey = \"beratung-a\"\ntabs = [\"advice\"]\norganisation = \"A\"\n\n\
            [[contacts]]\nkey = \"beratung-b\"\ntabs = [\"advice\"]\norganisation = \"B\"\n";
        Content::default_germany()
            .load_pack("teststadt.toml", text.as_bytes())
            .unwrap()
            .0
    }

    fn keys(list: &[&Contact]) -> Vec<String> {
        list.iter().map(|c| c.key.clone()).collect()
    }

    #[test]
    fn no_town_pack_no_contacts() {
        let c = Content::default_germany();
        let tabs: Vec<TabId> = TabId::ALL.to_vec();
        assert!(consult_contacts(&c, &["auslaenderbehoerde".into()], &tabs).is_empty());
    }

    #[test]
    fn named_contacts_first_then_one_per_tab() {
        let c = content();
        let tab_of = |key: &str| c.contact_tabs(key)[0];
        let abh_tab = tab_of("auslaenderbehoerde");
        let job_tab = tab_of("jobcenter");
        let got = consult_contacts(
            &c,
            &["jobcenter".into(), "gone".into()],
            &[TabId::Advice, abh_tab, job_tab],
        );
        let got = keys(&got);
        assert_eq!(got[0], "jobcenter");
        assert!(got.contains(&"auslaenderbehoerde".to_owned()), "{got:?}");
        assert!(got.contains(&"beratung-a".to_owned()), "{got:?}");
        assert!(got.len() <= MAX_CONSULT_CONTACTS);
        // No duplicates although a contact is in two lists.
        let mut d = got.clone();
        d.dedup();
        assert_eq!(d.len(), got.len());
    }

    #[test]
    fn tabs_not_in_use_add_nothing() {
        let c = content();
        let got = consult_contacts(&c, &[], &[TabId::Advice]);
        assert_eq!(keys(&got), ["beratung-a", "beratung-b"]);
    }
}
