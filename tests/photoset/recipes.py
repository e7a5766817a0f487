"""Per-class recipes: sample a scene, a print, a pose and camera effects,
render, and describe. Each recipe is a pure function of (rng, idx, attempt).

Returns dict(img=float32 BGR, fmt, quality, cause, desc, payload)."""
import numpy as np
import cv2
import payload as P
import qrsym
import artwork
import damage
import nocode
import camera as C
from backgrounds import make_background
from geometry import Camera
from compose import place

SIZES = [(4032, 3024)] * 5 + [(4000, 3000)] * 3 + [(3264, 2448)] * 2 + [(4000, 2252)] + \
        [(1600, 1200)] * 2 + [(1280, 960)] * 2 + [(800, 600)]
BIG = [(4032, 3024), (4000, 3000), (3264, 2448), (4000, 2252)]


def photo_size(rng, big=False):
    W, H = (BIG if big else SIZES)[int(rng.randint(0, len(BIG if big else SIZES)))]
    if rng.rand() < 0.3:
        W, H = H, W
    return W, H


def pick(rng, seq):
    return seq[int(rng.randint(0, len(seq)))]


def symbol(rng, text, desc):
    level = pick(rng, ['L', 'M', 'M', 'Q', 'H'])
    minv = int(pick(rng, [0, 0, 0, 6, 8, 10]))
    mat = qrsym.qr_matrix(text, level, minv)
    desc.append('QR v%d-%s (%d chars)' % (qrsym.version_of(mat), level, len(text)))
    return mat, level


def make_print(rng, mat, level, mpx, desc, kind=None, margin=None, surround=None, colour=None, logo=None):
    kind = kind or pick(rng, ['standee', 'standee', 'sticker', 'paper', 'receipt'])
    if logo is None:
        logo = {'H': pick(rng, [0, 0.18, 0.22]), 'Q': pick(rng, [0, 0.14]), 'M': pick(rng, [0, 0, 0.09])}.get(level, 0)
    dark = light = paper = None
    if colour or (colour is None and rng.rand() < 0.12):
        dark = pick(rng, [(30, 20, 120), (110, 40, 20), (90, 30, 30), (30, 70, 20), (60, 20, 90)])
        paper = pick(rng, [(205, 235, 250), (230, 240, 215), (215, 225, 250), (235, 225, 240)])
        desc.append('colour code on tinted paper')
    if margin is None:
        margin = rng.uniform(3.5, 6)
    pr = artwork.code_print(rng, mat, mpx, kind, margin, logo, dark, light, paper, surround)
    desc.append('%s print' % kind)
    if logo:
        desc.append('centre logo %.0f%%' % (logo * 100))
    return pr


def default_fx(rng):
    return dict(grad=rng.uniform(0.05, 0.4), vig=rng.uniform(0.05, 0.4), cast=rng.uniform(0.02, 0.12),
                gain=rng.uniform(0.85, 1.15), gamma=rng.uniform(0.9, 1.1), clip=255.0,
                noise=rng.uniform(1.0, 5.0), denoise=0.0 if rng.rand() < 0.6 else rng.uniform(0.1, 0.5),
                sharpen=(rng.uniform(0.2, 1.2), rng.uniform(1.0, 3.0)) if rng.rand() < 0.7 else None,
                ca=rng.uniform(0, 2.5), defocus=rng.uniform(0, 1.2), motion=None, shake=None,
                glare=None, finger=None, quality=int(rng.randint(30, 96)),
                fmt='png' if rng.rand() < 0.1 else 'jpg')


