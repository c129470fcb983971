#!/usr/bin/env python3
"""batch -j 2 over the whole real corpus (../shared/corpus/real, as CI has it):
it finishes, lists every document once in summary.csv, reads each (a failing
document would be recorded, not end the batch), and exits 0, 1 or 12.

usage: corpus_batch_test.py LKJ_AUDIT SOURCE_DIR    (exit 77: corpus absent, skipped)
"""
import csv
import os
import subprocess
import sys
import tempfile


def main():
    binary, source = sys.argv[1], sys.argv[2]
    corpus = os.path.join(source, "..", "shared", "corpus", "real")
    if not os.path.isdir(corpus):
        print(f"no corpus at {corpus}: skipped")
        return 77
    pdfs = sorted(f for f in os.listdir(corpus) if f.lower().endswith(".pdf"))
    with tempfile.TemporaryDirectory() as out:
        r = subprocess.run([binary, "batch", corpus, "--out", out, "-j", "2", "--quiet"],
                           capture_output=True, text=True, timeout=900,
                           env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        failures = []
        if r.returncode not in (0, 1, 12):
            failures.append(f"exit {r.returncode}: {r.stderr.strip()[:300]}")
        with open(os.path.join(out, "summary.csv"), encoding="utf-8") as f:
            rows = list(csv.reader(f))
        header, body = rows[0], rows[1:]
        listed = sorted(os.path.basename(row[0]) for row in body)
        if listed != pdfs:
            failures.append(f"summary lists {len(listed)} documents, the corpus has {len(pdfs)}")
        # Every real document is readable today (BP3AKB's invalid UTF-8 once ended the batch).
        for row in body:
            if row[1] != "ok":
                failures.append(f"{os.path.basename(row[0])}: status {row[1]!r}")
        for pdf in pdfs:
            status = os.path.join(out, pdf[:-4], "status.json")
            if not os.path.isfile(status):
                failures.append(f"{pdf}: no status.json")
    for line in failures:
        print("FAIL " + line)
    print(f"batch -j 2 over {len(pdfs)} real documents: exit {r.returncode}, {len(listed)} listed")
    print(f"{1 if not failures else 0} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
