// The HTML report and the page pictures it shows: text from the PDF never
// becomes markup; pictures are real PNGs of the requested region; on the
// reference LKj every finding appears once with its picture. With
// LKJ_HTML_OUT set, the reference report is also written there for
// tests/html_browser_test.py to open in a browser.
#include "reports/html_report.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

#include "audit/auditor.h"
#include "audit/rules.h"
#include "extract/extractor.h"
#include "extract/page_image.h"

namespace lkj::testing {
namespace {

namespace fs = std::filesystem;
using audit::Evidence;
using audit::Finding;
using audit::Severity;
using reports::FindingImage;
using reports::RenderHtml;

std::string ReferencePdf() {
  return (fs::path(LKJ_SOURCE_DIR) / "fixtures/reference/lkj-2024-disdukcapil-belitung.pdf").string();
}

size_t Occurrences(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size())) ++n;
  return n;
}

uint32_t BigEndian32(const std::string& s, size_t at) {
  return (uint32_t(uint8_t(s[at])) << 24) | (uint32_t(uint8_t(s[at + 1])) << 16) | (uint32_t(uint8_t(s[at + 2])) << 8) |
         uint32_t(uint8_t(s[at + 3]));
}

// Width and height from a PNG's IHDR, or nullopt when it is not a PNG.
std::optional<std::pair<int, int>> PngSize(const std::string& png) {
  static const std::string kSignature("\x89PNG\r\n\x1a\n", 8);
  if (png.size() < 33 || png.compare(0, 8, kSignature) != 0 || png.compare(12, 4, "IHDR") != 0) return std::nullopt;
  return std::make_pair(int(BigEndian32(png, 16)), int(BigEndian32(png, 20)));
}

// The page and region a report shows for a finding: the page of its lead
// (suspect) figure; across, the whole table (or text block) with a margin, so
// the row's label is in view without the page's empty margins; down, from a
// little above its highest to a little below its lowest figure on that page.
std::optional<std::pair<int, Box>> FindingRegion(const Finding& f, const Document& doc) {
  const Evidence* lead = nullptr;
  for (const Evidence& e : f.evidence)
    if (e.suspect && e.page > 0) {
      lead = &e;
      break;
    }
  for (const Evidence& e : f.evidence)
    if (!lead && e.page > 0) lead = &e;
  if (!lead || lead->page > static_cast<int>(doc.pages.size())) return std::nullopt;
  Box span = lead->bbox;
  for (const Evidence& e : f.evidence)
    if (e.page == lead->page) span = span.united(e.bbox);
  Box across = span;
  for (const Table& t : doc.tables)
    if (t.id == lead->table_id)
      for (const auto& row : t.rows)
        for (const Cell& c : row)
          if (c.page == lead->page && !c.placeholder) across = across.united(c.box);
  const PageInfo& page = doc.pages[lead->page - 1];
  constexpr double kSide = 14, kAbove = 40, kBelow = 16;
  return std::make_pair(lead->page,
                        Box{std::max(0.0, across.x0 - kSide), std::max(0.0, span.y0 - kAbove),
                            std::min(page.width, across.x1 + kSide), std::min(page.height, span.y1 + kBelow)});
}

// A document and report whose every PDF-derived string is hostile.
struct Hostile {
  Document doc;
  audit::AuditReport report;
};

const char* const kPayloads[] = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><b>", "&amp;"};

