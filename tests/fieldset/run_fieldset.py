#!/usr/bin/python3
"""Runs `qrdiag check` over the fieldset and compares the first cause it names with the image's class.

    /usr/bin/python3 tests/fieldset/run_fieldset.py --qrdiag build/cli/qrdiag --dir build/fieldset \
        [--generate] [--jobs 2] [--floors tests/fieldset/floors.csv] [--results tests/fieldset/RESULTS.md]

--generate (re)makes the set with make_fieldset.py unless DIR holds one made by the same generator code.
Prints per-class accuracy and the confusion table; exits 1 when a class falls below its floor.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scoring"))
from score_set import LabelledSet, first_cause, main  # noqa: E402

# The generator labels images by class only; a defect class is right when its cause is named first.
EXPECTED = {"clean": "pass or warn", "blur_damage": "blur_damage", "quiet_zone": "quiet_zone",
            "distance_scale": "distance_scale", "no_code": "no_code_found"}


def right(row, report):
    # A clean photo is one the peers read; a warning says it scans with something marginal, so only a fail
    # is wrong.
    if row["class"] == "clean":
        return report.get("verdict") in ("pass", "warn")
    return first_cause(report) == EXPECTED[row["class"]]


FIELDSET = LabelledSet(
    name="fieldset",
    title="Fieldset results",
    about="Independent set from `tests/fieldset/make_fieldset.py` (written without sight of qrdiag's code:\n"
          "qrencode symbols on standees, stickers, posters, receipts, screens and t-shirts, its own camera).",
    folder=HERE,
    generator="make_fieldset.py",
    generator_files=["make_fieldset.py", "payloads.py", "drawing.py", "symbol.py", "backgrounds.py", "carriers.py",
                     "placement.py", "camera.py", "damage.py", "code_scenes.py", "no_code_scenes.py",
                     "../data/payloads/emv_build.py"],
    classes=list(EXPECTED),
    expected=lambda row: EXPECTED[row["class"]],
    right=right,
    kind=lambda row: Path(row["file"]).stem.split("-", 1)[1],  # NNN-<carrier>[-<defect>]
    notes="description")

if __name__ == "__main__":
    sys.exit(main(FIELDSET, __doc__.split("\n\n")[0]))
