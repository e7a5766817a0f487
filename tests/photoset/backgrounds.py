"""Procedural scene backgrounds (tables, walls, counters, fabric, shop shelves),
rendered at reduced resolution then upscaled, with clutter items (receipts,
menus, price tags, phones, cups) painted in."""
import numpy as np
import cv2
from util import smooth_noise, text_lines, put_text, rnd_color, rand_text

KINDS = ['wood', 'wall', 'counter', 'fabric', 'shop', 'tiles_floor', 'metal', 'cardboard']


def _tint(gray, color):
    c = np.array(color, np.float32)[None, None, :] / 255.0
    return gray[..., None] * c * 255.0


def wood(rng, h, w):
    n = smooth_noise(rng, h, w, w / 6.0)
    y = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    freq = rng.uniform(20, 60)
    rings = 0.5 + 0.5 * np.sin((y * freq + n * rng.uniform(2, 6)) * 2 * np.pi)
    fine = smooth_noise(rng, h, w, 3, 1)
    g = 0.55 + 0.25 * rings + 0.1 * fine
    base = [(60, 100, 150), (40, 70, 110), (90, 140, 185), (30, 45, 70), (150, 170, 190)][int(rng.randint(0, 5))]
    img = _tint(g, base) * rng.uniform(0.9, 1.4)
    if rng.rand() < 0.5:  # rotate grain
        img = cv2.rotate(cv2.resize(img, (h, w)), cv2.ROTATE_90_CLOCKWISE)
    return img


def wall(rng, h, w):
    n = smooth_noise(rng, h, w, w / 3.0)
    fine = smooth_noise(rng, h, w, 2, 1)
    base = rnd_color(rng, 120, 240)
    return _tint(0.8 + 0.12 * n + 0.06 * fine, base)


def counter(rng, h, w):
    base = rnd_color(rng, 60, 230)
    spk = (rng.rand(h, w) < 0.08).astype(np.float32) * rng.uniform(-0.4, 0.4)
    spk = cv2.GaussianBlur(spk, (0, 0), 0.8)
    n = smooth_noise(rng, h, w, 40)
    return _tint(np.clip(0.85 + 0.1 * n + spk, 0, 1.2), base)


def fabric(rng, h, w):
    p = rng.uniform(3, 9)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, np.pi)
    u = x * np.cos(a) + y * np.sin(a)
    v = -x * np.sin(a) + y * np.cos(a)
    weave = 0.5 + 0.25 * np.sin(u / p * 2 * np.pi) * np.sign(np.sin(v / p * np.pi)) + 0.25 * np.sin(v / p * 2 * np.pi)
    c1, c2 = rnd_color(rng, 20, 230), rnd_color(rng, 20, 230)
    img = _tint(weave.astype(np.float32), c1) * 0.7
    if rng.rand() < 0.6:  # plaid
        P = rng.uniform(40, 120)
        stripes = ((np.sin(u / P * 2 * np.pi) > 0.6) | (np.sin(v / P * 2 * np.pi) > 0.6)).astype(np.float32)
        img = img * (1 - 0.5 * stripes[..., None]) + 0.5 * stripes[..., None] * np.array(c2, np.float32)
    n = smooth_noise(rng, h, w, w / 4)
    return img * (0.8 + 0.3 * n[..., None])


