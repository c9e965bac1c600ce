//! Text engine: font choice per character, bidi, shaping and line breaking.
//!
//! A paragraph goes through these steps:
//! 1. Bidi analysis with `unicode-bidi` at the paragraph level of its language (right-to-left
//!    for Arabic-script languages). Directional isolates (FSI … PDI, as Fluent puts them around
//!    placeables) take part in the analysis and are then dropped: they never reach a font.
//! 2. Each character gets a font: its script's family (Arabic script → Naskh, Ge'ez →
//!    Ethiopic, Georgian → Georgian, letters and digits of other scripts → Noto Sans); spaces and
//!    punctuation follow the character before them (or after them) when that font has them.
//! 3. Maximal runs of one font and one bidi level are shaped with harfrust (joining, ligatures,
//!    mark positioning, kerning, mirrored brackets in right-to-left runs).
//! 4. Lines are broken greedily at spaces (and after hyphens and slashes between letters); a
//!    word wider than the line is split between characters only as a last resort.
//! 5. Each line is reordered visually (rule L1 and L2 of the bidi algorithm) and its glyphs
//!    placed from left to right; right-to-left paragraphs are aligned right.
//!
//! Every glyph carries the text of its cluster in logical order, which becomes the font's
//! `ToUnicode` entry, so copying text out of the PDF gives the words as they were written.

use std::ops::Range;

use harfrust::{Buffer, BufferFlags, ClusterLevel, Direction, ShapeOptions, ShaperFont};
use ordner_core::lang::{Dir, Script};
use unicode_bidi::{Level, ParagraphBidiInfo};

use crate::fonts::{FaceIdx, Family, FontLibrary, Weight, family_for_script};

/// The language a paragraph is written in: decides direction, fonts and shaping rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangSpec {
    /// BCP 47 code (`de`, `ar`, `fa`, `ckb`, ...), passed to the shaper.
    pub code: String,
    pub dir: Dir,
    pub script: Script,
}

impl LangSpec {
    pub fn new(code: &str, dir: Dir, script: Script) -> LangSpec {
        LangSpec {
            code: code.to_owned(),
            dir,
            script,
        }
    }

    /// German (the fixed side of every folder).
    pub fn german() -> LangSpec {
        LangSpec::new("de", Dir::Ltr, Script::Latin)
    }

    /// From a language of the app.
    pub fn of(lang: &ordner_core::Language) -> LangSpec {
        LangSpec::new(lang.code, lang.dir, lang.script)
    }

    pub fn is_rtl(&self) -> bool {
        self.dir == Dir::Rtl
    }
}

/// An RGB colour, components 0.0 to 1.0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

impl Rgb {
    pub const BLACK: Rgb = Rgb(0.0, 0.0, 0.0);
    pub const WHITE: Rgb = Rgb(1.0, 1.0, 1.0);
}

/// Size, weight and colour of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Font size in points.
    pub size: f32,
    pub weight: Weight,
    pub color: Rgb,
    /// Line height as a multiple of the fonts' own ascent + descent.
    pub leading: f32,
}

impl TextStyle {
    pub fn regular(size: f32) -> TextStyle {
        TextStyle {
            size,
            weight: Weight::Regular,
            color: Rgb::BLACK,
            leading: 1.0,
        }
    }

    pub fn bold(size: f32) -> TextStyle {
        TextStyle {
            weight: Weight::Bold,
            ..TextStyle::regular(size)
        }
    }

    pub fn with_color(self, color: Rgb) -> TextStyle {
        TextStyle { color, ..self }
    }
}

/// Horizontal alignment of the lines of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Left for left-to-right paragraphs, right for right-to-left ones.
    Start,
    /// The opposite of [`Align::Start`].
    End,
    Center,
}

/// One glyph placed on a line.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedGlyph {
    pub(crate) face: FaceIdx,
    /// Glyph id in the full (not subset) font.
    pub gid: u16,
    /// Position of the glyph origin from the line's left edge and baseline, in points.
    pub x: f32,
    pub y: f32,
    /// The text this glyph stands for (its cluster, in logical order); empty for the second and
    /// later glyphs of a cluster that the font draws with several glyphs.
    pub text: String,
}

