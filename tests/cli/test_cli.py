#!/usr/bin/env python3
"""End-to-end tests of the qrdiag binary: exit codes, output formats, batches, bad inputs, escaping,
render round trip, triage replies, the complaint log and its stats.

Usage: test_cli.py QRDIAG_BINARY [unittest arguments, e.g. a test class name]
Every input file is made here, in a temporary directory: clean codes by `qrdiag render`, bad files by hand.
"""
import json
import os
import pty
import select
import struct
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zlib

QRDIAG = None  # set from argv

# Real VietQR payloads (payment-qr.md): a static ACB account code, and a dynamic one with an amount.
STATIC = "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F"
DYNAMIC = ("00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540510000"
           "5802VN62150811Chuyen tien630453E6")
BAD_CRC = STATIC[:-4] + "AE9E"


def run(*args, stdin=None, env=None, cwd=None):
    full_env = dict(os.environ)
    full_env.pop("QRDIAG_DEBUG", None)
    full_env.update(env or {})
    return subprocess.run([QRDIAG, *args], input=stdin, capture_output=True, env=full_env, cwd=cwd, timeout=120)


def jsonl(result):
    return [json.loads(line) for line in result.stdout.decode().splitlines() if line.strip()]


def png_bytes(width, height, gray_rows=None, with_end=True):
    """A real grayscale PNG (valid CRCs), white unless rows are given."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = gray_rows or [bytes([255]) * width] * height
    raw = b"".join(b"\0" + row for row in rows)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw))
    return out + (chunk(b"IEND", b"") if with_end else b"")


def huge_png_header():
    """A PNG that claims 50000x50000 pixels (2.5 GB decoded) with a few bytes of data."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", 50000, 50000, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


class Fixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="qrdiag_cli_")
        cls.dir = cls.tmp.name

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def write(self, name, data):
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return path

    def render(self, payload, name, *extra):
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        r = run("render", payload, "-o", path, *extra)
        self.assertEqual(r.returncode, 0, r.stderr.decode())
        return path


