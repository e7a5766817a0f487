"""Encodes text with the qrencode CLI (libqrencode: its own mask choice and version fitting, not ZXing's)."""
import subprocess

import cv2
import numpy as np


def encode(text, ec_level="M", min_version=0):
    """The module matrix (True = dark) of `text`, one pixel per module, no quiet zone."""
    cmd = ["qrencode", "-o", "-", "-s", "1", "-m", "0", "-l", ec_level]
    if min_version:
        cmd += ["-v", str(min_version)]
    # Text on stdin: a payload is never mistaken for an option, whatever it starts with.
    png = subprocess.run(cmd, input=text.encode(), capture_output=True, check=True).stdout
    image = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    return image < 128


def version_of(modules):
    return (modules.shape[0] - 17) // 4
