//! # ordner-fuzz: every parser of outside bytes, as fuzz targets
//!
//! One function per target, `fn(&[u8]) -> Outcome`. Each feeds the bytes to one parser the app
//! uses on data that comes from elsewhere (a backup from another phone, a town pack from an
//! office, a PDF from a messenger, a record after a bad disk, a worker's message) and asserts
//! more than "no panic" where a property exists: what decodes re-encodes to bytes that decode
//! to the same value, a backup that parses and decrypts verifies, a pack that loads passes the
//! export check, a recovery key that parses reads back from its display form.
//!
//! Two callers share these functions:
//! - `tests/corpus.rs` replays every file under `fuzz/corpus/` through every target, as a
//!   normal test (`cargo test --workspace`, so CI runs it);
//! - the coverage-guided engine in `fuzz/` (libFuzzer, outside the workspace), run with
//!   `cargo xtask fuzz`.
//!
//! A failed property panics (that is what a fuzz engine catches); an input the parser refuses
//! is [`Outcome::Rejected`], never an error of the target. See `docs/reliability.md`.

use std::sync::OnceLock;

use ordner_core::Content;
use ordner_core::agenda::{Appointment, Consultation};
use ordner_core::i18n::{BUNDLE_FILE_MARKER, Catalog, parse_resource, split_bundle};
use ordner_letter::ocr_protocol::WorkerMessage;
use ordner_letter::page_text::PageText;
use ordner_protocol::kdf::{self, Kdf};
use ordner_protocol::pdf::{self, Pdf};
use ordner_protocol::{Frame, Message, Protocol, Reply};
use ordner_records::{TownRecord, profile, settings, ticks};
use ordner_vault::{
    BackupFile, Batch, KeyEncryptionKey, MemoryStorage, RecoveryKey, Storage, StoreName,
    VaultHeader, VaultStore,
};

/// What a target made of its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The parser accepted the input and every property held.
    Accepted,
    /// The parser refused the input with an error (the expected answer to bad bytes).
    Rejected,
}

impl Outcome {
    fn of(accepted: bool) -> Outcome {
        if accepted {
            Outcome::Accepted
        } else {
            Outcome::Rejected
        }
    }
}

/// A fuzz target: a name (also its corpus directory `fuzz/corpus/<name>/`) and its function.
pub struct Target {
    pub name: &'static str,
    pub run: fn(&[u8]) -> Outcome,
}

/// Every target, in the order of `docs/reliability.md`.
pub const TARGETS: &[Target] = &[
    Target {
        name: "backup",
        run: backup,
    },
    Target {
        name: "vault_header",
        run: vault_header,
    },
    Target {
        name: "vault_records",
        run: vault_records,
    },
    Target {
        name: "profile",
        run: profile_record,
    },
    Target {
        name: "ticks",
        run: ticks_record,
    },
    Target {
        name: "settings",
        run: settings_record,
    },
    Target {
        name: "town",
        run: town_record,
    },
    Target {
        name: "appointment",
        run: appointment,
    },
    Target {
        name: "consultation",
        run: consultation,
    },
    Target {
        name: "document",
        run: document,
    },
    Target {
        name: "page_text",
        run: page_text,
    },
    Target {
        name: "pack",
        run: pack,
    },
    Target {
        name: "bundle",
        run: bundle,
    },
    Target {
        name: "jpeg",
        run: jpeg,
    },
    Target {
        name: "pdf_import",
        run: pdf_import,
    },
    Target {
        name: "recovery_key",
        run: recovery_key,
    },
    Target {
        name: "pdf_frames",
        run: pdf_frames,
    },
    Target {
        name: "kdf_frames",
        run: kdf_frames,
    },
    Target {
        name: "ocr_messages",
        run: ocr_messages,
    },
];

/// The target of that name.
#[must_use]
pub fn target(name: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.name == name)
}

// ---------------------------------------------------------------------------------------------
// The vault: backup files, the header, sealed records.

/// The pinned folder of storage layout 2 (`ordner-vault/tests/fixtures/v2/`) and its key: the
/// records target replaces one stored value of it.
const FOLDER_V2: &[u8] = include_bytes!("../../ordner-vault/tests/fixtures/v2/folder.bin");
const FOLDER_V2_KEY: &str =
    include_str!("../../ordner-vault/tests/fixtures/v2/folder-recovery-key.txt");
