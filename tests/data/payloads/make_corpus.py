#!/usr/bin/env python3
"""Writes corpus.tsv: payment payloads with the cause qrdiag must name first.

Reproducible (fixed seed). Columns: expected (a cause id, optionally /rule id, or "pass"), options
(';'-separated: now=, expect=BIN:ACCOUNT, standee, issued_at=, ttl=, order=REF@TIME), payload (control
characters written as \\xNN), note. Real strings from public libraries are kept verbatim in REAL below;
everything else is built here from the bank list and then broken one defect at a time.
Run: python3 tests/data/payloads/make_corpus.py > tests/data/payloads/corpus.tsv
"""
import random

from emv_build import crc_hex, finish, load_banks, luhn_complete, print_tsv, tlv

rng = random.Random(20261122)
NOW = "2026-11-22T10:00:00+07:00"

BANKS = load_banks()
ON_VIETQR = sorted({b["bin"] for b in BANKS if b["vietqr_status"] == "1"})
OFF_VIETQR = sorted({b["bin"] for b in BANKS if b["vietqr_status"] == "0"} - set(ON_VIETQR))
ALL_BINS = {b["bin"] for b in BANKS}
DOMESTIC = [b for b in ON_VIETQR if b.startswith("9704")]


def card_for(bin_: str, length: int = 16) -> str:
    return luhn_complete(bin_ + "".join(rng.choice("0123456789") for _ in range(length - 7)))


def account() -> str:
    return "".join(rng.choice("0123456789") for _ in range(rng.choice([9, 10, 12, 13, 14, 16])))


PURPOSES = ["Chuyen tien", "Thanh toan don hang", "Tien nha thang 11", "Hoc phi", "Ung ho", "DH12345",
            "Tra no", "Mua hang online", "Cafe sang", "Tien dien"]


def vietqr(bin_=None, acct=None, service="QRIBFTTA", guid="A000000727", amount=None, purpose=None, dynamic=None, reference=None,
           bill=None, name=None, city=None, mcc=None, extra_top=""):
    bin_ = bin_ or rng.choice(ON_VIETQR)
    acct = acct if acct is not None else account()
    beneficiary = tlv("00", bin_) + tlv("01", acct)
    t38 = tlv("00", guid) + tlv("01", beneficiary) + (tlv("02", service) if service else "")
    poi = "12" if (dynamic if dynamic is not None else amount is not None) else "11"
    body = tlv("00", "01") + tlv("01", poi) + tlv("38", t38)
    if mcc:
        body += tlv("52", mcc)
    body += tlv("53", "704")
    if amount is not None:
        body += tlv("54", amount)
    body += tlv("58", "VN")
    if name:
        body += tlv("59", name)
    if city:
        body += tlv("60", city)
    add = ""
    if bill:
        add += tlv("01", bill)
    if reference:
        add += tlv("05", reference)
    if purpose:
        add += tlv("08", purpose)
    if add:
        body += tlv("62", add)
    return body + extra_top


rows = []


def add(expected, payload, note, options=""):
    rows.append((expected, options, payload, note))


