"""Damage to the print itself (applied in print coordinates before the
camera): torn corners, stains, peeled bands, wiped/faded bands, ink smudges,
scratches, water damage. `s` (0..1+) scales the strength. Each returns a short
description."""
import numpy as np
import cv2
from util import smooth_noise

FINDERS = ('TL', 'TR', 'BL')


def finder_center(pr, which):
    q = pr['quad']
    mpx = pr['mpx']
    x0, y0 = q[0]
    side = q[1][0] - q[0][0]
    c = 3.5 * mpx
    return {'TL': (x0 + c, y0 + c), 'TR': (x0 + side - c, y0 + c), 'BL': (x0 + c, y0 + side - c),
            'BR': (x0 + side - c, y0 + side - c), 'C': (x0 + side / 2, y0 + side / 2)}[which]


def _blob(rng, H, W, cx, cy, r, rough=0.35):
    """Irregular blob mask (float 0..1) centred at (cx,cy) of radius ~r."""
    m = np.zeros((H, W), np.float32)
    n = 48
    ang = np.linspace(0, 2 * np.pi, n, endpoint=False)
    rad = r * (1 + rough * np.convolve(np.r_[rng.uniform(-1, 1, n)] , [0.25, 0.5, 0.25], 'same'))
    pts = np.stack([cx + rad * np.cos(ang), cy + rad * np.sin(ang)], -1).astype(np.int32)
    cv2.fillPoly(m, [pts], 1.0)
    return m


def tear_corner(rng, pr, s):
    img, alpha = pr['img'], pr['alpha']
    H, W = alpha.shape
    which = rng.choice(list(FINDERS))
    q = pr['quad']
    mpx = pr['mpx']
    side = q[1][0] - q[0][0]
    # tear line must cut through the chosen finder (past its centre)
    depth = (7 + 5 * s + rng.uniform(0, 4)) * mpx  # distance from symbol corner
    cx = q[0][0] if which in ('TL', 'BL') else q[0][0] + side
    cy = q[0][1] if which in ('TL', 'TR') else q[0][1] + side
    sx = -1 if which in ('TL', 'BL') else 1
    sy = -1 if which in ('TL', 'TR') else 1
    # tear line crosses the symbol's edges `depth` from its corner (cuts the finder)
    A = np.array([cx - sx * depth * rng.uniform(0.9, 1.4), cy])
    B = np.array([cx, cy - sy * depth * rng.uniform(0.9, 1.4)])
    P1 = A + (A - B) * 3
    P2 = B + (B - A) * 3
    pts = []
    for tt in np.linspace(0, 1, 60):
        p = P1 + (P2 - P1) * tt
        pts.append((p[0] + rng.uniform(-1, 1) * mpx * 0.8, p[1] + rng.uniform(-1, 1) * mpx * 0.8))
    pts += [(cx + sx * 4 * W, cy + sy * 4 * H)]
    m = np.zeros((H, W), np.float32)
    cv2.fillPoly(m, [np.array(pts, np.int32)], 1.0)
    # white fibrous rim along the tear
    rim = cv2.dilate(m, np.ones((int(mpx * 0.6) + 2,) * 2, np.uint8)) - m
    img[:] = img * (1 - rim[..., None]) + 238 * rim[..., None]
    alpha *= 1 - m
    return 'torn corner (%s finder gone)' % which


def stain(rng, pr, s):
    img = pr['img']
    H, W = img.shape[:2]
    mpx = pr['mpx']
    target = rng.choice(list(FINDERS) + ['C'])
    cx, cy = finder_center(pr, target)
    r = (5 + 6 * s + rng.uniform(0, 4)) * mpx
    m = _blob(rng, H, W, cx + rng.uniform(-2, 2) * mpx, cy + rng.uniform(-2, 2) * mpx, r)
    m = cv2.GaussianBlur(m, (0, 0), mpx * 0.5)
    ring = np.clip(m - cv2.erode(m, np.ones((int(mpx) + 2,) * 2, np.uint8)), 0, 1)
    kind = rng.choice(['coffee', 'grease', 'dirt', 'glue'])
    col = {'coffee': (40, 80, 130), 'grease': (90, 140, 170), 'dirt': (50, 60, 70), 'glue': (120, 190, 215)}[kind]
    opac = min(0.97, 0.75 + 0.2 * s)
    tex = 0.8 + 0.4 * smooth_noise(rng, H, W, mpx * 3)
    stained = np.array(col, np.float32)[None, None, :] * tex[..., None]
    if kind in ('glue', 'grease'):  # translucent-ish but wipes out contrast
        stained = 0.5 * stained + 0.5 * cv2.GaussianBlur(img, (0, 0), mpx * 1.5) * 0.7
    mm = np.clip(m * opac + ring * 0.3, 0, 1)[..., None]
    img[:] = img * (1 - mm) + stained * mm
    return '%s stain over %s' % (kind, {'C': 'centre'}.get(target, target + ' finder'))


