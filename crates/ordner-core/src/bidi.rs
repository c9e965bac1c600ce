//! Bidirectional text helpers.
//!
//! A German word such as "Aufenthaltsgestattung" inside Arabic text must stay one left-to-right
//! unit, also next to numbers and punctuation. [`isolate_ltr_runs`] wraps every left-to-right run
//! of a right-to-left text in FSI … PDI, the plain-text equivalent of HTML's `<bdi>`.

use crate::i18n::{FSI, PDI};

/// Whether a character is a strong right-to-left letter (Hebrew, Arabic, Syriac, Thaana, NKo and
/// their presentation forms).
pub fn is_strong_rtl(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Whether a character is a strong left-to-right letter: an alphabetic character outside the
/// right-to-left blocks (Latin, Cyrillic, Greek, Ge'ez, Georgian, ...).
pub fn is_strong_ltr(c: char) -> bool {
    c.is_alphabetic() && !is_strong_rtl(c)
}

/// Wraps each run of left-to-right words (with the spaces, digits and punctuation between them)
/// in FSI … PDI. Text that is already isolated is left as it is. Meant for right-to-left text.
pub fn isolate_ltr_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\u{2066}' | '\u{2067}' | FSI => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && starts_ltr_run(&chars, i) {
            // Extend over LTR letters and over neutrals that lead to another LTR letter.
            let mut end = i + 1;
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j];
                if is_strong_ltr(d) || d.is_ascii_digit() || matches!(d, '-' | '.' | '\'' | '’') {
                    if is_strong_ltr(d) || d.is_ascii_digit() {
                        end = j + 1;
                    }
                    j += 1;
                } else if is_strong_rtl(d) || matches!(d, FSI | PDI | '\u{2066}' | '\u{2067}') {
                    break;
                } else {
                    j += 1;
                }
            }
            out.push(FSI);
            out.extend(&chars[i..end]);
            out.push(PDI);
            i = end;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Whether a left-to-right run starts at `chars[i]`: a Latin (or other left-to-right) letter;
/// a `§`, so that a citation such as "(§ 60a AufenthG)" stays in its order (in Arabic it would
/// otherwise read "60a (§ … AufenthG)"); or a file extension's dot or ellipsis ("(.ics)",
/// "(….pdf)", which would otherwise read "(ics.)").
fn starts_ltr_run(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    if is_strong_ltr(c) {
        return true;
    }
    let next = chars.get(i + 1).copied();
    match c {
        '§' => true,
        '.' | '…' => {
            let after_word =
                i > 0 && (is_strong_ltr(chars[i - 1]) || chars[i - 1].is_ascii_digit());
            let mut j = i + 1;
            // "….ics": the ellipsis, then the dot, then the letters.
            while matches!(chars.get(j), Some('.' | '…')) {
                j += 1;
            }
            !after_word && next.is_some() && chars.get(j).is_some_and(|d| is_strong_ltr(*d))
        }
        _ => false,
    }
}

/// Removes the directional isolate and mark characters (for output that handles bidi itself).
pub fn strip_bidi_controls(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolates_a_german_term_in_arabic() {
        let s = "جدد Aufenthaltsgestattung قبل 12.05.";
        assert_eq!(
            isolate_ltr_runs(s),
            "جدد \u{2068}Aufenthaltsgestattung\u{2069} قبل 12.05."
        );
    }

    #[test]
    fn keeps_several_words_and_trailing_digits_together() {
        let s = "اذهب إلى Bürgeramt Mitte 2 اليوم";
        assert_eq!(
            isolate_ltr_runs(s),
            "اذهب إلى \u{2068}Bürgeramt Mitte 2\u{2069} اليوم"
        );
    }

    #[test]
    fn leaves_isolated_text_and_pure_rtl_alone() {
        let already = "قبل \u{2068}Anmeldung\u{2069} بعد";
        assert_eq!(isolate_ltr_runs(already), already);
        assert_eq!(isolate_ltr_runs("مرحبا بك"), "مرحبا بك");
    }

    #[test]
    fn keeps_a_citation_in_its_order() {
        assert_eq!(
            isolate_ltr_runs("تصريح إقامة (§ 60a AufenthG). اذهب"),
            "تصريح إقامة (\u{2068}§ 60a AufenthG\u{2069}). اذهب"
        );
        assert_eq!(
            isolate_ltr_runs("قبل أن تسافر (§ 56, § 60 AsylG; § 12a, § 61 AufenthG). بدون"),
            "قبل أن تسافر (\u{2068}§ 56, § 60 AsylG; § 12a, § 61 AufenthG\u{2069}). بدون"
        );
        // An Arabic comma ends the run: each citation stays whole, in reading order.
        assert_eq!(
            isolate_ltr_runs("(§ 25، § 33 AsylG)"),
            "(\u{2068}§ 25\u{2069}، \u{2068}§ 33 AsylG\u{2069})"
        );
    }

    #[test]
    fn keeps_a_file_extension_with_its_dot() {
        assert_eq!(
            isolate_ltr_runs("إنشاء ملف التقويم (.ics)"),
            "إنشاء ملف التقويم (\u{2068}.ics\u{2069})"
        );
        assert_eq!(
            isolate_ltr_runs("ملف التقويم (….ics) والنسخ (mein-ordner-….pdf)"),
            "ملف التقويم (\u{2068}….ics\u{2069}) والنسخ (\u{2068}mein-ordner-….pdf\u{2069})"
        );
        // A sentence's full stop before a Latin word is no file extension.
        assert_eq!(
            isolate_ltr_runs("انتهى. BAMF"),
            "انتهى. \u{2068}BAMF\u{2069}"
        );
    }

    #[test]
    fn strips_controls() {
        assert_eq!(strip_bidi_controls("a\u{2068}b\u{2069}c\u{200F}"), "abc");
    }
}
