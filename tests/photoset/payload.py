"""EMV MPM / VietQR payload building: valid payloads and labelled defects.

Built from shared/docs/payment-qr.md only. Every function takes a numpy
RandomState so payloads are deterministic per image seed.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def _banks_path():
    # In the qrdiag repo (tests/photoset/) the same NAPAS list is libqrdiag/data/banks.csv.
    for p in (os.path.join(HERE, '..', '..', 'libqrdiag', 'data', 'banks.csv'),
              os.path.join(HERE, '..', '..', 'shared', 'data', 'banks.csv'),
              '/work/shared/data/banks.csv'):
        if os.path.exists(p):
            return p
    raise FileNotFoundError('banks.csv')


def load_banks():
    with open(_banks_path(), encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    return rows


BANKS = load_banks()
KNOWN_BINS = sorted({r['bin'] for r in BANKS})
LIVE = [r for r in BANKS if r['vietqr_status'] == '1']


def crc16(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no xorout."""
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


assert crc16(b'123456789') == 0x29B1


def tlv(tag, value):
    return '%s%02d%s' % (tag, len(value), value)


def with_crc(body):
    s = body + '6304'
    return s + '%04X' % crc16(s.encode('utf-8'))


def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def _digits(rng, n):
    return ''.join(str(int(x)) for x in rng.randint(0, 10, n))


def _pick(rng, seq):
    return seq[int(rng.randint(0, len(seq)))]


SHOPS = ['PHO HA NOI', 'CAFE MOC', 'TAP HOA MINH ANH', 'BANH MI 24', 'COM TAM SAI GON',
         'NHA THUOC AN KHANG', 'TRA SUA NHA LAM', 'QUAN BUN BO HUE', 'SUA XE HOANG',
         'TIEM VANG KIM', 'HOA QUA SACH', 'KARAOKE SAO MAI', 'BAKERY LY LY']
CITIES = ['HA NOI', 'HO CHI MINH', 'DA NANG', 'HAI PHONG', 'CAN THO', 'HUE', 'NHA TRANG', 'VUNG TAU']
PURPOSES = ['Chuyen tien', 'Thanh toan don hang', 'Tien an trua', 'Hoc phi thang 9',
            'Tien nha', 'Mua hang', 'Ung ho', 'TT hoa don']


def account_for(rng, bank):
    """A plausible account number (digits, sometimes wallet letters)."""
    code = bank['code']
    if code in ('MOMO',) or (bank['bin'].startswith('971') and rng.rand() < 0.5):
        return 'PSP' + _digits(rng, int(rng.randint(8, 14)))
    return _digits(rng, int(_pick(rng, [8, 9, 10, 12, 13, 14])))


def card_for(rng, bin6):
    body = bin6 + _digits(rng, 9)
    return body + luhn_digit(body)


def vietqr_fields(rng, bank=None, service=None, account=None, dynamic=None, extra=0):
    """Return an ordered list of (tag, value) for a valid VietQR payload.
    Templates are stored pre-serialised as strings."""
    bank = bank or _pick(rng, LIVE)
    if service is None:
        service = 'QRIBFTTC' if (rng.rand() < 0.15 and bank['bin'].startswith('9704')) else 'QRIBFTTA'
    if account is None:
        account = card_for(rng, bank['bin']) if service == 'QRIBFTTC' else account_for(rng, bank)
    t38 = tlv('00', 'A000000727') + tlv('01', tlv('00', bank['bin']) + tlv('01', account)) + tlv('02', service)
    amount = None
    if dynamic is None:
        dynamic = rng.rand() < 0.5
    if dynamic:
        amount = str(int(rng.choice([15000, 20000, 35000, 50000, 99000, 120000, 250000, 1500000, 3200000])) +
                     int(rng.randint(0, 20)) * 1000)
    f = [('00', '01'), ('01', '12' if dynamic else '11'), ('38', t38), ('53', '704')]
    if amount:
        f.append(('54', amount))
    f.append(('58', 'VN'))
    if extra >= 1:
        f.append(('59', _pick(rng, SHOPS)[:25]))
        f.append(('60', _pick(rng, CITIES)[:15]))
    add = ''
    if dynamic or extra >= 1 or rng.rand() < 0.4:
        add += tlv('08', (_pick(rng, PURPOSES) + ' ' + _digits(rng, int(rng.randint(0, 8))))[:25].strip())
    if extra >= 2:
        add = tlv('01', 'HD' + _digits(rng, 10)) + tlv('05', 'REF' + _digits(rng, 12)) + \
              tlv('07', 'POS' + _digits(rng, 3)) + add
    if add:
        f.append(('62', add))
    if extra >= 3:
        f.append(('64', tlv('00', 'vi') + tlv('01', _pick(rng, SHOPS).title()[:25]) + tlv('02', _pick(rng, CITIES).title()[:15])))
    return f, {'bank': bank, 'account': account, 'service': service}


