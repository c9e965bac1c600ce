//! The Noto fonts the engine prints with, and which of them a document needs.
//!
//! The engine never reads files itself: callers hand it font bytes ([`FontLibrary::add`]). The
//! command line tool reads them from the repository's `public/fonts/`, the browser worker fetches
//! the same files. [`faces_for_scripts`] tells which files a pair of languages needs, so the
//! worker fetches only those.

use std::collections::HashMap;
use std::sync::Arc;

use ordner_core::lang::Script;

use crate::error::PdfError;

/// A type family of the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// Noto Sans: Latin, Cyrillic, Greek, digits and common punctuation.
    Sans,
    /// Noto Naskh Arabic: the Arabic script (Arabic, Persian, Dari, Pashto, Sorani, Urdu).
    ///
    /// Urdu readers prefer Nastaliq. Noto Nastaliq Urdu shapes and renders correctly with this
    /// engine, but its words climb from baseline to baseline, and text extractors (pdftotext)
    /// then tear the words apart; Urdu is printed in Naskh until an invisible Naskh text layer
    /// is added under visible Nastaliq (see docs/pdf.md).
    Naskh,
    /// Noto Sans Ethiopic: Ge'ez (Tigrinya, Amharic).
    Ethiopic,
    /// Noto Sans Georgian.
    Georgian,
    /// Noto Sans Symbols: the fallback for arrows and other symbols Noto Sans lacks ("→").
    /// One weight only (regular, also for bold text); fetched only for a document whose text
    /// has such a symbol ([`needs_symbols`]).
    Symbols,
}

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

/// One font file: a family in one weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FontFace {
    pub family: Family,
    pub weight: Weight,
}

impl FontFace {
    pub const fn new(family: Family, weight: Weight) -> FontFace {
        FontFace { family, weight }
    }

    /// Every face the engine knows.
    pub const ALL: [FontFace; 9] = [
        FontFace::new(Family::Sans, Weight::Regular),
        FontFace::new(Family::Sans, Weight::Bold),
        FontFace::new(Family::Naskh, Weight::Regular),
        FontFace::new(Family::Naskh, Weight::Bold),
        FontFace::new(Family::Ethiopic, Weight::Regular),
        FontFace::new(Family::Ethiopic, Weight::Bold),
        FontFace::new(Family::Georgian, Weight::Regular),
        FontFace::new(Family::Georgian, Weight::Bold),
        FontFace::new(Family::Symbols, Weight::Regular),
    ];

    /// The file name under `public/fonts/` (as in Debian's `fonts-noto-core`).
    pub fn file_name(self) -> &'static str {
        use Family::*;
        use Weight::*;
        match (self.family, self.weight) {
            (Sans, Regular) => "NotoSans-Regular.ttf",
            (Sans, Bold) => "NotoSans-Bold.ttf",
            (Naskh, Regular) => "NotoNaskhArabic-Regular.ttf",
            (Naskh, Bold) => "NotoNaskhArabic-Bold.ttf",
            (Ethiopic, Regular) => "NotoSansEthiopic-Regular.ttf",
            (Ethiopic, Bold) => "NotoSansEthiopic-Bold.ttf",
            (Georgian, Regular) => "NotoSansGeorgian-Regular.ttf",
            (Georgian, Bold) => "NotoSansGeorgian-Bold.ttf",
            // One weight: bold text takes the regular symbols.
            (Symbols, _) => "NotoSansSymbols-Regular.ttf",
        }
    }

    /// The PostScript-style name written into the PDF.
    pub fn pdf_name(self) -> String {
        self.file_name().trim_end_matches(".ttf").to_owned()
    }
}

/// The family that prints a script (Latin and Cyrillic share Noto Sans).
pub fn family_for_script(script: Script) -> Family {
    match script {
        Script::Latin | Script::Cyrillic => Family::Sans,
        Script::Arabic | Script::ArabicNastaliq => Family::Naskh,
        Script::Ethiopic => Family::Ethiopic,
        Script::Georgian => Family::Georgian,
    }
}

