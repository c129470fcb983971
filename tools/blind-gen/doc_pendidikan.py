"""Dinas Pendidikan Kabupaten Sungai Lestari, LKjIP 2022.

Conventions: serif body, fully ruled tables without shading, 'Rp 1.234.567,00',
percents with 2 decimals and no sign, a landscape budget realisation table over
two pages (repeated header) with a Sisa Anggaran column, sub kegiatan codes
1.01.02.1.01.0001, an English-format appendix.
"""
import random

from fodt import Style, Table
from lkjlib import Doc, Node, num, pct, typo, swap, tree, D
import common as C

OFFICE = 'Dinas Pendidikan Kabupaten Sungai Lestari'
YEAR = 2022


def spec():
    return [
        ('1.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', [
            ('1.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', [
                ('1.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', None),
                ('1.01.01.2.01.0006', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', None)]),
            ('1.01.01.2.02', 'Administrasi Keuangan Perangkat Daerah', [
                ('1.01.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', None)]),
            ('1.01.01.2.06', 'Administrasi Umum Perangkat Daerah', [
                ('1.01.01.2.06.0002', 'Penyediaan Peralatan dan Perlengkapan Kantor', None),
                ('1.01.01.2.06.0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', None)])]),
        ('1.01.02', 'PROGRAM PENGELOLAAN PENDIDIKAN', [
            ('1.01.02.1.01', 'Pengelolaan Pendidikan Sekolah Dasar', [
                ('1.01.02.1.01.0003', 'Pembangunan Ruang Kelas Baru', None),
                ('1.01.02.1.01.0009', 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', None),
                ('1.01.02.1.01.0026', 'Pengadaan Mebel Sekolah', None)]),
            ('1.01.02.1.02', 'Pengelolaan Pendidikan Sekolah Menengah Pertama', [
                ('1.01.02.1.02.0003', 'Pembangunan Ruang Kelas Baru', None),
                ('1.01.02.1.02.0026', 'Pengadaan Mebel Sekolah', None)]),
            ('1.01.02.1.03', 'Pengelolaan Pendidikan Anak Usia Dini (PAUD)', [
                ('1.01.02.1.03.0016', 'Pengadaan Alat Praktik dan Peraga Peserta Didik', None)])]),
        ('1.01.03', 'PROGRAM PENGEMBANGAN KURIKULUM', [
            ('1.01.03.1.01', 'Penetapan Kurikulum Muatan Lokal Pendidikan Dasar', [
                ('1.01.03.1.01.0001', 'Penyusunan Kurikulum Muatan Lokal Pendidikan Dasar', None)])]),
        ('1.01.04', 'PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN', [
            ('1.01.04.1.01', 'Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal', [
                ('1.01.04.1.01.0001', 'Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan Satuan Pendidikan', None),
                ('1.01.04.1.01.0004', 'Pengembangan Karier Pendidik dan Tenaga Kependidikan', None)])]),
    ]


def build(toc=None):
    rng = random.Random(2022)
    st = Style(font='Liberation Serif', size=12, line=130, caption='center-bold',
               header='LKjIP Dinas Pendidikan Kabupaten Sungai Lestari Tahun 2022', footer='',
               footer_page='%s')
    doc = Doc('blind-2022-disdik-kab-sungai-lestari', st, 'LKjIP %s %d' % (OFFICE, YEAR), OFFICE, YEAR)
    doc.toc_pages = toc
    cv = C.Conv(C.money_rp, pct_dec=2, rule='grid', font=9.5)
    nodes = tree(rng, spec(), 40000, 900000, unit=1000, rmin=0.86, rmax=0.995)
    # keep gaji large and realistic
    gaji = nodes[0].children[1].children[0]
    gaji._b = 48216350000
    gaji._r = 46902118517
    tb = sum(n.budget for n in nodes)
    tr = sum(n.real for n in nodes)
    murni = tb + 1375000000   # APBD Murni before the Perubahan cut (trap)

    inds = [
        dict(name='Angka Partisipasi Kasar (APK) PAUD', unit='%', data={2021: (72.5, 70.84), 2022: (74.0, 75.12)},
             hist={2020: 69.31, 2021: 70.84, 2022: 75.12}, end=80.0),
        dict(name='Angka Partisipasi Murni (APM) SD/MI', unit='%', data={2021: (97.0, 96.42), 2022: (97.5, 96.88)},
             hist={2020: 95.97, 2021: 96.42, 2022: 96.88}, end=99.0),
        dict(name='Angka Partisipasi Murni (APM) SMP/MTs', unit='%', data={2021: (81.0, 79.65), 2022: (82.0, 82.47)},
             hist={2020: 78.10, 2021: 79.65, 2022: 82.47}, end=86.0),
        dict(name='Angka Putus Sekolah SD/MI', unit='%', kind='2t', data={2021: (0.20, 0.18), 2022: (0.18, 0.15)},
             hist={2020: 0.22, 2021: 0.18, 2022: 0.15}, end=0.10),
        dict(name='Rata-rata Lama Sekolah', unit='tahun', data={2021: (7.95, 7.91), 2022: (8.05, 8.02)},
             hist={2020: 7.83, 2021: 7.91, 2022: 8.02}, end=8.40),
        dict(name='Persentase Guru Bersertifikat Pendidik', unit='%', data={2021: (68.0, 64.30), 2022: (70.0, 66.95)},
             hist={2020: 61.02, 2021: 64.30, 2022: 66.95}, end=80.0),
    ]

    # ---- injections (registered before printing) ----
    doc.inject('D1-1', 'total_typo', 'bt.tot.a', lambda t: typo(t, 4, (int([c for c in t if c.isdigit()][4]) + 3) % 10),
               ['bt.1.01.01.a', 'bt.1.01.02.a', 'bt.1.01.03.a', 'bt.1.01.04.a'],
               'Jumlah anggaran Tabel 3.4 differs by one digit from the sum of the four programs')
    doc.inject('D1-2', 'row_percent', 'bt.1.01.02.1.01.0009.p', lambda t: swap(t, 1),
               ['bt.1.01.02.1.01.0009.a', 'bt.1.01.02.1.01.0009.r'], 'sub kegiatan % realisasi: two digits swapped')
    doc.inject('D1-3', 'capaian_wrong', 't31.2.2022.c', '101,57',
               ['t31.2.2022.t', 't31.2.2022.r'], 'APM SMP/MTs capaian 2022 (82,47/82 = 100,57)')
    doc.inject('D1-4', 'xref_budget', 'pk.1.01.04.a', lambda t: typo(t, 2, (int([c for c in t if c.isdigit()][2]) + 1) % 10),
               ['bt.1.01.04.a', 'lamp.1.01.04.a'], 'Program Pendidik dan Tenaga Kependidikan: budget in Tabel 2.2 differs from Tabel 3.4 and Lampiran')
    doc.inject('D1-5', 'narrative_budget', 'ikh.real', lambda t: typo(t, 5, (int([c for c in t if c.isdigit()][5]) + 5) % 10),
               ['bt.tot.r'], 'Ikhtisar: realisasi in the narrative differs from the Jumlah of Tabel 3.4')
    doc.inject('D1-6', 'narrative_percent', 'n.guru.p', '92,56',
               ['n.guru.r', 'n.guru.t'], '412 of 450 orang is 91,56%')
    doc.inject('D1-7', 'label_status', 't31.5.st', 'Tercapai', ['t31.5.2022.c'],
               'Persentase Guru Bersertifikat: capaian 95,64% labelled Tercapai')
    doc.inject('D1-9', 'duplicate_table_number', 'cap.t32.no', 'Tabel 3.1', ['cap.t31.no'],
               'the comparison table is numbered Tabel 3.1 again (it is the second table of Bab III)')
    doc.inject('D1-10', 'xref_indicator_text', 'n31.5.r', '69,95%', ['t31.5.2022.r'],
               'the text gives guru bersertifikat realisasi 69,95% (Tabel 3.1: 66,95), with the table\'s capaian 95,64%')
    doc.inject('D1-8', 'stale_year', 'cap.t35.year', '2021', ['t31.hy2022'],
               'Tabel 3.5 caption says Tahun Anggaran 2021 in the 2022 report (its figures are 2022)')

    # ---- cover ----
    w = doc.w
    for ln in ['', '', 'PEMERINTAH KABUPATEN SUNGAI LESTARI', '', 'LAPORAN KINERJA INSTANSI PEMERINTAH',
               '(LKjIP)', 'TAHUN 2022', '', '', '', '', 'DINAS PENDIDIKAN', 'KABUPATEN SUNGAI LESTARI',
               'Jl. Pahlawan No. 17 Muara Lestari', '2023']:
        w.center(ln, size=16 if ln and ln.isupper() else 12, bold=bool(ln) and ln.isupper())
    doc.page('Body')
    doc.heading(1, 'Kata Pengantar')
    doc.para('Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Laporan Kinerja '
             'Instansi Pemerintah (LKjIP) Dinas Pendidikan Kabupaten Sungai Lestari Tahun 2022. Laporan ini '
             'disusun berdasarkan Peraturan Menteri PANRB Nomor 53 Tahun 2014 sebagai wujud pertanggungjawaban '
             'atas pelaksanaan tugas dan fungsi serta pencapaian sasaran strategis yang telah ditetapkan dalam '
             'Perjanjian Kinerja Tahun 2022.')
    doc.para('Kami menyadari bahwa laporan ini masih memiliki kekurangan. Kritik dan saran yang membangun '
             'sangat kami harapkan untuk perbaikan di masa mendatang.')
    w.signature(['Muara Lestari, Februari 2023', 'Kepala Dinas Pendidikan', 'Kabupaten Sungai Lestari', '',
                 'Drs. H. SUPARMAN HADI, M.Pd', 'NIP. 19680412 199303 1 008'])

    doc.page()
    doc.heading(1, 'Ikhtisar Eksekutif')
    doc.para('Dinas Pendidikan Kabupaten Sungai Lestari pada Tahun 2022 menetapkan 2 (dua) sasaran strategis '
             'dengan 6 (enam) indikator kinerja utama sebagaimana tertuang dalam Perjanjian Kinerja.')
    doc.para('Untuk mendukung pencapaian sasaran tersebut Dinas Pendidikan melaksanakan 4 (empat) program. '
             'Pada tahun 2022 realisasi keuangan mencapai dana sebesar %s atau %s%% dari anggaran sebesar %s.'
             % (doc.fig('ikh.real', cv.money(tr)), doc.fig('ikh.p', cv.pct(pct(tr, tb))),
                doc.fig('ikh.bud', cv.money(tb))))
    doc.para('Anggaran tersebut merupakan anggaran setelah perubahan. Pada APBD Murni Tahun 2022 pagu Dinas '
             'Pendidikan ditetapkan sebesar %s, kemudian melalui APBD Perubahan disesuaikan menjadi %s karena '
             'refocusing kegiatan fisik.' % (doc.fig('ikh.murni', cv.money(murni)), doc.fig('ikh.perub', cv.money(tb))))
    doc.trap('D1-T1', 'murni_vs_perubahan', ['ikh.murni', 'ikh.perub', 'bt.tot.a'],
             'APBD Murni and APBD Perubahan totals, both named; only the Perubahan is the budget of the tables')
    for f in C.FILLER[:2]:
        doc.para(f)

    doc.page()
    doc.heading(1, 'Bab I Pendahuluan')
    doc.heading(2, 'A. Latar Belakang')
    doc.para('Laporan Kinerja Instansi Pemerintah merupakan media pertanggungjawaban yang berisi informasi '
             'mengenai kinerja instansi pemerintah. Dinas Pendidikan Kabupaten Sungai Lestari dibentuk '
             'berdasarkan Peraturan Daerah Nomor 9 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah.')
    doc.para(C.FILLER[3])
    doc.heading(2, 'B. Sumber Daya Manusia')
    doc.para('Jumlah pegawai Dinas Pendidikan keadaan 31 Desember 2022 menurut golongan disajikan pada tabel berikut. '
             'Dari formasi yang direncanakan, SDM yang tersedia sebanyak %s orang atau %s%% dari rencana sebanyak %s orang.'
             % (doc.fig('n.sdm.n', '283'), doc.fig('n.sdm.p', cv.pct(pct(283, 310))), doc.fig('n.sdm.m', '310')))
    C.staff(doc, 't11', 'Tabel 1.1 Jumlah Pegawai Menurut Golongan Keadaan Desember 2022',
            [('Golongan IV', 38), ('Golongan III', 161), ('Golongan II', 54), ('Golongan I', 3),
             ('Pegawai Pemerintah dengan Perjanjian Kerja (PPPK)', 27)], cv)

    doc.page()
    doc.heading(1, 'Bab II Perencanaan Kinerja')
    doc.heading(2, 'A. Perjanjian Kinerja Tahun 2022')
    doc.para('Perjanjian Kinerja Kepala Dinas Pendidikan dengan Bupati Sungai Lestari memuat sasaran, '
             'indikator dan target kinerja sebagai berikut.')
    rows = [['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target 2022']]
    pk = [('1', 'Meningkatnya akses layanan pendidikan', inds[:4]), ('2', 'Meningkatnya mutu pendidikan', inds[4:])]
    for no, sas, ii in pk:
        for k, ind in enumerate(ii):
            t = ind['data'][2022][0]
            rows.append([no if k == 0 else '^', sas if k == 0 else '^', ind['name'],
                         doc.fig('pk.t.%s' % ind['name'], '%s %s' % (num(t, 2), ind['unit']))])
    doc.table(Table('Tabel 2.1 Perjanjian Kinerja Dinas Pendidikan Tahun 2022', rows, [0.9, 4.5, 6.5, 2.8],
                    align='cllr', rule='grid', font=10))
    doc.heading(2, 'B. Anggaran Program Tahun 2022')
    rows = [['Kode', 'Program', 'Anggaran (Rp)']]
    for n in nodes:
        rows.append([n.code, n.name.title().replace('/Kota', '/Kota'), doc.fig('pk.%s.a' % n.code, cv.money(n.budget))])
    rows.append(['Jumlah', '<', doc.fig('pk.tot.a', cv.money(tb))])
    doc.table(Table('Tabel 2.2 Anggaran Program Dinas Pendidikan Tahun 2022 (APBD Perubahan)', rows,
                    [2.0, 9.0, 4.0], align='llr', rule='grid', font=10, bold_rows=[len(rows) - 1]))

    doc.page()
    doc.heading(1, 'Bab III Akuntabilitas Kinerja')
    doc.heading(2, 'A. Capaian Kinerja Organisasi')
    doc.para('Pengukuran capaian kinerja dilakukan dengan membandingkan target dan realisasi setiap indikator. '
             'Untuk indikator yang semakin rendah semakin baik (Angka Putus Sekolah) capaian dihitung dengan rumus '
             '(2 x Target - Realisasi) / Target x 100%.')
    C.capaian_years(doc, 't31', '%s Capaian Indikator Kinerja Utama Tahun 2021 dan 2022' % doc.fig('cap.t31.no', 'Tabel 3.1'), inds,
                    [2021, 2022], cv, avg=True, status=True, font=8.5)
    doc.trap('D1-T2', 'indicator_named_rata_rata', ['t31.4.2022.t', 't31.4.2022.r'],
             '"Rata-rata Lama Sekolah" is an indicator (tahun), not an average row')
    doc.trap('D1-T3', 'lower_is_better', ['t31.3.2022.t', 't31.3.2022.r', 't31.3.2022.c'],
             'Angka Putus Sekolah: (2 x 0,18 - 0,15) / 0,18 = 116,67%')
    doc.para('Secara umum capaian indikator kinerja utama Tahun 2022 meningkat dibandingkan Tahun 2021.')
    doc.heading(3, 'Analisis capaian per indikator')
    C.indicator_narratives(doc, 'n31', [
        (ind['name'], '%' if ind['unit'] == '%' else ' ' + ind['unit'], 2, ind['data'][2022][0], ind['data'][2022][1],
         ind.get('kind', 'up'), ind['data'][2021][1]) for ind in inds], cv, 2022, 2021,
        lower_note='Karena indikator ini semakin kecil semakin baik, capaian dihitung dengan rumus (2 x target - realisasi) / target.')
    doc.trap('D1-T9', 'lower_is_better_text', ['n31.3.t', 'n31.3.r', 'n31.3.c'],
             'the text restates the Angka Putus Sekolah capaian 116,67% (realisasi below target)')
    doc.heading(3, 'Peningkatan kompetensi guru')
    doc.para('Sebagai pendukung indikator guru bersertifikat, pada tahun 2022 dilaksanakan pelatihan dan pendidikan '
             'profesi guru dengan realisasi %s orang dari target %s orang atau %s%%. Peserta berasal dari satuan '
             'pendidikan SD dan SMP negeri maupun swasta.'
             % (doc.fig('n.guru.r', '412'), doc.fig('n.guru.t', '450'), doc.fig('n.guru.p', cv.pct(pct(412, 450)))))
    doc.para(C.FILLER[1])
    doc.para(C.FILLER[2])
    doc.heading(2, 'B. Perbandingan Capaian dengan Tahun Sebelumnya dan Target Renstra')
    C.comparison(doc, 't32', '%s Perbandingan Realisasi Kinerja Tahun 2020-2022 dan Target Akhir Renstra'
                 % doc.fig('cap.t32.no', 'Tabel 3.2'), inds, [2020, 2021, 2022], 2026, cv)
    doc.trap('D1-T4', 'target_of_another_year', ['t32.0.end', 't32.0.ce', 't31.0.2022.t'],
             'capaian against the 2026 Renstra end target (75,12/80 = 93,90), not against the 2022 target')
    doc.heading(2, 'C. Efisiensi Penggunaan Sumber Daya')
    p2 = nodes[1]
    p4 = nodes[3]
    cap22 = [C.capaian(*ind['data'][2022], ind.get('kind', 'up')) for ind in inds]
    C.efficiency(doc, 't33', 'Tabel 3.3 Analisis Efisiensi Penggunaan Sumber Daya Tahun 2022', [
        ('Meningkatnya akses layanan pendidikan', C.mean(cap22[:4]), pct(p2.real, p2.budget)),
        ('Meningkatnya mutu pendidikan', C.mean(cap22[4:]), pct(p4.real, p4.budget))], cv)
    doc.para('Capaian kinerja sasaran adalah rata-rata capaian indikatornya pada Tabel 3.1; tingkat efisiensi '
             'dihitung sebagai selisih antara persentase capaian kinerja dan persentase realisasi anggaran program '
             'yang mendukung sasaran tersebut.')

    doc.page('Landscape')
    doc.heading(2, 'D. Realisasi Anggaran')
    C.budget_tree(doc, 'bt', 'Tabel 3.4 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2022',
                  nodes, cv, cols=('kode', 'uraian', 'anggaran', 'realisasi', 'pct', 'sisa'),
                  widths=[3.6, 9.4, 3.5, 3.5, 1.6, 3.4], font=9)
    doc.trap('D1-T5', 'similar_names', ['bt.1.01.02.1.01.0003.a', 'bt.1.01.02.1.02.0003.a'],
             'sub kegiatan "Pembangunan Ruang Kelas Baru" under SD and under SMP: two lines, two budgets')
    doc.trap('D1-T6', 'jumlah_pct_ratio', ['bt.tot.p'], 'Jumlah % is realisasi/anggaran of the totals, not the mean')

    doc.page('Body')
    gaji_b, gaji_r = gaji.budget, gaji.real
    parts = [('Belanja Operasi', [('Belanja Pegawai', gaji_b, gaji_r)]),
             ('Belanja Modal', [])]
    # Operasi/Modal split consistent with the program totals
    modal_b = 3715400000
    modal_r = 3402811900
    barang_b = tb - gaji_b - modal_b
    barang_r = tr - gaji_r - modal_r
    parts = [('Belanja Operasi', [('Belanja Pegawai', gaji_b, gaji_r), ('Belanja Barang dan Jasa', barang_b, barang_r)]),
             ('Belanja Modal', [('Belanja Modal Peralatan dan Mesin', 1115400000, 1009362400),
                                ('Belanja Modal Gedung dan Bangunan', 2600000000, 2393449500)])]
    assert modal_r == 1009362400 + 2393449500 and modal_b == 1115400000 + 2600000000
    assert barang_b > 0 and 0 < barang_r < barang_b
    C.belanja_jenis(doc, 't35', 'Tabel 3.5 Realisasi Anggaran Menurut Jenis Belanja Tahun Anggaran %s'
                    % doc.fig('cap.t35.year', '2022'), parts, cv, share=True)
    doc.trap('D1-T7', 'share_column', ['t35.g0.sh', 't35.g1.sh'],
             'Proporsi is the share of total realisasi (sums to 100), not realisasi/anggaran')
    doc.para('Dari tabel di atas, Belanja Operasi terealisasi sebesar %s atau %s%% dari anggaran sebesar %s, '
             'sedangkan Belanja Modal terealisasi sebesar %s atau %s%%.'
             % (doc.fig('n.op.r', cv.money(gaji_r + barang_r)), doc.fig('n.op.p', cv.pct(pct(gaji_r + barang_r, gaji_b + barang_b))),
                doc.fig('n.op.a', cv.money(gaji_b + barang_b)), doc.fig('n.mod.r', cv.money(modal_r)),
                doc.fig('n.mod.p', cv.pct(pct(modal_r, modal_b)))))

    doc.heading(1, 'Bab IV Penutup')
    doc.para('Secara umum Dinas Pendidikan Kabupaten Sungai Lestari telah melaksanakan program dan kegiatan '
             'Tahun 2022 dengan baik. Indikator yang belum mencapai target akan menjadi prioritas perbaikan '
             'pada tahun 2023, terutama peningkatan jumlah guru bersertifikat pendidik.')
    doc.para(C.FILLER[2])

    # English-format appendix, pasted from a spreadsheet
    doc.page()
    doc.heading(2, 'Lampiran 1. Rekapitulasi Realisasi Anggaran per Program (format aplikasi keuangan)')
    cve = C.Conv(C.money_en, pct_dec=2, fmt='en', rule='grid', font=9)
    rows = [['Kode', 'Program', 'Pagu', 'Realisasi', '%']]
    for n in nodes:
        rows.append([n.code, n.name, doc.fig('lamp.%s.a' % n.code, cve.money(n.budget)),
                     doc.fig('lamp.%s.r' % n.code, cve.money(n.real)), doc.fig('lamp.%s.p' % n.code, cve.pct(pct(n.real, n.budget)))])
    rows.append(['TOTAL', '<', doc.fig('lamp.tot.a', cve.money(tb)), doc.fig('lamp.tot.r', cve.money(tr)),
                 doc.fig('lamp.tot.p', cve.pct(pct(tr, tb)))])
    doc.table(Table(None, rows, [2.0, 7.0, 3.0, 3.0, 1.5], align='llrrr', rule='grid', font=9, bold_rows=[len(rows) - 1]))
    doc.trap('D1-T8', 'english_format', ['lamp.1.01.01.a', 'bt.1.01.01.a'], 'same program budget in English format')
    return doc
