// Mein Ordner text-recognition worker (a module worker, started by src/ocr.rs only when a page is
// read). It runs Tesseract compiled to WebAssembly (tesseract-wasm, BSD-2-Clause) with the German
// LSTM model, all from our own origin: ./lib.js, ./tesseract-core.wasm (or the build without SIMD)
// and ./deu.traineddata.gz, copied into dist/ocr/ by build/ocr-files.sh. The service worker keeps
// them once fetched, so recognition works offline afterwards. Nothing is sent anywhere.
//
// Protocol version 1 (crates/ordner-letter/src/ocr_protocol.rs decodes it; keep them together):
//   page -> worker: ["ocr/1 recognise", ArrayBuffer of a JPEG or PNG]
//   worker -> page: "ocr/1 progress <download|recognise> <done> <total>"
//                   "ocr/1 result <width> <height> <words>\n" + one line per word
//                     "<left> <top> <right> <bottom> <confidence 0-100> <text>" + "\n" + the text
//                   "ocr/1 error <code> <detail>"  (1 = files could not be fetched,
//                     2 = the image cannot be read, 3 = recognition failed, 4 = unknown request)
import { createOCREngine, supportsFastBuild } from "./lib.js";

const PREFIX = "ocr/1 ";
let engine = null;

function post(line) {
  self.postMessage(line);
}

/** Fetches our own file, reporting bytes as they arrive (summed over files by `progress`). */
async function fetchBytes(name, progress) {
  const response = await fetch(new URL(name, import.meta.url), { credentials: "same-origin" });
  if (!response.ok || !response.body) throw new Error(`${name}: HTTP ${response.status}`);
  const reader = response.body.getReader();
  const chunks = [];
  let got = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    got += value.length;
    progress(value.length);
  }
  const bytes = new Uint8Array(got);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** The model is stored gzip-compressed; a host may already have decompressed it in transit. */
async function gunzip(bytes) {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function ensureEngine() {
  if (engine) return engine;
  const sizes = await (await fetch(new URL("sizes.txt", import.meta.url))).text();
  const size = (name) => Number((sizes.match(new RegExp(`^${name.replace(/\./g, "\\.")} (\\d+)$`, "m")) || [])[1] || 0);
  const wasmName = supportsFastBuild() ? "tesseract-core.wasm" : "tesseract-core-fallback.wasm";
  const total = size(wasmName) + size("deu.traineddata.gz");
  let done = 0;
  const progress = (n) => {
    done += n;
    post(`${PREFIX}progress download ${done} ${Math.max(total, done)}`);
  };
  const [wasmBinary, model] = await Promise.all([
    fetchBytes(wasmName, progress),
    fetchBytes("deu.traineddata.gz", progress).then(gunzip),
  ]);
  const created = await createOCREngine({ wasmBinary });
  created.loadModel(model);
  engine = created;
  return engine;
}

function clean(text) {
  return String(text).replace(/[\r\n]+/g, " ");
}

self.onmessage = async (event) => {
  const data = event.data;
  if (!Array.isArray(data) || data[0] !== `${PREFIX}recognise` || !(data[1] instanceof ArrayBuffer)) {
    post(`${PREFIX}error 4 unknown request`);
    return;
  }
  let ocr;
  try {
    ocr = await ensureEngine();
  } catch (e) {
    post(`${PREFIX}error 1 ${clean(e)}`);
    return;
  }
  let bitmap;
  try {
    bitmap = await createImageBitmap(new Blob([data[1]]));
  } catch (e) {
    post(`${PREFIX}error 2 ${clean(e)}`);
    return;
  }
  try {
    ocr.loadImage(bitmap);
    const words = ocr.getTextBoxes("word", (p) => post(`${PREFIX}progress recognise ${Math.round(p)} 100`));
    const text = ocr.getText();
    ocr.clearImage();
    let out = `${PREFIX}result ${bitmap.width} ${bitmap.height} ${words.length}\n`;
    for (const w of words) {
      const r = w.rect;
      const conf = Math.round(Math.max(0, Math.min(1, w.confidence)) * 100);
      out += `${r.left} ${r.top} ${r.right} ${r.bottom} ${conf} ${clean(w.text)}\n`;
    }
    bitmap.close();
    post(out + text);
  } catch (e) {
    post(`${PREFIX}error 3 ${clean(e)}`);
  }
};
