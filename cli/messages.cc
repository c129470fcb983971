#include "cli/messages.h"

namespace lkj::cli {

std::string DescribeError(const Status& status, Lang lang) {
  bool id = lang == Lang::kId;
  std::string what;
  switch (status.code()) {
    case ErrorCode::kNotFound: what = id ? "berkas tidak ditemukan" : "file not found"; break;
    case ErrorCode::kUnreadable:
      what = id ? "berkas tidak dapat dibaca" : "file cannot be read"; break;
    case ErrorCode::kEmpty: what = id ? "berkas kosong (0 bita)" : "file is empty (0 bytes)"; break;
    case ErrorCode::kNotPdf: what = id ? "bukan berkas PDF" : "not a PDF file"; break;
    case ErrorCode::kDamaged:
      what = id ? "PDF rusak atau terpotong" : "PDF is damaged or truncated"; break;
    case ErrorCode::kEncrypted:
      what = id ? "PDF terenkripsi (perlu kata sandi)" : "PDF is encrypted (needs a password)"; break;
    case ErrorCode::kTooLarge:
      what = id ? "berkas melebihi batas (--max-mb/--max-pages)"
                : "file exceeds the limits (--max-mb/--max-pages)"; break;
    case ErrorCode::kWriteFailed:
      what = id ? "gagal menulis berkas keluaran" : "cannot write output file"; break;
    case ErrorCode::kInvalidData: what = id ? "data tidak valid" : "invalid data"; break;
    case ErrorCode::kOk: what = "ok"; break;
  }
  return "lkj-audit: " + what + ": " + status.detail();
}

std::string DescribeWarning(const std::string& code, int page, Lang lang) {
  bool id = lang == Lang::kId;
  std::string where = (id ? "halaman " : "page ") + std::to_string(page);
  std::string head = "lkj-audit: " + std::string(id ? "peringatan: " : "warning: ") + where;
  if (code == "scanned_page")
    return head + (id ? " hasil pindai tanpa lapisan teks; isinya tidak dibaca (--no-ocr)"
                      : " is a scan without a text layer; its content is not read (--no-ocr)");
  if (code == "scanned_page_no_ocr")
    return head + (id ? " hasil pindai; OCR tidak dapat dijalankan (data bahasa Tesseract ind/eng tidak terpasang)"
                      : " is a scan; OCR cannot run (Tesseract's ind/eng language data is not installed)");
  if (code == "ocr_layer_replaced")
    return head + (id ? " hasil pindai dengan lapisan teks OCR yang rusak (mis. \"kine~a\"); dibaca ulang dengan OCR"
                      : " is a scan whose OCR text layer is garbled (e.g. \"kine~a\"); read again by OCR");
  if (code == "ocr_page")
    return head + (id ? " hasil pindai, dibaca dengan OCR: angka yang kurang pasti ditandai peringatan"
                      : " is a scan, read by OCR: figures it is unsure of are flagged as warnings");
  if (code == "empty_page") return head + (id ? " kosong (tanpa teks)" : " is blank (no text)");
  if (code == "page_unreadable")
    return head + (id ? " tidak dapat dibaca (struktur PDF rusak)" : " cannot be read (damaged PDF structure)");
  return head + ": " + code;
}

std::string HelpText(Lang lang) {
  if (lang == Lang::kEn) {
    return R"(lkj-audit: reads Indonesian performance reports (LKj) in PDF, turns them into tables, and audits every figure.

USAGE
  lkj-audit audit IN.pdf|IN.json [--html F] [--xlsx F] [--md F] [--json F] [--rules FILE]... [options]
  lkj-audit batch DIR|FILES... --out DIR [-j N] [--rules FILE]... [options]
  lkj-audit compare OLD.pdf|.json NEW.pdf|.json [--json F] [--html F] [--keputusan F]
  lkj-audit extract IN.pdf [--json OUT.json] [--csv DIR] [options]
  lkj-audit debug IN.pdf --page N [--svg OUT.svg]     show how one page was read

AUDIT
  Cross-checks every figure: totals against their rows, programs against
  their kegiatan and sub kegiatan, percentages against realisation over
  budget or target, averages, formulas and ratios the document states, claims
  in the text ("dana sebesar Rp X atau Y% dari anggaran Rp Z"), Tercapai and
  Naik/Turun labels, and the same budget or indicator printed in different
  places (naming the majority value and, for a wrong total, the row that
  explains it). A figure printed with d decimals may have been rounded or
  truncated: a difference rounding explains is never an error.
  Without --json the findings are listed one per line, errors first, with a
  coverage line: how many figures took part in a check.
    --html FILE     the reviewer's report: one self-contained page, each finding
                    with a picture of its page region and the figures boxed
    --xlsx FILE     Excel: a findings sheet and one sheet per table (numbers as numbers)
    --md FILE       Markdown, to paste into a review memo
    --json FILE     write findings as JSON (reports/schema/findings.schema.json)
    --rules FILE    rules on top of the built-in rules/default.jsonc: switch a
                    check off, change its severity, add header words or
                    narrative patterns (repeatable)
    --explain       print how each table was understood (column roles, rows)
                    and, under each finding, the reading it rests on
    --keputusan F   the reviewer's judgements (keputusan.json, exported from the
                    HTML report): findings judged "bukan masalah" are listed as
                    accepted and not counted; the rest keep their mark. Works on
                    a revised draft too: findings are matched by identity
                    (rule, table caption or section, row label, column header)
    --chr FILE      the CHR draft (Catatan Hasil Reviu) as Markdown: the points
                    judged "perlu diperbaiki" in document order, with page,
                    table, what is printed, what it should be and the note
                    (also a "CHR" sheet in --xlsx when judgements are given)
  IN.json is the output of `extract --json`.

COMPARE
  Two drafts of one LKj (PDFs, `extract --json` output, or `audit --json`
  findings): the findings fixed, still open and new, and the figures that
  changed (table, row, column, old, new), matched by place so a table moved
  to another page still compares. --json writes an object with the arrays
  fixed, open, new and changed; --html a page in the report's style. Exit 1
  when errors are still open or new (not counting those judged "bukan masalah").

BATCH
  Audits every PDF in DIR (and below) or the FILES given: one folder per
  document under --out (laporan.html, laporan.xlsx, laporan.md, temuan.json,
  status.json) and summary.html / summary.csv for all. A document that cannot
  be read is reported in the summary and the batch goes on. Killed and started
  again, it skips documents already done. -j N: documents in parallel
  (default: one per core).

EXTRACT
  Reads the text layer and ruling lines of every page and writes one JSON
  document (schema: extract/schema/document.schema.json): pages, text blocks
  (paragraphs, headings, captions, running headers) and tables as full grids
  of cells, each with its page and box in PDF points (origin top-left).
  A table that continues on the next page is one table; its caption
  ("Tabel 2.3 ...", "LAMPIRAN I") is attached.
    --json FILE     write the JSON here ("-" or no --json: standard output)
    --csv DIR       also write one CSV per table into DIR (UTF-8, RFC 4180)

OPTIONS
  --lang id|en      language of messages (default: id, Indonesian)
  --max-pages N     refuse documents with more pages (default 5000)
  --max-mb N        refuse files larger than N MiB (default 2048)
  --timeout S       give up after S seconds (default 900; batch: per document)
  --max-memory-mb N stop when the process holds more than N MiB of memory
                    (default 0: no limit; batch: per document, default 4096)
  --no-ocr          leave scanned pages unread (by default they are read by
                    Tesseract, ind+eng; figures it is unsure of give warnings)
  --ocr-dpi D       render scans at D dpi for OCR (default: twice the scan's
                    own resolution, 150 to 300)
  -j N              extract/audit: read pages (and OCR scans, and draw the
                    report's pictures) on N threads (default: one per core;
                    the output is the same for any N)
  -q, --quiet       no warnings on stderr
  -h, --help        this text;  --version  the version

Output files are written atomically (a temporary file, then renamed); the
input file is only read.

EXIT CODES
  0 done (audit: no error)   1 audit found errors   2 bad command line or rules file
  3 input missing or unreadable
  4 empty file   5 not a PDF   6 damaged or truncated PDF   7 encrypted PDF
  8 over a limit   9 cannot write output   10 timeout   11 over --max-memory-mb
  12 batch: some documents unreadable or over a limit
  70 internal error

EXAMPLES
  lkj-audit audit lkj-2024.pdf
  lkj-audit audit lkj-2024.pdf --html report.html --xlsx report.xlsx --lang en
  lkj-audit batch submissions/ --out reviews/ -j 2
  lkj-audit extract lkj-2024.pdf --json lkj-2024.json --csv tables/
  lkj-audit debug lkj-2024.pdf --page 12 --svg p12.svg
)";
  }
  return R"(lkj-audit: membaca Laporan Kinerja (LKj) berformat PDF, menyusun tabelnya, dan memeriksa setiap angkanya.

