//! `bench DIST`: browser figures of a release build, printed as Markdown rows. Run by
//! `cargo xtask bench`, which adds the native figures and writes docs/benchmarks.md.
//!
//! - bytes of the first download (what the first screen needs), raw and gzip;
//! - time to the first interactive screen in headless Chromium, plain and with 4× CPU slowdown
//!   and a slow mobile network (DevTools `Emulation.setCPUThrottlingRate`,
//!   `Network.emulateNetworkConditions`), median of several fresh profiles.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a measuring tool: fail loudly

use std::io::Write;
use std::path::{Path, PathBuf};

use e2e::{Driver, Server, browser};

const RUNS: usize = 5;

fn gzip_len(bytes: &[u8]) -> usize {
    let mut child = std::process::Command::new("gzip")
        .args(["-9", "-c"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("gzip");
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    child.wait_with_output().unwrap().stdout.len()
}

/// The files the first screen loads: the page, its loader, the app's JS, wasm and CSS, and the
/// German and English messages of the language choice.
fn first_download(dist: &Path) -> Vec<PathBuf> {
    let index = std::fs::read_to_string(dist.join("index.html")).unwrap();
    let mut files = vec![dist.join("index.html"), dist.join("boot.js")];
    for entry in std::fs::read_dir(dist).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let referenced = index.contains(&name);
        let app_file = name.ends_with(".wasm") || name.ends_with(".js") || name.ends_with(".css");
        if referenced && app_file && !files.contains(&path) {
            files.push(path);
        }
    }
    for code in ["de", "en"] {
        for file in ordner_core::i18n::FTL_FILES {
            files.push(dist.join("locales").join(code).join(file));
        }
    }
    files
}

fn sizes(files: &[PathBuf]) -> (usize, usize) {
    files.iter().fold((0, 0), |(raw, gz), f| {
        let bytes = std::fs::read(f).unwrap_or_default();
        (raw + bytes.len(), gz + gzip_len(&bytes))
    })
}

async fn first_interactive(dist: &Path, throttled: bool) -> f64 {
    let server = Server::start(dist);
    let chromedriver = Driver::start();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    if throttled {
        let dev = driver.cdp();
        dev.send_raw(
            "Emulation.setCPUThrottlingRate",
            serde_json::json!({"rate": 4}),
        )
        .await
        .unwrap();
        dev.send_raw("Network.enable", serde_json::json!({}))
            .await
            .unwrap();
        // Lighthouse's "slow 4G" mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
        dev.send_raw(
            "Network.emulateNetworkConditions",
            serde_json::json!({
                "offline": false,
                "latency": 150,
                "downloadThroughput": 1_600_000 / 8,
                "uploadThroughput": 750_000 / 8
            }),
        )
        .await
        .unwrap();
    }
    driver.goto(server.origin() + "/").await.unwrap();
    let ms = e2e::wait_js(
        &driver,
        "document.querySelector('.lang-choice') ? performance.now() : 0",
        "the first screen",
    )
    .await
    .as_f64()
    .unwrap();
    driver.quit().await.unwrap();
    ms
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[tokio::main]
async fn main() {
    let dist = PathBuf::from(std::env::args().nth(1).expect("usage: bench DIST"));
    let first = first_download(&dist);
    let (raw, gz) = sizes(&first);
    println!(
        "| first download (HTML + JS + wasm + CSS + de/en messages) | {:.1} KB raw, **{:.1} KB gzip** | budget 300 KB gzip |",
        raw as f64 / 1000.0,
        gz as f64 / 1000.0
    );
    let wasm: Vec<PathBuf> = first
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "wasm"))
        .cloned()
        .collect();
    let (wraw, wgz) = sizes(&wasm);
    println!(
        "| of which the app's wasm | {:.1} KB raw, {:.1} KB gzip | |",
        wraw as f64 / 1000.0,
        wgz as f64 / 1000.0
    );
    let workers: Vec<PathBuf> = std::fs::read_dir(&dist)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().to_string();
            n.contains("worker") && (n.ends_with(".wasm") || n.ends_with(".js"))
        })
        .collect();
    for w in &workers {
        let (r, g) = sizes(std::slice::from_ref(w));
        println!(
            "| worker `{}` (loaded on demand) | {:.1} KB raw, {:.1} KB gzip | |",
            w.file_name().unwrap().to_string_lossy(),
            r as f64 / 1000.0,
            g as f64 / 1000.0
        );
    }
    let mut plain = Vec::new();
    let mut slow = Vec::new();
    for _ in 0..RUNS {
        plain.push(first_interactive(&dist, false).await);
        slow.push(first_interactive(&dist, true).await);
    }
    println!(
        "| first interactive screen, headless Chromium, loopback | {:.0} ms (median of {RUNS}) | |",
        median(plain)
    );
    println!(
        "| first interactive screen, 4× CPU slowdown + slow 4G (150 ms, 1.6 Mbit/s) | **{:.0} ms** (median of {RUNS}) | budget 2000 ms |",
        median(slow)
    );
}
