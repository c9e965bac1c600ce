//! The web build's message bundles (`build/ftl-bundles.sh`, run by Trunk): one file per
//! language that `Catalog::from_bundle` reads back into the same messages as the source files,
//! and each language's first-start file (its `app.ftl`).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::path::{Path, PathBuf};
use std::process::Command;

use ordner_core::i18n::{BUNDLE_FILE_MARKER, FTL_FILES, START_FILE};
use ordner_core::{Catalog, LANGUAGES};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Message ids defined in a Fluent file (lines `id = ...` at the start of a line).
fn ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| {
            id.starts_with(|c: char| c.is_ascii_lowercase())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_build_script_bundles_every_language_into_the_same_messages() {
    let out = std::env::temp_dir().join(format!("ordner-bundles-{}", std::process::id()));
    let status = Command::new("sh")
        .arg(repo().join("build/ftl-bundles.sh"))
        .arg(repo().join("locales"))
        .arg(&out)
        .status()
        .expect("sh");
    assert!(status.success());
    for language in LANGUAGES {
        let code = language.code;
        let text = std::fs::read_to_string(out.join(format!("{code}.ftl"))).unwrap();
        assert_eq!(
            text.matches(BUNDLE_FILE_MARKER).count(),
            FTL_FILES.len(),
            "{code}"
        );
        let from_bundle = Catalog::from_bundle(code, &format!("{code}.ftl"), &text)
            .unwrap_or_else(|e| panic!("{code}: {e}"));
        let from_dir = Catalog::load_dir(&repo().join("locales"), code).unwrap();
        let mut count = 0;
        for file in FTL_FILES {
            let source =
                std::fs::read_to_string(repo().join("locales").join(code).join(file)).unwrap();
            for id in ids(&source) {
                assert!(
                    from_bundle.has(&id),
                    "{code}/{file}: {id} missing in the bundle"
                );
                assert_eq!(from_bundle.msg(&id), from_dir.msg(&id), "{code}: {id}");
                count += 1;
            }
        }
        assert!(count > 100, "{code}: only {count} messages compared");

        // The first-start file is the source's START_FILE, and has the language choice's texts.
        let start = std::fs::read_to_string(out.join(format!("{code}.start.ftl"))).unwrap();
        assert_eq!(
            start,
            std::fs::read_to_string(repo().join("locales").join(code).join(START_FILE)).unwrap()
        );
        let start = Catalog::from_start_file(code, &start).unwrap();
        for id in ["lang-choose-title", "lang-choose-hint", "app-name"] {
            assert_eq!(start.msg(id), from_dir.msg(id), "{code}: {id}");
        }
    }
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn a_file_without_a_final_newline_does_not_run_into_the_next() {
    let root = std::env::temp_dir().join(format!("ordner-bundle-nl-{}", std::process::id()));
    let src = root.join("src/de");
    std::fs::create_dir_all(&src).unwrap();
    for (i, file) in FTL_FILES.iter().enumerate() {
        // No newline at the end of any file.
        std::fs::write(src.join(file), format!("app-m{i} = M{i}")).unwrap();
    }
    let status = Command::new("sh")
        .arg(repo().join("build/ftl-bundles.sh"))
        .arg(root.join("src"))
        .arg(root.join("out"))
        .status()
        .expect("sh");
    assert!(status.success());
    let text = std::fs::read_to_string(root.join("out/de.ftl")).unwrap();
    let catalog = Catalog::from_bundle("de", "de.ftl", &text).unwrap();
    for i in 0..FTL_FILES.len() {
        assert_eq!(catalog.msg(&format!("app-m{i}")), format!("M{i}"));
    }
    std::fs::remove_dir_all(&root).unwrap();
}
