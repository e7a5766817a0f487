"""What the code is printed or shown on, drawn flat: the carrier the camera later photographs.

A carrier is a dict: `rgb` (float32 BGR 0..1), `alpha` (where the carrier is), `qr` (x, y of the symbol's
top-left corner in carrier pixels, `px` carrier pixels per module, `n` modules a side) and `glossy`.
"""
import cv2
import numpy as np

FONTS = [cv2.FONT_HERSHEY_SIMPLEX, cv2.FONT_HERSHEY_DUPLEX, cv2.FONT_HERSHEY_COMPLEX, cv2.FONT_HERSHEY_TRIPLEX]
BRANDS = [((40, 40, 200), "AGRIBANK"), ((120, 60, 10), "VIETINBANK"), ((30, 120, 20), "VIETCOMBANK"),
          ((150, 60, 110), "TPBANK"), ((20, 110, 230), "MB BANK"), ((90, 30, 30), "BIDV"), ((30, 30, 160), "TECHCOMBANK")]
WORDS = ["Quet ma de thanh toan", "Chuyen khoan nhanh 24/7", "Cam on quy khach", "So tai khoan", "Chu tai khoan",
         "Ca phe sua da", "Banh mi thit", "Tong cong", "Don gia", "So luong", "Ghi chu", "Giam gia 10%"]


def pick(rng, seq):
    return seq[int(rng.integers(0, len(seq)))]


def text(rng, img, words, x, y, height_px, colour, font=None):
    """Writes `words` with its baseline at y, letters about height_px tall."""
    font = pick(rng, FONTS) if font is None else font
    scale = height_px / 22.0
    cv2.putText(img, words, (int(x), int(y)), font, scale, colour, max(1, int(round(scale * 1.6))), cv2.LINE_AA)


def blank(h, w, colour):
    img = np.empty((int(h), int(w), 3), np.float32)
    img[:] = np.array(colour, np.float32) / 255.0
    return img


def rounded_mask(h, w, radius):
    mask = np.zeros((int(h), int(w)), np.uint8)
    r = int(radius)
    cv2.rectangle(mask, (r, 0), (int(w) - 1 - r, int(h) - 1), 255, -1)
    cv2.rectangle(mask, (0, r), (int(w) - 1, int(h) - 1 - r), 255, -1)
    for cx, cy in ((r, r), (int(w) - 1 - r, r), (r, int(h) - 1 - r), (int(w) - 1 - r, int(h) - 1 - r)):
        cv2.circle(mask, (cx, cy), r, 255, -1, cv2.LINE_AA)
    return mask.astype(np.float32) / 255.0


def draw_symbol(img, modules, x, y, px, ink=(0.08, 0.08, 0.08), paper=None):
    """Dark modules in `ink`; light modules in `paper` (left as they are when None)."""
    n = modules.shape[0]
    mask = np.kron(modules.astype(np.uint8), np.ones((px, px), np.uint8)).astype(bool)
    area = img[y:y + n * px, x:x + n * px]
    if paper is not None:
        area[:] = paper
    area[mask] = ink


def carrier(rgb, alpha, x, y, px, n, glossy=False):
    return {"rgb": rgb, "alpha": alpha, "qr": (int(x), int(y), int(px), int(n)), "glossy": glossy}


