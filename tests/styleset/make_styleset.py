#!/usr/bin/python3
"""Held-out synthetic phone-photo set of Vietnamese payment QR codes, labelled by construction and
confirmed with two peer decoders (ZXingReader, zbarimg).

usage: make_styleset.py OUT_DIR [--jobs 2] [--per-class 20] [--seed 20240601] [--classes a,b]
Same seed -> byte-identical files.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import time
from multiprocessing import Pool

import numpy as np
import cv2

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import payloads as PL  # noqa: E402
import render as R  # noqa: E402

cv2.setNumThreads(1)

CLASSES = ["clean", "blur_damage", "quiet_zone", "distance_scale", "payload", "no_code"]
MAX_ATTEMPTS = 24
TEMPLATES = ["vietqr_standee", "plain", "sticker", "phone_screen", "receipt", "vnpay_standee", "laptop_screen"]


# ------------------------------------------------------------------ peers
def run_zxing(path):
    try:
        out = subprocess.run(["ZXingReader", path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             timeout=120).stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return []
    res, cur = [], {}
    for line in out.splitlines():
        if line.startswith("Text:"):
            t = line[5:].strip()
            if len(t) >= 2 and t[0] == '"' and t[-1] == '"':
                t = t[1:-1]
            cur = {"text": t}
        elif line.startswith("Format:") and cur is not None:
            cur["format"] = line[7:].strip()
            res.append(cur)
            cur = {}
    return res


def run_zbar(path):
    try:
        out = subprocess.run(["zbarimg", "-q", path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             timeout=120).stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return []
    res = []
    for line in out.splitlines():
        if ":" in line:
            sym, t = line.split(":", 1)
            res.append({"format": sym, "text": t})
    return res


# ------------------------------------------------------------------ shared shooting
def pick_ec_version(rng, payload, want_logo=None):
    for _ in range(20):
        ec = str(rng.choice(["L", "M", "Q", "H"], p=[.2, .35, .25, .2]))
        v = int(rng.integers(3, 16))
        if len(payload) < 100 and rng.random() < 0.7:
            ec, v = str(rng.choice(["L", "M"])), 3
        M = R.qr_matrix(payload, ec, v)
        ver = (M.shape[0] - 17) // 4
        if ver <= 15:
            return M, ec, ver
    M = R.qr_matrix(payload, "L")
    return M, "L", (M.shape[0] - 17) // 4


def fit_pose(rng, crect, shape, cppm, ppm, tilt, roll, W, H, centre, keep_inside):
    """Draws a camera pose for the print; with keep_inside, shrinks and shifts it (up to 12 draws) until the
    code lies 3% of the frame inside every edge. Returns the homography, the code's quad and the scale used."""
    for _ in range(12):
        Hm, _ = R.pose_homography(crect, shape, cppm, ppm, tilt, roll, W, H, rng, centre)
        q = R.code_quad(Hm, crect)
        if not keep_inside:
            break
        mx = 0.03 * min(W, H)
        x0, y0 = q.min(0)
        x1, y1 = q.max(0)
        if x1 - x0 > W - 2 * mx or y1 - y0 > H - 2 * mx:
            ppm *= 0.85
            continue
        dx = max(0, mx - x0) - max(0, x1 - (W - mx))
        dy = max(0, mx - y0) - max(0, y1 - (H - mx))
        if dx == 0 and dy == 0:
            break
        centre = (centre[0] + dx, centre[1] + dy)
    return Hm, q, ppm


def shoot(rng, M, st, template, info, ppm_target, W, H, tilt, roll, print_hook=None, photo_hook=None,
          centre=None, allow_cut=False, glare=0.0, light=1.0, noise=1.0, jpeg_q=85, curve=None, canvas_ppm=None,
          optical=None):
    n = M.shape[0]
    cppm = canvas_ppm or int(np.clip(round(ppm_target * 1.4), 4, 16))
    img, alpha, crect, extra = R.make_print(rng, M, st, cppm, template, info)
    desc = []
    if print_hook:
        img, alpha, d = print_hook(img, alpha, crect, cppm)
        desc.append(d)
    if extra.get("curl") or curve:
        amt = curve if curve else rng.uniform(20, 60)
        axis = int(rng.integers(0, 2))
        img, alpha = R.bend(img, alpha, rng, axis, amt)
        desc.append("curved surface %.0f deg" % amt)
    bg, bgk = R.background(rng, W, H)
    if centre is None:
        centre = (W * rng.uniform(0.35, 0.65), H * rng.uniform(0.35, 0.65))
    Hm, q, ppm_target = fit_pose(rng, crect, img.shape, cppm, ppm_target, tilt, roll, W, H, centre, not allow_cut)
    scale = ppm_target / cppm
    photo, wa = R.composite(img, alpha, Hm, bg, scale)
    pmin, pmax = R.local_ppm(Hm, crect, n)
    if photo_hook:
        photo, d = photo_hook(photo, q, (pmin + pmax) / 2)
        desc.append(d)
    sig = optical if optical is not None else rng.uniform(0.2, 0.6)
    if sig > 0.05:
        photo = cv2.GaussianBlur(photo, (0, 0), sig)
    if extra.get("emissive"):
        glare = max(glare, rng.uniform(0.1, 0.35))
    photo, ld = R.lighting(photo, rng, light, True, glare)
    jpg, sd = R.sensor_and_isp(photo, rng, noise, jpeg_q)
    geo = "%dx%d, %s background, tilt %.0f deg, roll %.0f deg, %.1f-%.1f px/module" % (
        W, H, bgk, tilt, roll, pmin, pmax)
    parts = [d for d in desc if d] + [geo, ld, sd]
    return jpg, "; ".join(p for p in parts if p), dict(ppm_min=pmin, ppm_max=pmax, quad=q.tolist())


def common_photo_params(rng, min_ppm=3.5):
    W, H = R.pick_resolution(rng)
    tilt = float(rng.choice([rng.uniform(0, 15), rng.uniform(15, 35), rng.uniform(35, 50)], p=[.4, .35, .25]))
    roll = float(rng.uniform(-25, 25)) if rng.random() < 0.85 else float(rng.choice([90, 180, -90]) + rng.uniform(-10, 10))
    ppm = rng.uniform(min_ppm, 12) / np.cos(np.radians(tilt)) ** 0.8
    return W, H, tilt, roll, ppm


def template_for(idx, rng, info):
    t = TEMPLATES[idx % len(TEMPLATES)]
    if info and info.get("scheme") == "VNPAY-QR" and t == "vietqr_standee":
        t = "vnpay_standee"
    return t


