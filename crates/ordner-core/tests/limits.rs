//! Limits that protect the phone (#16): a town pack far over the size limit is refused at once
//! with the translated "too large" message; the largest pack the limit lets through loads in
//! bounded time. The size limit itself is `MAX_PACK_BYTES` (docs/content-packs.md,
//! docs/reliability.md).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use ordner_core::content::{Content, MAX_PACK_BYTES, PackIssueKind, check_pack_size};

const HEAD: &str = "format = 1\nkey = \"vielstadt\"\ntown = \"Vielstadt\"\n";

fn pack_with_contacts(n: usize) -> String {
    let mut text = String::from(HEAD);
    for i in 0..n {
        write!(
            text,
            "\n[[contacts]]\nkey = \"amt-{i}\"\ntabs = [\"advice\"]\norganisation = \"Amt {i}\"\n"
        )
        .unwrap();
    }
    text
}

#[test]
fn a_pack_with_100000_contacts_is_refused_as_too_large_at_once() {
    let text = pack_with_contacts(100_000);
    assert!(text.len() > MAX_PACK_BYTES);
    let base = Content::default_germany();
    let started = Instant::now();
    let err = base.load_pack("viele.toml", text.as_bytes()).unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    let issues = err.pack_issues().unwrap();
    assert_eq!(issues.len(), 1);
    assert_eq!(
        issues[0].kind,
        PackIssueKind::TooLarge {
            max_kb: MAX_PACK_BYTES / 1024
        }
    );
    assert_eq!(issues[0].message_id(), "pack-error-too-large");
}

#[test]
fn the_most_contacts_the_size_limit_lets_through_load_in_bounded_time() {
    let mut n = 1000;
    while pack_with_contacts(n * 2).len() <= MAX_PACK_BYTES {
        n *= 2;
    }
    // Grow in steps of 100 up to the limit.
    while pack_with_contacts(n + 100).len() <= MAX_PACK_BYTES {
        n += 100;
    }
    let text = pack_with_contacts(n);
    let base = Content::default_germany();
    let started = Instant::now();
    let loaded = base.load_pack("viele.toml", text.as_bytes());
    let took = started.elapsed();
    let Ok((content, pack)) = loaded else {
        panic!("{n} contacts refused after {took:?}");
    };
    assert_eq!(pack.contacts.len(), n);
    let shown: usize = content.tabs().iter().map(|t| t.contacts.len()).sum();
    assert!(shown >= n, "{shown} contacts in the tabs");
    assert!(pack.check(&base).is_empty());
    // Was 17.7 s in a debug build (each entry's line counted from the start of the file, keys
    // checked for duplicates against a list); 0.6 s since. Generous for a loaded machine.
    assert!(took < Duration::from_secs(10), "{n} contacts: {took:?}");
    eprintln!("{n} contacts ({} KB) loaded in {took:?}", text.len() / 1024);
}

/// The app checks a chosen file's size before reading it: a 2 GB file is refused with the same
/// "too large" problem, and never loaded.
#[test]
fn a_pack_file_too_large_is_refused_by_its_size_alone() {
    assert!(check_pack_size("ok.toml", MAX_PACK_BYTES as u64).is_ok());
    for size in [MAX_PACK_BYTES as u64 + 1, 2_000_000_000, u64::MAX] {
        let err = check_pack_size("gross.toml", size).unwrap_err();
        let issues = err.pack_issues().unwrap();
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].message_id(), "pack-error-too-large");
        assert_eq!(issues[0].file, "gross.toml");
    }
}
