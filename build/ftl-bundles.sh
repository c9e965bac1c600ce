#!/bin/sh
# Joins the Fluent files of each language into one bundle, so that the browser makes one request
# per language in use instead of one per file:
#   ftl-bundles.sh LOCALES_DIR OUT_DIR   writes OUT_DIR/<code>.ftl for every LOCALES_DIR/<code>/,
#                                        and OUT_DIR/<code>.start.ftl, a copy of its app.ftl
#                                        (ordner_core::i18n::START_FILE: all the first-start
#                                        screen needs, before a language is chosen)
# Each file starts with the line `### ordner-ftl-file: <name>` (ordner_core::i18n::BUNDLE_FILE_MARKER),
# which Catalog::from_bundle splits on, so Fluent errors still name the file and its line.
# The source tree keeps one file per feature (translators and merges rely on that).
set -eu
src=${1:?locales directory}
out=${2:?output directory}
mkdir -p "$out"
for dir in "$src"/*/; do
  code=$(basename "$dir")
  tmp="$out/$code.ftl.tmp"
  : > "$tmp"
  for f in $(cd "$dir" && LC_ALL=C ls -- *.ftl); do
    printf '### ordner-ftl-file: %s\n' "$f" >> "$tmp"
    cat "$dir$f" >> "$tmp"
    # A file without a final newline must not run into the next marker.
    if [ -n "$(tail -c 1 "$dir$f")" ]; then printf '\n' >> "$tmp"; fi
  done
  mv "$tmp" "$out/$code.ftl"
  cp "${dir}app.ftl" "$out/$code.start.ftl"
done
