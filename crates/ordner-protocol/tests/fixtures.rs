//! Pins every message version: the example frames under `tests/fixtures/<protocol>-v<N>/` were
//! written once by `write_fixtures` (run with `ORDNER_PROTOCOL_WRITE_FIXTURES=1 cargo test -p
//! ordner-protocol --test fixtures -- --ignored`; it never overwrites a file). Each must decode to
//! exactly the value below, and encoding the value must give the same bytes while that version is
//! the one spoken. When a protocol gets version 2, add a `-v2/` directory beside the old one.
//!
//! A frame file is the header's length (u32 LE), the header, then each blob as length (u32 LE)
//! and bytes.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::path::PathBuf;

use ordner_core::TabId;
use ordner_protocol::kdf::{self, Kdf, Secret};
use ordner_protocol::pdf::{
    self, ConsultChoice, ConsultDocument, ConsultPage, DatedEntry, Job, LogEntry, PackSource, Pdf,
};
use ordner_protocol::{Failure, Frame, Message, Protocol, Reply, decode, encode};

fn pdf_request_consult() -> pdf::Request {
    pdf::Request {
        printed_on: "03.12.2026".into(),
        job: Job::Consult {
            lang: "ar".into(),
            pack: PackSource::File {
                name: "meine-stadt.toml".into(),
                bytes: b"[pack]\nkey = \"meine-stadt\"\n".to_vec(),
            },
            choice: ConsultChoice {
                tabs: vec![TabId::Arrival, TabId::Documents],
                checked: vec!["arrival/gestattung-verlaengern".into()],
                name: Some("Amal Haddad".into()),
                notes: Some("Dolmetscher: نعم".into()),
                documents: vec![
                    ConsultDocument {
                        title: "Bescheid vom BAMF – قرار".into(),
                        doctype: Some("bamf-bescheid".into()),
                        tab: TabId::Arrival,
                        received: Some("05.11.2026".into()),
                        letter_date: Some("02.11.2026".into()),
                        valid_until: None,
                        pages: vec![
                            ConsultPage::Jpeg(vec![0xFF, 0xD8, 0xFF, 0xD9]),
                            ConsultPage::Pdf {
                                bytes: b"%PDF-1.7\n%%EOF\n".to_vec(),
                                rotation: 90,
                            },
                        ],
                    },
                    ConsultDocument {
                        title: "Pass".into(),
                        doctype: None,
                        tab: TabId::Documents,
                        received: None,
                        letter_date: None,
                        valid_until: Some("01.01.2030".into()),
                        pages: Vec::new(),
                    },
                ],
                deadlines: vec![DatedEntry {
                    date: "2026-11-16".into(),
                    shown_date: "16.11.2026".into(),
                    title: "Klage / دعوى".into(),
                    note: None,
                }],
                appointments: vec![DatedEntry {
                    date: "2026-11-23".into(),
                    shown_date: "23.11.2026, 09:30".into(),
                    title: "Ausländerbehörde".into(),
                    note: Some("Pass mitbringen".into()),
                }],
                log: vec![LogEntry {
                    date: "20.11.2026".into(),
                    with: "Frau Kühn (MBE)".into(),
                    summary: "Widerspruch → am 25.11. anrufen".into(),
                }],
                contacts: vec!["auslaenderbehoerde".into()],
            },
        },
    }
}

fn pdf_request_blank() -> pdf::Request {
    pdf::Request {
        printed_on: "03.12.2026".into(),
        job: Job::Blank {
            lang: "ti".into(),
            pack: PackSource::Builtin("dresden".into()),
        },
    }
}

fn pdf_request_recovery() -> pdf::Request {
    pdf::Request {
        printed_on: "03.12.2026".into(),
        job: Job::Recovery {
            lang: "fa".into(),
            key: "ABCD-EFGH-JKMN-PQRS".into(),
            qr: vec![vec![true, false, true], vec![false, true, false]],
        },
    }
}

fn pdf_progress() -> Reply<Pdf> {
    Reply::Progress(pdf::Progress {
        stage: 1,
        done: 3,
        total: 12,
    })
}

fn pdf_done() -> Reply<Pdf> {
    Reply::Done(pdf::Done {
        pdf: b"%PDF-1.7\n1 0 obj\n%%EOF\n".to_vec(),
        pages: 7,
        render_ms: 812.5,
        fonts: vec![
            "NotoSans-Regular.ttf".into(),
            "NotoNaskhArabic-Bold.ttf".into(),
        ],
    })
}

fn pdf_failed() -> Reply<Pdf> {
    Reply::Failed(Failure::new(pdf::Error::Scan(3), "page 3: not a JPEG"))
}

fn kdf_request() -> kdf::Derive {
    kdf::Derive {
        settings: (0..29).collect(),
        passphrase: Secret::new("Mein Ordner – Größe ٣".as_bytes().to_vec()),
    }
}

fn kdf_done() -> Reply<Kdf> {
    Reply::Done(kdf::Derived {
        key: Secret::new((100..165).collect()),
    })
}

fn kdf_failed() -> Reply<Kdf> {
    Reply::Failed(Failure::new(
        kdf::Error::NewerVersion {
            found: 2,
            supported: 1,
        },
        "",
    ))
}

fn dir(protocol: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(protocol)
}