/// One laid-out line.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidLine {
    pub glyphs: Vec<PlacedGlyph>,
    /// Width of the line's ink (without trailing spaces), in points.
    pub width: f32,
    /// Where the line starts inside the box (alignment), in points.
    pub offset: f32,
    /// Distance from the top of the line to its baseline, and the line's full height.
    pub ascent: f32,
    pub height: f32,
    /// The logical text of the line (for tests and debugging).
    pub text: String,
}

/// A paragraph broken into lines for a given width.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBlock {
    pub lines: Vec<LaidLine>,
    pub style: TextStyle,
    /// Characters no loaded font could print (drawn as the font's empty box).
    pub missing: Vec<char>,
    /// The box width the lines were broken for.
    pub width: f32,
}

impl TextBlock {
    pub fn height(&self) -> f32 {
        self.lines.iter().map(|l| l.height).sum()
    }

    /// The widest line.
    pub fn max_line_width(&self) -> f32 {
        self.lines.iter().map(|l| l.width).fold(0.0, f32::max)
    }
}

/// A glyph as shaped, before line breaking.
#[derive(Debug, Clone)]
struct ShapedGlyph {
    gid: u16,
    /// Byte offset of its cluster in the paragraph.
    cluster: usize,
    /// Advance and offsets in points.
    advance: f32,
    dx: f32,
    dy: f32,
    text: String,
}

/// A run of one font and one bidi level, shaped.
#[derive(Debug, Clone)]
struct Segment {
    range: Range<usize>,
    face: FaceIdx,
    /// Glyphs in visual order within the segment (reversed for right-to-left runs).
    glyphs: Vec<ShapedGlyph>,
}

/// Is this a character that steers bidi but is never drawn?
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A combining mark or joiner: no line may start with it.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7 | 0x06E8 | 0x06EA..=0x06ED
        | 0x08D3..=0x08FF | 0x135D..=0x135F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200C | 0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// The family a character asks for by its script, or `None` for neutral characters (spaces,
/// punctuation, symbols, combining marks of no particular script).
fn strong_family(c: char, arabic: Family) -> Option<Family> {
    let u = c as u32;
    match u {
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            // Arabic comma, semicolon, question mark and tatweel are used by every Arabic-script
            // language; they follow the text around them like other punctuation.
            if matches!(u, 0x060C | 0x061B | 0x061F | 0x0640) {
                None
            } else {
                Some(arabic)
            }
        }
        0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F => {
            // Ethiopic punctuation (፡ ። ፣ ...) belongs to the Ethiopic font as well.
            Some(Family::Ethiopic)
        }
        0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => Some(Family::Georgian),
        _ if c.is_alphanumeric() && !is_mark(c) => Some(Family::Sans),
        _ => None,
    }
}

fn harfrust_script(family: Family, sample: char) -> Option<harfrust::Script> {
    Some(match family {
        Family::Naskh => harfrust::Script::ARABIC,
        Family::Ethiopic => harfrust::Script::ETHIOPIC,
        Family::Georgian => harfrust::Script::GEORGIAN,
        Family::Sans => {
            if ('\u{0400}'..='\u{052F}').contains(&sample) {
                harfrust::Script::CYRILLIC
            } else {
                harfrust::Script::LATIN
            }
        }
    })
}