Hostile MakeHostile() {
  std::string all;
  for (const char* p : kPayloads) all += p;
  Hostile h;
  h.doc.source = "/tmp/" + all + ".pdf";
  h.doc.pages.push_back({1, 595, 842, 0, true, true});
  Table t;
  t.id = "T1\"><script>alert(1)</script>";
  t.caption = "Tabel 1.1 " + all;
  t.pages = {1};
  t.header_rows = 1;
  auto cell = [](std::string text, double y) {
    Cell c;
    c.text = std::move(text);
    c.page = 1;
    c.box = {100, y, 200, y + 12};
    return c;
  };
  t.rows = {{cell("Uraian " + all, 100), cell("Jumlah", 100)},
            {cell(kPayloads[0], 112), cell(kPayloads[1], 112)},
            {cell(kPayloads[2], 124), cell(kPayloads[3], 124)}};
  h.doc.tables.push_back(t);
  Block b;
  b.page = 1;
  b.text = "Uraian " + all;
  b.box = {50, 300, 500, 340};
  h.doc.blocks.push_back(b);
  h.doc.warnings.push_back({"scanned_page<script>alert(1)</script>", 1});

  h.report.source = h.doc.source;
  h.report.office = "Dinas " + all;
  h.report.reporting_year = 2024;
  h.report.pages = 1;
  Finding f;
  f.rule = "sum.total<script>alert(1)</script>";
  f.severity = Severity::kError;
  f.message = "Pesan " + all;
  f.message_en = "Message " + all;
  f.expected = 10;
  f.found = 12;
  Evidence e;
  e.page = 1;
  e.table_id = t.id;
  e.table = t.caption;
  e.row = 1;
  e.col = 1;
  e.text = kPayloads[1];
  e.bbox = t.rows[1][1].box;
  e.suspect = true;
  f.evidence.push_back(e);
  Evidence text;
  text.page = 1;
  text.text = all;
  text.bbox = b.box;
  f.evidence.push_back(text);
  h.report.findings.push_back(f);
  Finding g = f;
  g.severity = Severity::kWarning;
  g.evidence = {text};
  g.evidence[0].suspect = true;
  h.report.findings.push_back(g);
  return h;
}

