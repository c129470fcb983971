#!/usr/bin/env python3
"""Make single-figure mutations of the corrected reference LKj and render them.

    make_mutations.py [--src SRC] [--out-dir DIR] [-n N] [--seed S]
                      [--checker PY | --no-check] [--no-pdf] [--keep-sources]

Each variant is the corrected source with exactly ONE printed figure changed:

  digit  one digit replaced by another       6.258.022.650 -> 6.258.022.850
  swap   two adjacent (different) digits swapped      94,41 -> 94,14
  scale  the value changed by 1-10 % and re-printed in the same format and
         decimals (money keeps its trailing zeros)    13.356.250 -> 12.734.250

Candidates are figures a reviewer can check: numeric cells of the tables
(budget amounts, realisasi, percentages, targets, staff counts; not row or
column numbering, not the IKM interval scale, the Semester II table or
Lampiran V) and, in the body text, Rp amounts and percentages.  Years, page
numbers, table-of-contents entries, NIP/phone/regulation numbers, list labels
and chart labels are never touched.  The kinds are dealt out evenly, the
figures are drawn with a fixed seed (about 1/3 from the body text, at most 4
per table or section).  Unless --no-check, a variant is kept only if the
relation checker (fixtures/reference/corrected/check_relations.py, which
reports 0 issues on the corrected source) reports at least one issue on it, so
every kept mutation breaks a relation a reviewer checks (a sum, a ratio, an
average, a cross-reference, a stated claim).  A variant whose render gives a
layout warning is dropped too.

Each kept variant is rendered with make_reference.py into DIR as mNN.pdf (the
.fodt and .truth.json of the variants are deleted); DIR/manifest.json lists
{id, pdf, kind, original, mutated, occurrence, context, section, line,
checker_issues}.  `occurrence` is k such that the mutation is the k-th
occurrence (1-based) of `original` in the corrected source, counting only
whole figures (not preceded or followed by a digit, nor by a separator and a
digit): replacing that occurrence alone reproduces the variant.

Python 3 standard library only; rendering needs what make_reference.py needs.
Deterministic: same source + seed + n -> same manifest and (with the same
LibreOffice) the same PDFs.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, HERE)
import make_reference as mr  # noqa: E402

DEFAULT_SRC = os.path.join(ROOT, 'fixtures', 'reference', 'corrected',
                           'lkj-2024-disdukcapil-belitung-corrected.src.txt')
DEFAULT_OUT = os.path.join(ROOT, 'fixtures', 'reference', 'mutations')
DEFAULT_CHECKER = os.path.join(ROOT, 'fixtures', 'reference', 'corrected', 'check_relations.py')

# tables whose figures are not candidates
SKIP_TABLES = {'T3.2.1.2', 'SEM', 'L5'}
# numbering columns (0-based) per table id; column 0 is numbering/label everywhere
NUMBERING_COLS = {'L1': {0, 2}, 'L2': {0, 2}, 'L4': {0, 2}, 'L3': {0, 3}}
EN_TABLES = {'L1', 'L2', 'L3', 'L4'}
UNNAMED = {'BOP': 'Belanja Operasi table (unnumbered)', 'BMOD': 'Belanja Modal table (unnumbered)'}

CELL_RE = re.compile(r'^(Rp\.?\s*)?(\d[\d.,]*\d|\d)(,-)?(\s?%)?$')
NARR_PCT_RE = re.compile(r'(?<![\d.,])(\d{1,3}(?:,\d{1,2})?)(?=\s?%)')
NARR_RP_RE = re.compile(r'Rp\.?\s?(\d{1,3}(?:\.\d{3})+(?:,\d{2})?)')


# ---------------------------------------------------------------------------
# figures: format-aware parsing and printing
# ---------------------------------------------------------------------------
class Fig:
    """A printed figure token (digits with separators), e.g. 6.258.022.650,00."""

    def __init__(self, tok, style, money):
        self.tok, self.style, self.money = tok, style, money
        th, dec = ('.', ',') if style == 'id' else (',', '.')
        if style == 'en' and re.fullmatch(r'\d+,\d{1,2}', tok):
            th, dec = '.', ','      # decimal-comma slip in an English table
        self.th, self.dec = th, dec
        ip, _, dp = tok.partition(dec)
        self.grouped = th in ip
        self.int_digits = ip.replace(th, '')
        self.dec_digits = dp
        self.ok = self.int_digits.isdigit() and (not dp or dp.isdigit()) and \
            (not self.grouped or re.fullmatch(r'\d{1,3}(%s\d{3})+' % re.escape(th), ip))

    @property
    def value(self):
        return float(self.int_digits + ('.' + self.dec_digits if self.dec_digits else ''))

    def render(self, value):
        nd = len(self.dec_digits)
        s = ('%.' + str(nd) + 'f') % value
        ip, _, dp = s.partition('.')
        if self.grouped:
            ip = '{:,}'.format(int(ip)).replace(',', self.th)
        return ip + (self.dec + dp if nd else '')


def mutable_positions(fig):
    """indices in fig.tok of the digits that may change (not the cents of money)."""
    pos = []
    int_end = fig.tok.find(fig.dec) if fig.dec_digits else len(fig.tok)
    for i, ch in enumerate(fig.tok):
        if not ch.isdigit():
            continue
        if i >= int_end and fig.money:
            continue
        pos.append(i)
    return pos


def leading_zero(tok):
    return len(tok) > 1 and tok[0] == '0' and tok[1].isdigit()


def mutate_digit(fig, rng):
    pos = mutable_positions(fig)
    rng.shuffle(pos)
    for i in pos:
        choices = [d for d in '0123456789' if d != fig.tok[i] and not (i == 0 and d == '0')]
        d = rng.choice(choices)
        new = fig.tok[:i] + d + fig.tok[i + 1:]
        if not leading_zero(new):
            return new
    return None


def mutate_swap(fig, rng):
    pos = set(mutable_positions(fig))
    pairs = [i for i in range(len(fig.tok) - 1)
             if i in pos and i + 1 in pos and fig.tok[i] != fig.tok[i + 1]]
    rng.shuffle(pairs)
    for i in pairs:
        new = fig.tok[:i] + fig.tok[i + 1] + fig.tok[i] + fig.tok[i + 2:]
        if not leading_zero(new):
            return new
    return None


def mutate_scale(fig, rng):
    v = fig.value
    if v == 0:
        return None
    tz = 0
    if fig.money or not fig.dec_digits:
        ip = fig.int_digits
        tz = min(len(ip) - len(ip.rstrip('0')), 3, max(len(ip) - 2, 0))
    for _ in range(40):
        f = rng.uniform(0.01, 0.10) * rng.choice((-1, 1))
        nv = v * (1 + f)
        if tz:
            nv = round(nv / 10 ** tz) * 10 ** tz
        new = fig.render(nv)
        if new == fig.tok or leading_zero(new):
            continue
        ch = abs(Fig(new, fig.style, fig.money).value / v - 1)
        if 0.0095 <= ch <= 0.105:
            return new
    return None


MUTATORS = {'digit': mutate_digit, 'swap': mutate_swap, 'scale': mutate_scale}


# ---------------------------------------------------------------------------
# candidates
# ---------------------------------------------------------------------------
def line_offsets(text):
    offs, pos = [], 0
    for line in text.split('\n'):
        offs.append(pos)
        pos += len(line) + 1
    return offs


def table_blocks(text):
    """[(table, first_line_index_of_rows)] using the make_reference parser,
    matched to source lines by the block's opening line number."""
    _, blocks = mr.parse_source(text)
    return [b[1] for b in blocks if b[0] == 'table']


