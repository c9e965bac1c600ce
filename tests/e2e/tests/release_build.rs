//! The site `cargo xtask dist` ships holds no test hooks: `window.__meinOrdnerSeedDocuments`,
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
