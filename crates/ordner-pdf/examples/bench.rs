//! Benchmark: `cargo run -p ordner-pdf --release --example bench`.
//!
//! Prints time and size of the blank folder de+ar (with the Dresden pack) and of a consultation
//! printout with 20 scanned pages, and the printout's size over the sum of its JPEGs.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benchmark")]

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

use ordner_core::TabId;
use ordner_core::content::{BuiltinPack, Content};
use ordner_pdf::{
    BlankFolder, ConsultDocument, ConsultPage, Consultation, DEFAULT_SPINES, DatedEntry,
    blank_folder, consultation,
};

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (T, f64) {
    let mut best = f64::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        out = Some(r);
    }
    (out.unwrap(), best)
}

fn main() {
    let t = Instant::now();
    let fonts = common::all_fonts();
    let load_ms = t.elapsed().as_secs_f64() * 1000.0;
    let de = common::catalog("de");
    let ar = common::catalog("ar");
    let pack = BuiltinPack::by_key("dresden").unwrap().parse().unwrap();
    let content = Content::default_germany().with_pack(&pack).unwrap();
    println!("fonts loaded and parsed: {load_ms:.1} ms");

    let (folder, ms) = best_of(3, || {
        blank_folder(
            &BlankFolder {
                german: &de,
                other: &ar,
                content: &content,
                spines: DEFAULT_SPINES,
            },
            &fonts,
        )
        .unwrap()
    });
    println!(
        "blank folder de+ar (Dresden): {} pages, {:.0} KB, {ms:.0} ms (best of 3)",
        folder.page_count,
        folder.bytes.len() as f64 / 1024.0
    );

    // 20 scanned pages: A4 at 150 dpi, like a phone scan.
    let scans: Vec<Vec<u8>> = (0..20).map(|i| common::fake_scan(i, 1240, 1754)).collect();
    let jpeg_sum: usize = scans.iter().map(Vec::len).sum();
    let documents: Vec<ConsultDocument> = scans
        .chunks(4)
        .enumerate()
        .map(|(i, pages)| ConsultDocument {
            title: format!("Bescheid {}", i + 1),
            doctype: Some("aufenthaltsgestattung".into()),
            tab: TabId::ALL[i % 10],
            received: Some("03.02.2026".into()),
            letter_date: None,
            valid_until: None,
            pages: pages.iter().cloned().map(ConsultPage::Jpeg).collect(),
        })
        .collect();
    let input = Consultation {
        german: &de,
        other: &ar,
        content: &content,
        name: Some("Amal Haddad".into()),
        notes: None,
        printed_on: "21.11.2026".into(),
        tabs: TabId::ALL.to_vec(),
        checked: vec!["ankunftsnachweis".into()],
        documents,
        deadlines: vec![DatedEntry {
            date: "2026-08-02".into(),
            shown_date: "02.08.2026".into(),
            title: "Aufenthaltsgestattung verlängern".into(),
            note: None,
        }],
        appointments: Vec::new(),
        log: Vec::new(),
        contacts: Vec::new(),
    };
    let (printout, ms) = best_of(3, || consultation(&input, &fonts).unwrap());
    let over = (printout.bytes.len() as f64 / jpeg_sum as f64 - 1.0) * 100.0;
    println!(
        "consultation printout, 20 scans: {} pages, {:.0} KB, {ms:.0} ms (best of 3)",
        printout.page_count,
        printout.bytes.len() as f64 / 1024.0
    );
    println!(
        "  JPEGs: {:.0} KB; printout is {over:+.1} % over the sum of the JPEGs",
        jpeg_sum as f64 / 1024.0
    );
}
