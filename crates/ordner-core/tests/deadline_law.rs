//! The deadline rules, one test per rule, named after the law they follow (`sec_74_asylg_…` is
//! § 74 AsylG). Each test reads like the law: who served what on which day, and the last day the
//! app shows. Besides: every rule has a source, `docs/legal-sources.md` lists it, every deadline
//! text ends with "not legal advice", and where the facts are unknown the app shows the
//! shortest deadline.
//!
//! Days of the week are written beside the dates so the counting can be checked by hand.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::path::Path;

use ordner_core::content::{
    AsylumOutcome, DOC_TYPES, DeadlineRule, DocType, INSTRUCTIONS_MISSING_LAW, NOT_LEGAL_ADVICE_ID,
    RULES_CHECKED,
};
use ordner_core::date::Date;
use ordner_core::deadline::{
    Deadline, DeadlineKind, DeadlineNote, DocumentDates, MissingDate, Severity, deadlines_for,
    missing_date,
};

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn paper(doc_type: &str) -> DocumentDates {
    DocumentDates {
        doc_id: "p1".into(),
        doc_type: doc_type.into(),
        ..DocumentDates::default()
    }
}

fn served(doc_type: &str, day: &str, outcome: Option<AsylumOutcome>) -> Vec<Deadline> {
    let mut p = paper(doc_type);
    p.received = Some(d(day));
    p.outcome = outcome;
    deadlines_for(&p).unwrap()
}

/// `(kind, last day)` of each deadline, in date order.
fn days(list: &[Deadline]) -> Vec<(&'static str, String)> {
    list.iter()
        .map(|x| (x.kind.key(), x.date.to_iso()))
        .collect()
}

fn want(pairs: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    pairs.iter().map(|(k, v)| (*k, (*v).to_owned())).collect()
}

fn repo_file(path: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(path),
    )
    .unwrap()
}

// ---------------------------------------------------------------------------------------------
// Every rule has its law, and the list in docs/legal-sources.md matches the code.

#[test]
fn every_rule_and_every_outcome_cites_its_law_and_is_listed_in_docs_legal_sources() {
    let doc = repo_file("docs/legal-sources.md");
    let row = |key: &str| {
        doc.lines()
            .find(|l| l.starts_with(&format!("| `{key}` |")))
            .unwrap_or_else(|| panic!("docs/legal-sources.md has no row for `{key}`"))
            .to_owned()
    };
    let mut sources = Vec::new();
    for rule in DeadlineRule::ALL {
        sources.push((rule.key(), rule.source()));
    }
    for outcome in AsylumOutcome::ALL {
        sources.push((outcome.key(), outcome.source()));
    }
    for (key, source) in sources {
        assert!(
            source.law.contains('§'),
            "{key}: `{}` cites no §",
            source.law
        );
        assert_eq!(source.checked, RULES_CHECKED, "{key}");
        Date::parse_iso(source.checked).unwrap();
        let line = row(key);
        assert!(
            line.contains(&format!("| {} |", source.law)),
            "docs/legal-sources.md row of `{key}` does not cite `{}`: {line}",
            source.law
        );
        assert!(line.contains(source.checked), "{key}: {line}");
    }
    assert!(doc.contains(INSTRUCTIONS_MISSING_LAW.law));
}

#[test]
fn every_deadline_a_paper_starts_carries_its_law() {
    for t in DOC_TYPES {
        let Some(rule) = t.deadline else { continue };
        let mut p = paper(t.key);
        p.received = Some(d("2026-11-02"));
        p.valid_until = Some(d("2027-06-30"));
        p.moved_in = Some(d("2026-11-02"));
        p.appointment = Some(d("2026-12-01"));
        let list = deadlines_for(&p).unwrap();
        assert!(!list.is_empty(), "{}: no deadline", t.key);
        for x in &list {
            let law = x
                .law
                .unwrap_or_else(|| panic!("{}: {:?} has no law", t.key, x.kind));
            assert!(law.law.contains('§'), "{}", t.key);
            if rule != DeadlineRule::AsylumDecision {
                assert_eq!(law, rule.source(), "{}", t.key);
            }
        }
    }
}

