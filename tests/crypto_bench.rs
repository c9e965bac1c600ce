//! AES-256-GCM in the browser: the vault's own wasm code (`ordner_vault::bench`, feature `bench`: the code that
//! seals every record and blob) against the browser's WebCrypto, in the same page, on the same
//! 8 MiB. Both must produce the same ciphertext and tag (checked), then each is timed.
//!
//! A measurement, so it is `#[ignore]`d in `cargo xtask test`; `cargo xtask bench` runs it in a
//! release build (the crypto crates at `opt-level = 3`, as shipped):
//! `cargo test --release -p mein-ordner --target wasm32-unknown-unknown --test crypto_bench --
//! --include-ignored`. It prints `BENCH|<name>|<median ms>|<MB/s>` lines.
#![allow(clippy::unwrap_used)] // a measurement: fail loudly
#![cfg(target_arch = "wasm32")]

use ordner_vault::bench as hazmat;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const BYTES: usize = 8 * 1024 * 1024;
const RUNS: usize = 7;

#[wasm_bindgen(inline_js = r#"
export function now() { return performance.now(); }
export async function webcrypto(key, iv, data, runs) {
  const k = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const enc = [], dec = [];
  let sealed;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, k, data);
    enc.push(performance.now() - t);
  }
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, k, sealed);
    dec.push(performance.now() - t);
    if (opened.byteLength !== data.byteLength) throw new Error('WebCrypto: wrong length');
  }
  return [new Uint8Array(sealed), enc, dec];
}
"#)]
extern "C" {
    fn now() -> f64;
    #[wasm_bindgen(catch)]
    async fn webcrypto(key: &[u8], iv: &[u8], data: &[u8], runs: u32) -> Result<JsValue, JsValue>;
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn row(name: &str, times: Vec<f64>) -> f64 {
    let ms = median(times);
    let mbs = BYTES as f64 / 1e6 / (ms / 1000.0);
    console_log!("BENCH|{name}|{ms:.1}|{mbs:.0}");
    mbs
}

fn times(value: &JsValue) -> Vec<f64> {
    js_sys::Array::from(value)
        .iter()
        .filter_map(|v| v.as_f64())
        .collect()
}

#[wasm_bindgen_test]
#[ignore = "a measurement: run by `cargo xtask bench`"]
async fn aes_gcm_wasm_against_webcrypto() {
    let key = [0x42_u8; 32];
    let nonce = [0x24_u8; 12];
    let data: Vec<u8> = (0..BYTES).map(|i| (i % 251) as u8).collect();

    // Ours: encrypt and decrypt in place (as blobs are sealed), timed per run.
    let mut enc = Vec::new();
    let mut dec = Vec::new();
    let mut ours = Vec::new();
    for _ in 0..RUNS {
        let mut buffer = data.clone();
        let t = now();
        let tag = hazmat::aes256gcm_encrypt_in_place(&key, &nonce, &[], &mut buffer).unwrap();
        enc.push(now() - t);
        ours = buffer.clone();
        ours.extend_from_slice(&tag);
        let t = now();
        hazmat::aes256gcm_decrypt_in_place(&key, &nonce, &[], &mut buffer, &tag).unwrap();
        dec.push(now() - t);
        assert!(
            buffer == data,
            "our decryption did not give the plaintext back"
        );
    }

    let result = js_sys::Array::from(&webcrypto(&key, &nonce, &data, RUNS as u32).await.unwrap());
    let theirs = js_sys::Uint8Array::new(&result.get(0)).to_vec();
    assert!(
        theirs == ours,
        "WebCrypto and the vault's AES-256-GCM disagree on the same key, nonce and data"
    );

    let ours_enc = row("wasm-encrypt", enc);
    let ours_dec = row("wasm-decrypt", dec);
    let web_enc = row("webcrypto-encrypt", times(&result.get(1)));
    let web_dec = row("webcrypto-decrypt", times(&result.get(2)));
    console_log!(
        "BENCH|ratio|{:.2}|{:.2}",
        web_enc / ours_enc,
        web_dec / ours_dec
    );
}