class PayloadCommand(Fixture):
    def test_exit_status_follows_the_verdict(self):
        self.assertEqual(run("payload", STATIC).returncode, 0)
        self.assertEqual(run("payload", BAD_CRC).returncode, 1)
        # A dynamic code on a standee warns: exit 0, or 1 with --fail-on warn.
        self.assertEqual(run("payload", DYNAMIC, "--standee").returncode, 0)
        self.assertEqual(run("payload", DYNAMIC, "--standee", "--fail-on", "warn").returncode, 1)

    def test_usage_errors_exit_2_with_one_line(self):
        for args in (["payload"], ["payload", STATIC, "--format", "yaml"], ["nonsense"],
                     ["payload", STATIC, "--now", "yesterday-ish"], ["payload", STATIC, "--ttl", "15m"]):
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertEqual(len(r.stderr.decode().strip().splitlines()), 1, (args, r.stderr))
            self.assertTrue(r.stderr.startswith(b"qrdiag: "), r.stderr)

    def test_jsonl_is_the_contract(self):
        [line] = jsonl(run("payload", BAD_CRC, "--format", "jsonl"))
        self.assertEqual(line["verdict"], "fail")
        self.assertEqual(line["payload"], BAD_CRC)
        self.assertEqual(line["codes"][0]["text"], BAD_CRC)
        cause = line["causes"][0]
        self.assertEqual(cause["id"], "malformed_payload")
        self.assertEqual(cause["severity"], "fail")
        self.assertIn("63", cause["summary"])
        self.assertTrue(cause["fix"])
        self.assertEqual(cause["findings"][0]["path"], "63")
        self.assertEqual(cause["findings"][0]["found"], "AE9E")

    def test_stdin_payload_strips_one_trailing_newline(self):
        [line] = jsonl(run("payload", "-", "--format", "jsonl", stdin=(STATIC + "\n").encode()))
        self.assertEqual(line["payload"], STATIC)
        self.assertEqual(line["verdict"], "pass")

    def test_payload_input_says_where_the_text_came_from(self):
        [line] = jsonl(run("payload", STATIC, "--format", "jsonl"))
        self.assertEqual(line["input"], "(argument)")
        [line] = jsonl(run("payload", "-", "--format", "jsonl", stdin=STATIC.encode()))
        self.assertEqual(line["input"], "-")

    def test_stdin_payload_drops_a_byte_order_mark(self):
        # Windows Notepad starts a saved UTF-8 file with one; it is the file's, not the code's.
        [line] = jsonl(run("payload", "-", "--format", "jsonl", stdin=b"\xef\xbb\xbf" + STATIC.encode() + b"\r\n"))
        self.assertEqual(line["payload"], STATIC)
        self.assertEqual(line["verdict"], "pass")

    def test_text_output_puts_the_verdict_first_and_shows_fields(self):
        out = run("payload", BAD_CRC).stdout.decode()
        self.assertTrue(out.startswith("FAIL"), out)
        self.assertIn("malformed_payload", out)
        self.assertIn("38.01.00", out)
        self.assertIn("970416", out)
        self.assertNotIn("\x1b", out)  # no colour off a terminal
        vi = run("payload", BAD_CRC, "--lang", "vi").stdout.decode()
        self.assertTrue(vi.startswith("LỖI"), vi)

    def test_control_characters_never_reach_the_terminal(self):
        evil = STATIC[:-4] + "\x1b]0;pwned\x07\x1b[2J\u202e"
        r = run("payload", evil)
        out = r.stdout.decode()
        self.assertNotIn("\x1b", out)
        self.assertNotIn("\x07", out)
        self.assertNotIn("\u202e", out)
        self.assertIn("\\x1b", out)
        # json carries the text faithfully, escaped as JSON
        [line] = jsonl(run("payload", evil, "--format", "jsonl"))
        self.assertEqual(line["payload"], evil)

    def test_invalid_utf8_and_megabytes_are_handled(self):
        r = run("payload", "-", "--format", "jsonl", stdin=b"000201\xff\xfe\xc0" + b"\n")
        self.assertEqual(r.returncode, 1)
        self.assertEqual(jsonl(r)[0]["verdict"], "fail")
        for big in (b"0002010102113899" + b"A" * 3_000_000, b"x" * 3_000_000):
            r = run("payload", "-", stdin=big)
            self.assertEqual(r.returncode, 1)
            self.assertLess(len(r.stdout), 20_000, "megabytes of payload must not flood the terminal")
            self.assertEqual(len(jsonl(run("payload", "-", "--format", "jsonl", stdin=big))[0]["payload"]), len(big))