PENGGUNAAN
  lkj-audit audit MASUK.pdf|MASUK.json [--html B] [--xlsx B] [--md B] [--json B] [--rules BERKAS]... [opsi]
  lkj-audit batch FOLDER|BERKAS... --out FOLDER [-j N] [--rules BERKAS]... [opsi]
  lkj-audit compare LAMA.pdf|.json BARU.pdf|.json [--json B] [--html B] [--keputusan B]
  lkj-audit extract MASUK.pdf [--json KELUAR.json] [--csv FOLDER] [opsi]
  lkj-audit debug MASUK.pdf --page N [--svg KELUAR.svg]   tampilkan cara satu halaman dibaca

AUDIT
  Memeriksa silang setiap angka: jumlah terhadap baris-barisnya, program
  terhadap kegiatan dan sub kegiatannya, persentase terhadap realisasi dibagi
  anggaran atau target, rata-rata, rumus dan rasio yang dituliskan dokumen,
  klaim dalam uraian ("dana sebesar Rp X atau Y% dari anggaran Rp Z"),
  keterangan Tercapai dan Naik/Turun, serta anggaran atau indikator yang sama
  yang tertulis di beberapa tempat (dengan nilai mayoritas dan, untuk jumlah
  yang salah, baris penyebabnya). Angka dengan d desimal mungkin dibulatkan
  atau dipotong: selisih karena pembulatan tidak pernah dianggap galat.
  Tanpa --json temuan ditampilkan satu per baris, galat lebih dulu, disertai
  ringkasan cakupan: berapa angka yang ikut diperiksa.
    --html BERKAS   laporan pemeriksa: satu halaman mandiri, setiap temuan dengan
                    gambar bagian halamannya dan angka-angka yang ditandai
    --xlsx BERKAS   Excel: lembar temuan dan satu lembar per tabel (angka sebagai angka)
    --md BERKAS     Markdown, untuk ditempel ke nota hasil reviu
    --json BERKAS   tulis temuan sebagai JSON (reports/schema/findings.schema.json)
    --rules BERKAS  aturan tambahan di atas rules/default.jsonc bawaan: matikan
                    pemeriksaan, ubah tingkatnya, tambah kata judul kolom atau
                    pola kalimat (boleh berulang)
    --explain       tampilkan cara setiap tabel dipahami (peran kolom, baris)
                    dan, di bawah setiap temuan, bacaan yang mendasarinya
    --keputusan B   keputusan pemeriksa (keputusan.json, diekspor dari laporan
                    HTML): temuan "bukan masalah" dicantumkan sebagai diterima
                    dan tidak dihitung; yang lain tetap dengan tandanya. Berlaku
                    juga untuk draf revisi: temuan dicocokkan menurut identitasnya
                    (aturan, judul tabel atau bagian, label baris, judul kolom)
    --chr BERKAS    draf Catatan Hasil Reviu (CHR) dalam Markdown: hal-hal yang
                    "perlu diperbaiki" menurut urutan dokumen, dengan halaman,
                    tabel, yang tertulis, yang seharusnya, dan catatannya (juga
                    lembar "CHR" di --xlsx bila ada keputusan)
  MASUK.json adalah keluaran `extract --json`.

