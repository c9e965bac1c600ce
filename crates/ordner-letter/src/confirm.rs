//! Turning the proposals the person ticked into the document's form fields. Nothing is taken
//! that was not ticked; the date of service (or receipt) is what the person typed, never the
//! letter's own date.

use ordner_core::date::Date;
use ordner_core::document::DocumentForm;

use crate::Reading;

/// Which proposals the person ticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Choices {
    pub sender: bool,
    pub doc_type: bool,
    pub valid_until: bool,
    pub appointment: bool,
    pub outcome: bool,
}

impl Choices {
    /// The proposals ticked before the person looks: only those read with high confidence.
    pub fn preselected(reading: &Reading) -> Choices {
        Choices {
            sender: reading.sender.as_ref().is_some_and(|p| p.is_confident()),
            doc_type: reading.doc_type.as_ref().is_some_and(|p| p.is_confident()),
            valid_until: reading
                .valid_until
                .as_ref()
                .is_some_and(|p| p.is_confident()),
            appointment: reading
                .appointment
                .as_ref()
                .is_some_and(|p| p.is_confident()),
            // The outcome decides between a 1-week and a 2-week deadline: always the person's tick.
            outcome: false,
        }
    }
}

/// Writes the ticked proposals and the typed date of service into `form`. `sender_name` is the
/// sender's German name (from the app's messages). An appointment's time and place, which the
/// document has no field for, are added to the notes once.
pub fn fill_form(
    form: &mut DocumentForm,
    reading: &Reading,
    choices: Choices,
    sender_name: Option<&str>,
    served: Option<Date>,
) {
    if choices.doc_type
        && let Some(p) = &reading.doc_type
    {
        form.doc_type = p.value.key.to_owned();
    }
    if choices.sender
        && let Some(name) = sender_name
    {
        form.issuer = name.to_owned();
    }
    if choices.valid_until
        && let Some(p) = &reading.valid_until
    {
        form.valid_until = p.value.to_iso();
    }
    if choices.appointment
        && let Some(p) = &reading.appointment
    {
        form.appointment = p.value.date.to_iso();
        let mut line = format!("Termin: {}", p.value.date.to_german());
        if let Some(t) = p.value.time {
            line.push_str(&format!(", {t} Uhr"));
        }
        if let Some(place) = &p.value.place {
            line.push_str(&format!(", {}", place.value));
        }
        if !form.notes.contains(&line) {
            if !form.notes.trim().is_empty() {
                form.notes.push('\n');
            }
            form.notes.push_str(&line);
        }
    }
    if choices.outcome
        && let Some(p) = &reading.outcome
    {
        form.outcome = p.value.key().to_owned();
    }
    if let Some(d) = served {
        form.received = d.to_iso();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_letter;
    use ordner_core::document::Document;

    const INVITATION: &str = "Bundesamt für Migration und Flüchtlinge\nDatum: 20.01.2026\n\
        Ladung zur Anhörung\nIhre Anhörung findet am 10.02.2026 um 8:30 Uhr in der Außenstelle \
        Chemnitz, Zimmer 1.23 statt.\n";

    #[test]
    fn only_ticked_proposals_are_taken() {
        let reading = read_letter(INVITATION);
        let mut form = DocumentForm {
            doc_type: "sonstiges".into(),
            notes: "meine Notiz".into(),
            ..DocumentForm::default()
        };
        fill_form(&mut form, &reading, Choices::default(), Some("BAMF"), None);
        assert_eq!(form.doc_type, "sonstiges");
        assert!(form.appointment.is_empty() && form.issuer.is_empty() && form.received.is_empty());

        let choices = Choices::preselected(&reading);
        assert!(choices.doc_type && choices.sender && choices.appointment && !choices.outcome);
        let served = Date::parse_iso("2026-01-23").ok();
        fill_form(&mut form, &reading, choices, Some("BAMF"), served);
        fill_form(&mut form, &reading, choices, Some("BAMF"), served);
        assert_eq!(form.doc_type, "bamf-einladung");
        assert_eq!(form.issuer, "BAMF");
        assert_eq!(form.appointment, "2026-02-10");
        assert_eq!(
            form.received, "2026-01-23",
            "the typed date, not the letter's"
        );
        assert_eq!(
            form.notes,
            "meine Notiz\nTermin: 10.02.2026, 08:30 Uhr, in der Außenstelle Chemnitz, Zimmer 1.23"
        );
        // The form then checks and fills the document as the editor does.
        let mut doc = Document {
            id: "d1".into(),
            doc_type: "sonstiges".into(),
            tab: ordner_core::TabId::Documents,
            title: String::new(),
            issuer: String::new(),
            received: None,
            valid_until: None,
            moved_in: None,
            appointment: None,
            letter_date: None,
            outcome: None,
            notes: String::new(),
            pages: Vec::new(),
            created_ms: 1,
            updated_ms: 1,
        };
        form.apply(&mut doc, 1).unwrap();
        assert_eq!(doc.appointment, Date::parse_iso("2026-02-10").ok());
        assert_eq!(
            doc.tab,
            ordner_core::TabId::Arrival,
            "a changed type moves to its tab"
        );
    }
}