/// Whether a text has a symbol that only the fallback font ([`Family::Symbols`]) prints:
/// arrows, technical symbols, enclosed numbers, shapes, dingbats, supplemental arrows.
pub fn needs_symbols(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c as u32,
            0x2190..=0x21FF | 0x2300..=0x23FF | 0x2460..=0x24FF | 0x25A0..=0x27BF
            | 0x2900..=0x297F | 0x2B00..=0x2BFF)
    })
}

/// The fallback face for symbols.
pub const SYMBOLS: FontFace = FontFace::new(Family::Symbols, Weight::Regular);

/// The font files a document in these scripts needs: Noto Sans always (German, digits), plus
/// the family of each script, regular and bold.
pub fn faces_for_scripts(scripts: &[Script]) -> Vec<FontFace> {
    let mut families = vec![Family::Sans];
    for s in scripts {
        let f = family_for_script(*s);
        if !families.contains(&f) {
            families.push(f);
        }
    }
    let mut out = Vec::new();
    for f in families {
        out.push(FontFace::new(f, Weight::Regular));
        out.push(FontFace::new(f, Weight::Bold));
    }
    out
}

/// A loaded font: its bytes, the shaping font, and what the layout needs from its metrics.
pub(crate) struct LoadedFace {
    pub face: FontFace,
    pub bytes: Arc<Vec<u8>>,
    pub font: harfrust::Font,
    pub units_per_em: f32,
    /// Ascender and descender from `hhea`, in em (descender positive, below the baseline).
    pub ascent: f32,
    pub descent: f32,
    coverage: std::sync::Mutex<HashMap<char, bool>>,
}

impl LoadedFace {
    /// Whether the font has a glyph for the character.
    pub fn covers(&self, c: char) -> bool {
        if let Ok(mut cache) = self.coverage.lock() {
            if let Some(v) = cache.get(&c) {
                return *v;
            }
            let v = self.font.charmap().map_unicode(c).is_some();
            cache.insert(c, v);
            v
        } else {
            self.font.charmap().map_unicode(c).is_some()
        }
    }
}

/// Index of a face inside a [`FontLibrary`].
pub(crate) type FaceIdx = usize;

/// The fonts given to the engine.
#[derive(Default)]
pub struct FontLibrary {
    faces: Vec<LoadedFace>,
}

impl std::fmt::Debug for FontLibrary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.faces.iter().map(|l| l.face))
            .finish()
    }
}

impl FontLibrary {
    pub fn new() -> FontLibrary {
        FontLibrary::default()
    }

    /// Adds the bytes of one font file. A face added twice replaces the earlier one.
    pub fn add(&mut self, face: FontFace, bytes: Vec<u8>) -> Result<(), PdfError> {
        let bad = || PdfError::BadFont {
            face: face.pdf_name(),
        };
        let (upem, ascent, descent) = hhea_metrics(&bytes).ok_or_else(bad)?;
        let bytes = Arc::new(bytes);
        let blob: Arc<dyn AsRef<[u8]> + Send + Sync> = bytes.clone();
        let font = harfrust::Font::new(harfrust::font::Blob::from(blob), 0).ok_or_else(bad)?;
        let loaded = LoadedFace {
            face,
            bytes,
            font,
            units_per_em: upem,
            ascent,
            descent,
            coverage: std::sync::Mutex::new(HashMap::new()),
        };
        self.faces.retain(|l| l.face != face);
        self.faces.push(loaded);
        Ok(())
    }

