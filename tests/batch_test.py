#!/usr/bin/env python3
"""Batch audit over fixtures with a corrupt file among them: the corrupt one
is reported and does not stop the batch; a batch killed at random moments
(several times, each restart resuming) never leaves a half-written report,
and the final run ends with outputs identical to an uninterrupted run and a
summary that lists every document once; the per-document limits
(--timeout, --max-memory-mb) record the document and the batch goes on.
Usage: batch_test.py LKJ_AUDIT_BINARY SOURCE_DIR [SEED]"""
import csv
import json
import os
import pathlib
import random
import shutil
import zipfile
import signal
import subprocess
import sys
import tempfile
import time

checks = []


def check(ok, what):
    checks.append(ok)
    print(("ok   " if ok else "FAIL ") + what)


def tree(root):
    """Every file below root with its bytes; timings left out."""
    out = {}
    for p in sorted(root.rglob("*")):
        if not p.is_file():
            continue
        rel = str(p.relative_to(root))
        data = p.read_bytes()
        if p.name == "status.json":
            j = json.loads(data)
            j.pop("seconds", None)
            data = repr(sorted(j.items())).encode()
        if p.name == "summary.csv":
            rows = list(csv.reader(data.decode().splitlines()))
            data = repr([r[:6] + r[7:] for r in rows]).encode()  # drop the seconds column
        if p.name == "summary.html":
            import re
            data = re.sub(rb'<td class="n">[0-9.]+</td></tr>', b"</tr>", data)
        out[rel] = data
    return out


def half_written(root):
    """Report files that are there but not whole; a folder whose status says
    done must hold all four reports."""
    bad = []
    for folder in (p for p in root.glob("*") if p.is_dir()):
        for name in ("temuan.json", "status.json"):
            f = folder / name
            if f.exists():
                try:
                    json.loads(f.read_text())
                except ValueError:
                    bad.append(str(f))
        html = folder / "laporan.html"
        if html.exists() and not html.read_bytes().rstrip().endswith(b"</html>"):
            bad.append(str(html))
        xlsx = folder / "laporan.xlsx"
        if xlsx.exists():
            try:
                with zipfile.ZipFile(xlsx) as z:
                    if z.testzip() is not None:
                        bad.append(str(xlsx))
            except zipfile.BadZipFile:
                bad.append(str(xlsx))
        status = folder / "status.json"
        if status.exists() and str(status) not in bad and json.loads(status.read_text()).get("ok"):
            bad += [f"{folder}/{n} missing" for n in ("temuan.json", "laporan.html", "laporan.xlsx", "laporan.md")
                    if not (folder / n).exists()]
    return bad


def check_limits(binary, source, tmp, env):
    """Per-document limits: the document is recorded with the limit's exit
    code, has no reports, and the batch goes on to the end."""
    inputs = tmp / "limits-in"
    inputs.mkdir()
    for i in range(3):
        shutil.copy(source / "fixtures/bad/small-valid.pdf", inputs / f"lkj-{i}.pdf")
    shutil.copy(source / "fixtures/real/pk-2020-inspektorat-kab-jombang-scanned.pdf", inputs / "a-scan.pdf")

    # OCR of the scan at 300 dpi takes seconds, the one-page documents after
    # it well under one: the batch as a whole runs longer than --timeout.
    out = tmp / "timeout"
    started = time.time()
    r = subprocess.run([binary, "batch", str(inputs), "--out", str(out), "-j", "1", "--timeout", "2",
                        "--ocr-dpi", "300"], capture_output=True, text=True, env=env)
    took = time.time() - started
    rows = {pathlib.Path(row[0]).name: row for row in csv.reader((out / "summary.csv").read_text().splitlines()[1:])}
    status = json.loads((out / "a-scan" / "status.json").read_text())
    check(r.returncode == 12 and took > 2, f"--timeout is per document: the batch ran {took:.1f} s and ended with 12 (got {r.returncode})")
    check(status.get("code") == 10 and not status.get("ok") and "--timeout" in status.get("problem", ""),
          f"the slow document is recorded with exit code 10 ({status})")
    check(not list((out / "a-scan").glob("laporan.*")), "it has no reports")
    check(sorted(rows) == ["a-scan.pdf", "lkj-0.pdf", "lkj-1.pdf", "lkj-2.pdf"]
          and all(rows[f"lkj-{i}.pdf"][1] == "ok" for i in range(3)), "the others are audited")

    out = tmp / "memory"
    r = subprocess.run([binary, "batch", str(inputs), "--out", str(out), "-j", "2", "--max-memory-mb", "1",
                        "--lang", "en"], capture_output=True, text=True, env=env)
    statuses = [json.loads(p.read_text()) for p in sorted(out.glob("*/status.json"))]
    check(r.returncode == 12 and len(statuses) == 4 and all(s.get("code") == 11 and "--max-memory-mb" in s.get("problem", "")
                                                         for s in statuses),
          f"--max-memory-mb 1: every document recorded with exit code 11, the batch goes on ({r.returncode})")
    check(not list(out.glob("*/laporan.*")), "and none has reports")
    reference = str(source / "fixtures/reference/lkj-2024-disdukcapil-belitung.pdf")
    r = subprocess.run([binary, "audit", reference, "--max-memory-mb", "1"], capture_output=True, text=True, env=env)
    check(r.returncode == 11 and "--max-memory-mb" in r.stderr, f"audit --max-memory-mb 1: exit 11 ({r.returncode})")
    r = subprocess.run([binary, "audit", reference, "--max-memory-mb", "2048"], capture_output=True, text=True, env=env)
    check(r.returncode == 1, f"audit --max-memory-mb 2048: audited (exit 1, errors found; got {r.returncode})")


