"""A small Flat ODT writer for the blind LKj documents.

Deliberately independent of tools/fixture-gen (which made the reference the
audit was tuned on): each document chooses its own font, caption placement,
table rulings (full grid, horizontal rules only, invisible borders, tab
aligned paragraphs), header shading, page furniture and landscape pages.
"""
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape


def cm(x):
    return '%.3fcm' % x


def esc(s):
    return escape(s, {'"': '&quot;'})


def runs(text):
    """'**bold**' and '*italic*' inline markup to ODF spans."""
    out = []
    for part in re.split(r'(\*\*[^*]+\*\*|\*[^*]+\*)', text):
        if part.startswith('**') and part.endswith('**') and len(part) > 4:
            out.append('<text:span text:style-name="Tb">%s</text:span>' % esc(part[2:-2]))
        elif part.startswith('*') and part.endswith('*') and len(part) > 2:
            out.append('<text:span text:style-name="Ti">%s</text:span>' % esc(part[1:-1]))
        else:
            out.append(esc(part))
    return ''.join(out).replace('\t', '<text:tab/>')


class Style:
    """Per-document look."""

    def __init__(self, font='Liberation Serif', size=12, line=115, caption='center-bold',
                 margins=(3.0, 2.5, 2.5, 2.0), header='', footer='', footer_page='Halaman %s',
                 heading_upper=True, indent=1.25, justify=True):
        self.font, self.size, self.line = font, size, line
        self.caption = caption
        self.ml, self.mr, self.mt, self.mb = margins
        self.header, self.footer, self.footer_page = header, footer, footer_page
        self.heading_upper = heading_upper
        self.indent = indent
        self.justify = justify


class Table:
    """rows: lists of cell strings; '<' covered by the left cell, '^' by the cell above.

    rule: 'grid' | 'hrules' (booktabs-like) | 'none' (invisible borders) |
          'outer' (box and vertical lines, no row lines) | 'tabs' (paragraphs)
    """

    def __init__(self, caption, rows, widths, header=1, align=None, rule='grid', font=None,
                 shade=None, bold_rows=(), repeat=True, caption_below=False, note=None, keep=None):
        self.caption = caption if isinstance(caption, list) else ([caption] if caption else [])
        self.rows = rows
        self.widths = widths
        self.header = header
        self.align = align or ('l' + 'r' * (len(widths) - 1))
        self.rule = rule
        self.font = font
        self.shade = shade
        self.bold_rows = set(bold_rows)
        self.repeat = repeat
        self.caption_below = caption_below
        self.note = note
        # short tables are kept on one page, as authors do; this also avoids LibreOffice
        # clipping a row-spanning header cell when it repeats the header on the next page
        self.keep = keep if keep is not None else len(rows) - header <= 12

    def grid(self):
        n = len(self.widths)
        rows = [list(r) + [''] * (n - len(r)) for r in self.rows]
        anchors, covered = {}, set()
        for r, row in enumerate(rows):
            for c, x in enumerate(row):
                if x in ('<', '^'):
                    covered.add((r, c))
                    continue
                cs = 1
                while c + cs < n and rows[r][c + cs] == '<':
                    cs += 1
                rs = 1
                while r + rs < len(rows) and rows[r + rs][c] == '^':
                    rs += 1
                anchors[(r, c)] = (x, rs, cs)
        return rows, anchors, covered


