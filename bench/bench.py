#!/usr/bin/env python3
"""Times qrdiag against ZXingReader, zbarimg and the read-only floor on the same images, in one run.

Each tool runs once per image as a whole process (what a user or a CI job pays), several rounds in
interleaved order so that background load hits every tool alike; the per-image figure is the median over
rounds. Peak memory is each process's maximum resident set size (wait4 rusage). Standard library only.
Usage: see bench/README.md.
"""
import argparse
import csv
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

CLASSES = ("clean", "marginal", "undecodable")
TWELVE_MP = 12_000_000
# Targets from the performance issue, checked on every run.
TARGET_CLEAN_VS_ZXING = 1.3
TARGET_CLEAN_VS_READ = 2.0
TARGET_UNDECODABLE_VS_ZXING = 3.0
TARGET_MEMORY_VS_ZXING = 2.0
TARGET_J2_SPEEDUP = 1.8
RUN_TIMEOUT_S = 120
DOC_BEGIN = "<!-- bench results: written by bench/run.sh, do not edit by hand -->"
DOC_END = "<!-- end of bench results -->"


class Tool:
    def __init__(self, name, argv, decoded):
        self.name = name
        self.argv = argv  # list with "{}" where the image path goes
        self.decoded = decoded  # (exit status, stdout bytes) -> bool, or None for the floor

    def command(self, image):
        return [image if a == "{}" else a for a in self.argv]


def qrdiag_decoded(status, out):
    for line in out.decode("utf-8", "replace").splitlines():
        try:
            report = json.loads(line)
        except ValueError:
            continue
        if any(code.get("decoded") for code in report.get("codes", [])):
            return True
    return False


def tools(build):
    return [
        Tool("qrdiag", [os.path.join(build, "cli", "qrdiag"), "check", "{}", "--format", "jsonl"], qrdiag_decoded),
        Tool("ZXingReader", ["ZXingReader", "-format", "QRCode", "{}"], lambda s, out: b"Text:" in out),
        Tool("zbarimg", ["zbarimg", "-q", "--raw", "{}"], lambda s, out: s == 0 and out.strip() != b""),
        Tool("read-only", [os.path.join(build, "bench", "qrdiag_read_only"), "{}"], None),
    ]


def run_once(argv):
    """Runs argv to completion; returns (milliseconds, peak RSS in KiB, exit status, stdout)."""
    with tempfile.TemporaryFile() as out, open(os.devnull, "wb") as null:
        actions = [(os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, null.fileno(), 2)]
        start = time.perf_counter()
        pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
        deadline = start + RUN_TIMEOUT_S
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if time.perf_counter() > deadline:
                os.kill(pid, 9)
                _, status, usage = os.wait4(pid, 0)
                break
            time.sleep(0.001)
        elapsed_ms = (time.perf_counter() - start) * 1000
        out.seek(0)
        return elapsed_ms, usage.ru_maxrss, os.waitstatus_to_exitcode(status), out.read()


# The sample generator's classes, grouped as the benchmark reports them: images whose symbol is clean
# (including codes that decode but carry a payload problem), marginal ones, and images whose symbol
# is blurred, damaged, margin-less, too small or absent.
BENCH_CLASS = {
    "clean": "clean", "malformed_payload": "clean", "wrong_account": "clean", "expired": "clean",
    "marginal": "marginal",
    "blur_damage": "undecodable", "quiet_zone": "undecodable", "distance_scale": "undecodable",
    "no_code": "undecodable",
}
# --quick: this many images of each class, the first in manifest order (the set mixes resolutions).
QUICK_PER_CLASS = {"clean": 3, "marginal": 2, "undecodable": 4}


