//! The messages of the text-recognition worker (`public/ocr/ocr-worker.js`), version 1.
//!
//! ```text
//! page -> worker: ["ocr/1 recognise", ArrayBuffer (a JPEG or PNG)]
//! worker -> page: "ocr/1 progress <download|recognise> <done> <total>"
//!                 "ocr/1 result <width> <height> <words>\n"
//!                   then per word "<left> <top> <right> <bottom> <confidence 0-100> <text>\n"
//!                   then the page's text (the rest of the message)
//!                 "ocr/1 error <code> <detail>"
//! ```
//!
//! Pinned by `tests/fixtures/ocr-protocol-v1.txt`. A message of another version is refused with a
//! clear error (the page and the worker come from one build; a mix means a stale cache).

use crate::page_text::RecognisedWord;

/// The request's header (the image follows as the second element of the message array).
pub const RECOGNISE: &str = "ocr/1 recognise";

const PREFIX: &str = "ocr/1 ";

/// What is being waited for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Fetching the engine and the model (bytes).
    Download,
    /// Recognising the page (percent).
    Recognise,
}

/// Why recognition failed, as the worker reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The engine's files could not be fetched (offline before the first download).
    Fetch,
    /// The image cannot be read.
    Image,
    /// The engine failed.
    Recognition,
    /// The worker did not understand the request.
    Request,
}

/// A message from the worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkerMessage {
    Progress {
        stage: Stage,
        done: u64,
        total: u64,
    },
    Result {
        width: u32,
        height: u32,
        words: Vec<RecognisedWord>,
        text: String,
    },
    Error {
        failure: Failure,
        detail: String,
    },
}

/// A message that does not follow protocol version 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("text recognition worker message not understood: {0}")]
pub struct ProtocolError(pub String);

fn bad(what: &str) -> ProtocolError {
    ProtocolError(what.to_owned())
}

fn nums<const N: usize>(parts: &[&str]) -> Result<[u64; N], ProtocolError> {
    let mut out = [0; N];
    for (slot, part) in out.iter_mut().zip(parts) {
        *slot = part.parse().map_err(|_| bad("a number expected"))?;
    }
    if parts.len() < N {
        return Err(bad("too few numbers"));
    }
    Ok(out)
}

fn u32_of(n: u64) -> Result<u32, ProtocolError> {
    u32::try_from(n).map_err(|_| bad("number too large"))
}

impl WorkerMessage {
    /// Decodes one message of the worker.
    ///
    /// # Errors
    /// [`ProtocolError`] for another version or a malformed message.
    pub fn decode(message: &str) -> Result<WorkerMessage, ProtocolError> {
        let rest = message
            .strip_prefix(PREFIX)
            .ok_or_else(|| bad("not version 1"))?;
        let (head, body) = rest.split_once('\n').unwrap_or((rest, ""));
        let mut parts = head.splitn(2, ' ');
        let kind = parts.next().unwrap_or("");
        let args = parts.next().unwrap_or("");
        match kind {
            "progress" => {
                let p: Vec<&str> = args.split(' ').collect();
                let stage = match p.first() {
                    Some(&"download") => Stage::Download,
                    Some(&"recognise") => Stage::Recognise,
                    _ => return Err(bad("unknown progress stage")),
                };
                let [done, total] = nums::<2>(p.get(1..).unwrap_or(&[]))?;
                Ok(WorkerMessage::Progress { stage, done, total })
            }
            "result" => {
                let p: Vec<&str> = args.split(' ').collect();
                let [width, height, count] = nums::<3>(&p)?;
                let mut lines = body.splitn(
                    usize::try_from(count)
                        .map_err(|_| bad("too many words"))?
                        .saturating_add(1),
                    '\n',
                );
                let mut words = Vec::new();
                for _ in 0..count {
                    let line = lines
                        .next()
                        .ok_or_else(|| bad("fewer words than announced"))?;
                    let f: Vec<&str> = line.splitn(6, ' ').collect();
                    let [left, top, right, bottom, confidence] = nums::<5>(&f)?;
                    words.push(RecognisedWord {
                        text: f.get(5).copied().unwrap_or("").to_owned(),
                        left: u32_of(left)?,
                        top: u32_of(top)?,
                        right: u32_of(right)?,
                        bottom: u32_of(bottom)?,
                        confidence: u8::try_from(confidence.min(100)).unwrap_or(100),
                    });
                }
                let text = if count == 0 {
                    body
                } else {
                    lines.next().unwrap_or("")
                };
                Ok(WorkerMessage::Result {
                    width: u32_of(width)?,
                    height: u32_of(height)?,
                    words,
                    text: text.to_owned(),
                })
            }
            "error" => {
                let (code, detail) = args.split_once(' ').unwrap_or((args, ""));
                let failure = match code {
                    "1" => Failure::Fetch,
                    "2" => Failure::Image,
                    "3" => Failure::Recognition,
                    "4" => Failure::Request,
                    _ => return Err(bad("unknown error code")),
                };
                Ok(WorkerMessage::Error {
                    failure,
                    detail: detail.to_owned(),
                })
            }
            _ => Err(bad("unknown message")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fixture holds one message per block, blocks separated by a line `====`.
    #[test]
    fn stored_version_1_messages_decode() {
        let fixture = include_str!("../tests/fixtures/ocr-protocol-v1.txt");
        let messages: Vec<WorkerMessage> = fixture
            .split("\n====\n")
            .map(|m| WorkerMessage::decode(m).unwrap())
            .collect();
        assert_eq!(
            messages[0],
            WorkerMessage::Progress {
                stage: Stage::Download,
                done: 524_288,
                total: 3_172_106
            }
        );
        assert_eq!(
            messages[1],
            WorkerMessage::Progress {
                stage: Stage::Recognise,
                done: 40,
                total: 100
            }
        );
        let WorkerMessage::Result {
            width,
            height,
            words,
            text,
        } = &messages[2]
        else {
            panic!("{:?}", messages[2]);
        };
        assert_eq!((*width, *height), (2000, 2828));
        assert_eq!(words.len(), 3);
        assert_eq!(words[2].text, "30.09.2026");
        assert_eq!(words[0].confidence, 93);
        assert_eq!(text, "Gültig bis: 30.09.2026\nzweite Zeile\n");
        assert_eq!(
            messages[3],
            WorkerMessage::Error {
                failure: Failure::Fetch,
                detail: "TypeError: Failed to fetch".into()
            }
        );
        assert_eq!(
            WorkerMessage::decode("ocr/1 result 10 10 0\n"),
            Ok(WorkerMessage::Result {
                width: 10,
                height: 10,
                words: vec![],
                text: String::new()
            })
        );
    }

    #[test]
    fn other_versions_and_damage_are_refused() {
        for m in [
            "ocr/2 progress download 1 2",
            "ocr/1 progress upload 1 2",
            "ocr/1 progress download x 2",
            "ocr/1 result 10 10 2\n1 2 3 4 5 a\n",
            "ocr/1 error 9 x",
            "ocr/1 hello",
            "",
        ] {
            assert!(WorkerMessage::decode(m).is_err(), "{m}");
        }
    }
}