void ExpectNoMarkupFromPdf(const std::string& html) {
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_EQ(html.find("onerror=alert(1)>"), std::string::npos);
  EXPECT_EQ(html.find("\"><b>&amp;"), std::string::npos);
  // Each payload escaped, alone (cells) and all together (captions, messages).
  EXPECT_NE(
      html.find("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&gt;&lt;b&gt;&amp;amp;"),
      std::string::npos);
  EXPECT_NE(html.find("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), std::string::npos);
  EXPECT_NE(html.find(">&lt;img src=x onerror=alert(1)&gt;</td>"), std::string::npos);
  EXPECT_NE(html.find("<td>&quot;&gt;&lt;b&gt;</td>"), std::string::npos);
  EXPECT_NE(html.find(">&amp;amp;</td>"), std::string::npos);
  // The report's own single script is the only one.
  EXPECT_EQ(Occurrences(html, "<script"), 1u);
}

TEST(HtmlReport, TextFromThePdfIsNeverMarkup) {
  Hostile h = MakeHostile();
  PngImage img;
  img.png = std::string("\x89PNG\r\n\x1a\n", 8) + "not really";
  img.width = 200;
  img.height = 100;
  img.scale = 1;
  img.region = {50, 50, 250, 150};
  for (bool english : {false, true}) {
    std::string html = RenderHtml(h.report, h.doc, {{0, 1, img}}, english);
    SCOPED_TRACE(english ? "en" : "id");
    ExpectNoMarkupFromPdf(html);
    EXPECT_NE(html.find(english ? "Message &lt;script&gt;" : "Pesan &lt;script&gt;"), std::string::npos);
    // The caption, the office and the file name.
    EXPECT_NE(html.find("Tabel 1.1 &lt;script&gt;"), std::string::npos);
    EXPECT_NE(html.find("Dinas &lt;script&gt;"), std::string::npos);
    // The file name (after its last slash, which the payload also holds).
    EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;&quot;&gt;&lt;b&gt;&amp;amp;.pdf</title>"),
              std::string::npos);
  }
}

TEST(HtmlReport, SummaryVerdictAndCounts) {
  Hostile h = MakeHostile();
  std::string id = RenderHtml(h.report, h.doc, {}, false);
  EXPECT_NE(id.find("1 galat perlu diperbaiki sebelum LKj ditandatangani"), std::string::npos);
  EXPECT_NE(id.find("<html lang=\"id\">"), std::string::npos);
  std::string en = RenderHtml(h.report, h.doc, {}, true);
  EXPECT_NE(en.find("1 error must be fixed before the LKj is signed"), std::string::npos);
  EXPECT_NE(en.find("<html lang=\"en\">"), std::string::npos);

  h.report.findings.erase(h.report.findings.begin());  // the warning stays
  EXPECT_NE(RenderHtml(h.report, h.doc, {}, false).find("Tidak ada galat; 1 peringatan perlu ditinjau"),
            std::string::npos);
  h.report.findings.clear();
  std::string none = RenderHtml(h.report, h.doc, {}, false);
  EXPECT_NE(none.find(">Tidak ada galat<"), std::string::npos);
  EXPECT_EQ(Occurrences(none, "<article class=\"finding "), 0u);
}

// Findings with a table cell as lead figure and one from the text; a warning
// group that comes first in the audit's order still follows the error group.
TEST(HtmlReport, GroupsBySectionErrorsFirst) {
  Document doc;
  doc.source = "x.pdf";
  doc.pages.push_back({1, 595, 842, 0, true, true});
  doc.pages.push_back({2, 595, 842, 0, true, true});
  audit::AuditReport report;
  auto finding = [](Severity s, std::string msg, Evidence e) {
    Finding f;
    f.rule = "r";
    f.severity = s;
    f.message = f.message_en = std::move(msg);
    e.suspect = true;
    f.evidence.push_back(e);
    return f;
  };
  Evidence in_table{1, "T7", std::string("Tabel. 3.2 Realisasi Anggaran"), 2, 3, "12", 12.0, {1, 2, 3, 4}, false};
  Evidence in_text{2, "", std::nullopt, -1, -1, "99", 99.0, {1, 2, 3, 4}, false};
  report.findings.push_back(finding(Severity::kWarning, "W-text", in_text));
  report.findings.push_back(finding(Severity::kWarning, "W-table", in_table));
  report.findings.push_back(finding(Severity::kError, "E-table", in_table));
  std::string html = RenderHtml(report, doc, {}, false);
  size_t table_group = html.find("<span class=\"gname\">Tabel. 3.2</span>");
  size_t text_group = html.find("<span class=\"gname\">Uraian hal. 2</span>");
  ASSERT_NE(table_group, std::string::npos);
  ASSERT_NE(text_group, std::string::npos);
  EXPECT_LT(table_group, text_group);
  EXPECT_LT(html.find(">E-table<"), html.find(">W-table<"));
  EXPECT_LT(html.find(">W-table<"), html.find(">W-text<"));
  EXPECT_NE(html.find("class=\"group g-ew\""), std::string::npos);
  EXPECT_NE(html.find("class=\"group g-w\""), std::string::npos);
  // The filters hide a group once all its severities are unchecked, in CSS.
  EXPECT_NE(html.find("#f-error:not(:checked)~#f-warning:not(:checked)~main .g-ew,"
                      "#f-error:not(:checked)~#f-warning:not(:checked)~header .g-ew{display:none}"),
            std::string::npos);
  EXPECT_NE(html.find("#f-warning:not(:checked)~main .finding.sev-warning{display:none}"), std::string::npos);
}

// Boxes are placed from the evidence's points through the image's region and
// scale: x 150 - 1.5 of air - region 100, times 2 px/pt, of 400 px = 24.25%;
// width 50 + 3 of air, times 2, of 400 px = 26.5%.
TEST(HtmlReport, BoxesMappedThroughRegionAndScale) {
  Document doc;
  doc.pages.push_back({1, 595, 842, 0, true, true});
  audit::AuditReport report;
  Finding f;
  f.rule = "ratio.row";
  f.message = "m";
  f.evidence.push_back({1, "T1", std::nullopt, 0, 0, "83%", 83.0, {150, 250, 200, 260}, true});
  f.evidence.push_back({1, "T1", std::nullopt, 0, 1, "16", 16.0, {250, 250, 290, 260}, false});
  f.evidence.push_back({3, "T1", std::nullopt, 5, 1, "7.000", 7000.0, {250, 250, 290, 260}, false});
  report.findings.push_back(f);
  PngImage img;
  img.png = "png";
  img.width = 400;
  img.height = 200;
  img.scale = 2;
  img.region = {100, 200, 300, 300};
  std::string html = RenderHtml(report, doc, {{0, 1, img}}, false);
  EXPECT_NE(
      html.find("class=\"mark sus\" title=\"83%\" style=\"left:24.250%;top:48.500%;width:26.500%;height:13.000%\""),
      std::string::npos)
      << html.substr(html.find("<figure"), 900);
  EXPECT_NE(html.find("class=\"mark rel\" title=\"16\""), std::string::npos);
  EXPECT_NE(html.find("<span class=\"pg\">hal. 1</span>"), std::string::npos);
  // The figure on another page is listed as text, not boxed.
  EXPECT_NE(html.find("hal. 3 · Tabel T1 (hal. 3), baris 6 · <span class=\"fig\">7.000</span>"), std::string::npos);
  EXPECT_EQ(Occurrences(html, "class=\"mark "), 2u);
  EXPECT_NE(html.find("onload=\"this.dataset.loaded='1'\""), std::string::npos);
}

TEST(HtmlReport, AppendixKeepsMergedCells) {
  Document doc;
  Table t;
  t.id = "T1";
  t.caption = "Tabel 1.1 Uji";
  t.pages = {4, 5};
  t.header_rows = 1;
  Cell merged;
  merged.text = "Anggaran";
  merged.col_span = 2;
  Cell covered;
  covered.placeholder = true;
  Cell tall;
  tall.text = "Program";
  tall.row_span = 2;
  Cell a, b, c;
  a.text = "1.000";
  b.text = "2.000";
  c.text = "3.000";
  t.rows = {{merged, covered}, {tall, a}, {covered, b}};
  doc.tables.push_back(t);
  audit::AuditReport report;
  std::string html = RenderHtml(report, doc, {}, false);
  EXPECT_NE(html.find("<tr><th colspan=\"2\">Anggaran</th></tr>"), std::string::npos);
  EXPECT_NE(html.find("<tr><td rowspan=\"2\">Program</td><td class=\"n\">1.000</td></tr>"), std::string::npos);
  EXPECT_NE(html.find("<tr><td class=\"n\">2.000</td></tr>"), std::string::npos);
  EXPECT_NE(html.find("hal. 4–5"), std::string::npos);
}

TEST(PageRenderer, RendersARegionAsPng) {
  auto renderer = PageRenderer::Open(ReferencePdf());
  ASSERT_TRUE(renderer.ok()) << renderer.status().detail();
  const Box region{50, 500, 550, 700};
  const double dpi = 100;
  auto img = renderer.value()->Render(20, region, dpi);
  ASSERT_TRUE(img.ok()) << img.status().detail();
  auto size = PngSize(img.value().png);
  ASSERT_TRUE(size.has_value()) << "not a PNG";
  EXPECT_NEAR(size->first, region.width() * dpi / 72, 1);
  EXPECT_NEAR(size->second, region.height() * dpi / 72, 1);
  EXPECT_EQ(size->first, img.value().width);
  EXPECT_EQ(size->second, img.value().height);
  EXPECT_DOUBLE_EQ(img.value().scale, dpi / 72);
  EXPECT_NEAR(img.value().region.x0, region.x0, 1);
  EXPECT_NEAR(img.value().region.y1, region.y1, 1);
  // The page is not blank there: the PNG of a white region compresses to
  // almost nothing.
  auto blank = renderer.value()->Render(20, {0, 0, 20, 20}, dpi);
  ASSERT_TRUE(blank.ok());
  EXPECT_GT(img.value().png.size(), 4 * blank.value().png.size());
}

TEST(PageRenderer, ClipsToThePageAndRefusesBadInput) {
  auto renderer = PageRenderer::Open(ReferencePdf());
  ASSERT_TRUE(renderer.ok());
  auto clipped = renderer.value()->Render(1, {-100, -100, 10000, 72}, 72);
  ASSERT_TRUE(clipped.ok());
  EXPECT_NEAR(clipped.value().region.x0, 0, 1e-9);
  EXPECT_NEAR(clipped.value().region.y0, 0, 1e-9);
  EXPECT_NEAR(clipped.value().width, 595, 1);  // A4 portrait
  EXPECT_EQ(clipped.value().height, 72);

  for (int bad : {0, -1, 65, 1000}) {
    auto r = renderer.value()->Render(bad, {0, 0, 100, 100}, 72);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), ErrorCode::kNotFound);
    EXPECT_NE(r.status().detail().find(std::to_string(bad)), std::string::npos);
  }
  EXPECT_FALSE(renderer.value()->Render(1, {2000, 2000, 2100, 2100}, 72).ok());  // off the page
  EXPECT_FALSE(renderer.value()->Render(1, {0, 0, 100, 100}, 0).ok());
  EXPECT_FALSE(renderer.value()->Render(1, {0, 0, 100, 100}, 100000).ok());

  auto missing = PageRenderer::Open("/nonexistent/lkj.pdf");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), ErrorCode::kNotFound);
  auto not_pdf = PageRenderer::Open((fs::path(LKJ_SOURCE_DIR) / "README.md").string());
  EXPECT_FALSE(not_pdf.ok());
}