def load_images(folder, quick):
    with open(os.path.join(folder, "manifest.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    images = []
    for row in rows:
        row["kind"] = row["class"]
        row["class"] = BENCH_CLASS.get(row["class"], row["class"])
        row["path"] = os.path.join(folder, row["file"])
        row["pixels"] = int(row["width"]) * int(row["height"])
        if quick and sum(im["class"] == row["class"] for im in images) >= QUICK_PER_CLASS.get(row["class"], 0):
            continue
        images.append(row)
    return images


def measure(images, tool_list, rounds):
    """Returns {tool: {file: {"ms": [..], "rss": [..], "decoded": bool}}}."""
    results = {t.name: {im["file"]: {"ms": [], "rss": [], "decoded": False} for im in images} for t in tool_list}
    for r in range(rounds):
        print(f"bench: round {r + 1}/{rounds}", file=sys.stderr, flush=True)
        for im in images:
            for t in tool_list:
                ms, rss, status, out = run_once(t.command(im["path"]))
                cell = results[t.name][im["file"]]
                cell["ms"].append(ms)
                cell["rss"].append(rss)
                if t.decoded is not None and r == 0:
                    cell["decoded"] = t.decoded(status, out)
    return results


def batch_throughput(qrdiag, folder, rounds):
    """Images per second for `qrdiag check -j N FOLDER` (every image under it), or None without -j."""
    jobs = [1, 2] + ([os.cpu_count()] if (os.cpu_count() or 1) > 2 else [])
    rates = {}
    for j in jobs:
        times, reports = [], 0
        for _ in range(rounds):
            ms, _, status, out = run_once([qrdiag, "check", "-j", str(j), "--format", "jsonl", folder])
            reports = sum(1 for l in out.decode("utf-8", "replace").splitlines() if l.startswith("{"))
            if reports < 2:  # a usage error, or the one-input placeholder
                return None
            times.append(ms)
        rates[j] = reports / (statistics.median(times) / 1000)
    return rates


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"^model name\s*:\s*(.*)$", f.read(), re.M)
            model = m.group(1) if m else model
    except OSError:
        pass
    versions = []
    for pkg in ("zxing-cpp-tools", "zbar-tools", "libjpeg62-turbo", "libpng16-16"):
        try:
            v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True).stdout
            if v:
                versions.append(f"{pkg} {v}")
        except OSError:
            pass
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": model,
        "os": platform.platform(),
        "versions": ", ".join(versions),
    }


def summarise(images, tool_list, results):
    """Per tool and class: median of the per-image medians, decode count, peak RSS; per 12 MP image RSS."""
    summary = {}
    for t in tool_list:
        per_class = {}
        for klass in CLASSES:
            files = [im["file"] for im in images if im["class"] == klass]
            if not files:
                continue
            medians = [statistics.median(results[t.name][f]["ms"]) for f in files]
            per_class[klass] = {
                "ms": statistics.median(medians),
                "decoded": sum(results[t.name][f]["decoded"] for f in files),
                "count": len(files),
            }
        big = [im["file"] for im in images if im["pixels"] >= TWELVE_MP]
        summary[t.name] = {
            "classes": per_class,
            "rss_mb": max(max(results[t.name][im["file"]]["rss"]) for im in images) / 1024,
            "rss_12mp_mb": max((max(results[t.name][f]["rss"]) for f in big), default=0) / 1024,
        }
    return summary


def memory_ratio_12mp(images, results, a, b):
    """The worst ratio of a's peak RSS to b's on the same 12 MP image."""
    ratios = [max(results[a][im["file"]]["rss"]) / max(results[b][im["file"]]["rss"])
              for im in images if im["pixels"] >= TWELVE_MP]
    return max(ratios) if ratios else None


def verdict(ok):
    return "met" if ok else "**missed**"