def vnpay_fields(rng):
    """VNPAY-QR merchant code (template 26), dynamic with bill number."""
    t26 = tlv('00', 'A000000775') + tlv('01', '0' + _digits(rng, 9))
    f = [('00', '01'), ('01', '12'), ('26', t26), ('52', _pick(rng, ['5812', '5411', '5814', '5912', '7011'])),
         ('53', '704'), ('54', str(int(rng.randint(20, 900)) * 1000)), ('58', 'VN'),
         ('59', _pick(rng, SHOPS)[:25]), ('60', _pick(rng, CITIES)[:15]),
         ('62', tlv('01', 'HD' + _digits(rng, 8)) + tlv('03', 'CH' + _digits(rng, 4)) +
          tlv('05', _digits(rng, 14)) + tlv('07', 'POS' + _digits(rng, 2)))]
    return f


def serialise(fields):
    return ''.join(tlv(t, v) for t, v in fields)


def valid_payload(rng, target_len=None):
    """A valid VietQR (mostly) or VNPAY-QR payload, length roughly 100-300."""
    if rng.rand() < 0.15:
        return with_crc(serialise(vnpay_fields(rng))), 'valid VNPAY-QR merchant code'
    extra = int(rng.choice([0, 0, 1, 2, 3]))
    f, info = vietqr_fields(rng, extra=extra)
    kind = 'dynamic' if dict(f)['01'] == '12' else 'static'
    return with_crc(serialise(f)), 'valid %s VietQR %s %s bin %s' % (kind, info['service'], info['bank']['short_name'], info['bank']['bin'])


# ----------------------------------------------------------------- defects
def _replace(fields, tag, value):
    return [(t, value if t == tag else v) for t, v in fields]


