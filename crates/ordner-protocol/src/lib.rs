//! The messages between the page and the app's Web Workers, one typed protocol per worker.
//!
//! Each worker has a [`Protocol`]: a request (page → worker), progress reports, a result and an
//! error enum (worker → page, wrapped in a [`Reply`]). Messages are encoded with serde into a
//! [`Frame`]: a compact `postcard` header that starts with the protocol's version, plus the
//! message's large byte strings (scanned pages, the finished PDF, a passphrase) as separate
//! *blobs*, which the browser transfers without copying and the receiver can zero after use.
//! The shell's `src/worker/` moves frames across `postMessage` on both sides.
//!
//! - [`pdf`]: the PDF worker (`src/bin/pdf_worker.rs`): blank folders, recovery sheets,
//!   consultation printouts. Its request types are also the PDF engine's input
//!   (`ordner-pdf` re-exports them), so nothing mirrors them.
//! - [`kdf`]: the key-derivation worker (`src/bin/kdf_worker.rs`): Argon2id off the page.
//!
//! Every message version is pinned by stored example frames (`tests/fixtures/<protocol>-v<N>/`)
//! that must keep decoding to the same values.
//!
//! **Adding a worker**: a module with the message types (derive `Serialize`/`Deserialize`;
//! implement [`Message`], overriding the blob methods for fields marked `#[serde(skip)]`), a
//! marker type implementing [`Protocol`] with its name and version 1, example frames in
//! `tests/fixtures/<name>-v1/` and a round-trip test; then `worker::serve` in the worker binary
//! and `worker::run` on the page.

pub mod kdf;
pub mod pdf;

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// What a worker posts (as a plain string) once its message handler is installed; the page
/// sends the request only then.
pub const READY: &str = "ready";

/// Why a frame could not be encoded or decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    /// The frame was written by another version of the protocol (the page and the worker come
    /// from different builds).
    #[error("{protocol} worker message of version {found}; this build speaks version {supported}")]
    Version {
        protocol: &'static str,
        found: u32,
        supported: u32,
    },
    /// The header is not a valid message of this protocol.
    #[error("{protocol} worker message cannot be read: {detail}")]
    Malformed {
        protocol: &'static str,
        detail: String,
    },
    /// The number of blobs does not match the message.
    #[error("{protocol} worker message has {found} attached byte strings; it needs {expected}")]
    Blobs {
        protocol: &'static str,
        expected: usize,
        found: usize,
    },
}

/// One worker's messages (implemented by a marker type with no values).
pub trait Protocol: Debug + PartialEq + 'static {
    /// A short name for errors and logs (`pdf`, `kdf`).
    const NAME: &'static str;
    /// The version written into every frame; raise it when a message changes shape, and add
    /// the new version's fixtures beside the old ones.
    const VERSION: u32;
    /// Page → worker.
    type Request: Message;
    /// Worker → page while working.
    type Progress: Message;
    /// Worker → page when done.
    type Response: Message;
    /// Worker → page when it failed: what went wrong, as the page needs it to explain.
    type Error: Message;

    /// The error the worker answers a request it cannot read with.
    fn unreadable_request() -> Self::Error;
}

/// A message of a protocol: serde for its header, and its large byte strings moved out as blobs.
///
/// Fields carried as blobs are `#[serde(skip)]` (or left out by a hand-written serde impl) and
/// handled by [`Message::take_blobs`] and [`Message::put_blobs`] in one fixed order.
pub trait Message: Serialize + DeserializeOwned + Debug + PartialEq {
    /// Moves the blobs out of the message (leaving the fields empty), in their fixed order.
    fn take_blobs(&mut self) -> Vec<Vec<u8>> {
        Vec::new()
    }

    /// Puts blobs back in the order [`Message::take_blobs`] gave them; takes exactly as many as
    /// the message needs.
    ///
    /// # Errors
    /// [`ProtocolError::Blobs`] when there are too few.
    fn put_blobs(&mut self, _blobs: &mut Blobs) -> Result<(), ProtocolError> {
        Ok(())
    }
}

