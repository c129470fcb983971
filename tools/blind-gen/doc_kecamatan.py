"""Kecamatan Lembah Sari, Kabupaten Rimba Raya, LKjIP 2024.

Conventions: sans 11 pt, ruled tables with dark grey header, 'Rp12.500.000'
(no space, no cents), '-' for none and blank cells, Program > Kegiatan > Sub
Kegiatan without codes or numbers (programs bold, kegiatan indented by text),
a Sisa Anggaran column, Tercapai and Naik/Turun/Tetap labels, an IKM table
and an efficiency index (capaian / serapan).
"""
import random

from fodt import Style, Table
from lkjlib import Doc, Node, num, pct, typo, swap, tree, D
import common as C

OFFICE = 'Kecamatan Lembah Sari Kabupaten Rimba Raya'
YEAR = 2024


def money(v):
    return 'Rp' + num(v)


def spec():
    return [
        ('P1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', [
            ('K1', 'Administrasi Keuangan Perangkat Daerah', [('S1', 'Penyediaan Gaji dan Tunjangan ASN', None)]),
            ('K2', 'Administrasi Umum Perangkat Daerah', [
                ('S2', 'Penyediaan Bahan Logistik Kantor', None), ('S3', 'Penyediaan Barang Cetakan dan Penggandaan', None),
                ('S4', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', None)]),
            ('K3', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', [
                ('S5', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', None)])]),
        ('P2', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', [
            ('K4', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', [
                ('S6', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait', None)]),
            ('K5', 'Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah', [
                ('S7', 'Pelayanan Administrasi Terpadu Kecamatan (PATEN)', None)])]),
        ('P3', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', [
            ('K6', 'Pemberdayaan Lembaga Kemasyarakatan', [('S8', 'Fasilitasi Musyawarah Perencanaan Pembangunan di Desa', None),
                                                           ('S9', 'Pembinaan Lembaga Kemasyarakatan Desa', None)])]),
        ('P4', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM', [
            ('K7', 'Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum', [
                ('S10', 'Sinergitas dengan Kepolisian Negara Republik Indonesia, TNI dan Instansi Vertikal di Wilayah Kecamatan', None)])]),
    ]


def build(toc=None):
    rng = random.Random(2024)
    st = Style(font='Liberation Sans', size=11, line=125, caption='center-bold', margins=(3.0, 2.5, 2.5, 2.5),
               header='LKjIP Kecamatan Lembah Sari 2024', footer='', footer_page='Hal. %s', heading_upper=True, indent=1.0)
    doc = Doc('blind-2024-kecamatan-lembah-sari', st, 'LKjIP %s %d' % (OFFICE, YEAR), OFFICE, YEAR)
    doc.toc_pages = toc
    cv = C.Conv(money, pct_dec=2, rule='grid', shade='#bfbfbf', font=9)
    nodes = tree(rng, spec(), 8000, 180000, unit=1000, rmin=0.83, rmax=0.99)
    g = nodes[0].children[0].children[0]
    g._b, g._r = 3184520000, 3091478215
    cancel = nodes[2].children[0].children[1]     # sub kegiatan not carried out: realisasi '-'
    cancel._r = 0
    cancel._b = 12500000
    tb = sum(n.budget for n in nodes)
    tr = sum(n.real for n in nodes)

    inds = [
        dict(name='Persentase layanan PATEN yang diselesaikan tepat waktu', unit='%', t=95, r=97.43, prev=94.10, p2=91.86, end=100),
        dict(name='Indeks Kepuasan Masyarakat terhadap pelayanan kecamatan', unit='indeks', t=82, r=83.75, prev=83.75, p2=81.50, end=85),
        dict(name='Jumlah dokumen perencanaan dan pelaporan kecamatan yang tersusun', unit='dokumen', t=12, r=12, prev=11, dec=0, p2=10, end=12),
        dict(name='Persentase desa yang tertib administrasi pemerintahan', unit='%', t=85, r=78.57, prev=71.43, p2=64.29, end=100),
        dict(name='Persentase penanganan gangguan ketentraman dan ketertiban umum', unit='%', t=100, r=91.67, prev=95.24, p2=88.89, end=100),
    ]

    # ---- injections ----
    doc.inject('D4-1', 'label_status', 't31.3.st', 'Tercapai', ['t31.3.c'],
               'desa tertib administrasi: capaian 92,44% labelled Tercapai')
    doc.inject('D4-2', 'trend_label', 't32.4.tr', 'Naik', ['t32.4.prev', 't32.4.now'],
               'penanganan trantibum fell from 95,24 to 91,67 but is labelled Naik')
    doc.inject('D4-3', 'ikm_konversi', 't33.k4', lambda t: swap(t, 2), ['t33.u4'], 'NRR x 25 wrong for one unsur')
    doc.inject('D4-4', 'sisa_wrong', 'bt.S4.s', lambda t: typo(t, 2, (int([c for c in t if c.isdigit()][2]) + 2) % 10),
               ['bt.S4.a', 'bt.S4.r'], 'Sisa Anggaran is not anggaran - realisasi')
    doc.inject('D4-5', 'total_typo', 'bt.tot.r', lambda t: typo(t, 3, (int([c for c in t if c.isdigit()][3]) + 1) % 10),
               ['bt.P1.r', 'bt.P2.r', 'bt.P3.r', 'bt.P4.r'], 'Jumlah realisasi differs from the sum of the programs')
    doc.inject('D4-6', 'narrative_budget', 'n.modal.r', lambda t: typo(t, 2, (int([c for c in t if c.isdigit()][2]) + 3) % 10),
               ['t36.g1.r'], 'narrative Belanja Modal realisasi differs from Tabel 3.6')
    doc.inject('D4-7', 'efficiency_wrong', 't34.1.ef', '1,52', ['t34.1.ck', 't34.1.sa'],
               'efficiency index = capaian / serapan')
    doc.inject('D4-9', 'toc_page', 'toc.4', lambda t: str(int(t) + 1), [],
               'Daftar Isi: Bab III is on the page before the one listed')
    doc.inject('D4-10', 'unit_index_percent', 'pk.u.1', '%', ['t31.1.u'],
               'Perjanjian Kinerja gives the IKM (an index, 83,75) the unit %; Tabel 3.1 says indeks')
    doc.inject('D4-11', 'narrative_capaian', 'n31.3.c', '94,24', ['n31.3.t', 'n31.3.r', 't31.3.c'],
               'text: desa tertib administrasi 78,57 of 85 is 92,44% (two digits swapped)')
    doc.inject('D4-8', 'narrative_percent', 'n.paten.p', lambda t: typo(t, 2, (int([c for c in t if c.isdigit()][2]) + 5) % 10),
               ['n.paten.r', 'n.paten.t'], 'narrative: N dokumen of M dokumen percent wrong')

    w = doc.w
    for ln, sz in [('', 12), ('LAPORAN KINERJA INSTANSI PEMERINTAH', 17), ('(LKjIP)', 15), ('', 12),
                   ('KECAMATAN LEMBAH SARI', 15), ('TAHUN 2024', 15), ('', 12), ('', 12), ('', 12),
                   ('PEMERINTAH KABUPATEN RIMBA RAYA', 13), ('2025', 12)]:
        w.center(ln, size=sz, bold=sz >= 13)
    doc.page('Body')
    doc.heading(1, 'Kata Pengantar')
    doc.para('Puji syukur ke hadirat Tuhan Yang Maha Esa, Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan '
             'Lembah Sari Tahun 2024 telah selesai disusun. LKjIP ini menyajikan capaian kinerja Kecamatan Lembah '
             'Sari dalam melaksanakan Perjanjian Kinerja Tahun 2024.')
    w.signature(['Lembah Sari, Januari 2025', 'CAMAT LEMBAH SARI', '', 'HENDRA WIJAYA, S.STP., M.Si', 'NIP. 19850317 200312 1 002'])
    doc.page()
    doc.heading(1, 'Daftar Isi')
    doc.toc([('Kata Pengantar', 'KATA PENGANTAR', 0), ('Ikhtisar Eksekutif', 'IKHTISAR EKSEKUTIF', 0),
             ('Bab I Pendahuluan', 'BAB I PENDAHULUAN', 0), ('Bab II Perencanaan Kinerja', 'BAB II PERENCANAAN KINERJA', 0),
             ('Bab III Akuntabilitas Kinerja', 'BAB III AKUNTABILITAS KINERJA', 0),
             ('A. Capaian Kinerja Tahun 2024', 'A. Capaian Kinerja Tahun 2024', 1),
             ('E. Realisasi Anggaran', 'E. Realisasi Anggaran', 1), ('Bab IV Penutup', 'BAB IV PENUTUP', 0)])
    doc.page()
    doc.heading(1, 'Ikhtisar Eksekutif')
    doc.para('Kecamatan Lembah Sari Tahun 2024 memiliki 5 (lima) indikator kinerja. Sebanyak 3 (tiga) indikator '
             'tercapai dan 2 (dua) indikator belum tercapai. Anggaran kecamatan Tahun 2024 sebesar %s dengan '
             'realisasi %s atau %s%%.'
             % (doc.fig('ikh.a', money(tb)), doc.fig('ikh.r', money(tr)), doc.fig('ikh.p', cv.pct(pct(tr, tb)))))

    doc.page()
    doc.heading(1, 'Bab I Pendahuluan')
    doc.para('Kecamatan Lembah Sari merupakan perangkat daerah yang dipimpin oleh Camat, berkedudukan di bawah dan '
             'bertanggung jawab kepada Bupati melalui Sekretaris Daerah. Wilayah Kecamatan Lembah Sari terdiri dari '
             '14 desa sebagaimana rincian luas wilayah dan penduduk pada Tabel 1.2.')
    doc.para('Tugas dan fungsi Camat berdasarkan Peraturan Bupati Rimba Raya Nomor 48 Tahun 2021 meliputi:')
    for lab, txt in [('a.', 'penyelenggaraan urusan pemerintahan umum di wilayah kecamatan;'),
                     ('b.', 'pengoordinasian kegiatan pemberdayaan masyarakat desa;'),
                     ('c.', 'pengoordinasian upaya penyelenggaraan ketentraman dan ketertiban umum;'),
                     ('d.', 'pengoordinasian penerapan dan penegakan Peraturan Daerah dan Peraturan Bupati;'),
                     ('e.', 'pembinaan dan pengawasan penyelenggaraan pemerintahan desa; dan'),
                     ('f.', 'pelaksanaan pelayanan publik yang menjadi ruang lingkup tugasnya.')]:
        doc.item(lab, txt)
    for f in C.FILLER[:2]:
        doc.para(f)
    desa = ['Sari Mulya', 'Sukadana', 'Tanjung Baru', 'Lubuk Raya', 'Karang Anyar', 'Bumi Agung', 'Way Harong',
            'Pekon Ampai', 'Sinar Jaya', 'Mekar Sari', 'Talang Padang', 'Gunung Sugih', 'Batu Putih', 'Rawa Indah']
    rng2 = random.Random(14)
    rows = [['No', 'Desa', 'Luas (km²)', 'Laki-laki', 'Perempuan', 'Jumlah Penduduk']]
    tl = tp = luas = 0
    for i, d in enumerate(desa):
        l_, p_ = rng2.randrange(900, 2100), rng2.randrange(880, 2050)
        a_ = rng2.randrange(80, 260)
        tl += l_
        tp += p_
        luas += a_
        rows.append([str(i + 1), d, num(D(a_) / 10, 1), num(l_), num(p_), num(l_ + p_)])
    rows.append(['Jumlah', '<', doc.fig('t12.luas', num(D(luas) / 10, 1)), num(tl), num(tp), num(tl + tp)])
    doc.table(Table('Tabel 1.2 Luas Wilayah dan Jumlah Penduduk per Desa Tahun 2024', rows,
                    [0.9, 4.6, 2.0, 2.2, 2.2, 2.6], align='clrrrr', rule='grid', shade='#bfbfbf', font=9,
                    bold_rows=[len(rows) - 1]))
    penduduk = tl + tp
    C.staff(doc, 't11', 'Tabel 1.1 Pegawai Kecamatan Lembah Sari Menurut Jabatan', [
        ('Camat dan Sekretaris Camat', 2), ('Kepala Seksi', 5), ('Kepala Sub Bagian', 2), ('Jabatan Fungsional', 0),
        ('Pelaksana', 17), ('PPPK', 6)], cv)

    doc.heading(1, 'Bab II Perencanaan Kinerja')
    rows = [['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target 2024']]
    for i, ind in enumerate(inds):
        rows.append([str(i + 1), 'Meningkatnya kualitas pelayanan publik dan penyelenggaraan pemerintahan kecamatan'
                     if i == 0 else '^', ind['name'], doc.fig('pk.u.%d' % i, ind['unit']), doc.fig('pk.%d' % i, num(ind['t'], ind.get('dec', 2)))])
    doc.table(Table('Tabel 2.1 Perjanjian Kinerja Camat Lembah Sari Tahun 2024', rows, [0.8, 4.0, 6.2, 1.8, 2.0],
                    align='cllcr', rule='grid', shade='#bfbfbf', font=9.5))

    doc.page()
    doc.heading(1, 'Bab III Akuntabilitas Kinerja')
    doc.heading(2, 'A. Capaian Kinerja Tahun 2024')
    rows = [['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan']]
    for i, ind in enumerate(inds):
        c = pct(ind['r'], ind['t'])
        rows.append([str(i + 1), ind['name'], doc.fig('t31.%d.u' % i, ind['unit']), doc.fig('t31.%d.t' % i, num(ind['t'], ind.get('dec', 2))),
                     doc.fig('t31.%d.r' % i, num(ind['r'], ind.get('dec', 2))), doc.fig('t31.%d.c' % i, cv.pct(c)),
                     doc.fig('t31.%d.st' % i, 'Tercapai' if c >= 100 else 'Belum Tercapai')])
    doc.table(Table('Tabel 3.1 Capaian Indikator Kinerja Tahun 2024', rows, [0.8, 6.2, 1.7, 1.6, 1.7, 1.8, 2.3],
                    align='clcrrrc', rule='grid', shade='#bfbfbf', font=9))
    C.indicator_narratives(doc, 'n31', [
        (ind['name'], '%' if ind['unit'] == '%' else ' ' + ind['unit'], ind.get('dec', 2), ind['t'], ind['r'], 'up',
         ind['prev']) for ind in inds], cv, 2024, 2023)
    assert num(pct(1251, 1284), 2) == num(inds[0]['r'], 2)
    doc.para('Pelayanan PATEN pada tahun 2024 menerbitkan %s dokumen dari target %s dokumen atau %s%%. Dari jumlah '
             'tersebut %s dokumen diselesaikan tepat waktu. Jenis layanan terbanyak adalah rekomendasi administrasi '
             'kependudukan dan surat keterangan usaha.'
             % (doc.fig('n.paten.r', '1.284'), doc.fig('n.paten.t', '1.350'), doc.fig('n.paten.p', cv.pct(pct(1284, 1350))),
                doc.fig('n.paten.ok', '1.251')))
    doc.heading(2, 'B. Perbandingan dengan Tahun Sebelumnya')
    rows = [['No', 'Indikator Kinerja', 'Realisasi', '<', '<', 'Target Akhir Renstra 2026', 'Keterangan 2024 thd 2023'],
            ['^', '^', '2022', '2023', '2024', '^', '^']]
    for i, ind in enumerate(inds):
        p, r = ind['prev'], ind['r']
        d = ind.get('dec', 2)
        rows.append([str(i + 1), ind['name'], doc.fig('t32.%d.p2' % i, num(ind['p2'], d)),
                     doc.fig('t32.%d.prev' % i, num(p, d)), doc.fig('t32.%d.now' % i, num(r, d)),
                     doc.fig('t32.%d.end' % i, num(ind['end'], d)),
                     doc.fig('t32.%d.tr' % i, 'Naik' if r > p else ('Turun' if r < p else 'Tetap'))])
    doc.table(Table('Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2022-2024 dan Target Akhir Renstra', rows,
                    [0.8, 6.0, 1.6, 1.6, 1.6, 2.2, 2.2], header=2, align='clrrrrc', rule='grid', shade='#bfbfbf', font=9))
    doc.trap('D4-T4', 'target_of_another_year', ['t32.3.end', 't31.3.t'],
             'Renstra 2026 target (100) next to the 2024 target (85) of the same indicator')
    doc.trap('D4-T1', 'trend_tetap', ['t32.1.prev', 't32.1.now'], 'IKM 83,75 both years: Tetap')
    doc.heading(2, 'C. Survei Kepuasan Masyarakat')
    unsur = [('Persyaratan', 3.41), ('Sistem, Mekanisme dan Prosedur', 3.38), ('Waktu Penyelesaian', 3.22),
             ('Biaya/Tarif', 3.86), ('Produk Spesifikasi Jenis Pelayanan', 3.29), ('Kompetensi Pelaksana', 3.27),
             ('Perilaku Pelaksana', 3.45), ('Penanganan Pengaduan, Saran dan Masukan', 3.02), ('Sarana dan Prasarana', 3.24)]
    m, konv, cat = C.ikm_table(doc, 't33', 'Tabel 3.3 Nilai Indeks Kepuasan Masyarakat Kecamatan Lembah Sari 2024',
                               unsur, cv)
    assert num(konv, 2) == '83,75', num(konv, 2)
    doc.heading(2, 'D. Efisiensi Penggunaan Sumber Daya')
    doc.para('Indeks efisiensi dihitung dengan membagi persentase capaian kinerja dengan persentase penyerapan '
             'anggaran program pendukung; nilai di atas 1 berarti efisien.')
    p2, p3, p4 = nodes[1], nodes[2], nodes[3]
    eff = [('Layanan PATEN tepat waktu', pct(inds[0]['r'], inds[0]['t']), pct(p2.real, p2.budget)),
           ('Desa tertib administrasi', pct(inds[3]['r'], inds[3]['t']), pct(p3.real, p3.budget)),
           ('Penanganan gangguan trantibum', pct(inds[4]['r'], inds[4]['t']), pct(p4.real, p4.budget))]
    rows = [['No', 'Indikator', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Indeks Efisiensi']]
    for i, (n, ck, sa) in enumerate(eff):
        ckp, sap = num(ck, 2), num(sa, 2)
        e = D(ckp.replace(',', '.')) / D(sap.replace(',', '.'))
        rows.append([str(i + 1), n, doc.fig('t34.%d.ck' % i, ckp), doc.fig('t34.%d.sa' % i, sap), doc.fig('t34.%d.ef' % i, num(e, 2))])
    doc.table(Table('Tabel 3.4 Analisis Efisiensi Tahun 2024', rows, [0.8, 6.5, 2.6, 2.6, 2.4], align='clrrr',
                  rule='grid', shade='#bfbfbf', font=9))
    doc.trap('D4-T2', 'efficiency_index', ['t34.0.ef', 't34.2.ef'], 'index = capaian / serapan, not a percent')

    doc.page()
    doc.heading(2, 'E. Realisasi Anggaran')
    C.budget_tree(doc, 'bt', 'Tabel 3.5 Realisasi Anggaran Kecamatan Lembah Sari Tahun 2024', nodes, cv,
                  cols=('uraian', 'anggaran', 'realisasi', 'pct', 'sisa'), total_label='JUMLAH', bold_levels=(0,),
                  widths=[7.4, 2.8, 2.8, 1.4, 2.6], font=8.5, header_rows=[['Program/Kegiatan/Sub Kegiatan',
                  'Pagu Anggaran', 'Realisasi', '%', 'Sisa Anggaran']])
    doc.trap('D4-T3', 'dash_for_none', ['bt.S9.r', 'bt.S9.p'], 'sub kegiatan not carried out: realisasi Rp0 / 0,00')
    ops = [('Belanja Pegawai', g.budget, g.real), ('Belanja Barang dan Jasa', tb - g.budget - 184500000, tr - g.real - 179812000)]
    parts = [('Belanja Operasi', ops), ('Belanja Modal', [('Belanja Modal Peralatan dan Mesin', 184500000, 179812000)])]
    C.belanja_jenis(doc, 't36', 'Tabel 3.6 Realisasi Menurut Jenis Belanja Tahun 2024', parts, cv, share=False)
    doc.para('Belanja Modal digunakan untuk pengadaan laptop dan meubelair pelayanan PATEN dengan realisasi %s dari '
             'pagu %s.' % (doc.fig('n.modal.r', money(179812000)), doc.fig('n.modal.a', money(184500000))))
    doc.heading(1, 'Bab IV Penutup')
    doc.para('Jumlah penduduk yang dilayani pada tahun 2024 sebanyak %s jiwa.' % num(penduduk))
    doc.para('Kinerja Kecamatan Lembah Sari Tahun 2024 secara umum baik. Indikator desa tertib administrasi dan '
             'penanganan gangguan trantibum yang belum mencapai target akan ditingkatkan melalui pembinaan '
             'administrasi desa secara berkala dan patroli bersama Forkopimcam.')
    doc.para('Rencana tindak lanjut Tahun 2025:')
    for lab, txt in [('1.', 'meningkatkan pembinaan administrasi pemerintahan desa melalui klinik administrasi desa setiap triwulan;'),
                     ('2.', 'mempercepat pelayanan PATEN dengan layanan daring dan standar waktu yang dipublikasikan;'),
                     ('3.', 'memperkuat koordinasi Forkopimcam dalam penanganan gangguan ketentraman dan ketertiban umum;'),
                     ('4.', 'menindaklanjuti hasil survei kepuasan masyarakat pada unsur penanganan pengaduan.')]:
        doc.item(lab, txt)
    doc.para(C.FILLER[2])
    doc.para(C.FILLER[3])
    return doc
