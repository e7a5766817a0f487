#!/usr/bin/python3
"""Runs `qrdiag check` over the crosscheck set and compares the first cause it names with the label.

    /usr/bin/python3 tests/crosscheck/run_crosscheck.py --qrdiag build/cli/qrdiag --dir build/crosscheck \
        [--generate] [--floors tests/crosscheck/floors.csv] [--results tests/crosscheck/RESULTS.md]

--generate (re)makes the set with make_crosscheck.py unless DIR holds one made by the same generator code.
Prints per-class accuracy and the confusion table; exits 1 when a class falls below its floor.
"""
import argparse
import csv
import datetime
import hashlib
import json
import shlex
import subprocess
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERATOR_FILES = ["make_crosscheck.py", "payloads.py", "symbol.py", "prints.py", "damage.py", "camera.py"]
CLASSES = ["clean", "blur_damage", "quiet_zone", "distance_scale", "malformed_payload", "wrong_account",
           "expired", "no_code"]


def generate(out_dir, per_class, jobs):
    digest = hashlib.sha256(str(per_class).encode())
    for name in GENERATOR_FILES + ["../data/payloads/emv_build.py"]:
        digest.update((HERE / name).read_bytes())
    stamp = out_dir / ".generator"
    if stamp.exists() and stamp.read_text() == digest.hexdigest() and (out_dir / "manifest.csv").exists():
        print("crosscheck: set in %s is up to date" % out_dir)
        return
    subprocess.run([sys.executable, "-B", str(HERE / "make_crosscheck.py"), str(out_dir), "--per-class", str(per_class),
                    "--jobs", str(jobs)], check=True)
    stamp.write_text(digest.hexdigest())


def first_cause(report):
    if report.get("verdict") == "pass":
        return "pass"
    causes = report.get("causes") or []
    return causes[0].get("id", "?") if causes else report.get("verdict", "?")


def run_cli(qrdiag, args):
    try:
        out = subprocess.run([qrdiag, "check"] + args, capture_output=True, text=True, errors="replace").stdout
    except OSError as e:
        sys.exit("crosscheck: cannot run %s: %s" % (qrdiag, e.strerror))
    reports = []
    for line in out.splitlines():
        try:
            reports.append(json.loads(line))
        except ValueError:
            pass
    return reports


def supports_batch(qrdiag, path):
    """True when the CLI takes `--format jsonl` and options; the early placeholder took one file only."""
    reports = run_cli(qrdiag, ["--format", "jsonl", str(path)])
    return any(r.get("input") == str(path) for r in reports)


def diagnose(qrdiag, rows, base, jobs):
    """{file: first cause} for every manifest row: one CLI call per set of options (the CLI runs a batch on
    all cores), or one per file with the early CLI."""
    batch = supports_batch(qrdiag, base / rows[0]["file"])
    groups = defaultdict(list)
    for row in rows:
        groups[row["options"] if batch else ""].append(row["file"])
    calls = []
    for options, files in groups.items():
        step = len(files) if batch else 1
        for i in range(0, len(files), step):
            chunk = files[i:i + step]
            paths = [str(base / f) for f in chunk]
            args = (["--format", "jsonl"] + shlex.split(options) + paths) if batch else paths
            calls.append((chunk, paths, args))
    got = {}
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for (chunk, paths, _), reports in zip(calls, pool.map(lambda c: run_cli(qrdiag, c[2]), calls)):
            by_input = {r.get("input"): r for r in reports}
            if not any(p in by_input for p in paths) and len(reports) == len(paths):
                by_input = dict(zip(paths, reports))  # inputs echoed in another spelling: the order holds
            for f, p in zip(chunk, paths):
                got[f] = first_cause(by_input[p]) if p in by_input else "no-output"
    return got, batch