/// The key of the pinned backup of layout 1 (`backup.bin`, a seed of the backup target).
const BACKUP_V1_KEY: &str = include_str!("../../ordner-vault/tests/fixtures/v1/recovery-key.txt");

fn fixture_kek(text: &str) -> Option<KeyEncryptionKey> {
    let key = RecoveryKey::parse(text).ok()?;
    KeyEncryptionKey::from_recovery_key(&key).ok()
}

/// A backup file: its structure is checked ([`BackupFile::parse`]); a file that parses is opened
/// with the key of the pinned backup, and one that decrypts must verify completely and hold at
/// least its manifest or record.
pub fn backup(data: &[u8]) -> Outcome {
    static KEK: OnceLock<Option<KeyEncryptionKey>> = OnceLock::new();
    let Ok(file) = BackupFile::parse(data.to_vec()) else {
        return Outcome::Rejected;
    };
    assert_eq!(file.len(), data.len());
    // The embedded header re-parses from its stored form.
    let header = file.header().to_bytes();
    assert!(VaultHeader::from_bytes(&header).is_ok());
    let Some(kek) = KEK.get_or_init(|| fixture_kek(BACKUP_V1_KEY)) else {
        unreachable!("the pinned recovery key parses");
    };
    match file.open(kek) {
        Ok(verified) => {
            assert!(verified.record_count() + verified.blob_count() > 0);
            Outcome::Accepted
        }
        Err(_) => Outcome::Rejected,
    }
}

/// A stored vault header: one that parses is written back to the same bytes.
pub fn vault_header(data: &[u8]) -> Outcome {
    let Ok(header) = VaultHeader::from_bytes(data) else {
        return Outcome::Rejected;
    };
    assert_eq!(
        header.to_bytes(),
        data,
        "a header re-serializes identically"
    );
    Outcome::Accepted
}

/// The stored entries of the pinned folder (store, key, value), in order.
fn folder_entries() -> &'static [(StoreName, String, Vec<u8>)] {
    static ENTRIES: OnceLock<Vec<(StoreName, String, Vec<u8>)>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let mut out = Vec::new();
        let mut rest = FOLDER_V2;
        while let [store, a, b, tail @ ..] = rest {
            let store = match store {
                1 => StoreName::Meta,
                2 => StoreName::Records,
                _ => StoreName::Blobs,
            };
            let key_len = usize::from(u16::from_be_bytes([*a, *b]));
            let Some((key, tail)) = tail.split_at_checked(key_len) else {
                break;
            };
            let Some((len, tail)) = tail.split_first_chunk::<4>() else {
                break;
            };
            let len = u32::from_be_bytes(*len) as usize;
            let Some((value, tail)) = tail.split_at_checked(len) else {
                break;
            };
            out.push((
                store,
                String::from_utf8_lossy(key).into_owned(),
                value.to_vec(),
            ));
            rest = tail;
        }
        out
    })
}

/// The entries the records target can replace: the header, the manifest and every record (the
/// blobs are opened one by one by the app, through the same envelope code).
fn replaceable() -> Vec<usize> {
    folder_entries()
        .iter()
        .enumerate()
        .filter(|(_, (store, _, _))| *store != StoreName::Blobs)
        .map(|(i, _)| i)
        .collect()
}

/// The seed inputs of [`vault_records`]: each replaceable entry with its own stored value.
#[must_use]
pub fn vault_records_seeds() -> Vec<Vec<u8>> {
    replaceable()
        .iter()
        .enumerate()
        .filter_map(|(n, &i)| {
            let (_, _, value) = folder_entries().get(i)?;
            let mut seed = vec![u8::try_from(n).ok()?];
            seed.extend(value);
            Some(seed)
        })
        .collect()
}

