"""Words, fonts, colours and the drawing helpers every scene uses."""
import cv2
import numpy as np

WORDS = ['CA PHE', 'TRA SUA', 'BANH MI', 'PHO BO', 'GIAM GIA 20%', 'KHUYEN MAI', 'THANH TOAN', 'CHUYEN KHOAN',
         'CAM ON QUY KHACH', 'XIN CHAO', 'MENU', 'GIO MO CUA 7:00-22:00', 'HOTLINE 1900 5454', 'BUN BO HUE',
         'NUOC EP', 'SINH TO', 'COM GA', 'HU TIEU', 'KHAI TRUONG', 'MUA 1 TANG 1', 'FREE WIFI', 'TAM BIET',
         'NEM NUONG', 'CHE THAI', 'DAU HU', 'BIA HOI', 'TRA DA', 'BAO GOM VAT', 'SO LUONG', 'TONG CONG']
FONTS = [cv2.FONT_HERSHEY_SIMPLEX, cv2.FONT_HERSHEY_DUPLEX, cv2.FONT_HERSHEY_TRIPLEX, cv2.FONT_HERSHEY_COMPLEX,
         cv2.FONT_HERSHEY_PLAIN]
DARKS = {'black': (22, 22, 22), 'darkblue': (95, 35, 15), 'darkgreen': (35, 75, 15), 'brown': (25, 50, 85)}
LIGHTS = {'white': (248, 248, 246), 'cream': (212, 238, 250)}
BRANDS = [(40, 30, 190), (150, 70, 10), (60, 140, 20), (20, 120, 230), (120, 40, 110), (140, 110, 0)]
DARK_ARTS = [(30, 20, 120), (80, 25, 10), (20, 50, 15), (25, 25, 25), (60, 20, 60), (15, 40, 70)]


def smooth(rng, h, w, cells=4):
    a = rng.random((cells + 1, cells + 1)).astype(np.float32)
    return cv2.resize(a, (w, h), interpolation=cv2.INTER_CUBIC)


def put(img, text, org, scale, color, thick=1, font=None, rng=None):
    if font is None:
        font = FONTS[int(rng.integers(len(FONTS)))] if rng is not None else cv2.FONT_HERSHEY_SIMPLEX
    cv2.putText(img, text, (int(org[0]), int(org[1])), font, scale, tuple(int(c) for c in color), max(1, int(thick)),
                cv2.LINE_AA)


def text_lines(img, rng, x0, y0, x1, y1, color, scale=None, step=None, prices=False):
    h = y1 - y0
    scale = scale or max(0.3, h / 400.0)
    step = step or int(30 * scale) + 4
    y = y0 + step
    while y < y1:
        w = WORDS[int(rng.integers(len(WORDS)))]
        put(img, w, (x0, y), scale, color, max(1, scale * 1.5), cv2.FONT_HERSHEY_SIMPLEX)
        if prices:
            put(img, '%d.000' % rng.integers(10, 250), (x1 - int(120 * scale), y), scale, color, max(1, scale * 1.5),
                cv2.FONT_HERSHEY_SIMPLEX)
        y += step
