// Recognises every photo of a directory with one engine, natively in Node (the same wasm the
// browser runs), and writes <name>.txt per photo plus times.tsv (photo, milliseconds).
// Usage: node tests/ocr/recognise.mjs ENGINE MODULES MODEL PHOTOS OUT
//   ENGINE: tesseract-wasm | tesseract.js; MODULES: the node_modules holding it (target/tools/
//   node_modules from `cargo xtask setup`, target/tools/ocr-compare/node_modules for tesseract.js);
//   MODEL: deu.traineddata.gz (the same German model for both).
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

const [engineName, modules, modelPath, photos, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: recognise.mjs ENGINE MODULES MODEL PHOTOS OUT");
  process.exit(2);
}
const model = gunzipSync(await readFile(modelPath));

// Each engine: start (once), then recognise(file) -> text.
async function tesseractWasm() {
  const { createOCREngine } = await import(join(modules, "tesseract-wasm/dist/lib.js"));
  const wasmBinary = await readFile(join(modules, "tesseract-wasm/dist/tesseract-core.wasm"));
  const engine = await createOCREngine({ wasmBinary });
  engine.loadModel(model);
  return async (file) => {
    // The browser hands the worker decoded pixels (ImageData); so does this bench.
    const [w, h] = execFileSync("identify", ["-format", "%w %h", file]).toString().split(" ").map(Number);
    const rgba = execFileSync("convert", [file, "-depth", "8", "rgba:-"], { maxBuffer: 1 << 28 });
    const t0 = performance.now();
    engine.loadImage({ data: new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.length), width: w, height: h });
    const text = engine.getText();
    engine.clearImage();
    return { text, ms: performance.now() - t0 };
  };
}

async function tesseractJs() {
  const { createWorker } = await import(join(modules, "tesseract.js/src/index.js"));
  const langDir = join(out, ".lang");
  await mkdir(langDir, { recursive: true });
  await writeFile(join(langDir, "deu.traineddata"), model);
  const worker = await createWorker("deu", 1, {
    langPath: langDir,
    cachePath: langDir,
    gzip: false,
    corePath: join(modules, "tesseract.js-core"),
    legacyCore: false,
    legacyLang: false,
  });
  return async (file) => {
    const img = await readFile(file);
    const t0 = performance.now();
    const { data } = await worker.recognize(img);
    return { text: data.text, ms: performance.now() - t0, done: () => worker.terminate() };
  };
}

const start = { "tesseract-wasm": tesseractWasm, "tesseract.js": tesseractJs }[engineName];
if (!start) {
  console.error(`unknown engine ${engineName}`);
  process.exit(2);
}
await mkdir(out, { recursive: true });
const recognise = await start();
const files = (await readdir(photos)).filter((f) => f.endsWith(".jpg")).sort();
let times = "";
let last;
for (const f of files) {
  last = await recognise(join(photos, f));
  await writeFile(join(out, f.replace(/\.jpg$/, ".txt")), last.text);
  times += `${f}\t${Math.round(last.ms)}\n`;
  console.error(`${engineName} ${f} ${Math.round(last.ms)} ms`);
}
await writeFile(join(out, "times.tsv"), times);
if (last?.done) await last.done();