def header_names(t):
    heads = []
    for c in range(t.n_cols):
        parts = []
        for r in range(t.header_rows):
            cc, rr = c, r
            v = t.grid[rr][cc]
            while v in ('<', '^'):
                if v == '<':
                    cc -= 1
                else:
                    rr -= 1
                v = t.grid[rr][cc]
            v = mr.plain(v)
            if v and not re.fullmatch(r'\(?\d+\)?', v) and v not in parts:
                parts.append(v)
        heads.append(' / '.join(parts))
    return heads


def row_label(t, r):
    row = t.grid[r]
    num, name = '', ''
    for c, v in enumerate(row):
        rr = r
        while v == '^' and rr > 0:
            rr -= 1
            v = t.grid[rr][c]
        v = mr.plain(v) if v not in ('<', '^') else ''
        if not num and c == 0 and v and not re.search(r'[A-Za-z]{3}', v):
            num = v
            continue
        if re.search(r'[A-Za-z]{3}', v):
            name = v
            break
    lab = (num + ' ' + name).strip()
    return lab[:60] + ('...' if len(lab) > 60 else '')


def candidates(text):
    lines = text.split('\n')
    offs = line_offsets(text)
    cands = []
    # --- tables: find each table block's row lines in the source
    tables = table_blocks(text)
    ti = 0
    i = 0
    heading = ''
    in_block = None
    while i < len(lines):
        line = lines[i]
        if in_block is None and line.startswith(':::') and line[3:].strip():
            name = line[3:].strip().split()[0]
            in_block = name
            if name == 'table':
                t = tables[ti]
                ti += 1
                body_start = i + 1
                j = body_start
                while lines[j] != ':::':
                    j += 1
                blk = lines[body_start:j]
                k = blk.index('---') + 1 if '---' in blk else 0
                rows = [(body_start + k + n, l) for n, l in enumerate(blk[k:]) if l.strip()]
                if t.id not in SKIP_TABLES:
                    heads = header_names(t)
                    label = t.label or UNNAMED.get(t.id, 'unnumbered table %s' % t.id)
                    numcols = NUMBERING_COLS.get(t.id, {0})
                    style = 'en' if t.id in EN_TABLES else 'id'
                    for r, (li, l) in enumerate(rows):
                        if r < t.header_rows:
                            continue
                        pos = 0
                        for c, cell in enumerate(l.split('\t')):
                            start = pos
                            pos += len(cell) + 1
                            if c in numcols:
                                continue
                            m = CELL_RE.match(cell.strip())
                            if not m:
                                continue
                            tok = m.group(2)
                            s = offs[li] + start + cell.index(tok)
                            money = bool(m.group(1) or m.group(3)) or (
                                '.' in tok if style == 'id' else ',' in tok) and len(tok) >= 7
                            fig = Fig(tok, style, money)
                            if not fig.ok:
                                continue
                            cands.append(dict(start=s, end=s + len(tok), tok=tok, fig=fig, line=li + 1,
                                              where='table', group=label,
                                              section='%s, row "%s", column "%s"'
                                              % (label, row_label(t, r), heads[c])))
                i = j + 1
                in_block = None
                continue
            i += 1
            continue
        if in_block is not None:
            if line.rstrip() == ':::':
                in_block = None
            i += 1
            continue
        st = line.lstrip()
        if not st or st.startswith('%%') or st.startswith('@'):
            i += 1
            continue
        if st.startswith('#'):
            heading = mr.plain(st.lstrip('#').strip())
            i += 1
            continue
        # body text
        sec = 'text, %s' % heading[:70]
        mm = re.search(r'\*\*(Sasaran (?:Kegiatan|Program) \d)\*\*|\*\*(sasaran program)\*\* Penunjang', line)
        if mm:
            sec += ' / ' + (mm.group(1) or 'sasaran program Penunjang')
        for rx, money in ((NARR_RP_RE, True), (NARR_PCT_RE, False)):
            for m in rx.finditer(line):
                tok = m.group(1)
                s = offs[i] + m.start(1)
                fig = Fig(tok, 'id', money)
                if fig.ok:
                    cands.append(dict(start=s, end=s + len(tok), tok=tok, fig=fig, line=i + 1,
                                      where='text', group=sec, section=sec))
        i += 1
    return cands