/// Sealed records, the manifest and the header as the browser's storage holds them: the first
/// byte chooses a stored entry of the pinned folder, the rest replaces its value; the folder is
/// then unlocked with its recovery key and every record opened. Damage must show as an error or
/// as a damaged record, and every record that opens must be one of the pinned folder's.
pub fn vault_records(data: &[u8]) -> Outcome {
    let Some((&choice, value)) = data.split_first() else {
        return Outcome::Rejected;
    };
    let entries = folder_entries();
    let replaceable = replaceable();
    let Some(&chosen) = replaceable.get(usize::from(choice) % replaceable.len().max(1)) else {
        return Outcome::Rejected;
    };
    let storage = MemoryStorage::new();
    let mut batch = Batch::new();
    for (i, (store, key, stored)) in entries.iter().enumerate() {
        let v = if i == chosen { value } else { stored };
        batch.put(*store, key.clone(), v.to_vec());
    }
    if pollster::block_on(storage.commit(batch)).is_err() {
        return Outcome::Rejected;
    }
    let store = VaultStore::new(storage);
    let Ok(key) = RecoveryKey::parse(FOLDER_V2_KEY) else {
        unreachable!("the pinned recovery key parses");
    };
    let Ok(session) = pollster::block_on(store.unlock_with_recovery_key(&key)) else {
        return Outcome::Rejected;
    };
    let Ok(opened) = pollster::block_on(session.open_all()) else {
        return Outcome::Rejected;
    };
    let pinned = pinned_records();
    for record in &opened.records {
        let found = (
            record.kind.as_str().to_owned(),
            record.id.as_str().to_owned(),
            record.data.as_bytes().to_vec(),
        );
        assert!(
            pinned.contains(&found),
            "every record that opens is one of the folder's: {}/{}",
            found.0,
            found.1
        );
    }
    Outcome::of(opened.damaged.is_empty())
}

/// The records of the pinned folder as it was written (kind, id, plaintext).
fn pinned_records() -> &'static [(String, String, Vec<u8>)] {
    static RECORDS: OnceLock<Vec<(String, String, Vec<u8>)>> = OnceLock::new();
    RECORDS.get_or_init(|| open_folder(folder_entries()).unwrap_or_default())
}

fn open_folder(entries: &[(StoreName, String, Vec<u8>)]) -> Option<Vec<(String, String, Vec<u8>)>> {
    let storage = MemoryStorage::new();
    let mut batch = Batch::new();
    for (store, key, value) in entries {
        batch.put(*store, key.clone(), value.clone());
    }
    pollster::block_on(storage.commit(batch)).ok()?;
    let store = VaultStore::new(storage);
    let key = RecoveryKey::parse(FOLDER_V2_KEY).ok()?;
    let session = pollster::block_on(store.unlock_with_recovery_key(&key)).ok()?;
    let opened = pollster::block_on(session.open_all()).ok()?;
    Some(
        opened
            .records
            .iter()
            .map(|r| {
                (
                    r.kind.as_str().to_owned(),
                    r.id.as_str().to_owned(),
                    r.data.as_bytes().to_vec(),
                )
            })
            .collect(),
    )
}

// ---------------------------------------------------------------------------------------------
// The small stored records (ordner-records) and the documents and agenda (ordner-core).

/// `profile/name` and `note/main`.
pub fn profile_record(data: &[u8]) -> Outcome {
    let Some(text) = profile::decode(data) else {
        return Outcome::Rejected;
    };
    let Ok(stored) = profile::encode(&text) else {
        unreachable!("a string always encodes");
    };
    assert_eq!(profile::decode(&stored).as_ref(), Some(&text));
    Outcome::Accepted
}

/// `checklist/ticks`.
pub fn ticks_record(data: &[u8]) -> Outcome {
    let Some(set) = ticks::decode(data) else {
        return Outcome::Rejected;
    };
    let Ok(stored) = ticks::encode(&set) else {
        unreachable!("a set of strings always encodes");
    };
    assert_eq!(ticks::decode(&stored).as_ref(), Some(&set));
    Outcome::Accepted
}

/// `settings/autolock`.
pub fn settings_record(data: &[u8]) -> Outcome {
    let Some(minutes) = settings::decode_autolock(data) else {
        return Outcome::Rejected;
    };
    assert!(minutes > 0);
    let Ok(stored) = settings::encode_autolock(minutes) else {
        unreachable!("a number always encodes");
    };
    assert_eq!(settings::decode_autolock(&stored), Some(minutes));
    Outcome::Accepted
}

/// `settings/town`: the stored file name is kept to one line, everything else round-trips.
pub fn town_record(data: &[u8]) -> Outcome {
    let Some(town) = TownRecord::decode(data) else {
        return Outcome::Rejected;
    };
    let Ok(stored) = town.encode() else {
        unreachable!("a town record always encodes");
    };
    let expected = match &town {
        TownRecord::Imported { file, text } => TownRecord::Imported {
            file: file.replace(['\n', '\r'], " "),
            text: text.clone(),
        },
        builtin @ TownRecord::Builtin(_) => builtin.clone(),
    };
    assert_eq!(TownRecord::decode(&stored), Some(expected));
    Outcome::Accepted
}

