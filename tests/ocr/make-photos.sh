#!/bin/sh
# Makes the recognition test set: every letter of crates/ordner-letter/tests/letters/ rendered as
# an A4 page at 2000 px wide, then photographed as a phone would: turned a few degrees, on grey
# paper, blurred, with sensor noise, JPEG-compressed. Two photos per letter (two degradations);
# with --12mp a third at 3000 x 4000 pixels.
# Usage: tests/ocr/make-photos.sh OUTDIR [--12mp]
# Needs ImageMagick's convert (Debian: imagemagick; `cargo xtask setup` installs it).
set -eu
out=${1:?usage: make-photos.sh OUTDIR [--12mp]}
big=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
letters=$here/../../crates/ordner-letter/tests/letters
mkdir -p "$out"
n=0
# photo PAGE OUT ANGLE BLUR NOISE QUALITY: turned, on grey paper, blurred, noisy, JPEG.
photo() {
  convert "$1" -background '#d9d4ca' -rotate "$3" -blur "0x$4" -attenuate "$5" +noise Gaussian \
    -resize 2000x -quality "$6" "$2"
  n=$((n + 1))
}
for file in "$letters"/*.txt; do
  name=$(basename "$file" .txt)
  text=$(sed '1,/^---$/d' "$file")
  page=$out/$name.page.png
  # The page: A4 at 2000 px wide (about 240 dpi), 10 pt type.
  convert -size 2000x2828 xc:white -font DejaVu-Sans -pointsize 30 -fill black \
    -annotate +140+160 "$text" "$page"
  photo "$page" "$out/$name-v1.jpg" -2.5 1.0 0.5 70
  photo "$page" "$out/$name-v2.jpg" 1.8 1.5 0.8 60
  if [ "$big" = "--12mp" ]; then
    convert "$page" -resize 2829x4000 -background '#d9d4ca' -rotate 1.2 -blur 0x1.8 \
      -attenuate 0.6 +noise Gaussian -gravity center -extent 3000x4000 -quality 75 \
      "$out/$name-12mp.jpg"
    n=$((n + 1))
  fi
  rm "$page"
done
echo "$n photos in $out"
