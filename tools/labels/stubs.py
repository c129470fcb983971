#!/usr/bin/env python3
"""Writes one JSONL line per error/warning of a findings JSON (lkj-audit audit
--json), with the fields a hand label needs and "label": "?" to fill in.

usage: stubs.py FINDINGS.json DOC.pdf > labels.jsonl
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelkey import suspect_of  # noqa: E402


def main():
    findings = json.load(open(sys.argv[1], encoding="utf-8"))["findings"]
    doc = os.path.basename(sys.argv[2])
    for f in findings:
        if f["severity"] not in ("error", "warning"):
            continue
        page, text = suspect_of(f)
        cells = sorted({(e["page"], e.get("text", "")) for e in f.get("evidence", [])})
        print(json.dumps({
            "doc": doc, "rule": f["rule"], "severity": f["severity"],
            "page": page, "suspect": text,
            "cells": [list(c) for c in cells][:12],
            "message": f.get("message_en", f["message"]),
            "label": "?", "why": "", "category": "",
        }, ensure_ascii=False))


if __name__ == "__main__":
    main()
