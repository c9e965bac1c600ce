//! Development probe: renders the given sentences (args: lang code, dir ltr|rtl, text...) to /tmp/probe.pdf.
#![allow(clippy::unwrap_used, reason = "development probe")]
use ordner_core::lang::{Dir, Script};
use ordner_pdf::doc::{DocBuilder, DocInfo, mm};
use ordner_pdf::text::layout_paragraph;
use ordner_pdf::{Align, FontFace, FontLibrary, LangSpec, TextStyle};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lib = FontLibrary::load_dir(std::path::Path::new("public/fonts"), &FontFace::ALL)?;
    let script = match args[0].as_str() {
        "ur" => Script::ArabicNastaliq,
        "ar" | "fa" | "ps" | "ckb" | "prs" => Script::Arabic,
        "ti" => Script::Ethiopic,
        "ka" => Script::Georgian,
        _ => Script::Latin,
    };
    let dir = if args[1] == "rtl" { Dir::Rtl } else { Dir::Ltr };
    let lang = LangSpec::new(&args[0], dir, script);
    let mut doc = DocBuilder::new(&lib);
    let page = doc.new_page();
    let mut y = mm(20.0);
    for t in &args[2..] {
        let block = layout_paragraph(
            &lib,
            t,
            &lang,
            &TextStyle::regular(14.0),
            mm(80.0),
            Align::Start,
        );
        y += doc.draw_block(page, &block, mm(30.0), y) + 10.0;
    }
    let out = doc.finish(&DocInfo {
        title: "probe".into(),
        languages: vec![args[0].clone()],
        subject: String::new(),
    })?;
    std::fs::write("/tmp/probe.pdf", &out.bytes)?;
    eprintln!("{} bytes, missing {:?}", out.bytes.len(), out.missing_chars);
    Ok(())
}
