"""Camera geometry: for every photo pixel find the point of the print it sees.

Supports a flat print at any 3-D pose (perspective up to ~65 deg), a print
wrapped around a cylinder (cup, bottle), and crumpled/creased paper (height
field: parallax + crease shading). Lens distortion (barrel/pincushion) and
rolling-shutter skew are applied to the photo coordinates before the rays are
cast. Maps are computed on a coarse grid and upsampled (they are smooth),
except the crease shading which is computed at half resolution."""
import numpy as np
import cv2


def rot(rx, ry, rz):
    rx, ry, rz = np.radians([rx, ry, rz])
    Rx = np.array([[1, 0, 0], [0, np.cos(rx), -np.sin(rx)], [0, np.sin(rx), np.cos(rx)]])
    Ry = np.array([[np.cos(ry), 0, np.sin(ry)], [0, 1, 0], [-np.sin(ry), 0, np.cos(ry)]])
    Rz = np.array([[np.cos(rz), -np.sin(rz), 0], [np.sin(rz), np.cos(rz), 0], [0, 0, 1]])
    return Rz @ Ry @ Rx


class Camera:
    def __init__(self, W, H, fov_scale=0.8, k1=0.0, shutter_skew=0.0, shutter_vshift=0.0):
        self.W, self.H = W, H
        self.f = fov_scale * max(W, H)
        self.k1 = k1                  # radial distortion (+ barrel in our convention)
        self.skew = shutter_skew      # px of horizontal shift per px of row
        self.vshift = shutter_vshift  # row stretch (vertical rolling shutter)

    def rays(self, step, roi=None):
        W, H = self.W, self.H
        x0, y0, x1, y1 = roi if roi is not None else (0, 0, W, H)
        xs = np.arange(x0, x1 + step, step, dtype=np.float64)
        ys = np.arange(y0, y1 + step, step, dtype=np.float64)
        x, y = np.meshgrid(xs, ys)
        cx, cy = W / 2.0, H / 2.0
        # rolling shutter: rows exposed later see the scene shifted
        x = x + self.skew * (y - cy)
        y = y + self.vshift * (y - cy)
        # radial distortion
        nx, ny = (x - cx) / self.f, (y - cy) / self.f
        r2 = nx * nx + ny * ny
        d = 1 + self.k1 * r2
        nx, ny = nx * d, ny * d
        return np.stack([nx, ny, np.ones_like(nx)], -1), (len(ys), len(xs))


def pose_for(cam, center_px, mm_per_px_print, print_px_size, ppm_target, mpx, rx, ry, rz):
    """Choose translation so the print's symbol centre lands at center_px with
    about ppm_target photo px per module (frontal equivalent)."""
    R = rot(rx, ry, rz)
    module_mm = mpx * mm_per_px_print
    Z = cam.f * module_mm / ppm_target
    cx, cy = cam.W / 2.0, cam.H / 2.0
    X = (center_px[0] - cx) / cam.f * Z
    Y = (center_px[1] - cy) / cam.f * Z
    return R, np.array([X, Y, Z])


