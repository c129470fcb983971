"""Bappeda Kota Bukit Harapan, LKjIP 2021.

Conventions: serif 11.5 pt; small tables as tab-aligned paragraphs without any
ruling; the budget table ruled only by a box and vertical lines, shaded header,
programs numbered 1, 2, ... and kegiatan a., b., ... (no codes), with both the
APBD Murni and the APBD Perubahan budget and % against the Perubahan;
'Rp. 1.234.567,-'; percents with one decimal; cumulative 's.d.' columns against
the Renstra end target; figures with units in the cell ('12 dokumen', '73 poin');
an English-format appendix.
"""
import random

from fodt import Style, Table
from lkjlib import Doc, num, pct, typo, swap, D
import common as C

OFFICE = 'Badan Perencanaan Pembangunan Daerah Kota Bukit Harapan'
YEAR = 2021


def build(toc=None):
    rng = random.Random(2021)
    st = Style(font='Liberation Serif', size=11.5, line=140, caption='center-plain', margins=(3.0, 2.0, 2.5, 2.5),
               header='', footer='Laporan Kinerja Bappeda Kota Bukit Harapan Tahun 2021', footer_page='%s',
               heading_upper=True, indent=1.0)
    doc = Doc('blind-2021-bappeda-kota-bukit-harapan', st, 'LKjIP %s %d' % (OFFICE, YEAR), OFFICE, YEAR)
    doc.toc_pages = toc
    cv = C.Conv(C.money_rp_dash, pct_dec=1, pct_sign=False, rule='outer', shade='#dbe5f1', font=9)

    progs = [
        ('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', [
            'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Administrasi Keuangan Perangkat Daerah',
            'Administrasi Umum Perangkat Daerah', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah']),
        ('Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah', [
            'Penyusunan Perencanaan dan Pendanaan', 'Analisis Data dan Informasi Perencanaan Pembangunan Daerah',
            'Pengendalian, Evaluasi dan Pelaporan Pelaksanaan Rencana Pembangunan Daerah']),
        ('Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah', [
            'Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia',
            'Koordinasi Perencanaan Bidang Perekonomian dan Sumber Daya Alam',
            'Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan']),
        ('Program Penelitian dan Pengembangan Daerah', [
            'Penelitian dan Pengembangan Perencanaan Pembangunan Daerah']),
    ]
    model = []
    for pname, kegs in progs:
        ks = []
        for k in kegs:
            per = rng.randrange(180, 2600) * 500000 // 1000 * 1000 // 1000 * 1000
            murni = per + rng.choice([0, 0, 25000000, -40000000, 60000000])
            real = int(per * rng.uniform(0.84, 0.985)) // 100 * 100
            ks.append(dict(name=k, murni=murni, per=per, real=real))
        model.append(dict(name=pname, kegs=ks, murni=sum(k['murni'] for k in ks), per=sum(k['per'] for k in ks),
                          real=sum(k['real'] for k in ks)))
    model[0]['kegs'][1]['per'] = 6847215000
    model[0]['kegs'][1]['murni'] = 6912215000
    model[0]['kegs'][1]['real'] = 6531077420
    for p in model:
        p['murni'] = sum(k['murni'] for k in p['kegs'])
        p['per'] = sum(k['per'] for k in p['kegs'])
        p['real'] = sum(k['real'] for k in p['kegs'])
    TM = sum(p['murni'] for p in model)
    TP = sum(p['per'] for p in model)
    TR = sum(p['real'] for p in model)

    # ---- injections ----
    doc.inject('D3-1', 'total_typo', 't11.tot', lambda t: str(int(t) - 1), ['t11.%d' % i for i in range(6)],
               'unruled staff table: Jumlah one less than the sum of its rows')
    doc.inject('D3-2', 'narrative_budget', 'n.p2.per', lambda t: typo(t, 3, (int([c for c in t if c.isdigit()][3]) + 4) % 10),
               ['t32.p1.per'], 'narrative: Program Perencanaan, Pengendalian dan Evaluasi budget differs from Tabel 3.2 (Perubahan)')
    doc.inject('D3-3', 'capaian_wrong', 't31.2.c', '96,7', ['t31.2.t', 't31.2.r'],
               'capaian of the usulan musrenbang indicator: 62,35 / 65 = 95,9')
    doc.inject('D3-4', 'row_percent', 't32.p2.pct', lambda t: typo(t, 1, (int([c for c in t if c.isdigit()][1]) + 3) % 10),
               ['t32.p2.per', 't32.p2.real'], 'program % realisasi against the Perubahan budget')
    doc.inject('D3-5', 'subtotal_wrong', 't32.p0.real', lambda t: typo(t, 4, (int([c for c in t if c.isdigit()][4]) + 1) % 10),
               ['t32.p0.k%d.real' % i for i in range(4)], 'program realisasi is not the sum of its four kegiatan')
    doc.inject('D3-6', 'capaian_wrong_en', 'lamp.3.c', '101.59', ['lamp.3.t', 'lamp.3.r'],
               'English appendix: 3.45 / 3.42 ... capaian printed 101.59, should be 100.88')
    doc.inject('D3-7', 'xref_indicator', 't33.0.2021', '13 dokumen', ['t31.0.r'],
               'comparison table prints 13 dokumen for 2021, Tabel 3.1 says 11 dokumen')

    w = doc.w
    for ln, sz in [('', 12), ('', 12), ('LAPORAN KINERJA', 20), ('INSTANSI PEMERINTAH', 16), ('TAHUN 2021', 16),
                   ('', 12), ('', 12), ('', 12), ('BADAN PERENCANAAN PEMBANGUNAN DAERAH', 13), ('KOTA BUKIT HARAPAN', 13),
                   ('', 12), ('TAHUN 2022', 12)]:
        w.center(ln, size=sz, bold=sz >= 13)
    doc.page('Body')
    doc.heading(1, 'Kata Pengantar')
    doc.para('Laporan Kinerja Badan Perencanaan Pembangunan Daerah (Bappeda) Kota Bukit Harapan Tahun 2021 disusun '
             'sebagai bentuk pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi dalam rangka mewujudkan '
             'visi dan misi Walikota sebagaimana tertuang dalam RPJMD Kota Bukit Harapan Tahun 2019-2023.')
    doc.para('Laporan ini diharapkan dapat menjadi bahan evaluasi dan umpan balik bagi perbaikan perencanaan '
             'pembangunan daerah pada tahun-tahun berikutnya.')
    w.signature(['Bukit Harapan, Januari 2022', 'KEPALA BAPPEDA', 'KOTA BUKIT HARAPAN', '', 'Ir. BAMBANG SETIAJI, M.T.',
                 'Pembina Utama Muda', 'NIP. 19690815 199503 1 002'])
    doc.page()
    doc.heading(1, 'Ikhtisar Eksekutif')
    doc.para('Pada Tahun Anggaran 2021 Bappeda Kota Bukit Harapan mengelola anggaran sebesar %s sesuai APBD '
             'Perubahan (APBD Murni sebesar %s). Realisasi anggaran sampai dengan 31 Desember 2021 sebesar %s '
             'atau %s%% dari anggaran setelah perubahan.'
             % (doc.fig('ikh.per', cv.money(TP)), doc.fig('ikh.murni', cv.money(TM)), doc.fig('ikh.real', cv.money(TR)),
                doc.fig('ikh.p', cv.pct(pct(TR, TP)))))
    doc.trap('D3-T1', 'murni_vs_perubahan', ['ikh.murni', 'ikh.per', 't32.tot.murni', 't32.tot.per'],
             'APBD Murni and Perubahan both printed and named; % is against the Perubahan')
    doc.para('Capaian kinerja sasaran strategis Bappeda pada tahun 2021 secara umum telah memenuhi target yang '
             'ditetapkan dalam Perjanjian Kinerja, kecuali indikator persentase usulan musrenbang yang diakomodir '
             'dalam RKPD.')

    doc.heading(1, 'Bab I Pendahuluan')
    doc.para('Bappeda Kota Bukit Harapan dibentuk berdasarkan Peraturan Daerah Kota Bukit Harapan Nomor 11 Tahun '
             '2016 dan mempunyai tugas membantu Walikota dalam melaksanakan fungsi penunjang urusan pemerintahan '
             'bidang perencanaan serta penelitian dan pengembangan.')
    doc.para(C.FILLER[0])
    doc.para('Keadaan pegawai Bappeda menurut tingkat pendidikan per 31 Desember 2021:')
    staff = [('S3', 1), ('S2', 14), ('S1/D4', 29), ('D3', 4), ('SMA/sederajat', 9), ('SMP', 0)]
    rows = [['No', 'Pendidikan', 'Jumlah (orang)']]
    for i, (g, n) in enumerate(staff):
        rows.append(['%d.' % (i + 1), g, doc.fig('t11.%d' % i, str(n) if n else '-')])
    rows.append(['', 'Jumlah', doc.fig('t11.tot', str(sum(n for _, n in staff)))])
    doc.table(Table('Tabel 1.1 Pegawai Bappeda Menurut Pendidikan', rows, [1.2, 6.0, 3.2], align='llr', rule='tabs',
                    bold_rows=[len(rows) - 1]))

    doc.page()
    doc.heading(1, 'Bab II Perencanaan Kinerja')
    doc.para('Sasaran strategis Bappeda dalam Renstra 2019-2023 adalah meningkatnya kualitas perencanaan '
             'pembangunan daerah, dengan target tahunan sebagai berikut.')
    inds = [
        dict(name='Jumlah dokumen perencanaan yang ditetapkan tepat waktu', unit='dokumen', dec=0, suffix=' dokumen',
             ren={2019: 10, 2020: 11, 2021: 11, 2022: 12, 2023: 12}, real=11,
             hist={2019: 10, 2020: 10, 2021: 11}, end=12),
        dict(name='Nilai evaluasi SAKIP Pemerintah Kota', unit='poin', dec=0, suffix=' poin',
             ren={2019: 66, 2020: 68, 2021: 70, 2022: 72, 2023: 75}, real=73,
             hist={2019: 64, 2020: 67, 2021: 73}, end=75),
        dict(name='Persentase usulan musrenbang yang diakomodir dalam RKPD', unit='%', dec=2,
             ren={2019: 55, 2020: 60, 2021: 65, 2022: 70, 2023: 75}, real=62.35,
             hist={2019: 51.20, 2020: 58.04, 2021: 62.35}, end=75),
        dict(name='Jumlah kajian perencanaan pembangunan yang dimanfaatkan', unit='kajian', dec=0, suffix=' kajian',
             ren={2019: 3, 2020: 3, 2021: 4, 2022: 4, 2023: 4}, real=4,
             hist={2019: 3, 2020: 2, 2021: 4}, end=18, cumulative=True),
    ]
    rows = [['Indikator', '2019', '2020', '2021', '2022', '2023']]
    for i, ind in enumerate(inds):
        rows.append([ind['name']] + [doc.fig('ren.%d.%d' % (i, y), C.ind_value(cv, ind, ind['ren'][y])) for y in range(2019, 2024)])
    doc.table(Table('Tabel 2.1 Target Kinerja Renstra Bappeda 2019-2023', rows, [6.4, 1.9, 1.9, 1.9, 1.9, 1.9],
                    align='lrrrrr', rule='hrules', font=8.5))
    doc.trap('D3-T2', 'target_of_another_year', ['ren.2.2023', 'ren.2.2021'],
             'Renstra targets for every year; 2021 capaian uses the 2021 target (65), not 2023 (75)')
    doc.para(C.FILLER[3])

    doc.heading(1, 'Bab III Akuntabilitas Kinerja')
    doc.heading(2, 'A. Capaian Kinerja')
    doc.para('Kolom realisasi s.d. 2021 memuat realisasi kumulatif sejak awal periode Renstra untuk indikator '
             'yang bersifat kumulatif (jumlah kajian), dan realisasi tahun berjalan untuk indikator lainnya.')
    rows = [['No', 'Indikator Kinerja', 'Tahun 2021', '<', '<', 'Realisasi s.d. 2021', 'Target Akhir Renstra 2023',
             'Capaian s.d. 2021 thd Renstra (%)'],
            ['^', '^', 'Target', 'Realisasi', 'Capaian (%)', '^', '^', '^']]
    for i, ind in enumerate(inds):
        t = ind['ren'][2021]
        r = ind['real']
        sd = sum(ind['hist'].values()) if ind.get('cumulative') else r
        rows.append([str(i + 1), ind['name'], doc.fig('t31.%d.t' % i, C.ind_value(cv, ind, t)),
                     doc.fig('t31.%d.r' % i, C.ind_value(cv, ind, r)), doc.fig('t31.%d.c' % i, cv.pct(pct(r, t))),
                     doc.fig('t31.%d.sd' % i, C.ind_value(cv, ind, sd)), doc.fig('t31.%d.end' % i, C.ind_value(cv, ind, ind['end'])),
                     doc.fig('t31.%d.ce' % i, cv.pct(pct(sd, ind['end'])))])
    doc.table(Table('Tabel 3.1 Capaian Indikator Kinerja Sasaran Tahun 2021', rows,
                    [0.8, 5.0, 1.8, 1.8, 1.5, 1.9, 1.9, 2.0], header=2, align='clrrrrrr', rule='grid', shade='#dbe5f1', font=8.5))
    doc.trap('D3-T3', 'cumulative_column', ['t31.3.sd', 't31.3.end', 't31.3.ce', 't31.3.r'],
             'kajian: realisasi s.d. 2021 = 3+2+4 = 9 kajian against the end target 18 (50,0%); 2021 alone 4 of 4')
    doc.trap('D3-T4', 'unit_in_cell', ['t31.1.t', 't31.1.r', 't31.1.c'], '"70 poin" / "73 poin": 104,3%')
    C.indicator_narratives(doc, 'n31', [
        (ind['name'], ind.get('suffix', '%'), ind['dec'], ind['ren'][2021], ind['real'], 'up', ind['hist'][2020])
        for ind in inds], cv, 2021, 2020)
    doc.trap('D3-T6', 'units_in_text', ['n31.1.t', 'n31.1.r', 'n31.1.c'], '70 poin / 73 poin = 104,3%, one decimal')
    doc.para('Nilai evaluasi SAKIP Pemerintah Kota Bukit Harapan meningkat dari %s pada tahun 2020 menjadi %s pada '
             'tahun 2021, melampaui target %s.' % (doc.fig('n.sakip.20', '67 poin'), doc.fig('n.sakip.21', '73 poin'),
                                                  doc.fig('n.sakip.t', '70 poin')))
    doc.para('Indikator persentase usulan musrenbang yang diakomodir belum mencapai target karena keterbatasan '
             'kapasitas fiskal daerah akibat refocusing anggaran penanganan pandemi COVID-19.')
    doc.heading(2, 'B. Perbandingan Realisasi Kinerja')
    rows = [['Indikator', '2019', '2020', '2021', 'Target 2023']]
    for i, ind in enumerate(inds):
        rows.append([ind['name']] + [doc.fig('t33.%d.%d' % (i, y), C.ind_value(cv, ind, ind['hist'][y])) for y in (2019, 2020, 2021)]
                    + [doc.fig('t33.%d.end' % i, C.ind_value(cv, ind, ind['end']))])
    doc.table(Table('Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2019-2021', rows, [6.6, 2.0, 2.0, 2.0, 2.2],
                    align='lrrrr', rule='none', font=9.5))

    doc.page()
    doc.heading(2, 'C. Realisasi Anggaran')
    rows = [['No', 'Program / Kegiatan', 'Anggaran (Rp)', '<', 'Realisasi (Rp)', '%'],
            ['^', '^', 'APBD Murni', 'APBD Perubahan', '^', '^']]
    bold = []
    for pi, p in enumerate(model):
        bold.append(len(rows))
        rows.append(['%d.' % (pi + 1), p['name'], doc.fig('t32.p%d.murni' % pi, cv.money(p['murni'])),
                     doc.fig('t32.p%d.per' % pi, cv.money(p['per'])), doc.fig('t32.p%d.real' % pi, cv.money(p['real'])),
                     doc.fig('t32.p%d.pct' % pi, cv.pct(pct(p['real'], p['per'])))])
        for ki, k in enumerate(p['kegs']):
            rows.append(['', '%s. %s' % ('abcdefgh'[ki], k['name']), doc.fig('t32.p%d.k%d.murni' % (pi, ki), cv.money(k['murni'])),
                         doc.fig('t32.p%d.k%d.per' % (pi, ki), cv.money(k['per'])),
                         doc.fig('t32.p%d.k%d.real' % (pi, ki), cv.money(k['real'])),
                         doc.fig('t32.p%d.k%d.pct' % (pi, ki), cv.pct(pct(k['real'], k['per'])))])
    bold.append(len(rows))
    rows.append(['', 'TOTAL', doc.fig('t32.tot.murni', cv.money(TM)), doc.fig('t32.tot.per', cv.money(TP)),
                 doc.fig('t32.tot.real', cv.money(TR)), doc.fig('t32.tot.pct', cv.pct(pct(TR, TP)))])
    doc.table(Table('Tabel 3.3 Realisasi Anggaran Bappeda Tahun 2021', rows, [0.8, 6.2, 2.9, 2.9, 2.9, 1.2], header=2,
                    align='clrrrr', rule='outer', shade='#dbe5f1', font=8.5, bold_rows=bold))
    doc.trap('D3-T5', 'similar_names', ['t32.p1.per', 't32.p2.per'],
             'two programs whose names both contain "Perencanaan ... Pembangunan Daerah"')
    p1, p2 = model[1], model[2]
    doc.para('Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah dengan anggaran sebesar %s '
             'terealisasi sebesar %s atau %s%%. Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah '
             'dengan anggaran sebesar %s terealisasi sebesar %s atau %s%%.'
             % (doc.fig('n.p2.per', cv.money(p1['per'])), doc.fig('n.p2.real', cv.money(p1['real'])),
                doc.fig('n.p2.pct', cv.pct(pct(p1['real'], p1['per']))), doc.fig('n.p3.per', cv.money(p2['per'])),
                doc.fig('n.p3.real', cv.money(p2['real'])), doc.fig('n.p3.pct', cv.pct(pct(p2['real'], p2['per'])))))
    doc.para(C.FILLER[1])
    doc.heading(1, 'Bab IV Penutup')
    doc.para('Bappeda Kota Bukit Harapan telah melaksanakan tugas perencanaan pembangunan daerah Tahun 2021 dengan '
             'capaian yang baik. Ke depan, sinkronisasi usulan musrenbang dengan kemampuan keuangan daerah akan '
             'diperkuat melalui penerapan sistem informasi perencanaan yang terintegrasi.')
    doc.para(C.FILLER[2])

    doc.page()
    doc.heading(2, 'LAMPIRAN. Pengukuran Kinerja Tahun 2021 (Performance Measurement)')
    cve = C.Conv(C.money_en, pct_dec=2, fmt='en', rule='grid', font=9)
    lamp = [('Planning documents adopted on time', '11', '11', '100.00'),
            ('SAKIP evaluation score', '70.00', '73.00', None),
            ('Musrenbang proposals accommodated (%)', '65.00', '62.35', None),
            ('Regional macro indicators index', '3.42', '3.45', None),
            ('Budget absorption (%)', '100.00', num(pct(TR, TP), 2, 'en'), None)]
    rows = [['No', 'Indicator', 'Target', 'Realization', 'Achievement (%)']]
    for i, (n, t, r, c) in enumerate(lamp):
        cc = num(pct(D(r.replace(',', '')), D(t.replace(',', ''))), 2, 'en')
        rows.append([str(i + 1), n, doc.fig('lamp.%d.t' % i, t), doc.fig('lamp.%d.r' % i, r), doc.fig('lamp.%d.c' % i, cc)])
    doc.table(Table(None, rows, [0.9, 7.5, 2.3, 2.3, 2.5], align='clrrr', rule='grid', font=9))
    doc.para('Total budget (APBD Perubahan): %s; realization: %s.'
             % (doc.fig('lamp.tot.per', cve.money(TP)), doc.fig('lamp.tot.real', cve.money(TR))))
    return doc
