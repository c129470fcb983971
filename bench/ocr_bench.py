#!/usr/bin/env python3
"""OCR speed on one run of the same scanned pages: bare `tesseract` (CLI, one
page image at a time, same dpi, ind+eng, one thread) against `lkj-audit
extract` (render + OCR + tables) on one thread. Prints seconds, seconds per
page and peak memory. OMP_THREAD_LIMIT=1 for both (Tesseract is 7-10x slower
without it on this machine).

usage: python3 bench/ocr_bench.py [--pdf SCAN.pdf] [--pages N] [--dpi 300] [--binary build/lkj-audit]
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PDF = os.path.join(ROOT, "..", "shared", "corpus", "real", "renja-perubahan-2023-bkpsdmd-kab-bangka-scanned.pdf")


def timed(cmds, env):
    """Runs the commands one after another; wall seconds and the largest peak RSS (MiB) of one of them."""
    peak = 0.0
    start = time.monotonic()
    for cmd in cmds:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise SystemExit(f"{cmd[0]} failed with exit {proc.returncode}")
        peak = max(peak, usage.ru_maxrss / 1024)
    return time.monotonic() - start, peak


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdf", default=DEFAULT_PDF if os.path.exists(DEFAULT_PDF)
                    else os.path.join(ROOT, "fixtures", "real", "pk-2020-inspektorat-kab-jombang-scanned.pdf"))
    ap.add_argument("--pages", type=int, default=5)
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "lkj-audit"))
    a = ap.parse_args()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory() as tmp:
        part = os.path.join(tmp, "part.pdf")
        subprocess.run(["pdfseparate", "-f", "1", "-l", str(a.pages), a.pdf, os.path.join(tmp, "p%d.pdf")], check=True)
        singles = sorted(glob.glob(os.path.join(tmp, "p*.pdf")), key=lambda p: int(os.path.basename(p)[1:-4]))
        subprocess.run(["pdfunite", *singles, part] if len(singles) > 1 else ["cp", singles[0], part], check=True)
        n = len(singles)
        subprocess.run(["pdftoppm", "-r", str(a.dpi), "-gray", "-png", part, os.path.join(tmp, "img")], check=True)
        images = sorted(glob.glob(os.path.join(tmp, "img*.png")))
        tess, tess_mem = timed([["tesseract", img, "-", "-l", "ind+eng"] for img in images], env)
        lkj, lkj_mem = timed([[a.binary, "extract", part, "--json", os.path.join(tmp, "d.json"), "-q", "-j", "1",
                               "--ocr-dpi", str(a.dpi)]], env)
    print(f"ocr bench: {os.path.basename(a.pdf)}, {n} pages at {a.dpi} dpi, one thread, OMP_THREAD_LIMIT=1")
    print(f"{'command':44} {'seconds':>8} {'s/page':>7} {'peak MiB':>9}")
    print(f"{'tesseract CLI (page images, ind+eng)':44} {tess:8.2f} {tess / n:7.2f} {tess_mem:9.0f}")
    print(f"{'lkj-audit extract (render, OCR, tables)':44} {lkj:8.2f} {lkj / n:7.2f} {lkj_mem:9.0f}")
    print(f"ratio extract / tesseract: {lkj / tess:.2f} (goal <= 1.15)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
