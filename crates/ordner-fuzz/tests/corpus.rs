//! Replays the fuzz corpora as a normal test (CI runs this; the coverage-guided engine runs
//! the same functions, see `docs/reliability.md`).
//!
//! - Every file under `fuzz/corpus/<target>/` goes through every target: none may panic.
//! - A seed named `ok-*` in its own target's directory is a real file (a pinned fixture, a
//!   built-in pack, an e2e fixture) and must be accepted.
//! - Crashes found by the engine are kept in `fuzz/corpus/<target>/crash-*` (with a regression
//!   test beside the fix) and replayed here too.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::path::{Path, PathBuf};

use ordner_fuzz::{Outcome, TARGETS, target};

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus")
}

/// Every corpus file: its target directory, its name and its bytes.
fn corpus() -> Vec<(String, String, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in std::fs::read_dir(corpus_root()).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let target = dir.file_name().unwrap().to_string_lossy().into_owned();
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            out.push((target.clone(), name, std::fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn every_target_has_a_corpus_with_real_seeds() {
    let corpus = corpus();
    for t in TARGETS {
        let seeds = corpus
            .iter()
            .filter(|(dir, name, _)| dir == t.name && name.starts_with("ok-"))
            .count();
        assert!(seeds > 0, "fuzz/corpus/{}/ has no ok-* seed", t.name);
    }
    for (dir, _, _) in &corpus {
        assert!(target(dir).is_some(), "fuzz/corpus/{dir}/ names no target");
    }
    let total: usize = corpus.iter().map(|(_, _, b)| b.len()).sum();
    assert!(total < 2_000_000, "the corpus stays small: {total} bytes");
}

#[test]
fn real_seeds_are_accepted_by_their_target() {
    for (dir, name, bytes) in corpus() {
        if !name.starts_with("ok-") {
            continue;
        }
        let t = target(&dir).unwrap();
        assert_eq!(
            (t.run)(&bytes),
            Outcome::Accepted,
            "fuzz/corpus/{dir}/{name} is a real file of that kind"
        );
    }
}

#[test]
fn every_corpus_file_goes_through_every_target_without_panic() {
    let corpus = corpus();
    for t in TARGETS {
        for (dir, name, bytes) in &corpus {
            let run = std::panic::catch_unwind(|| (t.run)(bytes));
            assert!(
                run.is_ok(),
                "target {} panicked on fuzz/corpus/{dir}/{name}",
                t.name
            );
        }
    }
}

/// The `vault_records` seeds are made from the pinned folder: each stored entry with its own
/// value. Regenerate (only if the target's input format changes) with
/// `cargo test -p ordner-fuzz --test corpus -- --ignored`.
#[test]
fn vault_records_seeds_open_unchanged() {
    let seeds = ordner_fuzz::vault_records_seeds();
    assert!(seeds.len() >= 3, "header, manifest and records");
    for seed in &seeds {
        assert_eq!(ordner_fuzz::vault_records(seed), Outcome::Accepted);
    }
    // One altered byte in a record's sealed value is found.
    let mut damaged = seeds.last().unwrap().clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 1;
    assert_eq!(ordner_fuzz::vault_records(&damaged), Outcome::Rejected);
}

#[test]
#[ignore = "writes the generated seeds of vault_records"]
fn write_vault_records_seeds() {
    let dir = corpus_root().join("vault_records");
    for (i, seed) in ordner_fuzz::vault_records_seeds().iter().enumerate() {
        std::fs::write(dir.join(format!("ok-entry-{i}.bin")), seed).unwrap();
    }
}

/// A pack that passes the check renders into a blank folder (the office's printout), German with
/// Arabic, with no character missing from the fonts. Rendering takes too long for the fuzz
/// engine's loop, so it runs on every pack of the corpus that loads (crashes included) here.
#[test]
fn every_pack_that_loads_prints_a_blank_folder() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let fonts =
        ordner_pdf::FontLibrary::load_dir(&root.join("public/fonts"), &ordner_pdf::FontFace::ALL)
            .unwrap();
    let de = ordner_core::Catalog::load_dir(&root.join("locales"), "de").unwrap();
    let ar = ordner_core::Catalog::load_dir(&root.join("locales"), "ar").unwrap();
    let base = ordner_core::Content::default_germany();
    let mut printed = 0;
    for (dir, name, bytes) in corpus() {
        if dir != "pack" || (ordner_fuzz::pack)(&bytes) != Outcome::Accepted {
            continue;
        }
        let (content, _) = base.load_pack(&name, &bytes).unwrap();
        let out = ordner_pdf::blank_folder(
            &ordner_pdf::BlankFolder {
                german: &de,
                other: &ar,
                content: &content,
                spines: &[],
            },
            &fonts,
        )
        .unwrap_or_else(|e| panic!("fuzz/corpus/pack/{name}: {e}"));
        assert!(out.page_count > 10, "{name}: {} pages", out.page_count);
        assert!(out.bytes.starts_with(b"%PDF-"), "{name}");
        assert!(
            out.missing_chars.is_empty(),
            "{name}: {:?}",
            out.missing_chars
        );
        printed += 1;
    }
    assert!(printed >= 4, "the built-in packs print");
}
