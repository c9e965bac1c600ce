//! The text engine against sample sentences in all 16 languages.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
mod common;

use common::*;
use ordner_pdf::doc::{DocBuilder, DocInfo, mm};
use ordner_pdf::text::layout_paragraph;
use ordner_pdf::{Align, TextStyle};

fn render(sample: &Sample, width: f32) -> ordner_pdf::PdfOutput {
    let lib = all_fonts();
    let mut doc = DocBuilder::new(&lib);
    let page = doc.new_page();
    let mut y = mm(20.0);
    // A German paragraph longer than the sample, as on a bilingual page.
    let german = "Dieser Ordner gehört Ihnen. Heften Sie Ihre Papiere hinter das passende Register und nehmen Sie den Ordner zu jedem Termin mit.";
    let block = layout_paragraph(
        &lib,
        german,
        &ordner_pdf::LangSpec::german(),
        &TextStyle::regular(11.0),
        width,
        Align::Start,
    );
    y += doc.draw_block(page, &block, mm(30.0), y) + 10.0;
    for s in sample.sentences {
        let block = layout_paragraph(
            &lib,
            s,
            &sample.lang(),
            &TextStyle::regular(14.0),
            width,
            Align::Start,
        );
        y += doc.draw_block(page, &block, mm(30.0), y) + 10.0;
    }
    doc.finish(&DocInfo {
        title: format!("sample {}", sample.code),
        languages: vec![sample.code.to_owned()],
        subject: String::new(),
    })
    .unwrap()
}

#[test]
fn every_language_comes_back_in_logical_order() {
    for sample in SAMPLES {
        // Wide enough that no sentence wraps: pdftotext then gives whole sentences.
        let out = render(sample, mm(170.0));
        assert!(
            out.missing_chars.is_empty(),
            "{}: missing {:?}",
            sample.code,
            out.missing_chars
        );
        qpdf_check(&out.bytes);
        if let Some(text) = pdftotext(&out.bytes) {
            let got = words(&text);
            for s in sample.sentences {
                assert!(
                    contains_words(&got, &words(s)),
                    "{}: expected {:?} in {got:?}",
                    sample.code,
                    words(s)
                );
            }
        }
    }
}
