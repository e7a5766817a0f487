"""The QR symbol: modules from the qrencode CLI, drawn as a printed block with its margin."""
import subprocess

import cv2
import numpy as np

from drawing import BRANDS, put


def qr_matrix(payload, ec):
    png = subprocess.run(['qrencode', '-o', '-', '-s', '1', '-m', '0', '-l', ec, payload], check=True,
                         capture_output=True).stdout
    return cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE) < 128


def render_block(mat, cp, dark, light, margin, logo=False, rng=None):
    n = mat.shape[0]
    mpx = int(round(margin * cp))
    S = n * cp + 2 * mpx
    img = np.empty((S, S, 3), np.uint8)
    img[:] = light
    sym = np.kron(mat, np.ones((cp, cp), bool))
    img[mpx:mpx + n * cp, mpx:mpx + n * cp][sym] = dark
    if logo:
        L = int(n * cp * 0.2)
        c = S // 2
        cv2.rectangle(img, (c - L // 2, c - L // 2), (c + L // 2, c + L // 2), light, -1)
        col = BRANDS[int(rng.integers(len(BRANDS)))]
        cv2.circle(img, (c, c), int(L * 0.42), col, -1, cv2.LINE_AA)
        put(img, 'VQR', (c - L * 0.3, c + L * 0.1), L / 70.0, (255, 255, 255), L / 30, cv2.FONT_HERSHEY_DUPLEX)
    # slight ink spread
    img = cv2.GaussianBlur(img, (0, 0), 0.25 * cp)
    return img, (mpx, mpx, mpx + n * cp, mpx + n * cp)
