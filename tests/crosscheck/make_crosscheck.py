#!/usr/bin/python3
"""Generates the crosscheck set: labelled phone-like photos of payment QR codes, made independently of
samples/generator (qrencode instead of ZXing's writer, another scene and camera pipeline), to measure how
well image diagnosis generalises beyond the generator it is tuned on.

    /usr/bin/python3 tests/crosscheck/make_crosscheck.py OUT_DIR [--per-class 20] [--jobs 2]

Writes OUT_DIR/<class>/NNN-<what>.jpg, OUT_DIR/manifest.csv
(file,expected_cause,class,options,notes,payload,zxing,zbar,attempts) and the label check's counts in
OUT_DIR/generation.md. Every label is checked against the peers:
ZXingReader must read a clean or payload-class image to exactly its payload, and neither ZXingReader nor
zbarimg may read anything in a defect or no-code image; otherwise the image is redrawn with the next seed (defects a little stronger), and dropped
after MAX_ATTEMPTS. Seeds derive from class and index.
"""
import argparse
import csv
import re
import subprocess
import sys
import zlib
from multiprocessing import Pool
from pathlib import Path

import numpy as np

import camera
import damage
import payloads
import prints
from symbol import encode, version_of

MAX_ATTEMPTS = 8
CLASSES = ["clean", "blur_damage", "quiet_zone", "distance_scale", "malformed_payload", "wrong_account",
           "expired", "no_code"]
EXPECTED = {"clean": "pass", "no_code": "no_code_found"}
BLURS = ["gaussian defocus", "disk defocus", "motion blur"]
DEFECTS = BLURS + list(damage.PRINT_DAMAGE)
EC_LEVELS = ["L", "M", "Q", "H"]
PAPER_LAYOUTS = [name for name in prints.CLEAN_LAYOUTS if "phone" not in name]


def zxing(path):
    out = subprocess.run(["ZXingReader", "-format", "QRCode", str(path)], capture_output=True, text=True,
                         errors="replace").stdout
    return [line.split(":", 1)[1].strip()[1:-1] for line in out.splitlines() if line.startswith("Text:")]


def zbar(path):
    out = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(path)],
                         capture_output=True, text=True, errors="replace").stdout
    return [line for line in out.splitlines() if line]


def symbol_for(rng, text):
    level = EC_LEVELS[int(rng.integers(0, 4))]
    return encode(text, level), level


def clean_photo(rng, text, module_px, layout=None, quiet=None):
    """A payment code photographed as it should be: ≥4-module margin, mild tilt, modest gloss."""
    modules, level = symbol_for(rng, text)
    layout = layout or prints.pick(rng, list(prints.CLEAN_LAYOUTS))
    px = int(np.clip(round(module_px * 1.6), 4, 14))
    c = prints.CLEAN_LAYOUTS[layout](rng, modules, px, quiet or int(rng.integers(4, 7)))
    frame = prints.pick(rng, camera.FRAMES)
    jpeg, words, _ = camera.photograph(rng, c, frame, module_px, tilt_deg=15, gloss=rng.uniform(0.1, 0.3))
    return jpeg, ["%s, v%d-%s" % (layout, version_of(modules), level)] + words


