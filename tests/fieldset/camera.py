"""The phone camera: frame sizes, light, shadow, glare, reflections, vignetting, colour cast, exposure,
optics blur, barrel distortion, sensor noise and phone sharpening."""
import math

import cv2
import numpy as np

from drawing import smooth


SIZES = [(800, 600), (1024, 768), (1280, 960), (1600, 1200), (2048, 1536), (2592, 1944), (3000, 2250), (4032, 3024)]


def pick_size(rng, lo=0, hi=len(SIZES)):
    W, H = SIZES[int(rng.integers(lo, hi))]
    if rng.random() < 0.35:
        W, H = H, W
    return W, H


def disk_kernel(r):
    r = max(r, 0.5)
    R = int(math.ceil(r))
    yy, xx = np.mgrid[-R:R + 1, -R:R + 1]
    k = np.clip(r + 0.5 - np.sqrt(xx ** 2 + yy ** 2), 0, 1).astype(np.float32)
    return k / k.sum()


def motion_kernel(L, ang):
    R = int(math.ceil(L / 2)) + 1
    k = np.zeros((2 * R + 1, 2 * R + 1), np.float32)
    dx, dy = math.cos(ang) * L / 2, math.sin(ang) * L / 2
    cv2.line(k, (int(round(R - dx)), int(round(R - dy))), (int(round(R + dx)), int(round(R + dy))), 1, 1, cv2.LINE_AA)
    return k / k.sum()


def shake_kernel(L, rng):
    R = int(math.ceil(L)) + 2
    S = 4
    k = np.zeros(((2 * R + 1) * S, (2 * R + 1) * S), np.float32)
    t = np.linspace(0, 1, 6)
    pts = np.cumsum(rng.standard_normal((6, 2)), axis=0)
    pts -= pts.mean(0)
    pts *= (L / 2) / (np.abs(pts).max() + 1e-6)
    tt = np.linspace(0, 1, 200)
    xs = np.interp(tt, t, pts[:, 0]); ys = np.interp(tt, t, pts[:, 1])
    poly = np.stack([(xs + R + 0.5) * S, (ys + R + 0.5) * S], 1).astype(np.int32)
    cv2.polylines(k, [poly], False, 1, S, cv2.LINE_AA)
    k = cv2.resize(k, (2 * R + 1, 2 * R + 1), interpolation=cv2.INTER_AREA)
    return k / k.sum()


def photograph(img, rng, opt):
    """img float32 BGR 0..255, modified and returned as uint8."""
    H, W = img.shape[:2]
    if opt.get('light', True):
        lo = rng.uniform(0.55, 0.9) if opt.get('strong_light') else rng.uniform(0.8, 0.95)
        img *= (lo + (1.15 - lo) * smooth(rng, H, W, 2))[..., None]
    if opt.get('shadow'):
        m = np.zeros((H, W), np.float32)
        pts = np.stack([rng.uniform(-0.2, 1.2, 5) * W, rng.uniform(-0.2, 1.2, 5) * H], 1).astype(np.int32)
        cv2.fillPoly(m, [cv2.convexHull(pts)], 1)
        m = cv2.GaussianBlur(m, (0, 0), min(H, W) * rng.uniform(0.01, 0.05))
        img *= (1 - opt['shadow'] * m)[..., None]
    if opt.get('glare'):
        g = np.zeros((H, W), np.float32)
        c = (int(rng.uniform(0.2, 0.8) * W), int(rng.uniform(0.2, 0.8) * H))
        cv2.ellipse(g, c, (int(W * rng.uniform(0.05, 0.2)), int(H * rng.uniform(0.02, 0.08))), float(rng.uniform(0, 180)), 0, 360, 1, -1)
        g = cv2.GaussianBlur(g, (0, 0), min(H, W) * 0.03)
        img += (opt['glare'] * 255 * g)[..., None]
    if opt.get('reflection') is not None:
        R, a = opt['reflection']
        amap = a * (0.5 + smooth(rng, H, W, 3))
        img[:] = img * (1 - amap[..., None]) + R * amap[..., None]
    # vignetting
    yy = (np.arange(H, dtype=np.float32) - H / 2) / (H / 2)
    xx = (np.arange(W, dtype=np.float32) - W / 2) / (W / 2)
    r2 = (yy[:, None] ** 2 + xx[None, :] ** 2) / 2
    img *= (1 - rng.uniform(0.1, 0.45) * r2)[..., None]
    # colour cast
    cast = np.array(opt.get('cast', rng.uniform(0.88, 1.12, 3)), np.float32)
    img *= cast
    # exposure
    e = opt.get('exposure', rng.uniform(0.85, 1.15))
    img *= e
    # optics blur
    k = opt.get('kernel')
    if k is not None:
        img = cv2.filter2D(img, -1, k, borderType=cv2.BORDER_REFLECT)
    sig = opt.get('sigma', rng.uniform(0.3, 0.8))
    if sig > 0:
        img = cv2.GaussianBlur(img, (0, 0), sig)
    # barrel distortion
    kb = opt.get('barrel', rng.uniform(0.0, 0.06))
    if kb > 0.002:
        ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
        nx = (xs - W / 2) / (W / 2); ny = (ys - H / 2) / (W / 2)
        f = 1 - kb * 0.5 + kb * (nx * nx + ny * ny) * 0.5
        img = cv2.remap(img, nx * f * (W / 2) + W / 2, ny * f * (W / 2) + H / 2, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
        del ys, xs, nx, ny, f
    # sensor noise (shot + read, slightly correlated like demosaicing)
    np.clip(img, 0, 255, out=img)
    iso = opt.get('noise', rng.uniform(1.5, 6)) / max(e, 0.3)
    n = rng.standard_normal(img.shape, dtype=np.float32)
    n = cv2.GaussianBlur(n, (0, 0), 0.7) * 1.6
    img += n * (iso * (0.5 + np.sqrt(img / 255.0)))
    if rng.random() < 0.5:  # phone sharpening
        b = cv2.GaussianBlur(img, (0, 0), 1.5)
        img = cv2.addWeighted(img, 1.4, b, -0.4, 0)
    return np.clip(img, 0, 255).astype(np.uint8)