/// Blobs being put back into a message ([`Message::put_blobs`]).
#[derive(Debug)]
pub struct Blobs {
    protocol: &'static str,
    given: usize,
    taken: usize,
    rest: std::vec::IntoIter<Vec<u8>>,
}

impl Blobs {
    fn new(protocol: &'static str, blobs: Vec<Vec<u8>>) -> Blobs {
        Blobs {
            protocol,
            given: blobs.len(),
            taken: 0,
            rest: blobs.into_iter(),
        }
    }

    /// The next blob.
    ///
    /// # Errors
    /// [`ProtocolError::Blobs`] when none is left.
    pub fn next_blob(&mut self) -> Result<Vec<u8>, ProtocolError> {
        self.taken += 1;
        self.rest.next().ok_or(ProtocolError::Blobs {
            protocol: self.protocol,
            expected: self.taken,
            found: self.given,
        })
    }

    fn finish(self) -> Result<(), ProtocolError> {
        if self.taken == self.given {
            Ok(())
        } else {
            Err(ProtocolError::Blobs {
                protocol: self.protocol,
                expected: self.taken,
                found: self.given,
            })
        }
    }
}

/// What the worker posts back.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound = "")]
pub enum Reply<P: Protocol> {
    Progress(P::Progress),
    Done(P::Response),
    Failed(Failure<P::Error>),
}

/// A worker's error, with a detail for the console (the page shows a translated message for
/// `error`; `detail` says what exactly failed, in English, for developers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure<E> {
    pub error: E,
    pub detail: String,
}

impl<E> Failure<E> {
    pub fn new(error: E, detail: impl Into<String>) -> Failure<E> {
        Failure {
            error,
            detail: detail.into(),
        }
    }
}

impl<P: Protocol> Message for Reply<P> {
    fn take_blobs(&mut self) -> Vec<Vec<u8>> {
        match self {
            Reply::Progress(m) => m.take_blobs(),
            Reply::Done(m) => m.take_blobs(),
            Reply::Failed(f) => f.error.take_blobs(),
        }
    }

    fn put_blobs(&mut self, blobs: &mut Blobs) -> Result<(), ProtocolError> {
        match self {
            Reply::Progress(m) => m.put_blobs(blobs),
            Reply::Done(m) => m.put_blobs(blobs),
            Reply::Failed(f) => f.error.put_blobs(blobs),
        }
    }
}

/// An encoded message: the header (`postcard`: the protocol version as a varint, then the
/// message) and the blobs in the message's order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Frame {
    pub header: Vec<u8>,
    pub blobs: Vec<Vec<u8>>,
}

fn malformed<P: Protocol>(e: impl std::fmt::Display) -> ProtocolError {
    ProtocolError::Malformed {
        protocol: P::NAME,
        detail: e.to_string(),
    }
}

/// Encodes a message of protocol `P` (its blobs are moved out).
///
/// # Errors
/// [`ProtocolError::Malformed`] if serde refuses a value (not the case for this crate's types).
pub fn encode<P: Protocol, M: Message>(mut message: M) -> Result<Frame, ProtocolError> {
    let blobs = message.take_blobs();
    let mut header = postcard::to_allocvec(&P::VERSION).map_err(malformed::<P>)?;
    header.extend(postcard::to_allocvec(&message).map_err(malformed::<P>)?);
    Ok(Frame { header, blobs })
}

/// Decodes a message of protocol `P` from its header alone, with its blob fields left empty
/// (for a receiver that keeps the blobs where they are, such as the PDF in the page).
///
/// # Errors
/// [`ProtocolError::Version`] for another version, [`ProtocolError::Malformed`] for bytes that
/// are not such a message (also trailing bytes).
pub fn decode_header<P: Protocol, M: Message>(header: &[u8]) -> Result<M, ProtocolError> {
    let (found, body) = postcard::take_from_bytes::<u32>(header).map_err(malformed::<P>)?;
    if found != P::VERSION {
        return Err(ProtocolError::Version {
            protocol: P::NAME,
            found,
            supported: P::VERSION,
        });
    }
    let (message, rest) = postcard::take_from_bytes::<M>(body).map_err(malformed::<P>)?;
    if !rest.is_empty() {
        return Err(malformed::<P>(format!(
            "{} bytes after the message",
            rest.len()
        )));
    }
    Ok(message)
}

