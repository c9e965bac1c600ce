#!/bin/sh
# Trunk post_build hook: prepend the build version and the precache lists to sw.js in the
# staging directory, and write the version to build-id.txt (the build's id: the first 16 hex
# digits of SHA-256 over every file's name and bytes, so the same sources give the same id on
# any machine, a clean clone in CI included; no git needed). Files under fonts/ and the PDF worker (pdf_worker_loader.js, pdf_worker.js,
# pdf_worker_bg.wasm) are large and only needed to print: they go to LAZY (cached after install)
# so they are not part of the first visit's download. Everything else, including every
# language's message bundle locales/<code>.ftl (for a change of language offline) and the town
# packs packs/*.toml, is precached; so is ocr/sizes.txt (a few bytes: the document screens show
# the recognition's download size from it, offline too). The rest of the text-recognition engine and model (ocr/, about 3 MB) go to
# ON_DEMAND: never fetched by the service worker itself, kept in the cache once the page fetched
# them (the first time a letter is read), and carried over to the next build's cache.
set -eu
cd "${TRUNK_STAGING_DIR:?run by trunk}"
files=$(find . -type f ! -name sw.js | sed 's|^\./||' | LC_ALL=C sort)
version=$(for f in $files; do printf '%s\n' "$f"; cat "$f"; done | sha256sum | cut -c1-16)
# The build's id for people: the about screen (#/about) shows it, `cargo xtask dist` prints it.
printf '%s\n' "$version" > build-id.txt
{
  printf '// Generated at build time by build/sw-precache.sh.\n'
  printf 'const VERSION = "%s";\n' "$version"
  printf 'const PRECACHE = [\n  "./",\n  "./build-id.txt",\n'
  for f in $files; do
    case "$f" in fonts/*|pdf_worker*) ;; ocr/sizes.txt) printf '  "./%s",\n' "$f" ;; ocr/*) ;; *) printf '  "./%s",\n' "$f" ;; esac
  done
  printf '];\nconst LAZY = [\n'
  for f in $files; do
    case "$f" in fonts/*|pdf_worker*) printf '  "./%s",\n' "$f" ;; *) ;; esac
  done
  printf '];\n// Its own cache, named by the content of ocr/, so a new build with the same engine keeps it.\n'
  printf 'const ON_DEMAND_CACHE = "mein-ordner-ocr-%s";\n' "$(cat ocr/* 2>/dev/null | sha256sum | cut -c1-16)"
  printf 'const ON_DEMAND = [\n'
  for f in $files; do
    case "$f" in ocr/sizes.txt) ;; ocr/*) printf '  "./%s",\n' "$f" ;; *) ;; esac
  done
  printf '];\n\n'
  cat sw.js
} > sw.js.tmp
mv sw.js.tmp sw.js
