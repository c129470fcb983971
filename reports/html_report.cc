#include "reports/html_report.h"

#include "reports/html_escape.h"

#include "audit/judgement.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>

namespace lkj::reports {
namespace {

using audit::Evidence;
using audit::Finding;
using audit::Severity;

// Picks the Indonesian or the English wording at each use, so both stay side
// by side where a translator can see them.
struct Lang {
  bool en = false;
  const char* operator()(const char* id, const char* english) const { return en ? english : id; }
};

std::string Esc(std::string_view s) { return EscapeHtml(s); }

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                 static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i < bytes.size()) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// Digits grouped the reader's way: 1.023 in Indonesian, 1,023 in English.
std::string Grouped(long long whole, bool en) {
  std::string digits = std::to_string(whole < 0 ? -whole : whole);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += en ? ',' : '.';
    out += digits[i];
  }
  return whole < 0 ? "-" + out : out;
}

std::string Count(int n, bool en) { return Grouped(n, en); }

// Up to two decimals, trailing zeros dropped: enough to tell a wrong total or
// ratio from the right one without inventing precision.
std::string Figure(double v, bool en) {
  if (!std::isfinite(v)) return "–";
  long long cents = std::llround(v * 100);
  bool negative = cents < 0;
  if (negative) cents = -cents;
  std::string out = Grouped(cents / 100, en);
  int frac = static_cast<int>(cents % 100);
  if (frac != 0) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%02d", frac);
    std::string f = buf;
    if (f.back() == '0') f.pop_back();
    out += (en ? "." : ",") + f;
  }
  return negative ? "-" + out : out;
}

std::string Fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

int Rank(Severity s) { return s == Severity::kError ? 0 : s == Severity::kWarning ? 1 : 2; }
const char* SevClass(Severity s) {
  return s == Severity::kError ? "error" : s == Severity::kWarning ? "warning" : "info";
}
const char* SevName(Severity s, Lang t) {
  return s == Severity::kError ? t("Galat", "Error") : s == Severity::kWarning ? t("Peringatan", "Warning") : "Info";
}

// "Tabel. 3.2", "LAMPIRAN I", "Tabel 3.2.2": what a reviewer calls a table,
// taken from the start of its caption as printed.
std::string CaptionLabel(const std::string& caption) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < caption.size() && words.size() < 3) {
    while (i < caption.size() && caption[i] == ' ') ++i;
    size_t j = caption.find(' ', i);
    if (j == std::string::npos) j = caption.size();
    if (j > i) words.push_back(caption.substr(i, j - i));
    i = j;
  }
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    while (!s.empty() && (s.back() == '.' || s.back() == ':')) s.pop_back();
    return s;
  };
  static constexpr const char* kNouns[] = {"tabel", "lampiran", "gambar", "grafik", "table", "annex", "appendix"};
  if (words.size() >= 2) {
    std::string first = lower(words[0]);
    bool noun = std::find(std::begin(kNouns), std::end(kNouns), first) != std::end(kNouns);
    const std::string& second = words[1];
    bool numbered = !second.empty() && (std::isdigit(static_cast<unsigned char>(second[0])) ||
                                        second.find_first_not_of("IVXLCivxlc.:") == std::string::npos);
    if (noun && numbered) {
      std::string num = second;
      while (!num.empty() && (num.back() == ':' || num.back() == ',' || num.back() == '.')) num.pop_back();
      return words[0] + " " + num;
    }
  }
  // No number: the start of the caption, cut at a word boundary.
  if (caption.size() <= 48) return caption;
  size_t cut = caption.rfind(' ', 48);
  return caption.substr(0, cut == std::string::npos || cut < 20 ? 48 : cut) + "…";
}

struct TableRef {
  const Table* table = nullptr;
  int index = -1;
};

class Renderer {
 public:
  Renderer(const audit::AuditReport& report, const Document& doc, const std::vector<FindingImage>& images, bool english)
      : report_(report), doc_(doc), images_(images), t_{english} {
    for (size_t i = 0; i < doc.tables.size(); ++i) tables_[doc.tables[i].id] = {&doc.tables[i], static_cast<int>(i)};
    for (size_t i = 0; i < images.size(); ++i)
      if (images[i].finding < report.findings.size() && !images[i].image.png.empty() && images[i].image.width > 0 &&
          images[i].image.height > 0 && images[i].image.scale > 0)
        images_of_[images[i].finding].push_back(i);
    for (size_t f = 0; f < report.findings.size(); ++f)
      for (const Evidence& e : report.findings[f].evidence)
        if (!e.table_id.empty() && e.row >= 0 && e.col >= 0) {
          CellMark& m = cell_marks_[{e.table_id, e.row, e.col}];
          m.suspect = m.suspect || e.suspect;
          if (m.findings.empty() || m.findings.back() != f) m.findings.push_back(f);
        }
  }

  // The style sheet alone, for other pages in the report's style.
  std::string Stylesheet() {
    Css();
    return std::move(out_);
  }

  // The page, handed to `sink` in pieces of about kPiece bytes as it is
  // written: a long document's report (its pictures inline) is never held
  // whole in memory.
  void RenderTo(const std::function<void(std::string_view)>& sink) {
    sink_ = &sink;
    std::string rest = Render();
    sink_ = nullptr;
    sink(rest);
  }

