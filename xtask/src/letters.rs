//! `cargo xtask bench-letters`: the text-recognition bench (issue 17). Makes the letter photos
//! (`tests/ocr/make-photos.sh`, ImageMagick), recognises them natively in Node with
//! tesseract-wasm (what the app ships) and tesseract.js (the comparison), scores the text against
//! the known letters (`cargo run -p ordner-letter --example bench`) and writes the section
//! "Letter recognition" of `docs/benchmarks.md` (also part of `cargo xtask bench`).

use std::process::Command;

use crate::{Result, capture, root, run, setup};

const HEADING: &str = "## Letter recognition";

/// The section for `docs/benchmarks.md`.
pub fn section() -> Result<String> {
    let compare = setup::ensure_ocr_compare()?;
    let work = root().join("target/bench-letters");
    let _ = std::fs::remove_dir_all(&work);
    let photos = work.join("photos");
    run(Command::new("sh")
        .arg(root().join("tests/ocr/make-photos.sh"))
        .arg(&photos))?;
    let tools = root().join("target/tools/node_modules");
    let model = tools.join("@tesseract.js-data/deu/4.0.0_best_int/deu.traineddata.gz");
    let mut dirs = Vec::new();
    for (engine, modules) in [
        ("tesseract-wasm", tools.clone()),
        ("tesseract.js", compare.join("node_modules")),
    ] {
        let out = work.join(engine);
        run(Command::new("node")
            .arg(root().join("tests/ocr/recognise.mjs"))
            .arg(engine)
            .arg(&modules)
            .arg(&model)
            .arg(&photos)
            .arg(&out))?;
        dirs.push(out);
    }
    let node = capture(Command::new("node").arg("--version"))?;
    let table = capture(
        Command::new("cargo")
            .args([
                "run",
                "--quiet",
                "--release",
                "-p",
                "ordner-letter",
                "--example",
                "bench",
                "--",
            ])
            .args(&dirs),
    )?;
    let size = |path: &std::path::Path| std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let engine_dir = tools.join("tesseract-wasm/dist");
    let kb = |n: u64| format!("{:.0} KB", n as f64 / 1024.0);
    let download = size(&engine_dir.join("tesseract-core.wasm"))
        + size(&engine_dir.join("lib.js"))
        + size(&model);
    let tjs_core = compare.join("node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm.js");
    let tjs_worker = compare.join("node_modules/tesseract.js/dist/worker.min.js");
    Ok(format!(
        "\n{HEADING}\n\n36 letter photos (18 known letters, two phone-like degradations each; \
         `docs/letters.md`), recognised natively with Node {} (the same wasm the browser runs; \
         time per page without image decoding). Dates are those the reading proposes: \
         letter date, valid-until, appointment.\n\n{table}\nDownload the app fetches the first time \
         a letter is read: {} (engine {} + glue {} + German model {}, gzip-compressed); \
         tesseract.js would need its core {} + worker {} + the same model. Neither is part of the \
         first visit.\n",
        node.trim(),
        kb(download),
        kb(size(&engine_dir.join("tesseract-core.wasm"))),
        kb(size(&engine_dir.join("lib.js"))),
        kb(size(&model)),
        kb(size(&tjs_core)),
        kb(size(&tjs_worker)),
    ))
}

/// Replaces (or appends) the section in `docs/benchmarks.md`.
pub fn bench_letters() -> Result<()> {
    let section = section()?;
    println!("{section}");
    let path = root().join("docs/benchmarks.md");
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    let new = match old.find(&format!("\n{HEADING}")) {
        Some(start) => {
            let rest = &old[start + 1..];
            // Up to the next section, or the closing note `cargo xtask bench` writes.
            let after = &rest[HEADING.len()..];
            let end = ["\n## ", "\nWhere a budget is missed"]
                .iter()
                .filter_map(|m| after.find(m))
                .min()
                .map_or(old.len(), |i| start + 1 + HEADING.len() + i);
            format!("{}{}{}", &old[..start], section, &old[end..])
        }
        None => format!("{}{}", old.trim_end(), section),
    };
    std::fs::write(&path, new).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    eprintln!("\nwritten: {}", path.display());
    Ok(())
}
