//! The PDF worker's protocol (`src/bin/pdf_worker.rs`; the page's side is `src/print/`).
//!
//! The page sends one [`Request`]; the worker fetches the fonts and message bundles the job needs,
//! reports [`Progress`], and answers with [`Done`] (the PDF is the reply's one blob) or an
//! [`Error`]. The consultation printout's parts ([`ConsultDocument`], [`DatedEntry`],
//! [`LogEntry`]) are the PDF engine's own input types: `ordner-pdf` re-exports them.
//!
//! Blobs, in order: a request's town pack file (if any), then every page of every document;
//! a [`Done`]'s PDF.

use ordner_core::TabId;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Blobs, Message, ProtocolError};

/// The PDF worker's protocol.
#[derive(Debug, PartialEq)]
pub enum Pdf {}

impl crate::Protocol for Pdf {
    const NAME: &'static str = "pdf";
    /// 2: the consultation printout's choice carries the contacts of the chosen appointments
    /// (`ConsultChoice::contacts`, #13 §11).
    const VERSION: u32 = 2;
    type Request = Request;
    type Progress = Progress;
    type Response = Done;
    type Error = Error;

    fn unreadable_request() -> Error {
        Error::Internal
    }
}

/// One thing to print, with the date it is printed on (as printed: `21.11.2026`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub printed_on: String,
    pub job: Job,
}

/// One thing to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[allow(
    clippy::large_enum_variant,
    reason = "one job per worker, sent once: boxing the choice would save nothing"
)]
pub enum Job {
    /// The blank folder for offices, German + `lang`.
    Blank { lang: String, pack: PackSource },
    /// The recovery sheet: the key as shown, its QR code (rows of modules, `true` = dark).
    Recovery {
        lang: String,
        key: String,
        qr: Vec<Vec<bool>>,
    },
    /// The consultation printout.
    Consult {
        lang: String,
        pack: PackSource,
        choice: ConsultChoice,
    },
}

/// Where the town content of a folder or printout comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackSource {
    /// The default content for Germany, no town.
    None,
    /// A pack shipped with the app, by key (`dresden`, ...).
    Builtin(String),
    /// A pack file loaded by the person or office: its name and bytes (a blob).
    File { name: String, bytes: Vec<u8> },
}

/// [`PackSource`] without its bytes.
#[derive(Serialize, Deserialize)]
enum PackWire {
    None,
    Builtin(String),
    File { name: String },
}

impl Serialize for PackSource {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            PackSource::None => PackWire::None,
            PackSource::Builtin(key) => PackWire::Builtin(key.clone()),
            PackSource::File { name, .. } => PackWire::File { name: name.clone() },
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for PackSource {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match PackWire::deserialize(d)? {
            PackWire::None => PackSource::None,
            PackWire::Builtin(key) => PackSource::Builtin(key),
            PackWire::File { name } => PackSource::File {
                name,
                bytes: Vec::new(),
            },
        })
    }
}

/// What the person chose for the consultation printout.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ConsultChoice {
    /// The tabs the person chose, in folder order.
    #[serde(with = "crate::tab_key::list")]
    pub tabs: Vec<TabId>,
    /// Keys of ticked checklist items (empty when the person does not show them).
    pub checked: Vec<String>,
    /// The person's name, only if they chose to print it.
    pub name: Option<String>,
    /// The person's own notes, only if they chose to print them.
    pub notes: Option<String>,
    pub documents: Vec<ConsultDocument>,
    pub deadlines: Vec<DatedEntry>,
    pub appointments: Vec<DatedEntry>,
    pub log: Vec<LogEntry>,
    /// Keys of the town's contacts the chosen appointments name (#13 §11): the printout lists
    /// them first among its contacts.
    pub contacts: Vec<String>,
}

/// A document the person chose, with its pages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultDocument {
    /// The title the person gave it (printed as typed).
    pub title: String,
    /// Its document type key (`doctype-<key>` names it), if any.
    pub doctype: Option<String>,
    /// The tab it is filed behind.
    #[serde(with = "crate::tab_key")]
    pub tab: TabId,
    /// Dates, already formatted (e.g. `03.02.2026`): the day it was served (its type's deadline
    /// runs from service: "zugestellt am") or received ("erhalten am"), never "issued"; the
    /// letter's own date; the expiry date.
    pub received: Option<String>,
    pub letter_date: Option<String>,
    pub valid_until: Option<String>,
    /// Its pages in order: scanned pages (JPEG) and whole PDF files.
    pub pages: Vec<ConsultPage>,
}

