#!/usr/bin/env python3
"""Build the blind LKj documents and their answer keys.

    python3 tools/blind-gen/make_blind.py [--out fixtures/blind] [--only NAME] [--keep-fodt]

Each document module builds its figures from a model, registers the injected
inconsistencies and the traps, and prints through Doc.fig; this script renders
the Flat ODT with LibreOffice, locates every injected and cited figure in the
PDF text, checks that each wrong figure is printed exactly once, and writes
KEY-<doc>.json; then the same documents without any injection (the clean twins,
OUT/clean/<doc>.pdf), on which every error is a false one.  Deterministic: same PDF bytes with the same LibreOffice.
"""
import argparse
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fodt  # noqa: E402
import doc_pendidikan  # noqa: E402

MODULES = [doc_pendidikan]
for extra in ('doc_rsud', 'doc_bappeda', 'doc_kecamatan', 'doc_dinkes'):
    try:
        MODULES.append(__import__(extra))
    except ImportError:
        pass


def render(doc, dst, keep_dir=None):
    tmp = tempfile.mkdtemp(prefix='blind-')
    fp = os.path.join(tmp, doc.name + '.fodt')
    with open(fp, 'w', encoding='utf-8') as f:
        f.write(doc.w.document())
    os.replace(fodt.to_pdf(fp, tmp), dst)
    if keep_dir:
        os.replace(fp, os.path.join(keep_dir, doc.name + '.fodt'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='fixtures/blind')
    ap.add_argument('--only')
    ap.add_argument('--keep-fodt', action='store_true')
    ap.add_argument('--no-clean', action='store_true', help='skip the clean twins (OUT/clean/*.pdf)')
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    bad = []
    for m in MODULES:
        doc = m.build()
        if a.only and a.only not in doc.name:
            continue
        dst = os.path.join(a.out, doc.name + '.pdf')
        render(doc, dst, a.keep_fodt and a.out)
        doc.locate(dst)
        if doc.toc_entries:
            # second pass: the contents list gets the pages the first pass found
            pages = doc.anchor_pages()
            doc = m.build(toc={k: pages[k] for k in doc.toc_entries})
            render(doc, dst, a.keep_fodt and a.out)
            doc.locate(dst)
            moved = [k for k in doc.toc_entries if doc.anchor_pages()[k] != pages[k]]
            if moved:
                bad.append('%s: contents entries moved in the second pass: %s' % (doc.name, moved))
        key, problems = doc.key()
        bad += problems
        with open(os.path.join(a.out, 'KEY-%s.json' % doc.name), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('%s: %d pages, %d injected, %d traps, %d KB' % (
            doc.name, key['pages'], len(key['injected']), len(key['traps']), os.path.getsize(dst) // 1024))
    if not a.no_clean:
        # the same documents with no injection: every error the audit gives there is false
        import lkjlib
        lkjlib.Doc.CLEAN = True
        cdir = os.path.join(a.out, 'clean')
        os.makedirs(cdir, exist_ok=True)
        for m in MODULES:
            doc = m.build()
            if a.only and a.only not in doc.name:
                continue
            dst = os.path.join(cdir, doc.name + '.pdf')
            render(doc, dst)
            if doc.toc_entries:
                doc.locate(dst)
                pages = doc.anchor_pages()
                doc = m.build(toc={k: pages[k] for k in doc.toc_entries})
                render(doc, dst)
            print('clean/%s.pdf' % doc.name)
    for p in bad:
        print('PROBLEM: ' + p, file=sys.stderr)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