def malformed(rng, kind=None):
    kinds = ['stale_crc', 'lower_crc', 'crc_no_prefix', 'crc_3digits', 'len_too_long', 'len_too_short',
             'len_not_digits', 'truncated', 'trailing_after_crc', 'duplicate_id', 'no_00_first',
             'missing_crc', 'missing_53', 'missing_58', 'missing_guid', 'no_account_template',
             'wrong_currency', 'wrong_country', 'bad_amount', 'bad_poi', 'diacritics', 'long_name',
             'wrong_guid', 'unknown_service', 'tip_without_fee', 'pct_out_of_range', 'account_too_long']
    kind = kind or _pick(rng, kinds)
    f, info = vietqr_fields(rng, extra=int(rng.randint(0, 3)))
    body = serialise(f)
    good = with_crc(body)
    if kind == 'stale_crc':
        # edit the amount / purpose after computing CRC
        f2 = [x for x in f if x[0] != '54'] if '54' in dict(f) else f
        crc_src = with_crc(serialise(f2))[-4:] if f2 is not f else '%04X' % ((int(good[-4:], 16) + 1 + int(rng.randint(0, 60000))) & 0xFFFF)
        p = good[:-4] + crc_src
        if p == good:
            p = good[:-4] + '%04X' % (int(good[-4:], 16) ^ 0x1111)
        return p, 'CRC does not match the payload (stale checksum)'
    if kind == 'lower_crc':
        for i in range(200):
            if any(c in 'ABCDEF' for c in good[-4:]):
                break
            f = _replace(f, '62', tlv('08', 'Chuyen tien ' + _digits(rng, 6)))
            if '62' not in dict(f):
                f.append(('62', tlv('08', 'Chuyen tien ' + _digits(rng, 6))))
            good = with_crc(serialise(f))
        return good[:-4] + good[-4:].lower(), 'CRC written in lower-case hex (%s)' % good[-4:].lower()
    if kind == 'crc_no_prefix':
        body = serialise(f)
        return body + '6304' + '%04X' % crc16(body.encode()), 'CRC computed without the "6304" prefix'
    if kind == 'crc_3digits':
        for i in range(5000):
            fi = [x for x in f if x[0] != '62'] + [('62', tlv('08', 'TT don ' + _digits(rng, 8)))]
            fi = sorted(fi, key=lambda x: x[0]) if False else fi
            p = with_crc(serialise(fi))
            if p[-4] == '0':
                return p[:-4] + p[-3:], 'CRC printed without its leading zero (3 hex digits, payload one char short)'
        return good[:-4] + good[-3:], 'CRC truncated to 3 digits'
    if kind in ('len_too_long', 'len_too_short'):
        tag = _pick(rng, ['58', '53', '62', '38'] if '62' in dict(f) else ['58', '53', '38'])
        d = 1 if kind == 'len_too_long' else -1
        parts = []
        for t, v in f:
            if t == tag:
                parts.append('%s%02d%s' % (t, len(v) + d, v))
            else:
                parts.append(tlv(t, v))
        return with_crc(''.join(parts)), 'tag %s declares length %s by one (%s)' % (tag, 'too long' if d > 0 else 'too short', kind)
    if kind == 'len_not_digits':
        parts = [('%s%s%s' % (t, _pick(rng, ['0A', ' 3', 'X3'])[:2] if t == '53' else '%02d' % len(v), v)) for t, v in f]
        return with_crc(''.join(parts)), 'tag 53 length field is not two digits'
    if kind == 'truncated':
        p = good
        cut = int(rng.randint(6, 20))
        return p[:-cut], 'payload truncated by %d chars (CRC / last value runs past the end)' % cut
    if kind == 'trailing_after_crc':
        return good + _pick(rng, ['0000', ' ', '\\n', 'ABC', '6304']), 'trailing data after the CRC'
    if kind == 'duplicate_id':
        i = [t for t, _ in f].index('53')
        f2 = f[:i + 1] + [('53', '704')] + f[i + 1:]
        return with_crc(serialise(f2)), 'tag 53 appears twice'
    if kind == 'no_00_first':
        f2 = f[1:2] + f[0:1] + f[2:]
        return with_crc(serialise(f2)), 'payload format indicator 00 is not the first object'
    if kind == 'missing_crc':
        return body, 'CRC object 63 missing'
    if kind in ('missing_53', 'missing_58'):
        tag = kind[-2:]
        return with_crc(serialise([x for x in f if x[0] != tag])), 'mandatory tag %s missing' % tag
    if kind == 'missing_guid':
        acct = info['account']
        t38 = tlv('01', tlv('00', info['bank']['bin']) + tlv('01', acct)) + tlv('02', info['service'])
        return with_crc(serialise(_replace(f, '38', t38))), 'template 38 has no GUID (38.00 missing)'
    if kind == 'no_account_template':
        return with_crc(serialise([x for x in f if x[0] != '38'])), 'no merchant account information (template 38 missing)'
    if kind == 'wrong_currency':
        v = _pick(rng, ['VND', '840', '000', '70'])
        return with_crc(serialise(_replace(f, '53', v))), 'transaction currency 53 = %r (VND is 704)' % v
    if kind == 'wrong_country':
        v = _pick(rng, ['VNM', 'vn', 'V', '84'])
        return with_crc(serialise(_replace(f, '58', v))), 'country code 58 = %r' % v
    if kind == 'bad_amount':
        v = _pick(rng, ['100,000', '-50000', '1e5', '50.000.000', '12 000', '3.5.0', 'VND50000'])
        f2 = [x for x in f if x[0] != '54']
        i = [t for t, _ in f2].index('53')
        f2 = f2[:i + 1] + [('54', v)] + f2[i + 1:]
        f2 = _replace(f2, '01', '12')
        return with_crc(serialise(f2)), 'transaction amount 54 = %r has bad syntax' % v
    if kind == 'bad_poi':
        v = _pick(rng, ['13', '10', '21', '1'])
        return with_crc(serialise(_replace(f, '01', v))), 'point of initiation 01 = %r (must be 11 or 12)' % v
    if kind == 'diacritics':
        txt = _pick(rng, ['Chuyển tiền', 'Thanh toán đơn hàng', 'Tiền ăn trưa', 'Học phí'])
        f2 = [x for x in f if x[0] != '62'] + [('62', tlv('08', txt))]
        return with_crc(serialise(f2)), 'non-ASCII (Vietnamese diacritics) in 62.08 purpose %r' % txt
    if kind == 'long_name':
        name = (_pick(rng, SHOPS) + ' ' + _pick(rng, SHOPS))[:int(rng.randint(28, 40))]
        f2 = [x for x in f if x[0] not in ('59', '60', '62', '64')]
        f2 += [('59', name), ('60', _pick(rng, CITIES))]
        return with_crc(serialise(f2)), 'merchant name 59 is %d chars (max 25)' % len(name)
    if kind == 'wrong_guid':
        g = _pick(rng, ['A000000728', 'A00000072', 'A000000772', 'A0000007270'])
        t38 = tlv('00', g) + tlv('01', tlv('00', info['bank']['bin']) + tlv('01', info['account'])) + tlv('02', info['service'])
        return with_crc(serialise(_replace(f, '38', t38))), 'template 38 GUID %r is not NAPAS A000000727' % g
    if kind == 'unknown_service':
        s = _pick(rng, ['QRIBFTTX', 'QRIBFT', 'IBFTTA', 'QRTRANSFER'])
        t38 = tlv('00', 'A000000727') + tlv('01', tlv('00', info['bank']['bin']) + tlv('01', info['account'])) + tlv('02', s)
        return with_crc(serialise(_replace(f, '38', t38))), 'unknown VietQR service code 38.02 = %r' % s
    if kind == 'tip_without_fee':
        f2 = [x for x in f if x[0] not in ('54', '55')]
        i = [t for t, _ in f2].index('53')
        f2 = f2[:i + 1] + [('54', '50000'), ('55', '02')] + f2[i + 1:]
        f2 = _replace(f2, '01', '12')
        return with_crc(serialise(f2)), 'tip indicator 55=02 (fixed fee) without tag 56'
    if kind == 'pct_out_of_range':
        v = _pick(rng, ['150', '0', '-5', '100.5'])
        f2 = [x for x in f if x[0] not in ('54', '55', '57')]
        i = [t for t, _ in f2].index('53')
        f2 = f2[:i + 1] + [('54', '80000'), ('55', '03'), ('57', v)] + f2[i + 1:]
        f2 = _replace(f2, '01', '12')
        return with_crc(serialise(f2)), 'convenience fee percentage 57 = %r out of 00.01-99.99' % v
    if kind == 'account_too_long':
        acct = _digits(rng, int(rng.randint(20, 26)))
        t38 = tlv('00', 'A000000727') + tlv('01', tlv('00', info['bank']['bin']) + tlv('01', acct)) + tlv('02', 'QRIBFTTA')
        return with_crc(serialise(_replace(f, '38', t38))), 'account 38.01.01 is %d chars (max 19)' % len(acct)
    raise ValueError(kind)