    /// Reads the given faces from a directory holding the files named by
    /// [`FontFace::file_name`] (native callers; the browser fetches the files instead).
    pub fn load_dir(dir: &std::path::Path, faces: &[FontFace]) -> Result<FontLibrary, PdfError> {
        let mut lib = FontLibrary::new();
        for face in faces {
            let path = dir.join(face.file_name());
            let bytes = std::fs::read(&path).map_err(|e| PdfError::FontIo {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
            lib.add(*face, bytes)?;
        }
        Ok(lib)
    }

    /// Whether one of the faces added has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.faces.iter().any(|l| l.covers(c))
    }

    /// Whether a face was added.
    pub fn has(&self, face: FontFace) -> bool {
        self.faces.iter().any(|l| l.face == face)
    }

    /// Fails with [`PdfError::MissingFont`] naming the first face that was not added.
    pub fn require(&self, faces: &[FontFace]) -> Result<(), PdfError> {
        match faces.iter().find(|f| !self.has(**f)) {
            Some(f) => Err(PdfError::MissingFont {
                face: f.pdf_name(),
                file: f.file_name().to_owned(),
            }),
            None => Ok(()),
        }
    }

    pub(crate) fn get(&self, idx: FaceIdx) -> &LoadedFace {
        &self.faces[idx]
    }

    pub(crate) fn len(&self) -> usize {
        self.faces.len()
    }

    /// The index of a face, if it was added.
    pub(crate) fn find(&self, face: FontFace) -> Option<FaceIdx> {
        self.faces.iter().position(|l| l.face == face)
    }

    /// The face that prints `c` in `family`/`weight`: that face if it has the glyph, else the
    /// same family in the other weight, else Noto Sans, else any face that has it. `None` when
    /// no loaded face has the character.
    pub(crate) fn face_for(&self, c: char, family: Family, weight: Weight) -> Option<FaceIdx> {
        let other = match weight {
            Weight::Regular => Weight::Bold,
            Weight::Bold => Weight::Regular,
        };
        let candidates = [
            FontFace::new(family, weight),
            FontFace::new(family, other),
            FontFace::new(Family::Sans, weight),
            FontFace::new(Family::Naskh, weight),
        ];
        for cand in candidates {
            if let Some(i) = self.find(cand)
                && self.faces[i].covers(c)
            {
                return Some(i);
            }
        }
        self.faces.iter().position(|l| l.covers(c))
    }
}

/// Reads units per em (`head`) and ascender/descender (`hhea`) from an sfnt.
fn hhea_metrics(data: &[u8]) -> Option<(f32, f32, f32)> {
    let table = |tag: &[u8; 4]| -> Option<&[u8]> {
        let num = u16::from_be_bytes([*data.get(4)?, *data.get(5)?]) as usize;
        for i in 0..num {
            let rec = data.get(12 + i * 16..12 + i * 16 + 16)?;
            if &rec[0..4] == tag {
                let off = u32::from_be_bytes([rec[8], rec[9], rec[10], rec[11]]) as usize;
                let len = u32::from_be_bytes([rec[12], rec[13], rec[14], rec[15]]) as usize;
                return data.get(off..off.checked_add(len)?);
            }
        }
        None
    };
    let head = table(b"head")?;
    let upem = u16::from_be_bytes([*head.get(18)?, *head.get(19)?]) as f32;
    if upem < 16.0 {
        return None;
    }
    let hhea = table(b"hhea")?;
    let asc = i16::from_be_bytes([*hhea.get(4)?, *hhea.get(5)?]) as f32;
    let desc = i16::from_be_bytes([*hhea.get(6)?, *hhea.get(7)?]) as f32;
    Some((upem, asc / upem, -desc / upem))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_needs_sans_and_its_own_family() {
        let faces = faces_for_scripts(&[Script::Latin, Script::Ethiopic]);
        assert_eq!(faces.len(), 4);
        assert!(faces.contains(&FontFace::new(Family::Sans, Weight::Bold)));
        assert!(faces.contains(&FontFace::new(Family::Ethiopic, Weight::Regular)));
        let urdu = faces_for_scripts(&[Script::Latin, Script::ArabicNastaliq, Script::Arabic]);
        assert_eq!(urdu.len(), 4);
        assert!(urdu.contains(&FontFace::new(Family::Naskh, Weight::Bold)));
    }

    #[test]
    fn garbage_is_not_a_font() {
        let mut lib = FontLibrary::new();
        let err = lib
            .add(FontFace::new(Family::Sans, Weight::Regular), vec![1, 2, 3])
            .unwrap_err();
        assert!(matches!(err, PdfError::BadFont { .. }));
        assert!(matches!(
            lib.require(&[FontFace::new(Family::Sans, Weight::Regular)]),
            Err(PdfError::MissingFont { .. })
        ));
    }
}