/// `appointment/<id>`.
pub fn appointment(data: &[u8]) -> Outcome {
    let Ok(value) = Appointment::decode("fuzz", data) else {
        return Outcome::Rejected;
    };
    let again = Appointment::decode("fuzz", &value.encode());
    assert_eq!(again.as_ref().ok(), Some(&value));
    Outcome::Accepted
}

/// `consultation/<id>`.
pub fn consultation(data: &[u8]) -> Outcome {
    let Ok(value) = Consultation::decode("fuzz", data) else {
        return Outcome::Rejected;
    };
    let again = Consultation::decode("fuzz", &value.encode());
    assert_eq!(again.as_ref().ok(), Some(&value));
    Outcome::Accepted
}

/// `document/<id>` (unknown tags are skipped, so the property is on the value).
pub fn document(data: &[u8]) -> Outcome {
    let Ok(doc) = ordner_core::document::decode("fuzz", data) else {
        return Outcome::Rejected;
    };
    let stored = ordner_core::document::encode(&doc);
    let again = ordner_core::document::decode("fuzz", &stored);
    assert_eq!(again.as_ref().ok(), Some(&doc));
    assert_eq!(
        again.map(|d| ordner_core::document::encode(&d)).ok(),
        Some(stored)
    );
    Outcome::Accepted
}

/// The recognised text of a page (ordner-letter), stored beside the page.
pub fn page_text(data: &[u8]) -> Outcome {
    let Ok(value) = PageText::decode(data) else {
        return Outcome::Rejected;
    };
    let again = PageText::decode(&value.encode());
    assert_eq!(again.as_ref().ok(), Some(&value));
    Outcome::Accepted
}

// ---------------------------------------------------------------------------------------------
// Town packs and message bundles (ordner-core).

fn germany() -> &'static Content {
    static BASE: OnceLock<Content> = OnceLock::new();
    BASE.get_or_init(Content::default_germany)
}

/// A town pack file as the app loads it ([`Content::load_pack`]: size, encoding, syntax, every
/// field, merging over the built-in content). A pack that loads must pass the office editor's
/// export check (written as TOML and loaded again, it has no problem).
pub fn pack(data: &[u8]) -> Outcome {
    let base = germany();
    let Ok((_, loaded)) = base.load_pack("fuzz.toml", data) else {
        return Outcome::Rejected;
    };
    let issues = loaded.check(base);
    assert!(
        issues.is_empty(),
        "a loaded pack exports cleanly: {issues:?}"
    );
    Outcome::Accepted
}

/// A language bundle (`locales/<code>.ftl` of the web build) or one Fluent file: split at the
/// file markers, each part parsed, the parts built into a catalog and every message in it
/// formatted.
pub fn bundle(data: &[u8]) -> Outcome {
    let Ok(text) = std::str::from_utf8(data) else {
        return Outcome::Rejected;
    };
    // The whole bundle as the app loads it (it must hold exactly the app's files).
    let _ = Catalog::from_bundle("de", "fuzz.ftl", text);
    // A text without file markers is one Fluent file.
    let parts = if text.contains(BUNDLE_FILE_MARKER) {
        match split_bundle("fuzz.ftl", text) {
            Ok(parts) => parts,
            Err(_) => return Outcome::Rejected,
        }
    } else {
        vec![("fuzz.ftl", text)]
    };
    if parts
        .iter()
        .any(|(file, text)| parse_resource(file, text).is_err())
    {
        return Outcome::Rejected;
    }
    let Ok(catalog) = Catalog::from_sources("ar", &parts) else {
        return Outcome::Rejected;
    };
    for (_, text) in &parts {
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =")
                && !id.is_empty()
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                let _ = catalog.msg(id);
            }
        }
    }
    Outcome::Accepted
}

// ---------------------------------------------------------------------------------------------
// Printing: JPEG headers and imported PDF files (ordner-pdf).

/// The JPEG frame header read before a photo is embedded in a printout: what it reports must be
/// embeddable (no zero size, a component count a PDF image may have).
pub fn jpeg(data: &[u8]) -> Outcome {
    let Ok(info) = ordner_pdf::jpeg::read_jpeg_info(data) else {
        return Outcome::Rejected;
    };
    assert!(info.width > 0 && info.height > 0, "{info:?}");
    assert!(matches!(info.components, 1 | 3 | 4), "{info:?}");
    Outcome::Accepted
}

