#!/usr/bin/env python3
"""How many images of each sample class the peer decoders read: ZXingReader and zbarimg.

    python3 samples/peers.py [samples/manifest.csv]

A defect class should be read by neither; clean, payload and marginal classes by both (marginal ones
are allowed to be missed by zbar, which is less tolerant of small modules).
"""
import csv
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def zxing(path):
    out = subprocess.run(["ZXingReader", "-format", "QRCode", str(path)], capture_output=True, text=True,
                         errors="replace").stdout
    return [line.split(":", 1)[1].strip().strip('"') for line in out.splitlines() if line.startswith("Text:")]


def zbar(path):
    out = subprocess.run(["zbarimg", "-q", "--raw", str(path)], capture_output=True, text=True,
                         errors="replace").stdout
    return [line for line in out.splitlines() if line]


def main():
    manifest = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "manifest.csv")
    rows = list(csv.DictReader(manifest.open(newline="", encoding="utf-8")))

    def check(row):
        path = manifest.parent / row["file"]
        return row, zxing(path), zbar(path)

    counts = defaultdict(lambda: [0, 0, 0])
    with ThreadPoolExecutor(max_workers=2) as pool:
        for row, zx, zb in pool.map(check, rows):
            c = counts[row["class"]]
            c[0] += 1
            c[1] += bool(zx)
            c[2] += bool(zb)
    print(f"{'class':24} {'images':>6} {'ZXingReader':>11} {'zbarimg':>8}")
    for cls in sorted(counts):
        n, zx, zb = counts[cls]
        print(f"{cls:24} {n:6} {zx:11} {zb:8}")


if __name__ == "__main__":
    main()