  std::string Render() {
    groups_ = BuildGroups();
    Head();
    // The filter checkboxes come first and are siblings of everything they
    // control, so CSS alone (:checked ~) shows and hides: no script needed.
    for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo})
      out_ += std::string("<input type=\"checkbox\" class=\"flt\" id=\"f-") + SevClass(s) + "\" checked>\n";
    Summary();
    Filters();
    Findings();
    Appendix();
    out_ += "<footer>";
    out_ +=
        t_("Dibuat oleh lkj-audit. Angka dengan d desimal mungkin dibulatkan atau dipotong: selisih karena "
           "pembulatan tidak dianggap galat. Koordinat bukti dalam poin PDF dari kiri atas halaman.",
           "Made by lkj-audit. Figures with d decimals may be rounded or truncated: a difference due to rounding "
           "is never an error. Evidence coordinates are PDF points from the top left of the page.");
    out_ += "</footer>\n";
    Script();
    out_ += "</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  struct Group {
    std::string key, label, subtitle, anchor_table;
    int worst = 3;
    size_t first = 0;
    std::vector<size_t> findings;
  };
  struct CellMark {
    bool suspect = false;
    std::vector<size_t> findings;
  };

  // The figure a finding points at: its first suspect evidence, else its first.
  static const Evidence* Lead(const Finding& f) {
    for (const Evidence& e : f.evidence)
      if (e.suspect) return &e;
    return f.evidence.empty() ? nullptr : &f.evidence.front();
  }

  std::string TableLabel(const std::string& table_id, const std::optional<std::string>& caption, int page) const {
    if (caption && !caption->empty()) return CaptionLabel(*caption);
    auto it = tables_.find(table_id);
    if (it != tables_.end() && it->second.table->caption && !it->second.table->caption->empty())
      return CaptionLabel(*it->second.table->caption);
    return std::string(t_("Tabel ", "Table ")) + table_id +
           (page > 0 ? std::string(t_(" (hal. ", " (p. ")) + std::to_string(page) + ")" : "");
  }

  std::string PageRange(const std::vector<int>& pages) const {
    if (pages.empty()) return "";
    int lo = *std::min_element(pages.begin(), pages.end()), hi = *std::max_element(pages.begin(), pages.end());
    return std::string(t_("hal. ", "p. ")) + std::to_string(lo) + (hi != lo ? "–" + std::to_string(hi) : "");
  }

  void Head() {
    std::string name = BaseName(report_.source.empty() ? doc_.source : report_.source);
    out_ += "<!DOCTYPE html>\n<html lang=\"";
    out_ += t_("id", "en");
    out_ +=
        "\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"lkj-audit\">\n<title>";
    out_ += t_("Audit LKj – ", "LKj audit – ") + Esc(name);
    out_ += "</title>\n<style>\n";
    Css();
    out_ += "</style>\n</head>\n<body data-doc-hash=\"" + Esc(report_.document_sha256) + "\" data-doc-source=\"" +
            Esc(name) + "\">\n";
  }

  void Css() {
    out_ +=
        R"CSS(:root{--err:#c0271d;--err-bg:#fdecea;--warn:#9a5b00;--warn-bg:#fff4dc;--info:#4a5b6b;--info-bg:#eef1f4;
--sus:#e3211b;--rel:#1f5fd6;--ink:#1d232b;--muted:#5f6b78;--line:#d9dee4;--paper:#fff;--bg:#f3f5f7}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 "Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"DejaVu Sans",sans-serif}
.flt{position:absolute;opacity:0;width:1px;height:1px;margin:0;pointer-events:none}
header.summary,main,.appendix,footer,nav.filters .in{max-width:1100px;margin-left:auto;margin-right:auto}
header.summary{background:var(--paper);margin-top:24px;padding:28px 32px 22px;border:1px solid var(--line);border-top:6px solid #24405f;border-radius:6px}
.eyebrow{font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);font-weight:600}
h1{font-size:25px;line-height:1.25;margin:6px 0 14px;font-weight:700}
dl.meta{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:4px 16px;margin:0 0 16px;font-size:14px}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.verdict{font-size:18px;font-weight:700;padding:12px 16px;border-radius:5px;margin:4px 0 14px;border-left:6px solid}
.verdict.bad{background:var(--err-bg);color:#8e1a12;border-color:var(--err)}
.verdict.warn{background:var(--warn-bg);color:#6e4100;border-color:#d89000}
.verdict.good{background:#e8f5ec;color:#1c5e2e;border-color:#2f8f4b}
.tally{display:flex;gap:10px;flex-wrap:wrap;margin:0 0 12px}
.tally span{display:inline-flex;align-items:baseline;gap:6px;padding:6px 12px;border-radius:5px;font-size:14px;font-weight:600}
.tally b{font-size:22px}
.tally .error{background:var(--err-bg);color:var(--err)}.tally .warning{background:var(--warn-bg);color:var(--warn)}.tally .info{background:var(--info-bg);color:var(--info)}
.coverage,.readnote{font-size:14px;color:var(--muted);margin:6px 0 0}
.coverage b{color:var(--ink)}
.toc{margin:16px 0 0;padding:12px 0 0;border-top:1px solid var(--line)}
.toc h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 6px}
.toc ol{margin:0;padding:0;list-style:none;columns:2;column-gap:28px;font-size:14px}
.toc li{break-inside:avoid;padding:2px 0;display:flex;gap:8px;align-items:baseline}
.toc a{color:var(--ink);text-decoration:none;flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.toc a:hover{text-decoration:underline}
.pill{font-size:12px;font-weight:700;border-radius:9px;padding:0 7px;white-space:nowrap}
.pill.error{background:var(--err-bg);color:var(--err)}.pill.warning{background:var(--warn-bg);color:var(--warn)}.pill.info{background:var(--info-bg);color:var(--info)}
nav.filters{position:sticky;top:0;z-index:5;background:rgba(243,245,247,.96);border-bottom:1px solid var(--line);margin-top:16px}
nav.filters .in{padding:8px 4px;display:flex;gap:10px;align-items:center;flex-wrap:wrap;font-size:14px}
nav.filters .lbl{color:var(--muted);font-weight:600;margin-right:2px}
nav.filters label{cursor:pointer;user-select:none;display:inline-flex;align-items:center;gap:7px;padding:4px 12px 4px 8px;border-radius:16px;border:1px solid var(--line);background:#fff;font-weight:600}
nav.filters label .tick{width:16px;height:16px;border-radius:3px;border:2px solid currentColor;display:inline-block;position:relative}
nav.filters label.error{color:var(--err)}nav.filters label.warning{color:var(--warn)}nav.filters label.info{color:var(--info)}
#f-error:checked~nav label.error .tick,#f-warning:checked~nav label.warning .tick,#f-info:checked~nav label.info .tick{background:currentColor}
#f-error:checked~nav label.error .tick::after,#f-warning:checked~nav label.warning .tick::after,#f-info:checked~nav label.info .tick::after{content:"";position:absolute;left:3px;top:0;width:4px;height:8px;border:solid #fff;border-width:0 2px 2px 0;transform:rotate(45deg)}
#f-error:focus-visible~nav label.error,#f-warning:focus-visible~nav label.warning,#f-info:focus-visible~nav label.info{outline:2px solid #24405f;outline-offset:2px}
nav.filters .legend{margin-left:auto;color:var(--muted);display:inline-flex;gap:14px;align-items:center}
.key{display:inline-block;width:18px;height:12px;border:2px solid;vertical-align:-1px;margin-right:5px}
.key.sus{border-color:var(--sus);background:rgba(227,33,27,.14)}.key.rel{border-color:var(--rel);background:rgba(31,95,214,.12)}
main{padding:8px 0}
section.group{margin:22px 0 8px}
section.group>h2{font-size:19px;margin:0 0 10px;padding:0 2px;display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
section.group>h2 .sub{font-size:14px;font-weight:400;color:var(--muted)}
section.group>h2 a{font-size:13px;font-weight:400;color:var(--rel)}
article.finding{background:var(--paper);border:1px solid var(--line);border-left:5px solid var(--info);border-radius:6px;padding:16px 20px 18px;margin:0 0 14px}
article.finding.sev-error{border-left-color:var(--err)}article.finding.sev-warning{border-left-color:#d89000}
.fhead{display:flex;gap:10px;align-items:center;flex-wrap:wrap;font-size:13px;color:var(--muted)}
.badge{font-size:12px;font-weight:700;letter-spacing:.05em;text-transform:uppercase;padding:3px 9px;border-radius:4px;color:#fff}
.badge.error{background:var(--err)}.badge.warning{background:#b86e00}.badge.info{background:var(--info)}
code.rule{font:13px/1.3 "DejaVu Sans Mono",Consolas,monospace;background:#eef1f4;color:#33404d;padding:2px 6px;border-radius:3px}
.fhead .no{margin-left:auto}
p.msg{font-size:16px;margin:10px 0 8px;overflow-wrap:anywhere}
p.reading{font-size:13px;color:#4a5561;margin:0 0 10px;overflow-wrap:anywhere}
.ef{display:flex;gap:8px;flex-wrap:wrap;margin:0 0 12px;font-size:14px}
.ef span{border:1px solid var(--line);border-radius:4px;padding:3px 10px;background:#fafbfc}
.ef .exp b{color:#1c5e2e}.ef .fnd b{color:var(--err)}.ef .dif{color:var(--muted)}
figure.shot{margin:8px 0 0;position:relative}
.zoom{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.viewport{overflow:auto;max-height:560px;border:1px solid #c5ccd4;background:#fff;display:inline-block;max-width:100%;vertical-align:top}
.frame{display:block;position:relative;width:var(--w);max-width:100%;line-height:0;cursor:zoom-in}
.zoom:checked+.viewport{display:block}
.zoom:checked+.viewport .frame{width:calc(2 * var(--w));max-width:none;cursor:zoom-out}
.zoom:focus-visible+.viewport{outline:2px solid #24405f;outline-offset:2px}
figcaption .zl{margin-left:auto;color:var(--rel);cursor:pointer;text-decoration:underline}
.frame img{display:block;width:100%;height:auto}
.mark{position:absolute;border:2px solid;border-radius:2px}
.mark.sus{border-color:var(--sus);background:rgba(227,33,27,.13);box-shadow:0 0 0 1px rgba(255,255,255,.8)}
.mark.rel{border-color:var(--rel);background:rgba(31,95,214,.10)}
.mark.text{background:transparent;border-style:dashed}
figcaption{font-size:13px;color:var(--muted);margin-top:6px;display:flex;gap:14px;flex-wrap:wrap;align-items:center}
figcaption .pg{font-weight:700;color:var(--ink)}
.elsewhere{margin-top:10px;font-size:13px}
.elsewhere h3{font-size:13px;margin:0 0 4px;color:var(--muted);font-weight:600}
.elsewhere ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:5px}
.elsewhere li{border:1px solid var(--line);border-radius:4px;padding:1px 8px;background:#fafbfc}
.elsewhere li.sus{border-color:var(--sus);background:#fff5f4}
.elsewhere li .fig{font-weight:700;font-variant-numeric:tabular-nums}
.elsewhere li.sus .fig{color:var(--sus)}
.empty{background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:24px;text-align:center;color:var(--muted)}
.judge{margin-top:12px;padding:10px 12px;border:1px dashed #b9c1ca;border-radius:5px;background:#fafbfc;display:flex;gap:8px 14px;flex-wrap:wrap;align-items:center;font-size:14px}
.judge .jl{font-weight:700;color:var(--muted)}
.judge label{cursor:pointer;display:inline-flex;gap:5px;align-items:center}
.judge input.alasan{flex:1 1 220px;min-width:180px;font:inherit;padding:3px 6px;border:1px solid #b9c1ca;border-radius:4px}
.judge textarea.catatan{flex:1 1 100%;font:inherit;min-height:2.2em;padding:3px 6px;border:1px solid #b9c1ca;border-radius:4px}
article.finding.j-fix .judge{border:2px solid var(--err);background:#fff7f6}
article.finding.j-ok{opacity:.72}article.finding.j-ok .judge{border:2px solid #2f8f4b;background:#f2faf4}
nav.filters .jtools{display:inline-flex;gap:8px;align-items:center;margin-left:8px}
nav.filters .jtools button,nav.filters .jtools .imp{font:inherit;font-size:13px;cursor:pointer;padding:3px 10px;border-radius:4px;border:1px solid #24405f;background:#fff;color:#24405f}
nav.filters .jtools input[type=file]{display:none}
nav.filters .jcount{font-size:13px;color:var(--muted)}
#jstatus{font-size:13px;color:#1c5e2e}
section.accepted>h2{color:#1c5e2e}
section.accepted>p{color:var(--muted);font-size:14px;margin:0 0 10px}
)CSS";
    // A group (and its line in the contents) disappears when every severity
    // it holds is filtered out; one rule per combination (g-e, g-ew, ...).
    const char* names[] = {"error", "warning", "info"};
    const char letters[] = {'e', 'w', 'i'};
    for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo})
      out_ += std::string("#f-") + SevClass(s) + ":not(:checked)~main .finding.sev-" + SevClass(s) + "{display:none}\n";
    for (int mask = 1; mask < 8; ++mask) {
      std::string chain, cls = ".g-";
      for (int b = 0; b < 3; ++b)
        if (mask & (1 << b)) {
          chain += std::string("#f-") + names[b] + ":not(:checked)~";
          cls += letters[b];
        }
      out_ += chain + "main " + cls + "," + chain + "header " + cls + "{display:none}\n";
    }
    out_ +=
        R"CSS(.appendix{background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:22px 28px;margin-top:30px}
.appendix>h2{font-size:21px;margin:0 0 4px}
.appendix>p{color:var(--muted);font-size:14px;margin:0 0 10px}
.tbl{margin:22px 0 0;padding-top:14px;border-top:1px solid var(--line)}
.tbl h3{font-size:16px;margin:0 0 2px;overflow-wrap:anywhere}
.tbl .tmeta{font-size:13px;color:var(--muted);margin:0 0 8px}
.scroll{overflow-x:auto}
table.grid{border-collapse:collapse;font-size:12px;line-height:1.35;min-width:50%}
table.grid th,table.grid td{border:1px solid #b9c1ca;padding:3px 6px;vertical-align:top;overflow-wrap:break-word}
table.grid th{background:#e9edf2;font-weight:600;text-align:center}
table.grid td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.grid td.c-sus{background:#fde0dd;outline:2px solid var(--sus);outline-offset:-2px;font-weight:700}
table.grid td.c-rel{background:#e3ecfc}
footer{color:var(--muted);font-size:12px;padding:18px 4px 40px}
@media (max-width:720px){dl.meta{grid-template-columns:max-content 1fr}.toc ol{columns:1}header.summary{padding:20px}}
@page{size:A4;margin:14mm 12mm 16mm}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{background:#fff;font-size:10pt}
header.summary,main,.appendix,footer{max-width:none}
header.summary{margin:0;border:none;border-top:4px solid #24405f;padding:10px 0}
nav.filters{display:none}
.judge input[type=radio],.judge input.alasan:placeholder-shown,.judge textarea.catatan:placeholder-shown{display:none}
.judge label:has(input:not(:checked)){display:none}
a{color:inherit;text-decoration:none}
section.group>h2{break-after:avoid;page-break-after:avoid;font-size:13pt}
article.finding{break-inside:avoid;page-break-inside:avoid;border:1px solid #999;border-left-width:4px;padding:8px 10px;margin:0 0 8px}
.viewport{max-height:none;overflow:visible;border:0;display:block}
.frame::after{content:"";position:absolute;left:0;top:0;right:0;bottom:0;border:1px solid #888}
.frame,.zoom:checked+.viewport .frame{max-width:100%;width:var(--w)}
figcaption .zl{display:none}
.mark.sus,.mark.rel{box-shadow:none}
.appendix{break-before:page;page-break-before:always;border:none;padding:0}
.tbl{break-inside:auto}
.scroll{overflow:visible}
table.grid{font-size:7pt;width:100%}
table.grid tr{break-inside:avoid;page-break-inside:avoid}
.toc ol{columns:2}
}
)CSS";
  }

  void Summary() {
    const Lang& t = t_;
    std::string name = BaseName(report_.source.empty() ? doc_.source : report_.source);
    int errors = report_.Count(Severity::kError), warnings = report_.Count(Severity::kWarning),
        infos = report_.Count(Severity::kInfo);
    out_ += "<header class=\"summary\">\n<div class=\"eyebrow\">";
    out_ += t("Laporan pemeriksaan angka LKj", "LKj figures audit report");
    out_ += "</div>\n<h1>";
    out_ += report_.office.empty() ? Esc(name) : Esc(report_.office);
    out_ += "</h1>\n<dl class=\"meta\">";
    out_ += std::string("<dt>") + t("Berkas", "File") + "</dt><dd class=\"source\">" + Esc(name) + "</dd>";
    out_ += std::string("<dt>") + t("Tahun laporan", "Reporting year") + "</dt><dd>" +
            (report_.reporting_year ? std::to_string(report_.reporting_year) : t("tidak terdeteksi", "not detected")) +
            "</dd>";
    if (report_.office.empty())
      out_ +=
          std::string("<dt>") + t("Instansi", "Office") + "</dt><dd>" + t("tidak terdeteksi", "not detected") + "</dd>";
    int pages = report_.pages ? report_.pages : static_cast<int>(doc_.pages.size());
    out_ += std::string("<dt>") + t("Halaman", "Pages") + "</dt><dd>" + Count(pages, t.en) + "</dd>";
    out_ += std::string("<dt>") + t("Tabel terbaca", "Tables read") + "</dt><dd>" +
            Count(static_cast<int>(doc_.tables.size()), t.en) + "</dd>";
    out_ += "</dl>\n";

    out_ += "<div class=\"verdict ";
    if (errors > 0) {
      out_ += "bad\">" + Count(errors, t.en) +
              (t.en ? (errors == 1 ? " error must be fixed before the LKj is signed"
                                   : " errors must be fixed before the LKj is signed")
                    : " galat perlu diperbaiki sebelum LKj ditandatangani");
    } else if (warnings > 0) {
      out_ += "warn\">" + std::string(t("Tidak ada galat; ", "No errors; ")) + Count(warnings, t.en) +
              t(" peringatan perlu ditinjau", warnings == 1 ? " warning to review" : " warnings to review");
    } else {
      out_ += "good\">" + std::string(t("Tidak ada galat", "No errors"));
    }
    out_ += "</div>\n<div class=\"tally\">";
    out_ += "<span class=\"error\"><b>" + Count(errors, t.en) + "</b>" + t("galat", errors == 1 ? "error" : "errors") +
            "</span>";
    out_ += "<span class=\"warning\"><b>" + Count(warnings, t.en) + "</b>" +
            t("peringatan", warnings == 1 ? "warning" : "warnings") + "</span>";
    out_ += "<span class=\"info\"><b>" + Count(infos, t.en) + "</b>info</span>";
    if (!report_.accepted.empty())
      out_ += "<span class=\"info\"><b>" + Count(static_cast<int>(report_.accepted.size()), t.en) + "</b><a href=\"#diterima\">" +
              t("diterima, bukan masalah", "accepted, not a problem") + "</a></span>";
    out_ += "</div>\n";

    const audit::Coverage& c = report_.coverage;
    out_ += "<p class=\"coverage\">";
    out_ += t("Cakupan: ", "Coverage: ");
    out_ += "<b>" + Count(c.numbers_checked, t.en) + "</b>" + t(" dari ", " of ") + Count(c.numbers_read, t.en) +
            t(" angka dalam tabel ikut diperiksa", " figures in tables took part in a check");
    if (c.numbers_read > 0) out_ += " (" + Fixed(100.0 * c.numbers_checked / c.numbers_read, 0) + "%)";
    out_ += " · <b>" + Count(c.tables_checked, t.en) + "</b>" + t(" dari ", " of ") + Count(c.tables, t.en) +
            t(" tabel", " tables");
    out_ += " · <b>" + Count(c.narrative_claims, t.en) + "</b>" +
            t(" klaim dalam uraian diperiksa", " claims in the text checked") + "</p>\n";
    ReadingNotes();
    Toc();
    out_ += "</header>\n";
  }

  // What could not be read limits what was checked: say so up front.
  void ReadingNotes() {
    std::map<std::string, std::vector<int>> by_code;
    for (const Warning& w : doc_.warnings) by_code[w.code].push_back(w.page);
    if (by_code.empty()) return;
    out_ += "<p class=\"readnote\">";
    bool first = true;
    for (const auto& [code, pages] : by_code) {
      if (!first) out_ += " · ";
      first = false;
      if (code == "scanned_page")
        out_ += t_("Halaman tanpa lapisan teks (tidak diperiksa): ", "Pages without a text layer (not checked): ");
      else if (code == "empty_page")
        out_ += t_("Halaman kosong: ", "Empty pages: ");
      else if (code == "page_unreadable")
        out_ += t_("Halaman tak terbaca: ", "Unreadable pages: ");
      else
        out_ += Esc(code) + ": ";
      for (size_t i = 0; i < pages.size(); ++i) out_ += (i ? ", " : "") + std::to_string(pages[i]);
    }
    out_ += "</p>\n";
  }

  void Filters() {
    out_ += "<nav class=\"filters\" aria-label=\"";
    out_ += t_("Saring tingkat", "Filter severity");
    out_ += "\"><div class=\"in\"><span class=\"lbl\">";
    out_ += t_("Tampilkan:", "Show:");
    out_ += "</span>";
    for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
      out_ += std::string("<label for=\"f-") + SevClass(s) + "\" class=\"" + SevClass(s) +
              "\"><span class=\"tick\"></span>" + SevName(s, t_) + " (" + Count(report_.Count(s), t_.en) + ")</label>";
    }
    out_ += "<span class=\"legend\"><span><span class=\"key sus\"></span>";
    out_ += t_("angka yang dipersoalkan", "figure in question");
    out_ += "</span><span><span class=\"key rel\"></span>";
    out_ += t_("angka pembanding", "related figures");
    out_ += "</span></span>";
    JudgementTools();
    out_ += "</div></nav>\n";
  }

  std::vector<Group> BuildGroups() const {
    std::vector<Group> groups;
    std::map<std::string, size_t> by_key;
    for (size_t i = 0; i < report_.findings.size(); ++i) {
      const Finding& f = report_.findings[i];
      const Evidence* lead = Lead(f);
      std::string key, label, subtitle, anchor;
      if (!lead) {
        key = "doc";
        label = t_("Dokumen", "Document");
      } else if (!lead->table_id.empty()) {
        key = "table:" + lead->table_id;
        label = TableLabel(lead->table_id, lead->table, lead->page);
        auto it = tables_.find(lead->table_id);
        std::optional<std::string> caption = lead->table;
        if (it != tables_.end()) {
          anchor = "tbl-" + std::to_string(it->second.index + 1);
          if (!caption) caption = it->second.table->caption;
          // An untitled table's label already names its page.
          if (caption && !caption->empty()) subtitle = PageRange(it->second.table->pages);
        }
        if (caption && caption->size() > label.size()) {
          std::string rest = caption->substr(caption->compare(0, label.size(), label) == 0 ? label.size() : 0);
          size_t start = rest.find_first_not_of(" :.-");
          rest = start == std::string::npos ? "" : rest.substr(start);
          if (!rest.empty()) subtitle = rest + (subtitle.empty() ? "" : " · " + subtitle);
        }
      } else {
        key = "text:" + std::to_string(lead->page);
        label = std::string(t_("Uraian hal. ", "Text p. ")) + std::to_string(lead->page);
      }
      auto [it, inserted] = by_key.emplace(key, groups.size());
      if (inserted) groups.push_back({key, label, subtitle, anchor, 3, i, {}});
      Group& g = groups[it->second];
      g.worst = std::min(g.worst, Rank(f.severity));
      g.findings.push_back(i);
    }
    // Groups by their most severe finding (then as the audit ordered them);
    // inside a group errors first, keeping the audit's order otherwise.
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
      return a.worst != b.worst ? a.worst < b.worst : a.first < b.first;
    });
    for (Group& g : groups)
      std::stable_sort(g.findings.begin(), g.findings.end(), [this](size_t a, size_t b) {
        return Rank(report_.findings[a].severity) < Rank(report_.findings[b].severity);
      });
    return groups;
  }

  static std::string GroupClass(const Group& g, const std::vector<Finding>& findings) {
    bool has[3] = {false, false, false};
    for (size_t i : g.findings) has[Rank(findings[i].severity)] = true;
    std::string cls = "g-";
    if (has[0]) cls += 'e';
    if (has[1]) cls += 'w';
    if (has[2]) cls += 'i';
    return cls;
  }

  void Toc() {
    if (groups_.size() < 2) return;
    out_ += "<nav class=\"toc\"><h2>";
    out_ += t_("Temuan per tabel dan bagian", "Findings by table and section");
    out_ += "</h2><ol>";
    for (size_t gi = 0; gi < groups_.size(); ++gi) {
      const Group& g = groups_[gi];
      int n[3] = {0, 0, 0};
      for (size_t i : g.findings) ++n[Rank(report_.findings[i].severity)];
      out_ += "<li class=\"" + GroupClass(g, report_.findings) + "\"><a href=\"#grp-" + std::to_string(gi + 1) + "\">" +
              Esc(g.label) + "</a>";
      if (n[0]) out_ += "<span class=\"pill error\">" + std::to_string(n[0]) + "</span>";
      if (n[1]) out_ += "<span class=\"pill warning\">" + std::to_string(n[1]) + "</span>";
      if (n[2]) out_ += "<span class=\"pill info\">" + std::to_string(n[2]) + "</span>";
      out_ += "</li>";
    }
    out_ += "</ol></nav>\n";
  }

  void Findings() {
    out_ += "<main>\n";
    if (report_.findings.empty()) {
      out_ += "<p class=\"empty\">";
      out_ += t_("Tidak ada temuan: setiap angka yang diperiksa konsisten.",
                 "No findings: every figure checked is consistent.");
      out_ += "</p>\n";
    }
    for (size_t gi = 0; gi < groups_.size(); ++gi) {
      const Group& g = groups_[gi];
      out_ += "<section class=\"group " + GroupClass(g, report_.findings) + "\" id=\"grp-" + std::to_string(gi + 1) +
              "\">\n<h2><span class=\"gname\">" + Esc(g.label) + "</span>";
      if (!g.subtitle.empty()) out_ += "<span class=\"sub\">" + Esc(g.subtitle) + "</span>";
      if (!g.anchor_table.empty())
        out_ +=
            "<a href=\"#" + g.anchor_table + "\">" + t_("lihat tabel yang dibaca", "see the table as read") + "</a>";
      out_ += "</h2>\n";
      for (size_t i : g.findings) {
        FindingHtml(i);
        Flush();
      }
      out_ += "</section>\n";
    }
    Accepted();
    out_ += "</main>\n";
  }

  std::string EvidenceWhere(const Evidence& e) const {
    std::string where = std::string(t_("hal. ", "p. ")) + std::to_string(e.page);
    if (!e.table_id.empty())
      where += " · " + TableLabel(e.table_id, e.table, e.page);
    else
      where += std::string(" · ") + t_("uraian", "text");
    if (e.row >= 0) where += std::string(t_(", baris ", ", row ")) + std::to_string(e.row + 1);
    return where;
  }

  static bool Recomputes(const std::string& rule) { return RecomputesFigure(rule); }

  static bool Overlaps(const Box& a, const Box& b) { return a.horizontal_overlap(b) > 0 && a.vertical_overlap(b) > 0; }

  void FindingHtml(size_t index) {
    const Finding& f = report_.findings[index];
    const char* sev = SevClass(f.severity);
    out_ += std::string("<article class=\"finding sev-") + sev + "\" id=\"temuan-" + std::to_string(index + 1) +
            "\" data-finding=\"" + std::to_string(index) + "\" data-severity=\"" + sev + "\"" + IdentityAttributes(f) + ">\n";
    out_ += std::string("<div class=\"fhead\"><span class=\"badge ") + sev + "\">" + SevName(f.severity, t_) +
            "</span><code class=\"rule\">" + Esc(f.rule) + "</code>";
    if (const Evidence* lead = Lead(f)) out_ += "<span>" + Esc(EvidenceWhere(*lead)) + "</span>";
    out_ +=
        std::string("<span class=\"no\">") + t_("temuan ", "finding ") + std::to_string(index + 1) + "</span></div>\n";
    const std::string& msg = t_.en && !f.message_en.empty() ? f.message_en : f.message;
    out_ += "<p class=\"msg\">" + Esc(msg) + "</p>\n";
    const std::string& reading = t_.en && !f.reading_en.empty() ? f.reading_en : f.reading;
    if (!reading.empty())
      out_ += std::string("<p class=\"reading\"><b>") + t_("Bacaan: ", "Reading: ") + "</b>" + Esc(reading) + "</p>\n";
    if (f.expected || f.found) {
      // Checks that recompute a figure have an expected value; the others
      // (labels, overspending, units) compare it with a reference, and calling
      // that "expected" would mislead.
      bool recomputed = Recomputes(f.rule);
      out_ += "<div class=\"ef\">";
      if (f.expected)
        out_ += std::string("<span class=\"exp\">") +
                (recomputed ? t_("Seharusnya ", "Expected ") : t_("Acuan ", "Reference ")) + "<b>" +
                Figure(*f.expected, t_.en) + "</b></span>";
      if (f.found)
        out_ += std::string("<span class=\"fnd\">") +
                (recomputed ? t_("Tertulis ", "Printed ") : t_("Angka ", "Figure ")) + "<b>" + Figure(*f.found, t_.en) +
                "</b></span>";
      if (recomputed && f.expected && f.found && std::isfinite(*f.expected) && std::isfinite(*f.found) &&
          std::llround(*f.found * 100) != std::llround(*f.expected * 100))
        out_ += std::string("<span class=\"dif\">") + t_("Selisih ", "Difference ") + "<b>" +
                Figure(*f.found - *f.expected, t_.en) + "</b></span>";
      out_ += "</div>\n";
    }

    std::vector<bool> shown(f.evidence.size(), false);
    auto it = images_of_.find(index);
    if (it != images_of_.end())
      for (size_t img_index : it->second) Picture(f, img_index, &shown);

    std::vector<size_t> rest;
    for (size_t k = 0; k < f.evidence.size(); ++k)
      if (!shown[k]) rest.push_back(k);
    if (!rest.empty()) {
      bool pictured = std::find(shown.begin(), shown.end(), true) != shown.end();
      out_ += "<div class=\"elsewhere\"><h3>";
      out_ += pictured ? t_("Bukti di tempat lain", "Evidence elsewhere") : t_("Bukti", "Evidence");
      out_ += "</h3><ul>";
      // Suspect figures first: they are what the reviewer must correct.
      std::stable_partition(rest.begin(), rest.end(), [&](size_t k) { return f.evidence[k].suspect; });
      for (size_t k : rest) {
        const Evidence& e = f.evidence[k];
        out_ += std::string("<li") + (e.suspect ? " class=\"sus\"" : "") + ">" + Esc(EvidenceWhere(e)) +
                " · <span class=\"fig\">" + Esc(e.text) + "</span></li>";
      }
      out_ += "</ul></div>\n";
    }
    JudgementHtml(f);
    out_ += "</article>\n";
  }

  // What the exported keputusan.json says of a finding besides the decision,
  // so a person reading the file knows which point each entry is.
  static std::string IdentityAttributes(const Finding& f) {
    const Evidence* lead = Lead(f);
    return " data-id=\"" + Esc(f.id) + "\" data-key=\"" + Esc(f.key) + "\" data-rule=\"" + Esc(f.rule) +
           "\" data-page=\"" + std::to_string(lead ? lead->page : 0) + "\" data-text=\"" + Esc(lead ? lead->text : "") +
           "\"";
  }

  // The reviewer's decision on the finding: kept in the browser, exported
  // and imported as keputusan.json by the report's script. Pre-set from
  // --keputusan.
  void JudgementHtml(const Finding& f) {
    audit::Verdict v = f.judgement ? f.judgement->verdict : audit::Verdict::kOpen;
    std::string name = "k-" + Esc(f.id);
    out_ += std::string("<div class=\"judge\"><span class=\"jl\">") + t_("Keputusan:", "Judgement:") + "</span>";
    struct Choice {
      audit::Verdict verdict;
      const char* id;
      const char* en;
    };
    for (Choice c : {Choice{audit::Verdict::kOpen, "belum diputuskan", "open"},
                     Choice{audit::Verdict::kMustFix, "perlu diperbaiki", "must be fixed"},
                     Choice{audit::Verdict::kNotAProblem, "bukan masalah", "not a problem"}})
      out_ += "<label><input type=\"radio\" name=\"" + name + "\" value=\"" + audit::VerdictName(c.verdict) + "\"" +
              (c.verdict == v ? " checked" : "") + "><span>" + t_(c.id, c.en) + "</span></label>";
    out_ += std::string("<input type=\"text\" class=\"alasan\" maxlength=\"500\" placeholder=\"") +
            t_("alasan bukan masalah", "why it is not a problem") + "\" value=\"" +
            Esc(f.judgement ? f.judgement->reason : "") + "\">";
    out_ += std::string("<textarea class=\"catatan\" maxlength=\"2000\" placeholder=\"") +
            t_("catatan untuk Catatan Hasil Reviu (opsional)", "note for the review notes (optional)") + "\">" +
            Esc(f.judgement ? f.judgement->note : "") + "</textarea></div>\n";
  }

  void JudgementTools() {
    out_ += std::string("<span class=\"jtools\"><span class=\"jcount\" id=\"jcount\"></span><button type=\"button\" "
                        "id=\"jexport\">") +
            t_("Ekspor keputusan.json", "Export keputusan.json") +
            "</button><label class=\"imp\">" + t_("Impor keputusan", "Import judgements") +
            "<input type=\"file\" id=\"jimport\" accept=\".json,application/json\"></label>"
            "<span id=\"jstatus\" role=\"status\"></span></span>";
  }

  // Findings judged "bukan masalah" (--keputusan): shown, not counted.
  void Accepted() {
    if (report_.accepted.empty()) return;
    out_ += "<section class=\"group accepted\" id=\"diterima\">\n<h2>";
    out_ += t_("Diterima: bukan masalah", "Accepted: not a problem");
    out_ += " (" + Count(static_cast<int>(report_.accepted.size()), t_.en) + ")</h2>\n<p>";
    out_ += t_("Temuan yang sudah dinilai pemeriksa bukan masalah (keputusan.json); tidak dihitung sebagai galat.",
               "Findings the reviewer judged not a problem (keputusan.json); not counted as errors.");
    out_ += "</p>\n";
    for (const Finding& f : report_.accepted) AcceptedHtml(f);
    out_ += "</section>\n";
  }

  void AcceptedHtml(const Finding& f) {
    const char* sev = SevClass(f.severity);
    out_ += std::string("<article class=\"finding accepted sev-") + sev + "\" id=\"diterima-" + Esc(f.id) +
            "\" data-severity=\"" + sev + "\"" + IdentityAttributes(f) + ">\n";
    out_ += std::string("<div class=\"fhead\"><span class=\"badge ") + sev + "\">" + SevName(f.severity, t_) +
            "</span><code class=\"rule\">" + Esc(f.rule) + "</code>";
    if (const Evidence* lead = Lead(f)) out_ += "<span>" + Esc(EvidenceWhere(*lead)) + "</span>";
    out_ += "</div>\n<p class=\"msg\">" + Esc(t_.en && !f.message_en.empty() ? f.message_en : f.message) + "</p>\n";
    JudgementHtml(f);
    out_ += "</article>\n";
  }

  // The page region as an image with every cited figure of that page boxed,
  // positioned in percent so the boxes follow the image however it is scaled.
  void Picture(const Finding& f, size_t image_index, std::vector<bool>* shown) {
    const FindingImage& fi = images_[image_index];
    const PngImage& img = fi.image;
    const double w = img.width, h = img.height;
    struct Mark {
      Box px;
      bool suspect, text;
      std::string title;
    };
    std::vector<Mark> marks;
    for (size_t k = 0; k < f.evidence.size(); ++k) {
      const Evidence& e = f.evidence[k];
      if (e.page != fi.page || !Overlaps(e.bbox, img.region)) continue;
      (*shown)[k] = true;
      // A little air so the border does not cover the digits.
      constexpr double kPad = 1.5;
      Box px{(e.bbox.x0 - kPad - img.region.x0) * img.scale, (e.bbox.y0 - kPad - img.region.y0) * img.scale,
             (e.bbox.x1 + kPad - img.region.x0) * img.scale, (e.bbox.y1 + kPad - img.region.y0) * img.scale};
      px = {std::clamp(px.x0, 0.0, w), std::clamp(px.y0, 0.0, h), std::clamp(px.x1, 0.0, w), std::clamp(px.y1, 0.0, h)};
      if (px.width() <= 0 || px.height() <= 0) continue;
      auto same = std::find_if(marks.begin(), marks.end(), [&](const Mark& m) {
        return std::fabs(m.px.x0 - px.x0) < 0.5 && std::fabs(m.px.y0 - px.y0) < 0.5 &&
               std::fabs(m.px.x1 - px.x1) < 0.5 && std::fabs(m.px.y1 - px.y1) < 0.5;
      });
      if (same != marks.end()) {
        same->suspect = same->suspect || e.suspect;
        continue;
      }
      marks.push_back({px, e.suspect, e.table_id.empty(), e.text});
    }
    // Related figures underneath, the suspect ones drawn last, on top.
    std::stable_partition(marks.begin(), marks.end(), [](const Mark& m) { return !m.suspect; });

    // Shown a quarter larger than printed (96 CSS px per inch), so small
    // table print stays legible, but never wider than the column; a click
    // (a checkbox, no script) doubles it inside a scrolling viewport.
    double css_width = img.width / img.scale * 96.0 / 72.0 * 1.25;
    std::string page = std::string(t_("hal. ", "p. ")) + std::to_string(fi.page);
    std::string zoom = "z-" + std::to_string(image_index + 1);
    out_ += "<figure class=\"shot\"><input type=\"checkbox\" class=\"zoom\" id=\"" + zoom +
            "\"><div class=\"viewport\"><label for=\"" + zoom +
            "\" class=\"frame\" style=\"--w:" + Fixed(css_width, 0) + "px\" title=\"" +
            t_("Klik untuk memperbesar atau memperkecil", "Click to zoom in or out") + "\">";
    out_ += "<img src=\"data:image/png;base64," + Base64(img.png) + "\" width=\"" + std::to_string(img.width) +
            "\" height=\"" + std::to_string(img.height) + "\" alt=\"" +
            Esc(page + t_(", bagian halaman yang memuat angka temuan", ", the part of the page holding the figures")) +
            "\" data-page=\"" + std::to_string(fi.page) +
            "\" data-loaded=\"\" onload=\"this.dataset.loaded='1'\" onerror=\"this.dataset.loaded='0'\">";
    for (const Mark& m : marks) {
      out_ += std::string("<span class=\"mark ") + (m.suspect ? "sus" : "rel") + (m.text ? " text" : "") +
              "\" title=\"" + Esc(m.title) + "\" style=\"left:" + Fixed(100 * m.px.x0 / w, 3) +
              "%;top:" + Fixed(100 * m.px.y0 / h, 3) + "%;width:" + Fixed(100 * m.px.width() / w, 3) +
              "%;height:" + Fixed(100 * m.px.height() / h, 3) + "%\"></span>";
    }
    out_ += "</label></div><figcaption><span class=\"pg\">" + Esc(page) + "</span>";
    bool any_sus = std::any_of(marks.begin(), marks.end(), [](const Mark& m) { return m.suspect; });
    bool any_rel = std::any_of(marks.begin(), marks.end(), [](const Mark& m) { return !m.suspect; });
    if (any_sus)
      out_ += std::string("<span><span class=\"key sus\"></span>") + t_("dipersoalkan", "in question") + "</span>";
    if (any_rel) out_ += std::string("<span><span class=\"key rel\"></span>") + t_("pembanding", "related") + "</span>";
    out_ += "<label for=\"" + zoom + "\" class=\"zl\">" + t_("perbesar / perkecil", "zoom in / out") + "</label>";
    out_ += "</figcaption></figure>\n";
  }

  static bool LooksNumeric(const std::string& s) {
    int digits = 0, letters = 0;
    for (unsigned char c : s) {
      if (std::isdigit(c))
        ++digits;
      else if (std::isalpha(c))
        ++letters;
    }
    return digits > 0 && letters <= 2;
  }

  void Appendix() {
    out_ += "<section class=\"appendix\" id=\"tabel\">\n<h2>";
    out_ += t_("Lampiran: tabel yang dibaca", "Appendix: the tables as read");
    out_ += " (" + Count(static_cast<int>(doc_.tables.size()), t_.en) + ")</h2>\n<p>";
    out_ +=
        t_("Setiap tabel seperti yang dibaca alat ini, sel gabungan tetap digabung, teks persis seperti tercetak. "
           "Sel merah: angka yang dipersoalkan; biru: angka pembanding.",
           "Every table as this tool read it, merged cells kept merged, text exactly as printed. "
           "Red cells: figures in question; blue: related figures.");
    out_ += "</p>\n";
    for (size_t ti = 0; ti < doc_.tables.size(); ++ti) {
      TableHtml(doc_.tables[ti], ti);
      Flush();
    }
    out_ += "</section>\n";
  }

  void TableHtml(const Table& table, size_t index) {
    out_ += "<div class=\"tbl\" id=\"tbl-" + std::to_string(index + 1) + "\"><h3>";
    out_ += table.caption && !table.caption->empty() ? Esc(*table.caption)
                                                     : std::string(t_("Tabel tanpa judul", "Untitled table"));
    out_ += "</h3><p class=\"tmeta\">" + Esc(table.id) + " · " + Esc(PageRange(table.pages)) + " · " +
            std::to_string(table.n_rows()) + t_(" baris × ", " rows × ") + std::to_string(table.n_cols()) +
            t_(" kolom", " columns") + " · " + (table.ruled ? t_("bergaris", "ruled") : t_("tanpa garis", "unruled")) +
            "</p>\n<div class=\"scroll\"><table class=\"grid\">\n";
    const int rows = table.n_rows();
    for (int r = 0; r < rows; ++r) {
      const auto& row = table.rows[r];
      const int cols = static_cast<int>(row.size());
      out_ += "<tr>";
      for (int c = 0; c < cols; ++c) {
        const Cell& cell = row[c];
        if (cell.placeholder) continue;
        bool header = r < table.header_rows;
        // Spans are trusted only as far as the grid goes.
        int rs = std::clamp(cell.row_span, 1, rows - r), cs = std::clamp(cell.col_span, 1, cols - c);
        std::string cls;
        std::string title;
        auto mark = cell_marks_.find({table.id, r, c});
        if (!header && LooksNumeric(cell.text)) cls += "n";
        if (mark != cell_marks_.end()) {
          cls += mark->second.suspect ? " c-sus" : " c-rel";
          title = t_("temuan ", "finding ");
          for (size_t k = 0; k < mark->second.findings.size(); ++k)
            title += (k ? ", " : "") + std::to_string(mark->second.findings[k] + 1);
        }
        out_ += header ? "<th" : "<td";
        if (rs > 1) out_ += " rowspan=\"" + std::to_string(rs) + "\"";
        if (cs > 1) out_ += " colspan=\"" + std::to_string(cs) + "\"";
        size_t first = cls.find_first_not_of(' ');
        if (first != std::string::npos) out_ += " class=\"" + cls.substr(first) + "\"";
        if (!title.empty()) out_ += " title=\"" + Esc(title) + "\"";
        out_ += ">" + Esc(cell.text) + (header ? "</th>" : "</td>");
      }
      out_ += "</tr>\n";
    }
    out_ += "</table></div></div>\n";
  }

  // Marks images that finished before their handler attribute could run
  // (cached or decoded synchronously), so data-loaded is always set.
  //
  // The judgements: every change is kept in the browser's localStorage under
  // the document's SHA-256 (so a reload, or the same report opened again,
  // keeps them), exported as keputusan.json and imported from one (by finding
  // id, so a file made on the previous draft applies to this one). The
  // report works offline: nothing is fetched, the export is a local download.
  void Script() {
    out_ +=
        "<script>document.querySelectorAll('img').forEach(function(i){if(i.complete&&i.dataset.loaded==='')"
        "i.dataset.loaded=i.naturalWidth>0?'1':'0';});\n";
    out_ += "var LKJ_T=" + std::string(t_.en ? kScriptWordsEn : kScriptWordsId) + ";\n";
    out_ += kJudgementScript;
    out_ += "</script>\n";
  }

  static constexpr const char* kScriptWordsId =
      "{fix:'perlu diperbaiki',ok:'bukan masalah',open:'belum diputuskan',applied:' keputusan diterapkan',"
      "unmatched:' tidak cocok dengan temuan laporan ini',bad:'Berkas bukan keputusan.json: ',"
      "other:' (dibuat untuk dokumen lain: ',saved:'keputusan.json diunduh',need:'isi alasan bukan masalah'}";
  static constexpr const char* kScriptWordsEn =
      "{fix:'must be fixed',ok:'not a problem',open:'open',applied:' judgements applied',"
      "unmatched:' match no finding of this report',bad:'Not a keputusan.json file: ',"
      "other:' (made for another document: ',saved:'keputusan.json downloaded',need:'give the reason'}";

  static constexpr const char* kJudgementScript = R"JS((function(){
var body=document.body,hash=body.dataset.docHash||'',KEY='lkj-audit:keputusan:'+(hash||body.dataset.docSource||'');
function arts(){return Array.prototype.slice.call(document.querySelectorAll('article.finding[data-id]'));}
function read(a){var r=a.querySelector('.judge input[type=radio]:checked');
 return {status:r?r.value:'terbuka',alasan:a.querySelector('.judge .alasan').value,catatan:a.querySelector('.judge .catatan').value};}
function write(a,k){var rs=a.querySelectorAll('.judge input[type=radio]');
 for(var i=0;i<rs.length;i++)rs[i].checked=rs[i].value===(k.status||'terbuka');
 a.querySelector('.judge .alasan').value=k.alasan||'';a.querySelector('.judge .catatan').value=k.catatan||'';}
function paint(){var n={perlu_diperbaiki:0,bukan_masalah:0,terbuka:0};
 arts().forEach(function(a){var k=read(a);n[k.status]=(n[k.status]||0)+1;
  a.classList.toggle('j-fix',k.status==='perlu_diperbaiki');a.classList.toggle('j-ok',k.status==='bukan_masalah');
  var al=a.querySelector('.judge .alasan');al.required=k.status==='bukan_masalah';al.title=al.required&&!al.value?LKJ_T.need:'';});
 var c=document.getElementById('jcount');
 if(c)c.textContent=n.perlu_diperbaiki+' '+LKJ_T.fix+' · '+n.bukan_masalah+' '+LKJ_T.ok+' · '+n.terbuka+' '+LKJ_T.open;}
function collect(all){var out={};arts().forEach(function(a){var k=read(a);
 if(!all&&k.status==='terbuka'&&!k.catatan)return;
 out[a.dataset.id]={status:k.status,alasan:k.alasan,catatan:k.catatan,rule:a.dataset.rule,letak:a.dataset.key,
  page:+a.dataset.page,text:a.dataset.text};});return out;}
// Kept in full, open ones too: a mark taken back in the browser stays taken
// back over one preset from --keputusan.
function save(){try{localStorage.setItem(KEY,JSON.stringify(collect(true)));}catch(e){}paint();}
function apply(map){var seen=0,byId={};arts().forEach(function(a){byId[a.dataset.id]=a;});
 Object.keys(map).forEach(function(id){if(byId[id]){write(byId[id],map[id]);seen++;}});
 return {applied:seen,unmatched:Object.keys(map).length-seen};}
function say(t){var s=document.getElementById('jstatus');if(s)s.textContent=t;}
window.lkjKeputusan=function(){return JSON.stringify({format:'lkj-audit/keputusan',version:1,
 document:{source:body.dataset.docSource||'',sha256:hash},keputusan:collect()},null,1);};
try{var kept=localStorage.getItem(KEY);if(kept)apply(JSON.parse(kept));}catch(e){}
document.addEventListener('change',function(e){if(e.target.closest&&e.target.closest('.judge'))save();});
document.addEventListener('input',function(e){if(e.target.closest&&e.target.closest('.judge'))save();});
var ex=document.getElementById('jexport');
if(ex)ex.addEventListener('click',function(){var blob=new Blob([window.lkjKeputusan()+'\n'],{type:'application/json'});
 var a=document.createElement('a');a.href=URL.createObjectURL(blob);a.download='keputusan.json';
 document.body.appendChild(a);a.click();a.remove();say(LKJ_T.saved);});
var im=document.getElementById('jimport');
if(im)im.addEventListener('change',function(){var f=im.files&&im.files[0];if(!f)return;var rd=new FileReader();
 rd.onload=function(){var d;try{d=JSON.parse(rd.result);}catch(e){say(LKJ_T.bad+e.message);return;}
  if(!d||d.format!=='lkj-audit/keputusan'||typeof d.keputusan!=='object'){say(LKJ_T.bad+f.name);return;}
  var r=apply(d.keputusan);save();
  var other=d.document&&d.document.sha256&&hash&&d.document.sha256!==hash?LKJ_T.other+(d.document.source||'')+')':'';
  say(r.applied+LKJ_T.applied+(r.unmatched?', '+r.unmatched+LKJ_T.unmatched:'')+other);im.value='';};
 rd.readAsText(f);});
paint();
})();
)JS";

  const audit::AuditReport& report_;
  const Document& doc_;
  const std::vector<FindingImage>& images_;
  Lang t_;
  std::map<std::string, TableRef> tables_;
  std::map<size_t, std::vector<size_t>> images_of_;
  std::map<std::tuple<std::string, int, int>, CellMark> cell_marks_;
  std::vector<Group> groups_;
  std::string out_;
  const std::function<void(std::string_view)>* sink_ = nullptr;
  static constexpr size_t kPiece = 1 << 20;

  void Flush() {
    if (!sink_ || out_.size() < kPiece) return;
    (*sink_)(out_);
    out_.clear();
  }
};

}  // namespace

std::string ReportStylesheet() {
  const audit::AuditReport report;
  const Document doc;
  const std::vector<FindingImage> images;
  return Renderer(report, doc, images, false).Stylesheet();
}

bool RecomputesFigure(const std::string& rule) {
  for (const char* prefix : {"sum.", "ratio.", "average.", "xref.", "narrative."})
    if (rule.rfind(prefix, 0) == 0) return rule != "narrative.status";
  return false;
}

std::string RenderHtml(const audit::AuditReport& report, const Document& doc, const std::vector<FindingImage>& images,
                       bool english) {
  return Renderer(report, doc, images, english).Render();
}

void WriteHtml(const audit::AuditReport& report, const Document& doc, const std::vector<FindingImage>& images,
               bool english, const std::function<void(std::string_view)>& sink) {
  Renderer(report, doc, images, english).RenderTo(sink);
}

}  // namespace lkj::reports
