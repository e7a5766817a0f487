"""Photographs a carrier: lays it on a surface in 3-D, then applies what a phone camera does to light.

Order follows the light path: scene lighting and gloss, optics (defocus, shake, lens distortion with
chromatic shift), exposure, the sensor's Bayer mosaic with shot and read noise and its demosaic, and JPEG
encoded twice (camera, then the messaging app that forwarded the photo).
"""
import cv2
import numpy as np

from prints import pick

FRAMES = [(1280, 960), (1600, 1200), (960, 1280), (1200, 1600), (1440, 1080), (1080, 1440)]


def surface(rng, w, h):
    """A counter, wall or table top with a few things lying on it."""
    kind = pick(rng, ["wood counter", "granite", "painted wall", "brushed steel", "tablecloth"])
    base = np.array(pick(rng, {"wood counter": [(40, 80, 140), (30, 55, 90), (70, 120, 170)],
                               "granite": [(90, 90, 95), (40, 40, 45), (150, 150, 150)],
                               "painted wall": [(200, 210, 215), (150, 190, 220), (120, 160, 120)],
                               "brushed steel": [(170, 170, 165)],
                               "tablecloth": [(60, 60, 170), (170, 120, 60), (80, 140, 80)]}[kind]), np.float32) / 255
    def texture(rows, cols, sigma):
        """Smooth noise of unit spread, drawn coarse and enlarged: big blurs at full size are slow."""
        coarse = cv2.GaussianBlur(rng.normal(0, 1, (rows, cols)).astype(np.float32), (0, 0), sigma)
        return cv2.resize(coarse / (coarse.std() + 1e-6), (w, h), interpolation=cv2.INTER_CUBIC)

    grain = rng.normal(0, 1, (h, w)).astype(np.float32)
    if kind == "wood counter":
        shade = 1 + 0.2 * texture(h // 2, w // 16, 1.0) + 0.02 * grain
    elif kind == "brushed steel":
        shade = 1 + 0.04 * texture(h, w // 16, 0.7) + 0.01 * grain
    elif kind == "tablecloth":
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        period = rng.uniform(30, 70)
        shade = 0.8 + 0.2 * np.sign(np.sin(xx / period * np.pi)) * np.sign(np.sin(yy / period * np.pi))
        shade += 0.05 * grain
    else:
        shade = 1 + 0.06 * grain + 0.08 * texture(max(2, h // 30), max(2, w // 30), 1.0)
    img = np.clip(base[None, None, :] * shade[..., None], 0, 1)
    for _ in range(int(rng.integers(0, 4))):
        cx, cy = int(rng.integers(0, w)), int(rng.integers(0, h))
        if rng.random() < 0.5:  # a receipt
            box = cv2.boxPoints(((cx, cy), (rng.uniform(80, 200), rng.uniform(150, 400)), rng.uniform(0, 180)))
            cv2.fillPoly(img, [box.astype(np.int32)], (0.92, 0.93, 0.9), cv2.LINE_AA)
        else:  # a cup seen from above
            r = int(rng.uniform(40, 110))
            cv2.circle(img, (cx, cy), r, (0.9, 0.9, 0.88), -1, cv2.LINE_AA)
            cv2.circle(img, (cx, cy), int(r * 0.8), (0.1, 0.2, 0.3), -1, cv2.LINE_AA)
    return img, kind


def pose(rng, c, frame, module_px, tilt_deg, placement):
    """The homography that puts the carrier in the frame: scale, 3-D tilt, roll, and where it lands."""
    x, y, px, n = c["qr"]
    ch, cw = c["alpha"].shape
    centre = np.array([x + n * px / 2, y + n * px / 2]) if n else np.array([cw / 2, ch / 2])
    corners = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], float)
    scale = module_px / px
    ax, ay = np.radians(rng.uniform(-tilt_deg, tilt_deg, 2))
    roll = np.radians(rng.uniform(-35, 35))
    rx = np.array([[1, 0, 0], [0, np.cos(ax), -np.sin(ax)], [0, np.sin(ax), np.cos(ax)]])
    ry = np.array([[np.cos(ay), 0, np.sin(ay)], [0, 1, 0], [-np.sin(ay), 0, np.cos(ay)]])
    rz = np.array([[np.cos(roll), -np.sin(roll), 0], [np.sin(roll), np.cos(roll), 0], [0, 0, 1]])
    focal = 1.2 * max(frame)

    def project(points):
        p = np.c_[(points - centre) * scale, np.zeros(len(points))] @ (rz @ ry @ rx).T
        return focal * p[:, :2] / (focal + p[:, 2:3])

    qr = np.array([[x, y], [x + n * px, y], [x + n * px, y + n * px], [x, y + n * px]], float)
    qr_at = project(qr)
    w, h = frame
    lo, hi = qr_at.min(0), qr_at.max(0)
    if placement == "inside":
        margin = 3 * module_px + 0.02 * min(w, h)
        low = np.array([margin, margin]) - lo
        high = np.array([w - margin, h - margin]) - hi
        target = np.array([rng.uniform(low[0], max(low[0], high[0])), rng.uniform(low[1], max(low[1], high[1]))])
    else:  # cut: a share of the symbol's width beyond one edge of the frame
        side = int(rng.integers(0, 4))
        cut = rng.uniform(0.15, 0.4) * (hi - lo)
        target = np.array([rng.uniform(-lo[0] + 10, w - hi[0] - 10), rng.uniform(-lo[1] + 10, h - hi[1] - 10)])
        if side == 0:
            target[0] = -lo[0] - cut[0]
        elif side == 1:
            target[0] = w - hi[0] + cut[0]
        elif side == 2:
            target[1] = -lo[1] - cut[1]
        else:
            target[1] = h - hi[1] + cut[1]
    homography = cv2.getPerspectiveTransform(corners.astype(np.float32), (project(corners) + target).astype(np.float32))
    quad = qr_at + target
    measured = np.mean([np.linalg.norm(quad[i] - quad[(i + 1) % 4]) for i in range(4)]) / max(n, 1)
    return homography, quad, measured


def compose(rng, c, frame, homography, scale):
    w, h = frame
    background, kind = surface(rng, w, h)
    rgb, alpha = c["rgb"], c["alpha"]
    if scale < 1:  # what the lens and the sensor's pixel area do when a print is shrunk this much
        sigma = 0.45 / scale
        rgb = cv2.GaussianBlur(rgb, (0, 0), sigma)
        alpha = cv2.GaussianBlur(alpha, (0, 0), sigma)
    fg = cv2.warpPerspective(rgb, homography, (w, h), flags=cv2.INTER_LINEAR)
    a = cv2.warpPerspective(alpha, homography, (w, h), flags=cv2.INTER_LINEAR)[..., None]
    small = cv2.resize(np.roll(a[..., 0], (int(w * 0.008), int(w * 0.01)), (0, 1)), (w // 8, h // 8),
                       interpolation=cv2.INTER_AREA)
    shadow = cv2.resize(cv2.GaussianBlur(small, (0, 0), w * 0.01 / 8), (w, h), interpolation=cv2.INTER_LINEAR)
    background = background * (1 - 0.45 * shadow[..., None])
    return background * (1 - a) + fg * a, a[..., 0], kind


def light(rng, img, carrier_alpha, glossy, gloss):
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = ((xx - w / 2) * np.cos(angle) + (yy - h / 2) * np.sin(angle)) / max(w, h)
    radius2 = ((xx - w / 2) ** 2 + (yy - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    gain = (1 + rng.uniform(0.1, 0.5) * ramp) * (1 - rng.uniform(0.1, 0.35) * radius2)
    cast = np.array([rng.uniform(0.9, 1.05), 1.0, rng.uniform(0.9, 1.1)], np.float32)
    img = img * gain[..., None] * cast
    if glossy and gloss > 0:
        ys, xs = np.nonzero(carrier_alpha > 0.5)
        if len(xs):
            i = int(rng.integers(0, len(xs)))
            spread = np.sqrt(len(xs)) * rng.uniform(0.08, 0.18)
            blob = np.exp(-(((xx - xs[i]) / (spread * 1.8)) ** 2 + ((yy - ys[i]) / spread) ** 2))
            img = img + (gloss * blob * carrier_alpha)[..., None]
    return img


def disk_kernel(radius):
    r = max(1, int(np.ceil(radius)))
    k = np.zeros((2 * r + 1, 2 * r + 1), np.float32)
    cv2.circle(k, (r, r), int(round(radius)), 1.0, -1, cv2.LINE_AA)
    return k / k.sum()


def motion_kernel(length, angle):
    size = int(np.ceil(length)) | 1
    k = np.zeros((size + 2, size + 2), np.float32)
    c = (size + 1) / 2
    dx, dy = np.cos(angle) * length / 2, np.sin(angle) * length / 2
    cv2.line(k, (int(round(c - dx)), int(round(c - dy))), (int(round(c + dx)), int(round(c + dy))), 1.0, 1, cv2.LINE_AA)
    return k / k.sum()


def optics(rng, img, module_px, blur):
    """Lens softness, then the class's defocus or shake, then barrel distortion with chromatic shift."""
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.3, 0.6))
    words = []
    if blur:
        kind, amount = blur
        if kind == "gaussian defocus":
            img = cv2.GaussianBlur(img, (0, 0), amount * module_px)
            words.append("defocus sigma %.2f module" % amount)
        elif kind == "disk defocus":
            img = cv2.filter2D(img, -1, disk_kernel(amount * module_px))
            words.append("defocus disk radius %.2f module" % amount)
        else:
            img = cv2.filter2D(img, -1, motion_kernel(amount * module_px, rng.uniform(0, np.pi)))
            words.append("motion blur %.1f modules" % amount)
    h, w = img.shape[:2]
    k = rng.uniform(0.01, 0.06)
    chroma = rng.uniform(0.0005, 0.002)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = (xx - w / 2) / (max(w, h) / 2), (yy - h / 2) / (max(w, h) / 2)
    r2 = dx * dx + dy * dy
    channels = []
    for ch, shift in zip(range(3), (-chroma, 0.0, chroma)):  # B, G, R: red lands further out than blue
        f = (1 + k * r2) * (1 - shift)
        channels.append(cv2.remap(img[..., ch], (w / 2 + dx * f * max(w, h) / 2).astype(np.float32),
                                  (h / 2 + dy * f * max(w, h) / 2).astype(np.float32), cv2.INTER_LINEAR,
                                  borderMode=cv2.BORDER_REFLECT))
    words.append("barrel k=%.3f, chroma %.4f" % (k, chroma))
    return np.dstack(channels), words


def sensor(rng, img, exposure):
    """Exposure, Bayer mosaic with shot and read noise, demosaic; returns 8-bit BGR."""
    img = np.clip(img * exposure, 0, 1)
    h, w = img.shape[:2]
    raw = np.empty((h, w), np.float32)
    raw[0::2, 0::2] = img[0::2, 0::2, 2]
    raw[0::2, 1::2] = img[0::2, 1::2, 1]
    raw[1::2, 0::2] = img[1::2, 0::2, 1]
    raw[1::2, 1::2] = img[1::2, 1::2, 0]
    shot, read = rng.uniform(0.0003, 0.002), rng.uniform(0.003, 0.012)
    raw = raw + rng.normal(0, 1, raw.shape).astype(np.float32) * np.sqrt(shot * raw + read * read)
    raw16 = (np.clip(raw, 0, 1) * 65535).astype(np.uint16)
    code = cv2.COLOR_BayerBG2BGR_EA if rng.random() < 0.5 else cv2.COLOR_BayerBG2BGR
    return (cv2.cvtColor(raw16, code) >> 8).astype(np.uint8)


def double_jpeg(rng, img):
    q1, q2 = int(rng.integers(80, 96)), int(rng.integers(55, 86))
    once = cv2.imdecode(cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q1])[1], cv2.IMREAD_COLOR)
    return cv2.imencode(".jpg", once, [cv2.IMWRITE_JPEG_QUALITY, q2])[1].tobytes(), (q1, q2)


def photograph(rng, c, frame, module_px, tilt_deg=12, placement="inside", blur=None, gloss=0.3, exposure=None):
    """JPEG bytes of a phone photo of carrier `c`, and words describing what was done."""
    scale = module_px / c["qr"][2]
    homography, quad, measured = pose(rng, c, frame, module_px, tilt_deg, placement)
    img, alpha, kind = compose(rng, c, frame, homography, scale)
    img = light(rng, img, alpha, c["glossy"], gloss)
    img, lens_words = optics(rng, img, module_px, blur)
    exposure = rng.uniform(0.75, 1.25) if exposure is None else exposure
    jpeg, (q1, q2) = double_jpeg(rng, sensor(rng, img, exposure))
    words = ["on %s" % kind, "%.2f px/module" % measured, "%dx%d" % frame] + lens_words
    words += ["exposure x%.2f" % exposure, "jpeg q%d then q%d" % (q1, q2)]
    return jpeg, words, quad
