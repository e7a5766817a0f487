#!/usr/bin/python3
"""Runs `qrdiag check` over the photoset and compares the first cause it names with the image's expected cause.

    /usr/bin/python3 tests/photoset/run_photoset.py --qrdiag build/cli/qrdiag --dir build/photoset \
        [--generate] [--jobs 2] [--floors tests/photoset/floors.csv] [--results tests/photoset/RESULTS.md]

--generate (re)makes the set with make_photoset.py unless DIR holds one made by the same generator code.
Prints per-class accuracy and the confusion table; exits 1 when a class falls below its floor.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scoring"))
from score_set import LabelledSet, main, manifest_expected, manifest_right  # noqa: E402

CLASSES = ["clean", "blur_damage", "quiet_zone", "distance_scale", "payload", "no_code"]


def kind(row):
    """What was drawn, without its numbers: the photo feature for clean, the expected cause for payload, the
    defect's name otherwise ("defocus", "torn corner", "busy artwork", "too far", "crossword"...)."""
    fields = [f.strip() for f in row["description"].split(";")]
    if row["class"] == "clean":
        return fields[1]  # "valid <payload>; <feature>; ..."
    if row["class"] == "payload":
        return row["expected_cause"]
    if row["class"] == "no_code":
        return fields[0].split(" (")[0]  # "<texture> (no QR code)"
    first = re.split(r"[:,(0-9]| over | around | on | with ", fields[0])[0].strip()
    return first or fields[0]


PHOTOSET = LabelledSet(
    name="photoset",
    title="Photoset results",
    about="Independent set from `tests/photoset/make_photoset.py` (written from the domain docs only, without sight\n"
          "of qrdiag's code: a 3-D camera model photographs procedurally drawn prints; defective payloads too).",
    folder=HERE,
    generator="make_photoset.py",
    generator_files=["make_photoset.py", "recipes.py", "payload.py", "qrsym.py", "artwork.py", "damage.py",
                     "geometry.py", "compose.py", "backgrounds.py", "nocode.py", "camera.py", "peers.py", "util.py",
                     "../../libqrdiag/data/banks.csv"],
    classes=CLASSES,
    expected=manifest_expected,
    right=manifest_right,
    kind=kind,
    notes="description")

if __name__ == "__main__":
    sys.exit(main(PHOTOSET, __doc__.split("\n\n")[0]))
