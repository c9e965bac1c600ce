//! Precompressed copies of the built site for hosts that serve them (nginx `gzip_static` and
//! `brotli_static`, Caddy `precompressed`, Netlify, Cloudflare Pages, ...): beside every text and
//! wasm file `<name>.gz` (gzip, level 9) and `<name>.br` (Brotli, quality 11; 9 above 1.5 MB). The host picks the
//! one the browser accepts and sends it with `Content-Encoding`; the browser sees the same bytes.
//! These copies are written after Trunk's hooks ran, so they are neither in the service worker's
//! precache list nor in the build id (`build/sw-precache.sh`): the worker asks for the plain
//! names, and the host answers those compressed.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Result;

/// The file endings that are compressed: text, wasm, and the print fonts (uncompressed tables).
/// Images (PNG) and the already gzipped text-recognition model are left alone.
const COMPRESSED: [&str; 12] = [
    "html",
    "js",
    "mjs",
    "wasm",
    "css",
    "ftl",
    "txt",
    "toml",
    "svg",
    "webmanifest",
    "ttf",
    "otf",
];

/// Files below this size gain nothing a host would notice (one TCP packet either way).
const MIN_BYTES: u64 = 256;

fn wanted(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| COMPRESSED.contains(&e))
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .path();
        if path.is_dir() {
            files(&path, out)?;
        } else if wanted(&path)
            && std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) >= MIN_BYTES
        {
            out.push(path);
        }
    }
    Ok(())
}

pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

/// Files up to this size get Brotli's best quality (11): the app's wasm, JS, CSS and messages,
/// which every first visit downloads. Quality 11 runs at well under 1 MB/s, so the larger files,
/// which are fetched only on demand (the PDF worker, the text-recognition engine), get quality 9:
/// a few percent larger, ten times faster to make.
const BEST_QUALITY_UP_TO: usize = 1_500_000;

pub fn brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: if bytes.len() <= BEST_QUALITY_UP_TO {
            11
        } else {
            9
        },
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map_err(|e| e.to_string())?;
    Ok(out)
}

fn write(path: &Path, ending: &str, bytes: &[u8]) -> Result<()> {
    let mut name = path.as_os_str().to_owned();
    name.push(ending);
    std::fs::write(&name, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Writes `.gz` and `.br` beside every text and wasm file under `dir`, on every core. Returns the
/// sizes: plain, gzip and Brotli bytes in all.
pub fn precompress(dir: &Path) -> Result<(u64, u64, u64)> {
    let mut all = Vec::new();
    files(dir, &mut all)?;
    // Largest first, so the threads finish together.
    all.sort_by_key(|p| std::cmp::Reverse(std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)));
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<Result<(u64, u64, u64)>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| -> Result<(u64, u64, u64)> {
                    let mut sum = (0, 0, 0);
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        let Some(path) = all.get(i) else {
                            return Ok(sum);
                        };
                        let bytes = std::fs::read(path)
                            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                        let (gz, br) = (gzip(&bytes)?, brotli(&bytes)?);
                        write(path, ".gz", &gz)?;
                        write(path, ".br", &br)?;
                        sum.0 += bytes.len() as u64;
                        sum.1 += gz.len() as u64;
                        sum.2 += br.len() as u64;
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|_| Err("a compression thread panicked".into()))
            })
            .collect()
    });
    results.into_iter().try_fold((0, 0, 0), |acc, r| {
        let r = r?;
        Ok((acc.0 + r.0, acc.1 + r.1, acc.2 + r.2))
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::io::Read;

    use super::*;

    #[test]
    fn writes_gzip_and_brotli_that_read_back_beside_text_and_wasm_only() {
        let dir = std::env::temp_dir().join(format!("xtask-compress-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("locales")).unwrap();
        let text = "lang-choose-title = Wählen Sie Ihre Sprache\n".repeat(40);
        std::fs::write(dir.join("locales/de.ftl"), &text).unwrap();
        let wasm: Vec<u8> = (0..4000u32).flat_map(|i| (i % 251).to_le_bytes()).collect();
        std::fs::write(dir.join("app_bg.wasm"), &wasm).unwrap();
        std::fs::write(dir.join("icon.png"), vec![7u8; 4000]).unwrap();
        std::fs::write(dir.join("tiny.js"), "x").unwrap();

        let (plain, gz, br) = precompress(&dir).unwrap();
        assert_eq!(plain, (text.len() + wasm.len()) as u64);
        assert!(gz < plain && br < plain, "{plain} {gz} {br}");

        for (name, want) in [("locales/de.ftl", text.as_bytes()), ("app_bg.wasm", &wasm)] {
            let mut unzipped = Vec::new();
            flate2::read::GzDecoder::new(
                &std::fs::read(dir.join(format!("{name}.gz"))).unwrap()[..],
            )
            .read_to_end(&mut unzipped)
            .unwrap();
            assert_eq!(unzipped, want, "{name}.gz");
            let mut unbrotli = Vec::new();
            brotli::BrotliDecompress(
                &mut &std::fs::read(dir.join(format!("{name}.br"))).unwrap()[..],
                &mut unbrotli,
            )
            .unwrap();
            assert_eq!(unbrotli, want, "{name}.br");
        }
        for left_alone in ["icon.png.gz", "icon.png.br", "tiny.js.gz", "tiny.js.br"] {
            assert!(!dir.join(left_alone).exists(), "{left_alone}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
