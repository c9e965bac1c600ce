//! Renders one bilingual specimen page per sample language (German left, the language right,
//! as in the folders) for looking at the rendering: `cargo run -p ordner-pdf --example specimen
//! -- <out.pdf>`. Languages without locales yet use the test sample sentences.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "development example"
)]

#[path = "../tests/common/mod.rs"]
mod common;

use ordner_pdf::doc::{DocBuilder, DocInfo};
use ordner_pdf::layout::{Flow, Sides, check_box, right_column_x};
use ordner_pdf::text::{Align, TextStyle, layout_paragraph};

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/specimen.pdf".into());
    let fonts = common::all_fonts();
    let de_cat = common::catalog("de");
    let de = common::sample("de");
    let mut doc = DocBuilder::new(&fonts);
    for s in common::SAMPLES.iter().filter(|s| s.code != "de") {
        // The pair layout needs two catalogs only for direction and script: use German for both
        // and swap in the sample language's spec.
        let mut sides = Sides::new(&de_cat, &de_cat);
        sides.other_lang = s.lang();
        let mut flow = Flow::new(&mut doc);
        flow.heading(&sides, ("Probeseite", s.code), 14.0);
        for (g, o) in de.sentences.iter().cycle().zip(s.sentences.iter()) {
            flow.pair(&sides, (g, o), &TextStyle::regular(12.0));
            flow.gap(8.0);
        }
        for (g, o) in de.sentences.iter().cycle().zip(s.sentences.iter()) {
            flow.pair_with(
                &sides,
                (g, o),
                &TextStyle::bold(10.0),
                16.0,
                |doc, page, x, y, lh| {
                    let bx = if x > right_column_x() + 1.0 {
                        x + 16.0 - 9.0
                    } else {
                        x
                    };
                    check_box(doc, page, bx, y + (lh - 9.0) / 2.0, 9.0);
                },
            );
            flow.gap(6.0);
        }
        // A narrow column forces wrapping: no word may be cut.
        let long = s.sentences.join(" ");
        let block = layout_paragraph(
            &fonts,
            &long,
            &s.lang(),
            &TextStyle::regular(11.0),
            150.0,
            Align::Start,
        );
        let page = flow.page;
        let y = flow.y + 10.0;
        flow.doc.rect(
            page,
            right_column_x() - 4.0,
            y - 2.0,
            158.0,
            block.height() + 4.0,
            None,
            Some((ordner_pdf::Rgb(0.8, 0.8, 0.8), 0.5)),
        );
        flow.doc.draw_block(page, &block, right_column_x(), y);
    }
    let pdf = doc
        .finish(&DocInfo {
            title: "Specimen".into(),
            languages: vec!["de".into()],
            subject: String::new(),
        })
        .unwrap();
    std::fs::write(&out, &pdf.bytes).unwrap();
    eprintln!(
        "{out}: {} pages, {} bytes, missing {:?}",
        pdf.page_count,
        pdf.bytes.len(),
        pdf.missing_chars
    );
}
