"""Dinas Kesehatan Provinsi Nusa Harapan, LAKIP 2019.

Conventions: serif 11 pt, ruled tables with a green header, tables numbered
'Tabel III.1', amounts without 'Rp' ('1.234.567.890,00', the header says Rp),
lower-is-better indicators with capaian = (2 x target - realisasi) / target
(AKI, AKB '4,01/1000 KH', prevalensi stunting), a landscape matrix with
cumulative quarterly realisations (s.d. TW), Belanja Tidak Langsung / Langsung
(pre-2020 structure) with pre-Permendagri-90 codes, an English-format appendix.
"""
import random

from fodt import Style, Table
from lkjlib import Doc, num, pct, typo, swap, tree, D, mean
import common as C

OFFICE = 'Dinas Kesehatan Provinsi Nusa Harapan'
YEAR = 2019
SHADE = '#c6e0b4'


def money(v):
    return num(v) + ',00'


def spec():
    return [
        ('1.02.1.02.01', 'Program Pelayanan Administrasi Perkantoran', [
            ('1.02.1.02.01.001', 'Penyediaan Jasa Surat Menyurat', None),
            ('1.02.1.02.01.008', 'Penyediaan Jasa Kebersihan Kantor', None),
            ('1.02.1.02.01.017', 'Penyediaan Makanan dan Minuman', None),
            ('1.02.1.02.01.018', 'Rapat-rapat Koordinasi dan Konsultasi ke Luar Daerah', None),
            ('1.02.1.02.01.021', 'Penyediaan Jasa Tenaga Pendukung Administrasi/Teknis Perkantoran', None)]),
        ('1.02.1.02.02', 'Program Peningkatan Sarana dan Prasarana Aparatur', [
            ('1.02.1.02.02.007', 'Pengadaan Perlengkapan Gedung Kantor', None),
            ('1.02.1.02.02.022', 'Pemeliharaan Rutin/Berkala Gedung Kantor', None),
            ('1.02.1.02.02.024', 'Pemeliharaan Rutin/Berkala Kendaraan Dinas/Operasional', None)]),
        ('1.02.1.02.16', 'Program Upaya Kesehatan Masyarakat', [
            ('1.02.1.02.16.002', 'Peningkatan Pelayanan Kesehatan Rujukan', None),
            ('1.02.1.02.16.009', 'Pembinaan Pelayanan Kesehatan Tradisional', None),
            ('1.02.1.02.16.011', 'Akreditasi Fasilitas Pelayanan Kesehatan Tingkat Pertama', None)]),
        ('1.02.1.02.19', 'Program Promosi Kesehatan dan Pemberdayaan Masyarakat', [
            ('1.02.1.02.19.001', 'Pengembangan Media Promosi dan Informasi Sadar Hidup Sehat', None),
            ('1.02.1.02.19.004', 'Peningkatan Pemanfaatan Sarana Kesehatan', None)]),
        ('1.02.1.02.20', 'Program Perbaikan Gizi Masyarakat', [
            ('1.02.1.02.20.003', 'Penanggulangan Kurang Energi Protein (KEP), Anemia Gizi Besi, Gangguan Akibat Kurang Yodium (GAKY), Kurang Vitamin A, dan Kekurangan Zat Gizi Mikro Lainnya', None),
            ('1.02.1.02.20.007', 'Pencegahan dan Penanggulangan Stunting', None)]),
        ('1.02.1.02.22', 'Program Pencegahan dan Penanggulangan Penyakit Menular', [
            ('1.02.1.02.22.006', 'Peningkatan Imunisasi', None),
            ('1.02.1.02.22.012', 'Pencegahan dan Pengendalian Penyakit Tuberkulosis', None),
            ('1.02.1.02.22.015', 'Surveilans Epidemiologi dan Penanggulangan Kejadian Luar Biasa', None)]),
        ('1.02.1.02.32', 'Program Peningkatan Keselamatan Ibu Melahirkan dan Anak', [
            ('1.02.1.02.32.001', 'Penyuluhan Kesehatan bagi Ibu Hamil dari Keluarga Kurang Mampu', None),
            ('1.02.1.02.32.004', 'Peningkatan Kesehatan Ibu dan Bayi Baru Lahir', None)]),
    ]


