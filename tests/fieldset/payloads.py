"""The VietQR payloads the codes carry: two taken from real merchants' codes, five built here."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "payloads"))
from emv_build import crc_hex, finish, tlv  # noqa: E402


def vietqr(bin_, acct, name, city, amount=None, svc='QRIBFTTA'):
    t38 = tlv('00', 'A000000727') + tlv('01', tlv('00', bin_) + tlv('01', acct)) + tlv('02', svc)
    s = tlv('00', '01') + tlv('01', '12' if amount else '11') + tlv('38', t38) + tlv('53', '704')
    if amount:
        s += tlv('54', amount)
    return finish(s + tlv('58', 'VN') + tlv('59', name) + tlv('60', city))

GIVEN = [
    '00020101021138600010A00000072701300006970419011697041941345569690208QRIBFTTC53037045802VN5918BUN CHA HUONG LIEN6007CAN THO63046220',
    '00020101021138580010A000000727012800069704370114100764612501470208QRIBFTTA53037045802VN5915DUONG MINH CHAU6006DA LAT63041550',
]
assert crc_hex(GIVEN[0][:-4]) == '6220'
assert crc_hex(GIVEN[1][:-4]) == '1550'

MINE = [
    (vietqr('970436', '1023456789', 'PHO GIA TRUYEN', 'HA NOI'), 'Vietcombank', 'PHO GIA TRUYEN', '1023456789'),
    (vietqr('970415', '108004567123', 'COM TAM BA GHIEN', 'HO CHI MINH', amount='45000'), 'VietinBank', 'COM TAM BA GHIEN', '108004567123'),
    (vietqr('970422', '0901234567', 'TAP HOA MINH ANH', 'DA NANG'), 'MB Bank', 'TAP HOA MINH ANH', '0901234567'),
    (vietqr('970407', '19034567890012', 'CA PHE VOT', 'HAI PHONG', amount='120000'), 'Techcombank', 'CA PHE VOT', '19034567890012'),
    (vietqr('970418', '21510001234567', 'BANH MI PHUONG', 'HOI AN'), 'BIDV', 'BANH MI PHUONG', '21510001234567'),
]
PAYLOADS = [(GIVEN[0], 'NCB', 'BUN CHA HUONG LIEN', '9704194134556969'),
            (GIVEN[1], 'HDBank', 'DUONG MINH CHAU', '10076461250147')] + MINE
