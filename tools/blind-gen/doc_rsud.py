"""RSUD dr. Soedarmo Kabupaten Kelapa Gading Timur, LKjIP 2023.

Conventions: sans body 10.5 pt, tables ruled only by horizontal lines (top and
bottom of the header, bottom of the table, above Jumlah), captions left and
bold, money without 'Rp' in tables ('1.234.567.890') but with 'Rp' in the
text, percents with a '%' sign, a long SPM table that continues over pages
with its header repeated, lower-is-better mortality rates (capaian = target /
realisasi), an IKM table, a comparison table with invisible borders.
"""
import random

from fodt import Style, Table
from lkjlib import Doc, num, pct, typo, swap, tree, D
import common as C

OFFICE = 'RSUD dr. Soedarmo Kabupaten Kelapa Gading Timur'
YEAR = 2023


def spec():
    return [
        ('1.02.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', [
            ('1.02.01.2.02', 'Administrasi Keuangan Perangkat Daerah', [
                ('1.02.01.2.02.01', 'Penyediaan Gaji dan Tunjangan ASN', None)]),
            ('1.02.01.2.10', 'Peningkatan Pelayanan BLUD', [
                ('1.02.01.2.10.01', 'Pelayanan dan Penunjang Pelayanan BLUD', None)])]),
        ('1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', [
            ('1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota', [
                ('1.02.02.2.01.14', 'Pengembangan Rumah Sakit', None),
                ('1.02.02.2.01.17', 'Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan', None),
                ('1.02.02.2.01.20', 'Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan', None)]),
            ('1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', [
                ('1.02.02.2.02.01', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', None),
                ('1.02.02.2.02.03', 'Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir', None),
                ('1.02.02.2.02.38', 'Pengelolaan Jaminan Kesehatan Masyarakat', None)])]),
        ('1.02.03', 'PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN', [
            ('1.02.03.2.02', 'Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota', [
                ('1.02.03.2.02.02', 'Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan', None)])]),
    ]


def build(toc=None):
    rng = random.Random(2023)
    st = Style(font='Liberation Sans', size=10.5, line=120, caption='left-bold', margins=(2.5, 2.0, 2.0, 2.0),
               header='Laporan Kinerja Instansi Pemerintah Tahun 2023', footer='RSUD dr. Soedarmo',
               footer_page='- %s -', heading_upper=False, indent=0.0)
    doc = Doc('blind-2023-rsud-kab-kelapa-gading-timur', st, 'LKjIP %s %d' % (OFFICE, YEAR), OFFICE, YEAR)
    doc.toc_pages = toc
    cv = C.Conv(C.money_plain, pct_dec=2, pct_sign=True, rule='hrules', font=9)
    nodes = tree(rng, spec(), 150000, 2500000, unit=1000, rmin=0.88, rmax=0.99, cents=True)
    nodes[0].children[0].children[0]._b = 21604880000
    nodes[0].children[0].children[0]._r = 20877301142
    nodes[0].children[1].children[0]._b = 64250000000
    nodes[0].children[1].children[0]._r = 58013942716
    tb = sum(n.budget for n in nodes)
    tr = sum(n.real for n in nodes)

    iku = [
        dict(name='Indeks Kepuasan Masyarakat (IKM)', unit='indeks', data={2023: (80.0, 81.75)}),
        dict(name='Bed Occupancy Rate (BOR)', unit='%', data={2023: (70.0, 66.37)}),
        dict(name='Net Death Rate (NDR)', unit='‰', kind='inv', data={2023: (25.0, 21.34)}),
        dict(name='Gross Death Rate (GDR)', unit='‰', kind='inv', data={2023: (45.0, 47.80)}),
        dict(name='Persentase Pemenuhan Standar Pelayanan Minimal Rumah Sakit', unit='%', data={2023: (100.0, 80.77)}),
    ]
    hist = {0: {2021: 78.41, 2022: 79.95, 2023: 81.75}, 1: {2021: 48.92, 2022: 61.08, 2023: 66.37},
            2: {2021: 34.10, 2022: 27.65, 2023: 21.34}, 3: {2021: 61.27, 2022: 52.44, 2023: 47.80}}
    ends = {0: 84.0, 1: 75.0, 2: 20.0, 3: 40.0}
    cmp_inds = []
    for i in range(4):
        d = dict(iku[i])
        d.update(hist=hist[i], end=ends[i])
        cmp_inds.append(d)

    # ---- injections ----
    doc.inject('D2-1', 'lower_capaian_wrong', 't31.2.c', '85,36%', ['t31.2.t', 't31.2.r'],
               'NDR: lower is better, capaian = 25 / 21,34 = 117,15% (the printed figure is realisasi/target)')
    doc.inject('D2-2', 'subtotal_wrong', 'bt.1.02.02.2.02.a', lambda t: swap(t, 2),
               ['bt.1.02.02.2.02.01.a', 'bt.1.02.02.2.02.03.a', 'bt.1.02.02.2.02.38.a'],
               'kegiatan anggaran does not equal the sum of its three sub kegiatan (digits swapped)')
    doc.inject('D2-3', 'xref_indicator', 't33.1.2023', '63,37', ['t31.1.r', 'n.bor'],
               'BOR 2023 realisasi printed 63,37 in the comparison table, 66,37 in Tabel 3.1 and the text')
    doc.inject('D2-4', 'ikm_category', 't34.cat', 'A (Sangat Baik)', ['t34.konv'],
               'IKM conversion 81,75 is category B (Baik), not A')
    doc.inject('D2-5', 'narrative_percent', 'n.fund.p', lambda t: typo(t, 1, (int([c for c in t if c.isdigit()][1]) + 2) % 10),
               ['n.fund.r', 'n.fund.a'], 'narrative: realisasi / anggaran percent wrong')
    doc.inject('D2-6', 'total_typo', 't11.tot', lambda t: str(int(t) + 10), ['t11.%d' % i for i in range(7)],
               'staff Jumlah is 10 more than the sum of its rows')
    doc.inject('D2-8', 'narrative_percent', 'n.btcls.p', '94,00', ['n.btcls.n', 'n.btcls.m'],
               '46 of 50 orang is 92,00% (the phrasing of the supported pattern)')
    doc.inject('D2-7', 'row_percent', 't36.g1.1.p', lambda t: typo(t, 0, (int(t[0]) - 1) % 10),
               ['t36.g1.1.a', 't36.g1.1.r'], 'Belanja Modal line: realisasi / anggaran percent wrong')

    w = doc.w
    for ln, sz in [('', 12), ('LAPORAN KINERJA INSTANSI PEMERINTAH', 18), ('(LKjIP)', 16), ('TAHUN 2023', 16),
                   ('', 12), ('', 12), ('RUMAH SAKIT UMUM DAERAH', 14), ('dr. SOEDARMO', 14),
                   ('KABUPATEN KELAPA GADING TIMUR', 14), ('', 12), ('Jalan Raya Rumah Sakit No. 1 Gading', 10),
                   ('Telp. (0361) 555021', 10)]:
        w.center(ln, size=sz, bold=sz >= 14)
    doc.page('Body')
    doc.heading(1, 'Kata Pengantar')
    doc.para('Dengan memanjatkan puji syukur ke hadirat Allah SWT, Laporan Kinerja Instansi Pemerintah (LKjIP) '
             'Rumah Sakit Umum Daerah dr. Soedarmo Tahun 2023 dapat diselesaikan. LKjIP ini merupakan bentuk '
             'akuntabilitas kinerja rumah sakit sebagai Badan Layanan Umum Daerah (BLUD) dalam melaksanakan '
             'pelayanan kesehatan rujukan kepada masyarakat.')
    doc.para('Semoga laporan ini bermanfaat bagi peningkatan mutu pelayanan rumah sakit pada tahun berikutnya.')
    w.signature(['Gading, 15 Februari 2024', 'Direktur,', '', 'dr. RATNA KUSUMAWARDANI, Sp.PD', 'NIP. 19760921 200501 2 011'])

    doc.heading(1, 'Ringkasan Eksekutif')
    doc.para('RSUD dr. Soedarmo pada tahun 2023 menetapkan 5 (lima) indikator kinerja utama. Dari lima indikator '
             'tersebut, 2 (dua) indikator mencapai target dan 3 (tiga) indikator belum mencapai target, yaitu Bed '
             'Occupancy Rate (BOR) dengan realisasi %s%%, Gross Death Rate (GDR) sebesar %s‰ dan pemenuhan SPM.'
             % (doc.fig('n.bor', '66,37'), doc.fig('n.gdr', '47,80')))
    doc.para('Pagu anggaran rumah sakit Tahun 2023 sebesar %s dengan realisasi dana sebesar %s atau %s '
             'dari pagu. Belanja Pegawai menyerap %s dari total realisasi belanja.'
             % (doc.fig('n.fund.a', 'Rp %s,00' % num(tb)), doc.fig('n.fund.r', 'Rp %s,00' % num(tr)), doc.fig('n.fund.p', cv.pct(pct(tr, tb))),
                doc.fig('n.peg.share', cv.pct(pct(nodes[0].children[0].real, tr)))))
    doc.trap('D2-T1', 'percent_of_other_base', ['n.peg.share'],
             'Belanja Pegawai share of total realisasi (not realisasi/anggaran of pegawai)')

    doc.page()
    doc.heading(1, 'BAB I Pendahuluan')
    doc.heading(2, '1.1 Gambaran Umum')
    doc.para('RSUD dr. Soedarmo merupakan rumah sakit kelas C milik Pemerintah Kabupaten Kelapa Gading Timur yang '
             'ditetapkan sebagai BLUD penuh sejak tahun 2019. Rumah sakit memiliki kapasitas 212 tempat tidur.')
    doc.para(C.FILLER[0])
    doc.heading(2, '1.2 Sumber Daya Manusia')
    doc.para('Pada tahun 2023 pelatihan kegawatdaruratan (BTCLS/PPGD) diikuti tenaga kesehatan sebanyak %s orang atau '
             '%s%% dari rencana sebanyak %s orang.' % (doc.fig('n.btcls.n', '46'), doc.fig('n.btcls.p', '92,00'),
                                                      doc.fig('n.btcls.m', '50')))
    C.staff(doc, 't11', 'Tabel 1.1 Komposisi Pegawai Menurut Jenis Tenaga Tahun 2023',
            [('Dokter Spesialis', 24), ('Dokter Umum', 19), ('Dokter Gigi', 3), ('Perawat', 187), ('Bidan', 46),
             ('Tenaga Kesehatan Lainnya', 88), ('Tenaga Non Kesehatan', 131)], cv)

    doc.page()
    doc.heading(1, 'BAB II Perencanaan Kinerja')
    doc.para('Perjanjian Kinerja Tahun 2023 antara Direktur RSUD dan Bupati memuat indikator sebagai berikut.')
    rows = [['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target']]
    for i, ind in enumerate(iku):
        rows.append([str(i + 1), 'Meningkatnya mutu pelayanan kesehatan rujukan' if i == 0 else '^', ind['name'],
                     ind['unit'], doc.fig('pk.%d' % i, num(ind['data'][2023][0], 2))])
    doc.table(Table('Tabel 2.1 Perjanjian Kinerja Tahun 2023', rows, [0.8, 4.0, 6.5, 1.6, 2.0], align='cllcr',
                    rule='hrules', font=9))
    doc.para('Program yang mendukung pencapaian sasaran beserta pagu anggarannya adalah: ' + '; '.join(
        '%s sebesar Rp %s' % (n.name.title(), doc.fig('pk.%s.a' % n.code, num(n.budget))) for n in nodes) + '.')

    doc.page()
    doc.heading(1, 'BAB III Akuntabilitas Kinerja')
    doc.heading(2, '3.1 Capaian Indikator Kinerja Utama')
    doc.para('Untuk indikator angka kematian (NDR dan GDR) semakin rendah realisasi semakin baik, sehingga capaian '
             'dihitung dengan rumus Target / Realisasi x 100%.')
    rows = [['No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Kategori']]
    for i, ind in enumerate(iku):
        t, r = ind['data'][2023]
        c = C.capaian(t, r, ind.get('kind', 'up'))
        rows.append([str(i + 1), ind['name'], ind['unit'], doc.fig('t31.%d.t' % i, num(t, 2)),
                     doc.fig('t31.%d.r' % i, num(r, 2)), doc.fig('t31.%d.c' % i, cv.pct(c)),
                     'Tercapai' if c >= 100 else 'Belum Tercapai'])
    doc.table(Table('Tabel 3.1 Capaian Indikator Kinerja Utama RSUD Tahun 2023', rows, [0.8, 6.0, 1.5, 1.7, 1.8, 1.9, 2.5],
                    align='clcrrrc', rule='hrules', font=9))
    doc.trap('D2-T2', 'lower_is_better', ['t31.2.t', 't31.2.r', 't31.3.c'],
             'NDR/GDR capaian = target / realisasi; GDR 45/47,80 = 94,14%')
    C.indicator_narratives(doc, 'n31', [
        (ind['name'], '' if ind['unit'] in ('indeks',) else ('%' if ind['unit'] == '%' else '‰'), 2,
         ind['data'][2023][0], ind['data'][2023][1], ind.get('kind', 'up'), hist[i][2022] if i in hist else None)
        for i, ind in enumerate(iku)], cv, 2023, 2022,
        lower_note='Untuk angka kematian, semakin rendah semakin baik; capaian = target / realisasi x 100%.')
    doc.trap('D2-T6', 'lower_is_better_text', ['n31.3.t', 'n31.3.r', 'n31.3.c'],
             'GDR 47,80 above the ceiling 45: capaian 94,14% by target/realisasi')
    doc.para('Capaian NDR sebesar %s menunjukkan angka kematian pasien di atas 48 jam perawatan lebih rendah dari '
             'batas yang ditetapkan.' % doc.fig('n.ndr.c', cv.pct(C.capaian(25, D('21.34'), 'inv'))))
    for f in C.FILLER[1:3]:
        doc.para(f)

    doc.heading(2, '3.2 Capaian Standar Pelayanan Minimal')
    spm = [('Instalasi Gawat Darurat', 'Kemampuan menangani life saving', '%', 100, 100),
           ('Instalasi Gawat Darurat', 'Waktu tanggap pelayanan dokter di IGD', 'menit', 5, 4.2),
           ('Instalasi Gawat Darurat', 'Kepuasan pelanggan IGD', '%', 70, 81.5),
           ('Rawat Jalan', 'Dokter pemberi pelayanan di poliklinik spesialis', '%', 100, 100),
           ('Rawat Jalan', 'Ketersediaan pelayanan rawat jalan', 'jenis', 4, 4),
           ('Rawat Jalan', 'Waktu tunggu di rawat jalan', 'menit', 60, 74),
           ('Rawat Jalan', 'Kepuasan pelanggan rawat jalan', '%', 90, 83.4),
           ('Rawat Inap', 'Pemberi pelayanan di rawat inap', '%', 100, 100),
           ('Rawat Inap', 'Dokter penanggung jawab pasien rawat inap', '%', 100, 100),
           ('Rawat Inap', 'Kejadian infeksi pasca operasi', '%', 1.5, 0.8),
           ('Rawat Inap', 'Angka kejadian infeksi nosokomial', '%', 1.5, 1.1),
           ('Rawat Inap', 'Kepuasan pelanggan rawat inap', '%', 90, 86.2),
           ('Bedah Sentral', 'Waktu tunggu operasi elektif', 'hari', 2, 1.6),
           ('Bedah Sentral', 'Kejadian kematian di meja operasi', '%', 1, 0.3),
           ('Persalinan', 'Kejadian kematian ibu karena persalinan (perdarahan)', '%', 1, 0.5),
           ('Persalinan', 'Pertolongan persalinan melalui seksio cesaria', '%', 20, 34.7),
           ('Intensif', 'Rata-rata pasien yang kembali ke perawatan intensif dengan kasus yang sama < 72 jam', '%', 3, 2.1),
           ('Radiologi', 'Waktu tunggu hasil pelayanan thorax foto', 'jam', 3, 2.5),
           ('Laboratorium', 'Waktu tunggu hasil pelayanan laboratorium', 'menit', 140, 118),
           ('Farmasi', 'Waktu tunggu pelayanan obat jadi', 'menit', 30, 26),
           ('Farmasi', 'Waktu tunggu pelayanan obat racikan', 'menit', 60, 57),
           ('Gizi', 'Ketepatan waktu pemberian makanan kepada pasien', '%', 90, 94.8),
           ('Rekam Medik', 'Kelengkapan pengisian rekam medik 24 jam setelah selesai pelayanan', '%', 100, 88.6),
           ('Ambulans', 'Waktu pelayanan ambulans/kereta jenazah', 'jam', 24, 24),
           ('Pengelolaan Limbah', 'Baku mutu limbah cair', '%', 100, 100),
           ('Administrasi', 'Ketepatan waktu penyusunan laporan keuangan', '%', 100, 100)]
    lower = ('Waktu', 'Kejadian', 'kejadian', 'Pertolongan persalinan', 'Rata-rata pasien')
    rows = [['No', 'Jenis Pelayanan', 'Indikator', 'Satuan', 'Standar', 'Realisasi', 'Keterangan']]
    ok = 0
    for i, (jp, ind, unit, t, r) in enumerate(spm):
        low = any(ind.startswith(x) or x in ind for x in lower)
        good = r <= t if low else r >= t
        ok += good
        first = i == 0 or spm[i - 1][0] != jp
        pre = '≤ ' if low else ('≥ ' if unit == '%' and t < 100 else '')
        tv = num(t, 0 if float(t).is_integer() else 1)
        rv = num(r, 0 if float(r).is_integer() else 1)
        rows.append([str(i + 1), jp if first else '', ind, unit, pre + tv, doc.fig('spm.%d.r' % i, rv),
                     'Sesuai' if good else 'Belum Sesuai'])
    doc.table(Table('Tabel 3.2 Capaian Standar Pelayanan Minimal (SPM) Rumah Sakit Tahun 2023', rows,
                    [0.8, 2.8, 6.4, 1.4, 1.6, 1.7, 2.3], align='cllcrrc', rule='hrules', font=8.5))
    pct_ok = pct(ok, len(spm))
    doc.para('Dari %s indikator SPM, sebanyak %s indikator telah sesuai standar atau %s.'
             % (doc.fig('n.spm.n', str(len(spm))), doc.fig('n.spm.ok', str(ok)), doc.fig('n.spm.p', cv.pct(pct_ok))))
    assert num(pct_ok, 2) == '80,77', num(pct_ok, 2)

    doc.heading(2, '3.3 Perbandingan dengan Tahun Sebelumnya dan Target Renstra')
    C.comparison(doc, 't33', 'Tabel 3.3 Perbandingan Realisasi IKU Tahun 2021-2023 dengan Target Akhir Renstra 2026',
                 cmp_inds, [2021, 2022, 2023], 2026, cv, rule='none')
    doc.trap('D2-T3', 'target_of_another_year', ['t33.0.end', 't33.0.ce'],
             'capaian vs the 2026 Renstra target (81,75/84 = 97,32%), not vs the 2023 target (102,19%)')

    doc.heading(2, '3.4 Indeks Kepuasan Masyarakat')
    doc.para('Survei Kepuasan Masyarakat dilaksanakan pada bulan Oktober 2023 terhadap 400 responden dengan 9 unsur '
             'pelayanan sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017.')
    unsur = [('Persyaratan', 3.31), ('Sistem, mekanisme, dan prosedur', 3.24), ('Waktu penyelesaian', 3.05),
             ('Biaya/tarif', 3.42), ('Produk spesifikasi jenis pelayanan', 3.29), ('Kompetensi pelaksana', 3.36),
             ('Perilaku pelaksana', 3.38), ('Penanganan pengaduan, saran dan masukan', 3.12), ('Sarana dan prasarana', 3.26)]
    m, konv, cat = C.ikm_table(doc, 't34', 'Tabel 3.4 Hasil Survei Kepuasan Masyarakat RSUD Tahun 2023', unsur, cv)
    assert cat.startswith('B') and num(konv, 2) == num(iku[0]['data'][2023][1], 2), (cat, konv)

    doc.page()
    doc.heading(2, '3.5 Realisasi Anggaran')
    C.budget_tree(doc, 'bt', 'Tabel 3.5 Realisasi Anggaran per Sub Kegiatan Tahun 2023', nodes, cv,
                  cols=('kode', 'uraian', 'anggaran', 'realisasi', 'pct'), total_label='Jumlah',
                  widths=[2.7, 7.6, 2.9, 2.9, 1.5], font=8.5, bold_levels=(0, 1))
    doc.trap('D2-T4', 'single_child_equal', ['bt.1.02.01.2.10.a', 'bt.1.02.01.2.10.01.a'],
             'kegiatan BLUD with its only sub kegiatan: the same amount printed twice, legitimately')
    belanja_pegawai = nodes[0].children[0]
    blud = nodes[0].children[1]
    rest_b = tb - belanja_pegawai.budget - blud.budget
    rest_r = tr - belanja_pegawai.real - blud.real
    modal = [('Belanja Modal Peralatan dan Mesin', 3180000000, 2905187400), ('Belanja Modal Gedung dan Bangunan', 1260000000, 1198735000)]
    mb = sum(b for _, b, _ in modal)
    mr = sum(r for _, _, r in modal)
    parts = [('Belanja Operasi', [('Belanja Pegawai', belanja_pegawai.budget, belanja_pegawai.real),
                                  ('Belanja Barang dan Jasa', blud.budget + rest_b - mb, blud.real + rest_r - mr)]),
             ('Belanja Modal', modal)]
    C.belanja_jenis(doc, 't36', 'Tabel 3.6 Realisasi Belanja Menurut Jenis Tahun 2023', parts, cv, share=True)
    doc.trap('D2-T5', 'share_column', ['t36.g0.sh', 't36.g1.sh', 't36.tot.sh'], 'Proporsi sums to 100%')

    doc.heading(1, 'BAB IV Penutup')
    doc.para('Capaian kinerja RSUD dr. Soedarmo Tahun 2023 secara umum baik. Indikator BOR, GDR dan pemenuhan SPM yang belum '
             'mencapai target menjadi fokus perbaikan pada tahun 2024 melalui peningkatan mutu pelayanan rawat inap.')
    doc.para(C.FILLER[2])
    return doc