def readable_shot(rng, idx, payload, info):
    M, ec, ver = pick_ec_version(rng, payload)
    template = template_for(idx, rng, info)
    st = R.pick_code_style(rng, M, ec, allow_logo=True, colourful=template != "receipt")
    if template == "receipt":
        st["logo_box"] = None
        st.pop("logo_box")
    W, H, tilt, roll, ppm = common_photo_params(rng)
    jq = int(rng.integers(30, 96))
    glare = float(rng.uniform(0.1, 0.5)) if rng.random() < 0.35 else 0.0
    curve = float(rng.uniform(15, 50)) if rng.random() < 0.2 else None
    jpg, d, meta = shoot(rng, M, st, template, info, ppm, W, H, tilt, roll, glare=glare, jpeg_q=jq,
                         noise=rng.uniform(0.5, 1.6), curve=curve)
    desc = "%s; QR v%d-%s %d chars; %s; %s" % (template, ver, ec, len(payload), R.style_desc(st), d)
    meta.update(version=ver, ec=ec)
    return jpg, desc, meta


# ------------------------------------------------------------------ classes
def gen_clean(rng, idx):
    payload, info = PL.valid_payload(rng)
    jpg, desc, meta = readable_shot(rng, idx, payload, info)
    return jpg, "pass", "valid %s payload; %s" % (info["scheme"], desc), payload, meta


def gen_payload(rng, idx):
    k = idx % 20
    if k < 10:
        kind = PL.MALFORMED_KINDS[(idx * 7 + 3) % len(PL.MALFORMED_KINDS)] if idx >= len(PL.MALFORMED_KINDS) else \
            PL.MALFORMED_KINDS[idx % len(PL.MALFORMED_KINDS)]
        payload, why = PL.malformed_payload(rng, kind)
        cause = "malformed_payload"
        info = dict(holder=PL.person_name(rng), bank=PL.VIETQR_BANKS[int(rng.integers(len(PL.VIETQR_BANKS)))],
                    account="")
    elif k < 16:
        kind = "unknown_bin" if k % 2 == 0 else "luhn"
        payload, why, info = PL.wrong_account_payload(rng, kind)
        cause = "wrong_account"
    else:
        payload, why, info = PL.expired_payload(rng)
        cause = "expired"
    jpg, desc, meta = readable_shot(rng, idx, payload, info)
    return jpg, cause, "%s; %s" % (why, desc), payload, meta


BLUR_KINDS = ["defocus_disc", "motion_linear", "motion_curved", "partial_dof", "torn_corner", "water_stain",
              "peeled_band", "scratches", "heavy_fading", "smudge"]


def _corner_flip(img, alpha, crect, corner):
    """flip so that the chosen finder corner is top-left; returns flipped img, alpha, rect and flip code"""
    x0, y0, sym = crect
    h, w = alpha.shape
    if corner == 0:
        return img, alpha, (x0, y0), None
    if corner == 1:  # top-right -> flip horizontally
        return cv2.flip(img, 1), cv2.flip(alpha, 1), (w - x0 - sym, y0), 1
    return cv2.flip(img, 0), cv2.flip(alpha, 0), (x0, h - y0 - sym), 0


def _unflip(img, alpha, fc):
    if fc is None:
        return img, alpha
    return cv2.flip(img, fc), cv2.flip(alpha, fc)


def jagged(rng, a, b, n=40, rough=0.02):
    t = np.linspace(0, 1, n)[:, None]
    p = a[None] * (1 - t) + b[None] * t
    nrm = np.array([-(b - a)[1], (b - a)[0]]) / (np.linalg.norm(b - a) + 1e-9)
    off = np.cumsum(rng.normal(0, 1, n))
    off -= np.linspace(off[0], off[-1], n)
    p += nrm[None] * off[:, None] * rough * np.linalg.norm(b - a) / 3
    return p


def blob_mask(rng, shape, cx, cy, r):
    m = np.zeros(shape, np.uint8)
    for k in range(int(rng.integers(3, 7))):
        ox, oy = rng.normal(0, r * 0.35, 2)
        cv2.ellipse(m, (int(cx + ox), int(cy + oy)), (int(r * rng.uniform(0.4, 0.8)), int(r * rng.uniform(0.4, 0.8))),
                    float(rng.uniform(0, 180)), 0, 360, 255, -1)
    m = cv2.GaussianBlur(m, (0, 0), r * 0.1)
    return (m > 100).astype(np.uint8) * 255


