//! Scores text recognition on the letter test set: character error rate against the known text,
//! and what `read_letter` proposes from the recognised text (sender, type, dates).
//!
//! Usage: `cargo run -p ordner-letter --example bench -- OCR_DIR...` where each OCR_DIR holds
//! `<letter>-<variant>.txt` per photo and `times.tsv` (written by `tests/ocr/recognise.mjs`).
//! Prints a Markdown section for `docs/benchmarks.md`.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a bench tool")]

use std::path::{Path, PathBuf};

use ordner_letter::read_letter;
use ordner_letter::truth::{Score, Truth};

fn normalise(text: &str) -> Vec<char> {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect()
}

/// Edit distance (insertions, deletions, substitutions), two rows.
fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "–".into()
    } else {
        format!("{:.1} %", 100.0 * n as f64 / d as f64)
    }
}

fn main() {
    let letters_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/letters");
    let mut truths = Vec::new();
    for entry in std::fs::read_dir(&letters_dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            truths.push((
                stem,
                Truth::parse(&std::fs::read_to_string(&path).unwrap()).unwrap(),
            ));
        }
    }
    truths.sort_by(|a, b| a.0.cmp(&b.0));
    println!(
        "| engine | photos | CER | sender right | type right | certain dates right (precision) | dates found certain (recall) | proposed dates right (any confidence) | BAMF outcome right | time per page (median, native) |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let mut notes = Vec::new();
    for dir in std::env::args().skip(1) {
        let dir = Path::new(&dir);
        let engine = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut total = Score::default();
        let (mut photos, mut sender, mut doc_type, mut dist, mut len) = (0, 0, 0, 0, 0);
        let (mut outcomes, mut outcome_right) = (0, 0);
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for file in files {
            let name = file.file_stem().unwrap().to_string_lossy().into_owned();
            let Some((_, truth)) = truths
                .iter()
                .find(|(stem, _)| name.starts_with(&format!("{stem}-")))
            else {
                continue;
            };
            let text = std::fs::read_to_string(&file).unwrap();
            let reference = normalise(&truth.text);
            let d = levenshtein(&reference, &normalise(&text));
            dist += d;
            len += reference.len();
            let reading = read_letter(&text);
            let s = Score::of(&reading, truth);
            photos += 1;
            sender += usize::from(s.sender_right);
            doc_type += usize::from(s.type_right);
            if truth.outcome.is_some() {
                outcomes += 1;
                outcome_right += usize::from(s.outcome_right);
            }
            total.confident_dates += s.confident_dates;
            total.confident_right += s.confident_right;
            total.proposed_dates += s.proposed_dates;
            total.proposed_right += s.proposed_right;
            total.expected_dates += s.expected_dates;
            total.found_confident += s.found_confident;
            let cer = d as f64 / reference.len().max(1) as f64;
            if cer > 0.05
                || !s.sender_right
                || !s.type_right
                || s.confident_right < s.confident_dates
            {
                notes.push(format!(
                    "- {engine} `{name}`: CER {:.1} %{}{}{}",
                    cer * 100.0,
                    if s.sender_right { "" } else { ", sender wrong" },
                    if s.type_right { "" } else { ", type wrong" },
                    if s.confident_right < s.confident_dates {
                        ", **a wrong certain date**"
                    } else {
                        ""
                    },
                ));
            }
        }
        let mut times: Vec<u64> = std::fs::read_to_string(dir.join("times.tsv"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.split('\t').nth(1)?.parse().ok())
            .collect();
        times.sort_unstable();
        let median = times
            .get(times.len() / 2)
            .map_or("–".into(), |t| format!("{t} ms"));
        println!(
            "| {engine} | {photos} | **{}** | {} | **{}** | **{}** ({} of {}) | {} ({} of {}) | {} | {} | {median} |",
            pct(dist, len),
            pct(sender, photos),
            pct(doc_type, photos),
            pct(total.confident_right, total.confident_dates),
            total.confident_right,
            total.confident_dates,
            pct(total.found_confident, total.expected_dates),
            total.found_confident,
            total.expected_dates,
            pct(total.proposed_right, total.proposed_dates),
            pct(outcome_right, outcomes),
        );
    }
    if !notes.is_empty() {
        println!("\nPhotos with a character error rate over 5 % or a wrong proposal:\n");
        for n in notes {
            println!("{n}");
        }
    }
}