def unknown_bin(rng):
    while True:
        b = _pick(rng, ['9704', '9704', '9710', '9633', '1234', '5460']) + _digits(rng, 2)
        if b not in KNOWN_BINS:
            return b


def wrong_account(rng, kind=None):
    kinds = ['unknown_bin', 'unknown_bin', 'unknown_bin', 'card_luhn', 'card_other_bank', 'account_zeros', 'account_short']
    kind = kind or _pick(rng, kinds)
    extra = int(rng.randint(0, 3))
    if kind == 'unknown_bin':
        b = unknown_bin(rng)
        fake = {'bin': b, 'code': '?', 'short_name': '?'}
        f, info = vietqr_fields(rng, bank=fake, service='QRIBFTTA', account=_digits(rng, int(rng.randint(8, 14))), extra=extra)
        return with_crc(serialise(f)), 'bank BIN %s is in no NAPAS list' % b
    bank = _pick(rng, [r for r in LIVE if r['bin'].startswith('9704')])
    if kind == 'card_luhn':
        c = card_for(rng, bank['bin'])
        c = c[:-1] + str((int(c[-1]) + 1 + int(rng.randint(0, 8))) % 10)
        f, _ = vietqr_fields(rng, bank=bank, service='QRIBFTTC', account=c, extra=extra)
        return with_crc(serialise(f)), 'card number %s (QRIBFTTC, %s) fails the Luhn check' % (c, bank['short_name'])
    if kind == 'card_other_bank':
        other = _pick(rng, [r for r in LIVE if r['bin'].startswith('9704') and r['bin'] != bank['bin']])
        c = card_for(rng, other['bin'])
        f, _ = vietqr_fields(rng, bank=bank, service='QRIBFTTC', account=c, extra=extra)
        return with_crc(serialise(f)), 'card number %s belongs to BIN %s but code names %s %s' % (c, other['bin'], bank['short_name'], bank['bin'])
    if kind == 'account_zeros':
        a = '0' * int(rng.randint(8, 13))
        f, _ = vietqr_fields(rng, bank=bank, service='QRIBFTTA', account=a, extra=extra)
        return with_crc(serialise(f)), 'account number is all zeros (%s) at %s' % (a, bank['short_name'])
    if kind == 'account_short':
        a = _digits(rng, int(rng.randint(2, 4)))
        f, _ = vietqr_fields(rng, bank=bank, service='QRIBFTTA', account=a, extra=extra)
        return with_crc(serialise(f)), 'account number %r too short to exist at %s' % (a, bank['short_name'])
    raise ValueError(kind)