def shoot(rng, img, fx, desc):
    img = C.lighting(img, rng, fx['grad'], fx['vig'])
    img = C.colour_cast(img, rng, fx['cast'])
    if fx.get('glare'):
        c, r, s = fx['glare']
        img = C.glare(img, rng, c, r, s)
    if fx.get('finger'):
        tip, ang, wd = fx['finger']
        img = C.finger(img, rng, tip, ang, wd)
    if fx['defocus'] > 0.6:
        img = C.defocus(img, fx['defocus'])
    if fx.get('motion'):
        img = C.motion(img, *fx['motion'])
    if fx.get('shake'):
        img = C.shake(img, rng, fx['shake'])
    if fx['ca'] > 0.5:
        img = C.chroma_aberration(img, fx['ca'])
    img = C.tone(img, fx['gain'], fx['gamma'], fx['clip'])
    img = C.noise(img, rng, fx['noise'], chroma=rng.uniform(0.2, 0.8))
    if fx['denoise'] > 0:
        img = C.denoise(img, fx['denoise'])
    if fx.get('sharpen'):
        img = C.sharpen(img, *fx['sharpen'])
    if fx['fmt'] == 'jpg':
        desc.append('JPEG q%d' % fx['quality'])
    return img


def pose(rng, oblique=False):
    if oblique:
        a = rng.uniform(40, 58) * pick(rng, [-1, 1])
        if rng.rand() < 0.5:
            return a, rng.uniform(-10, 10), rng.uniform(-20, 20)
        return rng.uniform(-10, 10), a, rng.uniform(-20, 20)
    return rng.uniform(-25, 25), rng.uniform(-25, 25), rng.uniform(-30, 30) if rng.rand() < 0.6 else rng.uniform(-180, 180)


# --------------------------------------------------------------- readable
READABLE_FEATURES = ['plain', 'cylinder', 'crease', 'oblique', 'finger', 'glare', 'lowlight', 'overexposed',
                     'rolling', 'screen', 'colour', 'small', 'clutter', 'heavyjpeg', 'lens']


def readable(rng, idx, attempt, text, desc):
    """A readable photo of the given payload text (clean and payload classes)."""
    feat = READABLE_FEATURES[idx % len(READABLE_FEATURES)]
    desc.append(feat)
    W, H = photo_size(rng, big=feat in ('small', 'clutter'))
    mat, level = symbol(rng, text, desc)
    n = mat.shape[0]
    fx = default_fx(rng)
    fx['defocus'] = min(fx['defocus'], 0.25 * 0)  # keep clean sharp; mild defocus below
    cam = Camera(W, H, rng.uniform(0.7, 0.9), k1=rng.uniform(-0.05, 0.08))
    if feat == 'lens':
        cam.k1 = pick(rng, [-0.18, 0.15, 0.22])
        fx['ca'] = rng.uniform(2, 5)
        desc.append('lens distortion k1=%.2f, chromatic aberration' % cam.k1)
    if feat == 'rolling':
        cam.skew = rng.uniform(0.06, 0.15) * pick(rng, [-1, 1])
        cam.vshift = rng.uniform(-0.05, 0.05)
        desc.append('rolling-shutter skew %.2f' % cam.skew)
    mn = min(W, H)
    fill = rng.uniform(0.2, 0.6)
    if feat == 'small':
        ppm = rng.uniform(3.0, 4.5)
        desc.append('small print in a big scene')
    else:
        ppm = max(3.5, fill * mn / n)
    rx, ry, rz = pose(rng, feat == 'oblique')
    if feat == 'oblique':
        ppm = max(ppm, 4.0 / np.cos(np.radians(max(abs(rx), abs(ry)))))
        desc.append('oblique %.0f deg' % max(abs(rx), abs(ry)))
    bg, bgk = make_background(rng, W, H, n_clutter=int(rng.randint(3, 8)) if feat == 'clutter' else None)
    desc.append('on %s' % bgk)
    if feat == 'screen':
        mpx_s = int(rng.randint(4, 9))
        pr = artwork.screen_print(rng, mat, mpx_s)
        desc.append('phone screen (subpixel moire)')
        ppm = max(ppm, 5.0)
        ppm = min(ppm, 14.0)
    else:
        mpx = int(np.clip(round(ppm * 1.2), 4, 16))
        pr = make_print(rng, mat, level, mpx, desc, colour=(feat == 'colour') or None)
    side_px = ppm * n * 1.5
    cx = rng.uniform(0.5 * side_px, W - 0.5 * side_px) if W > side_px else W / 2
    cy = rng.uniform(0.5 * side_px, H - 0.5 * side_px) if H > side_px else H / 2
    kw = {}
    if feat == 'cylinder':
        kw = dict(surface='cylinder', radius_modules=n * rng.uniform(3.5, 6.0))
        rx, ry = rng.uniform(12, 25) * pick(rng, [-1, 1]), rng.uniform(-10, 10)
        rz = rng.uniform(-10, 10)
        desc.append('on a cup/bottle (cylinder r=%.1f symbol widths)' % (kw['radius_modules'] / n))
    if feat == 'crease':
        kw = dict(crumple=dict(n_creases=int(rng.randint(1, 4)), amp_mm=rng.uniform(0.8, 2.5), smooth_amp_mm=rng.uniform(1, 4)), rng=rng)
        desc.append('creased paper')
    info = place(bg, pr, cam, ppm, (cx, cy), rx, ry, rz, emissive=(feat == 'screen'), **kw)
    q = info['quad']
    qc = q.mean(0)
    side = np.linalg.norm(q[1] - q[0])
    if feat == 'glare' or (feat == 'plain' and rng.rand() < 0.3):
        off = rng.uniform(0.4, 0.9) * side * np.array([np.cos(a) for a in [rng.uniform(0, 6.3)]] + [rng.uniform(-1, 1)])
        fx['glare'] = (qc + off, side * rng.uniform(0.15, 0.35), rng.uniform(0.3, 0.7))
        desc.append('laminated glare')
    if feat == 'finger':
        ang = rng.uniform(0, 2 * np.pi)
        d = np.array([np.cos(ang), np.sin(ang)])
        tip = qc + d * side * rng.uniform(0.72, 0.88)
        fx['finger'] = (tip, ang, side * rng.uniform(0.45, 0.65))
        desc.append('finger partly in view')
    if feat == 'lowlight':
        fx['gain'] = rng.uniform(0.25, 0.4)
        fx['gamma'] = 0.8
        fx['noise'] = rng.uniform(6, 12)
        fx['denoise'] = rng.uniform(0.6, 1.0)
        desc.append('low light, heavy noise, phone denoise')
    if feat == 'overexposed':
        fx['gain'] = rng.uniform(1.4, 1.9)
        fx['clip'] = rng.uniform(200, 240)
        desc.append('overexposed, blown highlights')
    if feat == 'heavyjpeg':
        fx['quality'] = int(rng.randint(25, 40))
        fx['fmt'] = 'jpg'
    if rng.rand() < 0.3:
        fx['defocus'] = rng.uniform(0.3, 0.25 * ppm)
    img = shoot(rng, bg, fx, desc)
    return img, fx


