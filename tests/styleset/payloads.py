"""EMV MPM / VietQR / VNPAY-QR / PayNow payload builders for the held-out set.

Everything is driven by a numpy Generator so the same seed gives the same payload.
Built only from /work/shared/docs/payment-qr.md and /work/shared/data/banks.csv.
"""
import csv
import os

BANKS_CSV = os.environ.get("HELDOUT_BANKS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "libqrdiag", "data", "banks.csv"))


def load_banks():
    rows = []
    with open(BANKS_CSV, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append(r)
    return rows


BANKS = load_banks()
ALL_BINS = {r["bin"] for r in BANKS}
VIETQR_BANKS = [r for r in BANKS if r["vietqr_status"] == "1"]
# banks whose BIN is 9704xx (cards are 9704 + bank code)
CARD_BANKS = [r for r in VIETQR_BANKS if r["bin"].startswith("9704")]


def crc16(s: str) -> str:
    crc = 0xFFFF
    for b in s.encode("utf-8"):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return "%04X" % crc


assert crc16("123456789") == "29B1"


def tlv(i, v):
    return "%s%02d%s" % (i, len(v), v)


def tl(fields):
    """fields: list of (id, value) where value is str or nested list."""
    out = []
    for i, v in fields:
        if isinstance(v, list):
            v = tl(v)
        out.append(tlv(i, v))
    return "".join(out)


def finish(body):
    s = body + "6304"
    return s + crc16(s)


def luhn_digit(num: str) -> str:
    tot = 0
    for k, ch in enumerate(reversed(num)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


SURNAMES = ["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "HUYNH", "PHAN", "VU", "VO", "DANG", "BUI", "DO", "HO", "NGO", "DUONG"]
MIDDLE = ["VAN", "THI", "MINH", "NGOC", "DUC", "THANH", "HOANG", "QUOC", "GIA", "BAO"]
GIVEN = ["AN", "BINH", "CUONG", "DUNG", "HA", "HAI", "HANH", "HIEU", "HOA", "HUNG", "HUONG", "KHANH", "LAN", "LINH",
         "LONG", "MAI", "NAM", "NGA", "PHUONG", "QUAN", "SON", "TAM", "THAO", "TRANG", "TUAN", "VY", "YEN"]
SHOPS = ["BUN CHA HUONG LIEN", "CAFE MOC", "TAP HOA MINH ANH", "PHO THIN", "BANH MI HOANG", "COM TAM BA GHIEN",
         "NHA THUOC AN KHANG", "TRA SUA TOCO", "SUA XE HUNG", "HOA TUOI LAN", "QUAN NHAU 68", "TIEM VANG KIM"]
CITIES = ["HA NOI", "HO CHI MINH", "DA NANG", "HAI PHONG", "CAN THO", "HUE", "NHA TRANG", "VUNG TAU", "BIEN HOA"]
PURPOSES = ["CHUYEN TIEN", "Chuyen tien", "THANH TOAN DON HANG", "TT hoa don", "Tien nha thang 5", "Ung ho",
            "Hoc phi HK1", "Tra no", "Mua hang online", "Tien dien nuoc"]


def person_name(rng):
    return "%s %s %s" % (rng.choice(SURNAMES), rng.choice(MIDDLE), rng.choice(GIVEN))


def digits(rng, n):
    return "".join(str(int(d)) for d in rng.integers(0, 10, n))


def make_card(rng, bin6, good=True):
    n = 16 if rng.random() < 0.8 else 19
    body = bin6 + digits(rng, n - 7)
    d = luhn_digit(body)
    if not good:
        d = str((int(d) + int(rng.integers(1, 10))) % 10)
    return body + d


def _amount(rng):
    return str(int(rng.choice([10000, 20000, 35000, 50000, 99000, 150000, 200000, 500000, 1250000, 2000000, 45000])) +
               int(rng.integers(0, 5)) * 1000)


def vietqr_fields(rng, bank=None, account=None, service=None, dynamic=None, extras=True):
    """Return a list of (id, value) fields (without 63) of a VietQR code plus a dict of info."""
    bank = bank or VIETQR_BANKS[int(rng.integers(len(VIETQR_BANKS)))]
    if service is None:
        service = "QRIBFTTC" if (bank["bin"].startswith("9704") and rng.random() < 0.25) else "QRIBFTTA"
    if account is None:
        if service == "QRIBFTTC":
            account = make_card(rng, bank["bin"])
        elif bank["bin"] == "971025" and rng.random() < 0.7:
            account = "PSP" + digits(rng, 15)
        else:
            account = digits(rng, int(rng.integers(8, 15)))
    if dynamic is None:
        dynamic = rng.random() < 0.5
    f = [("00", "01"), ("01", "12" if dynamic else "11"),
         ("38", [("00", "A000000727"), ("01", [("00", bank["bin"]), ("01", account)]), ("02", service)]),
         ("53", "704")]
    if dynamic:
        f.append(("54", _amount(rng)))
    f.append(("58", "VN"))
    holder = person_name(rng)
    if extras and rng.random() < 0.35:
        f.append(("59", holder[:25]))
        f.append(("60", str(rng.choice(CITIES))[:15]))
    add = []
    if extras:
        if rng.random() < 0.5:
            add.append(("01", "HD" + digits(rng, int(rng.integers(6, 12)))))
        if rng.random() < 0.5:
            add.append(("05", "REF" + digits(rng, int(rng.integers(6, 14)))))
        if rng.random() < 0.7:
            add.append(("08", str(rng.choice(PURPOSES))))
    if add:
        f.append(("62", add))
    if extras and rng.random() < 0.35:
        f.append(("64", [("00", "vi"), ("01", holder[:25]), ("02", str(rng.choice(CITIES))[:15])]))
    info = dict(scheme="VietQR", bank=bank, account=account, service=service, holder=holder, dynamic=dynamic)
    return f, info


def vnpay_fields(rng, dynamic=None):
    if dynamic is None:
        dynamic = rng.random() < 0.4
    shop = str(rng.choice(SHOPS))
    f = [("00", "01"), ("01", "12" if dynamic else "11"),
         ("26", [("00", "A000000775"), ("01", "0" + digits(rng, 9))]),
         ("52", str(rng.choice(["5812", "5411", "5499", "5912", "5814", "7230", "5311"]))),
         ("53", "704")]
    if dynamic:
        f.append(("54", _amount(rng)))
    f += [("58", "VN"), ("59", shop[:25]), ("60", str(rng.choice(CITIES))[:15])]
    add = [("03", "STORE" + digits(rng, 4)), ("07", "TID" + digits(rng, 5))]
    if dynamic:
        add.insert(0, ("01", "ORD" + digits(rng, 10)))
        add.append(("05", "VNP" + digits(rng, 10)))
    f.append(("62", add))
    bank = VIETQR_BANKS[int(rng.integers(len(VIETQR_BANKS)))]
    info = dict(scheme="VNPAY-QR", bank=bank, account="", service="", holder=shop, dynamic=dynamic)
    return f, info


def pad_to(rng, f, lo, hi):
    """Add/extend optional data until the finished payload length is in [lo, hi] if possible."""
    target = int(rng.integers(lo, hi + 1))
    def plen():
        return len(finish(tl(f)))
    if plen() < target:
        # 80-99 unreserved template with a wallet/app reference, then 62 reference
        room = target - plen() - 4
        if room > 14:
            val = [("00", "VN.COM.QRDEMO"[:min(13, room - 4)])]
            extra = room - 4 - len(val[0][1]) - 4
            if extra > 0:
                val.append(("01", digits(rng, min(extra, 40))))
            idx = len(f) if f[-1][0] != "64" else len(f) - 1
            f.insert(idx, ("8" + str(int(rng.integers(0, 10))), val))
    return f


def valid_payload(rng, lo=80, hi=300):
    kind = rng.random()
    for _ in range(50):
        if kind < 0.2:  # minimal static bank-app code (about 85-95 chars): fits QR v3/v4
            f, info = vietqr_fields(rng, service="QRIBFTTA", dynamic=False, extras=False)
            p = finish(tl(f))
            if lo <= len(p) <= hi:
                return p, info
            continue
        if kind < 0.7:
            f, info = vietqr_fields(rng)
        else:
            f, info = vnpay_fields(rng)
        f = pad_to(rng, f, lo, hi)
        p = finish(tl(f))
        if lo <= len(p) <= hi:
            return p, info
    return p, info


# ---------------------------------------------------------------- defects
def _replace(f, fid, val):
    return [(i, val if i == fid else v) for i, v in f]


def _drop(f, fid):
    return [(i, v) for i, v in f if i != fid]


MALFORMED_KINDS = ["bad_crc", "crc_lowercase", "crc_no_leading_zero", "length_wrong", "missing_58", "missing_00",
                   "bad_currency", "bad_country", "amount_syntax", "data_after_crc", "invalid_poi", "name_too_long",
                   "wrong_guid", "unknown_service", "duplicate_id", "crc_without_prefix", "00_not_first",
                   "value_runs_past_end"]


def malformed_payload(rng, kind):
    for _ in range(400):
        f, info = vietqr_fields(rng, dynamic=(kind == "amount_syntax") or None)
        f = pad_to(rng, f, 85, 240)
        body = tl(f)
        good = finish(body)
        if kind == "bad_crc":
            c = good[-4:]
            bad = "%04X" % ((int(c, 16) ^ int(rng.integers(1, 0xFFFF))) & 0xFFFF)
            return good[:-4] + bad, "CRC %s but payload's CRC is %s" % (bad, c)
        if kind == "crc_lowercase":
            if any(ch in "ABCDEF" for ch in good[-4:]):
                return good[:-4] + good[-4:].lower(), "CRC written in lower-case hex"
            continue
        if kind == "crc_no_leading_zero":
            if good[-4] == "0":
                return good[:-4] + good[-3:], "CRC printed without its leading zero (3 hex digits)"
            continue
        if kind == "crc_without_prefix":
            c = crc16(body)
            if c != good[-4:]:
                return body + "6304" + c, "CRC computed without the 6304 prefix"
            continue
        if kind == "length_wrong":
            # a generator that counted bytes wrongly: declared length of one object off by one
            tgt = str(rng.choice(["38", "53", "58", "62"] if any(i == "62" for i, _ in f) else ["38", "53", "58"]))
            parts = []
            for i, v in f:
                vs = tl(v) if isinstance(v, list) else v
                ln = len(vs) + (1 if (i == tgt and rng.random() < 0.5) else (-1 if i == tgt else 0))
                parts.append("%s%02d%s" % (i, ln, vs))
            return finish("".join(parts)), "declared length of tag %s is off by one" % tgt
        if kind == "missing_58":
            return finish(tl(_drop(f, "58"))), "mandatory tag 58 (country) missing"
        if kind == "missing_00":
            return finish(tl(_drop(f, "00"))), "mandatory tag 00 (payload format indicator) missing"
        if kind == "00_not_first":
            g = list(f)
            g[0], g[1] = g[1], g[0]
            return finish(tl(g)), "tag 00 is not the first object"
        if kind == "bad_currency":
            v = str(rng.choice(["VND", "840", "000", "70"]))
            return finish(tl(_replace(f, "53", v))), "transaction currency 53=%s (must be 704)" % v
        if kind == "bad_country":
            v = str(rng.choice(["VNM", "vn", "V N", "84"]))
            return finish(tl(_replace(f, "58", v))), "country code 58=%s (must be VN)" % v
        if kind == "amount_syntax":
            v = str(rng.choice(["100,000", "1.500.000", "-50000", "50000 VND", "1e5", "20.000,50"]))
            return finish(tl(_replace(f, "54", v))), "amount 54=%s is not a valid amount" % v
        if kind == "data_after_crc":
            tail = str(rng.choice(["0000", "6207", "ABC123", "5802VN"]))
            return good + tail, "data after the CRC: %r" % tail
        if kind == "invalid_poi":
            v = str(rng.choice(["13", "10", "21", "1"]))
            return finish(tl(_replace(f, "01", v))), "point of initiation 01=%s (only 11/12)" % v
        if kind == "name_too_long":
            g = _drop(_drop(f, "59"), "60")
            name = person_name(rng) + " " + str(rng.choice(SHOPS))
            while len(name) <= 30:
                name += " " + str(rng.choice(GIVEN))
            idx = [i for i, _ in g].index("58") + 1
            g.insert(idx, ("59", name[:int(rng.integers(31, min(len(name), 45) + 1))]))
            return finish(tl(g)), "merchant name 59 longer than 25 characters"
        if kind == "wrong_guid":
            v = str(rng.choice(["A000000728", "A00000727", "A0000007270", "VIETQR"]))
            g = [(i, [("00", v)] + v2[1:] if i == "38" else v2) for i, v2 in f]
            return finish(tl(g)), "38.00 GUID %s is not NAPAS A000000727" % v
        if kind == "unknown_service":
            v = str(rng.choice(["QRIBFTTX", "QRIBFT", "IBFTTA", "QRPAY"]))
            g = [(i, v2[:2] + [("02", v)] if i == "38" else v2) for i, v2 in f]
            return finish(tl(g)), "38.02 service code %s unknown" % v
        if kind == "duplicate_id":
            g = list(f)
            idx = [i for i, _ in g].index("58") + 1
            g.insert(idx, ("53", "704"))
            return finish(tl(g)), "tag 53 appears twice at top level"
        if kind == "value_runs_past_end":
            # truncated payload: last object claims more characters than remain (no CRC)
            cut = good[:-8]
            return cut + "6220" + "0812" + "Chuyen", "payload truncated: last value runs past the end, no CRC"
    raise RuntimeError("could not make " + kind)


UNKNOWN_BINS = ["970499", "970460", "970471", "970401", "971099", "970480", "123456", "970300", "971234", "970497"]


def wrong_account_payload(rng, kind):
    if kind == "unknown_bin":
        cands = [b for b in UNKNOWN_BINS if b not in ALL_BINS]
        b = cands[int(rng.integers(len(cands)))]
        bank = {"bin": b, "short_name": "Unknown", "code": "UNK", "vietqr_status": "1"}
        f, info = vietqr_fields(rng, bank=bank, service="QRIBFTTA")
        desc = "BIN %s is not in the NAPAS bank list" % b
    else:  # luhn
        bank = CARD_BANKS[int(rng.integers(len(CARD_BANKS)))]
        card = make_card(rng, bank["bin"], good=False)
        assert not luhn_ok(card)
        f, info = vietqr_fields(rng, bank=bank, account=card, service="QRIBFTTC")
        desc = "card number %s (%s) fails the Luhn check" % (card, bank["short_name"])
    f = pad_to(rng, f, 85, 220)
    return finish(tl(f)), desc, info


def expired_payload(rng):
    """Dynamic PayNow code (the one scheme in payment-qr.md that writes an expiry date into the
    payload: template 26, GUID SG.PAYNOW, 03 amount editable, 04 expiry YYYYMMDD) with a date in the past."""
    y = int(rng.integers(2020, 2025))
    m = int(rng.integers(1, 13))
    d = int(rng.integers(1, 29))
    exp = "%04d%02d%02d" % (y, m, d)
    if rng.random() < 0.5:
        proxy_t, proxy = "2", digits(rng, 9) + str(rng.choice(list("ABCDEKMWZ")))
    else:
        proxy_t, proxy = "0", "+65" + str(rng.choice(["8", "9"])) + digits(rng, 7)
    amt = "%d.%02d" % (int(rng.integers(5, 900)), int(rng.integers(0, 100)))
    name = str(rng.choice(["NGUYEN VAN AN", "PHO SAIGON PTE LTD", "BANH MI SG", "VIET KITCHEN", "TRAN THI MAI"]))
    f = [("00", "01"), ("01", "12"),
         ("26", [("00", "SG.PAYNOW"), ("01", proxy_t), ("02", proxy), ("03", "0"), ("04", exp)]),
         ("52", "0000"), ("53", "702"), ("54", amt), ("58", "SG"), ("59", name), ("60", "Singapore"),
         ("62", [("01", "INV" + digits(rng, int(rng.integers(6, 12))))])]
    p = finish(tl(f))
    return p, "dynamic PayNow code, expiry date 26.04=%s in the past" % exp, dict(scheme="PayNow", holder=name,
                                                                                 bank={"short_name": "PayNow", "code": "PAYNOW"},
                                                                                 account=proxy, dynamic=True)
