"""The identity of a finding for hand labels: document, rule, and the suspect
figure (its page and its text as printed, whitespace collapsed).

Messages and evidence lists change as the audit improves; the figure a finding
blames does not, so a label made today still recognises the same finding later.
"""
import re


def suspect_of(finding):
    """(page, text) of the figure the finding blames; its first evidence when
    none is marked suspect."""
    ev = finding.get("evidence") or []
    blamed = [e for e in ev if e.get("suspect")] or ev
    if not blamed:
        return (0, "")
    e = blamed[0]
    return (int(e.get("page", 0)), norm(e.get("text", "")))


def norm(text):
    return re.sub(r"\s+", " ", text or "").strip()


def key(doc, finding):
    page, text = suspect_of(finding)
    return (doc, finding["rule"], page, text)


def label_key(label):
    return (label["doc"], label["rule"], int(label["page"]), norm(label["suspect"]))