/// Shapes and lays out one paragraph (no newlines) for a box `width` points wide.
pub fn layout_paragraph(
    lib: &FontLibrary,
    text: &str,
    lang: &LangSpec,
    style: &TextStyle,
    width: f32,
    align: Align,
) -> TextBlock {
    // German runs, § citations and file names inside right-to-left text keep their order, as
    // on screen (#13 §5): "(§ 60a AufenthG)", not "60a (§ … AufenthG)".
    let isolated;
    let text = if lang.is_rtl() {
        isolated = ordner_core::bidi::isolate_ltr_runs(text);
        isolated.as_str()
    } else {
        text
    };
    let mut missing = Vec::new();
    let para_level = if lang.is_rtl() {
        Level::rtl()
    } else {
        Level::ltr()
    };
    let bidi = ParagraphBidiInfo::new(text, Some(para_level));
    let segments = itemize_and_shape(lib, text, lang, style, &bidi, &mut missing);

    // Advance of each cluster start, for measuring.
    let mut advance_at = vec![0.0f32; text.len() + 1];
    for seg in &segments {
        for g in &seg.glyphs {
            advance_at[g.cluster] += g.advance;
        }
    }
    let ranges = break_lines(text, &advance_at, width);

    let mut lines = Vec::new();
    for range in ranges {
        lines.push(build_line(
            lib, text, &bidi, para_level, &segments, range, style, width, align,
        ));
    }
    if lines.is_empty() {
        // An empty paragraph still takes one line of space.
        let (asc, desc) = default_metrics(lib, lang, style);
        lines.push(LaidLine {
            glyphs: Vec::new(),
            width: 0.0,
            offset: 0.0,
            ascent: asc,
            height: (asc + desc) * style.leading,
            text: String::new(),
        });
    }
    missing.sort_unstable();
    missing.dedup();
    TextBlock {
        lines,
        style: *style,
        missing,
        width,
    }
}

fn default_metrics(lib: &FontLibrary, lang: &LangSpec, style: &TextStyle) -> (f32, f32) {
    let fam = family_for_script(lang.script);
    let idx = lib
        .face_for('a', fam, style.weight)
        .or_else(|| (lib.len() > 0).then_some(0));
    match idx {
        Some(i) => {
            let f = lib.get(i);
            (f.ascent * style.size, f.descent * style.size)
        }
        None => (style.size, style.size * 0.3),
    }
}

/// Steps 1–3: font per character, runs of one font and level, shaping.
fn itemize_and_shape(
    lib: &FontLibrary,
    text: &str,
    lang: &LangSpec,
    style: &TextStyle,
    bidi: &ParagraphBidiInfo<'_>,
    missing: &mut Vec<char>,
) -> Vec<Segment> {
    let primary = family_for_script(lang.script);
    let arabic = Family::Naskh;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // The family each character asks for; neutrals resolved from their neighbours.
    let strong: Vec<Option<Family>> = chars
        .iter()
        .map(|(_, c)| {
            if is_bidi_control(*c) {
                None
            } else {
                strong_family(*c, arabic)
            }
        })
        .collect();
    let mut faces: Vec<Option<FaceIdx>> = vec![None; chars.len()];
    for (i, (_, c)) in chars.iter().enumerate() {
        if is_bidi_control(*c) {
            continue;
        }
        let face = match strong[i] {
            Some(fam) => lib.face_for(*c, fam, style.weight),
            None => {
                // Follow the previous strong character's font, else the next one's, else the
                // paragraph's own font, else Noto Sans, else anything.
                let prev = strong[..i].iter().rev().flatten().next().copied();
                let next = strong[i + 1..].iter().flatten().next().copied();
                let mut found = None;
                for fam in [prev, next, Some(primary), Some(Family::Sans)]
                    .into_iter()
                    .flatten()
                {
                    if let Some(idx) = lib.find(crate::fonts::FontFace::new(fam, style.weight))
                        && lib.get(idx).covers(*c)
                    {
                        found = Some(idx);
                        break;
                    }
                }
                found.or_else(|| lib.face_for(*c, Family::Sans, style.weight))
            }
        };
        let face = match face {
            Some(f) => Some(f),
            None => {
                if !c.is_whitespace() {
                    missing.push(*c);
                }
                // Draw with the paragraph's font (its .notdef box), or whatever is loaded.
                lib.face_for('a', primary, style.weight)
                    .or_else(|| (lib.len() > 0).then_some(0))
            }
        };
        faces[i] = face;
    }

    // Runs of one face and one level; bidi controls end a run and are left out.
    let mut segments = Vec::new();
    let mut start: Option<(usize, FaceIdx, Level)> = None;
    for (i, (byte, _)) in chars.iter().enumerate() {
        let key = faces[i].map(|f| (f, bidi.levels[*byte]));
        match (start, key) {
            (Some((_, f, l)), Some((f2, l2))) if f == f2 && l == l2 => {}
            (Some((s, f, l)), _) => {
                segments.push((s..*byte, f, l));
                start = key.map(|(f2, l2)| (*byte, f2, l2));
            }
            (None, Some((f2, l2))) => start = Some((*byte, f2, l2)),
            (None, None) => {}
        }
    }
    if let Some((s, f, l)) = start {
        segments.push((s..text.len(), f, l));
    }

    segments
        .into_iter()
        .map(|(range, face, level)| {
            let glyphs = shape_segment(lib, text, range.clone(), face, level, lang, style);
            Segment {
                range,
                face,
                glyphs,
            }
        })
        .collect()
}

