#!/usr/bin/env python3
"""OCR speed on one run of the same scanned pages: bare `tesseract` (CLI, one
page image at a time, same dpi, ind+eng, one thread), `ocrmypdf -l ind+eng
--deskew --jobs 1` (when installed: Debian package ocrmypdf), and `lkj-audit
extract` (render, straighten, OCR, ruling lines, tables) on one and on two
threads. Prints wall seconds, seconds per page, CPU seconds and peak memory.
OMP_THREAD_LIMIT=1 for all (Tesseract is 7-10x slower without it here).

usage: python3 bench/ocr_bench.py [--pdf SCAN.pdf] [--first P] [--pages N] [--dpi 300] [--binary build/lkj-audit]
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PDF = os.path.join(ROOT, "..", "shared", "corpus", "real", "renja-perubahan-2023-bkpsdmd-kab-bangka-scanned.pdf")


def timed(cmds, env):
    """Runs the commands one after another; wall seconds, CPU seconds and the largest peak RSS (MiB) of one of them."""
    peak = 0.0
    cpu = 0.0
    start = time.monotonic()
    for cmd in cmds:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise SystemExit(f"{cmd[0]} failed with exit {proc.returncode}")
        peak = max(peak, usage.ru_maxrss / 1024)
        cpu += usage.ru_utime + usage.ru_stime
    return time.monotonic() - start, cpu, peak


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdf", default=DEFAULT_PDF if os.path.exists(DEFAULT_PDF)
                    else os.path.join(ROOT, "fixtures", "real", "pk-2020-inspektorat-kab-jombang-scanned.pdf"))
    ap.add_argument("--first", type=int, default=1)
    ap.add_argument("--pages", type=int, default=5)
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "lkj-audit"))
    a = ap.parse_args()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        part = os.path.join(tmp, "part.pdf")
        last = a.first + a.pages - 1
        subprocess.run(["pdfseparate", "-f", str(a.first), "-l", str(last), a.pdf, os.path.join(tmp, "p%d.pdf")], check=True)
        singles = sorted(glob.glob(os.path.join(tmp, "p*.pdf")), key=lambda p: int(os.path.basename(p)[1:-4]))
        subprocess.run(["pdfunite", *singles, part] if len(singles) > 1 else ["cp", singles[0], part], check=True)
        n = len(singles)
        subprocess.run(["pdftoppm", "-r", str(a.dpi), "-gray", "-png", part, os.path.join(tmp, "img")], check=True)
        images = sorted(glob.glob(os.path.join(tmp, "img*.png")))
        tess = timed([["tesseract", img, "-", "-l", "ind+eng"] for img in images], env)
        rows.append(("tesseract CLI (page images, ind+eng)", tess))
        if shutil.which("ocrmypdf"):
            rows.append(("ocrmypdf -l ind+eng --deskew --jobs 1", timed(
                [["ocrmypdf", "-q", "-l", "ind+eng", "--deskew", "--jobs", "1", part, os.path.join(tmp, "o.pdf")]], env)))
        for jobs in (1, 2):
            rows.append((f"lkj-audit extract -j {jobs}", timed(
                [[a.binary, "extract", part, "--json", os.path.join(tmp, "d.json"), "-q", "-j", str(jobs),
                  "--ocr-dpi", str(a.dpi)]], env)))
    print(f"ocr bench: {os.path.basename(a.pdf)}, pages {a.first}-{a.first + n - 1} at {a.dpi} dpi, OMP_THREAD_LIMIT=1")
    print(f"{'command':44} {'seconds':>8} {'s/page':>7} {'CPU s':>7} {'peak MiB':>9}")
    for name, (wall, cpu, mem) in rows:
        print(f"{name:44} {wall:8.2f} {wall / n:7.2f} {cpu:7.2f} {mem:9.0f}")
    one = dict(rows)["lkj-audit extract -j 1"][0]
    two = dict(rows)["lkj-audit extract -j 2"][0]
    print(f"ratio extract -j 1 / tesseract: {one / tess[0]:.2f} (goal <= 1.15); -j 1 / -j 2: {one / two:.2f} (goal ~2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