class CheckCommand(Fixture):
    def test_formats_and_exit_status(self):
        good = self.render(STATIC, "good.png")
        bad = self.render(BAD_CRC, "bad.png", "--force")
        r = run("check", good, "--format", "jsonl")
        self.assertEqual(r.returncode, 0, r.stderr)
        [line] = jsonl(r)
        self.assertEqual(line["input"], good)
        self.assertEqual(line["verdict"], "pass")
        self.assertEqual(line["payload"], STATIC)
        r = run("check", good, bad, "--format", "json")
        self.assertEqual(r.returncode, 1)
        doc = json.loads(r.stdout)
        self.assertEqual([x["verdict"] for x in doc["results"]], ["pass", "fail"])
        self.assertEqual(doc["summary"]["inputs"], 2)
        self.assertEqual(doc["summary"]["pass"], 1)
        self.assertEqual(doc["summary"]["fail"], 1)
        self.assertEqual(doc["summary"]["causes"], {"malformed_payload": 1})

    def test_text_for_a_passing_code_points_at_the_payer_side(self):
        out = run("check", self.render(STATIC, "pass.png")).stdout.decode()
        self.assertTrue(out.startswith("PASS"), out)
        self.assertIn("camera", out)

    def test_directory_recursion_is_sorted_and_takes_images_only(self):
        self.render(STATIC, "tree/b/two.png")
        self.render(STATIC, "tree/a/one.png")
        self.render(STATIC, "tree/zero.PNG")
        self.write("tree/a/notes.txt", "not an image")
        self.write("tree/c/readme.md", "nothing here")
        r = run("check", self.path("tree"), "--format", "jsonl")
        self.assertEqual(r.returncode, 0, r.stderr)
        inputs = [os.path.relpath(x["input"], self.path("tree")) for x in jsonl(r)]
        self.assertEqual(inputs, ["a/one.png", "b/two.png", "zero.PNG"])

    def test_a_directory_without_images_is_an_error_and_the_batch_goes_on(self):
        os.makedirs(self.path("empty_dir"), exist_ok=True)
        good = self.render(STATIC, "ok.png")
        r = run("check", self.path("empty_dir"), good, "--format", "jsonl")
        self.assertEqual(r.returncode, 2)
        lines = jsonl(r)
        self.assertEqual([x["verdict"] for x in lines], ["error", "pass"])
        self.assertEqual(lines[0]["causes"][0]["id"], "unreadable_input")
        self.assertIn("directory", lines[0]["error"])

    def test_stdin_list_of_paths(self):
        a = self.render(STATIC, "list/a.png")
        b = self.render(BAD_CRC, "list/b.png", "--force")
        r = run("check", "-", "--format", "jsonl", stdin=f"{a}\n\n{b}\r\n".encode())
        self.assertEqual([x["input"] for x in jsonl(r)], [a, b])
        self.assertEqual(r.returncode, 1)
        r = run("check", "-", stdin=b"\n")
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"no inputs", r.stderr)

    def test_workers_keep_input_order(self):
        paths = []
        for i in range(12):
            payload = STATIC if i % 3 else BAD_CRC
            paths.append(self.render(payload, f"order/{i:02}.png", "--force"))
        r = run("check", *paths, "-j", "4", "--format", "jsonl")
        lines = jsonl(r)
        self.assertEqual([x["input"] for x in lines], paths)
        self.assertEqual([x["verdict"] for x in lines], ["fail" if i % 3 == 0 else "pass" for i in range(12)])

    def test_no_progress_noise_off_a_terminal(self):
        paths = [self.render(STATIC, f"quiet/{i}.png") for i in range(3)]
        r = run("check", *paths, "--format", "jsonl")
        self.assertEqual(r.returncode, 0)
        self.assertEqual(r.stderr, b"")

    def test_progress_and_summary_on_a_terminal(self):
        paths = [self.render(STATIC, f"tty/{i}.png") for i in range(3)]
        main, secondary = pty.openpty()
        proc = subprocess.Popen([QRDIAG, "check", *paths, "--format", "jsonl"], stdout=subprocess.PIPE,
                                stderr=secondary, env={k: v for k, v in os.environ.items() if k != "QRDIAG_DEBUG"})
        os.close(secondary)
        stdout = proc.stdout.read()
        proc.stdout.close()
        proc.wait(timeout=120)
        seen = b""
        while select.select([main], [], [], 0.5)[0]:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        os.close(main)
        text = seen.decode(errors="replace")
        self.assertIn("3/3", text)
        self.assertIn("ETA", text)
        self.assertIn("Summary", text)
        self.assertIn("pass", text)
        self.assertEqual(len(stdout.decode().splitlines()), 3)  # stdout stays clean jsonl

    def test_junit_is_valid_xml_with_failures_and_errors(self):
        good = self.render(STATIC, "junit/good.png")
        bad = self.render(BAD_CRC, "junit/bad & <odd> \x1b name.png", "--force")
        warn = self.render(DYNAMIC, "junit/dynamic.png")
        broken = self.write("junit/broken.png", "this is text")
        r = run("check", good, bad, warn, broken, "--standee", "--format", "junit")
        self.assertEqual(r.returncode, 2)
        root = ET.fromstring(r.stdout)
        suite = root.find("testsuite")
        self.assertEqual(suite.get("tests"), "4")
        self.assertEqual(suite.get("failures"), "1")
        self.assertEqual(suite.get("errors"), "1")
        cases = suite.findall("testcase")
        self.assertEqual([c.get("name") for c in cases][0], good)
        self.assertIn("bad & <odd>", cases[1].get("name"))
        failure = cases[1].find("failure")
        self.assertEqual(failure.get("type"), "malformed_payload")
        self.assertIn("fix:", failure.text)
        self.assertIsNone(cases[2].find("failure"))  # a warning passes by default...
        self.assertEqual(cases[3].find("error").get("type"), "unreadable_input")
        r = run("check", warn, "--standee", "--format", "junit", "--fail-on", "warn")
        self.assertEqual(r.returncode, 1)
        self.assertIsNotNone(ET.fromstring(r.stdout).find("testsuite/testcase/failure"))  # ...and fails with --fail-on warn

    def test_annotate_paths_for_several_inputs(self):
        a = self.render(STATIC, "ann/a.png")
        b = self.render(STATIC, "ann/b.png")
        out_dir = self.path("ann_out")
        r = run("check", a, b, "--annotate", out_dir + "/", "--format", "jsonl")
        self.assertEqual(r.returncode, 0, r.stderr)