/// Decodes a whole frame of protocol `P`, blobs put back in.
///
/// # Errors
/// As [`decode_header`], and [`ProtocolError::Blobs`] when the blobs do not match.
pub fn decode<P: Protocol, M: Message>(frame: Frame) -> Result<M, ProtocolError> {
    let mut message: M = decode_header::<P, M>(&frame.header)?;
    attach::<P, M>(&mut message, frame.blobs)?;
    Ok(message)
}

/// Puts the blobs of a frame into its message decoded with [`decode_header`].
///
/// # Errors
/// [`ProtocolError::Blobs`] when the blobs do not match.
pub fn attach<P: Protocol, M: Message>(
    message: &mut M,
    blobs: Vec<Vec<u8>>,
) -> Result<(), ProtocolError> {
    let mut blobs = Blobs::new(P::NAME, blobs);
    message.put_blobs(&mut blobs)?;
    blobs.finish()
}

/// A `TabId` on the wire: its stable key (`arrival`, ...), as in packs and stored records.
pub(crate) mod tab_key {
    use ordner_core::TabId;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(tab: &TabId, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(tab.key())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<TabId, D::Error> {
        let key = String::deserialize(d)?;
        TabId::from_key(&key).ok_or_else(|| D::Error::custom(format!("unknown tab `{key}`")))
    }

    /// A list of tabs, by key.
    pub mod list {
        use ordner_core::TabId;
        use serde::ser::SerializeSeq;
        use serde::{Deserialize, Deserializer, Serializer, de::Error};

        pub fn serialize<S: Serializer>(tabs: &[TabId], s: S) -> Result<S::Ok, S::Error> {
            let mut seq = s.serialize_seq(Some(tabs.len()))?;
            for tab in tabs {
                seq.serialize_element(tab.key())?;
            }
            seq.end()
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<TabId>, D::Error> {
            Vec::<String>::deserialize(d)?
                .iter()
                .map(|key| {
                    TabId::from_key(key)
                        .ok_or_else(|| D::Error::custom(format!("unknown tab `{key}`")))
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "unit tests")]

    use super::*;

    #[test]
    fn another_version_is_refused_by_name() {
        let mut frame = encode::<pdf::Pdf, _>(pdf::Progress {
            stage: 1,
            done: 2,
            total: 3,
        })
        .unwrap();
        let spoken = <pdf::Pdf as Protocol>::VERSION;
        assert_eq!(
            u32::from(frame.header[0]),
            spoken,
            "the version, one varint byte"
        );
        frame.header[0] += 1;
        assert_eq!(
            decode::<pdf::Pdf, pdf::Progress>(frame),
            Err(ProtocolError::Version {
                protocol: "pdf",
                found: spoken + 1,
                supported: spoken
            })
        );
    }

    #[test]
    fn trailing_bytes_and_missing_or_extra_blobs_are_errors() {
        let mut frame = encode::<kdf::Kdf, _>(kdf::Derived {
            key: kdf::Secret::new(vec![7; 4]),
        })
        .unwrap();
        assert_eq!(frame.blobs.len(), 1);
        let mut long = frame.clone();
        long.header.push(0);
        assert!(matches!(
            decode::<kdf::Kdf, kdf::Derived>(long),
            Err(ProtocolError::Malformed { .. })
        ));
        let mut extra = frame.clone();
        extra.blobs.push(Vec::new());
        assert_eq!(
            decode::<kdf::Kdf, kdf::Derived>(extra),
            Err(ProtocolError::Blobs {
                protocol: "kdf",
                expected: 1,
                found: 2
            })
        );
        frame.blobs.clear();
        assert_eq!(
            decode::<kdf::Kdf, kdf::Derived>(frame),
            Err(ProtocolError::Blobs {
                protocol: "kdf",
                expected: 1,
                found: 0
            })
        );
    }
}
