"""Photos that hold a VietQR code, for the classes clean, blur_damage, quiet_zone and distance_scale.

The class decides the geometry, margin and defect; the carrier, background and camera vary with the seed."""
import math

import cv2
import numpy as np

from backgrounds import background
from camera import disk_kernel, motion_kernel, photograph, pick_size, shake_kernel
from carriers import CARDS, card_standee, card_sticker
from damage import damage_card
from drawing import DARK_ARTS, DARKS, LIGHTS, WORDS, put, smooth
from placement import place, ppm_of, project, sym_quad
from symbol import qr_matrix, render_block


def code_scene(rng, cls, idx, attempt, sev, payload_row):
    """Scenes that contain a VietQR code. Returns (img, slug, description)."""
    payload, bank, name, acct = payload_row
    dark_name = list(DARKS)[int(rng.integers(4))] if rng.random() < 0.55 else 'black'
    light_name = 'cream' if rng.random() < 0.3 else 'white'
    dark, light = DARKS[dark_name], LIGHTS[light_name]
    logo = rng.random() < 0.3
    ec = 'H' if logo else str(rng.choice(['L', 'M', 'M', 'Q']))
    if cls == 'blur_damage' and not logo:
        ec = str(rng.choice(['L', 'M']))
    mat = qr_matrix(payload, ec)
    n = mat.shape[0]
    desc = []
    carriers = ['standee', 'sticker', 'a4', 'poster', 'shirt', 'phone', 'monitor', 'receipt', 'glass', 'standee']
    carrier = carriers[(idx + attempt * 3) % len(carriers)]
    bgk = str(rng.choice(['wood', 'tiles', 'brick', 'fabric', 'marble', 'wall', 'clutter']))
    if carrier == 'a4' or carrier == 'poster':
        bgk = str(rng.choice(['brick', 'wall', 'tiles']))
    opt = {}
    # -------- per-class geometry and margin
    margin = rng.uniform(4, 6)
    art = 'plain' if rng.random() < 0.5 else 'pattern'
    art_color = None
    W, H = pick_size(rng)
    yaw = rng.uniform(-0.5, 0.5); pitch = rng.uniform(-0.5, 0.5); roll = rng.uniform(-0.6, 0.6)
    if rng.random() < 0.15:
        roll += np.pi / 2
    frac = rng.uniform(0.25, 0.55)  # code width as fraction of frame short side
    ppm = frac * min(W, H) / n
    center = (W * rng.uniform(0.35, 0.65), H * rng.uniform(0.35, 0.65))
    kernel = None; sigma = rng.uniform(0.2, 0.6)
    qz_kind = None
    if cls == 'clean':
        if idx % 5 == 4:  # small-but-OK
            ppm = rng.uniform(3.0, 4.0)
            W, H = pick_size(rng, 3)
            center = (W * rng.uniform(0.25, 0.75), H * rng.uniform(0.25, 0.75))
            desc.append('small code (%.1f px/module) in a large frame' % ppm)
        if idx % 4 == 1:
            yaw, pitch = rng.uniform(0.5, 0.75) * rng.choice([-1, 1]), rng.uniform(-0.3, 0.3)
            desc.append('strongly tilted')
        if idx % 3 == 2:
            bgk = 'clutter'; art = 'busy'
            desc.append('busy artwork around a %.0f-module white margin' % margin)
        sigma = min(sigma, 0.25 * ppm)
    elif cls == 'blur_damage':
        pass
    elif cls == 'quiet_zone':
        qz_kind = ['dark_solid', 'dark_pattern', 'busy_art', 'tight_frame', 'text_touch', 'similar_tone', 'chalkboard',
                   'dark_shirt'][(idx + attempt) % 8]
        margin = rng.uniform(0, 0.45)
        ppm = max(ppm, rng.uniform(4, 7))
        sigma = min(sigma, 0.15 * ppm)
        art_color = DARK_ARTS[int(rng.integers(len(DARK_ARTS)))]
        art = {'dark_solid': 'plain', 'dark_pattern': 'pattern', 'busy_art': 'busy', 'tight_frame': 'plain',
               'text_touch': 'pattern', 'similar_tone': 'plain', 'chalkboard': 'plain', 'dark_shirt': 'plain'}[qz_kind]
        if qz_kind == 'similar_tone':
            # surround colour close to the module colour (dark blue on navy, brown on dark brown, ...)
            art_color = tuple(int(min(255, c * rng.uniform(1.0, 1.35) + 10)) for c in dark)
        if qz_kind == 'chalkboard':
            art_color = (40, 50, 35)
        if qz_kind == 'dark_shirt':
            carrier = 'shirt'
        elif carrier in ('shirt', 'glass', 'receipt', 'monitor'):
            carrier = ['standee', 'sticker', 'poster', 'a4'][idx % 4]
        if carrier == 'phone':
            carrier = 'poster'
        if qz_kind == 'busy_art':
            carrier = 'poster'
        desc.append('%s, %.2f-module margin' % (qz_kind.replace('_', ' '), margin))
    elif cls == 'distance_scale':
        if idx % 2 == 0:
            W, H = pick_size(rng, 3)
            ppm = rng.uniform(0.8, 1.35) / (1 + 0.15 * attempt)
            center = (W * rng.uniform(0.15, 0.85), H * rng.uniform(0.15, 0.85))
            desc.append('far away, ~%.1f px/module' % ppm)
            sigma = rng.uniform(0.3, 0.7)
        else:
            ppm = min(W, H) * rng.uniform(1.05, 1.5) / n * (1 + 0.15 * attempt)
            yaw, pitch = rng.uniform(-0.2, 0.2), rng.uniform(-0.2, 0.2)
            center = (W * rng.uniform(0.1, 0.9), H * rng.uniform(0.1, 0.9))
            desc.append('too close, code cut by frame edge')
            sigma = rng.uniform(0.3, 1.0)
    cp = int(np.clip(round(ppm * 1.2), 6, 24))
    block, srect = render_block(mat, cp, dark, light, margin, logo, rng)
    # -------- build carrier card
    if carrier in ('shirt',):
        card = None
    elif carrier == 'glass':
        card, alpha, pos = card_sticker(rng, block, bank, name, acct, art, art_color)
    else:
        card, alpha, pos = CARDS[carrier](rng, block, bank, name, acct, art, art_color)
    if qz_kind in ('tight_frame', 'text_touch') and card is not None:
        bx, by = pos
        B = block.shape[0]
        if qz_kind == 'tight_frame':
            th = int(cp * rng.uniform(1.5, 3))
            cv2.rectangle(card, (bx - th // 2 - 1, by - th // 2 - 1), (bx + B + th // 2, by + B + th // 2), (30, 30, 30), th)
        else:
            for k in range(4):
                wd = WORDS[int(rng.integers(len(WORDS)))].replace(' ', '')[:8]
                (tw, th_), _ = cv2.getTextSize(wd, cv2.FONT_HERSHEY_DUPLEX, cp / 9, max(1, int(cp * 0.6)))
                put(card, wd, (bx - tw + cp * 0.3, by + B * (k + 0.5) / 4), cp / 9, (20, 20, 20), cp * 0.6, cv2.FONT_HERSHEY_DUPLEX)
            cv2.line(card, (bx, by - cp // 2), (bx + B, by - cp // 2), (20, 20, 20), cp * 2)
            cv2.line(card, (bx + B + cp // 2, by), (bx + B + cp // 2, by + B), (20, 20, 20), cp * 2)
    if qz_kind == 'chalkboard' and card is not None:
        put(card, 'MENU', (10, card.shape[0] * 0.12), card.shape[1] / 300, (220, 220, 220), cp / 2, cv2.FONT_HERSHEY_SCRIPT_SIMPLEX)
    dmg = None
    if cls == 'blur_damage':
        dmg = ['defocus', 'motion', 'shake', 'torn', 'coffee', 'peeled', 'scratch', 'smudge', 'water', 'defocus'][idx % 10]
        if dmg in ('torn', 'coffee', 'peeled', 'scratch', 'smudge', 'water'):
            if card is None:
                carrier = 'standee'
                card, alpha, pos = card_standee(rng, block, bank, name, acct, art)
            sr = (pos[0] + srect[0], pos[1] + srect[1], pos[0] + srect[2], pos[1] + srect[3])
            card, alpha = damage_card(dmg, card, alpha, sr, cp, rng, sev)
            desc.append({'torn': 'corner torn off', 'coffee': 'coffee-ring stain over a finder', 'peeled': 'peeled band across the code',
                         'scratch': 'heavily scratched print', 'smudge': 'smeared ink', 'water': 'water damage, ink bleed'}[dmg])
    # -------- photo
    photo = background(rng, bgk, H, W)
    if carrier == 'shirt':
        shirt_col = np.array([(235, 235, 235), (200, 215, 230), (150, 200, 230), (190, 190, 190)][int(rng.integers(4))], np.float32)
        if qz_kind == 'dark_shirt':
            shirt_col = np.array(DARK_ARTS[int(rng.integers(len(DARK_ARTS)))], np.float32)
            # code printed straight on the dark shirt: light modules only where the code is
        photo[:] = shirt_col
        quad = project(W, H, block.shape[1], block.shape[0], center, ppm / cp, yaw * 0.5, pitch * 0.5, roll, rng)
        M = place(photo, block, None, quad, shadow=0)
        sq = sym_quad(M, srect)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        p = rng.uniform(2.5, 4)
        weave = 0.9 + 0.07 * np.sin(2 * np.pi * xx / p) * np.sin(2 * np.pi * yy / p)
        amp = ppm * n * (0.02 if cls == 'clean' else 0.035)
        dx = (smooth(rng, H, W, 3) - 0.5) * 2 * amp; dy = (smooth(rng, H, W, 3) - 0.5) * 2 * amp
        photo = cv2.remap(photo, xx + dx, yy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
        shade = 1 + np.clip(cv2.Sobel(dx, cv2.CV_32F, 1, 0, ksize=5) / 40.0 + cv2.Sobel(dy, cv2.CV_32F, 0, 1, ksize=5) / 40.0, -0.35, 0.3)
        photo *= (weave * shade)[..., None]
        desc.insert(0, 'printed on a t-shirt (weave, folds)')
        del yy, xx
    else:
        quad = project(W, H, card.shape[1], card.shape[0], (0, 0), ppm / cp, yaw, pitch, roll, rng)
        # move so that the symbol centre lands on `center`
        Mtmp = cv2.getPerspectiveTransform(np.float32([[0, 0], [card.shape[1], 0], [card.shape[1], card.shape[0]], [0, card.shape[0]]]), quad)
        sc = sym_quad(Mtmp, (pos[0] + srect[0], pos[1] + srect[1], pos[0] + srect[2], pos[1] + srect[3])).mean(0)
        quad = quad + (np.float32(center) - sc)
        if carrier == 'glass':
            photo = cv2.GaussianBlur(photo, (0, 0), min(W, H) * 0.01)
        M = place(photo, card, alpha, quad, shadow=0 if carrier in ('glass',) else rng.uniform(0.15, 0.45))
        sq = sym_quad(M, (pos[0] + srect[0], pos[1] + srect[1], pos[0] + srect[2], pos[1] + srect[3]))
        desc.insert(0, {'standee': 'table standee', 'sticker': 'sticker', 'a4': 'A4 sheet', 'poster': 'poster',
                        'receipt': 'printed receipt', 'phone': 'phone screen', 'monitor': 'monitor screen',
                        'glass': 'sticker behind glass door'}[carrier] + ' on ' + bgk)
        if carrier == 'a4':  # tape
            for k in range(4):
                c = quad[k]
                t = np.float32([[-1, -0.3], [1, -0.3], [1, 0.3], [-1, 0.3]]) * min(W, H) * 0.03
                a = rng.uniform(0, np.pi)
                R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]], np.float32)
                poly = (t @ R.T + c).astype(np.int32)
                ov = photo.copy()
                cv2.fillConvexPoly(ov, poly, (200, 235, 245))
                photo = photo * 0.55 + ov * 0.45
    mx, mn = ppm_of(sq, n)
    # -------- optics per class
    if cls == 'blur_damage' and dmg in ('defocus', 'motion', 'shake'):
        if dmg == 'defocus':
            r = (0.75 + 0.35 * sev) * mx
            kernel = disk_kernel(r)
            desc.append('defocus blur (disk r=%.1f modules)' % (r / mx))
        elif dmg == 'motion':
            L = (2.2 + 1.0 * sev) * mx
            a = rng.uniform(0, np.pi)
            kernel = motion_kernel(L, a)
            desc.append('motion blur %.1f modules at %d deg' % (L / mx, math.degrees(a)))
        else:
            L = (2.5 + 1.0 * sev) * mx
            kernel = shake_kernel(L, rng)
            desc.append('camera shake, curved path %.1f modules' % (L / mx))
    opt['kernel'] = kernel
    opt['sigma'] = sigma
    if rng.random() < 0.4:
        opt['shadow'] = rng.uniform(0.2, 0.45) if cls != 'clean' else rng.uniform(0.15, 0.3)
        desc.append('cast shadow')
    if carrier in ('phone', 'monitor', 'glass') or rng.random() < 0.2:
        opt['glare'] = rng.uniform(0.15, 0.4) if cls != 'clean' else rng.uniform(0.1, 0.25)
        desc.append('glare')
    if carrier == 'glass':
        R = background(rng, 'clutter', H, W)
        R = cv2.GaussianBlur(R, (0, 0), min(W, H) * 0.004) * 1.3
        opt['reflection'] = (R, rng.uniform(0.1, 0.2))
        desc.append('reflections')
    ex = rng.random()
    if ex < 0.15:
        opt['exposure'] = rng.uniform(0.45, 0.65); desc.append('underexposed')
    elif ex < 0.3:
        opt['exposure'] = rng.uniform(1.2, 1.45); desc.append('overexposed')
    if rng.random() < 0.3:
        opt['cast'] = [(1.2, 0.95, 0.75), (0.8, 0.95, 1.2), (0.9, 1.1, 0.9)][int(rng.integers(3))]
        desc.append(['blue cast', 'warm cast', 'green cast'][[(1.2, 0.95, 0.75), (0.8, 0.95, 1.2), (0.9, 1.1, 0.9)].index(tuple(opt['cast']))])
    opt['strong_light'] = rng.random() < 0.4
    if dark_name != 'black':
        desc.append(dark_name + ' modules')
    if light_name == 'cream':
        desc.append('cream paper')
    if logo:
        desc.append('logo, EC H')
    desc.append('%dx%d' % (W, H))
    img = photograph(photo, rng, opt)
    slug = carrier + ('-' + dmg if dmg else '') + ('-' + qz_kind if qz_kind else '')
    if cls == 'distance_scale':
        slug += '-far' if idx % 2 == 0 else '-close'
        if idx % 2 == 1:
            # verify the code really leaves the frame
            inside = [(0 <= p[0] < W and 0 <= p[1] < H) for p in sq]
            if all(inside):
                return None
        else:
            if mx > 1.5:
                return None
    return img, slug, '; '.join(desc)