class BadInputs(Fixture):
    def test_each_bad_input_gets_one_line_and_the_batch_carries_on(self):
        full_jpeg = None
        zx = subprocess.run(["ZXingWriter", "-size", "300x300", "QRCode", STATIC, self.path("full.jpg")],
                            capture_output=True)
        self.assertEqual(zx.returncode, 0, "ZXingWriter (zxing-cpp-tools) makes the JPEG")
        with open(self.path("full.jpg"), "rb") as f:
            full_jpeg = f.read()
        bad = {
            "huge.png": (huge_png_header(), "image too large"),
            "truncated.jpg": (full_jpeg[: len(full_jpeg) // 2], "truncated JPEG"),
            "truncated.png": (png_bytes(64, 64, with_end=False), "truncated PNG"),
            "text.png": ("00020101021138530010A000000727\nhello\n", "looks like text"),
            "empty.png": (b"", "empty file"),
            "one.png": (png_bytes(1, 1), "too small"),
            "anim.gif": (b"GIF89a" + b"\0" * 32, "GIF"),
        }
        paths = [self.write(name, data) for name, (data, _) in bad.items()]
        missing = self.path("missing.png")
        good = self.render(STATIC, "fine.png")
        r = run("check", *paths, missing, good, "--format", "jsonl")
        self.assertEqual(r.returncode, 2)
        lines = jsonl(r)
        self.assertEqual(len(lines), len(bad) + 2)
        for line, (name, (_, message)) in zip(lines, bad.items()):
            self.assertEqual(line["verdict"], "error", name)
            self.assertEqual(line["causes"][0]["id"], "unreadable_input", name)
            self.assertIn(message, line["error"], name)
        self.assertEqual(lines[-2]["error"], "no such file")
        self.assertEqual(lines[-1]["verdict"], "pass")
        errors = r.stderr.decode().splitlines()
        self.assertEqual(len(errors), len(bad) + 1)
        for error, path in zip(errors, paths + [missing]):
            self.assertTrue(error.startswith(f"qrdiag: {path}: "), error)
        self.assertNotIn("libpng", r.stderr.decode())
        self.assertNotIn("Premature end", r.stderr.decode())  # libjpeg's own chatter stays off the terminal

    def test_the_pixel_budget_is_enforced_before_decoding(self):
        path = self.write("budget.png", huge_png_header())
        r = run("check", path, "--format", "jsonl")
        self.assertIn("50000×50000", jsonl(r)[0]["error"])
        small = self.render(STATIC, "small.png")
        r = run("check", small, "--max-pixels", "1000", "--format", "jsonl")
        self.assertIn("image too large", jsonl(r)[0]["error"])

    def test_a_picture_without_a_code_is_no_code_found(self):
        r = run("check", self.write("blank.png", png_bytes(120, 120)), "--format", "jsonl")
        self.assertEqual(r.returncode, 1)
        self.assertEqual(jsonl(r)[0]["causes"][0]["id"], "no_code_found")

    def test_file_names_with_control_characters_are_escaped(self):
        name = self.write("evil\x1b[31m.png", "text")
        r = run("check", name)
        self.assertNotIn(b"\x1b", r.stdout + r.stderr)
        self.assertIn(b"evil\\x1b[31m.png", r.stderr)


class Render(Fixture):
    def test_png_decodes_back_to_the_same_payload(self):
        for payload in (STATIC, DYNAMIC):
            for ec in ("M", "Q"):
                path = self.render(payload, f"rt_{ec}_{len(payload)}.png", "--ec", ec, "--size", "3cm", "--dpi", "300")
                [line] = jsonl(run("check", path, "--format", "jsonl"))
                self.assertEqual(line["payload"], payload)
                self.assertEqual(line["codes"][0].get("ec_level", ec), ec)

    def test_size_and_resolution_are_written(self):
        path = self.render(STATIC, "sized.png", "--size", "50mm", "--dpi", "600")
        with open(path, "rb") as f:
            data = f.read()
        width = struct.unpack(">I", data[16:20])[0]
        self.assertAlmostEqual(width / 600 * 2.54, 5.0, delta=0.1)
        at = data.index(b"pHYs")
        self.assertEqual(struct.unpack(">I", data[at + 4:at + 8])[0], round(600 / 0.0254))

    def test_svg_is_valid_and_sized_in_mm(self):
        path = self.render(STATIC, "code.svg", "--size", "8cm")
        root = ET.parse(path).getroot()
        self.assertEqual(root.get("width"), "80.00mm")
        self.assertTrue(root.get("viewBox").startswith("0 0 "))

    def test_an_invalid_payload_is_refused_unless_forced(self):
        r = run("render", BAD_CRC, "-o", self.path("refused.png"))
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"malformed_payload", r.stderr)
        self.assertIn(b"--force", r.stderr)
        self.assertFalse(os.path.exists(self.path("refused.png")))
        self.assertEqual(run("render", BAD_CRC, "-o", self.path("forced.png"), "--force").returncode, 0)

    def test_from_an_image(self):
        source = self.render(STATIC, "source.png")
        r = run("render", source, "-o", self.path("again.png"))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(jsonl(run("check", self.path("again.png"), "--format", "jsonl"))[0]["payload"], STATIC)
        blank = self.write("blank_render.png", png_bytes(100, 100))
        self.assertEqual(run("render", blank, "-o", self.path("none.png")).returncode, 1)


class Triage(Fixture):
    def test_reply_in_english_for_a_wrong_account(self):
        r = run("triage", STATIC, "--expect-account", "970416:11112222")
        self.assertEqual(r.returncode, 0)
        out = r.stdout.decode()
        self.assertIn("VietQR", out)
        self.assertIn("257678859", out)
        self.assertIn("sorry", out)
        self.assertIn("What you can do: Please do not transfer money", out)
        self.assertIn("What the merchant should do: Create the code again", out)
        self.assertLess(out.index("What the merchant"), out.index("What you can do"))  # the merchant must act
        self.assertIn("38.01.01", out)

    def test_reply_in_vietnamese_for_a_bad_crc(self):
        out = run("triage", BAD_CRC, "--lang", "vi").stdout.decode()
        self.assertIn("Quý khách", out)
        self.assertIn("xin lỗi", out)
        self.assertIn("Việc người bán cần làm", out)
        self.assertIn("trường 63", out)

    def test_all_checks_pass_points_at_the_phone(self):
        for lang, words in (("en", "camera"), ("vi", "máy ảnh")):
            out = run("triage", self.render(STATIC, f"ok_{lang}.png"), "--lang", lang).stdout.decode()
            self.assertIn(words, out)

    def test_an_unreadable_file(self):
        r = run("triage", self.write("cut.png", png_bytes(50, 50, with_end=False)))
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"send", r.stdout)


