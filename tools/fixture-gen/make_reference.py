#!/usr/bin/env python3
"""Render an LKj fixture source (.src.txt) to Flat ODT, PDF and truth JSON.

    make_reference.py --src SRC --out-dir DIR [--name BASENAME] [--no-pdf]

Writes DIR/BASENAME.fodt, DIR/BASENAME.pdf (LibreOffice headless) and
DIR/BASENAME.truth.json.  The truth JSON is built from the same parsed table
model that is written into the .fodt; the PDF is only used (via pdftotext) to
find on which pages each table ended up.

Python 3 standard library only.  Needs `soffice` (Debian: libreoffice-writer-nogui,
fonts-liberation) and `pdftotext` (poppler-utils) for the PDF and page numbers.
The source markup is described in README.md next to this script.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape as _esc

# ----------------------------------------------------------------------------
# Page geometry (cm)
# ----------------------------------------------------------------------------
A4_W, A4_H = 21.0, 29.7
PORTRAIT = dict(w=A4_W, h=A4_H, ml=3.0, mr=2.5, mt=1.5, mb=1.2)
LANDSCAPE = dict(w=A4_H, h=A4_W, ml=2.0, mr=2.0, mt=1.8, mb=1.4)
TEXT_W = {
    'portrait': PORTRAIT['w'] - PORTRAIT['ml'] - PORTRAIT['mr'],
    'landscape': LANDSCAPE['w'] - LANDSCAPE['ml'] - LANDSCAPE['mr'],
}
MASTERS = {'cover': 'Cover', 'front': 'Front', 'body': 'Body', 'landscape': 'Landscape'}
BODY_FONT = 'Liberation Sans'
BODY_SIZE = 11

PT_PER_CM = 72 / 2.54
SPAN_LEFT = '<'   # cell covered by the cell to its left (column span)
SPAN_UP = '^'     # cell covered by the cell above (row span)


class SourceError(Exception):
    pass


def cm(x):
    return ('%.3f' % x).rstrip('0').rstrip('.') + 'cm'


def esc(s):
    return _esc(s, {'"': '&quot;'})


# ----------------------------------------------------------------------------
# Inline markup: **bold**, *italic*
# ----------------------------------------------------------------------------
INLINE_RE = re.compile(r'\*\*(.+?)\*\*|\*(.+?)\*')


def inline_runs(text):
    """Split text into (kind, str) runs; kind in '', 'b', 'i'."""
    runs, pos = [], 0
    for m in INLINE_RE.finditer(text):
        if m.start() > pos:
            runs.append(('', text[pos:m.start()]))
        if m.group(1) is not None:
            runs.append(('b', m.group(1)))
        else:
            runs.append(('i', m.group(2)))
        pos = m.end()
    if pos < len(text):
        runs.append(('', text[pos:]))
    return runs


def plain(text):
    """Text as printed (markup removed, whitespace collapsed)."""
    t = ''.join(s for _, s in inline_runs(text))
    return re.sub(r'\s+', ' ', t).strip()


def text_xml(s):
    """Escape a run; tabs -> text:tab, runs of spaces -> text:s."""
    out = []
    for part in re.split(r'(\t| {2,})', s):
        if part == '\t':
            out.append('<text:tab/>')
        elif part.startswith('  '):
            out.append(' <text:s text:c="%d"/>' % (len(part) - 1))
        elif part:
            out.append(esc(part))
    return ''.join(out)


def inline_xml(text):
    out = []
    for kind, s in inline_runs(text):
        if kind == 'b':
            out.append('<text:span text:style-name="Tb">%s</text:span>' % text_xml(s))
        elif kind == 'i':
            out.append('<text:span text:style-name="Ti">%s</text:span>' % text_xml(s))
        else:
            out.append(text_xml(s))
    return ''.join(out)


# ----------------------------------------------------------------------------
# Text width estimate (Liberation Sans is metric-compatible with Arial/Helvetica)
# used to warn when a table column is too narrow for a word, or when a cell
# would wrap at a '/' or '-' (the printed lines would then not join back with
# a space to the cell text).
# ----------------------------------------------------------------------------
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_HELV_B = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
           556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
           975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
           667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
           333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
           611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]


def str_width(s, size, bold=False):
    tab = _HELV_B if bold else _HELV
    w = 0
    for ch in s:
        o = ord(ch)
        w += tab[o - 32] if 32 <= o < 127 else 600
    return w * size / 1000.0


def wrap_problems(text, avail, size, bold=False):
    """Simulate greedy line filling; report words wider than `avail` (pt) and
    line breaks that would fall after '/' or '-' instead of at a space."""
    chunks = []          # (text without trailing space, kind of break after it)
    cur = ''
    for i, ch in enumerate(text):
        if ch == ' ':
            if cur:
                chunks.append((cur, ' '))
            cur = ''
            continue
        cur += ch
        nxt = text[i + 1] if i + 1 < len(text) else ''
        if ch in '/-' and (nxt.isalpha() or nxt == '('):
            chunks.append((cur, ch))
            cur = ''
    if cur:
        chunks.append((cur, ''))
    probs = []
    # the estimate is not exact: a problem at any width near the real one counts
    for factor in (0.97, 1.0, 1.02):
        room = avail * factor
        line, prev_kind = '', ''
        for word, kind in chunks:
            if str_width(word, size, bold) > room:
                probs.append('"%s" is (nearly) wider than the column' % word)
            cand = line + word if (not line or prev_kind != ' ') else line + ' ' + word
            if line and str_width(cand, size, bold) > room:
                if prev_kind in ('/', '-'):
                    probs.append('line may break after "%s"' % line.split(' ')[-1])
                line = word
            else:
                line = cand
            prev_kind = kind
    return sorted(set(probs))


def line_count(text, avail, size, bold=False):
    """Estimated number of lines of `text` in a column with `avail` pt of room."""
    n, line = 1, ''
    for word in text.split():
        cand = (line + ' ' + word) if line else word
        if line and str_width(cand, size, bold) > avail:
            n += 1
            line = word
        else:
            line = cand
    return n


# ----------------------------------------------------------------------------
# Source parsing
# ----------------------------------------------------------------------------
def parse_opts(s):
    opts = {}
    for tok in s.split():
        if '=' in tok:
            k, v = tok.split('=', 1)
            opts[k] = v
        else:
            opts[tok] = True
    return opts


LIST_ENUM_RE = re.compile(r'^(\d+(?:\.\d+)*\.|[a-z]\.|[a-z]\)|\d+\))\s+(.*)$')


class Table:
    def __init__(self, opts, caption, rows, lineno):
        self.opts = opts
        self.caption_lines = caption
        self.raw_rows = rows
        self.lineno = lineno
        self.id = opts.get('id', 'line%d' % lineno)
        self.rule = opts.get('rule', 'grid')
        self.header_rows = int(opts.get('header', '1'))
        self.font = float(opts.get('font', '10.5' if self.rule == 'grid' else str(BODY_SIZE)))
        self.build_grid()

    def build_grid(self):
        rows = [r.split('\t') for r in self.raw_rows]
        ncols = max(len(r) for r in rows)
        for r in rows:
            while len(r) < ncols:
                r.append('')
        self.n_rows, self.n_cols = len(rows), ncols
        self.grid = rows
        widths = self.opts.get('widths')
        if widths:
            self.widths = [float(x) for x in widths.split(',')]
            if len(self.widths) != ncols:
                raise SourceError('table %s: %d widths for %d columns'
                                  % (self.id, len(self.widths), ncols))
        else:
            self.widths = [1.0] * ncols
        al = self.opts.get('align', 'l').split(',')
        self.align = [al[i] if i < len(al) else al[-1] for i in range(ncols)]
        # anchors: (r, c) -> [text, rowspan, colspan]
        covered = {}
        anchors = {}
        for r in range(self.n_rows):
            for c in range(ncols):
                v = rows[r][c]
                if v in (SPAN_LEFT, SPAN_UP):
                    if (r, c) not in covered:
                        raise SourceError('table %s: span marker %r at row %d col %d not '
                                          'covered by any cell' % (self.id, v, r, c))
                    continue
                if (r, c) in covered:
                    raise SourceError('table %s: cell row %d col %d is inside a span'
                                      % (self.id, r, c))
                cs = 1
                while c + cs < ncols and rows[r][c + cs] == SPAN_LEFT:
                    cs += 1
                rs = 1
                while r + rs < self.n_rows and rows[r + rs][c] == SPAN_UP:
                    rs += 1
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        if (rr, cc) != (r, c):
                            if rows[rr][cc] not in (SPAN_LEFT, SPAN_UP):
                                raise SourceError('table %s: span of cell (%d,%d) overlaps '
                                                  'text at (%d,%d)' % (self.id, r, c, rr, cc))
                            covered[(rr, cc)] = (r, c)
                anchors[(r, c)] = [v, rs, cs]
        self.anchors = anchors
        self.covered = covered
        if self.header_rows > self.n_rows:
            raise SourceError('table %s: header=%d > rows' % (self.id, self.header_rows))
        for (r, c), (_, rs, _) in anchors.items():
            if r < self.header_rows < r + rs:
                raise SourceError('table %s: a header cell spans into the body' % self.id)

    @property
    def label(self):
        if self.opts.get('label') == 'none' or not self.caption_lines:
            return None
        if self.opts.get('label'):
            return self.opts['label'].replace('_', ' ')
        first = plain(self.caption_lines[0])
        m = re.match(r'^(Tabel\.?\s*\d+(?:\.\d+)*|LAMPIRAN\s+[IVXL]+)\b', first)
        return m.group(1) if m else None

    @property
    def caption(self):
        if not self.caption_lines:
            return None
        return ' '.join(plain(x) for x in self.caption_lines)


def parse_source(text):
    """Return (settings, blocks).  Each block is a tuple (kind, ...)."""
    settings = {}
    blocks = []
    lines = text.split('\n')
    i = 0
    n = len(lines)
    while i < n:
        raw = lines[i]
        lineno = i + 1
        line = raw.rstrip('\n')
        i += 1
        if line.startswith('%%'):
            continue
        if not line.strip():
            continue
        if line.startswith('@'):
            parts = line[1:].split(None, 1)
            cmd = parts[0]
            arg = parts[1] if len(parts) > 1 else ''
            if cmd == 'page':
                o = arg.split()
                master = None
                start = None
                for tok in o:
                    if tok.startswith('start='):
                        start = int(tok[6:])
                    elif tok in MASTERS:
                        master = tok
                    else:
                        raise SourceError('line %d: bad @page argument %r' % (lineno, tok))
                blocks.append(('page', master, start))
            elif cmd in ('header', 'footer'):
                settings[cmd] = arg
            else:
                raise SourceError('line %d: unknown directive @%s' % (lineno, cmd))
            continue
        if line.startswith(':::'):
            head = line[3:].strip()
            if not head:
                raise SourceError('line %d: stray :::' % lineno)
            name, _, rest = head.partition(' ')
            opts = parse_opts(rest)
            body = []
            while i < n and lines[i].rstrip() != ':::':
                body.append(lines[i].rstrip('\n'))
                i += 1
            if i >= n:
                raise SourceError('line %d: block ::: %s not closed' % (lineno, name))
            i += 1  # closing :::
            if name == 'table':
                if '---' in body:
                    k = body.index('---')
                    cap = [x.strip() for x in body[:k] if x.strip()]
                    rows = [x for x in body[k + 1:] if x.strip()]
                else:
                    cap = []
                    rows = [x for x in body if x.strip()]
                blocks.append(('table', Table(opts, cap, rows, lineno)))
            else:
                blocks.append(('block', name, opts, body, lineno))
            continue
        st = line.lstrip(' ')
        indent = len(line) - len(st)
        if st.startswith('### '):
            blocks.append(('h3', st[4:].strip()))
        elif st.startswith('## '):
            blocks.append(('h2', st[3:].strip()))
        elif st.startswith('# '):
            blocks.append(('h1', st[2:].strip()))
        elif st.startswith('> '):
            blocks.append(('center', st[2:]))
        elif st.startswith('- '):
            rest = st[2:].strip()
            m = LIST_ENUM_RE.match(rest)
            if m:
                blocks.append(('li', 1 + indent, m.group(1), m.group(2)))
            else:
                blocks.append(('li', 1 + indent, '\u2022', rest))
        else:
            m = LIST_ENUM_RE.match(st)
            if m:
                blocks.append(('li', 1 + indent, m.group(1), m.group(2)))
            else:
                blocks.append(('p', st.strip()))
    return settings, blocks


# ----------------------------------------------------------------------------
# ODF writer
# ----------------------------------------------------------------------------
class Writer:
    def __init__(self, settings):
        self.settings = settings
        self.auto = []            # automatic style XML
        self.auto_keys = {}
        self.body = []
        self.pending_master = None
        self.pending_break = False
        self.pending_start = None
        self.master = 'cover'
        self.n_table = 0
        self.n_shape = 0
        self.n_group = 0
        self.shape_pstyle = {}

    # ---- automatic styles --------------------------------------------------
    def _auto(self, key, make):
        if key not in self.auto_keys:
            name = make[0]
            self.auto_keys[key] = name
            self.auto.append(make[1])
        return self.auto_keys[key]

    def pstyle(self, parent, **kw):
        """Automatic paragraph style derived from a named style."""
        key = ('p', parent, tuple(sorted(kw.items())))
        if key in self.auto_keys:
            return self.auto_keys[key]
        name = 'P%d' % (len(self.auto_keys) + 1)
        attrs = ''
        if kw.get('master'):
            attrs += ' style:master-page-name="%s"' % kw['master']
        pp = []
        if kw.get('brk'):
            pp.append('fo:break-before="page"')
        if kw.get('start'):
            pp.append('style:page-number="%d"' % kw['start'])
        for k in ('text_align', 'margin_left', 'margin_right', 'margin_top', 'margin_bottom', 'text_indent',
                  'keep_with_next', 'line_height'):
            if kw.get(k) is not None:
                pp.append('fo:%s="%s"' % (k.replace('_', '-'), kw[k]))
        tp = []
        if kw.get('size'):
            tp.append('fo:font-size="%spt" style:font-size-complex="%spt"' % (kw['size'], kw['size']))
        if kw.get('bold'):
            tp.append('fo:font-weight="bold" style:font-weight-complex="bold"')
        if kw.get('italic'):
            tp.append('fo:font-style="italic"')
        if kw.get('color'):
            tp.append('fo:color="%s"' % kw['color'])
        xml = '<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s"%s>' % (
            name, parent, attrs)
        tabs = kw.get('tabs')
        if pp or tabs:
            xml += '<style:paragraph-properties %s>' % ' '.join(pp)
            if tabs:
                xml += '<style:tab-stops>'
                for pos, typ in tabs:
                    lead = ''
                    if typ.endswith('.'):   # dotted leader, as in a table of contents
                        typ = typ[:-1]
                        lead = ' style:leader-style="dotted" style:leader-text="."'
                    xml += '<style:tab-stop style:position="%s" style:type="%s"%s/>' % (cm(pos), typ, lead)
                xml += '</style:tab-stops>'
            xml += '</style:paragraph-properties>'
        if tp:
            xml += '<style:text-properties %s/>' % ' '.join(tp)
        xml += '</style:style>'
        self.auto_keys[key] = name
        self.auto.append(xml)
        return name

    def take_break(self):
        """Page-break attributes pending for the next paragraph/table."""
        kw = {}
        if self.pending_master:
            kw['master'] = MASTERS[self.pending_master]
            self.master = self.pending_master
        elif self.pending_break:
            kw['brk'] = True
        if self.pending_start:
            kw['start'] = self.pending_start
            if not self.pending_master:
                kw['master'] = MASTERS[self.master]
                kw.pop('brk', None)
        self.pending_master = None
        self.pending_break = False
        self.pending_start = None
        return kw

    def para(self, base, xml_content, **kw):
        """Paragraph with named style `base` plus direct properties (and any pending break)."""
        kw = {k: v for k, v in kw.items() if v is not None and v is not False}
        kw.update(self.take_break())
        style = self.pstyle(base, **kw) if kw else base
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, xml_content))

    @property
    def text_width(self):
        return TEXT_W['landscape' if self.master == 'landscape' else 'portrait']

    # ---- block renderers -----------------------------------------------------
    def page(self, master, start):
        if master:
            self.pending_master = master
        else:
            self.pending_break = True
        if start:
            self.pending_start = start

    def heading(self, level, text):
        style = {1: 'H1', 2: 'H2', 3: 'H3'}[level]
        self.body_heading(style, level, text)

    def body_heading(self, style, level, text):
        kw = self.take_break()
        if kw:
            style = self.pstyle(style, **kw)
        self.body.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                         % (style, level, inline_xml(text)))

    def list_item(self, level, label, text):
        left = 0.75 * level
        self.para('List', '%s<text:tab/>%s' % (esc(label), inline_xml(text)),
                  margin_left=cm(left), text_indent=cm(-0.75), tabs=((0.0, 'left'),))

    def block(self, name, opts, body, lineno):
        fn = getattr(self, 'blk_' + name, None)
        if fn is None:
            raise SourceError('line %d: unknown block ::: %s' % (lineno, name))
        fn(opts, body)

    def blk_center(self, opts, body):
        for ln in body:
            self.para('Center', inline_xml(ln.strip()), size=opts.get('size'),
                      bold=bool(opts.get('bold')), margin_bottom=cm(0.15))

    def blk_vspace(self, opts, body):
        self.para('Standard', '', margin_top=cm(float(opts.get('h', '1'))))

    def blk_sign(self, opts, body):
        left = 9.0 if self.master != 'landscape' else 17.5
        for k, ln in enumerate(body):
            self.para('Sign', inline_xml(ln.strip()), margin_left=cm(left),
                      margin_top=cm(0.6) if k == 0 else None)

    def blk_toc(self, opts, body):
        tw = self.text_width
        for ln in body:
            if not ln.strip():
                continue
            if ln.startswith('\t'):
                self.para('TOC', '<text:span text:style-name="Tb">%s</text:span>' % esc(ln.strip()),
                          text_align='end', keep_with_next='always', margin_right=cm(1.0))
                continue
            level = len(ln) - len(ln.lstrip(' '))
            parts = ln.strip(' ').split('\t')
            if len(parts) == 2:
                text, pg = parts
                ml = 0.6 * level
                self.para('TOC', '%s<text:tab/>%s' % (inline_xml(text), esc(pg)),
                          margin_left=cm(ml), tabs=((tw - ml, 'right.'),))
            elif len(parts) == 3:
                lab, text, pg = parts
                hang = 2.6
                self.para('TOC', '%s<text:tab/>%s<text:tab/>%s' % (esc(lab), inline_xml(text), esc(pg)),
                          margin_left=cm(hang), text_indent=cm(-hang), margin_right=cm(1.0),
                          tabs=((0.0, 'left'), (tw - hang, 'right.')))
            else:
                raise SourceError('toc line needs 1 or 2 tabs: %r' % ln)

    # ---- drawing helpers -------------------------------------------------------
    def shape_rect(self, gstyle, x, y, w, h, paras=()):
        self.n_shape += 1
        pstyle = self.shape_pstyle[gstyle]
        inner = ''.join('<text:p text:style-name="%s">%s</text:p>' % (pstyle, inline_xml(p))
                        for p in paras)
        return ('<draw:custom-shape draw:style-name="%s" draw:z-index="%d" svg:x="%s" svg:y="%s" '
                'svg:width="%s" svg:height="%s">%s<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" '
                'draw:type="rectangle" draw:enhanced-path="M 0 0 L 21600 0 21600 21600 0 21600 0 0 Z N"/>'
                '</draw:custom-shape>' % (gstyle, self.n_shape, cm(x), cm(y), cm(w), cm(h), inner))

    def shape_ellipse(self, gstyle, x, y, w, h):
        self.n_shape += 1
        return ('<draw:ellipse draw:style-name="%s" draw:z-index="%d" svg:x="%s" svg:y="%s" '
                'svg:width="%s" svg:height="%s"/>' % (gstyle, self.n_shape, cm(x), cm(y), cm(w), cm(h)))

    def shape_line(self, gstyle, x1, y1, x2, y2):
        self.n_shape += 1
        return ('<draw:line draw:style-name="%s" draw:z-index="%d" svg:x1="%s" svg:y1="%s" '
                'svg:x2="%s" svg:y2="%s"/>' % (gstyle, self.n_shape, cm(x1), cm(y1), cm(x2), cm(y2)))

    def gstyle(self, stroke='#000000', width=0.02, fill=None, dash=False, size=None, bold=False,
               color='#000000', halign='center', valign='middle', pad=0.05):
        key = ('g', stroke, width, fill, dash, size, bold, color, halign, valign, pad)
        if key in self.auto_keys:
            return self.auto_keys[key]
        name = 'gr%d' % (len(self.auto_keys) + 1)
        gp = []
        if stroke:
            gp.append('draw:stroke="%s" draw:stroke-dash="Dash1"' % 'dash' if dash else 'draw:stroke="solid"')
            gp.append('svg:stroke-color="%s" svg:stroke-width="%s"' % (stroke, cm(width)))
        else:
            gp.append('draw:stroke="none"')
        if fill:
            gp.append('draw:fill="solid" draw:fill-color="%s"' % fill)
        else:
            gp.append('draw:fill="none"')
        gp.append('draw:textarea-horizontal-align="%s" draw:textarea-vertical-align="%s"' % (
            'center' if halign == 'center' else 'justify', valign))
        gp.append('draw:auto-grow-height="false" draw:auto-grow-width="false" fo:wrap-option="wrap"')
        gp.append('fo:padding-left="%s" fo:padding-right="%s" fo:padding-top="0.02cm" fo:padding-bottom="0.02cm"'
                  % (cm(pad), cm(pad)))
        tp = 'fo:font-size="%spt" fo:color="%s" style:font-name="%s"' % (size or 8, color, BODY_FONT)
        if bold:
            tp += ' fo:font-weight="bold"'
        al = {'center': 'center', 'left': 'start', 'right': 'end'}[halign]
        xml = ('<style:style style:name="%s" style:family="graphic"><style:graphic-properties %s/>'
               '<style:paragraph-properties fo:text-align="%s"/><style:text-properties %s/></style:style>'
               % (name, ' '.join(gp), al, tp))
        self.auto_keys[key] = name
        self.auto.append(xml)
        pname = 'D' + name
        self.auto.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties '
                         'fo:text-align="%s" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="100%%"/>'
                         '<style:text-properties %s/></style:style>' % (pname, al, tp))
        self.shape_pstyle[name] = pname
        return name

    def figure(self, shapes, caption, keep_caption=True):
        """Put a group of shapes as a character in a centred paragraph, caption below."""
        self.n_group += 1
        grp = ('<draw:g draw:style-name="grGroup" draw:name="Figure%d" text:anchor-type="as-char" '
               'draw:z-index="0">%s</draw:g>' % (self.n_group, ''.join(shapes)))
        self.para('Figure', grp, keep_with_next='always' if caption else None)
        for k, c in enumerate(caption):
            last = k == len(caption) - 1
            self.para('FigCaption', inline_xml(c), keep_with_next=None if last else 'always')

    def split_caption(self, body):
        if '---' in body:
            k = body.index('---')
            return body[:k], [x.strip() for x in body[k + 1:] if x.strip()]
        return body, []

    def blk_orgchart(self, opts, body):
        spec, caption = self.split_caption(body)
        box = self.gstyle(fill='#dbe5f1', width=0.025, size=7.5, bold=True)
        ln = self.gstyle(width=0.025)
        dash = self.gstyle(width=0.025, dash=True)
        shapes = []
        for s in spec:
            s = s.strip()
            if not s:
                continue
            kind, _, rest = s.partition(' ')
            if kind == 'box':
                geo, _, txt = rest.partition('|')
                x, y, w, h = [float(v) for v in geo.split()]
                shapes.append(self.shape_rect(box, x, y, w, h, [txt.strip()]))
            elif kind in ('line', 'dash'):
                x1, y1, x2, y2 = [float(v) for v in rest.split()]
                shapes.append(self.shape_line(ln if kind == 'line' else dash, x1, y1, x2, y2))
            else:
                raise SourceError('orgchart: bad line %r' % s)
        # lines first so boxes are drawn on top
        shapes.sort(key=lambda x: 0 if x.startswith('<draw:line') else 1)
        self.figure(shapes, caption)

    def blk_barchart(self, opts, body):
        spec, caption = self.split_caption(body)
        title = None
        cats = []
        series = []
        for s in spec:
            s = s.strip()
            if not s:
                continue
            if s.startswith('title:'):
                title = s[6:].strip()
            elif s.startswith('categories:'):
                cats = [x.strip() for x in s[11:].split('|')]
            elif s.startswith('series '):
                nm, _, vals = s[7:].partition(':')
                series.append((nm.strip(), [x.strip() for x in vals.split('|')]))
            else:
                raise SourceError('barchart: bad line %r' % s)
        W = float(opts.get('width', 13))
        H = float(opts.get('height', 7.5))
        ymax = float(opts.get('ymax', 100))
        ystep = float(opts.get('ystep', 20))
        colors = ['#4472c4', '#ed7d31', '#a5a5a5', '#ffc000']
        frame = self.gstyle(stroke='#7f7f7f', width=0.02, fill='#ffffff')
        axis = self.gstyle(stroke='#404040', width=0.025)
        grid = self.gstyle(stroke='#bfbfbf', width=0.015)
        ttl = self.gstyle(stroke=None, size=9, bold=True)
        lab = self.gstyle(stroke=None, size=7.5)
        ylab = self.gstyle(stroke=None, size=7.5, halign='right')
        shapes = [self.shape_rect(frame, 0, 0, W, H)]
        top = 0.3
        if title:
            shapes.append(self.shape_rect(ttl, 0.3, 0.15, W - 0.6, 0.6, [title]))
            top = 1.0
        px0, px1 = 1.5, W - 0.4
        py0, py1 = top + 0.3, H - 1.5          # plot top / bottom (y grows down)
        ph = py1 - py0

        def ypos(v):
            return py1 - ph * v / ymax

        v = 0.0
        while v <= ymax + 1e-9:
            y = ypos(v)
            if v > 0:
                shapes.append(self.shape_line(grid, px0, y, px1, y))
            txt = ('%g' % v)
            shapes.append(self.shape_rect(ylab, 0.1, y - 0.22, px0 - 0.2, 0.44, [txt]))
            v += ystep
        shapes.append(self.shape_line(axis, px0, py0, px0, py1))
        shapes.append(self.shape_line(axis, px0, py1, px1, py1))
        ncat, nser = len(cats), len(series)
        slot = (px1 - px0) / max(ncat, 1)
        bw = min(1.2, slot * 0.7 / max(nser, 1))
        for ci, cat in enumerate(cats):
            cx = px0 + slot * (ci + 0.5)
            x = cx - bw * nser / 2
            for si, (nm, vals) in enumerate(series):
                val = vals[ci] if ci < len(vals) else '-'
                num = parse_num(val)
                if num is not None:
                    y = ypos(num)
                    bar = self.gstyle(stroke=None, fill=colors[si % len(colors)])
                    shapes.append(self.shape_rect(bar, x, y, bw, py1 - y))
                    shapes.append(self.shape_rect(lab, x - 0.4, y - 0.45, bw + 0.8, 0.4, [val]))
                x += bw
            shapes.append(self.shape_rect(lab, cx - slot / 2, py1 + 0.1, slot, 0.45, [cat]))
        # legend
        lx = W / 2 - nser * 1.6
        for si, (nm, _) in enumerate(series):
            sw = self.gstyle(stroke=None, fill=colors[si % len(colors)])
            shapes.append(self.shape_rect(sw, lx, H - 0.75, 0.3, 0.3))
            shapes.append(self.shape_rect(self.gstyle(stroke=None, size=7.5, halign='left'),
                                          lx + 0.35, H - 0.85, 2.9, 0.5, [nm]))
            lx += 3.2
        self.figure(shapes, caption)

    def blk_photo(self, opts, body):
        n = int(opts.get('n', 1))
        w = float(opts.get('w', 7))
        h = float(opts.get('h', 5))
        gap = 0.6
        st = self.gstyle(stroke='#595959', width=0.02, fill='#bfbfbf')
        inner = self.gstyle(stroke=None, fill='#d9d9d9')
        cap = self.gstyle(stroke=None, size=9)
        captions = [x.strip() for x in body if x.strip()]
        shapes = []
        for k in range(n):
            x = k * (w + gap)
            shapes.append(self.shape_rect(st, x, 0, w, h))
            shapes.append(self.shape_rect(inner, x + w * 0.15, h * 0.2, w * 0.7, h * 0.6))
            if k < len(captions):
                # caption under each photo, drawn as a text box (not a paragraph)
                shapes.append(self.shape_rect(cap, x, h + 0.1, w, 0.5, [captions[k]]))
        self.n_group += 1
        grp = ('<draw:g draw:style-name="grGroup" draw:name="Photo%d" text:anchor-type="as-char">%s</draw:g>'
               % (self.n_group, ''.join(shapes)))
        self.para('Figure', grp, keep_with_next='always')

    def blk_emblem(self, opts, body):
        outer = self.gstyle(stroke='#1f3864', width=0.08, fill='#ffd966')
        inner = self.gstyle(stroke='#1f3864', width=0.04, fill='#2e75b6')
        core = self.gstyle(stroke=None, fill='#ffffff')
        shapes = [self.shape_ellipse(outer, 0, 0, 4.6, 4.6),
                  self.shape_ellipse(inner, 0.6, 0.6, 3.4, 3.4),
                  self.shape_ellipse(core, 1.6, 1.6, 1.4, 1.4)]
        self.n_group += 1
        grp = ('<draw:g draw:style-name="grGroup" draw:name="Emblem" text:anchor-type="as-char">%s</draw:g>'
               % ''.join(shapes))
        self.para('Figure', grp, margin_top=cm(2.5), margin_bottom=cm(2.5))

    def blk_badge(self, opts, body):
        lines = [x.strip() for x in body if x.strip()]
        st = self.gstyle(stroke=None, fill='#1f3864', size=30, bold=True, color='#ffffff')
        shapes = [self.shape_rect(st, 0, 0, 6.0, 3.8, lines)]
        self.n_group += 1
        grp = ('<draw:g draw:style-name="grGroup" draw:name="Badge" text:anchor-type="as-char">%s</draw:g>'
               % ''.join(shapes))
        self.para('Figure', grp, margin_top=cm(2.5))

    # ---- tables ----------------------------------------------------------------
    def table(self, t):
        if t.rule == 'tabs':
            return self.tab_table(t)
        self.n_table += 1
        tname = 'Tabel%d' % self.n_table
        brk = self.take_break()
        tw = self.text_width * float(t.opts.get('width', 100)) / 100.0
        scale = tw / sum(t.widths)
        widths = [w * scale for w in t.widths]
        self.set_col_x(t, (self.text_width - tw) / 2, widths)
        self.check_widths(t, widths, 0.12 if t.font < 9 else 0.2)
        # caption
        for k, c in enumerate(t.caption_lines):
            kw = dict(brk) if k == 0 else {}
            kw['keep_with_next'] = 'always'
            if k == 0:
                kw['margin_top'] = cm(0.3)
            if k == len(t.caption_lines) - 1:
                kw['margin_bottom'] = cm(0.2)
            style = self.pstyle('TableCaption', **kw)
            self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline_xml(c)))
        tstyle_attrs = ''
        tprops = 'style:width="%s" table:align="center" fo:margin-top="0.1cm" fo:margin-bottom="0.35cm"' % cm(tw)
        if not t.caption_lines and brk:
            if brk.get('master'):
                tstyle_attrs = ' style:master-page-name="%s"' % brk['master']
            if brk.get('brk'):
                tprops += ' fo:break-before="page"'
        self.auto.append('<style:style style:name="%s" style:family="table"%s>'
                         '<style:table-properties %s style:may-break-between-rows="true"/></style:style>'
                         % (tname, tstyle_attrs, tprops))
        for c, w in enumerate(widths):
            self.auto.append('<style:style style:name="%s.C%d" style:family="table-column">'
                             '<style:table-column-properties style:column-width="%s"/></style:style>'
                             % (tname, c, cm(w)))
        pad = '0.06cm' if t.font < 9 else '0.1cm'
        hcell = self._auto(('cellH', pad), ('CellH' + pad[2:4],
            '<style:style style:name="CellH%s" style:family="table-cell"><style:table-cell-properties '
            'fo:background-color="#d9d9d9" fo:border="0.5pt solid #000000" fo:padding="%s" '
            'style:vertical-align="middle"/></style:style>' % (pad[2:4], pad)))
        bcell = self._auto(('cellB', pad), ('CellB' + pad[2:4],
            '<style:style style:name="CellB%s" style:family="table-cell"><style:table-cell-properties '
            'fo:border="0.5pt solid #000000" fo:padding="%s" style:vertical-align="top"/></style:style>'
            % (pad[2:4], pad)))
        row_style = self.header_row_styles(t, widths, 0.12 if t.font < 9 else 0.2)
        out = ['<table:table table:name="%s" table:style-name="%s">' % (tname, tname)]
        for c in range(t.n_cols):
            out.append('<table:table-column table:style-name="%s.C%d"/>' % (tname, c))
        amap = {'l': 'start', 'c': 'center', 'r': 'end', 'j': 'justify'}
        for r in range(t.n_rows):
            if r == 0 and t.header_rows:
                out.append('<table:table-header-rows>')
            out.append('<table:table-row table:style-name="%s">' % row_style.get(r, 'RowKeep'))
            header = r < t.header_rows
            for c in range(t.n_cols):
                if (r, c) in t.covered:
                    out.append('<table:covered-table-cell/>')
                    continue
                text, rs, cs = t.anchors[(r, c)]
                attrs = ''
                if rs > 1:
                    attrs += ' table:number-rows-spanned="%d"' % rs
                if cs > 1:
                    attrs += ' table:number-columns-spanned="%d"' % cs
                if header:
                    ps = self.pstyle('TableText', size=fmt_size(t.font), bold=True, text_align='center')
                else:
                    al = amap[t.align[c]]
                    if cs > 2 and al != 'start':
                        al = 'center'
                    ps = self.pstyle('TableText', size=fmt_size(t.font), text_align=al)
                content = inline_xml(text) if text else ''
                out.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>'
                           '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                           % (hcell if header else bcell, attrs, ps, content))
            out.append('</table:table-row>')
            if t.header_rows and r == t.header_rows - 1:
                out.append('</table:table-header-rows>')
        out.append('</table:table>')
        # one line per row keeps the .fodt diffable
        self.body.append(''.join(out).replace('<table:table-row ', '\n<table:table-row '))

    def header_row_styles(self, t, widths, pad_cm):
        """Give the last row under a tall row-spanning header cell enough height.

        LibreOffice does not grow repeated header rows for a row-spanning cell
        whose text needs more room than the rows it spans; the text is then
        clipped on continuation pages.  Estimate the heights and set a minimum
        row height instead."""
        line_h = t.font * 1.17
        pad = 2 * pad_cm * PT_PER_CM / 2 + 2

        def lines(r, c, cs, text):
            avail = (sum(widths[c:c + cs]) - pad_cm) * PT_PER_CM
            return line_count(plain(text), avail, t.font, bold=True)
        natural = {}
        for r in range(t.header_rows):
            natural[r] = max([lines(r, c, cs, x) for (rr, c), (x, rs, cs) in t.anchors.items()
                              if rr == r and rs == 1 and x] or [1]) * line_h + pad
        extra = {}
        for (r, c), (x, rs, cs) in t.anchors.items():
            if r < t.header_rows and rs > 1 and x:
                need = lines(r, c, cs, x) * line_h + pad
                have = sum(natural[rr] for rr in range(r, r + rs))
                last = r + rs - 1
                if need > have:
                    extra[last] = max(extra.get(last, 0), natural[last] + need - have)
        styles = {}
        for r, h in extra.items():
            name = 'RowH%s' % ('%.0f' % (h * 10))
            if name not in self.auto_keys:
                self.auto_keys[name] = name
                self.auto.append('<style:style style:name="%s" style:family="table-row"><style:table-row-properties '
                                 'style:min-row-height="%s" fo:keep-together="always"/></style:style>'
                                 % (name, cm(h / PT_PER_CM)))
            styles[r] = name
        return styles

    def check_widths(self, t, widths, pad_cm):
        for (r, c), (text, rs, cs) in sorted(t.anchors.items()):
            if not text:
                continue
            avail = (sum(widths[c:c + cs]) - pad_cm) * PT_PER_CM
            for msg in wrap_problems(plain(text), avail, t.font, bold=r < t.header_rows):
                print('warning: table %s row %d col %d: %s' % (t.id, r, c, msg), file=sys.stderr)

    def set_col_x(self, t, offset, widths):
        """Remember each column's x-range on the page (pt) for locating rows in the PDF."""
        ml = LANDSCAPE['ml'] if self.master == 'landscape' else PORTRAIT['ml']
        x = ml + offset
        t.col_x = []
        for w in widths:
            t.col_x.append((x * PT_PER_CM, (x + w) * PT_PER_CM))
            x += w

    def tab_table(self, t):
        """Unruled table: one paragraph per row, columns aligned with tab stops."""
        pre = self.take_break()
        left = 1.25
        tw = self.text_width - left
        scale = min(1.0, tw / sum(t.widths))
        widths = [w * scale for w in t.widths]
        self.set_col_x(t, left, widths)
        tabs = []
        x = 0.0
        for c, w in enumerate(widths):
            if c > 0:
                a = t.align[c]
                if a == 'r':
                    tabs.append((x + w, 'right'))
                elif a == 'c':
                    tabs.append((x + w / 2, 'center'))
                else:
                    tabs.append((x, 'left'))
            x += w
        for r in range(t.n_rows):
            kw = dict(margin_left=cm(left), tabs=tuple(tabs), margin_bottom=cm(0.05))
            if r < t.n_rows - 1:
                kw['keep_with_next'] = 'always'
            if r == 0:
                kw['margin_top'] = cm(0.15)
            if r == t.n_rows - 1:
                kw['margin_bottom'] = cm(0.3)
            if r == 0:
                kw.update(pre)
            style = self.pstyle('TabRow', **kw)
            cells = []
            for c in range(t.n_cols):
                if (r, c) in t.covered:
                    raise SourceError('table %s: spans are not supported in rule=tabs tables' % t.id)
                cells.append(inline_xml(t.anchors[(r, c)][0]))
            self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, '<text:tab/>'.join(cells)))

    # ---- document ----------------------------------------------------------------
    def document(self):
        hdr = esc(self.settings.get('header', ''))
        ftr = esc(self.settings.get('footer', ''))

        def layout(name, g, landscape):
            return ('<style:page-layout style:name="%s"><style:page-layout-properties fo:page-width="%s" '
                    'fo:page-height="%s" style:print-orientation="%s" fo:margin-left="%s" '
                    'fo:margin-right="%s" fo:margin-top="%s" fo:margin-bottom="%s" '
                    'style:writing-mode="lr-tb"/>'
                    '<style:header-style><style:header-footer-properties fo:min-height="0cm" '
                    'fo:margin-bottom="0.5cm"/></style:header-style>'
                    '<style:footer-style><style:header-footer-properties fo:min-height="0cm" '
                    'fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>'
                    % (name, cm(g['w']), cm(g['h']), 'landscape' if landscape else 'portrait',
                       cm(g['ml']), cm(g['mr']), cm(g['mt']), cm(g['mb'])))

        header_xml = '<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % hdr
        pn = '<text:page-number text:select-page="current">1</text:page-number>'
        footer_body = ('<style:footer><text:p text:style-name="Footer">%s</text:p>'
                       '<text:p text:style-name="FooterNum">%s</text:p></style:footer>' % (ftr, pn))
        footer_front = '<style:footer><text:p text:style-name="FooterNum">%s</text:p></style:footer>' % pn
        masters = (
            '<style:master-page style:name="Cover" style:page-layout-name="pmP"/>'
            '<style:master-page style:name="Front" style:page-layout-name="pmP">%s</style:master-page>'
            '<style:master-page style:name="Body" style:page-layout-name="pmP">%s%s</style:master-page>'
            '<style:master-page style:name="Landscape" style:page-layout-name="pmL">%s%s</style:master-page>'
            '<style:master-page style:name="Standard" style:page-layout-name="pmP"/>'
            % (footer_front, header_xml, footer_body, header_xml, footer_body))
        auto = [layout('pmP', PORTRAIT, False), layout('pmL', LANDSCAPE, True),
                '<style:style style:name="RowKeep" style:family="table-row"><style:table-row-properties '
                'fo:keep-together="always"/></style:style>',
                '<style:style style:name="grGroup" style:family="graphic"><style:graphic-properties '
                'style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>'] + self.auto
        return FODT_TEMPLATE % {
            'font': BODY_FONT, 'size': BODY_SIZE,
            'auto': '\n'.join(auto), 'masters': masters, 'body': '\n'.join(self.body)}