def tiles_floor(rng, h, w):
    s = int(rng.randint(h // 8, h // 3))
    base = np.array(rnd_color(rng, 90, 230), np.float32)
    img = np.ones((h, w, 3), np.float32) * base * (0.9 + 0.1 * smooth_noise(rng, h, w, s / 3))[..., None]
    gc = base * 0.5
    for yy in range(int(rng.randint(0, s)), h, s):
        img[max(0, yy - 2):yy + 2] = gc
    for xx in range(int(rng.randint(0, s)), w, s):
        img[:, max(0, xx - 2):xx + 2] = gc
    return img


def metal(rng, h, w):
    n = cv2.resize(rng.rand(h, 4).astype(np.float32), (w, h))  # brushed
    n = cv2.GaussianBlur(rng.rand(h, w).astype(np.float32), (0, 0), sigmaX=25, sigmaY=0.7)
    n = (n - n.min()) / (n.max() - n.min() + 1e-6)
    return _tint(0.6 + 0.35 * n, (200, 200, 205))


def cardboard(rng, h, w):
    n = smooth_noise(rng, h, w, 20)
    return _tint(0.75 + 0.2 * n, (110, 160, 200))


def shop(rng, h, w):
    img = wall(rng, h, w)
    nshelf = int(rng.randint(2, 5))
    for i in range(nshelf):
        y = int((i + 0.8) * h / (nshelf + 0.5))
        cv2.rectangle(img, (0, y), (w, y + max(3, h // 60)), (60, 80, 100), -1)
        x = 0
        while x < w:
            pw = int(rng.randint(w // 40, w // 12))
            ph = int(rng.randint(h // 14, h // (nshelf + 1)))
            col = rnd_color(rng, 20, 250)
            cv2.rectangle(img, (x, y - ph), (x + pw, y), col, -1)
            cv2.rectangle(img, (x + pw // 6, y - ph * 2 // 3), (x + pw * 5 // 6, y - ph // 3), rnd_color(rng, 150, 255), -1)
            x += pw + int(rng.randint(1, w // 80 + 2))
    return img


def clutter(rng, img, n, avoid=None, item_px=None):
    """Paint printed items / objects around the scene (receipts, menus, price
    tags, business cards, a phone, a cup rim, a pen)."""
    h, w = img.shape[:2]
    for _ in range(n):
        k = int(rng.randint(0, 6))
        cw = int(rng.uniform(0.12, 0.35) * w) if item_px is None else max(8, int(rng.uniform(0.8, 2.5) * item_px))
        ch = int(cw * rng.uniform(0.5, 1.6))
        item = np.full((ch, cw, 3), rng.uniform(215, 250), np.float32)
        if k in (0, 1, 2):  # receipt / menu / flyer
            if k == 2:
                cv2.rectangle(item, (0, 0), (cw, ch // 5), rnd_color(rng, 30, 220), -1)
                put_text(item, rand_text(rng, 2).upper(), (cw // 12, ch // 7), cw / 500.0, (255, 255, 255), 2)
            text_lines(rng, item, cw // 12, ch // 5, cw - cw // 12, ch - ch // 10, max(6, ch // 25))
        elif k == 3:  # price tag
            item[:] = rnd_color(rng, 150, 255)
            put_text(item, '%d.000d' % rng.randint(5, 500), (cw // 10, ch // 2), cw / 220.0, (20, 20, 160), 3)
        elif k == 4:  # phone (dark slab)
            item[:] = (25, 25, 28)
            cv2.rectangle(item, (cw // 14, ch // 14), (cw - cw // 14, ch - ch // 14), rnd_color(rng, 30, 120), -1)
        else:  # cup seen from above / round object
            item[:] = 0
            cv2.circle(item, (cw // 2, ch // 2), min(cw, ch) // 2 - 2, rnd_color(rng, 120, 255), -1)
            cv2.circle(item, (cw // 2, ch // 2), int(min(cw, ch) * 0.4), (30, 50, 80), -1)
        # random rotation/position
        ang = rng.uniform(-40, 40)
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        M = cv2.getRotationMatrix2D((cw / 2, ch / 2), ang, 1.0)
        M[:, 2] += (cx - cw / 2, cy - ch / 2)
        mask = np.ones((ch, cw), np.float32)
        if k == 5:
            mask = (item.sum(2) > 0).astype(np.float32)
        wi = cv2.warpAffine(item, M, (w, h))
        wm = cv2.warpAffine(mask, M, (w, h))
        if avoid is not None:
            wm = wm * (1 - avoid)
        sh = cv2.GaussianBlur(wm, (0, 0), max(2, w / 300))
        img *= (1 - 0.35 * np.roll(np.roll(sh, w // 200, 1), w // 200, 0))[..., None]
        img[:] = img * (1 - wm[..., None]) + wi * wm[..., None]
    return img


def make_background(rng, W, H, kind=None, n_clutter=None, avoid=None, item_px=None):
    """Return float32 BGR 0..255 of size (H,W). Built at 1/4 res then upscaled
    with fine grain added at full res."""
    kind = kind or KINDS[int(rng.randint(0, len(KINDS)))]
    f = 4 if max(W, H) > 2000 else 2
    h, w = H // f, W // f
    img = globals()[kind](rng, h, w).astype(np.float32)
    if img.shape[:2] != (h, w):
        img = cv2.resize(img, (w, h))
    if n_clutter is None:
        n_clutter = int(rng.randint(0, 5))
    av = None if avoid is None else cv2.resize(avoid, (w, h))
    img = clutter(rng, img, n_clutter, av, None if item_px is None else item_px / f)
    img = cv2.resize(img, (W, H), interpolation=cv2.INTER_LINEAR)
    return np.clip(img, 0, 255), kind