fn shape_segment(
    lib: &FontLibrary,
    text: &str,
    range: Range<usize>,
    face: FaceIdx,
    level: Level,
    lang: &LangSpec,
    style: &TextStyle,
) -> Vec<ShapedGlyph> {
    let loaded = lib.get(face);
    let sub = &text[range.clone()];
    let shaper = ShaperFont::new(&loaded.font);
    let mut buf = Buffer::new();
    buf.push_str(sub);
    buf.set_direction(if level.is_rtl() {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    let sample = sub.chars().find(|c| c.is_alphabetic()).unwrap_or('a');
    buf.set_script(harfrust_script(loaded.face.family, sample));
    buf.set_language(lang.code.parse().ok());
    // Marks stay in their base's cluster: the base glyph carries the text of both.
    buf.set_cluster_level(ClusterLevel::MonotoneGraphemes);
    let mut flags = BufferFlags::REMOVE_DEFAULT_IGNORABLES;
    if range.start == 0 {
        flags |= BufferFlags::BEGINNING_OF_TEXT;
    }
    if range.end == text.len() {
        flags |= BufferFlags::END_OF_TEXT;
    }
    buf.set_flags(flags);
    // Context for joining across a run boundary (e.g. a font change inside a word).
    buf.set_pre_context(&text[..range.start]);
    buf.set_post_context(&text[range.end..]);
    if harfrust::shape(&shaper, &mut buf, ShapeOptions::new()).is_err() {
        return Vec::new();
    }
    let scale = style.size / loaded.units_per_em;
    let infos = buf.glyph_infos();
    let positions = buf.glyph_positions();

    // Cluster boundaries, to find the text each cluster stands for.
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let cluster_text = |c: usize| -> &str {
        let pos = starts.partition_point(|s| *s <= c);
        let end = starts.get(pos).copied().unwrap_or(sub.len());
        sub.get(c..end).unwrap_or("")
    };
    // The first glyph of a cluster in logical order carries its text.
    let mut seen = std::collections::HashSet::new();
    let order: Vec<usize> = if level.is_rtl() {
        (0..infos.len()).rev().collect()
    } else {
        (0..infos.len()).collect()
    };
    let mut texts = vec![String::new(); infos.len()];
    // A glyph drawn with no advance over its neighbour (Naskh draws lam-alef as a lam and a
    // zero-width alef) gives its text to the glyph before it, so that extractors, which split a
    // glyph's width among its characters, see one glyph for both letters.
    let mut last_with_text: Option<usize> = None;
    for i in order {
        let c = infos[i].cluster as usize;
        if seen.insert(c) {
            let t = cluster_text(c);
            match last_with_text {
                Some(prev) if positions[i].x_advance == 0 => texts[prev].push_str(t),
                _ => {
                    texts[i] = t.to_owned();
                    last_with_text = Some(i);
                }
            }
        }
    }
    infos
        .iter()
        .zip(positions)
        .zip(texts)
        .map(|((info, pos), text)| ShapedGlyph {
            gid: u16::try_from(info.glyph_id).unwrap_or(0),
            cluster: range.start + info.cluster as usize,
            advance: pos.x_advance as f32 * scale,
            dx: pos.x_offset as f32 * scale,
            dy: pos.y_offset as f32 * scale,
            text,
        })
        .collect()
}

/// Where a line may start: after spaces, after a hyphen or slash between letters, after the
/// Ethiopic word space. Returns byte offsets in increasing order.
fn break_opportunities(text: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    for i in 1..chars.len() {
        let (b, c) = chars[i];
        let prev = chars[i - 1].1;
        let after_space = prev.is_whitespace() && !c.is_whitespace() && prev != '\u{00A0}';
        let after_hyphen = matches!(prev, '-' | '/' | '\u{2010}' | '\u{2013}')
            && c.is_alphabetic()
            && i >= 2
            && chars[i - 2].1.is_alphabetic();
        let after_wordspace = prev == '\u{1361}' && !c.is_whitespace();
        if after_space || after_hyphen || after_wordspace {
            out.push(b);
        }
    }
    out
}

/// Step 4: greedy line breaking. Returns the byte range of each line, trailing spaces included.
fn break_lines(text: &str, advance_at: &[f32], width: f32) -> Vec<Range<usize>> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let width_of = |r: Range<usize>| -> f32 {
        let end = trim_end(text, r.clone());
        advance_at[r.start..end].iter().sum()
    };
    let mut opps = break_opportunities(text);
    opps.push(text.len());
    let mut lines = Vec::new();
    let mut start = 0;
    // Leading spaces of the paragraph are kept (they are rare and intended).
    let mut last_fit: Option<usize> = None;
    let mut i = 0;
    while i < opps.len() {
        let candidate = opps[i];
        if width_of(start..candidate) <= width + 0.01 {
            last_fit = Some(candidate);
            i += 1;
            continue;
        }
        match last_fit {
            Some(fit) if fit > start => {
                lines.push(start..fit);
                start = fit;
                last_fit = None;
            }
            _ => {
                // One word wider than the line: split it between characters (last resort).
                let split = emergency_split(text, advance_at, start, candidate, width);
                lines.push(start..split);
                start = split;
                last_fit = None;
            }
        }
    }
    if start < text.len() {
        lines.push(start..text.len());
    }
    lines
}

fn trim_end(text: &str, r: Range<usize>) -> usize {
    let s = &text[r.clone()];
    r.start + s.trim_end().len()
}

/// The largest character boundary after `start` where `start..split` fits, never before a
/// combining mark; at least one character even if that does not fit.
fn emergency_split(text: &str, advance_at: &[f32], start: usize, end: usize, width: f32) -> usize {
    let mut w = 0.0;
    let mut best = None;
    let mut first = None;
    for (off, c) in text[start..end].char_indices() {
        let b = start + off;
        if b > start && !is_mark(c) {
            if first.is_none() {
                first = Some(b);
            }
            if w <= width + 0.01 {
                best = Some(b);
            } else {
                break;
            }
        }
        w += advance_at[b];
    }
    best.or(first).unwrap_or(end)
}

/// The text a glyph gives back when copied. Spaces and punctuation inside right-to-left runs are
/// wrapped in right-to-left marks (U+200F, invisible): poppler-based extractors (pdftotext,
/// Evince) treat such neutrals as left-to-right and would move them to the wrong side of a
/// German word or the next sentence; between two RLMs they stay where they belong.
fn extraction_text(text: &str, rtl_run: bool) -> String {
    if !rtl_run {
        return text.to_owned();
    }
    if !text.is_empty() && !text.chars().any(char::is_alphanumeric) {
        return format!("\u{200F}{text}\u{200F}");
    }
    // Extractors rebuild right-to-left text by reversing the visual order character by
    // character, so a glyph that stands for several characters (a letter with its marks, a
    // ligature) lists them in visual order too.
    text.chars().rev().collect()
}

/// Step 5: reorder one line visually and place its glyphs.
#[allow(clippy::too_many_arguments)]
fn build_line(
    lib: &FontLibrary,
    text: &str,
    bidi: &ParagraphBidiInfo<'_>,
    para_level: Level,
    segments: &[Segment],
    range: Range<usize>,
    style: &TextStyle,
    box_width: f32,
    align: Align,
) -> LaidLine {
    let end = trim_end(text, range.clone());
    let ink = range.start..end;
    let mut glyphs = Vec::new();
    let mut x = 0.0f32;
    let mut faces_used: Vec<FaceIdx> = Vec::new();
    if ink.start < ink.end {
        let (levels, runs) = bidi.visual_runs(ink.clone());
        for run in runs {
            let level = levels[run.start];
            let mut pieces: Vec<&Segment> = segments
                .iter()
                .filter(|s| s.range.start < run.end && s.range.end > run.start)
                .collect();
            if level.is_rtl() {
                pieces.reverse();
            }
            for seg in pieces {
                if !faces_used.contains(&seg.face) {
                    faces_used.push(seg.face);
                }
                for g in &seg.glyphs {
                    if g.cluster < run.start || g.cluster >= run.end {
                        continue;
                    }
                    glyphs.push(PlacedGlyph {
                        face: seg.face,
                        gid: g.gid,
                        x: x + g.dx,
                        y: g.dy,
                        text: extraction_text(&g.text, level.is_rtl()),
                    });
                    x += g.advance;
                }
            }
        }
    }
    let (mut asc, mut desc) = (0.0f32, 0.0f32);
    for f in &faces_used {
        let l = lib.get(*f);
        asc = asc.max(l.ascent * style.size);
        desc = desc.max(l.descent * style.size);
    }
    if faces_used.is_empty() {
        asc = style.size * 1.07;
        desc = style.size * 0.29;
    }
    let rtl = para_level.is_rtl();
    let offset = match (align, rtl) {
        (Align::Start, false) | (Align::End, true) => 0.0,
        (Align::Start, true) | (Align::End, false) => (box_width - x).max(0.0),
        (Align::Center, _) => ((box_width - x) / 2.0).max(0.0),
    };
    let height = (asc + desc) * style.leading;
    LaidLine {
        glyphs,
        width: x,
        offset,
        ascent: asc + (height - asc - desc) / 2.0,
        height,
        text: text[ink].to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_after_spaces_and_between_letters_around_hyphens() {
        let t = "Kinder- und Jugend-Hilfe 1/2 Ein/Aus";
        let opps = break_opportunities(t);
        let starts: Vec<&str> = opps.iter().map(|b| &t[*b..]).collect();
        assert_eq!(
            starts,
            vec![
                "und Jugend-Hilfe 1/2 Ein/Aus",
                "Jugend-Hilfe 1/2 Ein/Aus",
                "Hilfe 1/2 Ein/Aus",
                "1/2 Ein/Aus",
                "Ein/Aus",
                "Aus"
            ]
        );
    }

    #[test]
    fn greedy_breaking_never_cuts_a_word() {
        let t = "aa bb cc dd";
        // Every character 1 pt wide.
        let mut adv = vec![0.0; t.len() + 1];
        for (b, _) in t.char_indices() {
            adv[b] = 1.0;
        }
        let lines = break_lines(t, &adv, 5.0);
        let texts: Vec<&str> = lines.iter().map(|r| t[r.clone()].trim_end()).collect();
        assert_eq!(texts, vec!["aa bb", "cc dd"]);
        // A word longer than the line is split only then.
        let t2 = "abcdefgh ij";
        let mut adv2 = vec![0.0; t2.len() + 1];
        for (b, _) in t2.char_indices() {
            adv2[b] = 1.0;
        }
        let lines2 = break_lines(t2, &adv2, 3.0);
        let texts2: Vec<&str> = lines2.iter().map(|r| t2[r.clone()].trim_end()).collect();
        assert_eq!(texts2, vec!["abc", "def", "gh", "ij"]);
    }

    #[test]
    fn scripts_pick_their_families() {
        assert_eq!(strong_family('ب', Family::Naskh), Some(Family::Naskh));
        assert_eq!(strong_family('ሰ', Family::Naskh), Some(Family::Ethiopic));
        assert_eq!(strong_family('ა', Family::Naskh), Some(Family::Georgian));
        assert_eq!(strong_family('Ж', Family::Naskh), Some(Family::Sans));
        assert_eq!(strong_family('7', Family::Naskh), Some(Family::Sans));
        assert_eq!(strong_family(' ', Family::Naskh), None);
        assert_eq!(strong_family('،', Family::Naskh), None);
    }
}
