"""Drawing of styled QR prints, templates, backgrounds and the phone-photo pipeline."""
import subprocess
import numpy as np
import cv2

cv2.setNumThreads(1)

FONT = cv2.FONT_HERSHEY_SIMPLEX
FONTB = cv2.FONT_HERSHEY_DUPLEX
FONTS = [cv2.FONT_HERSHEY_SIMPLEX, cv2.FONT_HERSHEY_DUPLEX, cv2.FONT_HERSHEY_TRIPLEX, cv2.FONT_HERSHEY_COMPLEX]


def qr_matrix(text, ec="M", version=None):
    cmd = ["qrencode", "-s", "1", "-m", "0", "-l", ec, "-t", "PNG", "-o", "-"]
    if version:
        cmd += ["-v", str(version)]
    png = subprocess.run(cmd, input=text.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout
    im = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    return im < 128


# ------------------------------------------------------------------ colours / helpers
DARKS = {"black": (20, 20, 20), "navy": (95, 40, 15), "darkblue": (130, 60, 20), "red": (40, 30, 170),
         "darkred": (35, 25, 120), "darkgreen": (50, 90, 20), "purple": (110, 30, 80), "brown": (30, 50, 80)}
# BGR colours used for frames
BANK_COLS = [(150, 70, 0), (40, 40, 200), (60, 140, 0), (160, 90, 20), (30, 120, 230), (120, 40, 110),
             (180, 120, 20), (20, 20, 160), (90, 150, 30)]


def rrect(img, x0, y0, x1, y1, r, col, thick=-1):
    """filled (or outlined) rounded rectangle, integer coords"""
    x0, y0, x1, y1, r = int(x0), int(y0), int(x1), int(y1), int(max(0, r))
    r = min(r, (x1 - x0) // 2, (y1 - y0) // 2)
    if thick < 0:
        cv2.rectangle(img, (x0 + r, y0), (x1 - r, y1), col, -1)
        cv2.rectangle(img, (x0, y0 + r), (x1, y1 - r), col, -1)
        for cx, cy in ((x0 + r, y0 + r), (x1 - r, y0 + r), (x0 + r, y1 - r), (x1 - r, y1 - r)):
            cv2.circle(img, (cx, cy), r, col, -1, cv2.LINE_AA)
    else:
        m = np.zeros(img.shape[:2], np.uint8)
        rrect(m, x0, y0, x1, y1, r, 255)
        mi = np.zeros(img.shape[:2], np.uint8)
        rrect(mi, x0 + thick, y0 + thick, x1 - thick, y1 - thick, max(0, r - thick), 255)
        ring = cv2.subtract(m, mi)
        img[ring > 0] = col


def text(img, s, x, y, h, col, font=FONT, thick=None, center=False):
    scale = h / 22.0
    th = thick or max(1, int(round(h / 9)))
    if center:
        (w, _), _ = cv2.getTextSize(s, font, scale, th)
        x = x - w // 2
    cv2.putText(img, s, (int(x), int(y)), font, scale, col, th, cv2.LINE_AA)


def text_width(s, h, font=FONT):
    scale = h / 22.0
    th = max(1, int(round(h / 9)))
    return cv2.getTextSize(s, font, scale, th)[0][0]


# ------------------------------------------------------------------ the code itself
def draw_code(M, ppm, style, rng):
    """Render module matrix M at ppm px/module with a quiet zone of style['qz'] modules.
    Returns BGR uint8 image, and offset (px) of the symbol's top-left corner."""
    n = M.shape[0]
    qz = style.get("qz", 4)
    qpx = int(round(qz * ppm))
    S = n * ppm + 2 * qpx
    light = style.get("light", (255, 255, 255))
    dark = style.get("dark", (20, 20, 20))
    fcol = style.get("finder_col", dark)
    img = np.empty((S, S, 3), np.uint8)
    img[:] = light
    shape = style.get("module", "square")
    fstyle = style.get("finder", "square")
    # modules outside the finder areas
    infinder = np.zeros_like(M)
    for (r, c) in ((0, 0), (0, n - 7), (n - 7, 0)):
        infinder[r:r + 7, c:c + 7] = True
    logo = style.get("logo_box")  # in modules (r0, c0, r1, c1)
    ys, xs = np.nonzero(M & ~infinder)
    if logo is not None:
        r0, c0, r1, c1 = logo
        keep = ~((ys >= r0) & (ys < r1) & (xs >= c0) & (xs < c1))
        ys, xs = ys[keep], xs[keep]
    sh = 4
    if shape == "square":
        for y, x in zip(ys, xs):
            x0, y0 = qpx + x * ppm, qpx + y * ppm
            img[y0:y0 + ppm, x0:x0 + ppm] = dark
    elif shape in ("dot", "bigdot"):
        rad = (0.42 if shape == "dot" else 0.5) * ppm
        for y, x in zip(ys, xs):
            cx, cy = qpx + (x + 0.5) * ppm, qpx + (y + 0.5) * ppm
            cv2.circle(img, (int(cx * 16), int(cy * 16)), int(rad * 16), dark, -1, cv2.LINE_AA, sh)
    elif shape == "rounded":
        rr = max(1, int(0.3 * ppm))
        for y, x in zip(ys, xs):
            x0, y0 = qpx + x * ppm, qpx + y * ppm
            rrect(img, x0, y0, x0 + ppm - 1, y0 + ppm - 1, rr, dark)
    elif shape == "diamond":
        for y, x in zip(ys, xs):
            cx, cy = qpx + (x + 0.5) * ppm, qpx + (y + 0.5) * ppm
            h = 0.55 * ppm
            pts = np.array([[cx, cy - h], [cx + h, cy], [cx, cy + h], [cx - h, cy]]) * 16
            cv2.fillConvexPoly(img, pts.astype(np.int32), dark, cv2.LINE_AA, sh)
    # finders
    for (r, c) in ((0, 0), (0, n - 7), (n - 7, 0)):
        x0, y0 = qpx + c * ppm, qpx + r * ppm
        P = 7 * ppm
        if fstyle == "square":
            img[y0:y0 + P, x0:x0 + P] = fcol
            img[y0 + ppm:y0 + 6 * ppm, x0 + ppm:x0 + 6 * ppm] = light
            img[y0 + 2 * ppm:y0 + 5 * ppm, x0 + 2 * ppm:x0 + 5 * ppm] = fcol
        else:
            ro = {"rounded": 2.0, "softround": 1.2}.get(fstyle, 2.0)
            rrect(img, x0, y0, x0 + P - 1, y0 + P - 1, ro * ppm, fcol)
            rrect(img, x0 + ppm, y0 + ppm, x0 + 6 * ppm - 1, y0 + 6 * ppm - 1, (ro - 0.8) * ppm, light)
            if style.get("finder_eye") == "dot":
                cv2.circle(img, (int((x0 + 3.5 * ppm) * 16), int((y0 + 3.5 * ppm) * 16)), int(1.55 * ppm * 16), fcol,
                           -1, cv2.LINE_AA, sh)
            else:
                rrect(img, x0 + 2 * ppm, y0 + 2 * ppm, x0 + 5 * ppm - 1, y0 + 5 * ppm - 1, 0.8 * ppm, fcol)
    if logo is not None:
        r0, c0, r1, c1 = logo
        draw_logo(img, qpx + c0 * ppm, qpx + r0 * ppm, qpx + c1 * ppm, qpx + r1 * ppm, style.get("logo_kind", "bank"),
                  style.get("logo_text", "VCB"), style.get("logo_col", (40, 40, 200)), light, rng)
    return img, qpx


def draw_logo(img, x0, y0, x1, y1, kind, label, col, light, rng):
    w = x1 - x0
    pad = int(0.08 * w)
    cv2.rectangle(img, (x0, y0), (x1 - 1, y1 - 1), light, -1)
    if kind == "bank":
        rrect(img, x0 + pad, y0 + pad, x1 - pad, y1 - pad, 0.2 * w, col)
        h = (w - 2 * pad) / max(2.2, len(label) * 0.75)
        text(img, label, (x0 + x1) // 2, (y0 + y1) // 2 + int(h * 0.45), h, (255, 255, 255), FONTB, center=True)
    elif kind == "circle":
        cv2.circle(img, ((x0 + x1) // 2, (y0 + y1) // 2), w // 2 - pad, col, -1, cv2.LINE_AA)
        cv2.circle(img, ((x0 + x1) // 2, (y0 + y1) // 2), int(w * 0.28), (255, 255, 255), max(2, w // 14),
                   cv2.LINE_AA)
        h = w * 0.18
        text(img, label[:3], (x0 + x1) // 2, (y0 + y1) // 2 + int(h * 0.45), h, (255, 255, 255), FONTB, center=True)
    else:  # vietqr mark: red "Viet" blue "QR"
        h = w / 4.2
        cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
        tw = text_width("VietQR", h, FONTB)
        text(img, "Viet", cx - tw // 2, cy + int(h * 0.4), h, (40, 30, 210), FONTB)
        text(img, "QR", cx - tw // 2 + text_width("Viet", h, FONTB), cy + int(h * 0.4), h, (140, 60, 0), FONTB)


def pick_code_style(rng, M, ec, allow_logo=True, colourful=True):
    n = M.shape[0]
    st = {}
    st["module"] = str(rng.choice(["square", "square", "dot", "bigdot", "rounded", "diamond"], p=[.3, .1, .2, .1, .2, .1]))
    st["finder"] = str(rng.choice(["square", "rounded", "softround"], p=[.45, .35, .2]))
    if st["finder"] != "square" and rng.random() < 0.4:
        st["finder_eye"] = "dot"
    if colourful:
        dk = str(rng.choice(list(DARKS), p=[.4, .15, .15, .08, .08, .05, .05, .04]))
    else:
        dk = "black"
    st["dark_name"] = dk
    st["dark"] = DARKS[dk]
    st["finder_col"] = st["dark"]
    if colourful and rng.random() < 0.25:
        fn = str(rng.choice(["red", "navy", "darkblue", "darkred"]))
        st["finder_col"] = DARKS[fn]
        st["finder_name"] = fn
    st["light"] = tuple(int(v) for v in (255 - rng.integers(0, 12, 3))) if rng.random() < 0.5 else (255, 255, 255)
    if allow_logo and ec in ("Q", "H") and rng.random() < 0.85:
        frac = rng.uniform(0.16, 0.26) if ec == "H" else rng.uniform(0.13, 0.19)
        k = int(round(frac * n))
        k += (n - k) % 2
        r0 = (n - k) // 2
        st["logo_box"] = (r0, r0, r0 + k, r0 + k)
        st["logo_kind"] = str(rng.choice(["bank", "circle", "vietqr"]))
        st["logo_col"] = BANK_COLS[int(rng.integers(len(BANK_COLS)))]
    st["qz"] = float(rng.uniform(3, 6))
    return st


def style_desc(st):
    s = "%s modules, %s finders" % (st["module"], st["finder"])
    if st.get("finder_eye"):
        s += " (dot eye)"
    s += ", %s ink" % st["dark_name"]
    if st.get("finder_name"):
        s += " + %s finders" % st["finder_name"]
    if st.get("logo_box"):
        r0, c0, r1, c1 = st["logo_box"]
        s += ", centre logo %s %dx%d modules" % (st["logo_kind"], r1 - r0, c1 - c0)
    return s


# ------------------------------------------------------------------ templates (the printed object)
def make_print(rng, M, st, ppm, template, info):
    """Return (print BGR uint8, alpha uint8, code_rect (x0,y0,size_px of symbol), extra dict)."""
    code, qpx = draw_code(M, ppm, st, rng)
    S = code.shape[0]
    n = M.shape[0]
    sym = n * ppm
    bank = info.get("bank", {}) if info else {}
    bname = bank.get("short_name", "Vietcombank")
    holder = info.get("holder", "NGUYEN VAN AN") if info else "NGUYEN VAN AN"
    acct = info.get("account", "") if info else ""
    extra = {}
    if template == "plain":
        m = int(S * rng.uniform(0.05, 0.4))
        W, H = S + 2 * m, S + 2 * m + int(S * rng.uniform(0, 0.35))
        img = np.full((H, W, 3), st["light"], np.uint8)
        img[m:m + S, m:m + S] = code
        if H > S + 2 * m + 10:
            h = (H - S - 2 * m) * 0.3
            text(img, holder, W // 2, m + S + int(h * 1.5), h, (40, 40, 40), FONT, center=True)
        alpha = np.full((H, W), 255, np.uint8)
        return img, alpha, (m + qpx, m + qpx, sym), extra
    if template in ("vietqr_standee", "vnpay_standee", "sticker"):
        col = BANK_COLS[int(rng.integers(len(BANK_COLS)))]
        col2 = tuple(int(c * 0.6) for c in col)
        bw = int(S * rng.uniform(0.08, 0.18))  # frame width
        head = int(S * rng.uniform(0.28, 0.45))
        foot = int(S * rng.uniform(0.4, 0.7))
        W = S + 2 * bw + 2 * int(0.06 * S)
        H = head + S + foot + 2 * bw
        img = np.zeros((H, W, 3), np.uint8)
        # vertical gradient frame
        t = np.linspace(0, 1, H)[:, None, None]
        img[:] = (np.array(col)[None, None] * (1 - t) + np.array(col2)[None, None] * t).astype(np.uint8)
        # decorative waves
        for k in range(int(rng.integers(2, 6))):
            yy = int(rng.uniform(0.6, 1.0) * H)
            amp = rng.uniform(0.02, 0.08) * H
            xs_ = np.arange(0, W, 8)
            pts = np.stack([xs_, yy + amp * np.sin(xs_ / W * rng.uniform(3, 9) + rng.uniform(0, 6))], 1)
            cv2.polylines(img, [pts.astype(np.int32)], False, tuple(min(255, int(c * 1.3) + 30) for c in col),
                          max(2, S // 80), cv2.LINE_AA)
        card_x0, card_y0 = bw, bw + head
        card_x1, card_y1 = W - bw, bw + head + S + int(foot * 0.55)
        rrect(img, card_x0, card_y0 - int(0.05 * S), card_x1, card_y1, 0.05 * S, st["light"])
        cx = (W - S) // 2
        img[card_y0:card_y0 + S, cx:cx + S] = code
        # header
        hh = head * 0.38
        if template == "vnpay_standee":
            tw = text_width("VNPAY", hh, FONTB)
            text(img, "VN", W // 2 - tw // 2 - int(hh), bw + int(head * 0.55), hh, (255, 255, 255), FONTB)
            text(img, "PAY", W // 2 - tw // 2 - int(hh) + text_width("VN", hh, FONTB), bw + int(head * 0.55), hh,
                 (60, 60, 230), FONTB)
            text(img, "-QR", W // 2 + tw // 2, bw + int(head * 0.55), hh * 0.8, (255, 255, 255), FONTB)
            text(img, "Quet ma de thanh toan", W // 2, bw + int(head * 0.85), hh * 0.35, (240, 240, 240), FONT,
                 center=True)
        else:
            tw = text_width("VietQR", hh, FONTB)
            rrect(img, W // 2 - tw // 2 - 20, bw + int(head * 0.12), W // 2 + tw // 2 + 20, bw + int(head * 0.7),
                  head * 0.1, (255, 255, 255))
            text(img, "Viet", W // 2 - tw // 2, bw + int(head * 0.55), hh, (40, 30, 210), FONTB)
            text(img, "QR", W // 2 - tw // 2 + text_width("Viet", hh, FONTB), bw + int(head * 0.55), hh,
                 (140, 60, 0), FONTB)
            text(img, "napas 247", W // 2, bw + int(head * 0.88), hh * 0.35, (255, 255, 255), FONTB, center=True)
        # footer text inside the card and below
        fy = card_y0 + S + int(foot * 0.12)
        fh = foot * 0.1
        text(img, holder, W // 2, fy + int(fh), fh, (30, 30, 30), FONTB, center=True)
        if acct:
            text(img, "STK: " + acct, W // 2, fy + int(2.4 * fh), fh * 0.85, (60, 60, 60), FONT, center=True)
        text(img, bname, W // 2, fy + int(3.7 * fh), fh * 0.85, col, FONTB, center=True)
        # logos row below card
        ly = card_y1 + int(foot * 0.1)
        lh = int(foot * 0.28)
        for k in range(3):
            lx = int(W * (0.18 + 0.3 * k))
            rrect(img, lx, ly, lx + int(lh * 1.8), ly + lh, lh * 0.2, (255, 255, 255))
            lab = ["napas", bank.get("code", "BANK")[:6], "VNPAY" if template == "vnpay_standee" else "VietQR"][k]
            text(img, lab, lx + int(lh * 0.9), ly + int(lh * 0.65), lh * 0.35, col, FONTB, center=True)
        alpha = np.zeros((H, W), np.uint8)
        if template == "sticker":
            rrect(alpha, 0, 0, W - 1, H - 1, 0.06 * W, 255)
        else:
            alpha[:] = 255
        return img, alpha, (cx + qpx, card_y0 + qpx, sym), extra
    if template in ("phone_screen", "laptop_screen"):
        phone = template == "phone_screen"
        if phone:
            sw = int(S * rng.uniform(1.15, 1.4))
            shh = int(sw * rng.uniform(1.9, 2.1))
            bez = int(sw * 0.05)
        else:
            shh = int(S * rng.uniform(1.5, 1.9))
            sw = int(shh * 1.6)
            bez = int(shh * 0.05)
        W, H = sw + 2 * bez, shh + 2 * bez
        img = np.zeros((H, W, 3), np.uint8)
        alpha = np.zeros((H, W), np.uint8)
        rrect(img, 0, 0, W - 1, H - 1, bez * (3 if phone else 1), (25, 25, 28))
        rrect(alpha, 0, 0, W - 1, H - 1, bez * (3 if phone else 1), 255)
        scr = np.full((shh, sw, 3), 245, np.uint8)
        col = BANK_COLS[int(rng.integers(len(BANK_COLS)))]
        scr[:int(shh * 0.12)] = col
        text(scr, bname if phone else "Thanh toan don hang - " + bname, sw // 2, int(shh * 0.08), shh * 0.035,
             (255, 255, 255), FONTB, center=True)
        cy0 = int(shh * 0.2) if phone else int((shh - S) / 2)
        cx0 = (sw - S) // 2 if phone else int(sw * 0.12)
        scr[cy0:cy0 + S, cx0:cx0 + S] = code
        ty = cy0 + S + int(shh * 0.05)
        if phone:
            text(scr, holder, sw // 2, ty, shh * 0.03, (30, 30, 30), FONTB, center=True)
            text(scr, acct, sw // 2, ty + int(shh * 0.045), shh * 0.025, (90, 90, 90), FONT, center=True)
            rrect(scr, int(sw * 0.1), ty + int(shh * 0.08), int(sw * 0.9), ty + int(shh * 0.14), shh * 0.02, col)
            text(scr, "Luu anh QR", sw // 2, ty + int(shh * 0.12), shh * 0.025, (255, 255, 255), FONTB, center=True)
        else:
            tx = cx0 + S + int(sw * 0.06)
            for k, s in enumerate(["Ngan hang: " + bname, "Chu TK: " + holder, "So TK: " + acct,
                                   "So tien: %s VND" % (int(rng.integers(1, 900)) * 1000), "Noi dung: ORD%06d" %
                                   int(rng.integers(0, 999999)), "Het han sau: 09:59"]):
                text(scr, s, tx, cy0 + int((k + 1) * shh * 0.07), shh * 0.028, (40, 40, 40), FONT)
        # LCD subpixel / pixel grid: fine periodic modulation -> moire after resampling
        p = rng.uniform(1.6, 3.2)
        xx = np.arange(sw)[None, :]
        yy = np.arange(shh)[:, None]
        mod = 1 - 0.10 * (0.5 + 0.5 * np.cos(2 * np.pi * xx / p)) - 0.06 * (0.5 + 0.5 * np.cos(2 * np.pi * yy / p))
        scr = np.clip(scr * mod[..., None], 0, 255).astype(np.uint8)
        img[bez:bez + shh, bez:bez + sw] = scr
        extra["emissive"] = True
        return img, alpha, (bez + cx0 + qpx, bez + cy0 + qpx, sym), extra
    if template == "receipt":
        m = int(S * 0.08)
        W = S + 2 * m
        top = int(S * rng.uniform(0.6, 1.2))
        bot = int(S * rng.uniform(0.4, 0.9))
        H = top + S + bot
        paper = (int(rng.integers(235, 250)),) * 3
        img = np.full((H, W, 3), paper, np.uint8)
        ink = int(rng.integers(60, 125))
        # thermal print: grey ink
        cg = code.astype(np.float32)
        cg = cg.mean(2, keepdims=True)
        cg = paper[0] - (paper[0] - cg) / 255.0 * (paper[0] - ink) * 255.0 / max(1, 255 - 20)
        img[top:top + S, m:m + S] = np.clip(np.repeat(cg, 3, 2), 0, 255).astype(np.uint8)
        th = S * 0.045
        lines = ["CUA HANG " + (holder[:18]), "DC: 12 Ly Thuong Kiet", "HD: %08d" % int(rng.integers(0, 1e8)),
                 "--------------------------------", "Ca phe sua   2 x 29.000", "Banh mi      1 x 25.000",
                 "TONG CONG        83.000", "Quet ma VietQR de thanh toan"]
        for k, s in enumerate(lines):
            yk = int(top * 0.1 + k * th * 1.9)
            if yk + th < top:
                text(img, s, m, yk + int(th), th, (ink,) * 3, FONT)
        text(img, bname, W // 2, top + S + int(bot * 0.25), th, (ink,) * 3, FONT, center=True)
        text(img, "Cam on quy khach!", W // 2, top + S + int(bot * 0.5), th, (ink,) * 3, FONT, center=True)
        # thermal head streaks (light vertical lines) and fading
        f = np.ones(W, np.float32)
        for k in range(int(rng.integers(0, 4))):
            xk = int(rng.integers(m, W - m))
            f[xk:xk + int(rng.integers(1, 3))] = rng.uniform(0.3, 0.7)
        fade = rng.uniform(0.0, 0.25)
        im = img.astype(np.float32)
        im = paper[0] - (paper[0] - im) * (f[None, :, None] * (1 - fade))
        img = np.clip(im, 0, 255).astype(np.uint8)
        alpha = np.full((H, W), 255, np.uint8)
        extra["curl"] = True
        return img, alpha, (m + qpx, top + qpx, sym), extra
    raise ValueError(template)


# ------------------------------------------------------------------ backgrounds
def background(rng, W, H, kind=None):
    kind = kind or str(rng.choice(["wood", "counter", "wall", "shop", "glass", "fabric", "tiles", "desk"]))
    w, h = max(64, W // 4), max(64, H // 4)
    base = np.array(rng.integers(40, 220, 3), np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([rng.uniform(40, 90), rng.uniform(80, 130), rng.uniform(120, 190)], np.float32)
        ang = rng.uniform(-0.3, 0.3)
        u = xx * np.sin(ang) + yy * np.cos(ang)
        g = np.sin(u / rng.uniform(3, 9) + 2 * np.sin(xx / rng.uniform(20, 60))) * 0.12
        g += rng.normal(0, 0.04, (h, w))
        img = base[None, None] * (1 + g[..., None])
    elif kind == "tiles":
        t = int(rng.integers(20, 60))
        img = np.empty((h, w, 3), np.float32)
        img[:] = base
        img[(yy.astype(int) % t < 2) | (xx.astype(int) % t < 2)] *= 0.6
        img *= (1 + rng.normal(0, 0.03, (h, w, 1)))
    elif kind == "fabric":
        p = rng.uniform(4, 12)
        g = 0.15 * np.sign(np.sin(xx / p)) * np.sign(np.sin(yy / p))
        img = base[None, None] * (1 + g[..., None])
    elif kind in ("shop", "glass"):
        img = np.empty((h, w, 3), np.float32)
        img[:] = base * 0.7
        for k in range(int(rng.integers(8, 25))):
            c = tuple(float(v) for v in rng.integers(20, 255, 3))
            x0, y0 = int(rng.integers(0, w)), int(rng.integers(0, h))
            cv2.rectangle(img, (x0, y0), (x0 + int(rng.integers(5, w // 2)), y0 + int(rng.integers(5, h // 2))), c, -1)
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(2, 6))
        if kind == "glass":
            img = img * 0.6 + 80
    else:  # counter, wall, desk: smooth with speckle
        img = np.empty((h, w, 3), np.float32)
        img[:] = base
        img *= (1 + rng.normal(0, 0.05, (h, w, 1)))
        img = cv2.GaussianBlur(img, (0, 0), 1.0)
    img = cv2.resize(img, (W, H), interpolation=cv2.INTER_LINEAR)
    return np.clip(img, 0, 255).astype(np.float32), kind


# ------------------------------------------------------------------ geometry
def rot_matrix(tx, ty, rz):
    a, b, c = np.radians([tx, ty, rz])
    Rx = np.array([[1, 0, 0], [0, np.cos(a), -np.sin(a)], [0, np.sin(a), np.cos(a)]])
    Ry = np.array([[np.cos(b), 0, np.sin(b)], [0, 1, 0], [-np.sin(b), 0, np.cos(b)]])
    Rz = np.array([[np.cos(c), -np.sin(c), 0], [np.sin(c), np.cos(c), 0], [0, 0, 1]])
    return Rz @ Rx @ Ry


def project(pts, R, f, Z, c):
    P = np.c_[pts, np.zeros(len(pts))] @ R.T
    P[:, 2] += Z
    return np.c_[f * P[:, 0] / P[:, 2] + c[0], f * P[:, 1] / P[:, 2] + c[1]]


def pose_homography(code_rect, print_shape, ppm_canvas, ppm_target, tilt, roll, W, H, rng, centre=None):
    """Homography print->photo so the symbol has ~ppm_target px/module at its centre."""
    x0, y0, sym = code_rect
    cc = np.array([x0 + sym / 2, y0 + sym / 2])
    f = W * rng.uniform(0.75, 1.1)
    s = ppm_target / ppm_canvas  # photo px per canvas px at the centre
    Z = f / s
    d = rng.uniform(0, 2 * np.pi)
    R = rot_matrix(tilt * np.cos(d), tilt * np.sin(d), roll)
    if centre is None:
        centre = (W / 2, H / 2)
    ph, pw = print_shape[:2]
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    dst = project(src - cc, R, f, Z, centre)
    Hm = cv2.getPerspectiveTransform(src, np.float32(dst))
    return Hm, dict(f=f, R=R, Z=Z)


def code_quad(Hm, code_rect):
    x0, y0, sym = code_rect
    q = np.float32([[x0, y0], [x0 + sym, y0], [x0 + sym, y0 + sym], [x0, y0 + sym]])[None]
    return cv2.perspectiveTransform(q, Hm)[0]


def local_ppm(Hm, code_rect, n):
    """min and max px/module along the symbol edges in the photo"""
    q = code_quad(Hm, code_rect)
    e = [np.linalg.norm(q[(i + 1) % 4] - q[i]) / n for i in range(4)]
    return min(e), max(e)


def bend(img, alpha, rng, axis=1, amount=None):
    """cylindrical bend (bottle / curled receipt / curved standee) of a print, via remap"""
    if axis == 0:
        o, a = bend(img.transpose(1, 0, 2).copy(), alpha.T.copy(), rng, 1, amount)
        return o.transpose(1, 0, 2).copy(), a.T.copy()
    h, w = alpha.shape
    phi = np.radians(amount if amount is not None else rng.uniform(25, 80))
    R = w / phi
    half = R * np.sin(phi / 2)
    xo = np.linspace(-half, half, w).astype(np.float32)
    th = np.arcsin(np.clip(xo / R, -1, 1))
    xs = (R * th + w / 2).astype(np.float32)
    z = R * (1 - np.cos(th))  # depth away from viewer
    ys_scale = (1 - 0.25 * z / R).astype(np.float32)
    yy = (np.arange(h, dtype=np.float32)[:, None] - h / 2) / ys_scale[None, :] + h / 2
    mx = np.repeat(xs[None, :], h, 0)
    shade = (0.75 + 0.25 * np.cos(th)).astype(np.float32)
    o = cv2.remap(img, mx, yy.astype(np.float32), cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    o = np.clip(o * shade[None, :, None], 0, 255).astype(np.uint8)
    a = cv2.remap(alpha, mx, yy.astype(np.float32), cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    return o, a


def composite(print_img, alpha, Hm, bg, scale):
    H, W = bg.shape[:2]
    src = print_img
    a = alpha
    if scale < 0.9:  # anti-alias before shrinking
        sig = 0.45 / scale
        src = cv2.GaussianBlur(src, (0, 0), sig)
        a = cv2.GaussianBlur(a, (0, 0), sig)
    warped = cv2.warpPerspective(src, Hm, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    wa = cv2.warpPerspective(a, Hm, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    wa = wa.astype(np.float32)[..., None] / 255.0
    out = bg * (1 - wa) + warped.astype(np.float32) * wa
    return out, wa[..., 0]


# ------------------------------------------------------------------ photometric pipeline
def lowres_field(rng, W, H, fn):
    w, h = max(32, W // 8), max(32, H // 8)
    f = fn(w, h).astype(np.float32)
    return cv2.resize(f, (W, H), interpolation=cv2.INTER_LINEAR)


def lighting(img, rng, strength=1.0, shadow=True, glare=0.0, emissive_mask=None):
    H, W = img.shape[:2]
    d = []

    def field(w, h):
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        ang = rng.uniform(0, 2 * np.pi)
        g = 1 + strength * rng.uniform(0.05, 0.35) * ((xx / w - .5) * np.cos(ang) + (yy / h - .5) * np.sin(ang)) * 2
        r2 = ((xx / w - .5) ** 2 + (yy / h - .5) ** 2)
        g *= 1 - strength * rng.uniform(0.1, 0.45) * r2 * 2
        if shadow and rng.random() < 0.6:
            pts = np.stack([rng.uniform(-.3, 1.3, 5) * w, rng.uniform(-.3, 1.3, 5) * h], 1).astype(np.int32)
            m = np.zeros((h, w), np.float32)
            cv2.fillPoly(m, [cv2.convexHull(pts)], 1.0)
            m = cv2.GaussianBlur(m, (0, 0), rng.uniform(1, 6))
            depth = strength * rng.uniform(0.15, 0.55)
            g *= 1 - depth * m
            d.append("shadow %.2f" % depth)
        return g
    L = lowres_field(rng, W, H, field)
    exposure = rng.uniform(0.75, 1.2)
    wb = np.array([rng.uniform(0.85, 1.1), 1.0, rng.uniform(0.85, 1.1)], np.float32)
    img = img * (L * exposure)[..., None] * wb[None, None]
    if glare > 0:
        def gl(w, h):
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
            cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
            sx, sy = rng.uniform(0.03, 0.2) * w, rng.uniform(0.03, 0.2) * h
            th = rng.uniform(0, np.pi)
            u = ((xx - cx) * np.cos(th) + (yy - cy) * np.sin(th)) / sx
            v = (-(xx - cx) * np.sin(th) + (yy - cy) * np.cos(th)) / sy
            return np.exp(-(u * u + v * v))
        G = lowres_field(rng, W, H, gl) * glare * 255
        img = img + G[..., None]
        d.append("glare %.2f" % glare)
    return img, ", ".join(d)


def sensor_and_isp(img, rng, noise=1.0, jpeg_q=85, denoise=True, sharpen=True):
    H, W = img.shape[:2]
    img = np.clip(img, 0, 255)
    sig = noise * rng.uniform(1.0, 4.0)
    lum = rng.standard_normal((H, W), dtype=np.float32) * (sig * np.sqrt(np.maximum(img.mean(2), 1) / 128.0))
    chroma = cv2.resize(rng.standard_normal((H // 2, W // 2, 3), dtype=np.float32), (W, H)) * (sig * 0.6)
    img = img + lum[..., None] + chroma
    img = np.clip(img, 0, 255).astype(np.uint8)
    d = ["noise %.1f" % sig]
    if denoise and rng.random() < 0.6:
        img = cv2.bilateralFilter(img, 5, rng.uniform(10, 30), 3)
        d.append("denoise")
    if sharpen and rng.random() < 0.7:
        amt = rng.uniform(0.3, 1.2)
        bl = cv2.GaussianBlur(img, (0, 0), rng.uniform(1.0, 2.0))
        img = cv2.addWeighted(img, 1 + amt, bl, -amt, 0)
        d.append("sharpen %.1f" % amt)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(jpeg_q)])
    d.append("jpeg q%d" % jpeg_q)
    return buf.tobytes(), ", ".join(d)


RESOLUTIONS = [(1280, 720), (1600, 1200), (1920, 1080), (2048, 1536), (2560, 1440), (3264, 2448), (4000, 3000)]


def pick_resolution(rng, big_ok=True, p_big=0.1):
    if big_ok and rng.random() < p_big:
        W, H = 4000, 3000
    else:
        W, H = RESOLUTIONS[int(rng.integers(0, 6))]
    if rng.random() < 0.5:
        W, H = H, W
    return W, H


# ------------------------------------------------------------------ blur kernels
def disc_kernel(r):
    r = max(0.5, r)
    k = int(np.ceil(r)) * 2 + 1
    K = np.zeros((k * 4, k * 4), np.float32)
    cv2.circle(K, (k * 2, k * 2), int(r * 4), 1.0, -1, cv2.LINE_AA)
    K = cv2.resize(K, (k, k), interpolation=cv2.INTER_AREA)
    return K / K.sum()


def line_kernel(L, ang):
    k = int(np.ceil(L)) + 3
    k += 1 - k % 2
    K = np.zeros((k * 4, k * 4), np.float32)
    c = k * 2
    dx, dy = np.cos(ang) * L * 2, np.sin(ang) * L * 2
    cv2.line(K, (int(c - dx), int(c - dy)), (int(c + dx), int(c + dy)), 1.0, 4, cv2.LINE_AA)
    K = cv2.resize(K, (k, k), interpolation=cv2.INTER_AREA)
    return K / K.sum()


def arc_kernel(L, rng):
    k = int(np.ceil(L)) + 5
    k += 1 - k % 2
    K = np.zeros((k * 4, k * 4), np.float32)
    c = k * 2
    rad = L * rng.uniform(0.6, 1.5) * 4
    a0 = rng.uniform(0, 2 * np.pi)
    span = L * 4 / rad
    t = np.linspace(a0, a0 + span, 60)
    pts = np.stack([rad * np.cos(t), rad * np.sin(t)], 1)
    pts -= pts.mean(0)
    # non-uniform speed: weight by dwelling
    cv2.polylines(K, [(pts + c).astype(np.int32)], False, 1.0, 4, cv2.LINE_AA)
    K = cv2.resize(K, (k, k), interpolation=cv2.INTER_AREA)
    return K / K.sum()