# --- real payloads from public libraries and docs (verbatim)
REAL = [
    ("pass", "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F",
     "vietnam-qr-pay README: static ACB"),
    ("pass", "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6",
     "vietnam-qr-pay README: dynamic ACB with purpose"),
    ("pass", "00020101021138620010A000000727013200069710250118PSP1234567890000000208QRIBFTTA53037045802VN62190515MOMOW2W123456786304821F",
     "payment-qr.md: MoMo wallet, letters in account"),
    ("pass", "00020101021138620010A00000072701320006970454011899MM24011M348750800208QRIBFTTA53037045802VN62190515MOMOW2W3487508080030466304EBC8",
     "vietnam-qr-pay README: MoMo via BVBank with tag 80"),
    ("pass", "00020101021138620010A00000072701320006970454011899ZP24009M072482670208QRIBFTTA53037045802VN6304073C",
     "vietnam-qr-pay README: ZaloPay via BVBank"),
    ("pass", "00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685",
     "vietnam-qr-pay README: VNPAY-QR dynamic"),
    ("pass", "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C",
     "subiz/vietqr README: VietinBank dynamic"),
    ("pass", "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8",
     "vietnam-qr-pay README decode example"),
    ("pass", "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA530370454069999995802VN62140810Cam on nhe6304E786",
     "vietnam-qr-pay README: rebuilt after edit"),
    ("malformed_payload/emv.crc_mismatch",
     "00020101021138470010A00000072701290006970403011521129950446042552045812530370458" "02VN5910PHUONG CAC6005HANOI62110507NPS686963040000",
     "liopayvn/vietqr-php QRParserTest: invalid CRC"),
    # Strings found in public repositories' code, tests and docs (in the wild, bugs included).
    ("pass", "00020101021238590010A000000727012900069704180115V3CAS62627239240208QRIBFTTA530370454063750005802VN62250821CSPZKHEL6A2 NTK O000463044729",
     "BIDV virtual account from a shop's order table"),
    ("pass", "00020101021238570010A000000727012700069704220113VQRQACLNP26800208QRIBFTTA530370454061000005802VN62270823Thanh toan don hang ABC6304CE4C",
     "VietQR.io virtual account in an Android checkout screen"),
    ("pass", "00020101021138510010A00000072701210006970407010797968680208QRIBFTTA53037045802VN62240820gen by sunary/vietqr6304BE74",
     "sunary/vietqr service README"),
    ("malformed_payload/emv.crc_lowercase", "00020101021138540010A00000072701240006970422011008129452690208QRIBFTTA53037045802VN6304d5f3",
     "hard-coded in a React Native app: lower-case CRC"),
    ("malformed_payload/emv.crc_lowercase", "00020101021138540010A00000072701240006970422011099999991480208QRIBFTTA53037045802VN63047b49",
     "hard-coded in a Next.js component: lower-case CRC"),
    ("malformed_payload/emv.length_mismatch", "00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA53037045802VN62190815MSMOLAR17555184006304A1B2",
     "hand-typed test fixture: 62 and 62.08 lengths two short of their values, placeholder CRC"),
    ("malformed_payload/emv.crc_mismatch", "00020101021238540010A00000072701240006970422011009876543210208QRIBFTTA530370454062000005802VN62120808BKTEST016304ABCD",
     "placeholder CRC in a UI test"),
    ("malformed_payload", "00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA5303704540645000058020VN62110807SplitBill Bo To6304XXXX",
     "hand-written example in a design doc: 58 length and 62.07 length wrong, CRC XXXX"),
]
for expected, payload, note in REAL:
    add(expected, payload, note)
# Labelled "CRC invalid" by the public parser test it comes from, but its CRC is right: a valid static
# PayNow code whose 26.04 expiry date (2030-12-31) lies ahead of the reference time.
add("pass", "00020101021126500009SG.PAYNOW010100211+65123456780301004082030123152040000530370254071234.565802SG5902ME6009Singapore62290106BILLNO50150004TEST0103ABC6304B301",
    "PayNow example from a public EMV parser's tests", "now=" + NOW)

# --- valid codes built like bank apps build them
for i in range(40):
    kind = i % 8
    if kind == 0:
        p = finish(vietqr())
        note = "static transfer to account"
    elif kind == 1:
        p = finish(vietqr(amount=str(rng.choice([10000, 25000, 150000, 2000000, 99000])), purpose=rng.choice(PURPOSES)))
        note = "dynamic transfer with amount and purpose"
    elif kind == 2:
        b = rng.choice(DOMESTIC)
        p = finish(vietqr(bin_=b, acct=card_for(b, rng.choice([16, 19])), service="QRIBFTTC"))
        note = "static transfer to a domestic card"
    elif kind == 3:
        b = rng.choice(DOMESTIC)
        p = finish(vietqr(bin_=b, acct=card_for(b), service="QRIBFTTC", amount="50000", purpose="Tra tien"))
        note = "dynamic transfer to a card"
    elif kind == 4:
        p = finish(vietqr(service="QRPUSH", mcc="5812", name="QUAN COM TAM", city="HA NOI", dynamic=False,
                          acct="MC" + account()[:8]))
        note = "QRPUSH merchant code with 52/59/60"
    elif kind == 5:
        p = finish(vietqr(amount="120000", reference="ORD%06d" % rng.randrange(10**6), bill="HD%04d" % i))
        note = "dynamic with bill and reference"
    elif kind == 6:
        p = finish(vietqr(bin_="971025", acct="PSP" + account(), reference="MOMOW2W" + account()[:8]))
        note = "MoMo-style account with letters"
    else:
        p = finish(vietqr(amount="75000.00", purpose="Thanh toan"))
        note = "amount with two decimals"
    add("pass", p, note)

