#include "reports/batch_summary.h"

#include "reports/html_escape.h"

#include <cstdio>
#include <sstream>

namespace lkj::reports {
namespace {

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", s);
  return buf;
}

}  // namespace

std::string RenderBatchCsv(const std::vector<BatchRow>& rows, bool en) {
  std::string out = en ? "document,status,pages,errors,warnings,info,seconds,report\r\n"
                       : "dokumen,status,halaman,galat,peringatan,info,detik,laporan\r\n";
  for (const BatchRow& r : rows) {
    std::string status = r.ok ? "ok" : (en ? "failed: " : "gagal: ") + r.problem;
    out += CsvField(r.document) + "," + CsvField(status) + "," + std::to_string(r.pages) + "," +
           std::to_string(r.errors) + "," + std::to_string(r.warnings) + "," + std::to_string(r.infos) + "," +
           Seconds(r.seconds) + "," + CsvField(r.folder) + "\r\n";
  }
  return out;
}

std::string RenderBatchHtml(const std::vector<BatchRow>& rows, bool en) {
  int docs_with_errors = 0, failed = 0;
  for (const BatchRow& r : rows) {
    if (!r.ok) ++failed;
    else if (r.errors > 0) ++docs_with_errors;
  }
  std::ostringstream h;
  h << "<!DOCTYPE html>\n<html lang=\"" << (en ? "en" : "id") << "\"><head><meta charset=\"utf-8\">"
    << "<title>" << (en ? "LKj audit summary" : "Ringkasan audit LKj") << "</title><style>"
    << "body{font-family:'Liberation Sans',Arial,sans-serif;margin:2em;color:#222}"
    << "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.35em .6em;text-align:left}"
    << "th{background:#f0f0f0}td.n{text-align:right}tr.err td.e{color:#b00020;font-weight:bold}"
    << "tr.fail td{background:#fff4e5}@media print{body{margin:0}}</style></head><body>\n";
  h << "<h1>" << (en ? "LKj audit summary" : "Ringkasan audit LKj") << "</h1>\n<p>" << rows.size()
    << (en ? " documents; " : " dokumen; ") << docs_with_errors << (en ? " with errors; " : " dengan galat; ") << failed
    << (en ? " could not be read." : " tidak dapat dibaca.") << "</p>\n<table><thead><tr>";
  const char* heads_en[] = {"Document", "Status", "Pages", "Errors", "Warnings", "Info", "Seconds"};
  const char* heads_id[] = {"Dokumen", "Status", "Halaman", "Galat", "Peringatan", "Info", "Detik"};
  for (int i = 0; i < 7; ++i) h << "<th>" << (en ? heads_en[i] : heads_id[i]) << "</th>";
  h << "</tr></thead><tbody>\n";
  for (const BatchRow& r : rows) {
    h << "<tr class=\"" << (!r.ok ? "fail" : r.errors > 0 ? "err" : "ok") << "\"><td>";
    if (r.ok)
      h << "<a href=\"" << EscapeHtml(r.folder) << "/laporan.html\">" << EscapeHtml(r.document) << "</a>";
    else
      h << EscapeHtml(r.document);
    h << "</td><td>" << (r.ok ? "ok" : EscapeHtml((en ? "failed: " : "gagal: ") + r.problem)) << "</td><td class=\"n\">"
      << r.pages << "</td><td class=\"n e\">" << r.errors << "</td><td class=\"n\">" << r.warnings
      << "</td><td class=\"n\">" << r.infos << "</td><td class=\"n\">" << Seconds(r.seconds) << "</td></tr>\n";
  }
  h << "</tbody></table></body></html>\n";
  return h.str();
}

}  // namespace lkj::reports
