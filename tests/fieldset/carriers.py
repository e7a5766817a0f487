"""The things a code is printed on or shown by: standee, sticker, A4 sheet, poster, receipt, phone, monitor.

Each card_* returns (card image, alpha mask or None, top-left of the symbol block on the card)."""
import cv2
import numpy as np

from drawing import BRANDS, DARK_ARTS, WORDS, put, text_lines


def decorate(card, rng, style, accent=None):
    h, w = card.shape[:2]
    s = min(h, w)
    accent = accent or tuple(int(c) for c in rng.integers(60, 255, 3))
    if style in ('pattern', 'busy'):
        for _ in range(int(rng.integers(15, 40))):
            c = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            r = int(s * rng.uniform(0.02, 0.12))
            t = rng.integers(3)
            if t == 0:
                cv2.circle(card, c, r, accent, max(1, s // 150), cv2.LINE_AA)
            elif t == 1:
                cv2.ellipse(card, c, (r, r // 3), float(rng.uniform(0, 180)), 0, 360, accent, -1, cv2.LINE_AA)
            else:
                cv2.line(card, c, (c[0] + r * 2, c[1] + r), accent, max(1, s // 100), cv2.LINE_AA)
    if style == 'busy':
        for _ in range(int(rng.integers(8, 20))):
            col = tuple(int(c) for c in rng.integers(0, 255, 3))
            x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
            cv2.rectangle(card, (x, y), (x + int(rng.integers(s // 20, s // 4)), y + int(rng.integers(s // 20, s // 4))), col, -1)
        for i in range(0, w + h, max(4, s // 25)):
            if rng.random() < 0.5:
                cv2.line(card, (i, 0), (i - h, h), tuple(int(c) for c in rng.integers(0, 255, 3)), max(1, s // 80))
        for _ in range(int(rng.integers(5, 12))):
            put(card, WORDS[int(rng.integers(len(WORDS)))], (rng.integers(0, w), rng.integers(0, h)), s / 500,
                tuple(int(c) for c in rng.integers(0, 255, 3)), s / 250, rng=rng)


def paste(card, block, x, y):
    h, w = block.shape[:2]
    card[y:y + h, x:x + w] = block


def card_standee(rng, block, bank, name, acct, art='plain', color=None):
    B = block.shape[0]
    W = int(B * rng.uniform(1.25, 1.45)); H = int(B * rng.uniform(1.65, 1.9))
    color = color or BRANDS[int(rng.integers(len(BRANDS)))]
    card = np.empty((H, W, 3), np.uint8); card[:] = color
    decorate(card, rng, art)
    put(card, 'VietQR', (W * 0.08, H * 0.1), B / 220, (255, 255, 255), B / 120, cv2.FONT_HERSHEY_DUPLEX)
    put(card, 'napas 247', (W * 0.62, H * 0.1), B / 380, (255, 255, 255), B / 220, cv2.FONT_HERSHEY_SIMPLEX)
    put(card, bank, (W * 0.08, H * 0.16), B / 400, (230, 230, 230), B / 250, cv2.FONT_HERSHEY_SIMPLEX)
    x0, y0 = (W - B) // 2, int(H * 0.2)
    paste(card, block, x0, y0)
    put(card, name, (W * 0.08, y0 + B + H * 0.07), B / 330, (255, 255, 255), B / 200, cv2.FONT_HERSHEY_DUPLEX)
    put(card, 'STK: ' + acct, (W * 0.08, y0 + B + H * 0.12), B / 400, (240, 240, 240), B / 250, cv2.FONT_HERSHEY_SIMPLEX)
    return card, None, (x0, y0)


def card_sticker(rng, block, bank, name, acct, art='plain', color=None):
    B = block.shape[0]
    pad = int(B * rng.uniform(0.08, 0.18))
    W = B + 2 * pad; H = B + 2 * pad + int(B * 0.22)
    color = color or BRANDS[int(rng.integers(len(BRANDS)))]
    card = np.empty((H, W, 3), np.uint8); card[:] = color
    decorate(card, rng, art)
    put(card, 'QUET MA THANH TOAN', (pad, int(B * 0.14)), B / 450, (255, 255, 255), B / 250, cv2.FONT_HERSHEY_SIMPLEX)
    paste(card, block, pad, int(B * 0.2))
    put(card, bank + ' - ' + acct, (pad, H - pad // 2), B / 500, (255, 255, 255), B / 300, cv2.FONT_HERSHEY_SIMPLEX)
    alpha = np.zeros((H, W), np.float32)
    r = int(min(H, W) * 0.06)
    cv2.rectangle(alpha, (r, 0), (W - r, H), 1, -1); cv2.rectangle(alpha, (0, r), (W, H - r), 1, -1)
    for cx, cy in [(r, r), (W - r, r), (r, H - r), (W - r, H - r)]:
        cv2.circle(alpha, (cx, cy), r, 1, -1, cv2.LINE_AA)
    return card, alpha, (pad, int(B * 0.2))


def card_a4(rng, block, bank, name, acct, art='plain', color=None):
    B = block.shape[0]
    W = int(B * rng.uniform(1.5, 1.9)); H = int(W * 1.414)
    card = np.empty((H, W, 3), np.uint8); card[:] = color or (238, 242, 244)
    if art != 'plain':
        band = np.empty((int(H * 0.65), W, 3), np.uint8); band[:] = color or DARK_ARTS[int(rng.integers(len(DARK_ARTS)))]
        decorate(band, rng, art)
        card[int(H * 0.18):int(H * 0.18) + band.shape[0]] = band
    put(card, 'THANH TOAN CHUYEN KHOAN', (W * 0.06, H * 0.08), W / 900, (30, 30, 30), W / 400, cv2.FONT_HERSHEY_DUPLEX)
    put(card, 'Quet ma QR bang ung dung ngan hang', (W * 0.06, H * 0.13), W / 1500, (60, 60, 60), W / 700, cv2.FONT_HERSHEY_SIMPLEX)
    x0, y0 = (W - B) // 2, int(H * 0.22)
    paste(card, block, x0, y0)
    for i, t in enumerate(['Chu TK: ' + name, 'So TK: ' + acct, 'Ngan hang: ' + bank]):
        put(card, t, (W * 0.1, y0 + B + H * (0.06 + 0.045 * i)), W / 1300, (30, 30, 30), W / 600, cv2.FONT_HERSHEY_SIMPLEX)
    return card, None, (x0, y0)


def card_poster(rng, block, bank, name, acct, art='busy', color=None):
    B = block.shape[0]
    W = int(B * rng.uniform(2.2, 2.8)); H = int(W * rng.uniform(1.3, 1.5))
    card = np.empty((H, W, 3), np.uint8)
    c1 = np.array(color or BRANDS[int(rng.integers(len(BRANDS)))], np.float32)
    c2 = np.array(BRANDS[int(rng.integers(len(BRANDS)))], np.float32)
    t = np.linspace(0, 1, H, dtype=np.float32)[:, None, None]
    card[:] = (c1 * (1 - t) + c2 * t).astype(np.uint8)
    decorate(card, rng, art)
    put(card, WORDS[int(rng.integers(len(WORDS)))], (W * 0.05, H * 0.12), W / 500, (255, 255, 255), W / 180, cv2.FONT_HERSHEY_TRIPLEX)
    put(card, WORDS[int(rng.integers(len(WORDS)))], (W * 0.05, H * 0.22), W / 900, (240, 250, 255), W / 300, cv2.FONT_HERSHEY_DUPLEX)
    x0 = int(rng.choice([W * 0.06, W - B - W * 0.06])); y0 = int(H - B - H * rng.uniform(0.05, 0.12))
    paste(card, block, x0, y0)
    return card, None, (x0, y0)


def card_receipt(rng, block, bank, name, acct, art='plain', color=None):
    B = block.shape[0]
    W = int(B * rng.uniform(1.15, 1.3)); H = int(B * rng.uniform(2.4, 2.9))
    card = np.empty((H, W, 3), np.uint8); card[:] = color or (235, 240, 242)
    ink = (70, 70, 70)
    put(card, name, (W * 0.06, H * 0.05), W / 700, ink, W / 300, cv2.FONT_HERSHEY_DUPLEX)
    text_lines(card, rng, int(W * 0.06), int(H * 0.07), int(W * 0.94), int(H * 0.45), ink, scale=W / 1000, prices=True)
    put(card, 'TONG CONG  %d.000' % rng.integers(50, 900), (W * 0.06, H * 0.49), W / 650, ink, W / 300, cv2.FONT_HERSHEY_SIMPLEX)
    x0, y0 = (W - B) // 2, int(H * 0.52)
    paste(card, block, x0, y0)
    put(card, 'CAM ON QUY KHACH', (W * 0.2, min(H - 10, y0 + B + H * 0.05)), W / 800, ink, W / 400, cv2.FONT_HERSHEY_SIMPLEX)
    alpha = np.ones((H, W), np.float32)
    zig = max(3, W // 60)
    for x in range(0, W, zig * 2):  # torn-off serrated bottom
        cv2.fillConvexPoly(alpha, np.array([[x, H], [x + zig, H - zig], [x + 2 * zig, H]], np.int32), 0)
    return card, alpha, (x0, y0)


def card_phone(rng, block, bank, name, acct, art='plain', color=None, screen_grid=True, qr=True):
    B = block.shape[0]
    SW = int(B * rng.uniform(1.15, 1.3)); SH = int(SW * 2.1)
    bez = int(SW * 0.05)
    W, H = SW + 2 * bez, SH + 2 * bez
    card = np.empty((H, W, 3), np.uint8); card[:] = (20, 20, 25)
    scr = np.empty((SH, SW, 3), np.uint8); scr[:] = (245, 245, 245) if art != 'dark' else (30, 30, 30)
    col = color or BRANDS[int(rng.integers(len(BRANDS)))]
    cv2.rectangle(scr, (0, 0), (SW, int(SH * 0.12)), col, -1)
    put(scr, bank, (SW * 0.05, SH * 0.08), SW / 500, (255, 255, 255), SW / 250, cv2.FONT_HERSHEY_SIMPLEX)
    put(scr, '09:41', (SW * 0.05, SH * 0.025), SW / 900, (255, 255, 255), 1, cv2.FONT_HERSHEY_SIMPLEX)
    pos = ((SW - B) // 2, int(SH * 0.22))
    if qr:
        cv2.rectangle(scr, (pos[0] - 8, pos[1] - 8), (pos[0] + B + 8, pos[1] + B + 8), (255, 255, 255), -1)
        paste(scr, block, *pos)
        put(scr, name, (SW * 0.08, pos[1] + B + SH * 0.06), SW / 600, (40, 40, 40), SW / 300, cv2.FONT_HERSHEY_SIMPLEX)
    else:  # app home: balance, icon grid, transactions
        put(scr, 'So du: %d.%03d.000 VND' % (rng.integers(1, 99), rng.integers(0, 999)), (SW * 0.06, SH * 0.2), SW / 700, (40, 40, 40), SW / 300)
        for i in range(4):
            for j in range(3):
                cv2.circle(scr, (int(SW * (0.17 + 0.22 * i)), int(SH * (0.3 + 0.09 * j))), int(SW * 0.07),
                           tuple(int(c) for c in rng.integers(40, 220, 3)), -1, cv2.LINE_AA)
        text_lines(scr, rng, int(SW * 0.06), int(SH * 0.58), int(SW * 0.94), int(SH * 0.97), (50, 50, 50), scale=SW / 900, prices=True)
    if screen_grid:  # RGB sub-pixel stripes + dark pixel gaps
        p = 3
        xx = np.arange(SW) % p
        g = np.ones((SH, SW, 3), np.float32)
        for ch in range(3):
            g[:, xx != (2 - ch), ch] = 0.75
        g[np.arange(SH) % p == 0] *= 0.8
        scr = np.clip(scr.astype(np.float32) * g * 1.25, 0, 255).astype(np.uint8)
    card[bez:bez + SH, bez:bez + SW] = scr
    alpha = np.zeros((H, W), np.float32)
    cv2.rectangle(alpha, (0, 0), (W, H), 1, -1)
    r = int(W * 0.1)
    alpha[:r, :r] = 0; alpha[:r, -r:] = 0; alpha[-r:, :r] = 0; alpha[-r:, -r:] = 0
    for cx, cy in [(r, r), (W - r, r), (r, H - r), (W - r, H - r)]:
        cv2.circle(alpha, (cx, cy), r, 1, -1, cv2.LINE_AA)
    return card, alpha, (pos[0] + bez, pos[1] + bez)


def card_monitor(rng, block, bank, name, acct, art='plain', color=None):
    B = block.shape[0]
    SH = int(B * rng.uniform(1.5, 1.8)); SW = int(SH * 16 / 9)
    bez = int(SH * 0.04)
    W, H = SW + 2 * bez, SH + 2 * bez
    card = np.empty((H, W, 3), np.uint8); card[:] = (15, 15, 15)
    scr = np.empty((SH, SW, 3), np.uint8); scr[:] = (240, 240, 240)
    cv2.rectangle(scr, (0, 0), (SW, int(SH * 0.06)), (200, 200, 200), -1)
    cv2.rectangle(scr, (int(SW * 0.1), int(SH * 0.012)), (int(SW * 0.6), int(SH * 0.05)), (255, 255, 255), -1)
    put(scr, 'https://pay.example.vn/checkout', (SW * 0.11, SH * 0.042), SH / 1500, (60, 60, 60), 1, cv2.FONT_HERSHEY_SIMPLEX)
    text_lines(scr, rng, int(SW * 0.05), int(SH * 0.1), int(SW * 0.4), int(SH * 0.9), (60, 60, 60), scale=SH / 1400, prices=True)
    pos = (int(SW * 0.5), int((SH - B) / 2 + SH * 0.03))
    paste(scr, block, *pos)
    p = 3
    g = np.ones((SH, SW, 3), np.float32)
    xx = np.arange(SW) % p
    for ch in range(3):
        g[:, xx != (2 - ch), ch] = 0.78
    g[np.arange(SH) % p == 0] *= 0.85
    scr = np.clip(scr.astype(np.float32) * g * 1.2, 0, 255).astype(np.uint8)
    card[bez:bez + SH, bez:bez + SW] = scr
    return card, None, (pos[0] + bez, pos[1] + bez)


CARDS = {'standee': card_standee, 'sticker': card_sticker, 'a4': card_a4, 'poster': card_poster,
         'receipt': card_receipt, 'phone': card_phone, 'monitor': card_monitor}