# Other EMV schemes, valid.
paynow = tlv("00", "SG.PAYNOW") + tlv("01", "2") + tlv("02", "201403121W") + tlv("03", "0") + tlv("04", "20271231")
add("pass", finish(tlv("00", "01") + tlv("01", "12") + tlv("26", paynow) + tlv("52", "0000") + tlv("53", "702") +
                   tlv("54", "10.50") + tlv("58", "SG") + tlv("59", "ACME PTE LTD") + tlv("60", "Singapore") +
                   tlv("62", tlv("01", "INV001"))), "PayNow dynamic with future expiry date", "now=" + NOW)
promptpay = tlv("00", "A000000677010111") + tlv("01", "0066812345678")
add("pass", finish(tlv("00", "01") + tlv("01", "11") + tlv("29", promptpay) + tlv("53", "764") + tlv("58", "TH")),
    "PromptPay static without 52/59/60")
vnpay = tlv("00", "A000000775") + tlv("01", "0105313144")
add("pass", finish(tlv("00", "01") + tlv("01", "11") + tlv("26", vnpay) + tlv("52", "5411") + tlv("53", "704") +
                   tlv("58", "VN") + tlv("59", "CUA HANG ABC") + tlv("60", "HA NOI") + tlv("62", tlv("03", "STORE01") + tlv("07", "T01"))),
    "VNPAY-QR static merchant code")
add("pass", finish(vietqr(extra_top=tlv("64", tlv("00", "vi") + tlv("01", "Cà phê Sữa")))), "language template 64 with diacritics")

# --- malformed, one defect each
def base(**kw):
    return vietqr(amount=kw.pop("amount", "50000"), purpose=kw.pop("purpose", "Thanh toan"), **kw)


for i in range(4):
    p = finish(base())
    add("malformed_payload/emv.crc_mismatch", p.replace("Thanh toan", "Thanh toam"), "purpose edited after the CRC was computed")
for i in range(3):
    p = finish(base())
    add("malformed_payload/emv.crc_mismatch", p[:-4] + "%04X" % ((int(p[-4:], 16) + 1 + i) & 0xFFFF), "CRC off by one")
for i in range(4):
    p = finish(base())
    if not any(c in "ABCDEF" for c in p[-4:]):
        p = finish(base(purpose="Tien an %d" % i))
    if any(c in "ABCDEF" for c in p[-4:]):
        add("malformed_payload/emv.crc_lowercase", p[:-4] + p[-4:].lower(), "CRC written in lower case")
found = 0
for i in range(400):
    body = base(purpose="Don hang %d" % i)
    c = crc_hex(body + "6304")
    if c[0] == "0":
        add("malformed_payload/emv.crc_leading_zero", body + "6304" + c[1:], "CRC printed without its leading zero")
        found += 1
        if found == 3:
            break
for i in range(3):
    body = base(purpose="Ma %d" % i)
    add("malformed_payload/emv.crc_without_prefix", body + "6304" + crc_hex(body), "CRC computed without 6304")
for i in range(3):
    add("malformed_payload/emv.crc_missing", base(purpose="Khong CRC %d" % i), "no CRC at all")
