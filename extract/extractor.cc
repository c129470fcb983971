#include "extract/extractor.h"

#include <algorithm>
#include <cctype>

#include "extract/blocks.h"
#include "extract/ocr.h"
#include "extract/page_image.h"
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

struct PageReader::Scans {
  std::unique_ptr<PageRenderer> renderer;
  std::unique_ptr<OcrEngine> engine;
  bool failed = false;
};

PageReader::PageReader(const PdfSource& pdf, const std::string& path, const ExtractOptions& options)
    : pdf_(&pdf), path_(path), options_(options), scans_(std::make_unique<Scans>()) {}
PageReader::~PageReader() = default;

// The renderer and the engine are opened at the first scan of a document,
// and only then: most pages have a text layer.
bool PageReader::ReadScan(PageContent* page) {
  Scans& s = *scans_;
  if (!options_.ocr || s.failed) return false;
  if (!s.engine) {
    auto renderer = PageRenderer::Open(path_);
    auto engine = OcrEngine::Open(options_.ocr_languages);
    if (!renderer.ok() || !engine.ok()) {
      s.failed = true;
      return false;
    }
    s.renderer = std::move(renderer).value();
    s.engine = std::move(engine).value();
  }
  auto image = s.renderer->RenderGray(page->info.number, options_.ocr_dpi);
  if (!image.ok()) return false;
  page->words = s.engine->Read(image.value());
  page->info.has_text_layer = !page->words.empty();
  page->info.text_source = "ocr";
  return true;
}

// A page that is a picture covering most of it: a scan (its text layer, if
// any, was left by the scanner's own OCR).
bool CoveredByPicture(const PageContent& page) {
  for (const Box& b : page.images)
    if (b.width() * b.height() > 0.5 * page.info.width * page.info.height) return true;
  return false;
}

// A scanner's OCR layer that is garbled: words no typesetter prints, with a
// tilde, bar or backslash inside letters ("kine~a", "pe~anjian") or a digit
// OCR takes for a letter between letters ("D1NAS"), at least three and 2% of
// the words.
bool GarbledLayer(const std::vector<Word>& words) {
  int odd = 0, alphabetic = 0;
  for (const Word& w : words) {
    const std::string& t = w.text;
    bool letters = false;
    for (unsigned char ch : t) letters = letters || std::isalpha(ch);
    if (!letters) continue;
    ++alphabetic;
    for (size_t i = 1; i + 1 < t.size(); ++i) {
      unsigned char prev = t[i - 1], ch = t[i], next = t[i + 1];
      bool inside = std::isalpha(prev) && std::isalpha(next);
      // 0, 1 and 5 are OCR's O, I/l and S; "P2WKSS" or "BP3AKB" are acronyms.
      if (inside && (ch == '~' || ch == '|' || ch == '\\' || ch == '0' || ch == '1' || ch == '5')) {
        ++odd;
        break;
      }
    }
  }
  return odd >= 3 && odd * 50 >= alphabetic;
}

PageContent PageReader::Read(int index, std::optional<Warning>* warning) {
  PageContent content = pdf_->ReadPage(index);
  warning->reset();
  if (content.info.has_text_layer) {
    // One scanner made the whole document's layer: once a page shows it
    // garbled, every scanned page is read again.
    if (CoveredByPicture(content) && (garbled_layer_ || GarbledLayer(content.words))) {
      garbled_layer_ = true;
      PageContent scanned = content;
      if (ReadScan(&scanned) && scanned.info.has_text_layer) {
        *warning = Warning{"ocr_layer_replaced", index + 1};
        return scanned;
      }
    }
    return content;
  }
  std::string why = PageWarning(content);
  if (why == "scanned_page" && ReadScan(&content)) why = "ocr_page";
  else if (why == "scanned_page" && scans_->failed) why = "scanned_page_no_ocr";
  if (!content.info.has_text_layer && why != "ocr_page") content.info.text_source = "none";
  *warning = Warning{why, index + 1};
  return content;
}

Result<Document> ExtractDocument(const std::string& path, const ExtractOptions& options) {
  auto opened = PdfSource::Open(path, options.limits);
  if (!opened.ok()) return opened.status();
  const PdfSource& pdf = *opened.value();

  Document doc;
  doc.source = path;
  std::vector<PageText> texts;
  std::vector<TableFragment> fragments;
  PageReader reader(pdf, path, options);
  for (int i = 0; i < pdf.page_count(); ++i) {
    std::optional<Warning> warning;
    PageContent content = reader.Read(i, &warning);
    if (warning) doc.warnings.push_back(*warning);
    PageStages st = AnalyzePage(std::move(content));
    doc.pages.push_back(st.content.info);
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
