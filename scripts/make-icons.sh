#!/usr/bin/env bash
# Regenerates icons/ from a drawing made with ImageMagick (no fonts, no downloads).
# Usage: scripts/make-icons.sh   (needs imagemagick and python3)
set -euo pipefail
cd "$(dirname "$0")/../icons"
convert -size 1024x1024 xc:none \
  -fill '#0f766e' -draw 'roundrectangle 64,64 960,960 180,180' \
  -fill '#ffffff' -draw 'roundrectangle 300,200 724,840 40,40' \
  -fill '#0f766e' -draw 'rectangle 370,300 654,340' \
  -fill '#0f766e' -draw 'rectangle 370,400 600,430' \
  -fill '#0f766e' -draw 'rectangle 370,480 620,510' \
  -fill '#0f766e' -draw 'rectangle 370,600 654,650' \
  -fill '#f59e0b' -draw 'circle 512,740 512,700' \
  PNG32:icon-1024.tmp.png
for s in 32 128 256 512; do convert icon-1024.tmp.png -resize ${s}x${s} PNG32:icon-$s.tmp.png; done
mv icon-32.tmp.png 32x32.png
mv icon-128.tmp.png 128x128.png
mv icon-256.tmp.png 128x128@2x.png
cp icon-512.tmp.png icon.png
convert icon-1024.tmp.png -define icon:auto-resize=256,64,48,32,24,16 icon.ico
python3 - <<'PY'
# ICNS: 'icns' + total length, then (type, length, PNG bytes) entries.
import struct
entries = [(b'ic07', 'icon-128.png'), (b'ic08', '128x128@2x.png'), (b'ic09', 'icon-512.tmp.png'), (b'ic10', 'icon-1024.tmp.png')]
import subprocess
subprocess.run(['convert', 'icon-1024.tmp.png', '-resize', '128x128', 'PNG32:icon-128.png'], check=True)
body = b''
for kind, path in entries:
    data = open(path, 'rb').read()
    body += kind + struct.pack('>I', len(data) + 8) + data
open('icon.icns', 'wb').write(b'icns' + struct.pack('>I', len(body) + 8) + body)
PY
rm -f ./*.tmp.png icon-128.png
ls -l
