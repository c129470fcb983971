"""Model, number printing, injection sites and answer-key location for blind LKj documents.

Every printed figure that a reviewer could check goes through Doc.fig(site, text):
the site id names it, the text is the CORRECT figure computed from the model, and
an injection registered for that site replaces it by the wrong print.  After the
PDF is rendered, each site is located on its page (first page at or after the
heading/caption that precedes it where the printed text occurs as a whole figure).
"""
import json
import re
import subprocess
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

from fodt import Writer, Table


# ---------------------------------------------------------------- numbers
def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def group(ip, sep):
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sep.join(out)


def num(v, dec=0, fmt='id', trunc=False):
    q = D(v).quantize(Decimal(1).scaleb(-dec), ROUND_DOWN if trunc else ROUND_HALF_UP)
    sign = '-' if q < 0 else ''
    s = '%s' % abs(q)
    ip, _, fp = s.partition('.')
    th, dp = ('.', ',') if fmt == 'id' else (',', '.')
    return sign + group(ip, th) + (dp + fp if dec else '')


def pct(a, b):
    """a / b x 100 as an exact Decimal."""
    return D(a) * 100 / D(b)


def mean(xs):
    xs = [D(x) for x in xs]
    return sum(xs) / len(xs)


def typo(text, pos, digit):
    """Replace the pos-th digit (0-based, from the left) of text by digit."""
    k = -1
    for i, ch in enumerate(text):
        if ch.isdigit():
            k += 1
            if k == pos:
                assert ch != str(digit), (text, pos, digit)
                return text[:i] + str(digit) + text[i + 1:]
    raise ValueError('no digit %d in %r' % (pos, text))


def swap(text, pos):
    """Swap the pos-th and (pos+1)-th digits."""
    idx = [i for i, ch in enumerate(text) if ch.isdigit()]
    i, j = idx[pos], idx[pos + 1]
    assert text[i] != text[j]
    s = list(text)
    s[i], s[j] = s[j], s[i]
    return ''.join(s)


# ---------------------------------------------------------------- budget tree
class Node:
    def __init__(self, code, name, budget=0, real=0, children=None):
        self.code, self.name = code, name
        self.children = children or []
        self._b, self._r = budget, real

    @property
    def budget(self):
        return sum(c.budget for c in self.children) if self.children else self._b

    @property
    def real(self):
        return sum(c.real for c in self.children) if self.children else self._r

    def walk(self, level=0):
        yield self, level
        for c in self.children:
            yield from c.walk(level + 1)


def tree(rng, spec, lo, hi, unit=1000, rmin=0.80, rmax=0.995, cents=False):
    """spec: [(code, name, children-spec or None)]; leaves get budgets in [lo, hi] x unit."""
    out = []
    for code, name, kids in spec:
        if kids:
            out.append(Node(code, name, children=tree(rng, kids, lo, hi, unit, rmin, rmax, cents)))
        else:
            b = rng.randrange(lo, hi) * unit
            r = int(b * rng.uniform(rmin, rmax))
            if not cents:
                r = r // 50 * 50
            out.append(Node(code, name, b, r))
    return out


