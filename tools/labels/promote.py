#!/usr/bin/env python3
"""Marks MISSED labels that the audit now reports as TRUE findings.

usage: promote.py LKJ_AUDIT LABELS.jsonl PDF

A MISSED label (a real error judged by hand) becomes TRUE when the audit gives
a finding of the same rule with the same suspect (page, text); its rule is
corrected to the finding's when only the rule differs. Prints what changed.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelkey import key, label_key  # noqa: E402


def main():
    binary, labels_path, pdf = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "f.json")
        subprocess.run([binary, "audit", pdf, "--json", out, "--quiet"], stdout=subprocess.DEVNULL)
        findings = json.load(open(out, encoding="utf-8"))["findings"]
    doc = os.path.basename(pdf)
    found = {key(doc, f)[2:]: f for f in findings if f["severity"] in ("error", "warning")}
    labels = [json.loads(line) for line in open(labels_path, encoding="utf-8") if line.strip()]
    for lab in labels:
        if lab["label"] != "MISSED":
            continue
        f = found.get(label_key(lab)[2:])
        if not f:
            continue
        lab.update(label="TRUE", rule=f["rule"], severity=f["severity"], message=f.get("message_en", ""),
                   category="real inconsistency", why=lab["why"] + " [Reported since.]")
        print(f"{doc}: MISSED -> TRUE {f['rule']} p.{lab['page']} {lab['suspect']!r}")
    with open(labels_path, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(lab, ensure_ascii=False) + "\n" for lab in labels)


if __name__ == "__main__":
    main()
