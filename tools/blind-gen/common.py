"""Table and narrative builders shared by the blind documents.

Each builder prints figures of the model through doc.fig(site, text), so any
of them can carry an injected error; `cv` (conventions) says how this office
prints money and percents and how its tables are ruled.
"""
from decimal import Decimal

from fodt import Table
from lkjlib import D, num, pct, mean

WORDS = {1: 'satu', 2: 'dua', 3: 'tiga', 4: 'empat', 5: 'lima', 6: 'enam', 7: 'tujuh', 8: 'delapan',
         9: 'sembilan', 10: 'sepuluh', 11: 'sebelas', 12: 'dua belas'}


class Conv:
    def __init__(self, money, pct_dec=2, pct_sign=False, fmt='id', rule='grid', shade=None, font=None,
                 rule_small=None, dash='-'):
        self.money_fn = money
        self.pct_dec, self.pct_sign, self.fmt = pct_dec, pct_sign, fmt
        self.rule, self.shade, self.font = rule, shade, font
        self.rule_small = rule_small or rule
        self.dash = dash

    def money(self, v):
        return self.money_fn(v)

    def pct(self, v, dec=None):
        s = num(v, self.pct_dec if dec is None else dec, self.fmt)
        return s + ('%' if self.pct_sign else '')

    def n(self, v, dec=0):
        return num(v, dec, self.fmt)


def money_rp(v):
    return 'Rp ' + num(v) + ',00'


def money_rp_dash(v):
    return 'Rp. ' + num(v) + ',-'


def money_plain(v):
    return num(v)


def money_en(v):
    return num(v, 0, 'en')


def capaian(t, r, kind):
    t, r = D(t), D(r)
    if kind == 'inv':
        return t * 100 / r
    if kind == '2t':
        return (2 * t - r) * 100 / t
    return r * 100 / t


# ---------------------------------------------------------------- budget tree table
def budget_tree(doc, tid, caption, nodes, cv, cols=('kode', 'uraian', 'anggaran', 'realisasi', 'pct'),
                total_label='JUMLAH', numbered=False, bold_levels=(0,), rule=None, font=None,
                header_rows=None, note=None, widths=None, site_prefix=None, number_row=False, repeat=True):
    """Program > Kegiatan > Sub Kegiatan with codes, a Jumlah row, optional Sisa and No columns."""
    sp = site_prefix or tid
    heads = {'no': 'No', 'kode': 'Kode Rekening', 'uraian': 'Program / Kegiatan / Sub Kegiatan',
             'anggaran': 'Anggaran (Rp)', 'realisasi': 'Realisasi (Rp)', 'pct': '%',
             'sisa': 'Sisa Anggaran (Rp)'}
    if header_rows:
        rows = [list(r) for r in header_rows]
    else:
        rows = [[heads[c] for c in cols]]
    if number_row:
        rows.append(['(%d)' % (i + 1) for i in range(len(cols))])
    nh = len(rows)
    bold = []
    k = 0
    for top in nodes:
        for node, level in top.walk():
            row = []
            if level in bold_levels:
                bold.append(len(rows))
            for c in cols:
                if c == 'no':
                    if level == 0:
                        k += 1
                    row.append(str(k) if level == 0 else '')
                elif c == 'kode':
                    row.append(node.code)
                elif c == 'uraian':
                    row.append(node.name)
                elif c == 'anggaran':
                    row.append(doc.fig('%s.%s.a' % (sp, node.code), cv.money(node.budget)))
                elif c == 'realisasi':
                    row.append(doc.fig('%s.%s.r' % (sp, node.code), cv.money(node.real)))
                elif c == 'pct':
                    row.append(doc.fig('%s.%s.p' % (sp, node.code), cv.pct(pct(node.real, node.budget))))
                elif c == 'sisa':
                    row.append(doc.fig('%s.%s.s' % (sp, node.code), cv.money(node.budget - node.real)))
            rows.append(row)
    tb = sum(n.budget for n in nodes)
    tr = sum(n.real for n in nodes)
    tot = []
    for i, c in enumerate(cols):
        if c in ('no', 'kode'):
            tot.append(total_label if i == 0 else '<')
        elif c == 'uraian':
            tot.append('<' if cols[0] in ('no', 'kode') else total_label)
        elif c == 'anggaran':
            tot.append(doc.fig('%s.tot.a' % sp, cv.money(tb)))
        elif c == 'realisasi':
            tot.append(doc.fig('%s.tot.r' % sp, cv.money(tr)))
        elif c == 'pct':
            tot.append(doc.fig('%s.tot.p' % sp, cv.pct(pct(tr, tb))))
        elif c == 'sisa':
            tot.append(doc.fig('%s.tot.s' % sp, cv.money(tb - tr)))
    bold.append(len(rows))
    rows.append(tot)
    wd = {'no': 0.9, 'kode': 2.6, 'uraian': 7.0, 'anggaran': 3.3, 'realisasi': 3.3, 'pct': 1.5, 'sisa': 3.0}
    al = ''.join({'no': 'c', 'kode': 'l', 'uraian': 'l'}.get(c, 'r') for c in cols)
    doc.table(Table(caption, rows, widths or [wd[c] for c in cols], header=nh, align=al,
                    rule=rule or cv.rule, shade=cv.shade, font=font or cv.font, bold_rows=bold, note=note,
                    repeat=repeat))
    return tb, tr