def clean(rng, idx, attempt):
    desc = []
    text, d = P.valid_payload(rng)
    desc.append(d)
    img, fx = readable(rng, idx, attempt, text, desc)
    return dict(img=img, fmt=fx['fmt'], quality=fx['quality'], cause='pass', desc=desc, payload=text)


def payload_cls(rng, idx, attempt):
    desc = []
    text, cause, d = P.defective(rng, attempt, idx)
    desc.append('DEFECT: ' + d)
    img, fx = readable(rng, idx + 3, attempt, text, desc)
    return dict(img=img, fmt=fx['fmt'], quality=fx['quality'], cause=cause, desc=desc, payload=text)


# ------------------------------------------------------------ blur/damage
BD_FEATURES = ['defocus', 'motion', 'shake', 'tear', 'stain', 'peel', 'wipe', 'smudge', 'water', 'crumple',
               'lowlight_blur', 'defocus_screen', 'scratch_fade', 'motion_rolling']


def blur_damage(rng, idx, attempt):
    desc = []
    feat = BD_FEATURES[idx % len(BD_FEATURES)]
    s = 0.3 + 0.25 * attempt
    text, d = P.valid_payload(rng)
    W, H = photo_size(rng)
    mat, level = symbol(rng, text, desc)
    n = mat.shape[0]
    mn = min(W, H)
    ppm = max(5.0, rng.uniform(0.3, 0.65) * mn / n)
    fx = default_fx(rng)
    fx['defocus'] = 0
    cam = Camera(W, H, rng.uniform(0.7, 0.9), k1=rng.uniform(-0.05, 0.08))
    bg, bgk = make_background(rng, W, H)
    rx, ry, rz = pose(rng)
    kw = {}
    if feat == 'defocus_screen':
        pr = artwork.screen_print(rng, mat, int(rng.randint(4, 8)))
        ppm = min(ppm, 14)
        desc.append('phone screen')
    else:
        mpx = int(np.clip(round(ppm * 1.2), 4, 16))
        pr = make_print(rng, mat, level, mpx, desc, margin=rng.uniform(4, 6))
    what = []
    if feat in damage.ALL:
        what.append(damage.ALL[feat](rng, pr, s))
        if rng.rand() < 0.3:
            what.append(damage.scratches(rng, pr, 0.3))
    if feat == 'scratch_fade':
        what.append(damage.scratches(rng, pr, 1.0 + s))
        what.append(damage.wipe(rng, pr, s))
        what.append(damage.smudge(rng, pr, s))
    if feat == 'crumple':
        kw = dict(crumple=dict(n_creases=int(rng.randint(6, 12)), amp_mm=rng.uniform(6, 12) * (1 + s), smooth_amp_mm=rng.uniform(5, 15)), rng=rng)
        rx, ry = rng.uniform(-15, 15), rng.uniform(-15, 15)
        what.append('crumpled paper (strong creases)')
        if rng.rand() < 0.6:
            what.append(damage.stain(rng, pr, s))
    side_px = ppm * n * 1.6
    cx = rng.uniform(0.5 * side_px, W - 0.5 * side_px) if W > side_px else W / 2
    cy = rng.uniform(0.5 * side_px, H - 0.5 * side_px) if H > side_px else H / 2
    if feat == 'motion_rolling':
        cam.skew = rng.uniform(0.05, 0.12) * pick(rng, [-1, 1])
    info = place(bg, pr, cam, ppm, (cx, cy), rx, ry, rz, emissive=pr.get('screen', False), **kw)
    p = info['ppm_max']
    if feat in ('defocus', 'defocus_screen'):
        fx['defocus'] = p * rng.uniform(1.3, 2.0) * (1 + 0.3 * attempt)
        what.append('defocus %.1f modules' % (fx['defocus'] / p))
    if feat in ('motion', 'motion_rolling'):
        L = p * rng.uniform(2.5, 4.5) * (1 + 0.3 * attempt)
        fx['motion'] = (L, rng.uniform(0, 180))
        what.append('motion blur %.1f modules' % (L / p) + (' + rolling shutter' if feat == 'motion_rolling' else ''))
    if feat == 'shake':
        fx['shake'] = p * rng.uniform(3, 5) * (1 + 0.3 * attempt)
        what.append('hand shake %.1f modules' % (fx['shake'] / p))
    if feat == 'lowlight_blur':
        fx['gain'] = rng.uniform(0.2, 0.35)
        fx['noise'] = rng.uniform(8, 14)
        fx['denoise'] = 1.0
        fx['shake'] = p * rng.uniform(1.8, 3.0) * (1 + 0.3 * attempt)
        what.append('low light: hand shake %.1f modules + heavy noise + denoise smear' % (fx['shake'] / p))
    desc = [', '.join(what)] + desc + [d, 'on %s' % bgk]
    img = shoot(rng, bg, fx, desc)
    return dict(img=img, fmt=fx['fmt'], quality=fx['quality'], cause='blur_damage', desc=desc, payload=text)