/// One page of a document as stored: a scanned page or a whole PDF file. Its bytes are a blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsultPage {
    /// A JPEG file; embedded byte for byte.
    Jpeg(Vec<u8>),
    /// A PDF file; every page of it becomes a page of the printout. `rotation` is the turn
    /// (clockwise degrees, a multiple of 90) the person gave it in the app, on top of the
    /// file's own `/Rotate`.
    Pdf { bytes: Vec<u8>, rotation: u16 },
}

impl ConsultPage {
    fn bytes_mut(&mut self) -> &mut Vec<u8> {
        match self {
            ConsultPage::Jpeg(bytes) | ConsultPage::Pdf { bytes, .. } => bytes,
        }
    }
}

/// [`ConsultPage`] without its bytes.
#[derive(Serialize, Deserialize)]
enum PageWire {
    Jpeg,
    Pdf { rotation: u16 },
}

impl Serialize for ConsultPage {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ConsultPage::Jpeg(_) => PageWire::Jpeg,
            ConsultPage::Pdf { rotation, .. } => PageWire::Pdf {
                rotation: *rotation,
            },
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for ConsultPage {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match PageWire::deserialize(d)? {
            PageWire::Jpeg => ConsultPage::Jpeg(Vec::new()),
            PageWire::Pdf { rotation } => ConsultPage::Pdf {
                bytes: Vec::new(),
                rotation: rotation % 360,
            },
        })
    }
}

/// A deadline or an appointment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedEntry {
    /// Sortable date, `YYYY-MM-DD`.
    pub date: String,
    /// The date as printed (e.g. `12.05.2026`); the sortable date when empty.
    pub shown_date: String,
    pub title: String,
    pub note: Option<String>,
}

/// One entry of the consultation log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    /// The date as printed.
    pub date: String,
    /// Who the person saw (an office, an advisor).
    pub with: String,
    pub summary: String,
}

impl Request {
    fn blob_fields(&mut self) -> Vec<&mut Vec<u8>> {
        let mut out = Vec::new();
        let (pack, choice) = match &mut self.job {
            Job::Blank { pack, .. } => (pack, None),
            Job::Consult { pack, choice, .. } => (pack, Some(choice)),
            Job::Recovery { .. } => return out,
        };
        if let PackSource::File { bytes, .. } = pack {
            out.push(bytes);
        }
        for document in choice.into_iter().flat_map(|c| &mut c.documents) {
            out.extend(document.pages.iter_mut().map(ConsultPage::bytes_mut));
        }
        out
    }
}

impl Message for Request {
    fn take_blobs(&mut self) -> Vec<Vec<u8>> {
        self.blob_fields().into_iter().map(std::mem::take).collect()
    }

    fn put_blobs(&mut self, blobs: &mut Blobs) -> Result<(), ProtocolError> {
        for field in self.blob_fields() {
            *field = blobs.next_blob()?;
        }
        Ok(())
    }
}

/// A progress report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// 0: loading fonts and texts; 1: setting pages.
    pub stage: u8,
    pub done: u32,
    pub total: u32,
}

impl Progress {
    /// Overall share done, 0..=1000 (loading counts for the first fifth).
    #[must_use]
    pub fn permille(self) -> u32 {
        let part = (self.done.min(self.total) * 1000)
            .checked_div(self.total)
            .unwrap_or(0);
        match self.stage {
            0 => part / 5,
            _ => 200 + part * 4 / 5,
        }
    }
}

impl Message for Progress {}

/// A finished PDF.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Done {
    /// The PDF file (a blob).
    #[serde(skip)]
    pub pdf: Vec<u8>,
    pub pages: u32,
    /// The engine's own time inside the worker, in ms.
    pub render_ms: f64,
    /// The font files the worker fetched (only those of the scripts in use).
    pub fonts: Vec<String>,
}

impl Message for Done {
    fn take_blobs(&mut self) -> Vec<Vec<u8>> {
        vec![std::mem::take(&mut self.pdf)]
    }

    fn put_blobs(&mut self, blobs: &mut Blobs) -> Result<(), ProtocolError> {
        self.pdf = blobs.next_blob()?;
        Ok(())
    }
}

/// What went wrong in the worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Error {
    /// Fonts or texts could not be fetched: offline before they were ever cached.
    Offline,
    /// A font file is damaged or missing.
    Font,
    /// The town pack cannot be read.
    Pack,
    /// A scanned page is not a JPEG the printout can use (1-based, over all pages).
    Scan(u32),
    /// Anything else inside the engine (the reply's detail says what).
    Internal,
}

impl Message for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_counts_loading_as_the_first_fifth() {
        let p = |stage, done, total| Progress { stage, done, total }.permille();
        assert_eq!(p(0, 0, 0), 0);
        assert_eq!(p(0, 5, 5), 200);
        assert_eq!(p(1, 0, 4), 200);
        assert_eq!(p(1, 2, 4), 600);
        assert_eq!(p(1, 9, 4), 1000);
    }
}
