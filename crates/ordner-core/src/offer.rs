//! What the app offers for a finished file (a PDF, the calendar file) instead of downloading it
//! (#12 §1): a file in Downloads is readable by anyone who holds the phone, and the recovery
//! sheet's PDF would open the whole folder. So nothing is written outside the folder until the
//! person chooses it:
//!
//! - [`Choice::Print`]: the browser's print dialog for the PDF (only where the browser shows PDFs
//!   itself; elsewhere a PDF in a frame would be downloaded);
//! - [`Choice::Share`]: the Web Share API with the file, where the browser can share it (it hands
//!   the file to a printer app or a messenger without a copy in Downloads);
//! - [`Choice::Save`]: saving as a file, always possible, never automatic; for a file with the
//!   person's data the warning that it is not protected stands right above it, in both languages.
//!
//! The shell (`src/file_offer.rs`) asks the browser what it can do ([`Platform`]) and renders the
//! [`Offer`]; this module decides what is offered and what is said.

/// What kind of file is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A PDF (printouts, the recovery sheet, blank folders).
    Pdf,
    /// An `.ics` calendar file.
    Calendar,
}

impl FileKind {
    /// The value of the offer's `data-kind` attribute.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Calendar => "calendar",
        }
    }
}

/// Whose data the file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contents {
    /// Nothing personal (an office's blank folder).
    Public,
    /// The person's data (a consultation printout, the calendar of deadlines and appointments).
    Personal,
    /// The recovery key: with the file, anyone can open the folder.
    RecoveryKey,
}

/// What the browser can do with a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Platform {
    /// The browser shows PDFs itself (`navigator.pdfViewerEnabled`).
    pub pdf_viewer: bool,
    /// `navigator.canShare({ files: [file] })` said yes for this very file.
    pub can_share_file: bool,
}

/// One way to hand the file on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Print,
    Share,
    Save,
}

impl Choice {
    /// The button's label.
    #[must_use]
    pub fn label_id(self) -> &'static str {
        match self {
            Choice::Print => "print-print",
            Choice::Share => "print-share",
            Choice::Save => "print-save-file",
        }
    }

    /// The button's class (the tests find it by this).
    #[must_use]
    pub fn class(self) -> &'static str {
        match self {
            Choice::Print => "file-print",
            Choice::Share => "file-share",
            Choice::Save => "file-save",
        }
    }

    /// What is said when this way fails.
    #[must_use]
    pub fn failed_id(self) -> &'static str {
        match self {
            Choice::Print => "print-print-failed",
            Choice::Share => "print-share-failed",
            Choice::Save => "print-save-failed",
        }
    }
}

/// What the screen shows for a finished file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// The buttons that hand the file on without writing it anywhere (print, share), in order.
    pub direct: Vec<Choice>,
    /// The warnings shown right above "Save as file", in order (empty for a public file).
    pub save_warnings: Vec<&'static str>,
    /// What is said once the file is saved (it has the `file` argument).
    pub saved_id: &'static str,
}

impl Offer {
    /// Every way offered: the direct ones, then [`Choice::Save`], which is always there (and is
    /// never taken without the person pressing it).
    #[must_use]
    pub fn choices(&self) -> Vec<Choice> {
        let mut all = self.direct.clone();
        all.push(Choice::Save);
        all
    }
}

/// The message that says the file is ready and not saved anywhere yet.
pub const READY_ID: &str = "print-ready";

/// What to offer for a file of `kind` holding `contents` on `platform`.
#[must_use]
pub fn offer(kind: FileKind, contents: Contents, platform: Platform) -> Offer {
    let mut direct = Vec::new();
    if kind == FileKind::Pdf && platform.pdf_viewer {
        direct.push(Choice::Print);
    }
    if platform.can_share_file {
        direct.push(Choice::Share);
    }
    let save_warnings = match contents {
        Contents::Public => Vec::new(),
        Contents::Personal => vec!["print-save-warning"],
        Contents::RecoveryKey => vec!["print-save-warning-key", "print-save-warning"],
    };
    let saved_id = match contents {
        Contents::Public => "print-saved",
        Contents::Personal | Contents::RecoveryKey => "print-saved-personal",
    };
    Offer {
        direct,
        save_warnings,
        saved_id,
    }
}

/// How a `navigator.share` call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareOutcome {
    /// The file was handed on.
    Done,
    /// The person closed the share sheet: nothing to say.
    Cancelled,
    /// The browser refused: say so (the other ways remain).
    Failed,
}

/// The outcome of `navigator.share` from the `name` of its error (`None`: it resolved).
#[must_use]
pub fn share_outcome(error_name: Option<&str>) -> ShareOutcome {
    match error_name {
        None => ShareOutcome::Done,
        Some("AbortError") => ShareOutcome::Cancelled,
        Some(_) => ShareOutcome::Failed,
    }
}

