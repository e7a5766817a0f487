#!/usr/bin/python3
"""Runs `qrdiag check` over the styleset and compares the first cause it names with the image's expected cause.

    /usr/bin/python3 tests/styleset/run_styleset.py --qrdiag build/cli/qrdiag --dir build/styleset \
        [--generate] [--jobs 2] [--floors tests/styleset/floors.csv] [--results tests/styleset/RESULTS.md]

--generate (re)makes the set with make_styleset.py unless DIR holds one made by the same generator code.
Prints per-class accuracy and the confusion table; exits 1 when a class falls below its floor.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scoring"))
from score_set import LabelledSet, main, manifest_expected, manifest_right  # noqa: E402

CLASSES = ["clean", "blur_damage", "quiet_zone", "distance_scale", "payload", "no_code"]


def kind(row):
    """What was drawn: the print (standee, sticker, screen...) for clean, the expected cause for payload, the
    defect's name ("defocus_disc", "peeled_band", "far", "busy_text", "keyboard"...) otherwise."""
    fields = [f.strip() for f in row["description"].split(";")]
    if row["class"] == "clean":
        return fields[1]
    if row["class"] == "payload":
        return row["expected_cause"]
    return fields[0].split(":")[0]


STYLESET = LabelledSet(
    name="styleset",
    title="Styleset results",
    about="Independent set from `tests/styleset/make_styleset.py` (written from the domain docs only, without sight\n"
          "of qrdiag's code: styled codes — dots, diamonds, rounded finders, coloured ink, centre logos — on VietQR and\n"
          "VNPAY standee templates, stickers, receipts and screens, photographed).",
    folder=HERE,
    generator="make_styleset.py",
    generator_files=["make_styleset.py", "render.py", "payloads.py", "../../libqrdiag/data/banks.csv"],
    classes=CLASSES,
    expected=manifest_expected,
    right=manifest_right,
    kind=kind,
    notes="description")

if __name__ == "__main__":
    sys.exit(main(STYLESET, __doc__.split("\n\n")[0]))
