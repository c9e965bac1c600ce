//! The site `cargo xtask dist` ships has `.gz` and `.br` copies of its text and wasm files, and
//! holds no test hooks: `window.__meinOrdnerSeedDocuments`,
//! `window.__meinOrdnerBlob` and the console record `window.__meinOrdnerConsole` (a JavaScript
//! snippet under `snippets/`, `src/test_console.rs`) belong to the cargo feature `test-hooks`,
//! compiled only into the build the end-to-end tests and the benchmark use (#12 §4). The test build must have them, or this
//! check would prove nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use std::path::Path;

const HOOKS: [&str; 3] = [
    "__meinOrdnerSeedDocuments",
    "__meinOrdnerBlob",
    "__meinOrdnerConsole",
];

/// The `.wasm` and `.js` files of a built site (wasm-bindgen's `snippets/` included), with their
/// bytes, named by their path in the site.
fn code_files(dist: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut dirs = vec![dist.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path
                .strip_prefix(dist)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if path.is_dir() {
                if name == "snippets" || name.starts_with("snippets/") {
                    dirs.push(path);
                }
            } else if name.ends_with(".wasm") || name.ends_with(".js") {
                out.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    assert!(
        out.iter()
            .any(|(n, _)| n.starts_with("mein-ordner") && n.ends_with(".wasm")),
        "no app wasm in {}",
        dist.display()
    );
    out
}

fn holds(bytes: &[u8], needle: &str) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn the_release_build_has_no_test_hooks_and_the_test_build_has_them() {
    let release = e2e::release_dist();
    for (file, bytes) in code_files(&release) {
        for hook in HOOKS {
            assert!(!holds(&bytes, hook), "{hook} in the release build's {file}");
        }
    }
    let tested = e2e::built_dist();
    let files = code_files(&tested);
    for hook in HOOKS {
        assert!(
            files.iter().any(|(_, bytes)| holds(bytes, hook)),
            "{hook} missing from the test build {}",
            tested.display()
        );
    }
}

/// `cargo xtask dist` writes `.gz` and `.br` copies beside the text and wasm files for hosts that
/// serve them (xtask/src/compress.rs; README, "Hosting it yourself"); the gzip copy holds the
/// same bytes, and the service worker's precache list names none of the copies.
#[test]
fn the_release_build_has_precompressed_copies_of_its_text_and_wasm_files() {
    use std::io::Read;

    let release = e2e::release_dist();
    let index = std::fs::read_to_string(release.join("index.html")).unwrap();
    let start = index.find("data-wasm=\"./").unwrap() + "data-wasm=\"./".len();
    let wasm = &index[start..start + index[start..].find('"').unwrap()];
    for name in [
        "index.html",
        "boot.js",
        "sw.js",
        "locales/de.ftl",
        "locales/ar.ftl",
        wasm,
    ] {
        let plain = std::fs::read(release.join(name)).unwrap();
        let gz = std::fs::read(release.join(format!("{name}.gz")))
            .unwrap_or_else(|e| panic!("{name}.gz: {e}"));
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, plain, "{name}.gz");
        assert!(gz.len() < plain.len(), "{name}.gz is not smaller");
        let br = std::fs::metadata(release.join(format!("{name}.br")))
            .unwrap_or_else(|e| panic!("{name}.br: {e}"));
        assert!(
            (br.len() as usize) < plain.len(),
            "{name}.br is not smaller"
        );
    }
    let sw = std::fs::read_to_string(release.join("sw.js")).unwrap();
    for name in ["index.html", "boot.js", "locales/de.ftl", wasm] {
        for ending in ["gz", "br"] {
            assert!(
                !sw.contains(&format!("\"./{name}.{ending}\"")),
                "the service worker lists {name}.{ending}"
            );
        }
    }
}