for junk, what in [(" ", "a space"), ("\n", "a newline"), ("abc", "text"), ("\r\n", "CRLF")]:
    add("malformed_payload/emv.data_after_crc", finish(base()) + junk, "data after the CRC: " + what)
add("malformed_payload/emv.crc_not_last", finish(base()) + "0000", "an empty data object after the CRC")
for i in range(3):
    body = vietqr(amount="20000")
    add62 = tlv("62", tlv("08", "Sau CRC %d" % i))
    tail = "6304" + crc_hex(body + "6304")
    add("malformed_payload/emv.crc_not_last", body + tail + add62, "62 placed after the CRC")
for n in (1, 5, 12, 30):
    p = finish(base())
    add("malformed_payload", p[:-n], "payload cut short by %d characters" % n)
for i in range(3):
    body = base()
    at = body.index("5802VN")
    add("malformed_payload/emv.length_not_numeric", finish(body[:at] + "580AVN" + body[at + 6:]), "length of 58 is not numeric")
for i in range(3):
    body = base()
    at = body.index("5802VN")
    add("malformed_payload/emv.length_mismatch", finish(body[:at] + "5803VN" + body[at + 6:]), "length of 58 one too long")
for i in range(3):
    body = vietqr(amount="30000")
    add("malformed_payload/emv.duplicate_tag", finish(body + tlv("54", "40000")), "amount twice")
for i in range(2):
    body = vietqr()
    add("malformed_payload/emv.pfi_missing", finish(body[6:]), "no payload format indicator")
for i in range(2):
    body = vietqr()
    add("malformed_payload/emv.pfi_not_first", finish(body[6:12] + body[:6] + body[12:]), "00 after 01")
for v in ("02", "00"):
    body = vietqr()
    add("malformed_payload/emv.pfi_value", finish("0002" + v + body[6:]), "00 is " + v)
for v in ("13", "10", "21"):
    body = vietqr()
    add("malformed_payload/emv.poi_value", finish(body[:10] + v + body[12:]), "01 is " + v)
for v, rule in (("VND", "emv.numeric_format"), ("999", "emv.currency_unknown"), ("840", "vietqr.currency"),
                ("7040", "emv.length_range"), ("70", "emv.length_range")):
    add("malformed_payload/" + rule, finish(base().replace("5303704", tlv("53", v))), "53 is " + v)
for v, rule in (("VNM", "emv.length_range"), ("vn", "emv.country_format"), ("US", "vietqr.country"),
                ("84", "emv.country_format"), ("V", "emv.length_range")):
    add("malformed_payload/" + rule, finish(base().replace("5802VN", tlv("58", v))), "58 is " + v)
for v, rule in (("10,000", "emv.amount_syntax"), ("-5000", "emv.amount_syntax"), ("1e5", "emv.amount_syntax"),
                ("10.000", "emv.amount_thousands_separator"), ("1.000.000", "emv.amount_thousands_separator"),
                ("0", "emv.amount_zero"), ("12 000", "emv.amount_syntax"), ("50000VND", "emv.amount_syntax"),
                ("12345678901234", "emv.length_range"), ("+100", "emv.amount_syntax"), ("1..5", "emv.amount_syntax"),
                ("50000.50", "emv.amount_minor_unit"), ("12500.5", "emv.amount_minor_unit")):
    add("malformed_payload/" + rule, finish(vietqr(amount=v)), "54 is " + v)
add("malformed_payload/emv.tip_indicator", finish(vietqr().replace("5802VN", "5502045802VN")), "55 is 04")
add("malformed_payload/emv.fee_missing", finish(vietqr().replace("5802VN", "5502025802VN")), "55=02 without 56")
add("malformed_payload/emv.fee_percentage", finish(vietqr().replace("5802VN", "550203" + tlv("57", "150") + "5802VN")), "57 above 99.99")
for name, rule in (("CONG TY TNHH THUONG MAI DICH VU ABC", "emv.length_range"), ("Cà phê Sữa", "emv.charset"),
                   ("Nguyễn Văn A", "emv.charset")):
    add("malformed_payload/" + rule, finish(vietqr(name=name, city="HA NOI", mcc="5812")), "59 is " + name)
