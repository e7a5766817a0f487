"""Put a print into a photo through the camera model (plane, cylinder or
crumpled paper), with shading and a soft contact shadow."""
import numpy as np
import cv2
from geometry import pose_for, surface_map, project_points, crumple_field


def place(photo, pr, cam, ppm, center, rx=0.0, ry=0.0, rz=0.0, surface='plane', radius_modules=None,
          crumple=None, rng=None, shadow=0.35, light=(0.3, -0.5, -0.8), emissive=False):
    """ppm: target photo px per module (frontal). Returns dict with the photo
    quad of the symbol and the min px/module estimate."""
    mpx = pr['mpx']
    mm_per_px = 1.5 / mpx  # 1.5 mm modules
    q = pr['quad']
    anchor = q.mean(0)
    R, t = pose_for(cam, center, mm_per_px, pr['img'].shape[:2], ppm, mpx, rx, ry, rz)
    height = None
    if crumple is not None:
        Hh, Ww = pr['img'].shape[:2]
        height = crumple_field(rng, Ww * mm_per_px, Hh * mm_per_px, **crumple)
    radius_mm = None if radius_modules is None else radius_modules * 1.5
    # coarse pass over the whole frame to find the region the print covers
    ph, pw = pr['img'].shape[:2]
    cs = 16
    gx, gy = surface_map(cam, R, t, anchor, mm_per_px, (ph, pw), surface, radius_mm, None, step=cs, raw=True)
    pad = 0.15 * max(ph, pw) if height is not None else 2
    inside = (gx > -pad) & (gx < pw + pad) & (gy > -pad) & (gy < ph + pad)
    H, W = photo.shape[:2]
    if not inside.any():
        return dict(quad=np.zeros((4, 2)), ppm_min=0, ppm_max=0, alpha=None)
    ys, xs = np.nonzero(inside)
    x0 = max(0, (xs.min() - 2) * cs)
    y0 = max(0, (ys.min() - 2) * cs)
    x1 = min(W, (xs.max() + 3) * cs)
    y1 = min(H, (ys.max() + 3) * cs)
    roi = (x0, y0, x1, y1)
    mapx, mapy, shade = surface_map(cam, R, t, anchor, mm_per_px, (ph, pw), surface,
                                    radius_mm, height, light=light, roi=roi)
    # symbol corners in the photo (planar approximation) -> effective ppm
    side_mm = (q[1][0] - q[0][0]) * mm_per_px
    cm = np.array([[-side_mm / 2, -side_mm / 2, 0], [side_mm / 2, -side_mm / 2, 0], [side_mm / 2, side_mm / 2, 0], [-side_mm / 2, side_mm / 2, 0]])
    if surface == 'cylinder':
        r = radius_mm
        th = np.clip(cm[:, 0] / r, -1.5, 1.5)
        cm = np.stack([r * np.sin(th), cm[:, 1], r * (1 - np.cos(th))], -1)
    pq = project_points(cam, R, t, cm)
    n = pr['n']
    edges = [np.linalg.norm(pq[(i + 1) % 4] - pq[i]) for i in range(4)]
    ppm_min = min(edges) / n
    src = pr['img']
    ratio = mpx / max(ppm_min, 0.3)
    if ratio > 1.3 and not pr.get('screen'):  # prefilter to avoid unrealistic aliasing
        src = cv2.GaussianBlur(src, (0, 0), 0.45 * ratio)
    col = cv2.remap(src, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    a = cv2.remap(pr['alpha'], mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    k = max(3.0, 0.004 * max(W, H))
    if shadow > 0:
        # shadow in an enlarged ROI
        e = int(4 * k)
        X0, Y0, X1, Y1 = max(0, x0 - e), max(0, y0 - e), min(W, x1 + e), min(H, y1 + e)
        big = np.zeros((Y1 - Y0, X1 - X0), np.float32)
        big[y0 - Y0:y1 - Y0, x0 - X0:x1 - X0] = a
        sw, sh_ = max(1, (X1 - X0) // 4), max(1, (Y1 - Y0) // 4)
        sm = cv2.resize(big, (sw, sh_), interpolation=cv2.INTER_AREA)
        sm = cv2.GaussianBlur(sm, (0, 0), k / 4)
        M = np.float32([[1, 0, k / 8], [0, 1, k / 6]])
        sm = cv2.warpAffine(sm, M, (sw, sh_))
        sm = cv2.resize(sm, (X1 - X0, Y1 - Y0), interpolation=cv2.INTER_LINEAR)
        photo[Y0:Y1, X0:X1] *= (1 - shadow * sm)[..., None]
    if emissive:
        shade = 0.9 + 0.1 * shade
    a3 = a[..., None]
    sub = photo[y0:y1, x0:x1]
    sub *= (1 - a3)
    sub += col * (shade[..., None] * a3)
    return dict(quad=pq, ppm_min=ppm_min, ppm_max=max(edges) / n, alpha=a)
