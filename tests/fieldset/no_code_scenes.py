"""Photos with no QR code in them: menus, receipts, a 1-D barcode, a Data Matrix-like label, a crossword,
pixel art, a banking app's home screen, and full-frame floor, keyboard and tablecloth."""
import cv2
import numpy as np

from backgrounds import background
from camera import photograph, pick_size
from carriers import card_phone
from drawing import put, smooth, text_lines
from placement import place, project


def nocode_card(rng, kind):
    s = 900
    if kind == 'menu':
        W, H = s, int(s * 1.4)
        card = np.empty((H, W, 3), np.uint8); card[:] = (200, 230, 245) if rng.random() < 0.5 else (40, 45, 40)
        ink = (30, 30, 60) if card[0, 0, 0] > 100 else (230, 230, 230)
        put(card, 'THUC DON', (W * 0.3, H * 0.08), 2.2, ink, 4, cv2.FONT_HERSHEY_TRIPLEX)
        text_lines(card, rng, int(W * 0.08), int(H * 0.12), int(W * 0.92), int(H * 0.95), ink, scale=0.9, step=48, prices=True)
        return card
    if kind == 'receipt':
        W, H = int(s * 0.6), int(s * 1.6)
        card = np.empty((H, W, 3), np.uint8); card[:] = (235, 240, 242)
        text_lines(card, rng, 20, 30, W - 20, H - 30, (70, 70, 70), scale=0.6, step=30, prices=True)
        return card
    if kind == 'barcode':
        W, H = s, int(s * 0.6)
        card = np.empty((H, W, 3), np.uint8); card[:] = (245, 245, 245)
        put(card, 'SUA TUOI TIET TRUNG 1L', (40, 70), 1.2, (40, 40, 40), 2)
        bits = np.concatenate([[1, 0, 1], rng.integers(0, 2, 42), [0, 1, 0, 1, 0], rng.integers(0, 2, 42), [1, 0, 1]])
        mw = (W - 160) // len(bits)
        for i, b in enumerate(bits):
            if b:
                cv2.rectangle(card, (80 + i * mw, 120), (80 + (i + 1) * mw - 1, H - 90), (20, 20, 20), -1)
        put(card, '8 934563 %06d' % rng.integers(0, 999999), (W * 0.25, H - 40), 1.1, (20, 20, 20), 2)
        return card
    if kind == 'crossword':
        N = 13; c = 60
        W = H = N * c + 40
        card = np.empty((H, W, 3), np.uint8); card[:] = (240, 243, 245)
        blk = rng.random((N, N)) < 0.18
        blk = blk | blk[::-1, ::-1]
        num = 1
        for i in range(N):
            for j in range(N):
                p0 = (20 + j * c, 20 + i * c)
                if blk[i, j]:
                    cv2.rectangle(card, p0, (p0[0] + c, p0[1] + c), (20, 20, 20), -1)
                else:
                    cv2.rectangle(card, p0, (p0[0] + c, p0[1] + c), (20, 20, 20), 2)
                    if (j == 0 or blk[i, j - 1]) or (i == 0 or blk[i - 1, j]):
                        put(card, str(num), (p0[0] + 4, p0[1] + 16), 0.45, (20, 20, 20), 1); num += 1
                    elif rng.random() < 0.3:
                        put(card, chr(65 + rng.integers(26)), (p0[0] + 18, p0[1] + 45), 1.2, (90, 40, 20), 2)
        return card
    if kind == 'pixelart':
        N = 16; c = 40
        W = H = N * c
        pal = rng.integers(0, 255, (5, 3))
        half = rng.integers(0, 5, (N, N // 2))
        grid = np.concatenate([half, half[:, ::-1]], 1)
        card = np.kron(pal[grid], np.ones((c, c, 1))).astype(np.uint8)
        return card
    if kind == 'datamatrix':
        N = 24; c = 22
        W = H = N * c + 8 * c
        card = np.empty((H, W, 3), np.uint8); card[:] = (240, 240, 240)
        g = rng.random((N, N)) < 0.5
        g[:, 0] = True; g[-1, :] = True
        g[0, :] = (np.arange(N) % 2 == 0); g[:, -1] = (np.arange(N) % 2 == 1)
        g[-1, -1] = True
        img = np.kron(g, np.ones((c, c), bool))
        card[4 * c:4 * c + N * c, 4 * c:4 * c + N * c][img] = (25, 25, 25)
        put(card, 'LOT 2407-%03d' % rng.integers(0, 999), (4 * c, H - c), 1.2, (25, 25, 25), 2)
        return card
    if kind == 'app':
        card, _, _ = card_phone(rng, np.zeros((500, 500, 3), np.uint8), 'MB Bank', '', '', qr=False)
        return card
    return None


def fullframe(rng, kind, H, W):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind == 'keyboard':
        img = np.full((H, W, 3), 35, np.float32)
        k = min(H, W) / rng.uniform(6, 10)
        keys = 'QWERTYUIOPASDFGHJKLZXCVBNM1234567890'
        for r in range(int(H / k) + 1):
            off = (r % 3) * k * 0.3
            for cidx in range(int(W / k) + 2):
                x0, y0 = int(cidx * k + off - k), int(r * k)
                cv2.rectangle(img, (x0 + int(k * 0.08), y0 + int(k * 0.08)), (x0 + int(k * 0.92), y0 + int(k * 0.92)), (60, 60, 62), -1)
                put(img, keys[(r * 7 + cidx) % len(keys)], (x0 + k * 0.3, y0 + k * 0.6), k / 70, (220, 220, 220), k / 40, cv2.FONT_HERSHEY_SIMPLEX)
        return img, 'keyboard close-up'
    if kind == 'floor':
        img = background(rng, 'tiles', H, W)
        # view floor at an angle
        src = np.float32([[0, 0], [W, 0], [W, H], [0, H]])
        dst = np.float32([[W * 0.3, 0], [W * 0.7, 0], [W * 1.2, H], [-W * 0.2, H]])
        img = cv2.warpPerspective(img, cv2.getPerspectiveTransform(src, dst), (W, H), borderMode=cv2.BORDER_REFLECT)
        return img, 'tiled floor at an angle'
    if kind == 'gingham':
        p = min(H, W) / rng.uniform(10, 25)
        col = np.array([(40, 40, 200), (160, 60, 20), (40, 120, 40), (20, 20, 20)][int(rng.integers(4))], np.float32)
        dx = (smooth(rng, H, W, 4) - 0.5) * p * 2; dy = (smooth(rng, H, W, 4) - 0.5) * p * 2
        a = ((xx + dx) // p % 2).astype(np.float32); b = ((yy + dy) // p % 2).astype(np.float32)
        t = (a + b) / 2
        base = 245 - t[..., None] * (245 - col)
        shade = 0.8 + 0.35 * smooth(rng, H, W, 5)
        return base * shade[..., None], 'checkered tablecloth with folds'
    return None, None


def nocode_scene(rng, idx, attempt):
    kinds = ['menu', 'receipt', 'barcode', 'floor', 'keyboard', 'gingham', 'crossword', 'pixelart', 'datamatrix', 'app']
    kind = kinds[(idx + attempt) % len(kinds)]
    W, H = pick_size(rng)
    desc = []
    if kind in ('floor', 'keyboard', 'gingham'):
        photo, d = fullframe(rng, kind, H, W)
        desc.append(d)
    else:
        card = nocode_card(rng, kind)
        bgk = str(rng.choice(['wood', 'tiles', 'fabric', 'marble', 'wall', 'clutter']))
        photo = background(rng, bgk, H, W)
        scale = min(W, H) * rng.uniform(0.5, 0.85) / max(card.shape[:2])
        quad = project(W, H, card.shape[1], card.shape[0], (W * rng.uniform(0.4, 0.6), H * rng.uniform(0.4, 0.6)), scale,
                       rng.uniform(-0.4, 0.4), rng.uniform(-0.4, 0.4), rng.uniform(-0.5, 0.5), rng)
        place(photo, card, None, quad, shadow=rng.uniform(0.15, 0.4))
        desc.append({'menu': 'restaurant menu', 'receipt': 'text-only receipt', 'barcode': '1D barcode label',
                     'crossword': 'crossword puzzle', 'pixelart': 'pixel-art sprite', 'datamatrix': 'Data Matrix-like label (no QR finders)',
                     'app': 'banking app home screen on phone'}[kind] + ' on ' + bgk)
    opt = {'sigma': rng.uniform(0.3, 0.9), 'strong_light': rng.random() < 0.5}
    if rng.random() < 0.3:
        opt['shadow'] = rng.uniform(0.2, 0.4); desc.append('shadow')
    if kind == 'app' or rng.random() < 0.2:
        opt['glare'] = rng.uniform(0.1, 0.3); desc.append('glare')
    desc.append('%dx%d' % (W, H))
    return photograph(photo, rng, opt), kind, '; '.join(desc)
