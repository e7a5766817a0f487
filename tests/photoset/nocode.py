"""Textured prints with no QR code: printed pages, tables, graph paper,
checkerboards, tiles, keyboards, Data-Matrix- and Aztec-like symbols, 1-D
barcodes, pixel art, crosswords, QR-like logos that are not QR codes, fabric."""
import numpy as np
import cv2
from util import text_lines, put_text, rnd_color, rand_text, smooth_noise

KINDS = ['page', 'table', 'graph', 'checker', 'tiles', 'keyboard', 'datamatrix', 'aztec', 'barcode1d',
         'pixelart', 'crossword', 'qrlike_logo', 'fabric']


def make(rng, kind, size=1400):
    W = size
    H = int(size * rng.uniform(0.75, 1.4))
    img = np.full((H, W, 3), rng.uniform(225, 250), np.float32)
    if kind == 'page':
        put_text(img, rand_text(rng, 3).upper(), (W * 0.08, H * 0.07), W / 600, (20, 20, 20), 3)
        text_lines(rng, img, int(W * 0.08), int(H * 0.1), int(W * 0.92), int(H * 0.95), max(10, W // 50))
    elif kind == 'table':
        rows, cols = int(rng.randint(8, 25)), int(rng.randint(3, 8))
        rh, cw = H // (rows + 1), W // (cols + 1)
        for r in range(rows + 1):
            cv2.line(img, (cw // 2, rh // 2 + r * rh), (W - cw // 2, rh // 2 + r * rh), (40, 40, 40), 2)
        for c in range(cols + 1):
            cv2.line(img, (cw // 2 + c * cw, rh // 2), (cw // 2 + c * cw, H - rh // 2 - (H - rh - rows * rh)), (40, 40, 40), 2)
        for r in range(rows):
            for c in range(cols):
                put_text(img, rand_text(rng, 1) if c == 0 else '%d' % rng.randint(1, 99999), (cw // 2 + c * cw + 6, rh // 2 + r * rh + rh * 0.7), rh / 45, (20, 20, 20), 2)
    elif kind == 'graph':
        p = int(rng.randint(10, 30))
        col = rnd_color(rng, 100, 200)
        for i in range(0, max(W, H), p):
            th = 2 if (i // p) % 5 == 0 else 1
            cv2.line(img, (i, 0), (i, H), col, th)
            cv2.line(img, (0, i), (W, i), col, th)
        pts = np.cumsum(rng.normal(0, p, (30, 2)), 0) + (W / 2, H / 2)
        cv2.polylines(img, [pts.astype(np.int32)], False, (30, 30, 30), 3)
    elif kind == 'checker':
        p = int(rng.randint(20, 90))
        y, x = np.mgrid[0:H, 0:W]
        m = (((x // p) + (y // p)) % 2).astype(np.float32)
        c1, c2 = np.array(rnd_color(rng, 0, 80), np.float32), np.array(rnd_color(rng, 170, 255), np.float32)
        img = m[..., None] * c1 + (1 - m[..., None]) * c2
    elif kind == 'tiles':
        p = int(rng.randint(30, 120))
        cols = [np.array(rnd_color(rng, 30, 250), np.float32) for _ in range(4)]
        for yy in range(0, H, p):
            for xx in range(0, W, p):
                img[yy:yy + p, xx:xx + p] = cols[int(rng.randint(0, 4))] * rng.uniform(0.9, 1.1)
                if rng.rand() < 0.5:
                    cv2.circle(img, (xx + p // 2, yy + p // 2), p // 3, cols[int(rng.randint(0, 4))].tolist(), -1)
        for yy in range(0, H, p):
            img[yy:yy + 3] = 200
        for xx in range(0, W, p):
            img[:, xx:xx + 3] = 200
    elif kind == 'keyboard':
        img[:] = (30, 30, 32)
        k = W // 15
        keys = 'QWERTYUIOPASDFGHJKLZXCVBNM1234567890'
        for r in range(int(H / k)):
            off = (r % 3) * k // 3
            for c in range(15):
                x0, y0 = off + c * k + 4, r * k + 4
                cv2.rectangle(img, (x0, y0), (x0 + k - 8, y0 + k - 8), (55, 55, 58), -1)
                put_text(img, keys[int(rng.randint(0, len(keys)))], (x0 + k // 4, y0 + k // 2), k / 60, (220, 220, 220), 2)
    elif kind == 'datamatrix':
        n = int(rng.choice([14, 18, 22, 26, 32]))
        mp = int(W * 0.6 / n)
        m = (rng.rand(n, n) < 0.5).astype(np.float32)
        m[:, 0] = 1
        m[-1, :] = 1
        m[0, ::2] = 1
        m[0, 1::2] = 0
        m[1::2, -1] = 1
        m[::2, -1] = 0
        big = cv2.resize(m, (n * mp, n * mp), interpolation=cv2.INTER_NEAREST)
        x0, y0 = (W - n * mp) // 2, (H - n * mp) // 2
        img[y0:y0 + n * mp, x0:x0 + n * mp] = (1 - big[..., None]) * 245 + big[..., None] * 20
        text_lines(rng, img, int(W * 0.08), y0 + n * mp + 30, int(W * 0.92), H - 10, max(10, W // 45))
    elif kind == 'aztec':
        n = int(rng.choice([19, 23, 27, 31]))
        mp = int(W * 0.6 / n)
        m = (rng.rand(n, n) < 0.5).astype(np.float32)
        c = n // 2
        for r in range(0, 6):
            v = 1.0 if r % 2 == 0 else 0.0
            m[c - r:c + r + 1, c - r:c + r + 1][[0, -1], :] = v
            m[c - r:c + r + 1, c - r:c + r + 1][:, [0, -1]] = v
        big = cv2.resize(m, (n * mp, n * mp), interpolation=cv2.INTER_NEAREST)
        x0, y0 = (W - n * mp) // 2, (H - n * mp) // 2
        img[y0:y0 + n * mp, x0:x0 + n * mp] = (1 - big[..., None]) * 245 + big[..., None] * 20
    elif kind == 'barcode1d':
        for b in range(int(rng.randint(1, 4))):
            x = int(W * 0.1)
            y0 = int(H * (0.1 + 0.3 * b))
            hh = int(H * 0.2)
            while x < W * 0.9:
                wbar = int(rng.randint(1, 5)) * 3
                if rng.rand() < 0.5:
                    img[y0:y0 + hh, x:x + wbar] = 15
                x += wbar
            put_text(img, '%d' % rng.randint(10 ** 11, 10 ** 12), (W * 0.2, y0 + hh + 35), 1.2, (10, 10, 10), 2)
    elif kind == 'pixelart':
        n = int(rng.randint(12, 40))
        pal = [np.array(rnd_color(rng, 0, 255), np.float32) for _ in range(5)]
        g = rng.randint(0, 5, (n, n // 2 + 1))
        g = np.concatenate([g, g[:, ::-1][:, 1:]], 1)[:, :n]
        small = np.stack([pal[int(v)] for v in g.ravel()]).reshape(n, n, 3)
        side = int(min(W, H) * 0.85)
        big = cv2.resize(small, (side, side), interpolation=cv2.INTER_NEAREST)
        img[(H - side) // 2:(H - side) // 2 + side, (W - side) // 2:(W - side) // 2 + side] = big
    elif kind == 'crossword':
        n = int(rng.randint(11, 19))
        mp = int(min(W, H) * 0.85 / n)
        x0, y0 = (W - n * mp) // 2, (H - n * mp) // 2
        blk = rng.rand(n, (n + 1) // 2) < 0.2
        blk = np.concatenate([blk, blk[:, ::-1][:, n % 2:]], 1)
        for r in range(n):
            for c in range(n):
                p0 = (x0 + c * mp, y0 + r * mp)
                if blk[r, c]:
                    cv2.rectangle(img, p0, (p0[0] + mp, p0[1] + mp), (15, 15, 15), -1)
                else:
                    cv2.rectangle(img, p0, (p0[0] + mp, p0[1] + mp), (20, 20, 20), 2)
                    if rng.rand() < 0.2:
                        put_text(img, str(rng.randint(1, 60)), (p0[0] + 3, p0[1] + mp // 3), mp / 90, (20, 20, 20), 1)
    elif kind == 'qrlike_logo':
        # three finder-like squares and a random dot field, not a QR symbol
        n = int(rng.choice([21, 25, 29]))
        mp = int(min(W, H) * 0.6 / n)
        m = (rng.rand(n, n) < 0.45).astype(np.float32)
        m = cv2.GaussianBlur(m, (3, 3), 0) > 0.5  # blobby, not QR-like statistics
        m = m.astype(np.float32)
        for (r, c) in ((0, 0), (0, n - 7), (n - 7, 0)):
            m[r:r + 8 if r == 0 else r + 7, c:c + 8 if c == 0 else c + 7] = 0
            m[r:r + 7, c:c + 7] = 1
            m[r + 1:r + 6, c + 1:c + 6] = 0
            m[r + 2:r + 5, c + 2:c + 5] = 1
        m[n // 2 - 3:n // 2 + 3, n // 2 - 3:n // 2 + 3] = 0
        big = cv2.resize(m, (n * mp, n * mp), interpolation=cv2.INTER_NEAREST)
        x0, y0 = (W - n * mp) // 2, (H - n * mp) // 2
        col = np.array(rnd_color(rng, 0, 120), np.float32)
        img[y0:y0 + n * mp, x0:x0 + n * mp] = (1 - big[..., None]) * 245 + big[..., None] * col
        c = (W // 2, H // 2)
        cv2.circle(img, c, int(mp * 2.6), col.tolist(), -1)
        put_text(img, rand_text(rng, 2).upper(), (W * 0.1, y0 + n * mp + 60), W / 700, col.tolist(), 3)
    elif kind == 'fabric':
        p = rng.uniform(4, 12)
        y, x = np.mgrid[0:H, 0:W].astype(np.float32)
        weave = 0.5 + 0.25 * np.sin(x / p * 2 * np.pi) * np.sign(np.sin(y / p * np.pi)) + 0.25 * np.sin(y / p * 2 * np.pi)
        P = rng.uniform(40, 160)
        st = ((np.sin(x / P * 2 * np.pi) > 0.5) | (np.sin(y / P * 2 * np.pi) > 0.5)).astype(np.float32)
        c1, c2 = np.array(rnd_color(rng, 20, 230), np.float32), np.array(rnd_color(rng, 20, 230), np.float32)
        img = (weave[..., None] * 0.5 + 0.5) * (c1 * (1 - st[..., None]) + c2 * st[..., None])
    return img.astype(np.float32)