def main():
    binary, source = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        inputs = tmp / "in"
        inputs.mkdir()
        ref = source / "fixtures/reference/lkj-2024-disdukcapil-belitung.pdf"
        for i in range(5):
            shutil.copy(ref, inputs / f"lkj-copy-{i}.pdf")
        shutil.copy(source / "fixtures/real/lkip-2016-bplhd-prov-jabar.pdf", inputs)
        shutil.copy(source / "fixtures/bad/truncated.pdf", inputs / "rusak.pdf")
        env = dict(os.environ, OMP_THREAD_LIMIT="1")

        whole = tmp / "whole"
        r = subprocess.run([binary, "batch", str(inputs), "--out", str(whole), "-j", "2"], capture_output=True, text=True, env=env)
        check(r.returncode == 12, f"a corrupt document makes exit code 12 (got {r.returncode})")
        rows = list(csv.reader((whole / "summary.csv").read_text().splitlines()))
        check(len(rows) == 8, f"summary.csv has a row per document ({len(rows) - 1})")
        failed = [row for row in rows[1:] if row[1] != "ok"]
        check(len(failed) == 1 and "rusak.pdf" in failed[0][0], "only the corrupt document failed, and it is named")
        check(all((whole / row[7] / "laporan.html").exists() for row in rows[1:] if row[1] == "ok"),
              "every readable document has its HTML report")
        check((whole / "summary.html").exists(), "summary.html written")
        check(not r.stderr.count("\r"), "plain progress lines when not a terminal")

        # On a terminal: a progress bar redrawn in place (util-linux `script` gives a pty).
        if shutil.which("script"):
            tty_out = tmp / "tty"
            cmd = f"{binary} batch {inputs} --out {tmp / 'tty-run'} -j 2"
            t = subprocess.run(["script", "-qec", cmd, str(tty_out)], capture_output=True, text=True, env=env)
            # Bytes: text mode would turn the carriage returns into newlines.
            shown = tty_out.read_bytes().decode(errors="replace") if tty_out.exists() else t.stdout
            check("\r[" in shown and "dokumen" in shown and "hal/dtk" in shown,
                  "a progress bar (documents, pages/s, time left) on a terminal")

        # Killed at random moments: each time, what is there is whole.
        seed = int(sys.argv[3]) if len(sys.argv) > 3 else random.randrange(1 << 30)
        rng = random.Random(seed)
        print(f"kill moments from seed {seed}")
        killed = tmp / "killed"
        batch = [binary, "batch", str(inputs), "--out", str(killed), "-j", "2"]
        started = time.time()
        subprocess.run(batch[:4] + [str(tmp / "timing")], capture_output=True, env=env)
        full = time.time() - started
        # Each restart resumes, so the work left shrinks: moments within the
        # first third of a whole run, until a run ends on its own.
        kills = 0
        for _ in range(8):
            p = subprocess.Popen(batch, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                                 start_new_session=True)
            time.sleep(rng.uniform(0, full / 3))
            finished = p.poll() is not None
            if not finished:
                os.killpg(p.pid, signal.SIGKILL)
                kills += 1
            p.wait()
            half = half_written(killed)
            check(not half, f"after a kill, no report is half-written" + (f" ({half[:3]})" if half else ""))
            if finished:
                break
        check(kills >= 2, f"killed while running {kills} times")
        done_before = len(list(killed.glob("*/status.json")))
        r = subprocess.run(batch, capture_output=True, text=True, env=env)
        check(r.returncode == 12, "the restarted batch finishes")
        done = len(list(killed.glob("*/status.json")))
        check(r.stderr.count("sudah selesai") == done_before,
              f"the {done_before} documents already done are skipped ({r.stderr.count('sudah selesai')})")
        a, b = tree(whole), tree(killed)
        check(sorted(a) == sorted(b), "the same files as an uninterrupted run")
        diff = [k for k in a if a.get(k) != b.get(k)]
        check(not diff, "identical outputs" + (f" (differ: {diff[:4]})" if diff else ""))
        check(not [k for k in b if ".tmp-" in k], "no temporary files left")
        rows = list(csv.reader((killed / "summary.csv").read_text().splitlines()))[1:]
        names = sorted(row[0] for row in rows)
        check(names == sorted(str(p) for p in inputs.iterdir()) and done == len(names),
              f"the summary lists every document once ({len(names)} rows, {len(set(names))} distinct)")

        check_limits(binary, source, tmp, env)
    passed = sum(checks)
    print(f"{passed} passed, {len(checks) - passed} failed")
    return 0 if passed == len(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
