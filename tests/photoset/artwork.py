"""Flat artwork ("prints") that carry a QR symbol: standee cards, stickers,
paper sheets, receipts, phone screens; with margins, logos, colours and, for
the quiet-zone class, artwork that touches the symbol.

All functions return dict(img=float32 BGR, alpha=float32, quad=4x2 symbol
corners in print px, mpx=print px per module, n=modules per side)."""
import numpy as np
import cv2
from util import put_text, text_lines, rnd_color, rand_text, smooth_noise

BRAND = [(40, 40, 200), (160, 90, 20), (30, 120, 30), (20, 100, 220), (120, 40, 120), (160, 130, 0), (0, 0, 160)]


def symbol_raster(mat, mpx, dark=(20, 20, 20), light=(245, 245, 245)):
    n = mat.shape[0]
    m = cv2.resize(mat.astype(np.uint8), (n * mpx, n * mpx), interpolation=cv2.INTER_NEAREST).astype(np.float32)
    d = np.array(dark, np.float32)
    l = np.array(light, np.float32)
    return m[..., None] * d + (1 - m[..., None]) * l


def add_logo(rng, img, x0, y0, side, frac):
    """Centre logo covering `frac` of the symbol side (white pad + coloured mark)."""
    s = int(side * frac)
    cx, cy = x0 + side // 2, y0 + side // 2
    pad = int(s * 0.1)
    cv2.rectangle(img, (cx - s // 2 - pad, cy - s // 2 - pad), (cx + s // 2 + pad, cy + s // 2 + pad), (250, 250, 250), -1)
    col = BRAND[int(rng.randint(0, len(BRAND)))]
    if rng.rand() < 0.5:
        cv2.circle(img, (cx, cy), s // 2, col, -1)
    else:
        cv2.rectangle(img, (cx - s // 2, cy - s // 2), (cx + s // 2, cy + s // 2), col, -1)
    put_text(img, rng.choice(['V', 'QR', 'M', 'VN', '$']), (cx - s // 3, cy + s // 5), s / 45.0, (255, 255, 255), max(1, s // 12))


def code_print(rng, mat, mpx, kind='standee', margin=4.0, logo=0.0, dark=None, light=None,
               paper=None, surround=None):
    """Compose a print. margin in modules (light margin around the symbol).
    surround: None, or one of 'dark','busy','frame','text','colour' for artwork
    that comes right up to the margin edge (used with small margins)."""
    n = mat.shape[0]
    side = n * mpx
    mg = int(round(margin * mpx))
    paper = paper if paper is not None else tuple(int(x) for x in rng.uniform(228, 252, 3))
    dark = dark if dark is not None else tuple(int(x) for x in rng.uniform(10, 40, 3))
    light = light if light is not None else paper
    if kind == 'standee':
        W = side + 2 * mg + int(rng.uniform(0.15, 0.5) * side)
        H = int(W * rng.uniform(1.3, 1.6))
    elif kind == 'sticker':
        W = side + 2 * mg + int(rng.uniform(0.05, 0.2) * side)
        H = int(W * rng.uniform(1.0, 1.25))
    elif kind == 'paper':
        W = int((side + 2 * mg) * rng.uniform(1.8, 2.6))
        H = int(W * 1.414)
    elif kind == 'receipt':
        W = side + 2 * mg + int(rng.uniform(0.1, 0.3) * side)
        H = int(W * rng.uniform(1.8, 2.6))
    else:  # bare: the print ends at the margin
        W = side + 2 * mg
        H = W
    img = np.ones((H, W, 3), np.float32) * np.array(paper, np.float32)
    x0 = (W - side) // 2
    if kind == 'standee':
        y0 = int(H * 0.22)
        col = BRAND[int(rng.randint(0, len(BRAND)))]
        cv2.rectangle(img, (0, 0), (W, int(H * 0.15)), col, -1)
        put_text(img, rng.choice(['VietQR', 'NAPAS 247', 'Quet ma thanh toan', 'SCAN ME']), (W * 0.08, H * 0.1), W / 500.0, (255, 255, 255), max(2, W // 200))
        put_text(img, rand_text(rng, 3).upper(), (W * 0.1, y0 + side + mg + H * 0.08), W / 700.0, (30, 30, 30), max(2, W // 300))
        put_text(img, '%d' % rng.randint(10 ** 8, 10 ** 12), (W * 0.1, y0 + side + mg + H * 0.14), W / 600.0, col, max(2, W // 250))
        cv2.rectangle(img, (0, H - int(H * 0.06)), (W, H), col, -1)
    elif kind == 'sticker':
        y0 = (H - side) // 2 + int(H * 0.05)
        col = BRAND[int(rng.randint(0, len(BRAND)))]
        b = max(3, (W - side - 2 * mg) // 3)
        cv2.rectangle(img, (0, 0), (W - 1, H - 1), col, b)
        put_text(img, 'VietQR', (W * 0.3, max(b + 10, y0 - mg - 8)), W / 900.0, col, 2)
    elif kind == 'paper':
        y0 = int(H * rng.uniform(0.25, 0.5))
        text_lines(rng, img, int(W * 0.08), int(H * 0.04), W - int(W * 0.08), y0 - mg - 10, max(8, W // 60))
        text_lines(rng, img, int(W * 0.08), y0 + side + mg + 10, W - int(W * 0.08), H - int(H * 0.05), max(8, W // 60))
    elif kind == 'receipt':
        y0 = min(int(H * rng.uniform(0.45, 0.6)), H - side - mg - 10)
        text_lines(rng, img, int(W * 0.06), int(H * 0.03), W - int(W * 0.06), y0 - mg - 10, max(8, W // 30))
        text_lines(rng, img, int(W * 0.06), y0 + side + mg + 10, W - int(W * 0.06), H - 10, max(8, W // 30))
    else:
        y0 = (H - side) // 2
    # surround artwork that touches the symbol margin (quiet-zone defects)
    if surround:
        pad = int(side * rng.uniform(0.25, 0.6))
        X0, Y0 = max(0, x0 - mg - pad), max(0, y0 - mg - pad)
        X1, Y1 = min(W, x0 + side + mg + pad), min(H, y0 + side + mg + pad)
        reg = img[Y0:Y1, X0:X1]
        rh, rw = reg.shape[:2]
        if surround == 'dark':
            reg[:] = np.array(rnd_color(rng, 5, 70), np.float32)
        elif surround == 'colour':  # saturated colour about as dark as the modules
            c = np.array([rng.uniform(0, 60), rng.uniform(0, 60), rng.uniform(0, 60)], np.float32)
            c[int(rng.randint(0, 3))] = rng.uniform(90, 140)
            reg[:] = c
        elif surround == 'busy':
            t = int(rng.randint(0, 3))
            if t == 0:  # photo-like artwork: dark noisy blobs
                nz = smooth_noise(rng, rh, rw, mpx * 4)
                reg[:] = (nz[..., None] * np.array(rnd_color(rng, 30, 140), np.float32)) * 0.8
            elif t == 1:  # stripes
                yy, xx = np.mgrid[0:rh, 0:rw].astype(np.float32)
                st = (np.sin((xx + yy) / (mpx * rng.uniform(0.8, 2.5)) * np.pi) > 0).astype(np.float32)
                reg[:] = st[..., None] * np.array(rnd_color(rng, 0, 90), np.float32) + (1 - st[..., None]) * np.array(rnd_color(rng, 60, 160), np.float32)
            else:  # dense dark pattern of squares (module-like artwork)
                g = (rng.rand(rh // mpx + 1, rw // mpx + 1) < 0.7).astype(np.float32)
                g = cv2.resize(g, (rw, rh), interpolation=cv2.INTER_NEAREST)
                reg[:] = g[..., None] * np.array(rnd_color(rng, 0, 60), np.float32) + (1 - g[..., None]) * np.array(rnd_color(rng, 100, 200), np.float32)
        elif surround == 'frame':
            reg[:] = np.array(paper, np.float32)
            fw = int(mpx * rng.uniform(1.5, 4))
            c = rnd_color(rng, 0, 80)
            cv2.rectangle(img, (x0 - mg - fw // 2, y0 - mg - fw // 2), (x0 + side + mg + fw // 2, y0 + side + mg + fw // 2), c, fw)
            # decorative bars right up to the symbol
            cv2.rectangle(img, (X0, y0 - mg - fw), (X1, y0 - mg), c, -1)
        elif surround == 'text':
            reg[:] = np.array(paper, np.float32)
            lh = int(mpx * rng.uniform(2.0, 3.5))
            for yy in range(Y0 + lh, Y1, int(lh * 1.05)):
                put_text(img, rand_text(rng, 30).upper(), (X0, yy), lh / 24.0, (15, 15, 15), max(2, lh // 7))
    # light margin + symbol
    cv2.rectangle(img, (x0 - mg, y0 - mg), (x0 + side + mg - 1, y0 + side + mg - 1), light, -1)
    img[y0:y0 + side, x0:x0 + side] = symbol_raster(mat, mpx, dark, light)
    if logo > 0:
        add_logo(rng, img, x0, y0, side, logo)
    alpha = np.ones((H, W), np.float32)
    if kind == 'sticker' and rng.rand() < 0.5:  # rounded corners
        r = W // 12
        alpha[:] = 0
        cv2.rectangle(alpha, (r, 0), (W - r, H), 1, -1)
        cv2.rectangle(alpha, (0, r), (W, H - r), 1, -1)
        for cx, cy in ((r, r), (W - r, r), (r, H - r), (W - r, H - r)):
            cv2.circle(alpha, (cx, cy), r, 1, -1)
    quad = np.array([[x0, y0], [x0 + side, y0], [x0 + side, y0 + side], [x0, y0 + side]], np.float32)
    return dict(img=img, alpha=alpha, quad=quad, mpx=mpx, n=n, paper=paper, dark=dark)


def screen_print(rng, mat, mpx_screen, sub=3):
    """A phone screen showing the code: each screen pixel is drawn as RGB
    subpixel stripes (sub x sub print px) so that photographing it aliases
    into moire. Returns a print whose 'mpx' is in print px."""
    n = mat.shape[0]
    side_s = n * mpx_screen
    mg = 4 * mpx_screen
    Ws = side_s + 2 * mg + int(side_s * 0.15)
    Hs = int(Ws * rng.uniform(1.9, 2.1))
    scr = np.full((Hs, Ws, 3), 250, np.float32)
    col = BRAND[int(rng.randint(0, len(BRAND)))]
    cv2.rectangle(scr, (0, 0), (Ws, int(Hs * 0.12)), col, -1)
    put_text(scr, 'Nhan tien', (Ws * 0.06, Hs * 0.08), Ws / 400.0, (255, 255, 255), 2)
    x0 = (Ws - side_s) // 2
    y0 = int(Hs * 0.25)
    scr[y0:y0 + side_s, x0:x0 + side_s] = symbol_raster(mat, mpx_screen, (0, 0, 0), (250, 250, 250))
    text_lines(rng, scr, int(Ws * 0.08), y0 + side_s + mg, Ws - int(Ws * 0.08), Hs - int(Hs * 0.05), max(8, Ws // 25))
    # subpixel expansion
    big = cv2.resize(scr, (Ws * sub, Hs * sub), interpolation=cv2.INTER_NEAREST)
    mask = np.zeros((sub, sub * 3 // 3 * 1, 3), np.float32)
    mask = np.zeros((sub, sub, 3), np.float32)
    for c, ch in enumerate((2, 1, 0)):  # R,G,B stripes (BGR order)
        mask[:sub - 1, c * sub // 3:(c + 1) * sub // 3, ch] = 3.0
    tile = np.tile(mask, (Hs, Ws, 1))
    img = big * tile * 0.9
    # bezel
    bz = int(Ws * sub * 0.05)
    out = np.full((Hs * sub + 2 * bz, Ws * sub + 2 * bz, 3), 18, np.float32)
    out[bz:bz + Hs * sub, bz:bz + Ws * sub] = img
    H, W = out.shape[:2]
    alpha = np.zeros((H, W), np.float32)
    r = bz * 3
    cv2.rectangle(alpha, (r, 0), (W - r, H), 1, -1)
    cv2.rectangle(alpha, (0, r), (W, H - r), 1, -1)
    for cx, cy in ((r, r), (W - r, r), (r, H - r), (W - r, H - r)):
        cv2.circle(alpha, (cx, cy), r, 1, -1)
    X0, Y0 = bz + x0 * sub, bz + y0 * sub
    S = side_s * sub
    quad = np.array([[X0, Y0], [X0 + S, Y0], [X0 + S, Y0 + S], [X0, Y0 + S]], np.float32)
    return dict(img=out, alpha=alpha, quad=quad, mpx=mpx_screen * sub, n=n, paper=(250, 250, 250), dark=(0, 0, 0), screen=True)