#[test]
fn every_deadline_text_ends_with_not_legal_advice() {
    let german = repo_file("locales/de/doctypes.ftl");
    let reminder = format!("{{ {NOT_LEGAL_ADVICE_ID} }}");
    let mut ids: Vec<String> = DeadlineRule::ALL.iter().map(|r| r.message_id()).collect();
    ids.extend(AsylumOutcome::ALL.iter().map(|o| o.message_id()));
    ids.push(ordner_core::content::PERSONAL_APPOINTMENT_MESSAGE_ID.to_owned());
    for id in ids {
        let line = german
            .lines()
            .find(|l| l.starts_with(&format!("{id} = ")))
            .unwrap_or_else(|| panic!("`{id}` missing in German"));
        assert!(line.trim_end().ends_with(&reminder), "{line}");
    }
}

// ---------------------------------------------------------------------------------------------
// § 74 AsylG: the lawsuit against a BAMF decision.

#[test]
fn sec_74_abs_1_asylg_unfounded_lawsuit_within_2_weeks_of_service() {
    // Served Monday 2 November 2026 → lawsuit by Monday 16 November.
    let got = served(
        "bamf-bescheid",
        "2026-11-02",
        Some(AsylumOutcome::Unfounded),
    );
    assert_eq!(days(&got), want(&[("lawsuit", "2026-11-16")]));
    assert_eq!(got[0].severity(), Severity::Court);
    assert_eq!(got[0].law.unwrap().law, "§ 74 Abs. 1 Halbsatz 1 AsylG");
    assert_eq!(got[0].message_id, "deadline-asylum-unfounded");
}

#[test]
fn sec_74_abs_1_and_sec_36_abs_3_asylg_manifestly_unfounded_lawsuit_and_urgent_application_within_1_week()
 {
    // Served Wednesday 4 November 2026 → both by Wednesday 11 November.
    let got = served(
        "bamf-bescheid",
        "2026-11-04",
        Some(AsylumOutcome::ManifestlyUnfounded),
    );
    assert_eq!(
        days(&got),
        want(&[
            ("lawsuit", "2026-11-11"),
            ("urgent-application", "2026-11-11")
        ])
    );
    assert!(
        got.iter()
            .all(|x| x.law.unwrap().law.contains("§ 36 Abs. 3 Satz 1"))
    );
}

#[test]
fn sec_34a_abs_2_and_sec_36_abs_3_asylg_inadmissible_lawsuit_and_urgent_application_within_1_week()
{
    let got = served(
        "bamf-bescheid",
        "2026-11-04",
        Some(AsylumOutcome::Inadmissible),
    );
    assert_eq!(
        days(&got),
        want(&[
            ("lawsuit", "2026-11-11"),
            ("urgent-application", "2026-11-11")
        ])
    );
    assert!(
        got.iter()
            .all(|x| x.law.unwrap().law.contains("§ 34a Abs. 2"))
    );
}

#[test]
fn sec_58_abs_2_vwgo_missing_instructions_never_hide_the_1_week_deadline() {
    // "The Rechtsbehelfsbelehrung is missing or wrong": a layperson cannot judge that, so the
    // app still shows lawsuit and urgent application within 1 week, and names the 1 year of
    // § 58 Abs. 2 VwGO only in a note that a lawyer must check it.
    let got = served(
        "bamf-bescheid",
        "2026-03-10", // Tuesday
        Some(AsylumOutcome::NoLegalRemedyInstructions),
    );
    assert_eq!(
        days(&got),
        want(&[
            ("lawsuit", "2026-03-17"),
            ("urgent-application", "2026-03-17")
        ])
    );
    for x in &got {
        assert_eq!(x.notes, [DeadlineNote::InstructionsMissing]);
        assert_eq!(x.notes[0].law().unwrap().law, "§ 58 Abs. 2 VwGO");
        // The explanation is the general one of a BAMF decision, not a "1 year" text.
        assert_eq!(x.message_id, "deadline-asylum-decision");
    }
    // No date a year later anywhere.
    assert!(got.iter().all(|x| x.date < d("2026-04-01")));
}