# ---------------------------------------------------------------- indicator tables
def ind_value(cv, ind, v):
    """An indicator value as printed in its table (unit suffix for some)."""
    s = num(v, ind.get('dec', 2), cv.fmt)
    return s + ind['suffix'] if ind.get('suffix') else s


def capaian_years(doc, tid, caption, inds, years, cv, avg=True, avg_label='Rata-rata Capaian',
                  status=False, rule=None, font=None):
    """No | Indikator | Satuan | {Target | Realisasi | Capaian} per year (merged headers)."""
    h1 = ['No', 'Indikator Kinerja', 'Satuan']
    h2 = ['^', '^', '^']
    for y in years:
        h1 += ['Tahun %s' % doc.fig('%s.hy%d' % (tid, y), str(y)), '<', '<']
        h2 += ['Target', 'Realisasi', 'Capaian (%)']
    if status:
        h1.append('Keterangan')
        h2.append('^')
    rows = [h1, h2]
    caps = {y: [] for y in years}
    for i, ind in enumerate(inds):
        row = [str(i + 1), ind['name'], ind['unit']]
        for y in years:
            t, r = ind['data'][y]
            c = capaian(t, r, ind.get('kind', 'up'))
            caps[y].append(D(cv.pct(c).rstrip('%').replace('.', '').replace(',', '.')) if cv.fmt == 'id'
                           else D(cv.pct(c).rstrip('%').replace(',', '')))
            row += [doc.fig('%s.%d.%d.t' % (tid, i, y), ind_value(cv, ind, t)),
                    doc.fig('%s.%d.%d.r' % (tid, i, y), ind_value(cv, ind, r)),
                    doc.fig('%s.%d.%d.c' % (tid, i, y), cv.pct(c))]
        if status:
            cy = capaian(*ind['data'][years[-1]], ind.get('kind', 'up'))
            row.append(doc.fig('%s.%d.st' % (tid, i), 'Tercapai' if cy >= 100 else 'Belum Tercapai'))
        rows.append(row)
    bold = []
    if avg:
        row = [avg_label, '<', '<']
        for y in years:
            row += ['', '', doc.fig('%s.avg.%d' % (tid, y), cv.pct(mean(caps[y])))]
        if status:
            row.append('')
        bold.append(len(rows))
        rows.append(row)
    widths = [0.8, 5.2, 1.7] + [1.7, 1.7, 1.7] * len(years) + ([2.2] if status else [])
    doc.table(Table(caption, rows, widths, header=2, align='clc' + 'r' * (3 * len(years)) + 'c',
                    rule=rule or cv.rule, shade=cv.shade, font=font or cv.font, bold_rows=bold))
    return caps


def ikm_table(doc, tid, caption, unsur, cv, rule=None):
    """Unsur pelayanan with NRR; IKM = mean NRR; konversi = x 25; category."""
    rows = [['No', 'Unsur Pelayanan', 'Nilai Rata-rata (NRR)', 'Nilai Konversi']]
    for i, (name, v) in enumerate(unsur):
        rows.append([str(i + 1), name, doc.fig('%s.u%d' % (tid, i), num(v, 2, cv.fmt)),
                     doc.fig('%s.k%d' % (tid, i), num(D(v) * 25, 2, cv.fmt))])
    m = mean([D(num(v, 2, 'en').replace(',', '')) for _, v in unsur])
    conv = D(num(m, 2, 'en')) * 25
    cat = ('A (Sangat Baik)' if conv >= D('88.31') else 'B (Baik)' if conv >= D('76.61')
           else 'C (Kurang Baik)' if conv >= 65 else 'D (Tidak Baik)')
    rows.append(['Nilai IKM', '<', doc.fig('%s.ikm' % tid, num(m, 2, cv.fmt)), doc.fig('%s.konv' % tid, num(conv, 2, cv.fmt))])
    rows.append(['Mutu Pelayanan', '<', doc.fig('%s.cat' % tid, cat), '<'])
    doc.table(Table(caption, rows, [1.0, 8.0, 3.2, 3.0], header=1, align='clrr', rule=rule or cv.rule,
                    shade=cv.shade, font=cv.font, bold_rows=[len(rows) - 2, len(rows) - 1]))
    return m, conv, cat