def surface_map(cam, R, t, anchor_px, mm_per_px, print_shape, surface='plane', radius_mm=None,
                height=None, step=4, light=(0.3, -0.5, -0.8), roi=None, raw=False):
    """Return (mapx, mapy, shade) float32 full-res arrays. anchor_px is the
    print pixel placed at the object origin. height: callable(Xmm, Ymm) ->
    (h, dhdx, dhdy) for crumpled paper (mm)."""
    d, (gh, gw) = cam.rays(step, roi)
    Rt = R.T
    o = -Rt @ t
    e = d @ Rt.T
    ox, oy, oz = o
    ex, ey, ez = e[..., 0], e[..., 1], e[..., 2]
    L = np.array(light, np.float64)
    L /= np.linalg.norm(L)
    Lo = Rt @ L  # light in object frame
    if surface == 'cylinder':
        r = radius_mm
        # (ox + l ex)^2 + (oz + l ez - r)^2 = r^2
        a = ex * ex + ez * ez
        b = 2 * (ox * ex + (oz - r) * ez)
        c = ox * ox + (oz - r) ** 2 - r * r
        disc = b * b - 4 * a * c
        ok = disc > 0
        lam = (-b - np.sqrt(np.maximum(disc, 0))) / (2 * a + 1e-12)
        X = ox + lam * ex
        Y = oy + lam * ey
        Zs = oz + lam * ez
        theta = np.arctan2(X, r - Zs)
        U = r * theta
        V = Y
        ok &= np.abs(theta) < np.pi / 2 * 0.98
        nx, nz = X / r, (Zs - r) / r
        shade = np.clip((nx * Lo[0] + nz * Lo[2]) / max(1e-3, -Lo[2]), 0, 1.15)
        # view-dependent falloff near the silhouette
        shade = 0.35 + 0.65 * shade
        U = np.where(ok, U, -1e6)
    else:
        lam = -oz / ez
        U = ox + lam * ex
        V = oy + lam * ey
        shade = np.full(U.shape, 1.0)
        if height is not None:
            h, hx, hy = height(U, V)
            # raised surface is hit earlier along the ray: shift lookup
            U = U - h * ex / ez
            V = V - h * ey / ez
            n = np.stack([-hx, -hy, -np.ones_like(hx)], -1)
            n /= np.linalg.norm(n, axis=-1, keepdims=True)
            shade = np.clip(n @ Lo, 0, 1) / max(1e-3, -Lo[2])
            shade = np.clip(0.25 + 0.75 * shade, 0.2, 1.25)
        U = np.where(lam > 0, U, -1e6)
    mapx = (U / mm_per_px + anchor_px[0]).astype(np.float32)
    mapy = (V / mm_per_px + anchor_px[1]).astype(np.float32)
    if raw:
        return mapx, mapy
    x0, y0, x1, y1 = roi if roi is not None else (0, 0, cam.W, cam.H)
    W, H = x1 - x0, y1 - y0
    size = (gw * step, gh * step)
    mapx = cv2.resize(mapx, size, interpolation=cv2.INTER_LINEAR)[:H, :W]
    mapy = cv2.resize(mapy, size, interpolation=cv2.INTER_LINEAR)[:H, :W]
    shade = cv2.resize(shade.astype(np.float32), size, interpolation=cv2.INTER_LINEAR)[:H, :W]
    return mapx, mapy, shade


def crumple_field(rng, w_mm, h_mm, n_creases, amp_mm, smooth_amp_mm):
    """Height field made of sharp creases (tent ridges along random lines) and
    smooth bumps. Returns callable(X, Y) -> (h, dh/dX, dh/dY) in mm."""
    lines = []
    for _ in range(n_creases):
        a = rng.uniform(0, np.pi)
        px, py = rng.uniform(-w_mm / 2, w_mm / 2), rng.uniform(-h_mm / 2, h_mm / 2)
        nrm = np.array([np.cos(a), np.sin(a)])
        s = rng.choice([-1, 1]) * amp_mm * rng.uniform(0.4, 1.0)
        width = rng.uniform(0.15, 0.5) * min(w_mm, h_mm)
        lines.append((nrm, px * nrm[0] + py * nrm[1], s, width))
    bumps = [(rng.uniform(-w_mm / 2, w_mm / 2), rng.uniform(-h_mm / 2, h_mm / 2), rng.uniform(0.15, 0.4) * w_mm,
              rng.uniform(-1, 1) * smooth_amp_mm) for _ in range(4)]

    def f(X, Y):
        h = np.zeros_like(X)
        hx = np.zeros_like(X)
        hy = np.zeros_like(X)
        for nrm, c, s, width in lines:
            dist = X * nrm[0] + Y * nrm[1] - c
            # tent ridge, flattening away from the crease
            g = np.exp(-np.abs(dist) / width)
            h += s * g
            dg = -np.sign(dist) / width * g * s
            hx += dg * nrm[0]
            hy += dg * nrm[1]
        for bx, by, br, ba in bumps:
            g = ba * np.exp(-((X - bx) ** 2 + (Y - by) ** 2) / (2 * br * br))
            h += g
            hx += -g * (X - bx) / (br * br)
            hy += -g * (Y - by) / (br * br)
        return h, hx, hy
    return f


def project_points(cam, R, t, pts_mm):
    """Project object-frame points (N,3) to photo px (ignoring distortion)."""
    P = (R @ np.asarray(pts_mm, np.float64).T).T + t
    return np.stack([P[:, 0] / P[:, 2] * cam.f + cam.W / 2, P[:, 1] / P[:, 2] * cam.f + cam.H / 2], -1)