# ---------------------------------------------------------------- document
class Doc:
    CLEAN = False     # build the clean twin: no injection registered

    def __init__(self, name, style, title, office, year):
        self.name, self.office, self.year = name, office, year
        self.w = Writer(style, title)
        self.sites = {}
        self.anchors = []
        self.inj = {}
        self.injections = []
        self.traps = []
        self.pending = []         # sites printed since the last emitted block
        self.toc_entries = []
        self.toc_pages = None

    # injections and traps ------------------------------------------------
    def inject(self, iid, kind, site, wrong, contradicts, note):
        if Doc.CLEAN:
            return
        self.injections.append(dict(id=iid, kind=kind, site=site, wrong=wrong, contradicts=contradicts, note=note))
        self.inj[site] = self.injections[-1]

    def trap(self, tid, kind, sites, note):
        self.traps.append(dict(id=tid, kind=kind, sites=sites, note=note))

    def fig(self, site, text):
        assert site not in self.sites, 'site printed twice: ' + site
        printed = text
        if site in self.inj:
            w = self.inj[site]['wrong']
            printed = w(text) if callable(w) else w
            assert printed != text, site
        self.sites[site] = dict(correct=text, printed=printed, anchor=len(self.anchors) - 1)
        self.pending.append(site)
        return printed

    # content ------------------------------------------------------------
    def _anchor(self, text):
        self.anchors.append(text)

    def heading(self, level, text):
        self.pending = []
        self.w.heading(level, text)
        self._anchor(text.upper() if level == 1 and self.w.st.heading_upper else text)

    def para(self, text, **kw):
        self.pending = []
        self.w.para(text, **kw)

    def item(self, label, text, level=1):
        self.w.item(label, text, level)

    def table(self, t):
        if t.caption:
            self._anchor(t.caption[0])
            for s in self.pending:      # the table's own figures: locate them from its caption on
                self.sites[s]['anchor'] = len(self.anchors) - 1
        self.pending = []
        self.w.table(t)

    def page(self, master=None):
        self.w.page(master)

    def toc(self, entries):
        """Daftar Isi: entries (text, anchor text, level).  The page numbers come from a
        first render (make_blind renders twice); before that they print as '00'."""
        self.toc_entries = [a for _, a, _ in entries]
        for i, (text, anchor, level) in enumerate(entries):
            page = (self.toc_pages or {}).get(anchor)
            self.w.toc_line(text, self.fig('toc.%d' % i, str(page) if page else '00'), level)
        self.pending = []

    def anchor_pages(self):
        """Physical page (1-based) of each anchor, after locate()."""
        return {a: p + 1 for a, p in zip(self.anchors, self.apage)}

    # key ------------------------------------------------------------------
    def locate(self, pdf):
        txt = subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True, check=True).stdout
        pages = [' '.join(p.split()) for p in txt.split('\f')]
        if pages and not pages[-1]:
            pages.pop()
        self.pages_text = pages
        apage, cur = [], 0
        for a in self.anchors:
            key = ' '.join(a.replace('**', '').replace('*', '').split())[:40]
            p = next((i for i in range(cur, len(pages)) if key in pages[i]), None)
            if p is None:
                raise SystemExit('%s: anchor not found: %r' % (self.name, key))
            apage.append(p)
            cur = p
        self.apage = apage
        for sid, s in self.sites.items():
            start = apage[s['anchor']] if s['anchor'] >= 0 else 0
            hits = [i for i in range(start, len(pages)) if find(pages[i], s['printed'])]
            s['page'] = hits[0] + 1 if hits else None
            s['table'] = self.anchors[s['anchor']] if s['anchor'] >= 0 else None
        return pages

    def occurrences(self, text):
        return sum(count(p, text) for p in self.pages_text)

    def key(self):
        problems = ['%s: figure %s %r not found in the PDF text (broken by wrapping?)' % (self.name, k, s['printed'])
                    for k, s in self.sites.items() if s['page'] is None]
        inj = []
        for i in self.injections:
            s = self.sites.get(i['site'])
            if s is None:
                raise SystemExit('%s: injection %s: site %s never printed' % (self.name, i['id'], i['site']))
            n = self.occurrences(s['printed'])
            if s['page'] is None or (n != 1 and i['kind'] not in ('label_status', 'stale_year', 'trend_label',
                                                                    'toc_page', 'unit_index_percent',
                                                                    'duplicate_table_number')):
                problems.append('%s %s: wrong figure %r found %d times' % (self.name, i['id'], s['printed'], n))
            inj.append(dict(
                id=i['id'], kind=i['kind'], page=s['page'], where=s['table'], wrong=s['printed'],
                unique=n == 1, should_be=s['correct'],
                contradicts=[dict(text=self.sites[c]['printed'], page=self.sites[c]['page'],
                                  where=self.sites[c]['table']) for c in i['contradicts']],
                note=i['note']))
        traps = []
        for t in self.traps:
            traps.append(dict(id=t['id'], kind=t['kind'], note=t['note'],
                              figures=[dict(text=self.sites[c]['printed'], page=self.sites[c]['page'],
                                            where=self.sites[c]['table']) for c in t['sites']]))
        for t in traps:
            for f in t['figures']:
                if f['page'] is None:
                    problems.append('%s trap %s: %r not located' % (self.name, t['id'], f['text']))
        return dict(document=self.name + '.pdf', office=self.office, year=self.year,
                    pages=len(self.pages_text), injected=inj, traps=traps), problems


def fig_re(text):
    t = re.escape(' '.join(text.split()))
    return re.compile(r'(?<![0-9A-Za-z])' + t + r'(?![0-9]|[.,][0-9])')


def find(page, text):
    return fig_re(text).search(page) is not None


def count(page, text):
    return len(fig_re(text).findall(page))
