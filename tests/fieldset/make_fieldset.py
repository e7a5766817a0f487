#!/usr/bin/python3
"""Generates the fieldset: labelled 'phone photos' of VietQR payment codes, written by someone who never
saw qrdiag's code, to measure how the diagnosis does on pictures made without its assumptions.

    /usr/bin/python3 tests/fieldset/make_fieldset.py OUT_DIR [--per-class 20] [--jobs 2] [CLASS ...]

Writes OUT_DIR/<class>/NNN-<carrier>[-<defect>].jpg and OUT_DIR/manifest.csv (file,class,description,zxing,zbar).
Every label is checked against the peers: ZXingReader must read a clean image, and neither ZXingReader nor
zbarimg may read any other; otherwise the image is redrawn with the next seed (defects a little stronger)
and dropped after MAX_ATTEMPTS. Seeds derive from (BASE_SEED, class, index, attempt): the same code makes
byte-identical images.
"""
import argparse
import csv
import os
import shutil
import subprocess
import sys
from multiprocessing import Pool

import cv2
import numpy as np

from code_scenes import code_scene
from no_code_scenes import nocode_scene
from payloads import PAYLOADS

BASE_SEED = 7341
MAX_ATTEMPTS = 10
CLASSES = ['clean', 'blur_damage', 'quiet_zone', 'distance_scale', 'no_code']
CLASS_ID = {c: i for i, c in enumerate(CLASSES)}


def peers(path):
    """(ZXingReader reads a QR code, zbarimg reads a QR code)."""
    z = subprocess.run(['ZXingReader', '-format', 'QRCode', path], capture_output=True, text=True).stdout
    zx = 'Text:' in z
    b = subprocess.run(['zbarimg', '-q', '--raw', '-Sdisable', '-Sqrcode.enable', path], capture_output=True, text=True)
    zb = b.returncode == 0 and b.stdout.strip() != ''
    return zx, zb


def make_one(job):
    """The manifest row of image `idx` of class `cls`, or None when every attempt contradicted the peers."""
    cls, idx, out_dir = job
    os.makedirs(os.path.join(out_dir, cls), exist_ok=True)
    # Classes start three payloads apart so that one index does not carry the same payload in every class.
    payload_row = PAYLOADS[(idx + CLASS_ID[cls] * 3) % len(PAYLOADS)]
    for attempt in range(MAX_ATTEMPTS):
        rng = np.random.default_rng([BASE_SEED, CLASS_ID[cls], idx, attempt])
        sev = 1.0 + 0.35 * attempt
        if cls == 'no_code':
            r = nocode_scene(rng, idx, attempt)
        else:
            r = code_scene(rng, cls, idx, attempt, sev, payload_row)
        if r is None:  # the scene missed its class (a far code not small enough, a close one inside the frame)
            continue
        img, slug, desc = r
        q = int(rng.integers(40, 91))
        rel = '%s/%03d-%s.jpg' % (cls, idx + 1, slug)
        path = os.path.join(out_dir, rel)
        cv2.imwrite(path, img, [cv2.IMWRITE_JPEG_QUALITY, q])
        zx, zb = peers(path)
        if zx if cls == 'clean' else not (zx or zb):
            desc += '; JPEG q%d' % q + ('; redraw #%d' % attempt if attempt else '')
            return (rel, cls, desc, int(zx), int(zb))
        os.remove(path)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("classes", nargs="*", metavar="CLASS", help="only these classes (default: all)")
    ap.add_argument("--per-class", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    unknown = set(args.classes) - set(CLASSES)
    if unknown:
        ap.error("unknown class %s; the classes are %s" % (", ".join(sorted(unknown)), ", ".join(CLASSES)))
    for cls in CLASSES:  # a class folder holds only this run's images
        shutil.rmtree(os.path.join(args.out_dir, cls), ignore_errors=True)
    os.makedirs(args.out_dir, exist_ok=True)
    jobs = [(c, i, args.out_dir) for c in args.classes or CLASSES for i in range(args.per_class)]
    with Pool(args.jobs) as p:
        rows = p.map(make_one, jobs, chunksize=1)
    fails = [j[:2] for j, r in zip(jobs, rows) if r is None]
    rows = [r for r in rows if r is not None]
    with open(os.path.join(args.out_dir, 'manifest.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['file', 'class', 'description', 'zxing', 'zbar'])
        w.writerows(rows)
    print('fieldset: written', len(rows), 'dropped', fails)
    return 0


if __name__ == '__main__':
    sys.exit(main())
