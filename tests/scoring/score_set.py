"""Scores `qrdiag check` on an independently generated, labelled image set: the first cause it names
against each image's class, per class, with the confusion table; fails when a class falls below its floor.

Shared by tests/crosscheck/run_crosscheck.py, tests/fieldset/run_fieldset.py and tests/photoset/run_photoset.py,
which say what differs between the sets in a LabelledSet and call main().
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
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List


@dataclass(frozen=True)
class LabelledSet:
    name: str                          # prefixes the messages
    title: str                         # heads RESULTS.md
    about: str                         # says under the title what the set is
    folder: Path                       # holds the generator
    generator: str                     # called as GENERATOR OUT_DIR --per-class N --jobs J
    generator_files: List[str]         # relative to folder: a set made by other code is made again
    classes: List[str]                 # the tables' row order
    expected: Callable[[dict], str]    # manifest row -> the answer wanted, as the tables show it
    right: Callable[[dict, dict], bool]  # (manifest row, qrdiag's report) -> the answer counts as right
    kind: Callable[[dict], str]        # manifest row -> what sort of image it is, for the by-kind table
    notes: str                         # the manifest column describing an image, quoted for each miss


def generator_digest(lset, per_class, seed=None):
    digest = hashlib.sha256(str(per_class).encode())
    if seed is not None:
        digest.update(b"seed %d" % seed)
    for name in lset.generator_files:
        digest.update((lset.folder / name).read_bytes())
    return digest.hexdigest()


def generate(lset, out_dir, per_class, jobs, seed=None):
    """Makes the set in out_dir unless it holds one made by the same generator code and seed (it takes
    minutes). No seed: the generator's own default."""
    digest = generator_digest(lset, per_class, seed)
    stamp = out_dir / ".generator"
    if stamp.exists() and stamp.read_text() == digest and (out_dir / "manifest.csv").exists():
        print("%s: set in %s is up to date" % (lset.name, out_dir))
        return
    subprocess.run([sys.executable, "-B", str(lset.folder / lset.generator), str(out_dir), "--per-class",
                    str(per_class), "--jobs", str(jobs)] + ([] if seed is None else ["--seed", str(seed)]), check=True)
    stamp.write_text(digest)


def first_cause(report):
    if not report:
        return "no-output"
    if report.get("verdict") == "pass":
        return "pass"
    causes = report.get("causes") or []
    return causes[0].get("id", "?") if causes else report.get("verdict", "?")


def manifest_expected(row):
    """For a set whose manifest names the cause wanted per image: a clean photo wants pass, and a warning
    counts too (see manifest_right); any other image its `expected_cause`."""
    return "pass or warn" if row["class"] == "clean" else row["expected_cause"]


def manifest_right(row, report):
    # A clean photo is one the peers read; a warning says it scans with something marginal, so only a fail
    # is wrong.
    if row["class"] == "clean":
        return report.get("verdict") in ("pass", "warn")
    return first_cause(report) == row["expected_cause"]


def run_cli(qrdiag, args):
    try:
        out = subprocess.run([qrdiag, "check"] + args, capture_output=True, text=True, errors="replace").stdout
    except OSError as e:
        sys.exit("cannot run %s: %s" % (qrdiag, e.strerror))
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
    """{file: qrdiag's report} for every manifest row: one CLI call per set of options (the CLI runs a batch on
    all cores), or one per file with the early CLI."""
    batch = supports_batch(qrdiag, base / rows[0]["file"])
    groups = defaultdict(list)
    for row in rows:
        groups[row.get("options", "") if batch else ""].append(row["file"])
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
                got[f] = by_input.get(p, {})
    return got, batch


def peer_read(value):
    """A manifest's zxing/zbar column: 1/0 (crosscheck, fieldset) or yes/no (photoset)."""
    return 1 if value.strip().lower() in ("1", "yes", "true") else 0