for city, rule in (("THANH PHO HO CHI MINH", "emv.length_range"), ("Hà Nội", "emv.charset")):
    add("malformed_payload/" + rule, finish(vietqr(name="SHOP ABC", city=city)), "60 is " + city)
for purpose, rule in (("Chuyển tiền", "emv.charset"), ("Thanh toan don hang so 123456789", "emv.length_range"),
                      ("Tab\there", "emv.charset")):
    add("malformed_payload/" + rule, finish(vietqr(amount="10000", purpose=purpose)), "62.08 is " + purpose)
for guid in ("A000000728", "a000000727", "A00000072"):
    add("malformed_payload/vietqr.guid", finish(vietqr(guid=guid)), "38.00 is " + guid)
for b, rule in (("97041", "vietqr.bin_format"), ("97A416", "vietqr.bin_format"), ("9704160", "vietqr.bin_format")):
    add("malformed_payload/" + rule, finish(vietqr(bin_=b)), "BIN " + b)
add("malformed_payload/emv.length_range", finish(vietqr(acct="12345678901234567890")), "account of 20 characters")
for s in ("QRIBFT", "QRIBFTTB", "IBFT", "qribftta"):
    add("malformed_payload/vietqr.service_unknown", finish(vietqr(service=s)), "service " + s)
add("malformed_payload/vietqr.service_missing", finish(vietqr(service=None)), "no service code")
add("malformed_payload/emv.mandatory_missing", finish(tlv("00", "01") + tlv("01", "11") + tlv("38", tlv("00", "A000000727") + tlv("01", tlv("00", "970436")) + tlv("02", "QRIBFTTA")) + "5303704" + "5802VN"),
    "no account number")
add("malformed_payload/emv.mandatory_missing", finish(base().replace("5303704", "")), "no currency")
add("malformed_payload/emv.mandatory_missing", finish(base().replace("5802VN", "")), "no country")
add("malformed_payload/emv.merchant_account_missing", finish(tlv("00", "01") + tlv("01", "11") + "5303704" + "5802VN"), "no account template at all")
add("malformed_payload/emv.consumer_data_request", finish(vietqr().replace("5802VN", "5802VN" + tlv("62", tlv("09", "AXZ")))), "62.09 AXZ")
add("malformed_payload/emv.mandatory_missing", finish(vietqr(extra_top=tlv("64", tlv("01", "Ten")))), "64 without language")
add("malformed_payload/emv.leading_data", " " + finish(vietqr()), "a space before 000201")
add("malformed_payload/emv.empty_value", finish(vietqr().replace("5802VN", "54005802VN")), "54 with length 00")
add("malformed_payload/emv.value_past_end", finish(vietqr())[:-8] + "62990811Chuyen tien", "62 length runs past the end")
add("malformed_payload/vietqr.wrong_template", finish(vietqr().replace("38", "27", 1)), "NAPAS template under 27")

# --- wrong account
for i in range(6):
    b = ["970499", "123456", "970401", "999999", "970490", "888888"][i]
    assert b not in ALL_BINS
    add("wrong_account/account.bin_unknown", finish(vietqr(bin_=b)), "unknown BIN " + b)
for i in range(4):
    b = rng.choice(DOMESTIC)
    good = card_for(b)
    bad = good[:-1] + str((int(good[-1]) + 3) % 10)
    add("wrong_account/account.card_luhn", finish(vietqr(bin_=b, acct=bad, service="QRIBFTTC")), "card fails Luhn")
for i in range(4):
    b, other = rng.sample(DOMESTIC, 2)
    codes = {x["bin"]: x["code"] for x in BANKS}
    if codes[b] == codes[other]:
        continue
    add("wrong_account/account.card_other_bank", finish(vietqr(bin_=b, acct=card_for(other), service="QRIBFTTC")), "card of another bank")