def build(toc=None):
    rng = random.Random(2019)
    st = Style(font='Liberation Serif', size=11, line=120, caption='center-bold', margins=(2.5, 2.5, 2.0, 2.0),
               header='LAKIP Dinas Kesehatan Provinsi Nusa Harapan Tahun 2019', footer='', footer_page='%s',
               heading_upper=True, indent=1.25)
    doc = Doc('blind-2019-dinkes-prov-nusa-harapan', st, 'LAKIP %s %d' % (OFFICE, YEAR), OFFICE, YEAR)
    doc.toc_pages = toc
    cv = C.Conv(money, pct_dec=2, rule='grid', shade=SHADE, font=9)
    nodes = tree(rng, spec(), 90000, 4200000, unit=1000, rmin=0.82, rmax=0.985, cents=False)
    tb = sum(n.budget for n in nodes)
    tr = sum(n.real for n in nodes)

    inds = [
        dict(name='Angka Kematian Ibu (AKI)', unit='per 100.000 KH', kind='2t', dec=1,
             data={2019: (98.0, 91.4)}, q=[22.6, 45.9, 69.2, 91.4], hist={2017: 112.3, 2018: 104.8, 2019: 91.4}, end=80.0),
        dict(name='Angka Kematian Bayi (AKB)', unit='per 1000 KH', kind='2t', dec=2, suffix='/1000 KH',
             data={2019: (4.50, 4.01)}, q=[1.02, 2.11, 3.05, 4.01], hist={2017: 5.12, 2018: 4.63, 2019: 4.01}, end=3.50),
        dict(name='Prevalensi Balita Stunting', unit='%', kind='2t', dec=2,
             data={2019: (28.00, 27.54)}, q=[29.10, 28.62, 28.01, 27.54], hist={2017: 31.26, 2018: 29.87, 2019: 27.54}, end=22.00),
        dict(name='Cakupan Imunisasi Dasar Lengkap', unit='%', dec=2,
             data={2019: (95.00, 92.37)}, q=[21.45, 44.80, 68.92, 92.37], hist={2017: 88.40, 2018: 90.12, 2019: 92.37}, end=98.00),
        dict(name='Persentase Kabupaten/Kota yang Memenuhi Kualitas Kesehatan Lingkungan', unit='%', dec=2,
             data={2019: (60.00, 61.54)}, q=[15.38, 30.77, 46.15, 61.54], hist={2017: 38.46, 2018: 53.85, 2019: 61.54}, end=80.00),
        dict(name='Angka Keberhasilan Pengobatan (Success Rate) TB', unit='%', dec=2,
             data={2019: (90.00, 87.65)}, q=[86.10, 86.95, 87.20, 87.65], hist={2017: 84.90, 2018: 86.02, 2019: 87.65}, end=92.00),
    ]

    # ---- injections ----
    doc.inject('D5-1', 'lower_capaian_wrong', 't32.2.c', '98,36', ['t32.2.t', 't32.2.q3', 't31.2.c'],
               'stunting in the landscape matrix: lower is better, (2 x 28 - 27,54) / 28 = 101,64 as in Tabel III.1; the print is realisasi/target')
    doc.inject('D5-2', 'average_wrong', 't31.avg', lambda t: typo(t, 2, (int([c for c in t if c.isdigit()][2]) + 2) % 10),
               ['t31.%d.c' % i for i in range(6)], 'Rata-rata capaian is not the mean of the six capaian')
    doc.inject('D5-3', 'xref_indicator', 'n.akb', '4,10/1000 KH', ['t31.1.r', 't32.1.q3'],
               'narrative AKB 4,10/1000 KH vs 4,01 in the tables')
    doc.inject('D5-4', 'total_typo_en', 'lamp.tot.r', lambda t: typo(t, 5, (int([c for c in t if c.isdigit()][5]) + 1) % 10),
               ['lamp.%s.r' % n.code for n in nodes], 'English appendix: TOTAL realisasi differs from the sum of programs')
    doc.inject('D5-5', 'stale_year', 'cap.t35.year', '2018', ['hdr.year'],
               'Tabel III.5 caption says Tahun Anggaran 2018 in the 2019 report')
    doc.inject('D5-6', 'row_percent', 'bt.1.02.1.02.20.007.p', lambda t: typo(t, 0, (int(t[0]) - 1) % 10),
               ['bt.1.02.1.02.20.007.a', 'bt.1.02.1.02.20.007.r'], 'kegiatan % realisasi wrong')
    doc.inject('D5-8', 'overspend', 'bt.1.02.1.02.16.002.r', lambda t: typo(t, 1, (int([c for c in t if c.isdigit()][1]) + 2) % 10),
               ['bt.1.02.1.02.16.002.a', 'bt.1.02.1.02.16.002.p', 'bt.1.02.1.02.16.r'],
               'kegiatan realisasi printed above its anggaran (one digit); its % and the program sum say otherwise')
    doc.inject('D5-9', 'narrative_capaian', 'n31.2.c', '98,23', ['n31.2.t', 'n31.2.r', 't31.3.c'],
               'text: cakupan imunisasi 92,37 of 95,00 is 97,23% (one digit)')
    doc.inject('D5-7', 'xref_budget', 'bt.1.02.1.02.22.a', lambda t: typo(t, 3, (int([c for c in t if c.isdigit()][3]) + 1) % 10),
               ['lamp.1.02.1.02.22.a', 'pk.1.02.1.02.22.a'],
               'Program Penyakit Menular budget in Tabel III.4 differs from the PK table and the appendix (and from its kegiatan)')

    w = doc.w
    for ln, sz in [('', 12), ('PEMERINTAH PROVINSI NUSA HARAPAN', 14), ('', 12), ('LAPORAN AKUNTABILITAS KINERJA', 18),
                   ('INSTANSI PEMERINTAH (LAKIP)', 16), ('TAHUN %s' % doc.fig('hdr.year', '2019'), 16), ('', 12), ('', 12),
                   ('DINAS KESEHATAN', 15), ('PROVINSI NUSA HARAPAN', 15), ('', 12), ('Jl. Dr. Wahidin No. 9 Kota Harapan', 10)]:
        w.center(ln, size=sz, bold=sz >= 14)
    doc.page('Body')
    doc.heading(1, 'Kata Pengantar')
    doc.para('Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) Dinas Kesehatan Provinsi Nusa Harapan Tahun '
             '2019 disusun sebagai pertanggungjawaban pelaksanaan Rencana Strategis Dinas Kesehatan 2019-2023 pada '
             'tahun pertama. Laporan ini menyajikan capaian kinerja, realisasi anggaran, serta analisis keberhasilan '
             'dan kegagalan pencapaian sasaran strategis.')
    w.signature(['Kota Harapan, Maret 2020', 'KEPALA DINAS KESEHATAN', 'PROVINSI NUSA HARAPAN', '',
                 'dr. H. ANDI MAPPAJANCI, M.Kes', 'Pembina Utama Madya', 'NIP. 19650718 199203 1 005'])

    doc.page()
    doc.heading(1, 'Daftar Isi')
    doc.toc([('Kata Pengantar', 'KATA PENGANTAR', 0), ('Daftar Isi', 'DAFTAR ISI', 0),
             ('Ikhtisar Eksekutif', 'IKHTISAR EKSEKUTIF', 0), ('Bab I Pendahuluan', 'BAB I PENDAHULUAN', 0),
             ('Bab II Perencanaan Kinerja', 'BAB II PERENCANAAN KINERJA', 0),
             ('Bab III Akuntabilitas Kinerja', 'BAB III AKUNTABILITAS KINERJA', 0),
             ('A. Capaian Kinerja', 'A. Capaian Kinerja', 1), ('B. Realisasi Anggaran', 'B. Realisasi Anggaran', 1),
             ('Bab IV Penutup', 'BAB IV PENUTUP', 0)])
    doc.page()
    doc.heading(1, 'Ikhtisar Eksekutif')
    doc.para('Pada tahun 2019 Dinas Kesehatan Provinsi Nusa Harapan menetapkan 6 (enam) indikator kinerja utama. Angka '
             'Kematian Bayi (AKB) turun menjadi %s dari target %s, sedangkan prevalensi balita stunting sebesar '
             '%s%%.' % (doc.fig('n.akb', '4,01/1000 KH'), doc.fig('n.akb.t', '4,50/1000 KH'), doc.fig('n.stunt', '27,54')))
    doc.para('Belanja Langsung Dinas Kesehatan Tahun 2019 terserap dana sebesar Rp %s atau %s%% dari anggaran sebesar '
             'Rp %s.' % (doc.fig('n.bl.r', money(tr)), doc.fig('n.bl.p', cv.pct(pct(tr, tb))), doc.fig('n.bl.a', money(tb))))

    doc.heading(1, 'Bab I Pendahuluan')
    doc.para('Dinas Kesehatan Provinsi Nusa Harapan dibentuk berdasarkan Peraturan Daerah Provinsi Nusa Harapan '
             'Nomor 8 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah, dengan tugas membantu Gubernur '
             'melaksanakan urusan pemerintahan bidang kesehatan.')
    for f in C.FILLER:
        doc.para(f)
    C.staff(doc, 't11', 'Tabel I.1 Pegawai Dinas Kesehatan Menurut Jenis Ketenagaan', [
        ('Dokter/Dokter Spesialis', 14), ('Dokter Gigi', 3), ('Apoteker', 6), ('Tenaga Kesehatan Masyarakat', 41),
        ('Tenaga Gizi', 9), ('Perawat/Bidan', 22), ('Tenaga Administrasi', 87)], cv)

    doc.page()
    doc.heading(1, 'Bab II Perencanaan Kinerja')
    rows = [['No', 'Indikator Kinerja Utama', 'Satuan', 'Target 2019', 'Target 2023 (Akhir Renstra)']]
    for i, ind in enumerate(inds):
        rows.append([str(i + 1), ind['name'], ind['unit'], doc.fig('pk.t.%d' % i, num(ind['data'][2019][0], ind['dec'])),
                     doc.fig('pk.end.%d' % i, num(ind['end'], ind['dec']))])
    doc.table(Table('Tabel II.1 Perjanjian Kinerja Tahun 2019', rows, [0.8, 7.2, 2.4, 2.0, 2.6], align='clcrr',
                    rule='grid', shade=SHADE, font=9.5))
    rows = [['No', 'Program', 'Pagu (Rp)']]
    for i, n in enumerate(nodes):
        rows.append([str(i + 1), n.name, doc.fig('pk.%s.a' % n.code, money(n.budget))])
    rows.append(['', 'Jumlah', doc.fig('pk.tot.a', money(tb))])
    doc.table(Table('Tabel II.2 Program dan Pagu Anggaran Tahun 2019', rows, [0.8, 9.5, 4.0], align='clr',
                    rule='grid', shade=SHADE, font=9.5, bold_rows=[len(rows) - 1]))

    doc.page()
    doc.heading(1, 'Bab III Akuntabilitas Kinerja')
    doc.heading(2, 'A. Capaian Kinerja')
    doc.para('Indikator AKI, AKB dan prevalensi stunting merupakan indikator negatif (semakin kecil semakin baik), '
             'sehingga capaian dihitung dengan rumus: Capaian = (2 x Target - Realisasi) / Target x 100%.')
    rows = [['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']]
    caps = []
    for i, ind in enumerate(inds):
        t, r = ind['data'][2019]
        c = C.capaian(t, r, ind.get('kind', 'up'))
        cp = cv.pct(c)
        caps.append(D(cp.replace('.', '').replace(',', '.')))
        rows.append([str(i + 1), ind['name'], ind['unit'], doc.fig('t31.%d.t' % i, C.ind_value(cv, ind, t)),
                     doc.fig('t31.%d.r' % i, C.ind_value(cv, ind, r)), doc.fig('t31.%d.c' % i, cp)])
    rows.append(['Rata-rata Capaian Kinerja', '<', '<', '', '', doc.fig('t31.avg', cv.pct(mean(caps)))])
    doc.table(Table('Tabel III.1 Capaian Indikator Kinerja Utama Tahun 2019', rows, [0.8, 6.6, 2.4, 1.9, 1.9, 1.9],
                    align='clcrrr', rule='grid', shade=SHADE, font=9, bold_rows=[len(rows) - 1]))
    doc.trap('D5-T1', 'lower_is_better_2t', ['t31.0.t', 't31.0.r', 't31.0.c', 't31.1.c'],
             'AKI (2x98-91,4)/98 = 106,73; AKB (2x4,50-4,01)/4,50 = 110,89')
    C.indicator_narratives(doc, 'n31', [
        (ind['name'], ind.get('suffix', '%' if ind['unit'] == '%' else ''), ind['dec'], ind['data'][2019][0],
         ind['data'][2019][1], ind.get('kind', 'up'), ind['hist'][2018]) for ind in inds if ind['name'] != 'Angka Kematian Bayi (AKB)'],
        cv, 2019, 2018, lower_note='Indikator ini bersifat negatif sehingga capaian dihitung dengan rumus (2 x target - realisasi) / target.')
    doc.para('Angka Kematian Bayi tahun 2019 tercatat %s, lebih baik dari target %s sehingga capaian mencapai %s%%.'
             % (doc.fig('n.akb2', '4,01/1000 KH'), doc.fig('n.akb2.t', '4,50/1000 KH'),
                doc.fig('n.akb2.c', cv.pct(C.capaian(4.5, 4.01, '2t')))))
    doc.para('Cakupan imunisasi dasar lengkap mencapai %s%% dari target %s%% atau %s%%. Dari 98.412 bayi sasaran, '
             'sebanyak 90.903 bayi telah mendapatkan imunisasi dasar lengkap.'
             % (doc.fig('n.idl.r', '92,37'), doc.fig('n.idl.t', '95,00'), doc.fig('n.idl.c', cv.pct(pct(D('92.37'), 95)))))
    doc.para(C.FILLER[1])

    doc.page('Landscape')
    rows = [['No', 'Indikator Kinerja', 'Target 2019', 'Realisasi Kumulatif', '<', '<', '<', 'Capaian 2019 (%)',
             'Target Akhir Renstra 2023', 'Tingkat Kemajuan thd Renstra (%)'],
            ['^', '^', '^', 's.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV', '^', '^', '^']]
    for i, ind in enumerate(inds):
        t, r = ind['data'][2019]
        rows.append([str(i + 1), ind['name'], doc.fig('t32.%d.t' % i, C.ind_value(cv, ind, t))]
                    + [doc.fig('t32.%d.q%d' % (i, k), C.ind_value(cv, ind, q)) for k, q in enumerate(ind['q'])]
                    + [doc.fig('t32.%d.c' % i, cv.pct(C.capaian(t, r, ind.get('kind', 'up')))),
                       doc.fig('t32.%d.end' % i, C.ind_value(cv, ind, ind['end'])),
                       doc.fig('t32.%d.ce' % i, cv.pct(C.capaian(ind['end'], r, ind.get('kind', 'up'))))])
    doc.table(Table('Tabel III.2 Matriks Realisasi Triwulanan dan Kemajuan terhadap Target Renstra', rows,
                    [0.8, 7.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.4, 2.8], header=2, align='clrrrrrrrr', rule='grid',
                    shade=SHADE, font=9))
    doc.trap('D5-T2', 'cumulative_quarters', ['t32.3.q0', 't32.3.q3', 't32.3.c'],
             'realisasi s.d. TW are cumulative, not added; s.d. TW IV is the year value')
    doc.trap('D5-T3', 'target_of_another_year', ['t32.1.end', 't32.1.ce'],
             'AKB against the 2023 Renstra target 3,50: (2x3,50-4,01)/3,50 = 85,43')
    doc.para('Tingkat kemajuan dihitung terhadap target akhir Renstra Tahun 2023 dengan rumus yang sama dengan '
             'perhitungan capaian tahunan.')
    rows = [['No', 'Indikator', '2017', '2018', '2019', 'Target 2023']]
    for i, ind in enumerate(inds):
        rows.append([str(i + 1), '%s (%s)' % (ind['name'], ind['unit'])]
                    + [doc.fig('t33.%d.%d' % (i, y), C.ind_value(cv, ind, ind['hist'][y])) for y in (2017, 2018, 2019)]
                    + [doc.fig('t33.%d.end' % i, C.ind_value(cv, ind, ind['end']))])
    doc.table(Table('Tabel III.3 Perbandingan Realisasi Kinerja Tahun 2017-2019', rows, [0.8, 10.0, 2.4, 2.4, 2.4, 2.6],
                    align='clrrrr', rule='grid', shade=SHADE, font=9))

    doc.page('Body')
    doc.heading(2, 'B. Realisasi Anggaran')
    nk = sum(len(n.children) for n in nodes)
    doc.para('Pada Tahun Anggaran 2019 Dinas Kesehatan Provinsi Nusa Harapan melaksanakan %d (%s) program dan '
             '%d kegiatan yang dibiayai' % (len(nodes), C.WORDS[len(nodes)], nk) + ' dari Belanja Langsung APBD Provinsi. Rincian anggaran dan '
             'realisasi per program dan kegiatan disajikan pada tabel berikut, sedangkan rekapitulasi menurut jenis '
             'belanja disajikan pada Tabel III.5.')
    doc.para(C.FILLER[0])
    doc.para(C.FILLER[1])
    doc.para(C.FILLER[2])
    C.budget_tree(doc, 'bt', 'Tabel III.4 Realisasi Anggaran Belanja Langsung per Program dan Kegiatan Tahun 2019',
                  nodes, cv, cols=('kode', 'uraian', 'anggaran', 'realisasi', 'pct'), total_label='JUMLAH',
                  widths=[3.0, 6.6, 3.2, 3.2, 1.5], font=8.5, number_row=True, repeat=False,
                  header_rows=[['Kode', 'Program/Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Capaian (%)']])
    btl_b, btl_r = 38462150000, 37105882614
    peg_b, peg_r = 1964300000, 1803651250
    mod_b, mod_r = 4216800000, 3877102000
    parts = [('Belanja Tidak Langsung', [('Belanja Pegawai', btl_b, btl_r)]),
             ('Belanja Langsung', [('Belanja Pegawai (Honorarium)', peg_b, peg_r),
                                   ('Belanja Barang dan Jasa', tb - peg_b - mod_b, tr - peg_r - mod_r),
                                   ('Belanja Modal', mod_b, mod_r)])]
    assert tb - peg_b - mod_b > 0 and 0 < tr - peg_r - mod_r < tb - peg_b - mod_b
    C.belanja_jenis(doc, 't35', 'Tabel III.5 Realisasi Belanja Menurut Jenis Tahun Anggaran %s'
                    % doc.fig('cap.t35.year', '2019'), parts, cv, share=True, label_total='Total Belanja')
    doc.trap('D5-T4', 'btl_vs_bl', ['t35.g1.a', 'bt.tot.a'],
             'Belanja Langsung of Tabel III.5 = Jumlah of Tabel III.4; the Total Belanja adds the BTL')
    doc.heading(1, 'Bab IV Penutup')
    doc.para('Capaian kinerja Dinas Kesehatan Provinsi Nusa Harapan Tahun 2019 secara umum baik. Cakupan imunisasi '
             'dasar lengkap dan angka keberhasilan pengobatan TB belum mencapai target dan menjadi prioritas tahun 2020.')

    doc.page()
    doc.heading(2, 'Lampiran: Budget Realization by Program, FY 2019 (SIPKD export)')
    cve = C.Conv(C.money_en, pct_dec=2, fmt='en', rule='grid', font=9)
    rows = [['Code', 'Program', 'Budget', 'Realization', '%']]
    for n in nodes:
        rows.append([n.code, n.name, doc.fig('lamp.%s.a' % n.code, cve.money(n.budget)),
                     doc.fig('lamp.%s.r' % n.code, cve.money(n.real)), doc.fig('lamp.%s.p' % n.code, cve.pct(pct(n.real, n.budget)))])
    rows.append(['', 'TOTAL', doc.fig('lamp.tot.a', cve.money(tb)), doc.fig('lamp.tot.r', cve.money(tr)),
                 doc.fig('lamp.tot.p', cve.pct(pct(tr, tb)))])
    doc.table(Table(None, rows, [2.6, 7.4, 3.0, 3.0, 1.5], align='llrrr', rule='grid', font=9, bold_rows=[len(rows) - 1]))
    return doc