COMPARE
  Dua draf dari satu LKj (PDF, keluaran `extract --json`, atau temuan
  `audit --json`): temuan yang sudah diperbaiki, masih terbuka, dan baru,
  serta angka yang berubah (tabel, baris, kolom, lama, baru), dicocokkan
  menurut letaknya sehingga tabel yang pindah halaman tetap terbandingkan.
  --json menulis objek dengan larik fixed, open, new dan changed; --html satu
  halaman bergaya laporan. Keluar 1 bila masih ada galat yang terbuka atau
  baru (kecuali yang dinilai "bukan masalah").

BATCH
  Mengaudit setiap PDF di FOLDER (beserta subfolder) atau BERKAS yang
  disebut: satu folder per dokumen di bawah --out (laporan.html, laporan.xlsx,
  laporan.md, temuan.json, status.json) serta summary.html / summary.csv untuk
  semuanya. Dokumen yang tak terbaca dicatat di ringkasan dan batch berlanjut.
  Jika dihentikan lalu dijalankan lagi, dokumen yang sudah selesai dilewati.
  -j N: jumlah dokumen sekaligus (bawaan: satu per inti prosesor).

EXTRACT
  Membaca lapisan teks dan garis tabel setiap halaman, lalu menulis satu
  dokumen JSON (skema: extract/schema/document.schema.json): halaman, blok
  teks (paragraf, judul, keterangan tabel, kepala/kaki halaman) dan tabel
  sebagai kisi sel lengkap, masing-masing dengan halaman dan kotaknya dalam
  poin PDF (titik asal kiri atas). Tabel yang bersambung ke halaman berikutnya
  dibaca sebagai satu tabel; judulnya ("Tabel 2.3 ...", "LAMPIRAN I") dilekatkan.
    --json BERKAS   tulis JSON ke sini ("-" atau tanpa --json: keluaran standar)
    --csv FOLDER    tulis juga satu CSV per tabel ke FOLDER (UTF-8, RFC 4180)