def sticker(rng, modules, px, quiet):
    """A white square sticker with a coloured strip and a line of text under the code."""
    n = modules.shape[0]
    side = (n + 2 * quiet) * px
    strip = int(6 * px)
    img = blank(side + strip, side, (250, 250, 247))
    brand, name = pick(rng, BRANDS)
    cv2.rectangle(img, (0, side + strip // 3), (side, side + strip), [c / 255 for c in brand], -1)
    text(rng, img, name, px * 2, side + strip * 0.85, strip * 0.4, (1, 1, 1))
    draw_symbol(img, modules, quiet * px, quiet * px, px)
    return carrier(img, rounded_mask(side + strip, side, px * 1.5), quiet * px, quiet * px, px, n)


def phone_screen(rng, modules, px, quiet):
    """A phone held up showing the code in a banking app: dark body, bright screen, app bar, amount."""
    n = modules.shape[0]
    screen_w = (n + 2 * quiet) * px
    bezel = int(max(3, 0.06 * screen_w))
    screen_h = int(screen_w * 2.0)
    body = blank(screen_h + 2 * bezel, screen_w + 2 * bezel, pick(rng, [(25, 25, 25), (60, 55, 50), (200, 200, 205)]))
    screen = blank(screen_h, screen_w, (252, 248, 245))
    brand, name = pick(rng, BRANDS)
    bar = int(screen_h * 0.12)
    cv2.rectangle(screen, (0, 0), (screen_w, bar), [c / 255 for c in brand], -1)
    text(rng, screen, name, screen_w * 0.06, bar * 0.7, bar * 0.4, (1, 1, 1))
    top = int(screen_h * 0.22)
    draw_symbol(screen, modules, quiet * px, top + quiet * px, px)
    y = top + (n + 2 * quiet) * px + px * 4
    for words in ("%d.000 VND" % int(rng.integers(10, 900)), pick(rng, WORDS)):
        text(rng, screen, words, screen_w * 0.08, y, screen_w * 0.06, (0.2, 0.2, 0.2))
        y += screen_w * 0.1
    body[bezel:bezel + screen_h, bezel:bezel + screen_w] = screen
    alpha = rounded_mask(body.shape[0], body.shape[1], bezel * 2)
    return carrier(body, alpha, bezel + quiet * px, bezel + top + quiet * px, px, n, glossy=True)


def a4_sheet(rng, modules, px, quiet, with_code=True):
    """An A4 page: heading, a ruled table of items and prices, the code in a bottom corner."""
    n = modules.shape[0]
    code = (n + 2 * quiet) * px
    width = int(code / rng.uniform(0.32, 0.45))
    height = int(width * 1.414)
    img = blank(height, width, (246, 246, 242))
    line = max(8, int(width * 0.035))
    text(rng, img, pick(rng, ["HOA DON BAN HANG", "BANG GIA", "PHIEU THANH TOAN"]), width * 0.08, line * 2, line, (0.1, 0.1, 0.1))
    x0, x1 = int(width * 0.06), int(width * 0.94)
    y = line * 3
    table_bottom = height - code - line * 2 if with_code else height - line * 2
    col = [x0, int(width * 0.5), int(width * 0.68), x1]
    while y + line * 1.6 < table_bottom:
        cv2.line(img, (x0, int(y)), (x1, int(y)), (0.3, 0.3, 0.3), max(1, line // 12))
        text(rng, img, pick(rng, WORDS), col[0] + line * 0.3, y + line * 1.2, line * 0.6, (0.15, 0.15, 0.15))
        text(rng, img, str(int(rng.integers(1, 20))), col[1] + line * 0.3, y + line * 1.2, line * 0.6, (0.15, 0.15, 0.15))
        text(rng, img, "%d.000" % int(rng.integers(5, 500)), col[2] + line * 0.3, y + line * 1.2, line * 0.6, (0.15, 0.15, 0.15))
        y += line * 1.6
    for cx in col:
        cv2.line(img, (cx, line * 3), (cx, int(y)), (0.3, 0.3, 0.3), max(1, line // 12))
    if not with_code:
        return carrier(img, np.ones(img.shape[:2], np.float32), 0, 0, px, 0)
    qx = x1 - code if rng.random() < 0.6 else x0
    qy = height - code - line
    draw_symbol(img, modules, qx + quiet * px, qy + quiet * px, px)
    tx = x0 if qx != x0 else qx + code + line
    text(rng, img, "Quet QR de chuyen khoan", tx, qy + code * 0.5, line * 0.6, (0.1, 0.1, 0.1))
    return carrier(img, np.ones(img.shape[:2], np.float32), qx + quiet * px, qy + quiet * px, px, n)


def standee(rng, modules, px, quiet):
    """A glossy table standee in the bank's colour: name on top, white panel with the code, holder below."""
    n = modules.shape[0]
    panel = (n + 2 * quiet) * px
    border = int(px * rng.uniform(3, 6))
    width = panel + 2 * border
    head = int(px * 8)
    foot = int(px * 12)
    height = head + panel + foot
    brand, name = pick(rng, BRANDS)
    img = blank(height, width, brand)
    text(rng, img, name, border, head * 0.7, head * 0.45, (1, 1, 1))
    cv2.rectangle(img, (border, head), (border + panel, head + panel), (1, 1, 1), -1)
    draw_symbol(img, modules, border + quiet * px, head + quiet * px, px)
    text(rng, img, pick(rng, ["NGUYEN VAN AN", "CAFE GIO BIEN", "PHO THIN"]), border, head + panel + foot * 0.35, foot * 0.22, (1, 1, 1))
    text(rng, img, "STK: %d" % int(rng.integers(10**9, 10**10)), border, head + panel + foot * 0.7, foot * 0.18, (0.95, 0.95, 0.95))
    return carrier(img, rounded_mask(height, width, px * 2), border + quiet * px, head + quiet * px, px, n, glossy=True)


CLEAN_LAYOUTS = {"sticker on counter": sticker, "phone screen held up": phone_screen,
                 "A4 sheet with a table": a4_sheet, "glossy standee": standee}


def busy_artwork(rng, h, w, px):
    """Dark, busy printed artwork: a blurred colour field under many shapes and strokes."""
    field = rng.uniform(0, 0.45, (max(2, h // 60), max(2, w // 60), 3)).astype(np.float32)
    img = cv2.resize(field, (w, h), interpolation=cv2.INTER_CUBIC)
    for _ in range(int(h * w / (px * px * 40)) + 20):
        colour = tuple(float(c) for c in rng.uniform(0, 0.7, 3))
        centre = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        size = int(rng.uniform(0.5, 4) * px)
        kind = rng.integers(0, 3)
        if kind == 0:
            cv2.circle(img, centre, size, colour, -1, cv2.LINE_AA)
        elif kind == 1:
            end = (centre[0] + int(rng.integers(-8, 9) * px), centre[1] + int(rng.integers(-8, 9) * px))
            cv2.line(img, centre, end, colour, max(1, size // 2), cv2.LINE_AA)
        else:
            cv2.rectangle(img, centre, (centre[0] + size, centre[1] + size), colour, -1)
    noise = rng.normal(0, 0.05, img.shape).astype(np.float32)
    return np.clip(img * rng.uniform(0.4, 0.75) + noise, 0, 1)


def pressed_on_artwork(rng, modules, px, margin_px, style):
    """The code with at most half a module of light margin, then artwork or a coloured frame touching it."""
    n = modules.shape[0]
    pad = int(px * rng.uniform(10, 16))
    side = n * px + 2 * pad
    if style == "dark busy artwork":
        img = busy_artwork(rng, side, side, px)
    else:
        img = blank(side, side, pick(rng, [(235, 235, 230), (200, 225, 245), (230, 220, 250)]))
        frame = int(px * rng.uniform(3, 8))
        colour = [c / 255 for c in pick(rng, [(60, 20, 20), (20, 20, 110), (20, 60, 20), (30, 30, 30), (90, 20, 90)])]
        cv2.rectangle(img, (pad - margin_px - frame, pad - margin_px - frame),
                      (pad + n * px + margin_px + frame - 1, pad + n * px + margin_px + frame - 1), colour, -1)
    cv2.rectangle(img, (pad - margin_px, pad - margin_px), (pad + n * px + margin_px - 1, pad + n * px + margin_px - 1),
                  (0.97, 0.97, 0.95), -1)
    draw_symbol(img, modules, pad, pad, px)
    return carrier(img, rounded_mask(side, side, px), pad, pad, px, n, glossy=rng.random() < 0.5)


def no_code_print(rng, px, kind):
    """Prints with text, grids, checkerboards or bar stripes, and no QR code."""
    if kind == "A4 sheet with a table":
        return a4_sheet(rng, np.zeros((25, 25), bool), px, 4, with_code=False)
    side = int(px * rng.uniform(40, 70))
    img = blank(side, side, (245, 245, 240))
    if kind == "checkerboard":
        cell = int(side / rng.integers(6, 11))
        for i in range(0, side, cell):
            for j in range(0, side, cell):
                if (i // cell + j // cell) % 2:
                    img[i:i + cell, j:j + cell] = 0.1
    elif kind == "graph paper":
        step = max(4, int(side / rng.integers(15, 40)))
        for k in range(0, side, step):
            thick = 2 if (k // step) % 5 == 0 else 1
            cv2.line(img, (k, 0), (k, side), (0.6, 0.5, 0.3), thick)
            cv2.line(img, (0, k), (side, k), (0.6, 0.5, 0.3), thick)
    elif kind == "barcode label":
        x = side // 10
        while x < side * 0.9:
            bar = int(rng.integers(1, 5)) * max(1, side // 150)
            img[side // 6:side * 3 // 4, x:x + bar] = 0.05
            x += bar + int(rng.integers(1, 5)) * max(1, side // 150)
        text(rng, img, "8 935049 %06d" % int(rng.integers(0, 10**6)), side * 0.15, side * 0.88, side * 0.08, (0, 0, 0))
    else:  # menu board
        img[:] = pick(rng, [(0.15, 0.2, 0.15), (0.1, 0.1, 0.12)])
        y = side * 0.12
        while y < side * 0.95:
            text(rng, img, pick(rng, WORDS), side * 0.06, y, side * 0.045, (0.95, 0.95, 0.9))
            text(rng, img, "%dk" % int(rng.integers(15, 90)), side * 0.78, y, side * 0.045, (0.95, 0.85, 0.4))
            y += side * 0.08
    return carrier(img, rounded_mask(side, side, px), 0, 0, px, 0)


NO_CODE_KINDS = ["A4 sheet with a table", "checkerboard", "graph paper", "barcode label", "menu board"]