def gen_blur(rng, idx):
    kind = BLUR_KINDS[idx % len(BLUR_KINDS)]
    payload, info = PL.valid_payload(rng)
    M, ec, ver = pick_ec_version(rng, payload)
    n = M.shape[0]
    template = TEMPLATES[(idx // 2) % len(TEMPLATES)]
    if template in ("laptop_screen",) and kind in ("torn_corner", "water_stain", "peeled_band", "scratches",
                                                   "heavy_fading", "smudge"):
        template = "plain"
    if template == "phone_screen" and kind in ("torn_corner", "water_stain", "peeled_band", "heavy_fading", "smudge"):
        template = "sticker"
    st = R.pick_code_style(rng, M, ec, colourful=template != "receipt")
    st.pop("logo_box", None) if template == "receipt" else None
    W, H = R.pick_resolution(rng, p_big=0.05)
    if W * H > 9e6:
        W, H = (3264, 2448) if W > H else (2448, 3264)
    tilt = float(rng.uniform(0, 40))
    roll = float(rng.uniform(-20, 20))
    ppm = float(rng.uniform(4, 9))
    corner = int(rng.integers(0, 3))
    print_hook = photo_hook = None
    optical = None

    if kind == "defocus_disc":
        r_mod = rng.uniform(1.0, 2.2)

        def photo_hook(ph, q, p):
            return cv2.filter2D(ph, -1, R.disc_kernel(r_mod * p)), "defocus disc radius %.1f modules" % r_mod
    elif kind == "motion_linear":
        L = rng.uniform(3.0, 7.0)
        ang = rng.uniform(0, np.pi)

        def photo_hook(ph, q, p):
            return cv2.filter2D(ph, -1, R.line_kernel(L * p, ang)), "linear motion %.1f modules at %.0f deg" % (
                L, np.degrees(ang))
    elif kind == "motion_curved":
        L = rng.uniform(3.0, 7.0)

        def photo_hook(ph, q, p):
            return cv2.filter2D(ph, -1, R.arc_kernel(L * p, rng)), "curved (rotational) motion %.1f modules" % L
    elif kind == "partial_dof":
        sg = rng.uniform(0.9, 1.6)
        ang = rng.uniform(0, 2 * np.pi)

        def photo_hook(ph, q, p):
            h, w = ph.shape[:2]
            c = q.mean(0)
            D = np.linalg.norm(q[0] - q[2])
            d = np.array([np.cos(ang), np.sin(ang)])
            small = cv2.resize(ph, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
            bl = cv2.resize(cv2.GaussianBlur(small, (0, 0), sg * p / 2), (w, h))
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
            proj = (xx - c[0]) * d[0] + (yy - c[1]) * d[1]
            line = -rng.uniform(0.7, 1.1) * D
            m = np.clip((proj - line) / (0.4 * D), 0, 1)[..., None]
            return ph * (1 - m) + bl * m, "depth-of-field blur sigma %.1f modules over the code, sharp foreground" % sg
    elif kind == "torn_corner":
        def print_hook(img, alpha, crect, cp):
            im, al, (x0, y0), fc = _corner_flip(img, alpha, crect, corner)
            a = b = 8.5
            while (x0 + 7.5 * cp) / (x0 + a * cp) + (y0 + 7.5 * cp) / (y0 + b * cp) > 0.85 and a < 40:
                a += 0.5
                b += 0.5
            a += rng.uniform(0, 4)
            b += rng.uniform(0, 4)
            A = np.array([x0 + a * cp, -5.0])
            B = np.array([-5.0, y0 + b * cp])
            path = jagged(rng, A, B, 50, 0.05)
            poly = np.vstack([[-10, -10], A, path, B]).astype(np.int32)
            im = im.copy()
            al = al.copy()
            cv2.polylines(im, [path.astype(np.int32)], False, (235, 238, 240), max(2, int(cp * 0.6)), cv2.LINE_AA)
            cv2.fillPoly(al, [poly], 0)
            im, al = _unflip(im, al, fc)
            return im, al, "torn corner removes finder %d (tear %.0fx%.0f modules)" % (corner, a, b)
    elif kind == "water_stain":
        def print_hook(img, alpha, crect, cp):
            x0, y0, sym = crect
            fx = [(x0 + 3.5 * cp, y0 + 3.5 * cp), (x0 + sym - 3.5 * cp, y0 + 3.5 * cp), (x0 + 3.5 * cp, y0 + sym - 3.5 * cp)][corner]
            cx = fx[0] + rng.uniform(0, 0.25) * (x0 + sym / 2 - fx[0])
            cy = fx[1] + rng.uniform(0, 0.25) * (y0 + sym / 2 - fx[1])
            r = sym * rng.uniform(0.3, 0.45)
            m = blob_mask(rng, alpha.shape, cx, cy, r)
            mf = cv2.GaussianBlur(m.astype(np.float32) / 255, (0, 0), cp * 0.5)[..., None]
            run = cv2.GaussianBlur(img, (0, 0), cp * rng.uniform(0.7, 1.2)).astype(np.float32)
            tint = np.array([120, 170, 200], np.float32)
            k = rng.uniform(0.35, 0.6)
            st_ = run * (1 - k) + tint * k
            out = img.astype(np.float32) * (1 - mf) + st_ * mf
            edge = cv2.morphologyEx(m, cv2.MORPH_GRADIENT, np.ones((5, 5), np.uint8))
            edge = cv2.GaussianBlur(edge.astype(np.float32) / 255, (0, 0), cp * 0.3)[..., None]
            out = out * (1 - 0.35 * edge) + np.array([40, 80, 120], np.float32) * 0.35 * edge
            return np.clip(out, 0, 255).astype(np.uint8), alpha, "water stain over finder %d (ink ran, r=%.0f%% of code)" % (
                corner, 100 * r / sym)
    elif kind == "peeled_band":
        def print_hook(img, alpha, crect, cp):
            x0, y0, sym = crect
            im = img.copy()
            bands = int(rng.integers(1, 3))
            d = []
            for b in range(bands):
                wmod = rng.uniform(5, 9)
                if (b == 0) == (rng.random() < 0.5):  # horizontal through the top finders
                    yc = y0 + (rng.uniform(2, 5) if b == 0 else rng.uniform(10, n - 10)) * cp
                    A1, B1 = np.array([0, yc - wmod * cp / 2]), np.array([alpha.shape[1], yc - wmod * cp / 2 + rng.normal(0, cp)])
                    A2, B2 = A1 + [0, wmod * cp], B1 + [0, wmod * cp]
                else:
                    xc = x0 + (rng.uniform(2, 5) if b == 0 else rng.uniform(10, n - 10)) * cp
                    A1, B1 = np.array([xc - wmod * cp / 2, 0]), np.array([xc - wmod * cp / 2 + rng.normal(0, cp), alpha.shape[0]])
                    A2, B2 = A1 + [wmod * cp, 0], B1 + [wmod * cp, 0]
                p1 = jagged(rng, A1, B1, 60, 0.01)
                p2 = jagged(rng, A2, B2, 60, 0.01)
                poly = np.vstack([p1, p2[::-1]]).astype(np.int32)
                m = np.zeros(alpha.shape, np.uint8)
                cv2.fillPoly(m, [poly], 255)
                paper = np.array([int(rng.integers(200, 235))] * 3, np.float32)
                fib = rng.normal(0, 8, im.shape[:2]).astype(np.float32)
                fib = cv2.GaussianBlur(fib, (0, 0), 1.2)[..., None]
                sel = m > 0
                im[sel] = np.clip(paper[None] + fib[sel] * 3, 0, 255).astype(np.uint8)
                # leftover shreds of print at the edges
                cv2.polylines(im, [p1.astype(np.int32)], False, (255, 255, 255), max(1, cp // 4), cv2.LINE_AA)
                d.append("%.0f modules wide" % wmod)
            return im, alpha, "peeled band(s) " + ", ".join(d)
    elif kind == "scratches":
        def print_hook(img, alpha, crect, cp):
            x0, y0, sym = crect
            im = img.copy()
            cnt = int(rng.integers(40, 120))
            for k in range(cnt):
                p = np.array([x0, y0]) + rng.uniform(-0.1, 1.1, 2) * sym
                ang = rng.normal(0.6, 0.4) if k % 3 else rng.uniform(0, np.pi)
                L = rng.uniform(0.2, 0.9) * sym
                q = p + L * np.array([np.cos(ang), np.sin(ang)])
                cv2.line(im, tuple(int(v) for v in p), tuple(int(v) for v in q),
                         tuple(int(v) for v in rng.integers(200, 256, 3)), max(1, int(cp * rng.uniform(0.15, 0.7))),
                         cv2.LINE_AA)
            # abrasion over one finder
            fx = [(x0, y0), (x0 + sym - 7 * cp, y0), (x0, y0 + sym - 7 * cp)][corner]
            r0 = int(fx[1] - cp), int(fx[0] - cp)
            sz = int(9 * cp)
            sl = im[max(0, r0[0]):r0[0] + sz, max(0, r0[1]):r0[1] + sz]
            noise = cv2.GaussianBlur(rng.random(sl.shape[:2]).astype(np.float32), (0, 0), cp * 0.4)
            noise = (noise - noise.min()) / (np.ptp(noise) + 1e-6)
            wear = noise > rng.uniform(0.35, 0.5)
            sl[wear] = (np.array(sl[wear], np.float32) * 0.2 + 0.8 * 235).astype(np.uint8)
            return im, alpha, "%d scratches + abraded finder %d" % (cnt, corner)
    elif kind == "heavy_fading":
        c = rng.uniform(0.07, 0.14)
        optical = rng.uniform(0.35, 0.5) * ppm

        def print_hook(img, alpha, crect, cp):
            f = img.astype(np.float32)
            paper = np.array([rng.uniform(190, 225), rng.uniform(225, 240), rng.uniform(235, 250)], np.float32)
            g = 1 - f.mean(2, keepdims=True) / 255.0
            out = paper[None, None] * (1 - c * g * rng.uniform(0.8, 1.2, (1, 1, 3)))
            return np.clip(out, 0, 255).astype(np.uint8), alpha, "heavily faded print (contrast %.0f%%), yellowed, soft" % (100 * c)
    elif kind == "smudge":
        L = rng.uniform(4, 9)
        ang = rng.uniform(0, np.pi)

        def print_hook(img, alpha, crect, cp):
            x0, y0, sym = crect
            fx = [(x0 + 3.5 * cp, y0 + 3.5 * cp), (x0 + sym - 3.5 * cp, y0 + 3.5 * cp), (x0 + 3.5 * cp, y0 + sym - 3.5 * cp)][corner]
            cx = fx[0] + rng.uniform(0.1, 0.4) * (x0 + sym / 2 - fx[0])
            cy = fx[1] + rng.uniform(0.1, 0.4) * (y0 + sym / 2 - fx[1])
            m = blob_mask(rng, alpha.shape, cx, cy, sym * rng.uniform(0.35, 0.5)).astype(np.float32) / 255
            m = cv2.GaussianBlur(m, (0, 0), cp)[..., None]
            sm = cv2.filter2D(img, -1, R.line_kernel(L * cp, ang)).astype(np.float32)
            sm = sm * 0.8 + np.array([150, 150, 150], np.float32) * 0.2
            out = img.astype(np.float32) * (1 - m) + sm * m
            return np.clip(out, 0, 255).astype(np.uint8), alpha, "greasy smudge %.1f modules over finder %d" % (L, corner)

    jpg, d, meta = shoot(rng, M, st, template, info, ppm, W, H, tilt, roll, print_hook=print_hook,
                         photo_hook=photo_hook, jpeg_q=int(rng.integers(40, 96)), noise=rng.uniform(0.5, 1.5),
                         optical=optical)
    meta.update(version=ver, ec=ec)
    desc = "%s: %s; QR v%d-%s; %s; %s" % (kind, template, ver, ec, R.style_desc(st), d)
    return jpg, "blur_damage", desc, payload, meta


QZ_KINDS = ["dark_surround", "busy_artwork", "same_tone", "frame_touching", "busy_text"]


def gen_quiet(rng, idx):
    kind = QZ_KINDS[idx % len(QZ_KINDS)]
    payload, info = PL.valid_payload(rng)
    M, ec, ver = pick_ec_version(rng, payload)
    n = M.shape[0]
    st = R.pick_code_style(rng, M, ec)
    st["qz"] = float(rng.uniform(0.0, 0.25)) if kind != "busy_artwork" else float(rng.uniform(0.0, 0.08))
    if kind == "same_tone":
        st["dark_name"] = str(rng.choice(["navy", "darkblue", "darkred", "darkgreen"]))
        st["dark"] = R.DARKS[st["dark_name"]]
        st["finder_col"] = st["dark"]
        st.pop("finder_name", None)
    W, H = R.pick_resolution(rng, p_big=0.05)
    tilt = float(rng.uniform(0, 30))
    roll = float(rng.uniform(-20, 20))
    ppm = float(rng.uniform(4, 10))
    cp = int(np.clip(round(ppm * 1.4), 4, 16))
    code, qpx = R.draw_code(M, cp, st, rng)
    S = code.shape[0]
    m = int(S * rng.uniform(0.3, 0.7))
    Wp, Hp = S + 2 * m, S + 2 * m
    dark = np.array(st["dark"], np.float32)
    yy, xx = np.mgrid[0:Hp, 0:Wp].astype(np.float32)
    if kind == "dark_surround":
        base = np.array(rng.choice([[20, 20, 20], [40, 30, 25], [60, 20, 10], [15, 15, 60]]), np.float32)
        img = base[None, None] * (1 + 0.2 * (xx / Wp)[..., None])
        what = "dark solid surround"
    elif kind == "same_tone":
        img = dark[None, None] * (1 + 0.08 * np.sin(xx / 23 + yy / 31)[..., None])
        what = "surround in the module colour (%s)" % st["dark_name"]
    else:
        img = np.empty((Hp, Wp, 3), np.float32)
        img[:] = np.array(rng.integers(30, 110, 3), np.float32)
        if kind == "frame_touching":
            col = np.array(R.BANK_COLS[int(rng.integers(len(R.BANK_COLS)))], np.float32) * 0.7
            img[:] = col
            for k in range(6):
                cv2.circle(img, (int(rng.integers(0, Wp)), int(rng.integers(0, Hp))), int(rng.integers(S // 10, S // 3)),
                           tuple(float(v) for v in col * 1.3), -1, cv2.LINE_AA)
            what = "standee frame artwork (colour %s) touching the code" % (tuple(int(v) for v in col),)
        elif kind == "busy_text":
            for k in range(int(Hp / (cp * 2.2))):
                s = " ".join(str(rng.choice(["QUET MA", "THANH TOAN", "VietQR", "napas247", "KHUYEN MAI", "50%",
                                              "FREESHIP", "GIAM GIA", "HOT"])) for _ in range(12))
                R.text(img, s, -int(rng.integers(0, 50)), int((k + 1) * cp * 2.2), cp * 2.0,
                       tuple(int(v) for v in rng.integers(150, 255, 3)), R.FONTB)
            what = "dense promotional text pressed against the code"
        else:
            for k in range(int(rng.integers(150, 300))):
                c = tuple(float(v) for v in rng.integers(0, 150, 3))
                x, y = int(rng.integers(0, Wp)), int(rng.integers(0, Hp))
                t = rng.random()
                sz = int(rng.integers(cp, cp * 8))
                if t < 0.4:
                    cv2.circle(img, (x, y), sz, c, -1, cv2.LINE_AA)
                elif t < 0.8:
                    cv2.rectangle(img, (x, y), (x + sz, y + int(rng.integers(cp, cp * 8))), c, -1)
                else:
                    cv2.line(img, (x, y), (x + sz * 3, y + sz), c, max(1, cp // 2), cv2.LINE_AA)
            what = "busy colourful artwork touching the code"
    if kind in ("busy_artwork", "busy_text", "frame_touching"):
        # artwork reaches the symbol: dark pieces along its border
        for k in range(int(rng.integers(40, 80)) * (3 if kind == "busy_artwork" else 1)):
            side = int(rng.integers(0, 4))
            t = int(rng.integers(0, S))
            x, y = [(m + t, m), (m + S, m + t), (m + t, m + S), (m, m + t)][side]
            c = tuple(float(v) for v in rng.integers(0, 90, 3))
            cv2.circle(img, (x, y), int(rng.integers(cp, cp * 4)), c, -1, cv2.LINE_AA)
    img[m:m + S, m:m + S] = code
    img = np.clip(img, 0, 255).astype(np.uint8)
    alpha = np.full((Hp, Wp), 255, np.uint8)
    crect = (m + qpx, m + qpx, n * cp)

    jpg, d, meta = _shoot_custom(rng, img, alpha, crect, cp, n, ppm, W, H, tilt, roll,
                                 jpeg_q=int(rng.integers(60, 96)), noise=rng.uniform(0.4, 1.2))
    meta.update(version=ver, ec=ec)
    desc = "%s: light margin %.1f modules, %s; QR v%d-%s; %s; %s" % (kind, st["qz"], what, ver, ec, R.style_desc(st), d)
    return jpg, "quiet_zone", desc, payload, meta


def _shoot_custom(rng, img, alpha, crect, cp, n, ppm, W, H, tilt, roll, jpeg_q=85, noise=1.0, centre=None,
                  allow_cut=False, optical=None, glare=0.0, fit=True):
    bg, bgk = R.background(rng, W, H)
    if centre is None:
        centre = (W * rng.uniform(0.35, 0.65), H * rng.uniform(0.35, 0.65))
    Hm, q, ppm = fit_pose(rng, crect, img.shape, cp, ppm, tilt, roll, W, H, centre, fit and not allow_cut)
    photo, _ = R.composite(img, alpha, Hm, bg, ppm / cp)
    pmin, pmax = R.local_ppm(Hm, crect, n)
    sig = optical if optical is not None else rng.uniform(0.2, 0.5)
    photo = cv2.GaussianBlur(photo, (0, 0), sig)
    photo, ld = R.lighting(photo, rng, 1.0, True, glare)
    jpg, sd = R.sensor_and_isp(photo, rng, noise, jpeg_q)
    geo = "%dx%d, %s background, tilt %.0f deg, roll %.0f deg, %.1f-%.1f px/module" % (W, H, bgk, tilt, roll, pmin, pmax)
    return jpg, "; ".join(x for x in [geo, ld, sd] if x), dict(ppm_min=pmin, ppm_max=pmax, quad=q.tolist())


def gen_distance(rng, idx):
    far = idx % 20 < 12
    payload, info = PL.valid_payload(rng)
    M, ec, ver = pick_ec_version(rng, payload)
    n = M.shape[0]
    template = TEMPLATES[idx % len(TEMPLATES)]
    st = R.pick_code_style(rng, M, ec, colourful=template != "receipt")
    if template == "receipt":
        st.pop("logo_box", None)
    roll = float(rng.uniform(-20, 20))
    if far:
        W, H = [(1920, 1080), (2560, 1440), (3264, 2448), (4000, 3000), (2048, 1536)][idx % 5]
        if rng.random() < 0.4:
            W, H = H, W
        ppm = float(rng.uniform(0.6, 1.3))
        tilt = float(rng.uniform(0, 35))
        jpg, d, meta = shoot(rng, M, st, template, info, ppm, W, H, tilt, roll, canvas_ppm=4,
                             jpeg_q=int(rng.integers(50, 96)), noise=rng.uniform(0.5, 1.3), optical=rng.uniform(0.3, 0.6))
        what = "far: code about %.1f px/module in a %dx%d frame" % (ppm, W, H)
    else:
        W, H = R.RESOLUTIONS[int(rng.integers(0, 4))]
        if rng.random() < 0.5:
            W, H = H, W
        ppm = float(rng.uniform(12, 30))
        tilt = float(rng.uniform(0, 25))
        D = n * ppm
        frac = rng.uniform(0.25, 0.45)
        side = int(rng.integers(0, 4))
        cx, cy = W * rng.uniform(0.4, 0.6), H * rng.uniform(0.4, 0.6)
        if side == 0:
            cx = W - D * (0.5 - frac)
        elif side == 1:
            cx = D * (0.5 - frac)
        elif side == 2:
            cy = H - D * (0.5 - frac)
        else:
            cy = D * (0.5 - frac)
        jpg, d, meta = shoot(rng, M, st, template, info, ppm, W, H, tilt, roll, centre=(cx, cy), allow_cut=True,
                             canvas_ppm=16, jpeg_q=int(rng.integers(50, 96)), noise=rng.uniform(0.5, 1.3))
        what = "too close: %.0f%% of the code beyond the %s edge" % (100 * frac, ["right", "left", "bottom", "top"][side])
    meta.update(version=ver, ec=ec)
    desc = "%s; %s; QR v%d-%s; %s; %s" % (what, template, ver, ec, R.style_desc(st), d)
    return jpg, "distance_scale", desc, payload, meta


NOCODE_KINDS = ["text_page", "crossword", "datamatrix_like", "barcode_ean13", "keyboard", "fabric_houndstooth",
                "tiles", "graph_paper", "aztec_like", "maze", "standee_no_code", "pixel_mosaic", "gingham",
                "pdf417_like", "calendar", "halftone_dots", "chessboard", "receipt_no_code", "circuit", "shelf_labels"]

EAN_L = ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"]
EAN_G = ["0100111", "0110011", "0011011", "0100001", "0011101", "0111001", "0000101", "0010001", "0001001", "0010111"]
EAN_R = ["1110010", "1100110", "1101100", "1000010", "1011100", "1001110", "1010000", "1000100", "1001000", "1110100"]
EAN_P = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"]


def ean13_bits(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    code = d12 + str((10 - s % 10) % 10)
    bits = "101"
    par = EAN_P[int(code[0])]
    for i in range(6):
        bits += (EAN_L if par[i] == "L" else EAN_G)[int(code[1 + i])]
    bits += "01010"
    for i in range(6):
        bits += EAN_R[int(code[7 + i])]
    return bits + "101", code


def nocode_print(rng, kind):
    S = int(rng.integers(900, 1400))
    W, H = S, int(S * rng.uniform(0.7, 1.4))
    paper = np.array([int(rng.integers(225, 252))] * 3, np.uint8)
    img = np.empty((H, W, 3), np.uint8)
    img[:] = paper
    ink = (25, 25, 25)
    if kind == "text_page":
        th = rng.uniform(14, 26)
        y = int(th * 2)
        while y < H - th:
            words = [("".join(chr(int(c)) for c in rng.integers(97, 123, int(rng.integers(2, 9))))) for _ in range(14)]
            R.text(img, " ".join(words), int(th), y, th, ink, R.FONTS[int(rng.integers(0, 4))])
            y += int(th * rng.uniform(1.5, 2.2))
            if rng.random() < 0.1:
                y += int(th * 2)
    elif kind in ("crossword", "datamatrix_like", "pixel_mosaic", "maze", "chessboard", "graph_paper", "calendar",
                  "pdf417_like", "aztec_like"):
        if kind == "crossword":
            k = int(rng.integers(11, 19))
            c = min(W, H) // (k + 2)
            for i in range(k):
                for j in range(k):
                    x0, y0 = c + j * c, c + i * c
                    if rng.random() < 0.18:
                        cv2.rectangle(img, (x0, y0), (x0 + c, y0 + c), ink, -1)
                    else:
                        cv2.rectangle(img, (x0, y0), (x0 + c, y0 + c), ink, max(1, c // 20))
                        if rng.random() < 0.2:
                            R.text(img, str(int(rng.integers(1, 99))), x0 + 3, y0 + c // 3, c * 0.25, ink)
        elif kind == "datamatrix_like":
            k = int(rng.choice([16, 18, 20, 22, 24, 26]))
            c = min(W, H) // (k + 6)
            M = rng.random((k, k)) < 0.5
            M[:, 0] = True
            M[-1, :] = True
            M[0, ::2] = True
            M[0, 1::2] = False
            M[::2, -1] = False
            M[1::2, -1] = True
            ox, oy = (W - k * c) // 2, (H - k * c) // 2
            for i, j in zip(*np.nonzero(M)):
                cv2.rectangle(img, (ox + j * c, oy + i * c), (ox + j * c + c - 1, oy + i * c + c - 1), ink, -1)
        elif kind == "aztec_like":
            k = int(rng.choice([19, 23, 27]))
            c = min(W, H) // (k + 6)
            M = rng.random((k, k)) < 0.5
            m0 = k // 2
            for r in range(0, 6):
                v = r % 2 == 0
                M[m0 - r:m0 + r + 1, m0 - r] = v
                M[m0 - r:m0 + r + 1, m0 + r] = v
                M[m0 - r, m0 - r:m0 + r + 1] = v
                M[m0 + r, m0 - r:m0 + r + 1] = v
            ox, oy = (W - k * c) // 2, (H - k * c) // 2
            for i, j in zip(*np.nonzero(M)):
                cv2.rectangle(img, (ox + j * c, oy + i * c), (ox + j * c + c - 1, oy + i * c + c - 1), ink, -1)
        elif kind == "pdf417_like":
            rows, cols = int(rng.integers(8, 20)), int(rng.integers(3, 7))
            mw = max(1, W // ((cols + 4) * 17 + 20))
            rh = max(3, int(mw * 3))
            oy = (H - rows * rh) // 2
            start = "11111111010101000"
            for r in range(rows):
                bits = start + "".join("".join(str(int(b)) for b in (rng.random(17) < 0.5)) for _ in range(cols + 2)) + "111111101000101001"
                for i, b in enumerate(bits):
                    if b == "1":
                        x0 = 20 + i * mw
                        cv2.rectangle(img, (x0, oy + r * rh), (x0 + mw - 1, oy + (r + 1) * rh - 1), ink, -1)
        elif kind == "pixel_mosaic":
            k = int(rng.integers(20, 45))
            c = min(W, H) // k
            cols = rng.integers(0, 256, (8, 3))
            for i in range(H // c):
                for j in range(W // c):
                    cv2.rectangle(img, (j * c, i * c), (j * c + c - 1, i * c + c - 1),
                                  tuple(int(v) for v in cols[int(rng.integers(0, 8))]), -1)
        elif kind == "maze":
            k = int(rng.integers(12, 25))
            c = min(W, H) // (k + 2)
            lw = max(2, c // 4)
            for i in range(k + 1):
                for j in range(k + 1):
                    x0, y0 = c + j * c, c + i * c
                    if rng.random() < 0.5 and j < k:
                        cv2.line(img, (x0, y0), (x0 + c, y0), ink, lw)
                    if rng.random() < 0.5 and i < k:
                        cv2.line(img, (x0, y0), (x0, y0 + c), ink, lw)
        elif kind == "chessboard":
            k = int(rng.choice([8, 10, 12]))
            c = min(W, H) // (k + 2)
            for i in range(k):
                for j in range(k):
                    if (i + j) % 2:
                        cv2.rectangle(img, (c + j * c, c + i * c), (2 * c + j * c - 1, 2 * c + i * c - 1), ink, -1)
            cv2.rectangle(img, (c, c), (c + k * c, c + k * c), ink, max(2, c // 10))
        elif kind == "graph_paper":
            c = int(rng.integers(12, 30))
            col = (int(rng.integers(120, 200)), int(rng.integers(150, 220)), int(rng.integers(100, 180)))
            for x in range(0, W, c):
                cv2.line(img, (x, 0), (x, H), col, 2 if (x // c) % 5 == 0 else 1)
            for y in range(0, H, c):
                cv2.line(img, (0, y), (W, y), col, 2 if (y // c) % 5 == 0 else 1)
            for k in range(int(rng.integers(3, 8))):
                pts = np.cumsum(rng.normal(0, c, (20, 2)), 0) + [W / 2, H / 2]
                cv2.polylines(img, [pts.astype(np.int32)], False, (120, 40, 20), 3, cv2.LINE_AA)
        elif kind == "calendar":
            c = min(W, H) // 9
            R.text(img, "THANG %d 2025" % int(rng.integers(1, 13)), W // 2, c, c * 0.5, (30, 30, 180), R.FONTB, center=True)
            for i in range(6):
                for j in range(7):
                    x0, y0 = c // 2 + j * c, int(1.5 * c) + i * c
                    cv2.rectangle(img, (x0, y0), (x0 + c, y0 + c), ink, 2)
                    R.text(img, str(i * 7 + j + 1), x0 + c // 10, y0 + c // 3, c * 0.28,
                           (30, 30, 180) if j == 6 else ink)
    elif kind == "barcode_ean13":
        bits, code = ean13_bits("893" + "".join(str(int(v)) for v in rng.integers(0, 10, 9)))
        mw = max(2, int(W * 0.7 / len(bits)))
        ox = (W - mw * len(bits)) // 2
        h = int(H * 0.35)
        oy = (H - h) // 2
        for i, b in enumerate(bits):
            if b == "1":
                cv2.rectangle(img, (ox + i * mw, oy), (ox + (i + 1) * mw - 1, oy + h), ink, -1)
        R.text(img, code, W // 2, oy + h + int(mw * 12), mw * 10, ink, R.FONT, center=True)
        R.text(img, "Gia: %d.000d" % int(rng.integers(5, 300)), W // 2, oy - mw * 10, mw * 12, ink, R.FONTB, center=True)
    elif kind == "keyboard":
        img[:] = (40, 40, 45)
        rows = ["1234567890-=", "QWERTYUIOP[]", "ASDFGHJKL;'", "ZXCVBNM,./"]
        c = W // 14
        for i, r in enumerate(rows):
            for j, ch in enumerate(r):
                x0, y0 = int(c * (0.5 + j + i * 0.4)), int(c * (1 + i * 1.1))
                R.rrect(img, x0, y0, x0 + int(c * 0.9), y0 + int(c * 0.9), c * 0.12, (20, 20, 22))
                R.text(img, ch, x0 + c // 4, y0 + c // 2, c * 0.35, (220, 220, 220), R.FONT)
        R.rrect(img, int(c * 3), int(c * 5.5), int(c * 10), int(c * 6.4), c * 0.12, (20, 20, 22))
    elif kind in ("fabric_houndstooth", "gingham"):
        c = int(rng.integers(10, 30))
        col1 = np.array(rng.integers(0, 120, 3), np.float32)
        col2 = np.array(rng.integers(150, 255, 3), np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        if kind == "gingham":
            a = ((xx // c) % 2).astype(np.float32)
            b = ((yy // c) % 2).astype(np.float32)
            t = (a + b) / 2
        else:
            u, v = (xx % (2 * c)) / c, (yy % (2 * c)) / c
            t = ((u < 1) ^ (v < 1)).astype(np.float32)
            t = np.where((u + v) % 2 < 0.5, 1 - t, t)
        img = (col2[None, None] * (1 - t[..., None]) + col1[None, None] * t[..., None]).astype(np.uint8)
    elif kind == "tiles":
        c = int(rng.integers(30, 90))
        g = int(rng.integers(3, 8))
        colA = rng.integers(100, 255, 3)
        for i in range(H // c + 1):
            for j in range(W // c + 1):
                col = tuple(int(v) for v in np.clip(colA + rng.normal(0, 15, 3), 0, 255))
                cv2.rectangle(img, (j * c + g, i * c + g), (j * c + c - g, i * c + c - g), col, -1)
                if rng.random() < 0.1:
                    cv2.rectangle(img, (j * c + g, i * c + g), (j * c + c - g, i * c + c - g), (40, 60, 120), -1)
        img[np.all(img == paper, axis=2)] = (150, 150, 150)
    elif kind == "halftone_dots":
        c = int(rng.integers(8, 16))
        yy, xx = np.mgrid[0:H:c, 0:W:c]
        val = 0.5 + 0.5 * np.sin(xx / W * 5) * np.cos(yy / H * 4)
        for x, y, v in zip(xx.ravel(), yy.ravel(), val.ravel()):
            cv2.circle(img, (int(x), int(y)), max(1, int(v * c * 0.6)), ink, -1, cv2.LINE_AA)
    elif kind == "circuit":
        img[:] = (40, 90, 20)
        for k in range(120):
            p = rng.integers(0, [W, H])
            q = p + rng.integers(-200, 200, 2) * (rng.random(2) < 0.5)
            cv2.line(img, tuple(int(v) for v in p), tuple(int(v) for v in q), (80, 170, 190), 4, cv2.LINE_AA)
            cv2.circle(img, tuple(int(v) for v in p), 7, (160, 200, 210), -1, cv2.LINE_AA)
        for k in range(8):
            x, y = rng.integers(0, [W - 200, H - 200])
            cv2.rectangle(img, (int(x), int(y)), (int(x) + 150, int(y) + 150), (25, 25, 25), -1)
    elif kind == "shelf_labels":
        for k in range(4):
            y0 = int(H * (0.05 + 0.24 * k))
            cv2.rectangle(img, (0, y0), (W, y0 + int(H * 0.2)), (0, 200, 255), -1)
            R.text(img, "GIA %d.000" % int(rng.integers(5, 200)), int(W * 0.05), y0 + int(H * 0.12), H * 0.08,
                   (0, 0, 200), R.FONTB)
            R.text(img, "SKU %08d" % int(rng.integers(0, 1e8)), int(W * 0.6), y0 + int(H * 0.12), H * 0.04, (20, 20, 20))
    elif kind in ("standee_no_code", "receipt_no_code"):
        fake = np.zeros((25, 25), bool)
        st = {"module": "square", "finder": "square", "dark": (255, 255, 255), "light": (255, 255, 255),
              "finder_col": (255, 255, 255), "qz": 4, "dark_name": "white"}
        fake[:] = False
        # an empty (code not yet printed) template: only a logo sits where the code should be
        st["logo_box"] = (8, 8, 17, 17)
        st["logo_kind"] = "vietqr"
        st["logo_col"] = (40, 40, 200)
        cp = 30
        info = dict(holder=PL.person_name(rng), account=PL.digits(rng, 10),
                    bank=PL.VIETQR_BANKS[int(rng.integers(len(PL.VIETQR_BANKS)))])
        pi, al, _, _ = R.make_print(rng, fake, st, cp, "vietqr_standee" if kind == "standee_no_code" else "receipt", info)
        return pi, al
    alpha = np.full(img.shape[:2], 255, np.uint8)
    return img, alpha


def gen_nocode(rng, idx):
    kind = NOCODE_KINDS[idx % len(NOCODE_KINDS)]
    img, alpha = nocode_print(rng, kind)
    W, H = R.pick_resolution(rng, p_big=0.1)
    tilt = float(rng.uniform(0, 45))
    roll = float(rng.uniform(-30, 30))
    h, w = alpha.shape
    s = rng.uniform(0.5, 0.95) * min(W, H) / max(w, h)
    crect = (0, 0, min(w, h))
    jpg, d, meta = _shoot_custom(rng, img, alpha, crect, 1.0, 1, s, W, H, tilt, roll, jpeg_q=int(rng.integers(35, 96)),
                                 noise=rng.uniform(0.5, 1.5), glare=float(rng.uniform(0, 0.3)), fit=False)
    d = d.split("px/module")[0].rsplit(",", 1)[0] + d.split("px/module", 1)[1]
    return jpg, "no_code_found", "%s; %s" % (kind, d), "", dict(version=0, ec="")


GEN = {"clean": gen_clean, "blur_damage": gen_blur, "quiet_zone": gen_quiet, "distance_scale": gen_distance,
       "payload": gen_payload, "no_code": gen_nocode}


# ------------------------------------------------------------------ job
def job(args):
    out, seed, cls, idx = args
    fname = "%s_%02d.jpg" % (cls, idx)
    path = os.path.join(out, fname)
    log = []
    t0 = time.time()
    for attempt in range(MAX_ATTEMPTS):
        ss = np.random.SeedSequence([seed, CLASSES.index(cls), idx, attempt])
        rng = np.random.default_rng(ss)
        try:
            jpg, cause, desc, payload, meta = GEN[cls](rng, idx)
        except Exception as e:  # a drawing failure counts as an attempt
            log.append("attempt %d: error %r" % (attempt, e))
            continue
        with open(path, "wb") as f:
            f.write(jpg)
        zx = run_zxing(path)
        zb = run_zbar(path)
        zx_qr = [r for r in zx if r.get("format") == "QRCode"]
        zb_qr = [r for r in zb if r.get("format") == "QR-Code"]
        if cls in ("clean", "payload"):
            ok = any(r["text"] == payload for r in zx_qr)
            why = "zxing %s" % ("ok" if ok else ("read %r" % zx_qr[0]["text"][:30] if zx_qr else "no read"))
        else:
            ok = not zx_qr and not zb_qr
            why = "peers read: zxing=%d zbar=%d" % (len(zx_qr), len(zb_qr))
        log.append("attempt %d: %s" % (attempt, why))
        if ok:
            return dict(file=fname, cls=cls, cause=cause, desc=desc, zxing="yes" if zx_qr else "no",
                        zbar="yes" if zb_qr else "no", payload=payload, attempts=attempt + 1, log=log,
                        zbar_match="yes" if any(r["text"] == payload for r in zb_qr) and payload else "no",
                        other=";".join(sorted(set(r["format"] for r in zx + zb if r["format"] not in ("QRCode", "QR-Code")))),
                        secs=round(time.time() - t0, 1), **{k: meta.get(k) for k in ("version", "ec", "ppm_min", "ppm_max")})
    if os.path.exists(path):
        os.remove(path)
    return dict(file=fname, cls=cls, failed=True, attempts=MAX_ATTEMPTS, log=log, secs=round(time.time() - t0, 1))


def main():
    ap = argparse.ArgumentParser()
    # qrdiag's scoring (tests/scoring/score_set.py) calls every generator as GENERATOR OUT_DIR ...
    ap.add_argument("out_dir", nargs="?")
    ap.add_argument("--out")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--per-class", type=int, default=20)
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--classes", default=",".join(CLASSES))
    a = ap.parse_args()
    a.out = a.out or a.out_dir
    if not a.out:
        ap.error("an output directory is required")
    os.makedirs(a.out, exist_ok=True)
    classes = [c for c in a.classes.split(",") if c]
    tasks = [(a.out, a.seed, c, i) for c in classes for i in range(a.per_class)]
    # interleave heavy and light jobs
    tasks.sort(key=lambda t: (t[3], CLASSES.index(t[2])))
    t0 = time.time()
    res = []
    with Pool(a.jobs) as pool:
        for r in pool.imap_unordered(job, tasks):
            res.append(r)
            print("%-24s %s attempts=%d %.1fs" % (r["file"], "FAILED" if r.get("failed") else r["cause"], r["attempts"],
                                                   r["secs"]), flush=True)
    res.sort(key=lambda r: (CLASSES.index(r["cls"]), r["file"]))
    ok = [r for r in res if not r.get("failed")]
    with open(os.path.join(a.out, "manifest.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "class", "expected_cause", "description", "zxing", "zbar"])
        for r in ok:
            w.writerow([r["file"], r["cls"], r["cause"], r["desc"], r["zxing"], r["zbar"]])
    with open(os.path.join(a.out, "details.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "class", "expected_cause", "payload", "qr_version", "ec_level", "ppm_min", "ppm_max",
                    "attempts", "zbar_exact", "other_symbologies_read"])
        for r in ok:
            w.writerow([r["file"], r["cls"], r["cause"], r["payload"], r["version"], r["ec"],
                        "%.2f" % r["ppm_min"] if r.get("ppm_min") is not None else "",
                        "%.2f" % r["ppm_max"] if r.get("ppm_max") is not None else "", r["attempts"], r["zbar_match"],
                        r["other"]])
    summ = {"seed": a.seed, "elapsed_s": round(time.time() - t0, 1), "jobs": a.jobs,
            "per_class": {c: sum(1 for r in ok if r["cls"] == c) for c in classes},
            "failed": [r["file"] for r in res if r.get("failed")],
            "attempts": {r["file"]: r["log"] for r in res}}
    with open(os.path.join(a.out, "generation_log.json"), "w") as f:
        json.dump(summ, f, indent=1, sort_keys=True)
    print(json.dumps({k: summ[k] for k in ("elapsed_s", "per_class", "failed")}))


if __name__ == "__main__":
    main()