def report(images, tool_list, results, rates, info, rounds):
    s = summarise(images, tool_list, results)
    classes = [k for k in CLASSES if k in s["qrdiag"]["classes"]]
    largest = max(images, key=lambda im: im["pixels"])
    lines = [
        f"Measured {info['date']} on {info['nproc']} × {info['cpu']} ({info['os']}); {info['versions']}.",
        f"{len(images)} images ({', '.join(str(sum(im['class'] == k for im in images)) + ' ' + k for k in classes)}), "
        f"largest {largest['width']}×{largest['height']}; "
        f"each tool run as one process per image, median of {rounds} rounds.",
        "",
        "| tool | " + " | ".join(f"{k} ms" for k in classes) + " | "
        + " | ".join(f"{k} decoded" for k in classes) + " | peak RSS MB (12 MP) |",
        "|---" * (2 * len(classes) + 2) + "|",
    ]
    for t in tool_list:
        c = s[t.name]["classes"]
        ms = " | ".join(f"{c[k]['ms']:.0f}" for k in classes)
        dec = " | ".join("–" if t.decoded is None else f"{c[k]['decoded']}/{c[k]['count']}" for k in classes)
        lines.append(f"| {t.name} | {ms} | {dec} | {s[t.name]['rss_12mp_mb']:.0f} |")
    lines += ["", "qrdiag's time as a multiple of each peer's, per class (ratio of the class medians):", "",
              "| qrdiag ÷ | " + " | ".join(classes) + " |", "|---" * (len(classes) + 1) + "|"]
    for peer in [t.name for t in tool_list if t.name != "qrdiag"]:
        ratios = " | ".join(f"{s['qrdiag']['classes'][k]['ms'] / s[peer]['classes'][k]['ms']:.2f}×" for k in classes)
        lines.append(f"| {peer} | {ratios} |")

    q, zx, ro = s["qrdiag"]["classes"], s["ZXingReader"]["classes"], s["read-only"]["classes"]
    mem = memory_ratio_12mp(images, results, "qrdiag", "ZXingReader")
    checks = [
        ("clean: qrdiag ≤ 1.3× ZXingReader", q["clean"]["ms"] / zx["clean"]["ms"], TARGET_CLEAN_VS_ZXING),
        ("clean: qrdiag ≤ 2× read-only", q["clean"]["ms"] / ro["clean"]["ms"], TARGET_CLEAN_VS_READ),
        ("undecodable: qrdiag ≤ 3× ZXingReader", q["undecodable"]["ms"] / zx["undecodable"]["ms"],
         TARGET_UNDECODABLE_VS_ZXING),
    ]
    if mem is not None:
        checks.append(("peak memory on 12 MP: qrdiag ≤ 2× ZXingReader", mem, TARGET_MEMORY_VS_ZXING))
    lines += ["", "| target | measured | |", "|---|---|---|"]
    for name, value, limit in checks:
        lines.append(f"| {name} | {value:.2f}× | {verdict(value <= limit)} |")
    if rates:
        speedup = rates[2] / rates[1]
        lines.append(f"| batch: `-j 2` ≥ 1.8× `-j 1` | {speedup:.2f}× | {verdict(speedup >= TARGET_J2_SPEEDUP)} |")
        lines += ["", "Batch throughput, `qrdiag check -j N` on the whole image folder: "
                  + ", ".join(f"-j {j}: {r:.2f} images/s" for j, r in rates.items()) + "."]
    else:
        lines.append("| batch: `-j 2` ≥ 1.8× `-j 1` | n/a: this qrdiag has no `-j` | |")
    lines += ["", "Per image (median ms; qrdiag / ZXingReader / zbarimg / read-only):", "",
              "| image | sample class | size | module px | qrdiag | ZXingReader | zbarimg | read-only |",
              "|---|---|---|---|---|---|---|---|"]
    for im in images:
        cells = " | ".join(f"{statistics.median(results[t.name][im['file']]['ms']):.0f}" for t in tool_list)
        lines.append(f"| {os.path.basename(im['file'])} | {im['kind']} | {im['width']}×{im['height']} | {im['module_px']} | {cells} |")
    return "\n".join(lines) + "\n"


def write_doc(path, text, command):
    body = f"{DOC_BEGIN}\nReproduce with `{command}`.\n\n{text}{DOC_END}\n"
    old = open(path).read() if os.path.exists(path) else "# Performance\n\n"
    if DOC_BEGIN in old and DOC_END in old:
        new = old[: old.index(DOC_BEGIN)] + body + old[old.index(DOC_END) + len(DOC_END) + 1:]
    else:
        new = old.rstrip("\n") + "\n\n## Benchmark results\n\n" + body
    with open(path, "w") as f:
        f.write(new)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", default="build", help="qrdiag build directory")
    p.add_argument("--images", help="folder with manifest.csv (file,class,width,height,module_px); generated when absent")
    p.add_argument("--quick", action="store_true", help="9 of the images, 2 rounds: a smoke run")
    p.add_argument("--rounds", type=int, help="rounds per image (default 3, quick 2)")
    p.add_argument("--doc", default="docs/performance.md", help="where to write the results ('' for none)")
    args = p.parse_args()
    rounds = args.rounds or (2 if args.quick else 3)

    for exe in ("ZXingReader", "zbarimg"):
        if not shutil.which(exe):
            sys.exit(f"bench: {exe} not found; run scripts/setup.sh")
    folder = args.images
    if not folder:
        folder = os.path.join(args.build, "bench-images")
        if not os.path.exists(os.path.join(folder, "manifest.csv")):
            print(f"bench: writing the image set to {folder} (once; a few minutes)", file=sys.stderr)
            gen = [os.path.join(args.build, "samples", "qrdiag_make_samples"), "--bench", folder]
            subprocess.run(gen, check=True, stdout=subprocess.DEVNULL)
    images = load_images(folder, args.quick)
    tool_list = tools(args.build)

    # Warm the page cache so the first tool does not pay for the disk.
    for im in images:
        run_once(tool_list[-1].command(im["path"]))
    results = measure(images, tool_list, rounds)
    rates = batch_throughput(tool_list[0].argv[0], folder, 1 if args.quick else 2)
    text = report(images, tool_list, results, rates, machine(), rounds)
    print(text)
    if args.doc:
        command = "bench/run.sh" + (" --quick" if args.quick else "")
        write_doc(args.doc, text, command)
        print(f"bench: results written to {args.doc}", file=sys.stderr)


if __name__ == "__main__":
    main()
