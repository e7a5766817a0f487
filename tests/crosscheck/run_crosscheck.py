#!/usr/bin/python3
"""Runs `qrdiag check` over the crosscheck set and compares the first cause it names with the label.

    /usr/bin/python3 tests/crosscheck/run_crosscheck.py --qrdiag build/cli/qrdiag --dir build/crosscheck \
        [--generate] [--floors tests/crosscheck/floors.csv] [--results tests/crosscheck/RESULTS.md]

--generate (re)makes the set with make_crosscheck.py unless DIR holds one made by the same generator code.
Prints per-class accuracy and the confusion table; exits 1 when a class falls below its floor.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scoring"))
from score_set import LabelledSet, first_cause, main  # noqa: E402

CROSSCHECK = LabelledSet(
    name="crosscheck",
    title="Crosscheck results",
    about="Independent set from `tests/crosscheck/make_crosscheck.py` (qrencode symbols, own scene and camera\n"
          "pipeline).",
    folder=HERE,
    generator="make_crosscheck.py",
    generator_files=["make_crosscheck.py", "payloads.py", "symbol.py", "prints.py", "damage.py", "camera.py",
                     "../data/payloads/emv_build.py"],
    classes=["clean", "blur_damage", "quiet_zone", "distance_scale", "malformed_payload", "wrong_account",
             "expired", "no_code"],
    expected=lambda row: row["expected_cause"],
    right=lambda row, report: first_cause(report) == row["expected_cause"],
    kind=lambda row: row["notes"].split(";")[0],
    notes="notes")

if __name__ == "__main__":
    sys.exit(main(CROSSCHECK, __doc__.split("\n\n")[0]))
