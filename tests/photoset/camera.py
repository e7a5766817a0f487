"""Phone-camera effects on a float32 BGR image (0..255): lighting, vignetting,
colour cast, exposure, glare, defocus / motion / hand-shake blur, chromatic
aberration, sensor noise, phone denoise smoothing, sharpening halos, JPEG."""
import numpy as np
import cv2
from util import smooth_noise


def lighting(img, rng, grad=0.3, vignette=0.3):
    H, W = img.shape[:2]
    h, w = max(8, H // 16), max(8, W // 16)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, 2 * np.pi)
    g = ((x / w - 0.5) * np.cos(a) + (y / h - 0.5) * np.sin(a))
    m = 1 + grad * g + 0.15 * grad * (smooth_noise(rng, h, w, w / 2) - 0.5)
    r2 = ((x / w - 0.5) ** 2 + (y / h - 0.5) ** 2) / 0.5
    m *= 1 - vignette * r2
    m = cv2.resize(m, (W, H), interpolation=cv2.INTER_CUBIC)
    img *= m[..., None]
    return img


def colour_cast(img, rng, amount=0.1):
    g = 1 + rng.uniform(-amount, amount, 3).astype(np.float32)
    cv2.multiply(img, (float(g[0]), float(g[1]), float(g[2]), 0.0), dst=img)
    return img


def glare(img, rng, center, radius, strength=1.0, streak=True):
    """Specular reflection (laminated standee, glossy screen)."""
    H, W = img.shape[:2]
    f = 8
    h, w = H // f + 1, W // f + 1
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = center[0] / f, center[1] / f
    r = radius / f
    a = rng.uniform(0, np.pi)
    u = (x - cx) * np.cos(a) + (y - cy) * np.sin(a)
    v = -(x - cx) * np.sin(a) + (y - cy) * np.cos(a)
    asp = rng.uniform(1.5, 4)
    g = np.exp(-(u ** 2 / (r * asp) ** 2 + v ** 2 / r ** 2) * 2.0)
    core = np.clip((g - 0.5) * 3, 0, 1)
    m = 0.6 * g + core
    m = cv2.resize(m.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    img += (strength * 255 * m)[..., None] * np.array([1.0, 0.98, 0.95], np.float32)
    return img


def _downscaled(img, factor, fn):
    if factor <= 1.0:
        return fn(img, 1.0)
    H, W = img.shape[:2]
    small = cv2.resize(img, (max(1, int(W / factor)), max(1, int(H / factor))), interpolation=cv2.INTER_AREA)
    small = fn(small, factor)
    return cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC)


def defocus(img, radius):
    """Disk (bokeh) blur of the given radius in px."""
    fac = max(1.0, radius / 6.0)

    def fn(im, f):
        r = radius / f
        k = int(np.ceil(r))
        y, x = np.mgrid[-k:k + 1, -k:k + 1]
        ker = np.clip(r + 0.5 - np.sqrt(x * x + y * y), 0, 1).astype(np.float32)
        ker /= ker.sum()
        return cv2.filter2D(im, -1, ker, borderType=cv2.BORDER_REFLECT)
    return _downscaled(img, fac, fn)


def path_kernel(pts, size):
    ker = np.zeros((size, size), np.float32)
    c = size // 2
    for i in range(len(pts) - 1):
        p0 = (int(round(pts[i][0] * 16 + c * 16)), int(round(pts[i][1] * 16 + c * 16)))
        p1 = (int(round(pts[i + 1][0] * 16 + c * 16)), int(round(pts[i + 1][1] * 16 + c * 16)))
        cv2.line(ker, p0, p1, 1.0, 1, cv2.LINE_AA, shift=4)
    ker = cv2.GaussianBlur(ker, (0, 0), 0.6)
    return ker / max(ker.sum(), 1e-6)


def motion(img, length, angle):
    fac = max(1.0, length / 16.0)

    def fn(im, f):
        L = length / f
        a = np.radians(angle)
        pts = [(t * L * np.cos(a), t * L * np.sin(a)) for t in np.linspace(-0.5, 0.5, 20)]
        size = int(np.ceil(L)) + 5
        size += 1 - size % 2
        return cv2.filter2D(im, -1, path_kernel(pts, size), borderType=cv2.BORDER_REFLECT)
    return _downscaled(img, fac, fn)


def shake(img, rng, length):
    """Hand shake: a random smooth curved trajectory kernel."""
    fac = max(1.0, length / 16.0)
    n = 40
    v = rng.normal(0, 1, (n, 2)).cumsum(0)
    v = cv2.GaussianBlur(v.astype(np.float32), (1, 0), 4).reshape(n, 2) if False else v
    v -= v.mean(0)
    span = np.abs(v).max() + 1e-6
    v = v / span * 0.5

    def fn(im, f):
        L = length / f
        pts = v * L
        size = int(np.ceil(L)) + 5
        size += 1 - size % 2
        return cv2.filter2D(im, -1, path_kernel(pts, size), borderType=cv2.BORDER_REFLECT)
    return _downscaled(img, fac, fn)


def chroma_aberration(img, px):
    """Lateral CA: R and B channels scaled slightly about the centre."""
    H, W = img.shape[:2]
    s = px / (0.5 * max(W, H))
    for ch, sc in ((0, 1 - s), (2, 1 + s)):
        M = np.array([[sc, 0, (1 - sc) * W / 2], [0, sc, (1 - sc) * H / 2]], np.float32)
        img[..., ch] = cv2.warpAffine(img[..., ch], M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    return img


def noise(img, rng, sigma, chroma=0.5, shot=True):
    """Sensor noise: signal-dependent luma grain plus coarser chroma noise.
    Uses OpenCV's RNG seeded from rng (fast, deterministic)."""
    H, W = img.shape[:2]
    cv2.setRNGSeed(int(rng.randint(0, 2 ** 31 - 1)))
    lum = np.empty((H, W), np.float32)
    cv2.randn(lum, 0.0, float(sigma))
    if shot:
        lvl = cv2.resize(img[::4, ::4].mean(2), (W, H), interpolation=cv2.INTER_LINEAR)
        np.clip(lvl, 1, 255, out=lvl)
        lvl *= 1.0 / 128.0
        np.sqrt(lvl, out=lvl)
        lum *= lvl
    img += lum[..., None]
    if chroma > 0:
        h2, w2 = H // 2 + 1, W // 2 + 1
        cn = np.empty((h2, w2, 3), np.float32)
        cv2.randn(cn, (0.0, 0.0, 0.0), (1.0, 1.0, 1.0))
        cn = cv2.resize(cn, (W, H), interpolation=cv2.INTER_LINEAR)
        cn *= sigma * chroma
        img += cn
    return img


def denoise(img, strength):
    """Phone-style noise reduction: heavy chroma smoothing, edge-aware luma
    smoothing (bilateral at half resolution), which smears fine detail."""
    u8 = np.clip(img, 0, 255).astype(np.uint8)
    ycc = cv2.cvtColor(u8, cv2.COLOR_BGR2YCrCb)
    H, W = u8.shape[:2]
    y = ycc[..., 0]
    small = cv2.resize(y, (W // 2, H // 2), interpolation=cv2.INTER_AREA)
    small = cv2.bilateralFilter(small, 7, 12 + 25 * strength, 3 + 3 * strength)
    ys = cv2.resize(small, (W, H), interpolation=cv2.INTER_LINEAR)
    ycc[..., 0] = ys
    cs = 2 + 6 * strength
    ycc[..., 1] = cv2.GaussianBlur(ycc[..., 1], (0, 0), cs)
    ycc[..., 2] = cv2.GaussianBlur(ycc[..., 2], (0, 0), cs)
    return cv2.cvtColor(ycc, cv2.COLOR_YCrCb2BGR).astype(np.float32)


def sharpen(img, amount, radius):
    bl = cv2.GaussianBlur(img, (0, 0), radius)
    return img + amount * (img - bl)


def tone(img, gain=1.0, gamma=1.0, clip_white=255.0):
    img *= gain
    if abs(gamma - 1.0) > 0.02:
        lut = (255.0 * np.power(np.arange(1024, dtype=np.float32) / 1023.0, gamma)).astype(np.float32)
        np.clip(img, 0, 255, out=img)
        idx = (img * (1023.0 / 255.0)).astype(np.int16)
        img = lut[idx]
    # highlight clipping (blown highlights)
    np.clip(img, 0, clip_white, out=img)
    img *= 255.0 / clip_white
    return img


def finger(img, rng, tip, direction, width):
    """A fingertip/thumb entering the frame (out of focus, skin tone)."""
    H, W = img.shape[:2]
    f = 4
    h, w = H // f + 1, W // f + 1
    m = np.zeros((h, w), np.float32)
    tx, ty = tip[0] / f, tip[1] / f
    dx, dy = np.cos(direction), np.sin(direction)
    wd = width / f
    far = (tx + dx * 3 * max(h, w), ty + dy * 3 * max(h, w))
    cv2.line(m, (int(tx), int(ty)), (int(far[0]), int(far[1])), 1.0, int(wd))
    cv2.circle(m, (int(tx), int(ty)), int(wd / 2), 1.0, -1)
    m = cv2.GaussianBlur(m, (0, 0), wd * 0.08 + 1)
    m = cv2.resize(m, (W, H), interpolation=cv2.INTER_LINEAR)
    skin = np.array([[120, 150, 200], [90, 120, 175], [70, 95, 140], [140, 170, 215]][int(rng.randint(0, 4))], np.float32)
    sh = 0.55 + 0.45 * cv2.resize(smooth_noise(rng, h, w, wd), (W, H))
    col = skin[None, None, :] * sh[..., None]
    return img * (1 - m[..., None]) + col * m[..., None]


def encode(img, fmt, quality=90):
    u8 = cv2.convertScaleAbs(np.maximum(img, 0, out=img))  # rounds and saturates
    if fmt == 'png':
        ok, buf = cv2.imencode('.png', u8, [cv2.IMWRITE_PNG_COMPRESSION, 3])
    else:
        ok, buf = cv2.imencode('.jpg', u8, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    return buf.tobytes()
