//! `cargo run --release -p ordner-core --example bench` (run by `cargo xtask bench`): the
//! search screen's index (#14 "Search that keeps up") over every tab text of the default content
//! with the Dortmund pack and 2,000 more contacts, in German + Arabic: the time to build it,
//! and per keystroke while a query is typed letter by letter. Native; the browser's wasm is
//! slower by a small factor (the bench's PDF and key derivation figures show about 1.4×).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a benchmark")]

use std::time::Instant;

use ordner_core::content::{BuiltinPack, Contact, Content, LocalText};
use ordner_core::search::{SearchIndex, fold};
use ordner_core::{Catalog, TabId};

const CONTACTS: usize = 2_000;

/// Synthetic town contacts: names, addresses and notes like a big town's pack.
fn contacts() -> Vec<Contact> {
    let kinds = [
        "auslaenderbehoerde",
        "jobcenter",
        "sozialamt",
        "migrationsberatung",
    ];
    (0..CONTACTS)
        .map(|i| Contact {
            key: format!("kontakt-{i}"),
            kind: Some(kinds[i % kinds.len()].to_owned()),
            organisation: Some(format!("Beratungsstelle Nummer {i} e. V.")),
            department: Some(format!("Abteilung {} für Integration", i % 37)),
            address: Some(format!(
                "Hauptstraße {}\n44{:03} Dortmund",
                i % 200,
                i % 1000
            )),
            phone: Some(format!("0231 {:07}", i * 37)),
            email: Some(format!("kontakt{i}@beratung.example")),
            web: Some(format!("https://beratung{i}.example/")),
            hours: Some(
                LocalText::new(format!("Mo–Fr {}–12 Uhr", 8 + i % 3))
                    .with("ar", format!("الاثنين–الجمعة {}–12", 8 + i % 3)),
            ),
            notes: Some(
                LocalText::new(
                    "Beratung zu Aufenthalt, Arbeit und Wohnen; bitte Unterlagen mitbringen.",
                )
                .with("ar", "استشارة حول الإقامة والعمل والسكن؛ يرجى إحضار الأوراق."),
            ),
            ..Contact::default()
        })
        .collect()
}

fn texts_of(content: &Content, de: &Catalog, ar: &Catalog, extra: &[Contact]) -> Vec<Vec<String>> {
    let mut entries = Vec::new();
    for tab in content.tabs() {
        entries.push(vec![
            de.msg(&tab.tab.title_id()),
            ar.msg(&tab.tab.title_id()),
        ]);
        entries.push(vec![tab.intro.resolve(de).text, tab.intro.resolve(ar).text]);
        for tip in &tab.tips {
            entries.push(vec![tip.text.resolve(de).text, tip.text.resolve(ar).text]);
        }
        for item in &tab.checklist {
            let mut texts = vec![item.text.resolve(de).text, item.text.resolve(ar).text];
            if let Some(h) = &item.hint {
                texts.extend([h.resolve(de).text, h.resolve(ar).text]);
            }
            entries.push(texts);
        }
        for c in tab
            .contacts
            .iter()
            .chain(if tab.tab == TabId::Advice { extra } else { &[] })
        {
            let mut texts = Vec::new();
            if let Some(id) = c.type_name_id() {
                texts.extend([de.msg(&id), ar.msg(&id)]);
            }
            texts.extend(c.written_fields().cloned());
            for local in [&c.hours, &c.notes].into_iter().flatten() {
                texts.push(local.german().to_owned());
                texts.extend(local.get("ar").map(str::to_owned));
            }
            entries.push(texts);
        }
    }
    entries
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let de = Catalog::load_dir(&locales, "de").unwrap();
    let ar = Catalog::load_dir(&locales, "ar").unwrap();
    let pack = BuiltinPack::by_key("dortmund").unwrap().parse().unwrap();
    let content = Content::default_germany().with_pack(&pack).unwrap();
    let extra = contacts();
    let entries = texts_of(&content, &de, &ar, &extra);
    let bytes: usize = entries.iter().flatten().map(String::len).sum();

    let mut builds = Vec::new();
    let mut index = SearchIndex::new();
    for _ in 0..5 {
        let t = Instant::now();
        let mut built = SearchIndex::new();
        for (i, texts) in entries.iter().enumerate() {
            built.push(texts.iter().map(String::as_str), i);
        }
        builds.push(t.elapsed().as_secs_f64() * 1000.0);
        index = built;
    }
    println!(
        "search index: {} entries ({} contacts), {} KB of text, de+ar",
        index.len(),
        CONTACTS,
        bytes / 1000
    );
    println!("  build once: {:.1} ms (median of 5)", median(builds));

    for query in ["Ausländerbehörde", "مكتب", "Beratungsstelle Nummer 1999"] {
        let mut per_key = Vec::new();
        let mut hits = 0;
        for _ in 0..5 {
            let prefixes: Vec<String> = (1..=query.chars().count())
                .map(|n| query.chars().take(n).collect())
                .collect();
            for q in &prefixes {
                let t = Instant::now();
                let found = index.search(q, 50);
                per_key.push(t.elapsed().as_secs_f64() * 1000.0);
                hits = found.total;
            }
        }
        let worst = per_key.iter().copied().fold(0.0, f64::max);
        println!(
            "  typing {query:?} ({} keystrokes): {:.2} ms per keystroke (median), {:.2} ms worst; {hits} hits",
            query.chars().count(),
            median(per_key),
            worst
        );
    }

    // Without the index (what the screen did before): every text formatted already, but folded
    // again on each keystroke.
    let mut per_key = Vec::new();
    for q in ["a", "au", "aus", "ausl"] {
        let t = Instant::now();
        let q = fold(q);
        let n = entries
            .iter()
            .filter(|texts| texts.iter().any(|s| fold(s).contains(&q)))
            .count();
        per_key.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(n > 0);
    }
    println!(
        "  without the index (fold every text on each keystroke): {:.1} ms per keystroke (median)",
        median(per_key)
    );
}