OPSI
  --lang id|en      bahasa pesan (bawaan: id, Bahasa Indonesia)
  --max-pages N     tolak dokumen dengan halaman lebih banyak (bawaan 5000)
  --max-mb N        tolak berkas lebih besar dari N MiB (bawaan 2048)
  --timeout D       berhenti setelah D detik (bawaan 900; batch: per dokumen)
  --max-memory-mb N berhenti bila proses memakai memori lebih dari N MiB
                    (bawaan 0: tanpa batas; batch: per dokumen, bawaan 4096)
  --no-ocr          halaman hasil pindai tidak dibaca (bawaannya dibaca dengan
                    Tesseract, ind+eng; angka yang kurang pasti jadi peringatan)
  --ocr-dpi D       resolusi (dpi) halaman pindaian untuk OCR (bawaan: dua kali
                    resolusi pindaiannya, 150 sampai 300)
  -j N              extract/audit: baca halaman (juga OCR pindaian dan gambar
                    laporan) dengan N thread (bawaan: satu per inti; hasilnya
                    sama berapa pun N)
  -q, --quiet       tanpa peringatan di stderr
  -h, --help        teks ini;  --version  versi

Berkas keluaran ditulis secara atomik (berkas sementara, lalu diganti nama);
berkas masukan hanya dibaca.

KODE KELUAR
  0 selesai (audit: tanpa galat)   1 audit menemukan galat   2 perintah atau berkas aturan salah
  3 berkas tidak ada/tak terbaca
  4 berkas kosong   5 bukan PDF   6 PDF rusak/terpotong   7 PDF terenkripsi
  8 melebihi batas   9 gagal menulis keluaran   10 waktu habis   11 melebihi --max-memory-mb
  12 batch: ada dokumen tak terbaca atau melebihi batas
  70 galat internal

CONTOH
  lkj-audit audit lkj-2024.pdf
  lkj-audit audit lkj-2024.pdf --html laporan.html --xlsx laporan.xlsx
  lkj-audit batch kiriman/ --out hasil-reviu/ -j 2
  lkj-audit extract lkj-2024.pdf --json lkj-2024.json --csv tabel/
  lkj-audit debug lkj-2024.pdf --page 12 --svg h12.svg
)";
}

}  // namespace lkj::cli
