"""Helpers shared by the corpus generators: EMV data objects, CRC-16/CCITT-FALSE, Luhn, the bank list."""
import csv
import os

BANKS_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "libqrdiag", "data", "banks.csv")


def crc16(data: bytes) -> int:
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def crc_hex(body: str) -> str:
    return "%04X" % crc16(body.encode())


def tlv(tag: str, value: str) -> str:
    return "%s%02d%s" % (tag, len(value.encode()), value)


def finish(body: str) -> str:
    """Appends 6304 and the CRC over everything up to and including it."""
    return body + "6304" + crc_hex(body + "6304")


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        v = int(c)
        if i % 2 == 1:
            v = v * 2 - 9 if v * 2 > 9 else v * 2
        total += v
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    return next(prefix + d for d in "0123456789" if luhn_ok(prefix + d))


def load_banks():
    with open(BANKS_CSV, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def escape(text: str) -> str:
    """Control characters as \\xNN, so a payload stays on one TSV line."""
    return "".join(c if 0x20 <= ord(c) != 0x7F else "\\x%02X" % ord(c) for c in text)


def print_tsv(rows):
    print("expected\toptions\tpayload\tnote")
    for expected, options, payload, note in rows:
        print("\t".join((expected, options, escape(payload), escape(note))))
