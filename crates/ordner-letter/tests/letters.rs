//! The whole test set of letters: every expectation is met on the clean text, and on text with
//! the damage OCR does (lost umlauts, `0` read as `O`, joined lines) no wrong date is proposed as
//! certain.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::path::PathBuf;

use ordner_letter::truth::{Score, Truth};
use ordner_letter::{Confidence, read_letter};

fn letters() -> Vec<(String, Truth)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/letters");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 15,
        "the test set has {} letters",
        files.len()
    );
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let truth = Truth::parse(&std::fs::read_to_string(&p).unwrap())
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, truth)
        })
        .collect()
}

#[test]
fn clean_letters_are_read_right() {
    for (name, truth) in letters() {
        let reading = read_letter(&truth.text);
        let score = Score::of(&reading, &truth);
        assert!(score.sender_right, "{name}: sender {:?}", reading.sender);
        assert!(score.type_right, "{name}: type {:?}", reading.doc_type);
        assert!(score.outcome_right, "{name}: outcome {:?}", reading.outcome);
        assert_eq!(
            score.found_confident, score.expected_dates,
            "{name}: dates {:?} {:?} {:?}",
            reading.letter_date, reading.valid_until, reading.appointment
        );
        assert_eq!(score.confident_right, score.confident_dates, "{name}");
        if let Some((date, time)) = truth.appointment {
            let a = reading.appointment.as_ref().unwrap();
            assert_eq!((a.value.date, a.value.time), (date, time), "{name}");
            // What the proposal came from reads as the appointment in the letter.
            assert!(a.span.of(&truth.text).contains("Uhr"), "{name}");
        }
        for (key, granted) in &truth.findings {
            assert!(
                reading
                    .findings
                    .iter()
                    .any(|f| f.value.protection.key() == key && f.value.granted == *granted),
                "{name}: finding {key} {granted}: {:?}",
                reading.findings
            );
        }
        assert_eq!(
            reading.findings.len(),
            truth.findings.len(),
            "{name}: {:?}",
            reading.findings
        );
    }
}

/// What OCR typically does to a letter; `variant` picks which damage.
fn damage(text: &str, variant: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        let mut line = line.to_owned();
        if variant.is_multiple_of(2) {
            line = line
                .replace('ä', "a")
                .replace('ö', "o")
                .replace('ü', "u")
                .replace('Ü', "U")
                .replace('ß', "B");
        }
        if variant.is_multiple_of(3) {
            // A zero read as the letter O, a one as l, in every third line.
            if i % 3 == 0 {
                line = line.replacen('0', "O", 1).replacen('1', "l", 1);
            }
        }
        out.push_str(&line);
        // Lines joined with a space instead of a break, now and then.
        out.push(if variant % 5 == 1 && i % 4 == 2 {
            ' '
        } else {
            '\n'
        });
    }
    out
}

#[test]
fn damaged_text_never_gives_a_wrong_certain_date() {
    let mut totals = Score::default();
    let mut checked = 0;
    for (name, truth) in letters() {
        for variant in 0..6 {
            let text = damage(&truth.text, variant);
            let reading = read_letter(&text);
            let score = Score::of(&reading, &truth);
            assert_eq!(
                score.confident_right, score.confident_dates,
                "{name} variant {variant}: {:?} {:?} {:?}\n{text}",
                reading.letter_date, reading.valid_until, reading.appointment
            );
            totals.found_confident += score.found_confident;
            totals.expected_dates += score.expected_dates;
            totals.sender_right |= score.sender_right;
            checked += 1;
        }
    }
    assert!(checked >= 90);
    // Damage lowers recall, but most dates are still found with certainty.
    assert!(
        totals.found_confident * 2 >= totals.expected_dates,
        "{} of {}",
        totals.found_confident,
        totals.expected_dates
    );
}

#[test]
fn a_repaired_date_is_not_certain() {
    let reading = read_letter("Gültig bis: 3O.O9.2026");
    let until = reading.valid_until.unwrap();
    assert_eq!(until.value.to_iso(), "2026-09-30");
    assert_eq!(until.confidence, Confidence::Medium);
}

#[test]
fn an_empty_or_foreign_text_proposes_nothing() {
    for text in [
        "",
        "   \n ",
        "Hello, this is an English letter dated 12/03/2026.",
        "١٢.٠٣.٢٠٢٦",
    ] {
        let reading = read_letter(text);
        assert!(
            reading.letter_date.is_none() && reading.valid_until.is_none(),
            "{text}"
        );
        assert!(
            reading.appointment.is_none() && reading.sender.is_none(),
            "{text}"
        );
    }
}

#[test]
fn two_different_letter_dates_make_neither_certain() {
    let reading = read_letter("Datum: 12.03.2026\nText\nDatum: 13.03.2026\n\n\n\n\n\n\n\n");
    assert_eq!(reading.letter_date.unwrap().confidence, Confidence::Medium);
}
