"""Damage to the printed code, drawn on the flat carrier before it is photographed.

`strength` starts at 1 and grows each time the peer decoder still reads the result (the label must hold).
"""
import cv2
import numpy as np

FINDER_CORNERS = [(0, 0), (1, 0), (0, 1)]  # top-left, top-right, bottom-left, in symbol-side units


def jagged(rng, a, b, steps, wobble):
    """Points from a to b with a torn-paper wobble across the line."""
    a, b = np.array(a, float), np.array(b, float)
    normal = np.array([-(b - a)[1], (b - a)[0]]) / (np.linalg.norm(b - a) + 1e-9)
    t = np.linspace(0, 1, steps)
    offsets = np.cumsum(rng.normal(0, wobble, steps))
    offsets -= np.linspace(offsets[0], offsets[-1], steps)
    return [tuple(a + (b - a) * ti + normal * oi) for ti, oi in zip(t, offsets)]


def torn_corner(rng, c, strength):
    """A corner of the print torn away along a ragged line that takes a whole finder pattern with it."""
    x, y, px, n = c["qr"]
    cx, cy = FINDER_CORNERS[int(rng.integers(0, 3))]
    reach = min(n * 0.9, rng.uniform(14, 18) * strength) * px
    corner = np.array([x + cx * n * px, y + cy * n * px], float)
    sx, sy = (1 if cx == 0 else -1), (1 if cy == 0 else -1)
    far = np.array([0 if cx == 0 else c["rgb"].shape[1], 0 if cy == 0 else c["rgb"].shape[0]], float)
    a = (corner[0] + sx * reach * rng.uniform(0.9, 1.1), far[1])
    b = (far[0], corner[1] + sy * reach * rng.uniform(0.9, 1.1))
    edge = jagged(rng, a, b, 40, px * 0.35)
    polygon = np.array([far] + edge, np.int32)
    removed = np.zeros(c["alpha"].shape, np.uint8)
    cv2.fillPoly(removed, [polygon], 255)
    # The torn edge shows the paper's white core for a fraction of a module.
    rim = cv2.dilate(removed, np.ones((max(2, px // 3),) * 2, np.uint8)) & ~removed
    c["rgb"][rim > 0] = (0.93, 0.93, 0.9)
    c["alpha"][removed > 0] = 0
    return "torn corner (%s finder)" % ["top-left", "top-right", "bottom-left"][FINDER_CORNERS.index((cx, cy))]


def coffee_stain(rng, c, strength):
    """Coffee spilled and dried over a finder pattern: a dark ring and a dense, blotchy brown inside that
    hides the modules under it (a light tint alone is no defect: binarizers see through it)."""
    x, y, px, n = c["qr"]
    h, w = c["alpha"].shape
    fx, fy = FINDER_CORNERS[int(rng.integers(0, 3))]
    centre = (x + (fx * (n - 7) + 3.5 + rng.uniform(-2, 2)) * px, y + (fy * (n - 7) + 3.5 + rng.uniform(-2, 2)) * px)
    radius = min(0.45 * n, rng.uniform(0.2, 0.3) * n * strength) * px
    angles = np.linspace(0, 2 * np.pi, 60, endpoint=False)
    wobble = 1 + np.convolve(rng.normal(0, 0.12, 60), np.ones(5) / 5, "same")
    outline = np.stack([centre[0] + radius * wobble * np.cos(angles), centre[1] + radius * wobble * np.sin(angles)], 1)
    mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(mask, [outline.astype(np.int32)], 255)
    inside = mask.astype(np.float32) / 255
    ring = cv2.morphologyEx(mask, cv2.MORPH_GRADIENT, np.ones((max(3, px),) * 2, np.uint8)).astype(np.float32) / 255
    blotch = cv2.GaussianBlur(rng.uniform(0, 1, (h, w)).astype(np.float32), (0, 0), px * 0.8)
    blotch = (blotch - blotch.min()) / (np.ptp(blotch) + 1e-6)
    density = np.clip(inside * (0.6 + 0.35 * blotch) * min(1.25, strength) + ring * 0.95, 0, 0.97)[..., None]
    brown = np.array([0.12, 0.22, 0.38], np.float32)
    c["rgb"][:] = c["rgb"] * (1 - density) + brown * density
    return "coffee stain over %d%% of the side" % round(200 * radius / (n * px))


def peeled_band(rng, c, strength):
    """The printed layer peeled off in a band across the code, showing the light backing paper."""
    x, y, px, n = c["qr"]
    width = min(n * 0.5, rng.uniform(5, 8) * strength) * px
    at = rng.uniform(0.3, 0.7) * n * px
    tilt = rng.uniform(-0.35, 0.35)
    vertical = rng.random() < 0.5
    span = np.array([-4 * px, n * px + 4 * px], float)
    ends = at + tilt * (span - n * px / 2)
    if vertical:
        line = [(x + e, y + s) for e, s in zip(ends, span)]
    else:
        line = [(x + s, y + e) for e, s in zip(ends, span)]
    mask = np.zeros(c["alpha"].shape, np.uint8)
    cv2.line(mask, tuple(int(v) for v in line[0]), tuple(int(v) for v in line[1]), 255, int(width))
    fibres = cv2.GaussianBlur(rng.normal(0, 1, mask.shape).astype(np.float32), (0, 0), px * 0.3)
    backing = np.clip(0.86 + 0.04 * fibres, 0, 1)
    sel = mask > 0
    c["rgb"][sel] = np.stack([backing[sel] * 0.97, backing[sel] * 0.98, backing[sel]], 1)
    return "peeled band %.1f modules wide" % (width / px)


def marker_scribble(rng, c, strength):
    """Someone scribbled over the code with a marker, crossing a finder pattern."""
    x, y, px, n = c["qr"]
    ink = [(0.35, 0.1, 0.05), (0.1, 0.1, 0.1), (0.1, 0.1, 0.55)][int(rng.integers(0, 3))]
    strokes = int(round(rng.integers(3, 6) * strength))
    thick = max(2, int(px * rng.uniform(1.0, 1.8)))
    fx, fy = FINDER_CORNERS[int(rng.integers(0, 3))]
    points = [(x + (fx * (n - 7) + 3.5) * px, y + (fy * (n - 7) + 3.5) * px)]
    for _ in range(strokes * 2):
        points.append((x + rng.uniform(0, n) * px, y + rng.uniform(0, n) * px))
    curve = np.array(points, np.int32)
    cv2.polylines(c["rgb"], [curve], False, ink, thick, cv2.LINE_AA)
    return "marker scribble, %d strokes %.1f modules thick" % (len(points) - 1, thick / px)


PRINT_DAMAGE = {"torn corner": torn_corner, "coffee stain": coffee_stain, "peeled band": peeled_band,
                "marker scribble": marker_scribble}
