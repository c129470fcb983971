#!/usr/bin/env python3
"""Adds a hand judgement for a finding the audit gives now.

usage: judge.py LKJ_AUDIT PDF RULE PAGE SUSPECT TRUE|FALSE "why" ["category"]

Finds the finding by its identity (rule, page and suspect figure as printed)
in `lkj-audit audit PDF`, and appends its label to
fixtures/real/labels/DOC.jsonl. A MISSED label of the same figure, or an
earlier label of the same identity (the same figure judged when the audit
compared it with something else), is replaced; the earlier verdict is kept
under "previously". Refuses when no such finding is reported.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelkey import key, norm  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    binary, pdf, rule, page, suspect, verdict, why = sys.argv[1:8]
    category = sys.argv[8] if len(sys.argv) > 8 else ("real inconsistency" if verdict == "TRUE" else "")
    doc = os.path.basename(pdf)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "f.json")
        subprocess.run([binary, "audit", pdf, "--json", out, "--quiet"], stdout=subprocess.DEVNULL)
        findings = json.load(open(out, encoding="utf-8"))["findings"]
    wanted = (doc, rule, int(page), norm(suspect))
    match = [f for f in findings if key(doc, f) == wanted]
    if not match:
        sys.exit(f"no finding {wanted} in the audit of {pdf}")
    f = match[0]
    path = os.path.join(ROOT, "fixtures", "real", "labels", doc[:-4] + ".jsonl")
    labels = [json.loads(line) for line in open(path, encoding="utf-8")] if os.path.exists(path) else []
    same = [lab for lab in labels if int(lab["page"]) == int(page) and norm(lab["suspect"]) == norm(suspect)
            and (lab["label"] == "MISSED" or lab["rule"] == rule)]
    labels = [lab for lab in labels if lab not in same]
    previously = [{"label": lab["label"], "why": lab["why"]} for lab in same if lab["label"] != "MISSED"]
    labels.append({"doc": doc, "rule": rule, "severity": f["severity"], "page": int(page), "suspect": norm(suspect),
                   "cells": sorted({(e["page"], e.get("text", "")) for e in f.get("evidence", [])})[:12],
                   "message": f.get("message_en", ""), "label": verdict, "why": why, "category": category,
                   **({"previously": previously} if previously else {})})
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(lab, ensure_ascii=False) + "\n" for lab in labels)
    print(f"{doc}: {verdict} {rule} p.{page} {suspect!r}")


if __name__ == "__main__":
    main()