#[test]
fn sec_74_asylg_unknown_outcome_shows_the_shortest_deadline() {
    let got = served("bamf-bescheid", "2026-11-04", None);
    assert_eq!(
        days(&got),
        want(&[
            ("lawsuit", "2026-11-11"),
            ("urgent-application", "2026-11-11")
        ])
    );
    assert!(
        got.iter()
            .all(|x| x.notes == [DeadlineNote::ShortestAssumed])
    );
    // Never later than any outcome's deadline.
    for outcome in AsylumOutcome::ALL {
        let known = served("bamf-bescheid", "2026-11-04", Some(outcome));
        assert!(known.iter().all(|k| got[0].date <= k.date), "{outcome:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// § 29 Abs. 2 Satz 2 Nr. 1 AufenthG: recognised as a refugee, family reunification within
// 3 months. The law counts from the day the recognition can no longer be challenged; the app
// counts from service (earlier) and does not move a weekend end (earlier again).

#[test]
fn sec_29_abs_2_satz_2_nr_1_aufenthg_recognised_refugee_family_reunification_within_3_months_of_service()
 {
    // Served Monday 2 November 2026 → Tuesday 2 February 2027; no lawsuit deadline.
    let got = served(
        "bamf-bescheid",
        "2026-11-02",
        Some(AsylumOutcome::RefugeeRecognised),
    );
    assert_eq!(days(&got), want(&[("family-reunification", "2027-02-02")]));
    assert_eq!(got[0].kind, DeadlineKind::FamilyReunification);
    assert_eq!(got[0].severity(), Severity::Legal);
    assert_eq!(got[0].law.unwrap().law, "§ 29 Abs. 2 Satz 2 Nr. 1 AufenthG");
    assert_eq!(got[0].message_id, "deadline-asylum-refugee-recognised");
    assert!(got[0].notes.is_empty());
}

#[test]
fn sec_29_abs_2_aufenthg_and_sec_188_abs_3_bgb_30_november_plus_3_months_ends_on_the_last_day_of_february_and_does_not_move()
 {
    // Served Monday 30 November 2026 + 3 months: February 2027 has no 30th → Sunday
    // 28 February, and it stays there (the shorter date).
    let got = served(
        "bamf-bescheid",
        "2026-11-30",
        Some(AsylumOutcome::RefugeeRecognised),
    );
    assert_eq!(days(&got), want(&[("family-reunification", "2027-02-28")]));
    assert!(got[0].notes.is_empty());
    // In the leap year 2028: served Tuesday 30 November 2027 → Tuesday 29 February 2028.
    let got = served(
        "bamf-bescheid",
        "2027-11-30",
        Some(AsylumOutcome::RefugeeRecognised),
    );
    assert_eq!(days(&got), want(&[("family-reunification", "2028-02-29")]));
}

// ---------------------------------------------------------------------------------------------
// § 193 BGB and § 222 Abs. 2 ZPO: a period ending on a weekend or holiday ends on the next
// working day (nationwide holidays only: in a Land with more holidays the end is earlier, never
// later).

#[test]
fn sec_193_bgb_a_period_ending_on_a_saturday_ends_on_monday() {
    // Served Saturday 7 November 2026 + 2 weeks = Saturday 21 November → Monday 23 November.
    let got = served(
        "bamf-bescheid",
        "2026-11-07",
        Some(AsylumOutcome::Unfounded),
    );
    assert_eq!(days(&got), want(&[("lawsuit", "2026-11-23")]));
    assert_eq!(
        got[0].notes,
        [DeadlineNote::MovedToWorkingDay {
            from: d("2026-11-21")
        }]
    );
}

#[test]
fn sec_193_bgb_a_period_ending_on_good_friday_ends_after_easter_monday() {
    // Served Friday 27 March 2026 + 1 week = Good Friday 3 April; Saturday, Easter Sunday and
    // Easter Monday follow → Tuesday 7 April.
    let got = served(
        "bamf-bescheid",
        "2026-03-27",
        Some(AsylumOutcome::ManifestlyUnfounded),
    );
    assert_eq!(
        days(&got),
        want(&[
            ("lawsuit", "2026-04-07"),
            ("urgent-application", "2026-04-07")
        ])
    );
}

#[test]
fn sec_193_bgb_an_objection_period_ending_on_1_may_ends_on_the_next_monday() {
    // Received Wednesday 1 April 2026 + 1 month = Friday 1 May (holiday) → Monday 4 May.
    let got = served("jobcenter-bescheid", "2026-04-01", None);
    assert_eq!(days(&got), want(&[("objection", "2026-05-04")]));
}

// ---------------------------------------------------------------------------------------------
// § 188 Abs. 3 BGB: a month without the day ends on its last day.

#[test]
fn sec_188_abs_3_bgb_31_january_plus_1_month_ends_on_28_february() {
    // Received Wednesday 31 January 2029 → Wednesday 28 February 2029.
    let got = served("sozialamt-bescheid", "2029-01-31", None);
    assert_eq!(days(&got), want(&[("objection", "2029-02-28")]));
}

#[test]
fn sec_188_abs_3_bgb_in_a_leap_year_31_january_plus_1_month_ends_on_29_february() {
    // Received Monday 31 January 2028 → Tuesday 29 February 2028.
    let got = served("kindergeld-bescheid", "2028-01-31", None);
    assert_eq!(days(&got), want(&[("tax-objection", "2028-02-29")]));
}

// ---------------------------------------------------------------------------------------------
// The remedy fits the authority.

#[test]
fn sec_84_abs_1_sgg_sozialamt_and_jobcenter_widerspruch_within_1_month() {
    for t in ["sozialamt-bescheid", "jobcenter-bescheid"] {
        // Received Monday 2 November 2026 → Wednesday 2 December.
        let got = served(t, "2026-11-02", None);
        assert_eq!(days(&got), want(&[("objection", "2026-12-02")]), "{t}");
        assert_eq!(got[0].law.unwrap().law, "§ 84 Abs. 1 SGG");
        assert_eq!(got[0].message_id, "deadline-objection");
    }
}

#[test]
fn sec_347_and_sec_355_abs_1_ao_kindergeld_einspruch_not_widerspruch_within_1_month() {
    let got = served("kindergeld-bescheid", "2026-11-02", None);
    assert_eq!(days(&got), want(&[("tax-objection", "2026-12-02")]));
    assert_eq!(got[0].kind, DeadlineKind::TaxObjection);
    assert_eq!(got[0].law.unwrap().law, "§ 347, § 355 Abs. 1 AO");
    assert_eq!(got[0].message_id, "deadline-tax-objection");
}

#[test]
fn sec_70_and_sec_74_vwgo_recognition_of_qualifications_objection_or_lawsuit_within_1_month() {
    let got = served("anerkennungsbescheid", "2026-11-02", None);
    assert_eq!(days(&got), want(&[("objection-or-lawsuit", "2026-12-02")]));
    assert_eq!(got[0].law.unwrap().law, "§ 70 Abs. 1, § 74 Abs. 1 VwGO");
}

// ---------------------------------------------------------------------------------------------
// § 17 Abs. 1 BMG: register the address within 2 weeks of moving in.

#[test]
fn sec_17_abs_1_bmg_register_the_address_within_2_weeks_of_moving_in() {
    for t in ["mietvertrag", "wohnungsgeberbestaetigung"] {
        let mut p = paper(t);
        p.moved_in = Some(d("2026-11-10")); // Tuesday → Tuesday 24 November
        let got = deadlines_for(&p).unwrap();
        assert_eq!(
            days(&got),
            want(&[("register-address", "2026-11-24")]),
            "{t}"
        );
        assert_eq!(got[0].law.unwrap().law, "§ 17 Abs. 1 BMG");
    }
}

// ---------------------------------------------------------------------------------------------
// § 81 Abs. 4 AufenthG: apply before the printed expiry date.

#[test]
fn sec_81_abs_4_aufenthg_renew_before_the_printed_expiry_date() {
    let mut p = paper("aufenthaltserlaubnis");
    p.valid_until = Some(d("2027-01-10")); // a Sunday: an expiry date does not move
    let got = deadlines_for(&p).unwrap();
    assert_eq!(
        days(&got),
        want(&[
            ("renew-early", "2026-11-15"),
            ("renew-last", "2026-12-27"),
            ("expiry", "2027-01-10"),
        ])
    );
    assert!(
        got.iter()
            .all(|x| x.law.unwrap().law.contains("§ 81 Abs. 4 AufenthG"))
    );
}

// ---------------------------------------------------------------------------------------------
// § 33 Abs. 2 Satz 1 Nr. 1 AsylG: missing the hearing without an excuse can end the procedure.

#[test]
fn sec_33_abs_2_asylg_a_bamf_appointment_is_critical() {
    let mut p = paper("bamf-einladung");
    p.appointment = Some(d("2026-12-01"));
    let got = deadlines_for(&p).unwrap();
    assert_eq!(days(&got), want(&[("bamf-appointment", "2026-12-01")]));
    assert_eq!(got[0].severity(), Severity::Court);
    assert!(got[0].law.unwrap().law.contains("§ 33 Abs. 2"));
    // Reminded 1 week and 1 day (at 9:00 the day before, 15 hours before midnight) before.
    let alarms: Vec<i64> = ordner_core::ics::deadline_alarms(got[0].kind)
        .iter()
        .map(|a| a.minutes_before)
        .collect();
    assert!(alarms.contains(&(7 * 24 * 60)), "{alarms:?}");
    assert!(alarms.contains(&(15 * 60)), "{alarms:?}");
}

// ---------------------------------------------------------------------------------------------
// A decision without the day of service: a warning, not silence.

#[test]
fn a_decision_without_its_service_date_gives_a_warning_instead_of_silence() {
    let rules_needing_the_date: Vec<&DocType> = DOC_TYPES
        .iter()
        .filter(|t| t.deadline.is_some_and(DeadlineRule::needs_received_date))
        .collect();
    let keys: Vec<&str> = rules_needing_the_date.iter().map(|t| t.key).collect();
    assert_eq!(
        keys,
        [
            "bamf-bescheid",
            "sozialamt-bescheid",
            "jobcenter-bescheid",
            "kindergeld-bescheid",
            "anerkennungsbescheid"
        ]
    );
    for t in rules_needing_the_date {
        let p = paper(t.key);
        assert!(deadlines_for(&p).unwrap().is_empty(), "{}", t.key);
        assert_eq!(
            missing_date(&p),
            Some(MissingDate {
                doc_id: "p1".into(),
                doc_type: t.key,
                rule: t.deadline.unwrap(),
            }),
            "{}",
            t.key
        );
        let mut dated = p.clone();
        dated.received = Some(d("2026-11-02"));
        assert_eq!(missing_date(&dated), None, "{}", t.key);
    }
    // Papers whose deadline does not run from a letter's arrival, or that start none, do not
    // warn.
    for t in [
        "aufenthaltsgestattung",
        "mietvertrag",
        "bamf-einladung",
        "reisepass",
        "impfpass",
    ] {
        assert_eq!(missing_date(&paper(t)), None, "{t}");
    }
}

#[test]
fn sec_33_abs_2_asylg_an_appointment_the_person_enters_at_the_bamf_is_critical_too() {
    use ordner_core::Content;
    use ordner_core::agenda::Appointment;
    let content = Content::default_germany();
    let at = |office: &str, contact: Option<&str>| Appointment {
        id: "a1".into(),
        date: Some(d("2026-12-10")),
        office: office.into(),
        contact: contact.map(str::to_owned),
        ..Appointment::default()
    };
    // Chosen from the town's contacts (type `bamf`), or written by the person.
    for a in [
        at("", Some("bamf")),
        at("BAMF Außenstelle Dortmund", None),
        at("Bundesamt für Migration und Flüchtlinge", None),
    ] {
        assert!(a.is_bamf(&content), "{a:?}");
        let x = a.deadline_in(&content).unwrap();
        assert_eq!(x.kind, DeadlineKind::BamfAppointment);
        assert_eq!(x.severity(), Severity::Court);
        assert_eq!(x.message_id, DeadlineRule::BamfAppointment.message_id());
        assert_eq!(x.law, Some(DeadlineRule::BamfAppointment.source()));
    }
    // Anything else stays a personal appointment, which no law sets.
    for a in [
        at("Ausländerbehörde", None),
        at("", Some("auslaenderbehoerde")),
        at("Bamfstraße 3", None),
    ] {
        assert!(!a.is_bamf(&content), "{a:?}");
        let x = a.deadline_in(&content).unwrap();
        assert_eq!(x.kind, DeadlineKind::Appointment);
        assert_eq!(x.law, None);
    }
}

/// § 41 Abs. 2 VwVfG, § 37 Abs. 2 SGB X (since 2025): ordinary post counts as received on the
/// 4th day after posting. The date help says so in every language and names the law on screen
/// (#13 §3); the app counts from the day entered, never later.
#[test]
fn sec_41_abs_2_vwvfg_the_date_help_names_the_4th_day_and_its_law_in_every_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for lang in ordner_core::LANGUAGES {
        let catalog = ordner_core::Catalog::load_dir(&dir, lang.code).unwrap();
        let text = catalog.msg("doc-date-help-post");
        for want in ["§ 41 Abs. 2 VwVfG", "§ 37 Abs. 2 SGB X", "2025"] {
            assert!(text.contains(want), "{}: {want} not in {text}", lang.code);
        }
    }
}
