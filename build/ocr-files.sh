#!/bin/sh
# Trunk post_build step (run by build/post-build.sh): copies the text-recognition engine into
# dist/ocr/ beside our worker (public/ocr/ocr-worker.js): tesseract-wasm's lib.js and its two wasm
# builds (with and without SIMD; the worker fetches one), and the German LSTM model (best_int,
# gzip-compressed; the worker decompresses it). Writes ocr/sizes.txt (bytes per file, for the
# download note and the progress bar) and ocr/LICENSES.txt. None of it is precached: the service
# worker keeps these files once the person first uses recognition (build/sw-precache.sh, ON_DEMAND).
# `cargo xtask setup` installs the npm packages into target/tools/node_modules.
set -eu
staging=${TRUNK_STAGING_DIR:?run by trunk}
tools=${ORDNER_TOOLS:-${TRUNK_SOURCE_DIR:?run by trunk}/target/tools}
modules=$tools/node_modules
engine=$modules/tesseract-wasm
model=$modules/@tesseract.js-data/deu/4.0.0_best_int/deu.traineddata.gz
for f in "$engine/dist/lib.js" "$engine/dist/tesseract-core.wasm" \
  "$engine/dist/tesseract-core-fallback.wasm" "$engine/LICENSE.md" "$model"; do
  if [ ! -f "$f" ]; then
    echo "missing $f: run 'cargo xtask setup' (installs tesseract-wasm and @tesseract.js-data/deu from npm)" >&2
    exit 1
  fi
done
out=$staging/ocr
mkdir -p "$out"
cp "$engine/dist/lib.js" "$engine/dist/tesseract-core.wasm" "$engine/dist/tesseract-core-fallback.wasm" \
  "$model" "$out/"
{
  echo "Text recognition in Mein Ordner runs entirely on this device with:"
  echo
  echo "tesseract-wasm $(sed -n 's/^ *"version": "\(.*\)",$/\1/p' "$engine/package.json") (Tesseract OCR compiled to WebAssembly), BSD-2-Clause:"
  echo
  cat "$engine/LICENSE.md"
  echo
  echo "Tesseract OCR and its German model deu.traineddata (tessdata_best, integer version, as packaged"
  echo "in @tesseract.js-data/deu): Apache License 2.0, https://github.com/tesseract-ocr/tesseract"
} > "$out/LICENSES.txt"
(cd "$out" && for f in tesseract-core.wasm tesseract-core-fallback.wasm deu.traineddata.gz lib.js ocr-worker.js; do
  printf '%s %s\n' "$f" "$(wc -c < "$f" | tr -d ' ')"
done) > "$out/sizes.txt"