def git_id():
    try:
        rev = subprocess.run(["git", "-C", str(Path(__file__).parent), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(Path(__file__).parent), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        return rev + ("+changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def report(lset, rows, got, batch, seconds):
    lines = []
    per = defaultdict(lambda: [0, 0])
    confusion = defaultdict(Counter)
    right = {row["file"]: lset.right(row, got[row["file"]]) for row in rows}
    answer = {f: first_cause(r) for f, r in got.items()}
    for row in rows:
        per[row["class"]][0] += right[row["file"]]
        per[row["class"]][1] += 1
        confusion[row["class"]][answer[row["file"]]] += 1
    total_ok = sum(v[0] for v in per.values())
    lines.append("| class | expected | right | of | accuracy | ZXingReader reads | zbarimg reads |")
    lines.append("|---|---|---|---|---|---|---|")
    for cls in lset.classes:
        if cls not in per:
            continue
        mine = [r for r in rows if r["class"] == cls]
        ok, n = per[cls]
        wanted = " / ".join(dict.fromkeys(lset.expected(r) for r in mine))  # a class may want several causes
        lines.append("| %s | %s | %d | %d | %.2f | %d | %d |" % (cls, wanted, ok, n, ok / n,
                                                             sum(peer_read(r["zxing"]) for r in mine),
                                                             sum(peer_read(r["zbar"]) for r in mine)))
    lines.append("| **all** | | %d | %d | %.3f | | |" % (total_ok, len(rows), total_ok / len(rows)))
    answers = sorted({a for c in confusion.values() for a in c})
    lines += ["", "Confusion (rows: class, columns: first cause named):", "",
              "| class | " + " | ".join(answers) + " |", "|---|" + "---|" * len(answers)]
    for cls in lset.classes:
        if cls in confusion:
            lines.append("| %s | " % cls + " | ".join(str(confusion[cls][a] or "") for a in answers) + " |")
    lines += ["", "By kind:", "", "| class | kind | right | of | named instead |",
              "|---|---|---|---|---|"]
    kinds = defaultdict(list)
    for row in rows:
        kinds[(row["class"], lset.kind(row))].append(right[row["file"]])
    for cls in lset.classes:
        for (c, kind), oks in sorted(kinds.items()):
            if c == cls:
                wrong = Counter(answer[r["file"]] for r in rows if r["class"] == c
                                and lset.kind(r) == kind and not right[r["file"]])
                lines.append("| %s | %s | %d | %d | %s |" % (c, kind, sum(oks), len(oks),
                                                           ", ".join("%s %d" % kv for kv in wrong.most_common())))
    misses = [r for r in rows if not right[r["file"]]]
    lines += ["", "Misses (%d):" % len(misses), ""]
    lines += ["- `%s` → %s: %s" % (r["file"], answer[r["file"]], r[lset.notes]) for r in misses]
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


def main(lset, usage):
    ap = argparse.ArgumentParser(description=usage)
    ap.add_argument("--qrdiag", required=True)
    ap.add_argument("--dir", required=True, type=Path)
    ap.add_argument("--generate", action="store_true")
    ap.add_argument("--per-class", type=int, default=20)
    ap.add_argument("--seed", type=int, help="another draw from the generator (with --generate)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--floors", type=Path)
    ap.add_argument("--results", type=Path)
    args = ap.parse_args()
    if args.generate:
        args.dir.mkdir(parents=True, exist_ok=True)
        generate(lset, args.dir, args.per_class, args.jobs, args.seed)
    rows = list(csv.DictReader(open(args.dir / "manifest.csv", newline="", encoding="utf-8")))
    start = time.monotonic()
    got, batch = diagnose(args.qrdiag, rows, args.dir, args.jobs)
    per, lines = report(lset, rows, got, batch, time.monotonic() - start)
    generation = args.dir / "generation.md"
    if generation.exists():
        lines += ["", "Labels checked against the peers when the set was made (a redrawn image was read by a peer",
                  "against its label at first):", "", generation.read_text(encoding="utf-8").strip()]
    print("\n".join(lines))
    if args.results:
        when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")
        head = ["# " + lset.title, "", lset.about,
                "Diagnosed by `qrdiag check`; first cause named vs label. %s UTC, commit %s." % (when, git_id()), ""]
        args.results.write_text("\n".join(head + lines) + "\n", encoding="utf-8")
    failed = check_floors(per, args.floors) if args.floors else []
    for line in failed:
        print("%s: FAIL %s" % (lset.name, line))
    return 1 if failed else 0

