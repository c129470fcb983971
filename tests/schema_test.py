#!/usr/bin/env python3
"""Validates `lkj-audit extract` output against extract/schema/document.schema.json
and checks the grid invariants the schema cannot express (full grid, spans
matched by placeholders). Usage: schema_test.py LKJ_AUDIT_BINARY SOURCE_DIR"""
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema


def grid_problems(table):
    problems = []
    rows, n_cols = table["rows"], table["n_cols"]
    if len(rows) != table["n_rows"]:
        problems.append("n_rows does not match rows")
    covered = {}
    for r, row in enumerate(rows):
        if len(row) != n_cols:
            problems.append(f"row {r} has {len(row)} cells, not {n_cols}")
            continue
        for c, cell in enumerate(row):
            if cell.get("placeholder"):
                continue
            for rr in range(r, r + cell["row_span"]):
                for cc in range(c, c + cell["col_span"]):
                    if (rr, cc) != (r, c):
                        covered[(rr, cc)] = covered.get((rr, cc), 0) + 1
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell.get("placeholder") and covered.get((r, c), 0) != 1:
                problems.append(f"placeholder ({r},{c}) covered {covered.get((r, c), 0)} times")
            if not cell.get("placeholder") and (r, c) in covered:
                problems.append(f"cell ({r},{c}) lies under a merged cell")
            if cell.get("placeholder") and cell["text"]:
                problems.append(f"placeholder ({r},{c}) has text")
    return problems


def main():
    binary, source = sys.argv[1], pathlib.Path(sys.argv[2])
    schema = json.loads((source / "extract/schema/document.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    pdfs = sorted((source / "fixtures/real").glob("*.pdf")) + sorted((source / "fixtures/reference").glob("*.pdf"))
    pdfs.append(source / "fixtures/bad/small-valid.pdf")
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in pdfs:
            out = pathlib.Path(tmp) / "out.json"
            run = subprocess.run([binary, "extract", str(pdf), "--json", str(out), "-q"], capture_output=True, text=True)
            if run.returncode != 0:
                print(f"FAIL {pdf.name}: exit {run.returncode}: {run.stderr.strip()}")
                failed += 1
                continue
            doc = json.loads(out.read_text())
            errors = [e.message for e in validator.iter_errors(doc)]
            for t in doc["tables"]:
                errors += [f"{t['id']}: {p}" for p in grid_problems(t)]
            if errors:
                failed += 1
                print(f"FAIL {pdf.name}: {len(errors)} problems, first: {errors[:3]}")
            else:
                passed += 1
                print(f"ok   {pdf.name}: {len(doc['pages'])} pages, {len(doc['tables'])} tables valid")
    # The audit report of the reference fixture against its own schema.
    findings_schema = json.loads((source / "reports/schema/findings.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(findings_schema)
    fvalidator = jsonschema.Draft202012Validator(findings_schema)
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in [source / "fixtures/reference/lkj-2024-disdukcapil-belitung.pdf"] + sorted((source / "fixtures/real").glob("*.pdf")):
            out = pathlib.Path(tmp) / "findings.json"
            run = subprocess.run([binary, "audit", str(pdf), "--json", str(out), "-q"], capture_output=True, text=True)
            if run.returncode not in (0, 1) or not out.exists():
                print(f"FAIL audit {pdf.name}: exit {run.returncode}: {run.stderr.strip()}")
                failed += 1
                continue
            report = json.loads(out.read_text())
            errors = [e.message for e in fvalidator.iter_errors(report)]
            if (run.returncode == 1) != (report["summary"]["error"] > 0):
                errors.append("exit code does not match the error count")
            if errors:
                failed += 1
                print(f"FAIL audit {pdf.name}: {errors[:3]}")
            else:
                passed += 1
                print(f"ok   audit {pdf.name}: {len(report['findings'])} findings valid")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or passed < 4 else 0


if __name__ == "__main__":
    sys.exit(main())