fn to_file(frame: &Frame) -> Vec<u8> {
    let mut out = Vec::new();
    for part in std::iter::once(&frame.header).chain(&frame.blobs) {
        out.extend(u32::try_from(part.len()).unwrap().to_le_bytes());
        out.extend(part);
    }
    out
}

fn from_file(mut bytes: &[u8]) -> Frame {
    let mut parts = Vec::new();
    while !bytes.is_empty() {
        let (len, rest) = bytes.split_at(4);
        let len = u32::from_le_bytes(len.try_into().unwrap()) as usize;
        parts.push(rest[..len].to_vec());
        bytes = &rest[len..];
    }
    let mut parts = parts.into_iter();
    Frame {
        header: parts.next().unwrap(),
        blobs: parts.collect(),
    }
}

/// Every example of the versions spoken now, by protocol directory and file name.
const EXAMPLES: [(&str, &str); 9] = [
    ("pdf-v2", "request-consult.bin"),
    ("pdf-v2", "request-blank.bin"),
    ("pdf-v2", "request-recovery.bin"),
    ("pdf-v2", "reply-progress.bin"),
    ("pdf-v2", "reply-done.bin"),
    ("pdf-v2", "reply-failed.bin"),
    ("kdf-v1", "request.bin"),
    ("kdf-v1", "reply-done.bin"),
    ("kdf-v1", "reply-failed.bin"),
];

fn pinned<P: Protocol, M: Message>(dir_name: &str, name: &str, value: fn() -> M) {
    let path = dir(dir_name).join(name);
    let stored = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let frame = from_file(&stored);
    assert_eq!(
        decode::<P, M>(frame.clone()).unwrap(),
        value(),
        "{name} no longer decodes to its value"
    );
    assert_eq!(
        encode::<P, M>(value()).unwrap(),
        frame,
        "{name}: the encoding changed; a new message shape needs a new version"
    );
}

fn write<P: Protocol, M: Message>(dir_name: &str, name: &str, value: fn() -> M) {
    let d = dir(dir_name);
    std::fs::create_dir_all(&d).unwrap();
    let path = d.join(name);
    if path.exists() {
        eprintln!("{} exists: pinned, left as it is", path.display());
        return;
    }
    std::fs::write(&path, to_file(&encode::<P, M>(value()).unwrap())).unwrap();
}

fn run(dir_name: &str, name: &str, write_mode: bool) {
    macro_rules! go {
        ($p:ty, $value:expr) => {
            if write_mode {
                write::<$p, _>(dir_name, name, $value)
            } else {
                pinned::<$p, _>(dir_name, name, $value)
            }
        };
    }
    match (dir_name, name) {
        ("pdf-v2", "request-consult.bin") => go!(Pdf, pdf_request_consult),
        ("pdf-v2", "request-blank.bin") => go!(Pdf, pdf_request_blank),
        ("pdf-v2", "request-recovery.bin") => go!(Pdf, pdf_request_recovery),
        ("pdf-v2", "reply-progress.bin") => go!(Pdf, pdf_progress),
        ("pdf-v2", "reply-done.bin") => go!(Pdf, pdf_done),
        ("pdf-v2", "reply-failed.bin") => go!(Pdf, pdf_failed),
        ("kdf-v1", "request.bin") => go!(Kdf, kdf_request),
        ("kdf-v1", "reply-done.bin") => go!(Kdf, kdf_done),
        ("kdf-v1", "reply-failed.bin") => go!(Kdf, kdf_failed),
        _ => panic!("no example {dir_name}/{name}"),
    }
}

#[test]
fn every_message_version_keeps_decoding_and_encoding_the_same() {
    for (d, name) in EXAMPLES {
        run(d, name, false);
    }
}

/// Frames of versions no longer spoken: a worker message is never stored (page and worker come
/// from one build), so an old frame is refused as of another version, never misread.
const RETIRED: [(&str, &str, u32); 6] = [
    ("pdf-v1", "request-consult.bin", 1),
    ("pdf-v1", "request-blank.bin", 1),
    ("pdf-v1", "request-recovery.bin", 1),
    ("pdf-v1", "reply-progress.bin", 1),
    ("pdf-v1", "reply-done.bin", 1),
    ("pdf-v1", "reply-failed.bin", 1),
];

#[test]
fn retired_versions_are_refused_as_such() {
    for (d, name, found) in RETIRED {
        let path = dir(d).join(name);
        let frame = from_file(&std::fs::read(&path).unwrap());
        let refused = if name.starts_with("request") {
            decode::<Pdf, pdf::Request>(frame).map(|_| ())
        } else {
            decode::<Pdf, Reply<Pdf>>(frame).map(|_| ())
        };
        assert_eq!(
            refused,
            Err(ordner_protocol::ProtocolError::Version {
                protocol: Pdf::NAME,
                found,
                supported: Pdf::VERSION,
            }),
            "{d}/{name}"
        );
    }
}

#[test]
#[ignore = "writes the pinned fixtures once; see the module docs"]
fn write_fixtures() {
    if std::env::var("ORDNER_PROTOCOL_WRITE_FIXTURES").as_deref() != Ok("1") {
        eprintln!("set ORDNER_PROTOCOL_WRITE_FIXTURES=1 to write the fixtures");
        return;
    }
    for (d, name) in EXAMPLES {
        run(d, name, true);
    }
}