TEST(HtmlReport, ReferenceReportHasEveryFindingWithItsPicture) {
  auto doc = ExtractDocument(ReferencePdf(), {});
  ASSERT_TRUE(doc.ok()) << doc.status().detail();
  auto rules = audit::LoadRules({audit::DefaultRules()});
  ASSERT_TRUE(rules.ok()) << rules.status().detail();
  audit::AuditReport report = audit::RunAudit(doc.value(), rules.value());
  ASSERT_FALSE(report.findings.empty());

  auto renderer = PageRenderer::Open(ReferencePdf());
  ASSERT_TRUE(renderer.ok());
  std::vector<FindingImage> images;
  size_t pictured = 0;
  for (size_t i = 0; i < report.findings.size(); ++i) {
    auto where = FindingRegion(report.findings[i], doc.value());
    if (!where) continue;
    ++pictured;
    auto img = renderer.value()->Render(where->first, where->second, 120);
    ASSERT_TRUE(img.ok()) << "finding " << i << ": " << img.status().detail();
    images.push_back({i, where->first, std::move(img).value()});
  }
  std::string html = RenderHtml(report, doc.value(), images, false);
  EXPECT_EQ(Occurrences(html, "<article class=\"finding "), report.findings.size());
  EXPECT_EQ(Occurrences(html, "<img "), pictured);
  EXPECT_EQ(Occurrences(html, "<img src=\"data:image/png;base64,iVBORw0KGgo"), pictured);
  EXPECT_GT(pictured, report.findings.size() * 9 / 10);
  // Self-contained: nothing fetched from elsewhere.
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  // Every extracted table in the appendix.
  EXPECT_EQ(Occurrences(html, "<table class=\"grid\">"), doc.value().tables.size());
  EXPECT_NE(html.find("galat perlu diperbaiki sebelum LKj ditandatangani"), std::string::npos);
  EXPECT_NE(html.find("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BELITUNG"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"gname\">Tabel 2.3</span>"), std::string::npos);
  EXPECT_NE(html.find(">hal. 20<"), std::string::npos);
  // Written piece by piece (to a file), the same page: pieces are flushed
  // whole findings and tables at a time, so the pictures (about 1 MB of
  // base64 here) come in more than one piece.
  std::string streamed;
  size_t pieces = 0;
  WriteHtml(report, doc.value(), images, false, [&](std::string_view piece) {
    streamed += piece;
    ++pieces;
  });
  EXPECT_EQ(streamed, html);
  EXPECT_GE(pieces, html.size() >> 20);

  if (const char* out = std::getenv("LKJ_HTML_OUT"); out && *out) {
    std::ofstream file(out, std::ios::binary);
    file << html;
    ASSERT_TRUE(file.good()) << out;
  }
}

}  // namespace
}  // namespace lkj::testing