add("wrong_account/account.account_characters", finish(vietqr(acct="0011 0019 32418")), "account typed with spaces")
add("wrong_account/account.account_characters", finish(vietqr(acct="1903-5567-8890")), "account typed with dashes")
add("wrong_account/account.card_not_digits", finish(vietqr(bin_="970436", acct="9704 3610 1759", service="QRIBFTTC")), "card with spaces")
add("wrong_account/account.card_length", finish(vietqr(bin_="970436", acct=luhn_complete("97043610175"), service="QRIBFTTC")), "card of 12 digits")
add("wrong_account/account.card_not_domestic", finish(vietqr(bin_="970436", acct=luhn_complete("411111111111111"), service="QRIBFTTC")), "Visa card in a VietQR card transfer")
for i in range(3):
    acct = account()
    b = rng.choice(ON_VIETQR)
    other_bin = rng.choice([x for x in ON_VIETQR if x != b])
    add("wrong_account/account.expect_bin", finish(vietqr(bin_=b, acct=acct)), "bank differs from the merchant's", "expect=%s:%s" % (other_bin, acct))
    add("wrong_account/account.expect_account", finish(vietqr(bin_=b, acct=acct)), "account differs", "expect=%s:%s" % (b, acct[:-1] + str((int(acct[-1]) + 1) % 10)))
    add("wrong_account/account.expect_both", finish(vietqr(bin_=b, acct=acct)), "bank and account differ", "expect=%s:%s" % (other_bin, account()))
    add("pass", finish(vietqr(bin_=b, acct=acct)), "matches the merchant's account", "expect=%s:%s" % (b, acct))
for b in OFF_VIETQR[:3]:
    add("pass", finish(vietqr(bin_=b)), "bank listed with vietqr_status 0: an info note only")

# --- expiry
for i in range(3):
    ref = "ORD%05d" % rng.randrange(10**5)
    add("expired/expiry.expired", finish(vietqr(amount="99000", reference=ref)), "order expired",
        "now=%s;order=%s@2026-11-22T09:45:00+07:00" % (NOW, ref))
    add("pass", finish(vietqr(amount="99000", reference=ref)), "order still valid",
        "now=%s;order=%s@2026-11-22T10:15:00+07:00" % (NOW, ref))
    bill = "HD%05d" % rng.randrange(10**5)
    add("expired/expiry.expired", finish(vietqr(amount="45000", bill=bill)), "order by bill number expired",
        "now=%s;order=%s@2026-11-21T23:00:00+07:00" % (NOW, bill))
add("expired/expiry.expired", finish(vietqr(amount="10000")), "issued 20 minutes ago with 15 min TTL",
    "now=%s;issued_at=2026-11-22T09:40:00+07:00;ttl=15m" % NOW)
add("pass", finish(vietqr(amount="10000")), "issued 5 minutes ago with 15 min TTL",
    "now=%s;issued_at=2026-11-22T09:55:00+07:00;ttl=15m" % NOW)
add("expired/expiry.dynamic_on_standee", finish(vietqr(amount="10000")), "dynamic code printed on a standee", "standee")
add("pass", finish(vietqr()), "static code on a standee", "standee")
past_paynow = tlv("00", "SG.PAYNOW") + tlv("01", "2") + tlv("02", "201403121W") + tlv("03", "0") + tlv("04", "20251231")
add("expired/expiry.expired", finish(tlv("00", "01") + tlv("01", "12") + tlv("26", past_paynow) + tlv("52", "0000") +
                                     tlv("53", "702") + tlv("54", "5") + tlv("58", "SG") + tlv("59", "ACME") +
                                     tlv("60", "Singapore")), "PayNow expiry date passed", "now=" + NOW)

# --- not a payment code
for text in ("https://vietqr.net", "http://example.com/pay?id=1", "WIFI:S:QuanCafe;T:WPA;P:12345678;;",
             "BEGIN:VCARD\nVERSION:3.0\nFN:Nguyen Van A\nEND:VCARD", "Xin chao", "tel:+84901234567",
             "Chuyen khoan vao STK 0123456789 Vietcombank"):
    add("malformed_payload/payload.not_payment", text, "not a payment code")

print_tsv(rows)