def peel(rng, pr, s):
    img = pr['img']
    H, W = img.shape[:2]
    q = pr['quad']
    mpx = pr['mpx']
    side = q[1][0] - q[0][0]
    horiz = rng.rand() < 0.5
    bw = (6 + 6 * s + rng.uniform(0, 3)) * mpx
    off = rng.choice([3.5 * mpx, side - 3.5 * mpx])  # through a finder row/column
    m = np.zeros((H, W), np.float32)
    jag = lambda: rng.uniform(-1, 1) * mpx
    if horiz:
        y = q[0][1] + off
        top = [(x, y - bw / 2 + jag()) for x in np.linspace(0, W, 30)]
        bot = [(x, y + bw / 2 + jag()) for x in np.linspace(W, 0, 30)]
    else:
        x = q[0][0] + off
        top = [(x - bw / 2 + jag(), yy) for yy in np.linspace(0, H, 30)]
        bot = [(x + bw / 2 + jag(), yy) for yy in np.linspace(H, 0, 30)]
    cv2.fillPoly(m, [np.array(top + bot, np.int32)], 1.0)
    fib = smooth_noise(rng, H, W, mpx * 0.7, 2)
    paper = np.array([205, 212, 215], np.float32)[None, None, :] * (0.9 + 0.15 * fib[..., None])
    resid = (fib > 0.82).astype(np.float32)[..., None] * (1 - s * 0.5)  # specks of remaining ink
    new = paper * (1 - resid) + img * resid
    img[:] = img * (1 - m[..., None]) + new * m[..., None]
    return 'peeled band (%s) through a finder' % ('horizontal' if horiz else 'vertical')


def wipe(rng, pr, s):
    """Faded / wiped band: ink rubbed off, contrast nearly gone."""
    img = pr['img']
    H, W = img.shape[:2]
    q = pr['quad']
    mpx = pr['mpx']
    side = q[1][0] - q[0][0]
    m = np.zeros((H, W), np.float32)
    a = rng.uniform(-0.5, 0.5)
    c = q[0] + side * rng.choice([0.15, 0.85]) * np.array([1, 1]) if rng.rand() < 0.5 else q[0] + side * np.array([0.5, 0.15])
    bw = (8 + 8 * s) * mpx
    L = 3 * max(H, W)
    d = np.array([np.cos(a), np.sin(a)])
    nrm = np.array([-d[1], d[0]])
    poly = np.array([c - d * L - nrm * bw / 2, c + d * L - nrm * bw / 2, c + d * L + nrm * bw / 2, c - d * L + nrm * bw / 2], np.int32)
    cv2.fillPoly(m, [poly], 1.0)
    m = cv2.GaussianBlur(m, (0, 0), mpx * 1.5) * min(0.97, 0.85 + 0.1 * s)
    paper = np.array(pr['paper'], np.float32)
    smear = cv2.GaussianBlur(img, (0, 0), mpx * 0.8)
    img[:] = img * (1 - m[..., None]) + (0.8 * paper + 0.2 * smear) * m[..., None]
    return 'wiped / faded band'


def smudge(rng, pr, s):
    img = pr['img']
    H, W = img.shape[:2]
    mpx = pr['mpx']
    target = rng.choice(list(FINDERS))
    cx, cy = finder_center(pr, target)
    r = (6 + 6 * s) * mpx
    m = _blob(rng, H, W, cx, cy, r, 0.5)
    m = cv2.GaussianBlur(m, (0, 0), mpx)
    L = int(mpx * (4 + 4 * s)) | 1
    a = rng.uniform(0, np.pi)
    ker = np.zeros((L, L), np.float32)
    cv2.line(ker, (L // 2 - int(L / 2 * np.cos(a)), L // 2 - int(L / 2 * np.sin(a))),
             (L // 2 + int(L / 2 * np.cos(a)), L // 2 + int(L / 2 * np.sin(a))), 1.0, 1)
    ker /= ker.sum()
    sm = cv2.filter2D(img, -1, ker) * 0.75
    img[:] = img * (1 - m[..., None]) + sm * m[..., None]
    return 'ink smudge over %s finder' % target


def scratches(rng, pr, s):
    img = pr['img']
    H, W = img.shape[:2]
    mpx = pr['mpx']
    q = pr['quad']
    n = int(8 + 20 * s)
    for _ in range(n):
        p = q[0] + rng.uniform(-0.1, 1.1, 2) * (q[2] - q[0])
        a = rng.uniform(0, np.pi)
        L = rng.uniform(0.3, 1.0) * (q[2][0] - q[0][0])
        p2 = p + L * np.array([np.cos(a), np.sin(a)])
        cv2.line(img, tuple(int(v) for v in p), tuple(int(v) for v in p2), (225, 228, 230), max(1, int(mpx * rng.uniform(0.2, 0.6))), cv2.LINE_AA)
    return 'scratches'


def water(rng, pr, s):
    img = pr['img']
    H, W = img.shape[:2]
    mpx = pr['mpx']
    q = pr['quad']
    side = q[1][0] - q[0][0]
    cx, cy = finder_center(pr, rng.choice(list(FINDERS)))
    r = side * (0.35 + 0.2 * s)
    m = _blob(rng, H, W, cx, cy, r, 0.4)
    m = cv2.GaussianBlur(m, (0, 0), mpx * 2)
    bled = cv2.GaussianBlur(img, (0, 0), mpx * (0.9 + 0.6 * s))
    paper = np.array(pr['paper'], np.float32)
    bled = 0.55 * bled + 0.45 * paper  # ink washed out
    bled *= np.array([1.02, 0.97, 0.9], np.float32)  # yellowed
    ring = np.clip(m - cv2.erode(m, np.ones((int(mpx * 1.5) + 2,) * 2, np.uint8)), 0, 1)
    img[:] = img * (1 - m[..., None]) + bled * m[..., None]
    img *= (1 - 0.35 * ring)[..., None]
    return 'water damage (ink bled, tide line)'


ALL = {'tear': tear_corner, 'stain': stain, 'peel': peel, 'wipe': wipe, 'smudge': smudge, 'water': water}
