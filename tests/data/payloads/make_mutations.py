#!/usr/bin/env python3
"""Writes mutations.tsv: a second, independently built corpus of payment payloads.

corpus.tsv builds each defect by hand; this one starts from valid VietQR codes in varied shapes (accounts,
cards, wallets, QRPUSH merchants, with or without 52/59/60/62) and applies random mutations of each kind
(lengths off, objects dropped, duplicated or moved, CRC variants, bad formats, other banks, expiry), so the
validator is not tuned to one generator's habits. Same columns as corpus.tsv. Fixed seed.
Run: python3 tests/data/payloads/make_mutations.py > tests/data/payloads/mutations.tsv
"""
import random

from emv_build import crc16, finish as fin, load_banks, luhn_ok, print_tsv


def enc(fields):
    """Fields as [tag, value] where a value is a string or a nested list of fields."""
    out = ""
    for tag, v in fields:
        s = enc(v) if isinstance(v, list) else v
        out += tag + "%02d" % len(s.encode()) + s
    return out


rng = random.Random(7)
B = load_banks()
ON = sorted({b["bin"] for b in B if b["vietqr_status"] == "1"})
DOM = [b for b in ON if b.startswith("9704")]
CODE = {b["bin"]: b["code"] for b in B}
ALL = {b["bin"] for b in B}
def card(bin_, L=16):
    p = bin_ + "".join(rng.choice("0123456789") for _ in range(L-7))
    return next(p+d for d in "0123456789" if luhn_ok(p+d))
def digits(n): return "".join(rng.choice("0123456789") for _ in range(n))
NAMES = ["NGUYEN VAN AN", "TRAN THI BICH", "CONG TY ABC", "SHOP HOA", "LE VAN C"]
CITIES = ["HA NOI", "HO CHI MINH", "DA NANG", "HUE", "CAN THO"]
PURP = ["thanh toan", "CK tien hang", "Ung ho", "Hoa don 123", "tra tien an trua"]
def valid(kind=None):
    kind = kind or rng.choice(["acct", "acct_amt", "card", "card_amt", "wallet", "push", "named"])
    bin_ = rng.choice(ON)
    svc = "QRIBFTTA"
    acct = digits(rng.randint(6, 19))
    if kind.startswith("card"):
        bin_ = rng.choice(DOM); acct = card(bin_, rng.choice([16, 16, 19])); svc = "QRIBFTTC"
    if kind == "wallet":
        bin_, acct = rng.choice([("971025", "PSP" + digits(15)), ("970454", "99MM" + digits(8) + "M" + digits(5)), ("970454", "99ZP" + digits(5) + "M" + digits(8))])
    amt = str(rng.choice([1000, 20000, 55000, 1250000])) if kind.endswith("amt") or kind == "push" or rng.random() < 0.3 else None
    f = [["00", "01"], ["01", "12" if amt else "11"],
         ["38", [["00", "A000000727"], ["01", [["00", bin_], ["01", acct]]], ["02", "QRPUSH" if kind == "push" else svc]]]]
    if kind in ("push", "named"): f.append(["52", rng.choice(["5812", "5411", "7011"])])
    f.append(["53", "704"])
    if amt: f.append(["54", amt])
    f.append(["58", "VN"])
    if kind in ("push", "named"): f += [["59", rng.choice(NAMES)], ["60", rng.choice(CITIES)]]
    add = []
    if rng.random() < 0.3: add.append(["01", "HD" + digits(6)])
    if kind == "push" or rng.random() < 0.2: add.append(["07", "T" + digits(3)])
    if rng.random() < 0.5: add.append(["08", rng.choice(PURP)])
    if add: f.append(["62", add])
    return f, bin_, acct
rows = []
def add(exp, payload, note, opts=""):
    rows.append((exp, opts, payload, note))
def get(f, tag): return next(x for x in f if x[0] == tag)
for i in range(150):
    f, b, a = valid(); add("pass", fin(enc(f)), "valid:")
for i in range(40):
    f, b, a = valid(); add("pass", fin(enc(f)), "valid_expect:", "expect=%s:%s" % (b, a))
