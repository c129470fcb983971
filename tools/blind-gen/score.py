#!/usr/bin/env python3
"""Score lkj-audit on the blind documents against their answer keys.

    python3 tools/blind-gen/score.py BINARY [--dir fixtures/blind] [--json OUT]

Runs `BINARY audit DOC.pdf --json OUT` on every fixtures/blind/*.pdf that has a
KEY-<doc>.json.  An injected inconsistency is FOUND when a finding of severity
error or warning has, among its evidence cells, the wrong figure on its page
(text compared without whitespace, an 'Rp' prefix, a ',-' or '%' suffix; the
figure may stand inside a longer evidence text); when the wrong text is printed
more than once in the document (key: unique false, e.g. a 'Tercapai' label), the
finding must also cite one of the figures it contradicts.  An error (warning) whose
evidence holds no injected figure is a FALSE error (warning); findings that
touch a trap figure are marked as such.  A true finding whose suspect cell is
not the injected figure (it blames a correct cell next to it) is listed as
'TRUE BUT BLAMES ANOTHER CELL' for a reader to judge; it still counts as found.
The clean twin of each document (fixtures/blind/clean/, no injection) is audited
too: every error and warning there is false ('clean e/w').
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile


def norm(s):
    s = re.sub(r'\s+', '', s or '').lower()
    s = re.sub(r'^rp\.?', '', s)
    t = re.sub(r'(,-|\.-|%)$', '', s)
    return t or s


def contains(hay, needle):
    """needle as a whole figure inside hay (both normalised)."""
    if not needle or not hay:
        return False
    if hay == needle:
        return True
    return re.search(r'(?<![0-9a-z])' + re.escape(needle) + r'(?![0-9]|[.,][0-9])', hay) is not None


def cell_hits(e, fig):
    n = norm(fig['text'])
    t = norm(e.get('text', ''))
    return e.get('page') == fig['page'] and (contains(t, n) or contains(n, t))


def hits(finding, fig, suspect_only=False):
    return any(cell_hits(e, fig) for e in finding['evidence'] if e.get('suspect') or not suspect_only)


def finds(finding, inj, suspect_only=False):
    """The finding cites the injected figure; when that text is printed more than once
    (a 'Tercapai' label, a year), it must also cite one of the figures it contradicts."""
    if not hits(finding, dict(text=inj['wrong'], page=inj['page']), suspect_only):
        return False
    if inj.get('unique', True) or not inj['contradicts']:
        return True
    return any(hits(finding, c) for c in inj['contradicts'])


def describe(f):
    ev = '; '.join('p%s "%s"%s' % (e.get('page'), e.get('text', ''), '*' if e.get('suspect') else '')
                   for e in f['evidence'][:6])
    return '[%s] %s: %s | %s' % (f['severity'], f['rule'], f.get('message_en') or f['message'], ev)


def audit(binary, pdf):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'f.json')
        p = subprocess.run([binary, 'audit', pdf, '--json', out], capture_output=True, text=True)
        if not os.path.exists(out):
            raise SystemExit('%s: audit failed (rc %d): %s' % (pdf, p.returncode, p.stderr.strip()))
        return json.load(open(out, encoding='utf-8'))


def score(binary, key_path, pdf):
    key = json.load(open(key_path, encoding='utf-8'))
    rep = audit(binary, pdf)
    fs = [f for f in rep['findings'] if f['severity'] in ('error', 'warning')]
    res = dict(doc=key['document'], errors=0, true_errors=0, false_errors=[], warnings=0, true_warnings=0,
               false_warnings=[], found=[], missed=[], injected=len(key['injected']), blames_other=[])
    for f in fs:
        sev = f['severity']
        res['errors' if sev == 'error' else 'warnings'] += 1
        inj = [i['id'] for i in key['injected'] if finds(f, i)]
        if inj:
            res['true_errors' if sev == 'error' else 'true_warnings'] += 1
            if not any(finds(f, i, True) for i in key['injected']):
                res['blames_other'].append(dict(ids=inj, finding=describe(f)))
            continue
        traps = [t['id'] for t in key['traps'] if any(hits(f, x) for x in t['figures'])]
        res['false_errors' if sev == 'error' else 'false_warnings'].append(dict(finding=describe(f), traps=traps))
    for i in key['injected']:
        by = [f for f in fs if finds(f, i)]
        if by:
            res['found'].append(dict(id=i['id'], by=sorted({'%s/%s' % (f['severity'], f['rule']) for f in by})))
        else:
            res['missed'].append(i)
    return res


def clean_findings(binary, pdf, key):
    """Findings on the clean twin (all false), with the traps whose figures they cite.

    The clean twin has the same pages as the document unless an injection changed
    the layout, so trap figures are matched by page and text as on the document."""
    rep = audit(binary, pdf)
    out = []
    for f in rep['findings']:
        if f['severity'] in ('error', 'warning'):
            traps = [t['id'] for t in key['traps'] if any(hits(f, x) for x in t['figures'])]
            out.append(describe(f) + (' (trap %s)' % ','.join(traps) if traps else ''))
    return out, sum(1 for f in rep['findings'] if f['severity'] == 'error')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('binary')
    ap.add_argument('--dir', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'fixtures', 'blind'))
    ap.add_argument('--json')
    ap.add_argument('--quiet', action='store_true', help='only the table')
    a = ap.parse_args()
    results = []
    for kp in sorted(glob.glob(os.path.join(a.dir, 'KEY-*.json'))):
        pdf = os.path.join(a.dir, os.path.basename(kp)[4:-5] + '.pdf')
        if os.path.exists(pdf):
            r = score(a.binary, kp, pdf)
            cpdf = os.path.join(a.dir, 'clean', os.path.basename(pdf))
            r['clean'], r['clean_errors'] = clean_findings(a.binary, cpdf, json.load(open(kp, encoding='utf-8'))) if os.path.exists(cpdf) else (None, None)
            results.append(r)
    fmt = '%-44s %6s %6s %6s %6s %6s %9s %12s'
    print(fmt % ('document', 'errors', 'true', 'false', 'warn', 'false', 'found', 'clean e/w'))
    tot = dict(errors=0, true_errors=0, fe=0, warnings=0, fw=0, found=0, injected=0, ce=0, cw=0)
    for r in results:
        cl = '-' if r['clean'] is None else '%d/%d' % (r['clean_errors'], len(r['clean']) - r['clean_errors'])
        print(fmt % (r['doc'][:44], r['errors'], r['true_errors'], len(r['false_errors']), r['warnings'],
                     len(r['false_warnings']), '%d/%d' % (len(r['found']), r['injected']), cl))
        tot['ce'] += r['clean_errors'] or 0
        tot['cw'] += len(r['clean'] or []) - (r['clean_errors'] or 0)
        for k, v in (('errors', r['errors']), ('true_errors', r['true_errors']), ('fe', len(r['false_errors'])),
                     ('warnings', r['warnings']), ('fw', len(r['false_warnings'])), ('found', len(r['found'])),
                     ('injected', r['injected'])):
            tot[k] += v
    print(fmt % ('TOTAL', tot['errors'], tot['true_errors'], tot['fe'], tot['warnings'], tot['fw'],
                 '%d/%d' % (tot['found'], tot['injected']), '%d/%d' % (tot['ce'], tot['cw'])))
    if tot['injected']:
        print('recall %.1f%%; errors that are false: %d of %d' % (
            100.0 * tot['found'] / tot['injected'], tot['fe'], tot['errors']))
    if not a.quiet:
        for r in results:
            print('\n== %s' % r['doc'])
            for x in r['false_errors']:
                print('  FALSE ERROR%s %s' % (' (trap %s)' % ','.join(x['traps']) if x['traps'] else '', x['finding']))
            for x in r['false_warnings']:
                print('  FALSE WARNING%s %s' % (' (trap %s)' % ','.join(x['traps']) if x['traps'] else '', x['finding']))
            for i in r['missed']:
                print('  MISSED %s %s p%s "%s" (should be %s): %s' % (i['id'], i['kind'], i['page'], i['wrong'],
                                                                    i['should_be'], i['note']))
            for x in r['clean'] or []:
                print('  ON CLEAN TWIN %s' % x)
            for x in r['blames_other']:
                print('  TRUE BUT BLAMES ANOTHER CELL (%s) %s' % (','.join(x['ids']), x['finding']))
            for x in r['found']:
                print('  found %s by %s' % (x['id'], ', '.join(x['by'])))
    if a.json:
        with open(a.json, 'w', encoding='utf-8') as f:
            json.dump(results, f, ensure_ascii=False, indent=1, default=str)
    return 0


if __name__ == '__main__':
    sys.exit(main())