# ------------------------------------------------------------- quiet zone
QZ_FEATURES = ['dark', 'busy', 'colour', 'frame', 'text', 'bare_on_dark', 'stickers']


def quiet_zone(rng, idx, attempt):
    desc = []
    feat = QZ_FEATURES[idx % len(QZ_FEATURES)]
    text, d = P.valid_payload(rng)
    W, H = photo_size(rng)
    mat, level = symbol(rng, text, desc)
    n = mat.shape[0]
    mn = min(W, H)
    ppm = max(5.0, rng.uniform(0.25, 0.6) * mn / n)
    margin = max(0.0, rng.uniform(-0.1, 0.4) - 0.15 * attempt)
    fx = default_fx(rng)
    fx['defocus'] = rng.uniform(0, 0.15) * ppm
    cam = Camera(W, H, rng.uniform(0.7, 0.9), k1=rng.uniform(-0.05, 0.08))
    bg, bgk = make_background(rng, W, H)
    mpx = int(np.clip(round(ppm * 1.2), 4, 16))
    if feat == 'bare_on_dark':
        pr = artwork.code_print(rng, mat, mpx, 'bare', margin, 0)
        bg *= rng.uniform(0.08, 0.22)
        bg += np.array(artwork.BRAND[int(rng.randint(0, len(artwork.BRAND)))], np.float32) * rng.uniform(0, 0.15)
        what = 'code pasted on dark %s with %.1f-module margin' % (bgk, margin)
    elif feat == 'stickers':
        pr = make_print(rng, mat, level, mpx, desc, kind=pick(rng, ['standee', 'paper']), margin=rng.uniform(3, 5), logo=0)
        img = pr['img']
        q = pr['quad'].astype(int)
        sides = ['L', 'T', 'R', 'B']
        rng.shuffle(sides)
        cover = sides[:int(rng.randint(3, 5))]
        for sd in cover:
            c = artwork.BRAND[int(rng.randint(0, len(artwork.BRAND)))] if rng.rand() < 0.5 else (20, 20, 20)
            th = int(mpx * rng.uniform(5, 9))
            gap = int(margin * mpx)
            x0, y0, x1, y1 = q[0][0], q[0][1], q[2][0], q[2][1]
            if sd == 'L':
                cv2.rectangle(img, (x0 - gap - th, y0 - th), (x0 - gap, y1 + th), c, -1)
            if sd == 'R':
                cv2.rectangle(img, (x1 + gap, y0 - th), (x1 + gap + th, y1 + th), c, -1)
            if sd == 'T':
                cv2.rectangle(img, (x0 - th, y0 - gap - th), (x1 + th, y0 - gap), c, -1)
            if sd == 'B':
                cv2.rectangle(img, (x0 - th, y1 + gap), (x1 + th, y1 + gap + th), c, -1)
        what = 'stickers/tape over the margin on %s, %.1f-module gap' % (''.join(cover), margin)
    else:
        pr = make_print(rng, mat, level, mpx, desc, kind=pick(rng, ['standee', 'paper', 'sticker']),
                        margin=margin, surround=feat, logo=0 if rng.rand() < 0.6 else None)
        what = {'dark': 'dark artwork', 'busy': 'busy artwork', 'colour': 'low-contrast coloured surround',
                'frame': 'frame/bar touching', 'text': 'text touching'}[feat] + ' around the code, %.1f-module margin' % margin
    rx, ry, rz = pose(rng)
    rx, ry = rx * 0.6, ry * 0.6
    side_px = ppm * n * 1.6
    cx = rng.uniform(0.5 * side_px, W - 0.5 * side_px) if W > side_px else W / 2
    cy = rng.uniform(0.5 * side_px, H - 0.5 * side_px) if H > side_px else H / 2
    place(bg, pr, cam, ppm, (cx, cy), rx, ry, rz)
    desc = [what] + desc + [d, 'on %s' % bgk, '%.1f px/module' % ppm]
    img = shoot(rng, bg, fx, desc)
    return dict(img=img, fmt=fx['fmt'], quality=fx['quality'], cause='quiet_zone', desc=desc, payload=text)