/// An imported PDF file: opened with lopdf under the app's limits, then every prepared page
/// drawn into a new document as the printout does (a Form XObject), and that document written.
pub fn pdf_import(data: &[u8]) -> Outcome {
    let Ok(opened) = ordner_pdf::import::open(data, ordner_pdf::import::MAX_PAGES_PER_FILE) else {
        return Outcome::Rejected;
    };
    assert!(!opened.pages.is_empty());
    assert!(opened.pages.len() <= opened.total_pages);
    let mut out = lopdf::Document::with_version("1.7");
    let mut copier = ordner_pdf::import::Copier::new(&opened);
    for page in &opened.pages {
        assert!(matches!(page.rotate, 0 | 90 | 180 | 270), "{}", page.rotate);
        let (w, h) = page.shown_size();
        assert!(w.is_finite() && h.is_finite(), "{w} x {h}");
        let form = copier.form_xobject(&mut out, page);
        out.add_object(form);
    }
    let mut written = Vec::new();
    assert!(out.save_to(&mut written).is_ok());
    Outcome::Accepted
}

// ---------------------------------------------------------------------------------------------
// The recovery key and the workers' messages.

/// A typed or scanned recovery key: one that parses reads back from its display form.
pub fn recovery_key(data: &[u8]) -> Outcome {
    let Ok(text) = std::str::from_utf8(data) else {
        return Outcome::Rejected;
    };
    let Ok(key) = RecoveryKey::parse(text) else {
        return Outcome::Rejected;
    };
    let shown = key.to_display_string();
    assert_eq!(RecoveryKey::parse(&shown).ok().as_ref(), Some(&key));
    Outcome::Accepted
}

/// A frame as the protocol fixtures store it: each part (header, then the blobs) as a
/// little-endian `u32` length and its bytes.
#[must_use]
pub fn frame_from_file(mut bytes: &[u8]) -> Option<Frame> {
    let mut parts = Vec::new();
    while !bytes.is_empty() {
        let (len, rest) = bytes.split_first_chunk::<4>()?;
        let len = usize::try_from(u32::from_le_bytes(*len)).ok()?;
        let (part, rest) = rest.split_at_checked(len)?;
        parts.push(part.to_vec());
        bytes = rest;
    }
    let mut parts = parts.into_iter();
    Some(Frame {
        header: parts.next()?,
        blobs: parts.collect(),
    })
}

/// One message type of a protocol: a frame that decodes encodes to a frame that decodes to a
/// message with the same encoding.
fn message<P: Protocol, M: Message>(frame: &Frame) -> bool {
    let Ok(message) = ordner_protocol::decode::<P, M>(frame.clone()) else {
        return false;
    };
    let Ok(encoded) = ordner_protocol::encode::<P, M>(message) else {
        unreachable!("a decoded message encodes");
    };
    let again =
        ordner_protocol::decode::<P, M>(encoded.clone()).and_then(ordner_protocol::encode::<P, M>);
    assert_eq!(again.as_ref().ok(), Some(&encoded));
    true
}

/// The PDF worker's messages, both ways.
pub fn pdf_frames(data: &[u8]) -> Outcome {
    let Some(frame) = frame_from_file(data) else {
        return Outcome::Rejected;
    };
    let request = message::<Pdf, pdf::Request>(&frame);
    let reply = message::<Pdf, Reply<Pdf>>(&frame);
    Outcome::of(request || reply)
}

/// The key-derivation worker's messages, both ways, and the derived key it hands back.
pub fn kdf_frames(data: &[u8]) -> Outcome {
    let Some(frame) = frame_from_file(data) else {
        return Outcome::Rejected;
    };
    let request = message::<Kdf, kdf::Derive>(&frame);
    let reply = message::<Kdf, Reply<Kdf>>(&frame);
    // The derived key travels as transfer bytes.
    if let Some(blob) = frame.blobs.first() {
        let _ = KeyEncryptionKey::from_transfer_bytes(blob);
    }
    Outcome::of(request || reply)
}

/// The OCR worker's messages (text, from JavaScript).
pub fn ocr_messages(data: &[u8]) -> Outcome {
    let Ok(text) = std::str::from_utf8(data) else {
        return Outcome::Rejected;
    };
    Outcome::of(WorkerMessage::decode(text).is_ok())
}