def belanja_jenis(doc, tid, caption, parts, cv, share=True, rule=None, label_total='Jumlah Belanja'):
    """parts: [(group, [(name, budget, real)])]; group subtotal rows; share of realisasi sums to 100."""
    heads = ['No', 'Jenis Belanja', 'Anggaran', 'Realisasi', '%'] + (['Proporsi (%)'] if share else [])
    rows = [heads]
    tb = sum(b for _, items in parts for _, b, _ in items)
    tr = sum(r for _, items in parts for _, _, r in items)
    bold = []
    shares = []
    for gi, (g, items) in enumerate(parts):
        gb = sum(b for _, b, _ in items)
        gr = sum(r for _, _, r in items)
        bold.append(len(rows))
        row = [chr(65 + gi), g, doc.fig('%s.g%d.a' % (tid, gi), cv.money(gb)),
               doc.fig('%s.g%d.r' % (tid, gi), cv.money(gr)), doc.fig('%s.g%d.p' % (tid, gi), cv.pct(pct(gr, gb)))]
        if share:
            row.append(doc.fig('%s.g%d.sh' % (tid, gi), cv.pct(pct(gr, tr))))
        rows.append(row)
        for ii, (name, b, r) in enumerate(items):
            row = ['%d' % (ii + 1), name, doc.fig('%s.g%d.%d.a' % (tid, gi, ii), cv.money(b)),
                   doc.fig('%s.g%d.%d.r' % (tid, gi, ii), cv.money(r) if r else cv.dash),
                   doc.fig('%s.g%d.%d.p' % (tid, gi, ii), cv.pct(pct(r, b)) if r else cv.dash)]
            if share:
                row.append('')
            rows.append(row)
    row = [label_total, '<', doc.fig('%s.tot.a' % tid, cv.money(tb)), doc.fig('%s.tot.r' % tid, cv.money(tr)),
           doc.fig('%s.tot.p' % tid, cv.pct(pct(tr, tb)))]
    if share:
        row.append(doc.fig('%s.tot.sh' % tid, cv.pct(100)))
    bold.append(len(rows))
    rows.append(row)
    doc.table(Table(caption, rows, [0.9, 6.0, 3.4, 3.4, 1.5] + ([1.8] if share else []), header=1,
                    align='clrrrr', rule=rule or cv.rule, shade=cv.shade, font=cv.font, bold_rows=bold))
    return tb, tr


def comparison(doc, tid, caption, inds, years, end_year, cv, rule=None):
    """Realisasi over three years, the Renstra end target, capaian of this year vs that end target."""
    y = years[-1]
    rows = [['No', 'Indikator Kinerja', 'Realisasi', '<', '<', 'Target Akhir Renstra (%s)' % end_year,
             'Capaian %s thd Target Akhir Renstra (%%)' % y],
            ['^', '^'] + [str(x) for x in years] + ['^', '^']]
    for i, ind in enumerate(inds):
        row = [str(i + 1), '%s (%s)' % (ind['name'], ind['unit'])]
        for x in years:
            row.append(doc.fig('%s.%d.%d' % (tid, i, x), ind_value(cv, ind, ind['hist'][x])))
        row.append(doc.fig('%s.%d.end' % (tid, i), ind_value(cv, ind, ind['end'])))
        row.append(doc.fig('%s.%d.ce' % (tid, i), cv.pct(capaian(ind['end'], ind['hist'][y], ind.get('kind', 'up')))))
        rows.append(row)
    doc.table(Table(caption, rows, [0.8, 6.0, 1.8, 1.8, 1.8, 2.4, 2.6], header=2, align='clrrrrr',
                    rule=rule or cv.rule, shade=cv.shade, font=cv.font))