BOUND_L = r'(?<!\d)(?<!\d[.,])'
BOUND_R = r'(?!\d)(?![.,]\d)'


def occurrence(text, tok, start):
    ms = [m.start() for m in re.finditer(BOUND_L + re.escape(tok) + BOUND_R, text)]
    return ms.index(start) + 1


def replace_kth(text, tok, k, new):
    ms = list(re.finditer(BOUND_L + re.escape(tok) + BOUND_R, text))
    m = ms[k - 1]
    return text[:m.start()] + new + text[m.end():]


def context(text, s, e, width=30):
    a, b = max(0, s - width), min(len(text), e + width)
    return text[a:b]


# ---------------------------------------------------------------------------
def run_checker(checker, path):
    p = subprocess.run([sys.executable, checker, path], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        return None
    return [l[6:] for l in p.stdout.splitlines() if l.startswith('ISSUE ')]


def render(src, out_dir, name, no_pdf=False):
    cmd = [sys.executable, os.path.join(HERE, 'make_reference.py'), '--src', src,
           '--out-dir', out_dir, '--name', name]
    if no_pdf:
        cmd.append('--no-pdf')
    p = subprocess.run(cmd, capture_output=True, text=True)
    warn = [l for l in p.stderr.splitlines() if l.startswith('warning') or 'error' in l.lower()]
    return p.returncode == 0 and not warn, warn


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--src', default=DEFAULT_SRC)
    ap.add_argument('--out-dir', default=DEFAULT_OUT)
    ap.add_argument('-n', type=int, default=40, help='number of variants (default 40)')
    ap.add_argument('--seed', type=int, default=20240214)
    ap.add_argument('--checker', default=DEFAULT_CHECKER)
    ap.add_argument('--no-check', action='store_true', help='keep variants without running the checker')
    ap.add_argument('--no-pdf', action='store_true', help='do not render (manifest only)')
    ap.add_argument('--keep-sources', action='store_true', help='also keep mNN.src.txt')
    ap.add_argument('--text-share', type=float, default=0.35, help='share of body-text figures')
    ap.add_argument('--per-group', type=int, default=4, help='max variants per table/section')
    args = ap.parse_args(argv)

    text = open(args.src, encoding='utf-8').read()
    cands = candidates(text)
    by_where = {'table': [c for c in cands if c['where'] == 'table'],
                'text': [c for c in cands if c['where'] == 'text']}
    print('%d candidate figures (%d in tables, %d in the text)'
          % (len(cands), len(by_where['table']), len(by_where['text'])))
    if not args.no_check:
        base = run_checker(args.checker, args.src)
        if base is None or base:
            raise SystemExit('the checker must report 0 issues on the source (got %r)' % (base,))

    rng = random.Random(args.seed)
    kinds = (['digit', 'swap', 'scale'] * (args.n // 3 + 1))[:args.n]
    rng.shuffle(kinds)
    for key, w in by_where.items():
        rng.shuffle(w)
        # the appendices print 100 and one-digit output counts very often: thin them out
        # so that they do not crowd out amounts and other percentages
        by_where[key] = [c for c in w if not (
            (c['fig'].value == 100 and rng.random() > 0.2) or
            (c['fig'].value < 10 and not c['group'].startswith('Tabel 1.') and rng.random() > 0.35))]

    os.makedirs(args.out_dir, exist_ok=True)
    for f in os.listdir(args.out_dir):
        if re.fullmatch(r'm\d+\.(pdf|fodt|truth\.json|src\.txt)|manifest\.json', f):
            os.remove(os.path.join(args.out_dir, f))
    work = tempfile.mkdtemp(prefix='lkj-mut-')
    used, per_group, manifest = set(), {}, []
    try:
        for slot, kind in enumerate(kinds):
            vid = 'm%02d' % (len(manifest) + 1)
            where = 'text' if rng.random() < args.text_share else 'table'
            done = False
            for attempt_where in (where, 'table' if where == 'text' else 'text'):
                pool = by_where[attempt_where]
                for c in pool:
                    if (c['start'] in used or per_group.get(c['group'], 0) >= args.per_group):
                        continue
                    new = MUTATORS[kind](c['fig'], rng)
                    if new is None:
                        continue
                    used.add(c['start'])       # tried: never again
                    mutated = text[:c['start']] + new + text[c['end']:]
                    k = occurrence(text, c['tok'], c['start'])
                    assert replace_kth(text, c['tok'], k, new) == mutated
                    src = os.path.join(work, vid + '.src.txt')
                    with open(src, 'w', encoding='utf-8') as f:
                        f.write(mutated)
                    issues = [] if args.no_check else run_checker(args.checker, src)
                    if not args.no_check and not issues:
                        continue
                    ok, warn = render(src, work, vid, no_pdf=True)
                    if not ok:
                        continue
                    if not args.no_pdf:
                        ok, warn = render(src, args.out_dir, vid)
                        for ext in ('.fodt', '.truth.json'):
                            p = os.path.join(args.out_dir, vid + ext)
                            if os.path.exists(p):
                                os.remove(p)
                        if not ok:
                            os.remove(os.path.join(args.out_dir, vid + '.pdf'))
                            print('  %s: render warning, dropped: %s' % (vid, warn[:1]))
                            continue
                    if args.keep_sources:
                        shutil.copy(src, os.path.join(args.out_dir, vid + '.src.txt'))
                    per_group[c['group']] = per_group.get(c['group'], 0) + 1
                    entry = dict(id=vid, pdf=vid + '.pdf', kind=kind, original=c['tok'], mutated=new,
                                 occurrence=k, context=context(text, c['start'], c['end']),
                                 section=c['section'], line=c['line'])
                    if not args.no_check:
                        entry['checker_issues'] = issues[:4]
                    manifest.append(entry)
                    print('  %s %-5s %-18s -> %-18s %s' % (vid, kind, c['tok'], new, c['section'][:70]))
                    done = True
                    break
                if done:
                    break
            if not done:
                print('  slot %d (%s): no candidate left' % (slot + 1, kind))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with open(os.path.join(args.out_dir, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write('\n')
    counts = {}
    for e in manifest:
        counts[e['kind']] = counts.get(e['kind'], 0) + 1
    print('%d variants %s -> %s' % (len(manifest), counts, args.out_dir))


if __name__ == '__main__':
    main()