def git_id():
    try:
        rev = subprocess.run(["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(HERE), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        return rev + ("+changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def report(rows, got, batch, seconds):
    lines = []
    per = defaultdict(lambda: [0, 0])
    confusion = defaultdict(Counter)
    for row in rows:
        ok = got[row["file"]] == row["expected_cause"]
        per[row["class"]][0] += ok
        per[row["class"]][1] += 1
        confusion[row["class"]][got[row["file"]]] += 1
    total_ok = sum(v[0] for v in per.values())
    lines.append("| class | expected | right | of | accuracy | ZXingReader reads | zbarimg reads |")
    lines.append("|---|---|---|---|---|---|---|")
    for cls in CLASSES:
        if cls not in per:
            continue
        mine = [r for r in rows if r["class"] == cls]
        ok, n = per[cls]
        lines.append("| %s | %s | %d | %d | %.2f | %d | %d |" % (cls, mine[0]["expected_cause"], ok, n, ok / n,
                                                             sum(int(r["zxing"]) for r in mine),
                                                             sum(int(r["zbar"]) for r in mine)))
    lines.append("| **all** | | %d | %d | %.3f | | |" % (total_ok, len(rows), total_ok / len(rows)))
    answers = sorted({a for c in confusion.values() for a in c})
    lines += ["", "Confusion (rows: class, columns: first cause named):", "",
              "| class | " + " | ".join(answers) + " |", "|---|" + "---|" * len(answers)]
    for cls in CLASSES:
        if cls in confusion:
            lines.append("| %s | " % cls + " | ".join(str(confusion[cls][a] or "") for a in answers) + " |")
    lines += ["", "By kind (the first word of the notes):", "", "| class | kind | right | of | named instead |",
              "|---|---|---|---|---|"]
    kinds = defaultdict(list)
    for row in rows:
        kinds[(row["class"], row["notes"].split(";")[0])].append(got[row["file"]] == row["expected_cause"])
    for cls in CLASSES:
        for (c, kind), oks in sorted(kinds.items()):
            if c == cls:
                wrong = Counter(got[r["file"]] for r in rows if r["class"] == c and r["notes"].split(";")[0] == kind
                                and got[r["file"]] != r["expected_cause"])
                lines.append("| %s | %s | %d | %d | %s |" % (c, kind, sum(oks), len(oks),
                                                           ", ".join("%s %d" % kv for kv in wrong.most_common())))
    misses = [r for r in rows if got[r["file"]] != r["expected_cause"]]
    lines += ["", "Misses (%d):" % len(misses), ""]
    lines += ["- `%s` → %s: %s" % (r["file"], got[r["file"]], r["notes"]) for r in misses]
    mode = "batch `check --format jsonl` with the options" if batch else "one call per file, options not passed"
    lines += ["", "CLI mode: %s; %.0f s for %d images." % (mode, seconds, len(rows))]
    return per, lines


def check_floors(per, floors_path):
    failed = []
    with open(floors_path, newline="") as f:
        for row in csv.DictReader(f):
            if row["class"] in per:
                ok, n = per[row["class"]]
                if ok / n + 1e-9 < float(row["min_accuracy"]):
                    failed.append("%s: %.2f below floor %s" % (row["class"], ok / n, row["min_accuracy"]))
    return failed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--qrdiag", required=True)
    ap.add_argument("--dir", required=True, type=Path)
    ap.add_argument("--generate", action="store_true")
    ap.add_argument("--per-class", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--floors", type=Path)
    ap.add_argument("--results", type=Path)
    args = ap.parse_args()
    if args.generate:
        args.dir.mkdir(parents=True, exist_ok=True)
        generate(args.dir, args.per_class, args.jobs)
    rows = list(csv.DictReader(open(args.dir / "manifest.csv", newline="", encoding="utf-8")))
    start = time.monotonic()
    got, batch = diagnose(args.qrdiag, rows, args.dir, args.jobs)
    per, lines = report(rows, got, batch, time.monotonic() - start)
    generation = args.dir / "generation.md"
    if generation.exists():
        lines += ["", "Labels checked against the peers when the set was made (a redrawn image was read by a peer",
                  "against its label at first):", "", generation.read_text(encoding="utf-8").strip()]
    print("\n".join(lines))
    if args.results:
        head = ["# Crosscheck results", "",
                "Independent set from `tests/crosscheck/make_crosscheck.py` (qrencode symbols, own scene and camera",
                "pipeline), diagnosed by `qrdiag check`; first cause named vs label. %s UTC, commit %s." % (
                    datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M"), git_id()), ""]
        args.results.write_text("\n".join(head + lines) + "\n", encoding="utf-8")
    failed = check_floors(per, args.floors) if args.floors else []
    for line in failed:
        print("crosscheck: FAIL %s" % line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
