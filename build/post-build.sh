#!/bin/sh
# Trunk post_build hook (Trunk runs the hooks of one stage in parallel, so the steps that depend
# on each other are run here in order): first the message bundles, then the service worker's
# precache list, which must list them; the text-recognition files before it, so that the
# build's version covers them.
set -eu
sh build/ftl-bundles.sh "${TRUNK_SOURCE_DIR:?run by trunk}/locales" "${TRUNK_STAGING_DIR:?run by trunk}/locales"
sh build/ocr-files.sh
sh build/sw-precache.sh
