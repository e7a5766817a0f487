"""Surfaces the print lies on or hangs in front of: wood, tiles, brick, fabric, marble, wall, desk clutter."""
import math

import cv2
import numpy as np

from drawing import WORDS, put, smooth


def background(rng, kind, H, W):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind == 'wood':
        base = np.array([(40, 80, 140), (60, 110, 170), (30, 55, 95), (70, 120, 160)][int(rng.integers(4))], np.float32)
        n = smooth(rng, H, W, 5) * 6 + smooth(rng, H, W, 40) * 0.8
        period = H / rng.uniform(25, 70)
        ang = rng.uniform(-0.3, 0.3)
        coord = yy * math.cos(ang) + xx * math.sin(ang)
        g = 0.5 + 0.5 * np.sin(2 * np.pi * coord / period + n)
        img = base[None, None, :] * (0.75 + 0.35 * g)[..., None]
        plank = W / rng.uniform(2, 5)
        for x in np.arange(plank * rng.uniform(0.3, 1), W, plank):
            cv2.line(img, (int(x), 0), (int(x + H * math.tan(ang) * -1), H), (15, 25, 40), max(2, W // 500))
    elif kind == 'tiles':
        T = int(min(H, W) / rng.uniform(3, 8))
        base = np.array([(200, 200, 200), (170, 190, 210), (120, 140, 150), (215, 215, 225), (90, 110, 160)][int(rng.integers(5))], np.float32)
        ti = (yy // T).astype(np.int32) * 131 + (xx // T).astype(np.int32) * 17
        jit = ((ti * 2654435761) % 1000 / 1000.0 - 0.5).astype(np.float32) * 0.12
        img = base[None, None, :] * (1 + jit + (smooth(rng, H, W, 20) - 0.5) * 0.08)[..., None]
        grout = ((yy % T) < max(2, T // 25)) | ((xx % T) < max(2, T // 25))
        img[grout] = (110, 115, 118)
    elif kind == 'brick':
        h = int(min(H, W) / rng.uniform(8, 16))
        w = int(h * 2.3)
        row = (yy // h).astype(np.int32)
        xo = xx + (row % 2) * (w / 2)
        bi = row * 101 + (xo // w).astype(np.int32) * 7
        jit = ((bi * 2654435761) % 1000 / 1000.0 - 0.5).astype(np.float32) * 0.3
        base = np.array([(50, 70, 150), (60, 90, 170), (180, 180, 185)][int(rng.integers(3))], np.float32)
        img = base[None, None, :] * (1 + jit + (smooth(rng, H, W, 60) - 0.5) * 0.25)[..., None]
        mortar = ((yy % h) < max(2, h // 8)) | ((xo % w) < max(2, h // 8))
        img[mortar] = (170, 180, 185)
    elif kind == 'fabric':
        p = rng.uniform(3, 7)
        base = np.array([(60, 60, 150), (140, 100, 60), (80, 120, 80), (180, 180, 190), (40, 40, 50)][int(rng.integers(5))], np.float32)
        weave = 0.85 + 0.08 * (np.sin(2 * np.pi * xx / p) * np.sin(2 * np.pi * yy / p))
        folds = 0.8 + 0.35 * smooth(rng, H, W, 4)
        img = base[None, None, :] * (weave * folds)[..., None]
    elif kind == 'marble':
        n = smooth(rng, H, W, 6) * 10 + smooth(rng, H, W, 20) * 2
        v = np.abs(np.sin(n + xx / W * 3))
        img = np.full((H, W, 3), 225, np.float32) - (1 - v)[..., None] ** 8 * 90
    elif kind == 'wall':
        base = np.array([(200, 220, 230), (180, 200, 170), (150, 190, 220), (210, 210, 210), (160, 170, 200)][int(rng.integers(5))], np.float32)
        img = base[None, None, :] * (0.9 + 0.15 * smooth(rng, H, W, 3) + 0.04 * smooth(rng, H, W, 80))[..., None]
    else:  # clutter
        base = np.array([(60, 90, 120), (120, 120, 120), (90, 70, 60), (170, 190, 200)][int(rng.integers(4))], np.float32)
        img = base[None, None, :] * (0.85 + 0.25 * smooth(rng, H, W, 3))[..., None]
        s = min(H, W)
        for _ in range(int(rng.integers(6, 14))):
            kindo = rng.integers(4)
            col = tuple(float(c) for c in rng.integers(20, 240, 3))
            cx, cy = rng.integers(0, W), rng.integers(0, H)
            if kindo == 0:  # book / paper with text
                w, h = int(s * rng.uniform(0.15, 0.4)), int(s * rng.uniform(0.1, 0.3))
                box = cv2.boxPoints(((float(cx), float(cy)), (float(w), float(h)), float(rng.uniform(0, 180)))).astype(np.int32)
                cv2.fillConvexPoly(img, box, col, cv2.LINE_AA)
                put(img, WORDS[int(rng.integers(len(WORDS)))], (cx - w // 3, cy), s / 900, (20, 20, 20), s / 500, rng=rng)
            elif kindo == 1:  # cup
                r = int(s * rng.uniform(0.04, 0.09))
                cv2.circle(img, (int(cx), int(cy)), r, col, -1, cv2.LINE_AA)
                cv2.circle(img, (int(cx), int(cy)), int(r * 0.8), (30, 50, 70), -1, cv2.LINE_AA)
            elif kindo == 2:  # pen
                a = rng.uniform(0, np.pi)
                L = s * rng.uniform(0.1, 0.25)
                cv2.line(img, (int(cx), int(cy)), (int(cx + L * math.cos(a)), int(cy + L * math.sin(a))), col, max(3, s // 120), cv2.LINE_AA)
            else:
                put(img, WORDS[int(rng.integers(len(WORDS)))], (cx, cy), s / 600, col, s / 300, rng=rng)
    img += rng.standard_normal((H, W, 1), dtype=np.float32) * 3
    return img