class Writer:
    def __init__(self, style, title):
        self.st = style
        self.title = title
        self.auto = []
        self.keys = {}
        self.body = []
        self.pending = None       # ('break', None) or ('master', name)
        self.master = 'Cover'
        self.ntab = 0

    # ---- styles ---------------------------------------------------------
    def _style(self, key, xml_fn):
        if key not in self.keys:
            name = 'A%d' % (len(self.keys) + 1)
            self.keys[key] = name
            self.auto.append(xml_fn(name))
        return self.keys[key]

    def pstyle(self, parent, **kw):
        kw = {k: v for k, v in kw.items() if v not in (None, False)}
        if not kw:
            return parent

        def make(name):
            attrs = ' style:master-page-name="%s"' % kw['master'] if kw.get('master') else ''
            pp = []
            if kw.get('brk'):
                pp.append('fo:break-before="page"')
            for k in ('text_align', 'margin_left', 'margin_top', 'margin_bottom', 'text_indent',
                      'keep_with_next'):
                if kw.get(k) is not None:
                    pp.append('fo:%s="%s"' % (k.replace('_', '-'), kw[k]))
            tp = []
            if kw.get('size'):
                tp.append('fo:font-size="%spt"' % kw['size'])
            if kw.get('bold'):
                tp.append('fo:font-weight="bold"')
            if kw.get('italic'):
                tp.append('fo:font-style="italic"')
            x = '<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s"%s>' % (
                name, parent, attrs)
            tabs = kw.get('tabs')
            x += '<style:paragraph-properties %s>' % ' '.join(pp)
            if tabs:
                x += '<style:tab-stops>' + ''.join(
                    '<style:tab-stop style:position="%s" style:type="%s"%s/>' % (
                        cm(x[0]), x[1], ' style:leader-style="dotted" style:leader-text="."' if x[2:] else '')
                    for x in tabs
                ) + '</style:tab-stops>'
            x += '</style:paragraph-properties>'
            if tp:
                x += '<style:text-properties %s/>' % ' '.join(tp)
            return x + '</style:style>'
        return self._style(('p', parent, tuple(sorted(kw.items()))), make)

    def take(self):
        kw = {}
        if self.pending:
            kind, name = self.pending
            if kind == 'master':
                kw['master'] = name
                self.master = name
            else:
                kw['brk'] = True
        self.pending = None
        return kw

    @property
    def text_width(self):
        if self.master == 'Landscape':
            return 29.7 - 2.0 - 2.0
        return 21.0 - self.st.ml - self.st.mr

    # ---- content --------------------------------------------------------
    def page(self, master=None):
        self.pending = ('master', master) if master else ('break', None)

    def para(self, text, style='Body', **kw):
        kw.update(self.take())
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (self.pstyle(style, **kw), runs(text)))

    def heading(self, level, text):
        kw = self.take()
        if level == 1 and self.st.heading_upper:
            text = text.upper()
        self.body.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                         % (self.pstyle('H%d' % level, **kw), level, runs(text)))

    def item(self, label, text, level=1):
        left = 0.7 * level
        self.para('%s\t%s' % (label, text) if label else text, 'List', margin_left=cm(left + 0.6),
                  text_indent=cm(-0.6), tabs=((0.0, 'left'),))

    def toc_line(self, text, page, level=0):
        """A contents line: title, dot leaders, page number at the right margin."""
        self.para('%s\t%s' % (text, page), 'List', margin_left=cm(0.6 * level),
                  tabs=((self.text_width - 0.6 * level, 'right', 'dots'),))

    def center(self, text, size=None, bold=False):
        self.para(text, 'Center', size=size, bold=bold)

    def signature(self, lines):
        for i, ln in enumerate(lines):
            self.para(ln, 'Sign', margin_left=cm(self.text_width * 0.55),
                      margin_top=cm(1.6) if ln == '' else None)

    def caption(self, t, below=False):
        mode = self.st.caption
        for k, c in enumerate(t.caption):
            kw = self.take() if k == 0 else {}
            if not below:
                kw['keep_with_next'] = 'always'
            if mode == 'center-bold':
                self.para(c, 'Caption', text_align='center', **kw)
            elif mode == 'left-bold':
                self.para(c, 'Caption', text_align='start', **kw)
            else:
                self.para(c, 'CaptionPlain', text_align='center', **kw)

    def table(self, t):
        if t.rule == 'tabs':
            return self.tab_table(t)
        if t.caption and not t.caption_below:
            self.caption(t)
        self.ntab += 1
        tn = 'T%d' % self.ntab
        tw = min(self.text_width, sum(t.widths))
        scale = tw / sum(t.widths)
        widths = [w * scale for w in t.widths]
        kw = self.take()
        attrs = ' style:master-page-name="%s"' % kw['master'] if kw.get('master') else ''
        brk = ' fo:break-before="page"' if kw.get('brk') else ''
        self.auto.append('<style:style style:name="%s" style:family="table"%s><style:table-properties '
                         'style:width="%s" table:align="center" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"%s '
                         'style:may-break-between-rows="%s"/></style:style>'
                         % (tn, attrs, cm(tw), brk, 'false' if t.keep else 'true'))
        for c, w in enumerate(widths):
            self.auto.append('<style:style style:name="%s.C%d" style:family="table-column">'
                             '<style:table-column-properties style:column-width="%s"/></style:style>'
                             % (tn, c, cm(w)))
        font = t.font or (self.st.size - 2)
        rows, anchors, covered = t.grid()
        nrows = len(rows)
        line = '0.5pt solid #000000'
        amap = {'l': 'start', 'c': 'center', 'r': 'end'}
        out = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)]
        out += ['<table:table-column table:style-name="%s.C%d"/>' % (tn, c) for c in range(len(widths))]
        for r in range(nrows):
            head = r < t.header
            if r == 0 and t.header and t.repeat:
                out.append('<table:table-header-rows>')
            out.append('<table:table-row table:style-name="RowKeep">')
            for c in range(len(widths)):
                if (r, c) in covered:
                    out.append('<table:covered-table-cell/>')
                    continue
                text, rs, cs = anchors[(r, c)]
                last = r + rs - 1
                b = {}
                if t.rule == 'grid':
                    b = {'': line}
                elif t.rule == 'outer':
                    b = {'left': line, 'right': line}
                    if r == 0 or head:
                        b['top'] = line
                    if last == t.header - 1 or last == nrows - 1 or (r in t.bold_rows):
                        b['bottom'] = line
                    if r in t.bold_rows:
                        b['top'] = line
                elif t.rule == 'hrules':
                    if r == 0:
                        b['top'] = '1pt solid #000000'
                    if last == t.header - 1 or last == nrows - 1:
                        b['bottom'] = line if last != nrows - 1 else '1pt solid #000000'
                    if r in t.bold_rows:
                        b['top'] = line
                props = ' '.join('fo:border%s="%s"' % ('-' + k if k else '', v) for k, v in sorted(b.items()))
                shade = ' fo:background-color="%s"' % t.shade if (head and t.shade) else ''
                valign = 'middle' if head else 'top'
                cst = self._style(('cell', props, shade, valign), lambda n: (
                    '<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
                    '%s%s fo:padding="0.08cm" style:vertical-align="%s"/></style:style>' % (n, props, shade, valign)))
                al = 'center' if head else amap[t.align[c] if c < len(t.align) else t.align[-1]]
                bold = head or r in t.bold_rows
                ps = self.pstyle('TableText', size='%g' % font, bold=bold, text_align=al)
                span = ''
                if rs > 1:
                    span += ' table:number-rows-spanned="%d"' % rs
                if cs > 1:
                    span += ' table:number-columns-spanned="%d"' % cs
                paras = ''.join('<text:p text:style-name="%s">%s</text:p>' % (ps, runs(x))
                                for x in text.split('\n'))
                out.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s'
                           '</table:table-cell>' % (cst, span, paras))
            out.append('</table:table-row>')
            if t.header and t.repeat and r == t.header - 1:
                out.append('</table:table-header-rows>')
        out.append('</table:table>')
        self.body.append('\n'.join(out))
        if t.caption and t.caption_below:
            self.caption(t, below=True)
        if t.note:
            self.para(t.note, 'Note')

    def tab_table(self, t):
        """Unruled: one paragraph per row, columns on tab stops (no spans)."""
        if t.caption:
            self.caption(t)
        font = t.font or (self.st.size - 1)
        tw = self.text_width - 0.5
        scale = min(1.0, tw / sum(t.widths))
        widths = [w * scale for w in t.widths]
        tabs, x = [], 0.0
        for c, w in enumerate(widths):
            if c > 0:
                a = t.align[c] if c < len(t.align) else t.align[-1]
                tabs.append((x + w, 'right') if a == 'r' else ((x + w / 2, 'center') if a == 'c' else (x, 'left')))
            x += w
        for r, row in enumerate(t.rows):
            kw = dict(margin_left=cm(0.5), tabs=tuple(tabs), size='%g' % font,
                      bold=(r < t.header or r in t.bold_rows))
            if r < len(t.rows) - 1:
                kw['keep_with_next'] = 'always'
            if r == len(t.rows) - 1:
                kw['margin_bottom'] = cm(0.3)
            kw.update(self.take())
            self.body.append('<text:p text:style-name="%s">%s</text:p>' % (
                self.pstyle('TabRow', **kw), '<text:tab/>'.join(runs(x) for x in row)))

    # ---- document -------------------------------------------------------
    def document(self):
        st = self.st

        def layout(name, w, h, ml, mr, mt, mb, orient):
            return ('<style:page-layout style:name="%s"><style:page-layout-properties fo:page-width="%s" '
                    'fo:page-height="%s" style:print-orientation="%s" fo:margin-left="%s" fo:margin-right="%s" '
                    'fo:margin-top="%s" fo:margin-bottom="%s"/><style:header-style><style:header-footer-properties '
                    'fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style>'
                    '<style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>'
                    '</style:page-layout>' % (name, cm(w), cm(h), orient, cm(ml), cm(mr), cm(mt), cm(mb)))
        pn = '<text:page-number text:select-page="current">1</text:page-number>'
        hdr = ('<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % esc(st.header)
               if st.header else '')
        fp = esc(st.footer_page).replace('%s', pn)
        ftr = '<style:footer>%s<text:p text:style-name="Footer">%s</text:p></style:footer>' % (
            '<text:p text:style-name="Footer">%s</text:p>' % esc(st.footer) if st.footer else '', fp)
        masters = ('<style:master-page style:name="Cover" style:page-layout-name="pmP"/>'
                   '<style:master-page style:name="Body" style:page-layout-name="pmP">%s%s</style:master-page>'
                   '<style:master-page style:name="Landscape" style:page-layout-name="pmL">%s%s</style:master-page>'
                   '<style:master-page style:name="Standard" style:page-layout-name="pmP"/>' % (hdr, ftr, hdr, ftr))
        auto = [layout('pmP', 21.0, 29.7, st.ml, st.mr, st.mt, st.mb, 'portrait'),
                layout('pmL', 29.7, 21.0, 2.0, 2.0, 2.0, 1.5, 'landscape'),
                '<style:style style:name="RowKeep" style:family="table-row"><style:table-row-properties '
                'fo:keep-together="always"/></style:style>'] + self.auto
        return TEMPLATE % dict(title=esc(self.title), font=st.font, size=st.size, line=st.line,
                               align='justify' if st.justify else 'start', indent=cm(st.indent),
                               auto='\n'.join(auto), masters=masters, body='\n'.join(self.body))