class ComplaintLog(Fixture):
    def test_concurrent_runs_never_interleave_and_stats_count(self):
        log = self.path("complaints.jsonl")
        good = self.render(STATIC, "log/good.png")
        bad = self.render(BAD_CRC, "log/bad.png", "--force")
        runs = [
            subprocess.Popen([QRDIAG, "check", *([good] * 200), "--log", log, "--now", "2026-11-20T10:00:00Z",
                              "--format", "jsonl", "-j", "2"], stdout=subprocess.DEVNULL),
            subprocess.Popen([QRDIAG, "check", *([bad] * 200), "--log", log, "--now", "2026-11-22T10:00:00Z",
                              "--format", "jsonl", "-j", "2"], stdout=subprocess.DEVNULL),
        ]
        self.assertEqual([p.wait(timeout=300) for p in runs], [0, 1])
        with open(log) as f:
            lines = f.read().splitlines()
        self.assertEqual(len(lines), 400)
        records = [json.loads(line) for line in lines]
        self.assertEqual(sum(r["verdict"] == "pass" for r in records), 200)
        record = next(r for r in records if r["verdict"] == "fail")
        self.assertEqual(record["causes"], ["malformed_payload"])
        self.assertEqual(record["scheme"], "vietqr")
        self.assertEqual(record["bank_bin"], "970416")
        self.assertEqual(len(record["input_sha256"]), 64)
        self.assertNotIn("input", record)  # the log names no file and holds no payload

        stats = json.loads(run("stats", log, "--format", "json").stdout)
        self.assertEqual(stats["records"], 400)
        self.assertEqual(stats["causes"], {"malformed_payload": 200})
        self.assertEqual(stats["verdicts"], {"pass": 200, "fail": 200})
        self.assertEqual(stats["schemes"], {"vietqr": 400})
        self.assertEqual(stats["days"], {"2026-11-20": 200, "2026-11-22": 200})
        recent = json.loads(run("stats", log, "--since", "2026-11-21", "--format", "json").stdout)
        self.assertEqual(recent["records"], 200)
        ago = json.loads(run("stats", log, "--since", "1d", "--now", "2026-11-22T12:00:00Z", "--format", "json").stdout)
        self.assertEqual(ago["records"], 200)
        text = run("stats", log, "--lang", "vi").stdout.decode()
        self.assertIn("Nguyên nhân", text)
        self.assertIn("malformed_payload", text)
        self.assertIn("2026-11-22     200  malformed_payload", run("stats", log).stdout.decode())

    def test_payload_and_triage_log_too(self):
        log = self.path("mixed.jsonl")
        run("payload", BAD_CRC, "--log", log)
        run("triage", STATIC, "--log", log)
        with open(log) as f:
            records = [json.loads(line) for line in f]
        self.assertEqual([r["kind"] for r in records], ["payload", "payload"])
        import hashlib
        self.assertEqual(records[0]["input_sha256"], hashlib.sha256(BAD_CRC.encode()).hexdigest())

    def test_an_unwritable_log_is_an_io_error(self):
        r = run("payload", STATIC, "--log", self.path("no_such_dir", "log.jsonl"))
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"cannot open the log", r.stderr)


if __name__ == "__main__":
    QRDIAG = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
