"""Packs PNG files into an Apple .icns file: 'icns' + total length, then one (type, length, PNG bytes) entry each.
Usage: python3 icns.py OUT.icns FILE.png:TYPE ...   (TYPE: icp4 16px, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512)"""
import struct
import sys

entries = b""
for arg in sys.argv[2:]:
    path, kind = arg.rsplit(":", 1)
    with open(path, "rb") as f:
        data = f.read()
    entries += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
with open(sys.argv[1], "wb") as out:
    out.write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
