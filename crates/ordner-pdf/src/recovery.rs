//! The recovery sheet: the vault's recovery key in large grouped characters and as a QR code,
//! with instructions in both languages, to keep at home (not in the folder shown at offices).

use ordner_core::Catalog;
use ordner_core::i18n::Arg;

use crate::doc::{A4_WIDTH, DocBuilder, DocInfo, PdfOutput, mm};
use crate::error::PdfError;
use crate::fonts::{FontLibrary, faces_for_scripts};
use crate::layout::{ACCENT, Flow, GREY, MARGIN_LEFT, Sides, content_width, text_at};
use crate::text::{Align, LangSpec, Rgb, TextStyle};

/// What the recovery sheet shows.
pub struct RecoverySheet<'a> {
    pub german: &'a Catalog,
    pub other: &'a Catalog,
    /// The key as shown to the person, groups separated by `-` (e.g. `7K3M-…-Q2WD`).
    pub key: &'a str,
    /// The QR code of the key: rows of modules, `true` = dark.
    pub qr: &'a [Vec<bool>],
    /// The date the sheet was made, already formatted (e.g. `21.11.2026`).
    pub created: &'a str,
}

/// Renders the recovery sheet (one page).
pub fn recovery_sheet(
    input: &RecoverySheet<'_>,
    fonts: &FontLibrary,
) -> Result<PdfOutput, PdfError> {
    let size = input.qr.len();
    if size == 0 || input.qr.iter().any(|r| r.len() != size) {
        let lens: Vec<String> = input.qr.iter().map(|r| r.len().to_string()).collect();
        return Err(PdfError::BadQr {
            rows: size,
            detail: lens.join(","),
        });
    }
    let groups: Vec<&str> = input
        .key
        .split(['-', ' '])
        .filter(|g| !g.is_empty())
        .collect();
    if groups.is_empty() {
        return Err(PdfError::EmptyRecoveryKey);
    }
    let sides = Sides::new(input.german, input.other);
    fonts.require(&faces_for_scripts(&[
        sides.de_lang.script,
        sides.other_lang.script,
    ]))?;

    let mut doc = DocBuilder::new(fonts);
    {
        let mut flow = Flow::new(&mut doc);
        let (t_de, t_other) = sides.msg("pdf-recovery-title");
        flow.heading(&sides, (&t_de, &t_other), 15.0);
        let (i_de, i_other) = sides.msg("pdf-recovery-intro");
        flow.pair(&sides, (&i_de, &i_other), &TextStyle::regular(11.0));
        flow.gap(14.0);

        // The key: three groups per row, each group in a box, large.
        let (k_de, k_other) = sides.msg("pdf-recovery-key");
        flow.pair(
            &sides,
            (&k_de, &k_other),
            &TextStyle::bold(10.0).with_color(GREY),
        );
        flow.gap(6.0);
        let page = flow.page;
        // Three groups per row, one line of text each, so that copying the row gives the
        // groups in order.
        let per_row = 3;
        let row_h = 36.0;
        let key_style = TextStyle::bold(24.0);
        for chunk in groups.chunks(per_row) {
            let y = flow.y;
            flow.doc.rect(
                page,
                MARGIN_LEFT,
                y,
                content_width(),
                row_h,
                Some(Rgb(0.95, 0.96, 0.98)),
                Some((ACCENT, 0.8)),
            );
            text_at(
                flow.doc,
                page,
                &chunk.join(" \u{2013} "),
                &LangSpec::german(),
                &key_style,
                MARGIN_LEFT,
                y + 2.0,
                content_width(),
                Align::Center,
            );
            flow.y += row_h + 6.0;
        }
        flow.gap(6.0);

        // The QR code with a quiet zone of four modules.
        let qr_side = mm(55.0);
        let module = qr_side / (size + 8) as f32;
        let qx = (A4_WIDTH - qr_side) / 2.0;
        let qy = flow.y;
        flow.doc.rect(
            page,
            qx,
            qy,
            qr_side,
            qr_side,
            Some(Rgb::WHITE),
            Some((Rgb(0.85, 0.85, 0.85), 0.5)),
        );
        for (r, row) in input.qr.iter().enumerate() {
            // Runs of dark modules become one rectangle.
            let mut c = 0;
            while c < size {
                if row[c] {
                    let start = c;
                    while c < size && row[c] {
                        c += 1;
                    }
                    flow.doc.rect(
                        page,
                        qx + (start + 4) as f32 * module,
                        qy + (r + 4) as f32 * module,
                        (c - start) as f32 * module + 0.05,
                        module + 0.05,
                        Some(Rgb::BLACK),
                        None,
                    );
                } else {
                    c += 1;
                }
            }
        }
        flow.y = qy + qr_side + 16.0;

        // How to use it.
        let body = TextStyle::regular(10.5);
        for i in 1..=3 {
            let (de, other) = sides.msg(&format!("pdf-recovery-step-{i}"));
            flow.pair(
                &sides,
                (&format!("{i}. {de}"), &format!("{i}. {other}")),
                &body,
            );
            flow.gap(4.0);
        }
        flow.gap(10.0);
        let top = flow.y;
        flow.gap(6.0);
        let (w_de, w_other) = sides.msg("pdf-recovery-warning");
        flow.pair(
            &sides,
            (&w_de, &w_other),
            &TextStyle::bold(10.5).with_color(Rgb(0.6, 0.1, 0.05)),
        );
        flow.gap(6.0);
        flow.doc.rect(
            page,
            MARGIN_LEFT - 6.0,
            top,
            content_width() + 12.0,
            flow.y - top,
            None,
            Some((Rgb(0.6, 0.1, 0.05), 1.2)),
        );
        flow.gap(12.0);
        let (c_de, c_other) =
            sides.msg_args("pdf-recovery-created", &[("date", Arg::Str(input.created))]);
        flow.pair(
            &sides,
            (&c_de, &c_other),
            &TextStyle::regular(9.0).with_color(GREY),
        );
    }
    let mut languages = vec![sides.de_lang.code.clone()];
    if !sides.same() {
        languages.push(sides.other_lang.code.clone());
    }
    doc.finish(&DocInfo {
        title: sides.de.msg("pdf-recovery-title"),
        languages,
        subject: sides.de.msg("pdf-recovery-intro"),
    })
}
