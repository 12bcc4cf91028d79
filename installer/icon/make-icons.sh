#!/usr/bin/env bash
# Draws the Helpline Logbook icon with ImageMagick 6 (convert) and writes every format the installers use:
#   helpline-logbook.png  512x512  Linux (.deb/.rpm/app-image) and the window icon
#   helpline-logbook.ico  16..256  Windows (.msi, .exe launcher)
#   helpline-logbook.icns 16..512  macOS (.app, .dmg), packed by icns.py (no macOS tools needed)
# The outputs are committed, so the installer builds on Windows and macOS need neither tool.
# Design: a calm teal rounded square, a white speech bubble holding three "logbook" lines.
set -euo pipefail
cd "$(dirname "$0")"
command -v convert >/dev/null || { echo "needs ImageMagick's convert (apt-get install imagemagick)" >&2; exit 1; }

convert -size 1024x1024 xc:none \
  -fill '#2f6f73' -draw 'roundrectangle 32,32 992,992 200,200' \
  -fill white -draw 'roundrectangle 200,230 824,700 110,110' \
  -fill white -draw 'polygon 330,660 470,660 300,840' \
  -stroke '#2f6f73' -strokewidth 44 -fill none \
  -draw 'line 320,370 704,370' -draw 'line 320,465 704,465' -draw 'line 320,560 560,560' \
  -resize 512x512 -strip PNG32:helpline-logbook.png

for s in 16 24 32 48 64 128 256; do
  convert helpline-logbook.png -resize ${s}x${s} -strip PNG32:tmp-$s.png
done
convert tmp-16.png tmp-24.png tmp-32.png tmp-48.png tmp-64.png tmp-256.png helpline-logbook.ico
python3 icns.py helpline-logbook.icns tmp-16.png:icp4 tmp-32.png:icp5 tmp-64.png:icp6 tmp-128.png:ic07 \
  tmp-256.png:ic08 helpline-logbook.png:ic09
rm -f tmp-*.png
ls -l helpline-logbook.*