# ---------------------------------------------------------- distance/scale
def distance_scale(rng, idx, attempt):
    desc = []
    text, d = P.valid_payload(rng)
    far = idx % 3 != 2
    W, H = photo_size(rng, big=far)
    mat, level = symbol(rng, text, desc)
    n = mat.shape[0]
    fx = default_fx(rng)
    fx['defocus'] = 0
    cam = Camera(W, H, rng.uniform(0.7, 0.9), k1=rng.uniform(-0.05, 0.08))
    if far:
        ppm = rng.uniform(0.7, 1.35) * (0.85 ** attempt)
        bg, bgk = make_background(rng, W, H, kind=pick(rng, ['shop', 'shop', 'wall', 'wood', 'counter']),
                                  n_clutter=int(rng.randint(4, 12)), item_px=ppm * n * 1.6)
    else:
        bg, bgk = make_background(rng, W, H, kind=pick(rng, ['shop', 'wall', 'wood', 'counter']), n_clutter=0)
    if far:
        mpx = 4
        pr = make_print(rng, mat, level, mpx, desc)
        rx, ry, rz = pose(rng)
        cx, cy = rng.uniform(0.15, 0.85) * W, rng.uniform(0.15, 0.85) * H
        info = place(bg, pr, cam, ppm, (cx, cy), rx, ry, rz * 0.3)
        what = 'too far: %.2f px/module (%.0f px symbol) in a %dx%d photo' % (info['ppm_min'], info['ppm_min'] * n, W, H)
    else:
        mn = min(W, H)
        S = rng.uniform(0.8, 1.4) * mn
        ppm = S / n
        mpx = int(np.clip(round(ppm), 8, 20))
        pr = make_print(rng, mat, level, mpx, desc, kind=pick(rng, ['standee', 'sticker']))
        cut = (rng.uniform(8, 14) + 2 * attempt) * ppm
        side = pick(rng, ['L', 'T', 'R', 'B'])
        cx, cy = W / 2 + rng.uniform(-0.1, 0.1) * W, H / 2 + rng.uniform(-0.1, 0.1) * H
        if side == 'L':
            cx = -S / 2 + cut
        if side == 'R':
            cx = W + S / 2 - cut
        if side == 'T':
            cy = -S / 2 + cut
        if side == 'B':
            cy = H + S / 2 - cut
        place(bg, pr, cam, ppm, (cx, cy), rng.uniform(-8, 8), rng.uniform(-8, 8), rng.uniform(-8, 8))
        fx['defocus'] = rng.uniform(0, 0.2) * ppm
        what = 'too close: symbol %.0f px, frame cuts it on the %s side (about %.0f modules inside only)' % (S, {'L': 'left', 'R': 'right', 'T': 'top', 'B': 'bottom'}[side], cut / ppm)
    desc = [what] + desc + [d, 'on %s' % bgk]
    img = shoot(rng, bg, fx, desc)
    return dict(img=img, fmt=fx['fmt'], quality=fx['quality'], cause='distance_scale', desc=desc, payload=text)


