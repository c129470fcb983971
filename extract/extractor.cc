#include "extract/extractor.h"

#include <algorithm>

#include "extract/blocks.h"
#include "extract/ruled_tables.h"
#include "extract/table_assembly.h"
#include "extract/text_lines.h"
#include "extract/unruled_tables.h"

namespace lkj {

namespace {

// Why a page yielded no text: a scan (pictures only), blank, or unreadable.
std::string PageWarning(const PageContent& page) {
  if (!page.info.readable) return "page_unreadable";
  double area = 0;
  for (const Box& b : page.images) area += b.width() * b.height();
  return area > 0.25 * page.info.width * page.info.height ? "scanned_page" : "empty_page";
}

}  // namespace

PageStages AnalyzePage(PageContent content) {
  PageStages st;
  std::vector<bool> used(content.words.size(), false);
  st.ruled = FindRuledTables(content, &used);
  std::vector<Word> rest;
  for (size_t i = 0; i < content.words.size(); ++i)
    if (!used[i]) rest.push_back(content.words[i]);
  std::vector<TextLine> lines = GroupLines(std::move(rest));
  std::vector<bool> consumed(lines.size(), false);
  st.unruled = FindUnruledTables(content, lines, &consumed);
  for (size_t i = 0; i < lines.size(); ++i)
    if (!consumed[i]) st.free_lines.push_back(std::move(lines[i]));
  st.content = std::move(content);
  return st;
}

Result<Document> ExtractDocument(const std::string& path, const ExtractOptions& options) {
  auto opened = PdfSource::Open(path, options.limits);
  if (!opened.ok()) return opened.status();
  const PdfSource& pdf = *opened.value();

  Document doc;
  doc.source = path;
  std::vector<PageText> texts;
  std::vector<TableFragment> fragments;
  for (int i = 0; i < pdf.page_count(); ++i) {
    PageStages st = AnalyzePage(pdf.ReadPage(i));
    doc.pages.push_back(st.content.info);
    if (!st.content.info.has_text_layer) doc.warnings.push_back({PageWarning(st.content), i + 1});
    // Tables in reading order down the page, ruled and unruled together.
    std::vector<TableFragment> page_tables = std::move(st.ruled);
    for (auto& f : st.unruled) page_tables.push_back(std::move(f));
    std::stable_sort(page_tables.begin(), page_tables.end(),
                     [](const TableFragment& a, const TableFragment& b) { return a.box.y0 < b.box.y0; });
    for (auto& f : page_tables) fragments.push_back(std::move(f));
    texts.push_back(PageText{st.content.info, std::move(st.free_lines)});
  }

  std::vector<Block> blocks = TakeRunningLines(&texts);
  for (const PageText& p : texts)
    for (Block& b : BuildBlocks(p)) blocks.push_back(std::move(b));
  doc.tables = AssembleTables(std::move(fragments), &blocks);
  std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) {
    return a.page != b.page ? a.page < b.page : a.box.y0 < b.box.y0;
  });
  doc.blocks = std::move(blocks);
  return doc;
}

}  // namespace lkj