M = "malformed_payload"
def mut(name, fn, n=8):
    for i in range(n):
        f, b, a = valid()
        p = fn(f)
        if p is not None: add(M, p, name + ":")
def off_len(f):
    body = enc(f); 
    # pick a top-level field other than 00, change its length digits
    idx = rng.randrange(1, len(f)); pos = 0
    for j in range(idx): pos += 4 + len(enc([f[j]])) - 4
    L = int(body[pos+2:pos+4]); nl = L + rng.choice([-2, -1, 1, 2])
    if nl < 0 or nl > 99: return None
    return fin(body[:pos+2] + "%02d" % nl + body[pos+4:])
mut("len_off", off_len, 20)
def nested_off(f):
    t = get(f, "38"); inner = get(t[1], "01"); bin_ = get(inner[1], "00")
    body = enc(f); s = "0006" + bin_[1]; k = body.index(s)
    return fin(body[:k] + "00" + rng.choice(["05", "07", "0A"]) + body[k+4:])
mut("nested_len", nested_off, 10)
def nonnum(f):
    body = enc(f); k = body.index("5303"); return fin(body[:k] + "53O3" + body[k+4:])
mut("len_nonnum", nonnum, 5)
mut("past_end", lambda f: fin(enc(f))[:-rng.randint(2, 15)], 10)
mut("after_crc", lambda f: fin(enc(f)) + rng.choice(["0", " ", "\n", "XYZ", "63040000"]), 8)
def dup(f):
    t = rng.choice(["53", "58", "54", "01", "38"]); 
    x = [y for y in f if y[0] == t]
    if not x: return None
    f.insert(f.index(x[0]) + 1, x[0]); return fin(enc(f))
mut("dup", dup, 10)
def pfi(f):
    c = rng.randrange(3)
    if c == 0: f.pop(0)
    elif c == 1: f[0][1] = rng.choice(["02", "1 ", "00", "10"])
    else: f.insert(2, f.pop(0))
    return fin(enc(f))
mut("pfi", pfi, 10)
def crc_last(f):
    body = enc(f); c = "%04X" % crc16((body + "6304").encode())
    k = body.index("5802VN"); return body[:k] + "6304" + c + body[k:]
mut("crc_not_last", crc_last, 6)
def crc_bad(f):
    body = enc(f); c = crc16((body + "6304").encode()); w = (c + rng.randint(1, 65000)) % 65536
    return body + "6304%04X" % w
mut("crc_mismatch", crc_bad, 10)
def with_reference(f, ref):
    return [y for y in f if y[0] != "62"] + [["62", [["05", ref]]]]
def crc_lower(f):
    for k in range(50):
        p = fin(enc(with_reference(f, "R%d" % k)))
        if any(ch in "ABCDEF" for ch in p[-4:]): return p[:-4] + p[-4:].lower()
    return None
mut("crc_lower", crc_lower, 6)
def crc_3(f):
    for k in range(400):
        body = enc(with_reference(f, "R%d" % k))
        c = "%04X" % crc16((body + "6304").encode())
        if c[0] == "0": return body + "6304" + c[1:]
    return None
mut("crc_3digit", crc_3, 5)
mut("crc_noprefix", lambda f: enc(f) + "6304%04X" % crc16(enc(f).encode()), 5)
mut("crc_missing", lambda f: enc(f), 5)
def missing(f):
    c = rng.choice(["53", "58", "38.00", "38.01.00", "38.01.01", "38.01", "38"])
    if "." not in c: f[:] = [y for y in f if y[0] != c]
    else:
        parts = c.split("."); t = get(f, "38")
        if len(parts) == 2: t[1][:] = [y for y in t[1] if y[0] != parts[1]]
        else:
            inner = get(t[1], "01"); inner[1][:] = [y for y in inner[1] if y[0] != parts[2]]
    return fin(enc(f))
