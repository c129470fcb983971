#!/usr/bin/env python3
"""Audits every real document that has hand labels and scores the audit
against them.

Labels live in fixtures/real/labels/DOC.jsonl, one finding a line: doc, rule,
severity, page and suspect (the finding's identity, see labelkey.py), label
TRUE / FALSE (a finding the audit gave, judged by hand), MISSED (a real
inconsistency the audit did not report) or REPLACED (judged true, but one of
many findings of one root cause that the audit now reports once: neither
expected nor a false alarm), why, category.

usage: precision.py LKJ_AUDIT [--check] [--corpus DIR ...] [--labels DIR] [-j N]

Prints, per rule and per document: findings, labelled TRUE, labelled FALSE,
unlabelled, and the TRUE labels no longer found. With --check it exits 1
when a labelled-FALSE error comes back, a labelled-TRUE finding is gone, a
document's errors are under 95% labelled TRUE, or a document has more than
two labelled-FALSE warnings, or a finding is not judged yet; it exits 77 (CTest's "skipped") when no
labelled document's PDF can be found.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelkey import key, label_key  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def load_labels(folder):
    labels = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".jsonl"):
            doc = name[: -len(".jsonl")] + ".pdf"
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                labels[doc] = [json.loads(line) for line in f if line.strip()]
    return labels


def find_pdf(doc, corpora):
    for folder in corpora:
        path = os.path.join(folder, doc)
        if os.path.isfile(path):
            return path
    return None


def audit(binary, pdf):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "f.json")
        r = subprocess.run([binary, "audit", pdf, "--json", out, "--quiet"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if r.returncode not in (0, 1):
            return None, f"exit {r.returncode}: {r.stderr.strip()}"
        with open(out, encoding="utf-8") as f:
            return json.load(f)["findings"], None


def score(doc, findings, labels):
    by_key = collections.defaultdict(set)
    for lab in labels:
        if lab["label"] in ("TRUE", "FALSE", "REPLACED"):
            by_key[label_key(lab)].add("TRUE" if lab["label"] == "REPLACED" else lab["label"])
    rows = []  # (rule, severity, verdict, finding)
    seen = set()
    for f in findings:
        if f["severity"] not in ("error", "warning"):
            continue
        k = key(doc, f)
        seen.add(k)
        verdicts = by_key.get(k, set())
        verdict = "TRUE" if "TRUE" in verdicts else "FALSE" if verdicts else "?"
        rows.append((f["rule"], f["severity"], verdict, f))
    lost = [lab for lab in labels if lab["label"] == "TRUE" and label_key(lab) not in seen]
    missed = [lab for lab in labels if lab["label"] == "MISSED"]
    return rows, lost, missed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--corpus", action="append",
                    default=[os.path.join(ROOT, "fixtures", "real"),
                             os.path.join(ROOT, "..", "shared", "corpus", "real")])
    ap.add_argument("--labels", default=os.path.join(ROOT, "fixtures", "real", "labels"))
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--show", choices=["false", "unlabelled", "lost", "all"], action="append", default=[])
    args = ap.parse_args()

    labels = load_labels(args.labels)
    pdfs = {doc: find_pdf(doc, args.corpus) for doc in labels}
    absent = sorted(d for d, p in pdfs.items() if not p)
    present = {d: p for d, p in pdfs.items() if p}
    if not present:
        print("no labelled document found (looked in: " + ", ".join(args.corpus) + "): skipped")
        return 77
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        results = dict(zip(present, pool.map(lambda d: audit(args.binary, present[d]), present)))

    per_rule = collections.defaultdict(collections.Counter)
    failures = []
    print(f"{'document':48} {'errors':>6} {'true':>5} {'false':>5} {'unlab':>5} {'prec':>6}  "
          f"{'warn':>4} {'w-false':>7} {'lost':>4} {'missed':>6}")
    for doc in sorted(present):
        findings, problem = results[doc]
        if problem:
            failures.append(f"{doc}: audit failed ({problem})")
            print(f"{doc:48} audit failed: {problem}")
            continue
        rows, lost, missed = score(doc, findings, labels[doc])
        errors = [r for r in rows if r[1] == "error"]
        warnings = [r for r in rows if r[1] == "warning"]
        true_e = sum(r[2] == "TRUE" for r in errors)
        false_e = sum(r[2] == "FALSE" for r in errors)
        unl_e = sum(r[2] == "?" for r in errors)
        false_w = sum(r[2] == "FALSE" for r in warnings)
        prec = f"{100 * true_e / len(errors):.0f}%" if errors else "-"
        print(f"{doc[:-4]:48} {len(errors):6} {true_e:5} {false_e:5} {unl_e:5} {prec:>6}  "
              f"{len(warnings):4} {false_w:7} {len(lost):4} {len(missed):6}")
        for rule, sev, verdict, f in rows:
            per_rule[(rule, sev)][verdict] += 1
        for lab in lost:
            per_rule[(lab["rule"], "lost")]["TRUE"] += 1
        if errors and true_e < 0.95 * len(errors):
            failures.append(f"{doc}: {true_e}/{len(errors)} errors labelled TRUE (< 95%)")
        if false_w > 2:
            failures.append(f"{doc}: {false_w} labelled-FALSE warnings (> 2)")
        for rule, sev, verdict, f in rows:
            if verdict == "FALSE" and sev == "error":
                failures.append(f"{doc}: labelled-FALSE error is back: {f['rule']} p.{key(doc, f)[2]} "
                                f"{key(doc, f)[3]!r}: {f.get('message_en', '')[:160]}")
        for lab in lost:
            failures.append(f"{doc}: labelled-TRUE finding is gone: {lab['rule']} p.{lab['page']} {lab['suspect']!r}")
        for rule, sev, verdict, f in rows:
            if verdict == "?":
                failures.append(f"{doc}: {sev} not judged yet (tools/labels/judge.py): {f['rule']} p.{key(doc, f)[2]} "
                                f"{key(doc, f)[3]!r}: {f.get('message_en', '')[:160]}")
        show = set(args.show)
        for rule, sev, verdict, f in rows:
            if "all" in show or ("false" in show and verdict == "FALSE") or ("unlabelled" in show and verdict == "?"):
                k = key(doc, f)
                print(f"    {verdict:5} {sev:7} {rule:26} p.{k[2]:<3} {k[3][:30]!r:32} {f.get('message_en', '')[:150]}")
        if "lost" in show or "all" in show:
            for lab in lost:
                print(f"    LOST  {lab['rule']:26} p.{lab['page']:<3} {lab['suspect'][:30]!r}")
    print()
    print(f"{'rule':28} {'severity':8} {'found':>5} {'true':>5} {'false':>5} {'unlab':>5} {'precision':>9}")
    for (rule, sev), c in sorted(per_rule.items()):
        if sev == "lost":
            continue
        n = sum(c.values())
        labelled = c["TRUE"] + c["FALSE"]
        prec = f"{100 * c['TRUE'] / labelled:.0f}%" if labelled else "-"
        print(f"{rule:28} {sev:8} {n:5} {c['TRUE']:5} {c['FALSE']:5} {c['?']:5} {prec:>9}")
    total_missed = sum(1 for d in present for lab in labels[d] if lab["label"] == "MISSED")
    total_lost = sum(c["TRUE"] for (r, s), c in per_rule.items() if s == "lost")
    print(f"\nlabelled documents audited: {len(present)}; TRUE labels lost: {total_lost}; "
          f"MISSED (real errors not reported, labelled by hand): {total_missed}")
    if absent:
        print("not found here (skipped): " + ", ".join(absent))
    if args.check:
        for line in failures:
            print("FAIL " + line)
        print(f"{len(present) - len({f.split(':')[0] for f in failures})} passed, "
              f"{len({f.split(':')[0] for f in failures})} failed")
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
