"""VietQR payloads for the crosscheck set: valid ones to VietQR banks, and the payload defects the set labels.

The EMV building blocks (TLV, CRC-16/CCITT-FALSE, Luhn, bank list) are the repository's shared Python helpers
in tests/data/payloads/emv_build.py; this file only decides what goes into each payload.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "payloads"))
from emv_build import crc16, finish, load_banks, luhn_complete, luhn_ok, tlv  # noqa: E402

# CRC-16/CCITT-FALSE check value from the CRC catalogue: guards the shared helper before we build on it.
assert crc16(b"123456789") == 0x29B1

NAMES = ["NGUYEN VAN AN", "TRAN THI BICH NGOC", "QUAN COM BA HAI", "CAFE GIO BIEN", "LE MINH TUAN",
         "TAP HOA HONG PHUC", "PHO THIN", "NHA SACH MINH KHAI"]
CITIES = ["HA NOI", "HO CHI MINH", "DA NANG", "CAN THO", "HUE", "VUNG TAU", "BUON MA THUOT"]
PURPOSES = ["Thanh toan don hang", "Chuyen khoan", "Tien hoc phi", "Mua hang"]
# BINs in no NAPAS list: a hand-typed or invented bank code.
UNKNOWN_BINS = ["970499", "123456", "970498", "970480"]


def vietqr_banks():
    """BINs of the banks banks.csv lists as on VietQR (vietqr_status = 1)."""
    return sorted({row["bin"] for row in load_banks() if row["vietqr_status"].strip() == "1"})


def card_number(rng, bin_, valid=True):
    """A 16-digit domestic card number of the bank, Luhn-valid or deliberately one digit off."""
    prefix = bin_ + "".join(str(d) for d in rng.integers(0, 10, 15 - len(bin_)))
    good = luhn_complete(prefix)
    if valid:
        return good
    bad = good[:-1] + str((int(good[-1]) + 1 + int(rng.integers(0, 8))) % 10)
    assert not luhn_ok(bad)
    return bad


def account_number(rng):
    return "".join(str(d) for d in rng.integers(0, 10, int(rng.integers(8, 15))))


def vietqr_body(bin_, account, card=False, amount=None, name=None, city=None, purpose=None, bill=None,
                country=True):
    """Everything before 6304: 00, 01, 38 (NAPAS GUID, beneficiary, service), 53, 54, 58, 59, 60, 62."""
    beneficiary = tlv("00", bin_) + tlv("01", account)
    merchant = tlv("00", "A000000727") + tlv("01", beneficiary) + tlv("02", "QRIBFTTC" if card else "QRIBFTTA")
    body = tlv("00", "01") + tlv("01", "12" if amount else "11") + tlv("38", merchant) + tlv("53", "704")
    if amount:
        body += tlv("54", str(amount))
    if country:
        body += tlv("58", "VN")
    if name:
        body += tlv("59", name)
    if city:
        body += tlv("60", city)
    extra = (tlv("01", bill) if bill else "") + (tlv("08", purpose) if purpose else "")
    if extra:
        body += tlv("62", extra)
    return body


def random_fields(rng, dynamic):
    pick = lambda seq: seq[int(rng.integers(0, len(seq)))]  # noqa: E731
    fields = {}
    if rng.random() < 0.7:
        fields["name"] = pick(NAMES)
        fields["city"] = pick(CITIES)
    if dynamic:
        fields["amount"] = int(rng.integers(1, 400)) * 5000
        fields["bill"] = "HD%06d" % int(rng.integers(0, 10**6))
    if rng.random() < 0.4:
        fields["purpose"] = pick(PURPOSES)
    return fields


def valid_payload(rng, banks, dynamic=None):
    """A valid VietQR payload to an account or a card, static or dynamic; returns (text, words)."""
    bin_ = banks[int(rng.integers(0, len(banks)))]
    dynamic = bool(rng.random() < 0.3) if dynamic is None else dynamic
    card = bin_.startswith("9704") and rng.random() < 0.35
    number = card_number(rng, bin_) if card else account_number(rng)
    text = finish(vietqr_body(bin_, number, card=card, **random_fields(rng, dynamic)))
    return text, "VietQR %s to %s at BIN %s" % ("dynamic" if dynamic else "static", "card" if card else "account", bin_)


def malformed_payload(rng, banks):
    """A payload a conforming generator would not write: stale CRC, a length that lies, or no 58."""
    bin_ = banks[int(rng.integers(0, len(banks)))]
    fields = random_fields(rng, dynamic=bool(rng.random() < 0.4))
    kind = ["bad_crc", "bad_length", "missing_58", "stale_amount"][int(rng.integers(0, 4))]
    if kind == "stale_amount":
        fields["amount"] = fields.get("amount", 50000)
    body = vietqr_body(bin_, account_number(rng), country=kind != "missing_58", **fields)
    if kind == "bad_length":
        # The declared length of 53 says 4 digits while "704" has 3: a hand-typed length, CRC recomputed.
        body = body.replace("5303704", "5304704", 1)
    text = finish(body)
    if kind == "bad_crc":
        crc = int(text[-4:], 16)
        text = text[:-4] + "%04X" % (crc ^ (1 << int(rng.integers(0, 16))))
    elif kind == "stale_amount":
        # The amount edited after the CRC was computed: the CRC no longer matches.
        amount = str(fields["amount"])
        text = text.replace(tlv("54", amount), tlv("54", amount[:-1] + str((int(amount[-1]) + 5) % 10)), 1)
    return text, "malformed: " + kind.replace("_", " ")


def wrong_account_payload(rng, banks):
    """Well-formed with a valid CRC, but the account cannot exist: unknown BIN or a card failing Luhn."""
    fields = random_fields(rng, dynamic=bool(rng.random() < 0.3))
    if rng.random() < 0.5:
        bin_ = UNKNOWN_BINS[int(rng.integers(0, len(UNKNOWN_BINS)))]
        return finish(vietqr_body(bin_, account_number(rng), **fields)), "wrong account: unknown BIN " + bin_
    domestic = [b for b in banks if b.startswith("9704")]
    bin_ = domestic[int(rng.integers(0, len(domestic)))]
    card = card_number(rng, bin_, valid=False)
    return finish(vietqr_body(bin_, card, card=True, **fields)), "wrong account: card %s fails Luhn" % card


def expired_payload(rng, banks):
    """A dynamic code checked after its issue time + validity; returns (text, words, options)."""
    text, words = valid_payload(rng, banks, dynamic=True)
    ttl = int(rng.choice([5, 10, 15, 30]))
    day = int(rng.integers(1, 28))
    issued_min = int(rng.integers(8 * 60, 19 * 60))
    late = ttl + int(rng.integers(1, 240))
    stamp = lambda m: "2026-11-%02dT%02d:%02d:00+07:00" % (day, m // 60, m % 60)  # noqa: E731
    options = "--now %s --issued-at %s --ttl %dm" % (stamp(issued_min + late), stamp(issued_min), ttl)
    return text, words + ", %d min past a %d min validity" % (late - ttl, ttl), options
