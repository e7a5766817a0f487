"""Small helpers: smooth noise fields, random text, resizing."""
import numpy as np
import cv2

WORDS = ('thanh toan chuyen khoan gia ca phe sua da tra da banh mi pho bo ga com tam nuoc mia '
         'khuyen mai giam gia hom nay menu order total cash change thank you tong cong tien mat '
         'so luong don gia mat hang ngay gio ban so hoa don VAT dia chi hotline wifi password').split()


def smooth_noise(rng, h, w, scale, octaves=3):
    """Fractal value noise in [0,1], size (h,w); scale = feature size in px."""
    out = np.zeros((h, w), np.float32)
    amp, tot = 1.0, 0.0
    for o in range(octaves):
        s = max(2.0, scale / (2 ** o))
        gh, gw = max(2, int(h / s) + 2), max(2, int(w / s) + 2)
        g = rng.rand(gh, gw).astype(np.float32)
        out += amp * cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
        tot += amp
        amp *= 0.5
    out /= tot
    lo, hi = float(out.min()), float(out.max())
    return (out - lo) / max(1e-6, hi - lo)


def rand_text(rng, n_words):
    return ' '.join(WORDS[int(i)] for i in rng.randint(0, len(WORDS), n_words))


def put_text(img, text, org, scale, color, thick=1, font=None):
    font = cv2.FONT_HERSHEY_SIMPLEX if font is None else font
    cv2.putText(img, text, (int(org[0]), int(org[1])), font, scale, color, max(1, int(thick)), cv2.LINE_AA)


def text_lines(rng, img, x0, y0, x1, y1, line_h, color=(40, 40, 40)):
    """Fill a box with lines of fake text."""
    y = y0 + line_h
    sc = line_h / 30.0
    while y < y1:
        words = rand_text(rng, int(rng.randint(3, 12)))
        put_text(img, words, (x0, y), sc, color, max(1, int(sc * 2)))
        y += int(line_h * rng.uniform(1.3, 1.8))


def fit(img, w, h):
    return cv2.resize(img, (int(w), int(h)), interpolation=cv2.INTER_AREA if img.shape[1] > w else cv2.INTER_LINEAR)


def rnd_color(rng, lo=0, hi=255):
    return tuple(int(x) for x in rng.randint(lo, hi + 1, 3))
