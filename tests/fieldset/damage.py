"""Damage to the printed card: torn corner, coffee ring, peeled band, scratches, smeared ink, water."""
import math

import cv2
import numpy as np

from camera import motion_kernel
from drawing import smooth


def jagged_line_mask(h, w, p0, p1, side_pt, rng, rough):
    """mask = 1 on the side of the (jagged) line p0-p1 containing side_pt."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.array(p1, np.float32) - np.array(p0, np.float32)
    nrm = np.array([-d[1], d[0]]) / (np.linalg.norm(d) + 1e-6)
    dist = (xx - p0[0]) * nrm[0] + (yy - p0[1]) * nrm[1]
    dist += (smooth(rng, h, w, 12) - 0.5) * rough + (smooth(rng, h, w, 50) - 0.5) * rough * 0.4
    sgn = 1 if ((side_pt[0] - p0[0]) * nrm[0] + (side_pt[1] - p0[1]) * nrm[1]) > 0 else -1
    return (dist * sgn > 0).astype(np.float32), np.abs(dist)


def damage_card(kind, card, alpha, sr, cp, rng, sev):
    h, w = card.shape[:2]
    x0, y0, x1, y1 = sr
    S = x1 - x0
    c = card.astype(np.float32)
    if alpha is None:
        alpha = np.ones((h, w), np.float32)
    finders = [(x0 + 3.5 * cp, y0 + 3.5 * cp, 0, 0), (x1 - 3.5 * cp, y0 + 3.5 * cp, w, 0), (x0 + 3.5 * cp, y1 - 3.5 * cp, 0, h)]
    fx, fy, cx, cy = finders[int(rng.integers(3))]
    if kind == 'torn':
        # tear line perpendicular to the corner diagonal, passing beyond the finder centre
        d = np.array([x0 + S / 2 - fx, y0 + S / 2 - fy]); d /= np.linalg.norm(d)
        t = (2 + 3 * sev) * cp
        p = np.array([fx, fy]) + d * t
        q0 = p + np.array([-d[1], d[0]]) * w; q1 = p - np.array([-d[1], d[0]]) * w
        m, dist = jagged_line_mask(h, w, q0, q1, (fx - d[0] * 10 * cp, fy - d[1] * 10 * cp), rng, 3 * cp)
        fib = np.clip(1 - dist / (0.6 * cp), 0, 1) * (1 - m)  # white fibrous tear edge
        c = c * (1 - fib[..., None] * 0.8) + 245 * fib[..., None] * 0.8
        alpha = alpha * (1 - m)
    elif kind == 'coffee':
        for i in range(1 + int(sev > 1.2)):
            if i == 0:
                ccx, ccy = fx + rng.uniform(-1, 1) * cp * 2, fy + rng.uniform(-1, 1) * cp * 2
            else:
                ccx, ccy = rng.uniform(x0, x1), rng.uniform(y0, y1)
            R = cp * (5 + 3 * sev) * rng.uniform(0.9, 1.2)
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
            r = np.sqrt((xx - ccx) ** 2 + (yy - ccy) ** 2) / R + (smooth(rng, h, w, 8) - 0.5) * 0.15
            fill = (r < 1).astype(np.float32) * (0.35 + 0.2 * smooth(rng, h, w, 6)) * min(1.0, 0.5 + 0.35 * sev)
            ring = np.exp(-((r - 1) / 0.05) ** 2) * 0.6
            tint = np.array([40, 90, 150], np.float32)  # coffee BGR
            a = np.clip(fill + ring, 0, 0.95)[..., None]
            c = c * (1 - a) + (c * tint / 255.0) * a
    elif kind == 'peeled':
        band = S * (0.22 + 0.12 * sev)
        ang = rng.uniform(-0.4, 0.4)
        cyb = y0 + S * rng.uniform(0.3, 0.7)
        p0 = (0, cyb - band / 2 - w * math.tan(ang) / 2); p1 = (w, cyb - band / 2 + w * math.tan(ang) / 2)
        m1, _ = jagged_line_mask(h, w, p0, p1, (w / 2, h), rng, cp * 1.5)
        p0 = (0, cyb + band / 2 - w * math.tan(ang) / 2); p1 = (w, cyb + band / 2 + w * math.tan(ang) / 2)
        m2, _ = jagged_line_mask(h, w, p0, p1, (w / 2, 0), rng, cp * 1.5)
        m = m1 * m2
        keep = (smooth(rng, h, w, 60) > 0.75 - 0.1 * (2 - sev)).astype(np.float32)  # ink flecks remaining
        m = m * (1 - keep)
        resid = np.array([205, 215, 220], np.float32) * (0.9 + 0.15 * smooth(rng, h, w, 30))[..., None]
        c = c * (1 - m[..., None]) + resid * m[..., None]
    elif kind == 'scratch':
        sc = np.zeros((h, w), np.float32)
        for _ in range(int(40 + 60 * sev)):
            a = rng.uniform(0, np.pi) if rng.random() < 0.4 else rng.normal(0.6, 0.15)
            px, py = rng.uniform(x0 - S * 0.1, x1 + S * 0.1), rng.uniform(y0 - S * 0.1, y1 + S * 0.1)
            L = S * rng.uniform(0.2, 0.8)
            cv2.line(sc, (int(px), int(py)), (int(px + L * math.cos(a)), int(py + L * math.sin(a))), 1,
                     max(1, int(cp * rng.uniform(0.3, 0.8))), cv2.LINE_AA)
        # a heavily scuffed finder
        cv2.circle(sc, (int(fx), int(fy)), int(cp * (2 + sev)), 1, -1)
        sc = sc * (0.7 + 0.3 * smooth(rng, h, w, 40))
        c = c * (1 - sc[..., None]) + 225 * sc[..., None]
    elif kind == 'smudge':
        m = np.zeros((h, w), np.float32)
        cv2.ellipse(m, (int(fx), int(fy)), (int(cp * (5 + 3 * sev)), int(cp * (3 + 2 * sev))), float(rng.uniform(0, 180)), 0, 360, 1, -1)
        cv2.ellipse(m, (int(rng.uniform(x0, x1)), int(rng.uniform(y0, y1))), (int(cp * (4 + 2 * sev)), int(cp * 2.5)), float(rng.uniform(0, 180)), 0, 360, 1, -1)
        m = cv2.GaussianBlur(m, (0, 0), cp * 1.5)
        smear = cv2.filter2D(c, -1, motion_kernel(cp * (4 + 2 * sev), rng.uniform(0, np.pi)))
        smear = smear * 0.75 + 20
        c = c * (1 - m[..., None]) + smear * m[..., None]
    elif kind == 'water':
        m = (smooth(rng, h, w, 5) > 0.55 - 0.08 * sev).astype(np.float32)
        cv2.circle(m, (int(fx), int(fy)), int(cp * 5), 1, -1)
        m = cv2.GaussianBlur(m, (0, 0), cp * 0.8)
        bleed = cv2.GaussianBlur(c, (0, 0), cp * (0.8 + 0.5 * sev))
        bleed = bleed * np.array([1.05, 0.95, 0.85], np.float32) + 25
        c = c * (1 - m[..., None]) + bleed * m[..., None]
        edge = np.abs(cv2.Laplacian(m, cv2.CV_32F, ksize=5))
        edge = np.clip(edge / (edge.max() + 1e-6) * 3, 0, 1)
        c = c * (1 - 0.4 * edge[..., None]) + np.array([60, 110, 150], np.float32) * 0.4 * edge[..., None]
    return np.clip(c, 0, 255).astype(np.uint8), alpha
