"""Where the card lands in the photo: a 3-D rotation projected by a pinhole camera, pasted with a shadow."""
import math

import cv2
import numpy as np


def rot(yaw, pitch, roll):
    cy, sy, cp_, sp, cr, sr = math.cos(yaw), math.sin(yaw), math.cos(pitch), math.sin(pitch), math.cos(roll), math.sin(roll)
    Ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    Rx = np.array([[1, 0, 0], [0, cp_, -sp], [0, sp, cp_]])
    Rz = np.array([[cr, -sr, 0], [sr, cr, 0], [0, 0, 1]])
    return Rz @ Rx @ Ry


def project(W, H, cw, ch, center, scale, yaw, pitch, roll, rng):
    f = max(W, H) * rng.uniform(0.8, 1.2)
    hw, hh = cw * scale / 2, ch * scale / 2
    pts = np.array([[-hw, -hh, 0], [hw, -hh, 0], [hw, hh, 0], [-hw, hh, 0]])
    P = pts @ rot(yaw, pitch, roll).T
    P[:, 2] += f
    return (f * P[:, :2] / P[:, 2:3] + np.array(center)).astype(np.float32)


def place(photo, card, alpha, quad, shadow=0.35):
    H, W = photo.shape[:2]
    h, w = card.shape[:2]
    if alpha is None:
        alpha = np.ones((h, w), np.float32)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    Mfull = cv2.getPerspectiveTransform(src, quad)
    sides = [np.linalg.norm(quad[1] - quad[0]) / w, np.linalg.norm(quad[2] - quad[3]) / w,
             np.linalg.norm(quad[3] - quad[0]) / h, np.linalg.norm(quad[2] - quad[1]) / h]
    s = min(sides)
    if s < 0.7:
        f = max(s * 1.4, 0.02)
        card = cv2.resize(card, (max(2, int(w * f)), max(2, int(h * f))), interpolation=cv2.INTER_AREA)
        alpha = cv2.resize(alpha, (card.shape[1], card.shape[0]), interpolation=cv2.INTER_AREA)
        h, w = card.shape[:2]
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    pad = int(max(6, 0.05 * max(np.ptp(quad[:, 0]), np.ptp(quad[:, 1]))))
    x0 = int(max(0, quad[:, 0].min() - pad)); x1 = int(min(W, quad[:, 0].max() + pad + 1))
    y0 = int(max(0, quad[:, 1].min() - pad)); y1 = int(min(H, quad[:, 1].max() + pad + 1))
    if x1 <= x0 or y1 <= y0:
        return Mfull
    M = cv2.getPerspectiveTransform(src, quad - np.float32([x0, y0]))
    size = (x1 - x0, y1 - y0)
    wc = cv2.warpPerspective(card, M, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT).astype(np.float32)
    a = cv2.warpPerspective(alpha, M, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    roi = photo[y0:y1, x0:x1]
    if shadow > 0:
        k = pad * 0.5 + 1
        sh = cv2.GaussianBlur(a, (0, 0), k)
        sh = np.roll(sh, (int(k * 0.6), int(k * 0.4)), axis=(0, 1))
        roi *= (1 - shadow * sh)[..., None]
    roi[:] = roi * (1 - a[..., None]) + wc * a[..., None]
    return Mfull


def sym_quad(M, symrect):
    x0, y0, x1, y1 = symrect
    p = np.float32([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]])
    return cv2.perspectiveTransform(p, M)[0]


def ppm_of(q, n):
    sides = [np.linalg.norm(q[(i + 1) % 4] - q[i]) for i in range(4)]
    return max(sides) / n, min(sides) / n
