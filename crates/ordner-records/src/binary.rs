//! Version 2 of the small records (profile, notes, ticks, auto-lock, town): a mark byte, the
//! version, then the value in postcard, serde's compact binary format.
//!
//! ```text
//! byte 0   0xFF (no UTF-8 text starts with it: every version-1 record is UTF-8 text)
//! byte 1   the version (2)
//! 2..      postcard(value)
//! ```
//!
//! Version-1 records (UTF-8 text, see each record's module) keep opening through their own
//! reader; a record with a version above [`VERSION`] is refused, never guessed at.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::RecordsError;

/// The first byte of every binary record.
pub const MARK: u8 = 0xFF;
/// The version written.
pub const VERSION: u8 = 2;

/// A stored small record, by how it must be read.
pub(crate) enum Stored<'a> {
    /// Version 1: UTF-8 text.
    Text(&'a str),
    /// Version 2 or later: the value is read with serde; `None` if it cannot be.
    Binary(&'a [u8]),
}

/// Which reader a stored record needs; `None` if it is neither text nor a version this app
/// reads.
pub(crate) fn stored(bytes: &[u8]) -> Option<Stored<'_>> {
    match bytes {
        [MARK, VERSION, rest @ ..] => Some(Stored::Binary(rest)),
        [MARK, ..] => None,
        text => std::str::from_utf8(text).ok().map(Stored::Text),
    }
}

/// The stored bytes of a value (version 2).
///
/// # Errors
/// [`RecordsError::Encode`] (cannot happen for the record types of this crate).
pub(crate) fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, RecordsError> {
    postcard::to_extend(value, vec![MARK, VERSION]).map_err(|e| RecordsError::Encode(e.to_string()))
}

/// Reads a version-2 value; `None` if it is damaged or has bytes left over.
pub(crate) fn decode<T: DeserializeOwned>(body: &[u8]) -> Option<T> {
    match postcard::take_from_bytes(body) {
        Ok((value, [])) => Some(value),
        _ => None,
    }
}