TEMPLATE = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title><meta:generator>lkj-audit tools/blind-gen</meta:generator></office:meta>
<office:font-face-decls>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
<style:font-face style:name="Liberation Sans Narrow" svg:font-family="'Liberation Sans Narrow'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="page"/><style:text-properties style:font-name="%(font)s" fo:font-size="%(size)spt" fo:language="id" fo:country="ID" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="%(align)s" fo:text-indent="%(indent)s" fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="%(line)s%%" fo:orphans="2" fo:widows="2"/></style:style>
<style:style style:name="List" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="%(align)s" fo:margin-bottom="0.1cm" fo:line-height="%(line)s%%"/></style:style>
<style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="H3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
<style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:keep-with-next="always"/></style:style>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="CaptionPlain" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Note" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
<style:style style:name="TableText" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="100%%"/></style:style>
<style:style style:name="TabRow" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:line-height="120%%"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:padding-bottom="0.05cm" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
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


def to_pdf(fodt_path, out_dir):
    exe = shutil.which('soffice') or shutil.which('libreoffice')
    if not exe:
        raise SystemExit('soffice not found: apt-get install libreoffice-writer-nogui fonts-liberation')
    prof = tempfile.mkdtemp(prefix='lo-blind-')
    try:
        subprocess.run([exe, '-env:UserInstallation=file://' + prof, '--headless', '--norestore',
                        '--convert-to', 'pdf:writer_pdf_Export', '--outdir', out_dir, fodt_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, TZ='UTC', SAL_USE_VCLPLUGIN='svp'))
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    pdf = os.path.join(out_dir, os.path.splitext(os.path.basename(fodt_path))[0] + '.pdf')
    normalize_pdf(pdf)
    return pdf


def normalize_pdf(path):
    """Fixed time stamps and IDs (same byte length), so re-renders are identical."""
    data = open(path, 'rb').read()

    def date(m):
        s = m.group(2)
        fixed = b'D:20250301000000' + re.sub(rb'[0-9]', b'0', s[16:])
        return m.group(1) + (fixed if len(fixed) == len(s) else s) + b')'
    data = re.sub(rb'(/(?:CreationDate|ModDate)\s*\()([^)]*)\)', date, data)
    data = re.sub(rb'/ID\s*\[[^\]]*\]', lambda m: re.sub(
        rb'<[0-9A-Fa-f]+>', lambda h: b'<' + b'0' * (len(h.group(0)) - 2) + b'>', m.group(0)), data)
    data = re.sub(rb'/DocChecksum\s*/[0-9A-Fa-f]+', lambda m: re.sub(
        rb'/[0-9A-Fa-f]+$', lambda h: b'/' + b'0' * (len(h.group(0)) - 1), m.group(0)), data)
    open(path, 'wb').write(data)
