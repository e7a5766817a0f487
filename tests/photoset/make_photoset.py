#!/usr/bin/python3
"""Generate the labelled test set.

usage: /usr/bin/python3 make_photoset.py OUT_DIR [--per-class N] [--jobs J] [--classes a,b]

Each image has a fixed seed derived from (class, index, attempt); an image
whose peer reading contradicts its label is redrawn with the next attempt
(defect classes get a little stronger) and dropped after 10 tries."""
import argparse
import csv
import os
import sys
import time
import zlib
from multiprocessing import Pool

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np  # noqa: E402
import cv2  # noqa: E402

cv2.setNumThreads(1)
import recipes  # noqa: E402
import camera  # noqa: E402
import peers  # noqa: E402

ORDER = ['clean', 'blur_damage', 'quiet_zone', 'distance_scale', 'payload', 'no_code']
MAX_TRIES = 10


def accept(cls, want_payload, zx, zb):
    if cls in ('clean', 'payload'):
        return zx == want_payload.encode('utf-8')
    return (not zx) and (not zb)


def one(task):
    out, cls, idx = task
    t0 = time.time()
    log = []
    for attempt in range(MAX_TRIES):
        seed = zlib.crc32(('%s:%d:%d' % (cls, idx, attempt)).encode())
        rng = np.random.RandomState(seed)
        r = recipes.CLASSES[cls](rng, idx, attempt)
        ext = 'png' if r['fmt'] == 'png' else 'jpg'
        name = '%s_%03d.%s' % (cls, idx, ext)
        path = os.path.join(out, cls, name)
        data = camera.encode(r['img'], ext, r['quality'])
        with open(path, 'wb') as f:
            f.write(data)
        zx = peers.zxing(path)
        zb = peers.zbar(path)
        if accept(cls, r['payload'], zx, zb):
            H, W = r['img'].shape[:2]
            desc = '; '.join(r['desc']) + '; %dx%d' % (W, H)
            if attempt:
                desc += '; attempt %d' % attempt
            return dict(file='%s/%s' % (cls, name), cls=cls, cause=r['cause'], desc=desc,
                        zxing='yes' if zx else 'no', zbar='yes' if zb else 'no',
                        tries=attempt + 1, secs=time.time() - t0, log=log)
        log.append('attempt %d rejected (zxing=%s zbar=%s)' % (attempt, 'yes' if zx else 'no', 'yes' if zb else 'no'))
        os.remove(path)
    return dict(file=None, cls=cls, idx=idx, log=log, secs=time.time() - t0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--per-class', type=int, default=20)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--classes', default=','.join(ORDER))
    ap.add_argument('--start', type=int, default=0)
    a = ap.parse_args()
    classes = [c for c in a.classes.split(',') if c]
    t0 = time.time()
    for c in classes:
        os.makedirs(os.path.join(a.out, c), exist_ok=True)
    tasks = [(a.out, c, i) for i in range(a.start, a.start + a.per_class) for c in classes]
    # heavy first is not needed; interleave classes for balanced load
    with Pool(a.jobs, maxtasksperchild=20) as pool:
        res = list(pool.imap_unordered(one, tasks, chunksize=1))
    rows = [r for r in res if r['file']]
    dropped = [r for r in res if not r['file']]
    rows.sort(key=lambda r: (ORDER.index(r['cls']), r['file']))
    with open(os.path.join(a.out, 'manifest.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'class', 'expected_cause', 'description', 'zxing', 'zbar'])
        for r in rows:
            w.writerow([r['file'], r['cls'], r['cause'], r['desc'], r['zxing'], r['zbar']])
    el = time.time() - t0
    for c in classes:
        cr = [r for r in rows if r['cls'] == c]
        tries = sum(r['tries'] for r in cr)
        print('%-15s %3d images (%d renders)' % (c, len(cr), tries))
    for r in dropped:
        print('DROPPED %s %d: %s' % (r['cls'], r['idx'], '; '.join(r['log'])))
    print('total %d images in %.1f s' % (len(rows), el))


if __name__ == '__main__':
    main()