# ----------------------------------------------------------------- no code
def no_code(rng, idx, attempt):
    kind = nocode.KINDS[idx % len(nocode.KINDS)]
    W, H = photo_size(rng)
    tex = nocode.make(rng, kind, int(rng.choice([1000, 1400, 1800])))
    pr = dict(img=tex, alpha=np.ones(tex.shape[:2], np.float32), mpx=10, n=10,
              quad=np.array([[0, 0], [10, 0], [10, 10], [0, 10]], np.float32) + np.array(tex.shape[1::-1], np.float32) / 2 - 5)
    fx = default_fx(rng)
    fx['defocus'] = rng.uniform(0, 1.5)
    cam = Camera(W, H, rng.uniform(0.7, 0.9), k1=rng.uniform(-0.05, 0.08))
    bg, bgk = make_background(rng, W, H)
    # scale: print fills 50-110% of the short side
    fill = rng.uniform(0.5, 1.1) * min(W, H)
    ppm = fill / max(tex.shape[:2]) * 10
    rx, ry, rz = pose(rng)
    place(bg, pr, cam, ppm, (W / 2 + rng.uniform(-0.15, 0.15) * W, H / 2 + rng.uniform(-0.15, 0.15) * H), rx * 0.8, ry * 0.8, rz)
    desc = ['%s (no QR code)' % kind, 'on %s' % bgk]
    img = shoot(rng, bg, fx, desc)
    return dict(img=img, fmt=fx['fmt'], quality=fx['quality'], cause='no_code_found', desc=desc, payload=None)


CLASSES = {'clean': clean, 'blur_damage': blur_damage, 'quiet_zone': quiet_zone,
           'distance_scale': distance_scale, 'payload': payload_cls, 'no_code': no_code}