def recipe(cls, index, rng, attempt, banks):
    """(jpeg, payload or None, options, kind, notes) for image `index` of class `cls`."""
    strength = 1 + 0.25 * attempt
    text, what = payloads.valid_payload(rng, banks)
    options = ""
    if cls == "clean":
        jpeg, words = clean_photo(rng, text, float(np.exp(rng.uniform(np.log(3.1), np.log(12)))))
        kind = words[0].split(",")[0]
    elif cls in ("malformed_payload", "wrong_account", "expired"):
        if cls == "malformed_payload":
            text, what = payloads.malformed_payload(rng, banks)
        elif cls == "wrong_account":
            text, what = payloads.wrong_account_payload(rng, banks)
        else:
            text, what, options = payloads.expired_payload(rng, banks)
        jpeg, words = clean_photo(rng, text, rng.uniform(4, 10))
        kind = {"malformed_payload": what.split(":")[-1].strip(), "expired": "expired dynamic code",
                "wrong_account": "unknown BIN" if "BIN" in what else "card failing Luhn"}[cls]
    elif cls == "blur_damage":
        defect = kind = DEFECTS[index % len(DEFECTS)]
        modules, level = symbol_for(rng, text)
        module_px = rng.uniform(3.5, 9)
        px = int(np.clip(round(module_px * 1.6), 4, 14))
        # A phone screen blurs or shakes in a photo, but does not tear, stain or peel like paper.
        layout = prints.pick(rng, list(prints.CLEAN_LAYOUTS) if defect in BLURS else PAPER_LAYOUTS)
        c = prints.CLEAN_LAYOUTS[layout](rng, modules, px, int(rng.integers(4, 7)))
        blur, head = None, [layout, "v%d-%s" % (version_of(modules), level)]
        if defect in BLURS:
            amount = {"gaussian defocus": rng.uniform(0.7, 1.0), "disk defocus": rng.uniform(1.3, 1.9),
                      "motion blur": rng.uniform(2, 4)}[defect] * strength
            blur = (defect, amount)
        else:
            head.append(damage.PRINT_DAMAGE[defect](rng, c, strength))
        jpeg, words = camera.photograph(rng, c, prints.pick(rng, camera.FRAMES), module_px, blur=blur)[:2]
        words = [", ".join(head)] + words
    elif cls == "quiet_zone":
        style = kind = ["dark busy artwork", "coloured frame"][index % 2]
        modules, level = symbol_for(rng, text)
        module_px = rng.uniform(3.5, 8)
        px = int(np.clip(round(module_px * 1.6), 4, 14))
        # At most a third of a module of light margin; the peers still read most codes with 0.1-0.4 module
        # (a pixel or two), so a redraw has none.
        margin = rng.uniform(0, 0.33) if attempt == 0 else 0.0
        c = prints.pressed_on_artwork(rng, modules, px, int(margin * px), style)
        jpeg, words = camera.photograph(rng, c, prints.pick(rng, camera.FRAMES), module_px, gloss=0.15)[:2]
        words = ["code pressed against %s, %.2f-module margin, v%d-%s" % (style, int(margin * px) / px,
                                                                         version_of(modules), level)] + words
    elif cls == "distance_scale":
        modules, level = symbol_for(rng, text)
        layout = prints.pick(rng, list(prints.CLEAN_LAYOUTS))
        if index % 2 == 0:
            module_px = rng.uniform(1.0, 1.6) / strength
            frame = prints.pick(rng, [(1600, 1200), (1200, 1600)])
            c = prints.CLEAN_LAYOUTS[layout](rng, modules, 4, int(rng.integers(4, 7)))
            jpeg, words = camera.photograph(rng, c, frame, module_px, tilt_deg=10)[:2]
            kind = "far away"
        else:
            module_px = rng.uniform(4, 9)
            px = int(np.clip(round(module_px * 1.6), 4, 14))
            c = prints.CLEAN_LAYOUTS[layout](rng, modules, px, int(rng.integers(4, 7)))
            jpeg, words = camera.photograph(rng, c, prints.pick(rng, camera.FRAMES), module_px,
                                            placement="cut")[:2]
            kind = "cut by the frame edge"
        words = ["%s, v%d-%s" % (layout, version_of(modules), level)] + words
    else:  # no_code
        kind = prints.NO_CODE_KINDS[index % len(prints.NO_CODE_KINDS)]
        c = prints.no_code_print(rng, 6, kind)
        frame = prints.pick(rng, camera.FRAMES)
        print_scale = rng.uniform(0.4, 0.8) * min(frame) / max(c["alpha"].shape)
        jpeg, words = camera.photograph(rng, c, frame, 6 * print_scale, tilt_deg=15)[:2]
        words = words[:1] + words[2:]
        text, what = None, "no QR code"
    return jpeg, text, options, kind, "%s; %s; %s" % (kind, what, ", ".join(words))


def make_one(job):
    cls, index, out_dir = job
    banks = payloads.vietqr_banks()
    base = zlib.crc32(("crosscheck/%s/%d" % (cls, index)).encode())
    for attempt in range(MAX_ATTEMPTS):
        rng = np.random.default_rng([base, attempt])
        jpeg, text, options, kind, notes = recipe(cls, index, rng, attempt, banks)
        slug = re.sub("[^a-z0-9]+", "-", kind.lower()).strip("-")[:28]
        rel = "%s/%03d-%s.jpg" % (cls, index + 1, slug)
        path = Path(out_dir) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(jpeg)
        zx, zb = zxing(path), zbar(path)
        decodable = text is not None and cls not in ("blur_damage", "quiet_zone", "distance_scale")
        # A decodable label needs ZXing to read exactly the payload; a defect, that neither peer reads it.
        if (zx == [text]) if decodable else not (zx or zb):
            expected = EXPECTED.get(cls, cls)
            return {"file": rel, "expected_cause": expected, "class": cls, "options": options, "notes": notes,
                    "payload": text or "", "zxing": int(bool(zx)), "zbar": int(bool(zb)), "attempts": attempt + 1}
        path.unlink()
    return {"file": None, "class": cls, "attempts": MAX_ATTEMPTS}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--per-class", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    jobs = [(cls, i, args.out_dir) for cls in CLASSES for i in range(args.per_class)]
    with Pool(args.jobs) as pool:
        rows = pool.map(make_one, jobs, chunksize=1)
    kept = [r for r in rows if r["file"]]
    fields = ["file", "expected_cause", "class", "options", "notes", "payload", "zxing", "zbar", "attempts"]
    with open(Path(args.out_dir) / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(kept)
    summary = ["| class | kept | redrawn | dropped | ZXingReader reads | zbarimg reads |", "|---|---|---|---|---|---|"]
    for cls in CLASSES:
        mine = [r for r in rows if r["class"] == cls]
        ok = [r for r in mine if r["file"]]
        summary.append("| %s | %d | %d | %d | %d | %d |" % (cls, len(ok), sum(r["attempts"] > 1 for r in mine),
                                                          len(mine) - len(ok), sum(r["zxing"] for r in ok),
                                                          sum(r["zbar"] for r in ok)))
    (Path(args.out_dir) / "generation.md").write_text("\n".join(summary) + "\n", encoding="utf-8")
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
