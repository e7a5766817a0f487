"""Peer decoders used only to confirm labels: ZXingReader (zxing-cpp) and
zbarimg, both restricted to QR codes."""
import subprocess


def zxing(path):
    """Return decoded bytes (b'' when nothing was read)."""
    r = subprocess.run(['ZXingReader', '-format', 'QRCode', '-bytes', path],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=120)
    return r.stdout


def zbar(path):
    """Return True when zbarimg reads a QR code."""
    r = subprocess.run(['zbarimg', '-q', '--raw', '-Sdisable', '-Sqrcode.enable', path],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=120)
    return r.returncode == 0 and len(r.stdout) > 0