def expired(rng):
    """Dynamic codes whose payload states an expiry in the past.
    PayNow (SG) writes the expiry YYYYMMDD in template 26 sub-ID 04."""
    y = int(rng.choice([2023, 2024, 2025, 2026]))
    m = int(rng.randint(1, 13)) if y < 2026 else int(rng.randint(1, 11))
    d = int(rng.randint(1, 29))
    exp = '%04d%02d%02d' % (y, m, d)
    uen = _digits(rng, 9) + _pick(rng, list('ABCDEKMNRWZ'))
    t26 = tlv('00', 'SG.PAYNOW') + tlv('01', '2') + tlv('02', uen) + tlv('03', _pick(rng, ['0', '1'])) + tlv('04', exp)
    amt = '%d.%02d' % (int(rng.randint(3, 400)), int(rng.randint(0, 100)))
    f = [('00', '01'), ('01', '12'), ('26', t26), ('52', '0000'), ('53', '702'), ('54', amt), ('58', 'SG'),
         ('59', _pick(rng, ['NERD CAFE PTE LTD', 'KOPI CORNER', 'ACME PTE LTD', 'HAWKER STALL 12'])),
         ('60', 'Singapore')]
    if rng.rand() < 0.7:
        f.append(('62', tlv('01', 'INV' + _digits(rng, 6))))
    return with_crc(serialise(f)), 'dynamic PayNow code (26.04) expired on %s-%s-%s' % (exp[:4], exp[4:6], exp[6:])


CAUSE_CYCLE = 'MWEMWMEMWE'  # per 10 images: 4 malformed, 3 wrong account, 3 expired


def defective(rng, attempt=0, idx=None):
    """Pick a payload-class defect. Returns (payload, expected_cause, description)."""
    r = rng.rand()
    if idx is not None:
        r = {'M': 0.0, 'W': 0.6, 'E': 0.9}[CAUSE_CYCLE[idx % len(CAUSE_CYCLE)]]
    if r < 0.55:
        p, d = malformed(rng)
        return p, 'malformed_payload', d
    if r < 0.82:
        p, d = wrong_account(rng)
        return p, 'wrong_account', d
    p, d = expired(rng)
    return p, 'expired', d