def efficiency(doc, tid, caption, rows_in, cv, rule=None):
    """Sasaran | capaian kinerja | serapan anggaran | efisiensi = capaian - serapan (percentage points)."""
    rows = [['No', 'Sasaran / Indikator', 'Capaian Kinerja (%)', 'Realisasi Anggaran (%)', 'Tingkat Efisiensi (%)', 'Kategori']]
    for i, (name, ck, sa) in enumerate(rows_in):
        ck_p = cv.pct(ck)
        sa_p = cv.pct(sa)
        e = D(ck_p.rstrip('%').replace('.', '').replace(',', '.')) - D(sa_p.rstrip('%').replace('.', '').replace(',', '.'))
        rows.append([str(i + 1), name, doc.fig('%s.%d.ck' % (tid, i), ck_p), doc.fig('%s.%d.sa' % (tid, i), sa_p),
                     doc.fig('%s.%d.ef' % (tid, i), cv.pct(e)), 'Efisien' if e >= 0 else 'Tidak Efisien'])
    doc.table(Table(caption, rows, [0.8, 6.2, 2.3, 2.3, 2.3, 2.2], header=1, align='clrrrc',
                    rule=rule or cv.rule, shade=cv.shade, font=cv.font))


def staff(doc, tid, caption, groups, cv, rule=None, share=True):
    """Counts per group, Jumlah, share of total."""
    tot = sum(n for _, n in groups)
    rows = [['No', 'Uraian', 'Jumlah (orang)'] + (['Persentase'] if share else [])]
    for i, (g, n) in enumerate(groups):
        rows.append([str(i + 1), g, doc.fig('%s.%d' % (tid, i), str(n) if n else cv.dash)]
                    + ([doc.fig('%s.%d.sh' % (tid, i), cv.pct(pct(n, tot)) if n else cv.dash)] if share else []))
    rows.append(['Jumlah', '<', doc.fig('%s.tot' % tid, str(tot))] + ([doc.fig('%s.tot.sh' % tid, cv.pct(100))] if share else []))
    doc.table(Table(caption, rows, [1.0, 8.0, 2.8] + ([2.8] if share else []), header=1, align='clrr',
                    rule=rule or cv.rule, shade=cv.shade, font=cv.font, bold_rows=[len(rows) - 1]))
    return tot


FILLER = [
    'Pelaksanaan program dan kegiatan didukung oleh koordinasi lintas bidang serta pemantauan berkala '
    'melalui rapat evaluasi triwulanan yang dipimpin langsung oleh kepala perangkat daerah.',
    'Beberapa kendala yang dihadapi antara lain keterbatasan sumber daya manusia yang memiliki kompetensi '
    'teknis, keterlambatan proses pengadaan barang dan jasa, serta penyesuaian jadwal pelaksanaan kegiatan.',
    'Upaya yang dilakukan untuk mengatasi kendala tersebut adalah peningkatan kapasitas aparatur melalui '
    'bimbingan teknis, percepatan proses administrasi, dan penguatan sistem informasi pelaporan kinerja.',
    'Data capaian kinerja diperoleh dari laporan bidang teknis yang telah diverifikasi oleh Sub Bagian '
    'Perencanaan dan Keuangan serta dicocokkan dengan dokumen pertanggungjawaban keuangan.',
]


def indicator_narratives(doc, tid, items, cv, year, prev_year=None, lower_note=None):
    """One paragraph per indicator restating its target, realisasi and capaian (and last year's value).

    items: (name, unit_suffix, dec, target, realisasi, kind, prev) with kind 'up' | 'inv' | '2t'."""
    for i, (name, suf, dec, t, r, kind, prev) in enumerate(items):
        c = capaian(t, r, kind)
        v = lambda key, x: doc.fig('%s.%d.%s' % (tid, i, key), num(x, dec, cv.fmt) + suf)
        text = ('Indikator %s pada tahun %d ditargetkan sebesar %s dengan realisasi sebesar %s, sehingga capaian '
                'kinerjanya %s%%.' % (name, year, v('t', t), v('r', r), doc.fig('%s.%d.c' % (tid, i), cv.pct(c))))
        if prev is not None:
            trend = 'meningkat' if (r > prev) == (kind == 'up') else 'menurun'
            if r == prev:
                trend = 'sama'
            text += (' Dibandingkan tahun %d yang sebesar %s, kinerja indikator ini %s.'
                     % (prev_year, v('prev', prev), trend if trend != 'sama' else 'tidak berubah'))
        if kind != 'up' and lower_note:
            text += ' ' + lower_note
        doc.para(text)