/// Every message id this module refers to (checked against the catalogs by a test).
pub const MESSAGE_IDS: &[&str] = &[
    READY_ID,
    "print-print",
    "print-share",
    "print-save-file",
    "print-print-failed",
    "print-share-failed",
    "print-save-failed",
    "print-save-warning",
    "print-save-warning-key",
    "print-saved",
    "print-saved-personal",
];

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_PLATFORMS: [Platform; 4] = [
        Platform {
            pdf_viewer: false,
            can_share_file: false,
        },
        Platform {
            pdf_viewer: true,
            can_share_file: false,
        },
        Platform {
            pdf_viewer: false,
            can_share_file: true,
        },
        Platform {
            pdf_viewer: true,
            can_share_file: true,
        },
    ];
    const ALL_CONTENTS: [Contents; 3] =
        [Contents::Public, Contents::Personal, Contents::RecoveryKey];

    #[test]
    fn save_is_always_offered_but_never_a_direct_way() {
        for kind in [FileKind::Pdf, FileKind::Calendar] {
            for contents in ALL_CONTENTS {
                for platform in ALL_PLATFORMS {
                    let o = offer(kind, contents, platform);
                    assert!(!o.direct.contains(&Choice::Save), "{kind:?} {platform:?}");
                    assert_eq!(o.choices().last(), Some(&Choice::Save));
                    assert_eq!(
                        o.choices().iter().filter(|c| **c == Choice::Save).count(),
                        1
                    );
                }
            }
        }
    }

    #[test]
    fn print_only_for_a_pdf_where_the_browser_shows_pdfs() {
        let viewer = Platform {
            pdf_viewer: true,
            can_share_file: false,
        };
        let none = Platform::default();
        assert_eq!(
            offer(FileKind::Pdf, Contents::Personal, viewer).direct,
            [Choice::Print]
        );
        // Without a viewer a PDF in a frame would be downloaded: no print button.
        assert!(
            offer(FileKind::Pdf, Contents::Personal, none)
                .direct
                .is_empty()
        );
        // A calendar file is never printed.
        assert!(
            offer(FileKind::Calendar, Contents::Personal, viewer)
                .direct
                .is_empty()
        );
    }

    #[test]
    fn share_only_when_the_browser_can_share_this_file() {
        let share = Platform {
            pdf_viewer: false,
            can_share_file: true,
        };
        assert_eq!(
            offer(FileKind::Calendar, Contents::Personal, share).direct,
            [Choice::Share]
        );
        let both = Platform {
            pdf_viewer: true,
            can_share_file: true,
        };
        assert_eq!(
            offer(FileKind::Pdf, Contents::RecoveryKey, both).direct,
            [Choice::Print, Choice::Share]
        );
    }

    #[test]
    fn personal_files_warn_before_saving_and_the_key_warns_most() {
        let p = Platform::default();
        let public = offer(FileKind::Pdf, Contents::Public, p);
        assert!(public.save_warnings.is_empty());
        assert_eq!(public.saved_id, "print-saved");
        let personal = offer(FileKind::Calendar, Contents::Personal, p);
        assert_eq!(personal.save_warnings, ["print-save-warning"]);
        assert_eq!(personal.saved_id, "print-saved-personal");
        let key = offer(FileKind::Pdf, Contents::RecoveryKey, p);
        assert_eq!(
            key.save_warnings,
            ["print-save-warning-key", "print-save-warning"]
        );
        assert_eq!(key.saved_id, "print-saved-personal");
    }

    #[test]
    fn share_outcomes() {
        assert_eq!(share_outcome(None), ShareOutcome::Done);
        assert_eq!(share_outcome(Some("AbortError")), ShareOutcome::Cancelled);
        assert_eq!(share_outcome(Some("NotAllowedError")), ShareOutcome::Failed);
        assert_eq!(share_outcome(Some("DataError")), ShareOutcome::Failed);
    }

    #[test]
    fn every_id_used_is_listed() {
        let mut used = vec![READY_ID];
        for kind in [FileKind::Pdf, FileKind::Calendar] {
            for contents in ALL_CONTENTS {
                let o = offer(
                    kind,
                    contents,
                    Platform {
                        pdf_viewer: true,
                        can_share_file: true,
                    },
                );
                for c in o.choices() {
                    used.push(c.label_id());
                    used.push(c.failed_id());
                }
                used.extend(o.save_warnings.iter().copied());
                used.push(o.saved_id);
            }
        }
        for id in used {
            assert!(MESSAGE_IDS.contains(&id), "{id} not in MESSAGE_IDS");
        }
    }
}