mut("missing", missing, 14)
def fmt(f):
    c = rng.randrange(14)
    if c == 0: get(f, "01")[1] = rng.choice(["13", "1", "AB", "22"])
    elif c == 1: get(f, "53")[1] = rng.choice(["VND", "999", "70", "7040", "000"])
    elif c == 2:
        x = [y for y in f if y[0] == "54"]
        v = rng.choice(["1,000", "-100", "1.000.000", "12e3", "10 000", "", "0", "100000000000000", "10.000"])
        if x: x[0][1] = v
        else: f.insert(f.index(get(f, "53")) + 1, ["54", v])
    elif c == 3: get(f, "58")[1] = rng.choice(["VNM", "vn", "V1", "84", "V"])
    elif c == 4: f.append(["59", "CONG TY TNHH MOT THANH VIEN XYZ"])
    elif c == 5: f.append(["59", rng.choice(["Nguyễn Văn A", "Cửa hàng Hoa"])])
    elif c == 6: f.append(["60", "THANH PHO HO CHI MINH"])
    elif c == 7: f.append(["60", "Hà Nội"])
    elif c == 8: f[:] = with_reference(f, "REF1"); get(f, "62")[1].append(["08", rng.choice(["Chuyển khoản", "thanh toan don hang so 1234567"])])
    elif c == 9: f.insert(3, ["52", rng.choice(["58A2", "581", "ABCD"])])
    elif c == 10: f.insert(3, ["55", rng.choice(["04", "00", "1"])])
    elif c == 11: get(get(f, "38")[1], "00")[1] = rng.choice(["A000000728", "A00000072", "a000000727", "A000000775"])
    elif c == 12: get(get(f, "38")[1], "02")[1] = rng.choice(["QRIBFTT", "QRIBFTTB", "IBFT", "QRPAY"])
    else:
        inner = get(get(f, "38")[1], "01"); get(inner[1], "00")[1] = rng.choice(["97043", "9704366", "97O436", "ABCDEF"])
    f.sort(key=lambda y: (y[0] != "00", y[0]))
    return fin(enc(f))
mut("format", fmt, 60)
def profile(f):
    if rng.random() < 0.5: get(f, "53")[1] = rng.choice(["840", "764", "418"])
    else: get(f, "58")[1] = rng.choice(["TH", "LA", "US", "SG"])
    return fin(enc(f))
mut("profile", profile, 10)
W = "wrong_account"
for i in range(25):
    f, b, a = valid("acct")
    nb = digits(6)
    while nb in ALL: nb = digits(6)
    get(get(get(f, "38")[1], "01")[1], "00")[1] = nb
    add(W, fin(enc(f)), "unknown_bin:")
for i in range(25):
    f, b, a = valid("card")
    inner = get(get(f, "38")[1], "01")
    c = get(inner[1], "01")[1]
    if rng.random() < 0.5:
        d = str((int(c[-1]) + rng.randint(1, 9)) % 10); get(inner[1], "01")[1] = c[:-1] + d; note = "card_luhn:"
    else:
        other = rng.choice([x for x in DOM if CODE[x] != CODE[b]]); get(inner[1], "01")[1] = card(other, len(c)); note = "card_other:"
    add(W, fin(enc(f)), note)
for i in range(30):
    f, b, a = valid(rng.choice(["acct", "acct_amt", "named"]))
    c = rng.randrange(3)
    if c == 0: opt = "expect=%s:%s" % (rng.choice([x for x in ON if x != b]), a)
    elif c == 1: opt = "expect=%s:%s" % (b, a[:-1] + str((int(a[-1]) + 1) % 10))
    else: opt = "expect=%s:%s" % (rng.choice([x for x in ON if x != b]), digits(10))
    add(W, fin(enc(f)), "expect:", opt)
E = "expired"
for i in range(20):
    f, b, a = valid("acct_amt")
    ref = "ORD" + digits(6)
    f = with_reference(f, ref)
    if rng.random() < 0.5:
        add(E, fin(enc(f)), "orders:", "now=2026-11-22T10:00:00+07:00;order=%s@2026-11-22T09:%02d:00+07:00" % (ref, rng.randint(0, 59)))
    else:
        add(E, fin(enc(f)), "ttl:", "now=2026-11-22T10:00:00+07:00;issued_at=2026-11-22T09:00:00+07:00;ttl=%dm" % rng.randint(5, 59))
    add("pass", fin(enc(f)), "valid_order:", "now=2026-11-22T10:00:00+07:00;order=%s@2026-11-22T11:00:00+07:00" % ref)
print_tsv(rows)
