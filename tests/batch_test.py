#!/usr/bin/env python3
"""Batch audit over fixtures with a corrupt file among them: the corrupt one
is reported and does not stop the batch; a batch killed midway and started
again ends with outputs identical to an uninterrupted run.
Usage: batch_test.py LKJ_AUDIT_BINARY SOURCE_DIR"""
import csv
import os
import pathlib
import shutil
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
            import json
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

        killed = tmp / "killed"
        p = subprocess.Popen([binary, "batch", str(inputs), "--out", str(killed), "-j", "1"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
        deadline = time.time() + 120
        while time.time() < deadline and len(list(killed.glob("*/status.json"))) < 2 and p.poll() is None:
            time.sleep(0.02)
        done_before = len(list(killed.glob("*/status.json")))
        was_running = p.poll() is None
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        check(was_running and 0 < done_before < 7, f"killed midway ({done_before} of 7 documents done)")
        r = subprocess.run([binary, "batch", str(inputs), "--out", str(killed), "-j", "1"], capture_output=True, text=True, env=env)
        check(r.returncode == 12, "the restarted batch finishes")
        check(r.stderr.count("sudah selesai") >= done_before, "documents already done are skipped")
        a, b = tree(whole), tree(killed)
        check(sorted(a) == sorted(b), "the same files as an uninterrupted run")
        diff = [k for k in a if a.get(k) != b.get(k)]
        check(not diff, "identical outputs" + (f" (differ: {diff[:4]})" if diff else ""))
        check(not [k for k in b if ".tmp-" in k], "no temporary files left")
    passed = sum(checks)
    print(f"{passed} passed, {len(checks) - passed} failed")
    return 0 if passed == len(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