def fmt_size(x):
    return ('%g' % x)


def parse_num(s):
    s = s.strip().rstrip('%').strip()
    if not s or s == '-':
        return None
    s = s.replace('.', '').replace(',', '.') if ',' in s else s
    try:
        return float(s)
    except ValueError:
        return None


FODT_TEMPLATE = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Laporan Kinerja Dinas Kependudukan dan Pencatatan Sipil Kabupaten Belitung Tahun 2024</dc:title><meta:generator>lkj-audit tools/fixture-gen/make_reference.py</meta:generator></office:meta>
<office:font-face-decls>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<draw:stroke-dash draw:name="Dash1" draw:style="rect" draw:dots1="1" draw:dots1-length="0.15cm" draw:distance="0.1cm"/>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/><style:text-properties style:font-name="%(font)s" fo:font-size="%(size)spt" fo:language="id" fo:country="ID" fo:hyphenate="false" style:font-name-complex="%(font)s"/></style:default-style>
<style:default-style style:family="graphic"><style:graphic-properties draw:shadow="hidden"/><style:text-properties style:font-name="%(font)s" fo:language="id" fo:country="ID"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="125%%" fo:orphans="2" fo:widows="2"/></style:style>
<style:style style:name="List" style:family="paragraph" style:parent-style-name="Standard" style:class="list"><style:paragraph-properties fo:text-align="justify" fo:margin-top="0cm" fo:margin-bottom="0.1cm" fo:line-height="125%%" fo:orphans="2" fo:widows="2"/></style:style>
<style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0.45cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="H3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3" style:class="text"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always" fo:line-height="125%%"/><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:keep-with-next="always" fo:line-height="120%%"/></style:style>
<style:style style:name="TOC" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.12cm" fo:line-height="125%%"><style:tab-stops/></style:paragraph-properties></style:style>
<style:style style:name="TableCaption" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="TableText" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="100%%"/></style:style>
<style:style style:name="TabRow" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:line-height="125%%"/></style:style>
<style:style style:name="Figure" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="FigCaption" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.35cm"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="DrawP" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="end" fo:padding-bottom="0.08cm" fo:border-bottom="0.75pt solid #000000"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center" fo:padding-top="0.08cm" fo:border-top="0.75pt solid #000000"/><style:text-properties fo:font-size="7.5pt"/></style:style>
<style:style style:name="FooterNum" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-complex="italic"/></style:style>
</office:styles>
<office:automatic-styles>
%(auto)s
</office:automatic-styles>
<office:master-styles>
%(masters)s
</office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
'''


def render_fodt(settings, blocks):
    w = Writer(settings)
    tables = []
    for b in blocks:
        kind = b[0]
        if kind == 'page':
            w.page(b[1], b[2])
        elif kind in ('h1', 'h2', 'h3'):
            w.heading(int(kind[1]), b[1])
        elif kind == 'p':
            w.para('Body', inline_xml(b[1]))
        elif kind == 'center':
            w.para('Center', inline_xml(b[1]), margin_bottom=cm(0.05))
        elif kind == 'li':
            w.list_item(b[1], b[2], b[3])
        elif kind == 'table':
            w.table(b[1])
            tables.append(b[1])
        elif kind == 'block':
            w.block(b[1], b[2], b[3], b[4])
    return w.document(), tables


# ----------------------------------------------------------------------------
# PDF and page location
# ----------------------------------------------------------------------------
def run_soffice(fodt, out_dir):
    exe = shutil.which('soffice') or shutil.which('libreoffice')
    if not exe:
        raise SystemExit('soffice not found: apt-get install libreoffice-writer-nogui fonts-liberation')
    prof = tempfile.mkdtemp(prefix='lo-profile-')
    try:
        cmd = [exe, '-env:UserInstallation=file://' + prof, '--headless', '--norestore',
               '--convert-to', 'pdf:writer_pdf_Export', '--outdir', out_dir, fodt]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, TZ='UTC', SAL_USE_VCLPLUGIN='svp'))
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def normalize_pdf(path):
    """Fix time stamps and the file ID so that re-renders give identical bytes.

    Every edit keeps the byte length, so the xref offsets stay valid."""
    data = open(path, 'rb').read()

    def date(m):
        s = m.group(2)
        fixed = b'D:20250201000000' + re.sub(rb'[0-9]', b'0', s[16:])
        return m.group(1) + (fixed if len(fixed) == len(s) else s) + b')'
    data = re.sub(rb'(/(?:CreationDate|ModDate)\s*\()([^)]*)\)', date, data)

    def ident(m):
        return re.sub(rb'<[0-9A-Fa-f]+>', lambda h: b'<' + b'0' * (len(h.group(0)) - 2) + b'>', m.group(0))
    data = re.sub(rb'/ID\s*\[[^\]]*\]', ident, data)
    data = re.sub(rb'/DocChecksum\s*/[0-9A-Fa-f]+',
                  lambda m: re.sub(rb'/[0-9A-Fa-f]+$', lambda h: b'/' + b'0' * (len(h.group(0)) - 1), m.group(0)),
                  data)
    open(path, 'wb').write(data)


def pdf_words(pdf):
    """Words per page from `pdftotext -bbox`: list of pages, each a list of (x0, y0, x1, text)."""
    if not shutil.which('pdftotext'):
        raise SystemExit('pdftotext not found: apt-get install poppler-utils')
    out = subprocess.run(['pdftotext', '-bbox', '-enc', 'UTF-8', pdf, '-'], check=True,
                         stdout=subprocess.PIPE).stdout.decode('utf-8')
    pages = []
    for chunk in out.split('<page ')[1:]:
        words = []
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>',
                             chunk):
            txt = html_unescape(m.group(4))
            words.append((float(m.group(1)), float(m.group(2)), float(m.group(3)), txt))
        pages.append(words)
    return pages


def html_unescape(s):
    return (s.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"')
            .replace('&#39;', "'").replace('&amp;', '&').replace('\ufb01', 'fi').replace('\ufb02', 'fl'))


def squash(s):
    return re.sub(r'\s+', '', s.replace('\ufb01', 'fi').replace('\ufb02', 'fl'))


def first_token(text):
    t = plain(text)
    return t.split()[0] if t else ''


def token_match(word, tok):
    return word == tok or word.startswith(tok) or (len(word) >= 2 and tok.startswith(word))


def locate_pages(tables, pages):
    """Find the 1-based pages each table occupies, from the PDF's words and their positions.

    Body cells are top-aligned, so in every body row the first word of each
    non-empty cell sits on one baseline, inside its column's x-range (known
    from the table geometry).  Rows are searched in document order, each below
    the previous one (or on a following page); the table's pages run from the
    page of its caption/first row to the page of its last row."""
    cur = (0, -1.0)
    result = []
    tol_y, tol_x = 1.2, 2.0
    for t in tables:
        found = {}
        for r in range(t.header_rows, t.n_rows):
            anchors = []
            for c in range(t.n_cols):
                a = t.anchors.get((r, c))
                if a and plain(a[0]):
                    cs = a[2]
                    x0 = t.col_x[c][0]
                    x1 = t.col_x[c + cs - 1][1]
                    anchors.append((first_token(a[0]), x0 - tol_x, x1 + tol_x))
            if not anchors:
                continue
            hit = None
            limit = len(pages) if not found else min(cur[0] + 4, len(pages))
            for p in range(cur[0], limit):
                tok0, ax0, ax1 = anchors[0]
                ys = sorted(set(w[1] for w in pages[p] if ax0 <= w[0] <= ax1 and token_match(w[3], tok0)
                                and (p > cur[0] or w[1] > cur[1] + 0.5)))
                for y in ys:
                    if all(any(abs(w[1] - y) <= tol_y and bx0 <= w[0] <= bx1 and token_match(w[3], tok)
                               for w in pages[p]) for tok, bx0, bx1 in anchors[1:]):
                        hit = (p, y)
                        break
                if hit:
                    break
            if hit is None:
                print('warning: table %s (%s): body row %d not found in the PDF'
                      % (t.id, t.label, r), file=sys.stderr)
                continue
            found[r] = hit
            cur = hit
        if not found:
            raise SystemExit('cannot locate table %s (%s) in the PDF' % (t.id, t.label))
        rows = sorted(found)
        first, last = found[rows[0]][0], found[rows[-1]][0]
        if t.caption_lines and first > 0:
            # the caption is kept with the table; check it is not left on the previous page
            cap_words = plain(t.caption_lines[-1]).split()
            prev = [w[3] for w in pages[first]]
            if not all(any(token_match(w, x) for w in prev) for x in cap_words[:3]):
                first -= 1
        result.append(list(range(first + 1, last + 2)))
    return result


def check_unbroken(tables, pages, words):
    """Warn about cell words that do not appear whole on the table's pages
    (i.e. LibreOffice broke them inside a word, at a '/' or at a '-')."""
    bad = 0
    for t, pg in zip(tables, pages):
        vocab = set()
        for p in pg:
            vocab.update(w[3] for w in words[p - 1])
        for (r, c), (text, _, _) in sorted(t.anchors.items()):
            for tok in plain(text).split():
                if tok not in vocab and not any(tok in w for w in vocab):
                    print('warning: table %s row %d col %d: "%s" not printed as one word'
                          % (t.id, r, c, tok), file=sys.stderr)
                    bad += 1
    return bad


def truth_json(tables, pages, pdf_name):
    out = {'document': pdf_name, 'complete': True, 'tables': []}
    for t, pg in zip(tables, pages):
        cells = []
        for r in range(t.n_rows):
            for c in range(t.n_cols):
                a = t.anchors.get((r, c))
                if not a:
                    continue
                text, rs, cs = a
                txt = plain(text)
                if not txt and rs == 1 and cs == 1:
                    continue
                cell = {'row': r, 'col': c, 'text': txt}
                if rs > 1 or cs > 1:
                    cell['row_span'] = rs
                    cell['col_span'] = cs
                cells.append(cell)
        out['tables'].append({
            'label': t.label,
            'caption': t.caption,
            'pages': pg,
            'n_cols': t.n_cols,
            'n_rows': t.n_rows,
            'header_rows': t.header_rows,
            'ruled': t.rule == 'grid',
            'cells': cells,
        })
    return out


def format_truth(truth):
    """JSON with one table key and one cell per line (readable diffs)."""
    d = lambda x: json.dumps(x, ensure_ascii=False)
    out = ['{', '  "document": %s,' % d(truth['document']), '  "complete": %s,' % d(truth['complete']),
           '  "tables": [']
    for i, t in enumerate(truth['tables']):
        out.append('    {')
        for k, v in t.items():
            if k != 'cells':
                out.append('      %s: %s,' % (d(k), d(v)))
        out.append('      "cells": [')
        cells = t['cells']
        for j, c in enumerate(cells):
            out.append('        %s%s' % (d(c), ',' if j < len(cells) - 1 else ''))
        out.append('      ]')
        out.append('    }%s' % (',' if i < len(truth['tables']) - 1 else ''))
    out.append('  ]')
    out.append('}')
    text = '\n'.join(out) + '\n'
    assert json.loads(text) == truth
    return text


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--src', required=True, help='source .src.txt')
    ap.add_argument('--out-dir', required=True)
    ap.add_argument('--name', help='output basename (default: source name without .src.txt)')
    ap.add_argument('--no-pdf', action='store_true', help='only write the .fodt (truth pages left empty)')
    args = ap.parse_args(argv)
    name = args.name or re.sub(r'(\.src)?\.(txt|md)$', '', os.path.basename(args.src))
    os.makedirs(args.out_dir, exist_ok=True)
    text = open(args.src, encoding='utf-8').read()
    try:
        settings, blocks = parse_source(text)
        fodt, tables = render_fodt(settings, blocks)
    except SourceError as e:
        raise SystemExit('source error: %s' % e)
    fodt_path = os.path.join(args.out_dir, name + '.fodt')
    with open(fodt_path, 'w', encoding='utf-8') as f:
        f.write(fodt)
    pdf_path = os.path.join(args.out_dir, name + '.pdf')
    if args.no_pdf:
        pages = [[] for _ in tables]
    else:
        tmp = tempfile.mkdtemp(prefix='lkj-render-')
        try:
            run_soffice(os.path.abspath(fodt_path), tmp)
            shutil.move(os.path.join(tmp, name + '.pdf'), pdf_path)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        normalize_pdf(pdf_path)
        words = pdf_words(pdf_path)
        pages = locate_pages(tables, words)
        check_unbroken(tables, pages, words)
    truth = truth_json(tables, pages, name + '.pdf')
    with open(os.path.join(args.out_dir, name + '.truth.json'), 'w', encoding='utf-8') as f:
        f.write(format_truth(truth))
    print('%s: %d tables' % (name, len(tables)))
    for t, pg in zip(tables, pages):
        print('  %-14s %-60.60s pages=%s %dx%d' % (t.label, t.caption or '-', pg, t.n_rows, t.n_cols))


if __name__ == '__main__':
    main()
