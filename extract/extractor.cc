#include "extract/extractor.h"

#include <algorithm>
#include <thread>
#include <atomic>
#include <cctype>

#include "extract/blocks.h"
#include "extract/ocr.h"
#include "extract/ocr_table_repair.h"
#include "extract/page_image.h"
#include "extract/ruled_tables.h"
#include "extract/scan_reader.h"
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

// The resolution a scanned page is rendered at for OCR.
double OcrDpi(const PageContent& page, const ExtractOptions& options) {
  if (page.scan_ppi <= 0) return options.ocr_max_dpi;
  return std::clamp(2 * page.scan_ppi, options.ocr_min_dpi, options.ocr_max_dpi);
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

PageReader::PageReader(const PdfSource& pdf, const std::string& path, const ExtractOptions& options)
    : pdf_(&pdf), path_(path), options_(options) {}

PageReader::Need PageReader::NeedOf(const PageContent& page, bool garbled_document) const {
  if (!options_.ocr) return Need::kNothing;
  if (!page.info.has_text_layer) return PageWarning(page) == "scanned_page" ? Need::kScan : Need::kNothing;
  return garbled_document && CoveredByPicture(page) ? Need::kRelayer : Need::kNothing;
}

std::vector<bool> PageReader::Recognize(std::vector<PageContent>* pages, const std::vector<int>& which,
                                        bool* unavailable) {
  std::vector<bool> done(which.size(), false);
  std::vector<ScannedPage> read(which.size());
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  // One renderer and one engine per thread: neither poppler's documents nor
  // Tesseract's engines are shared.
  auto worker = [&]() {
    auto renderer = PageRenderer::Open(path_);
    auto engine = OcrEngine::Open(options_.ocr_languages);
    if (!renderer.ok() || !engine.ok()) {
      failed = true;
      return;
    }
    for (size_t k = next++; k < which.size(); k = next++) {
      const PageContent& page = (*pages)[which[k]];
      auto image = renderer.value()->RenderGray(page.info.number, OcrDpi(page, options_));
      if (!image.ok()) continue;
      read[k] = ReadScannedPage(*engine.value(), image.value());
      done[k] = true;
    }
  };
  int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  int threads = std::min<int>(options_.ocr_jobs > 0 ? options_.ocr_jobs : cores, static_cast<int>(which.size()));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  if (threads > 0) worker();
  for (std::thread& t : pool) t.join();
  *unavailable = failed && std::none_of(done.begin(), done.end(), [](bool d) { return d; });
  for (size_t k = 0; k < which.size(); ++k) {
    if (!done[k]) continue;
    PageContent& page = (*pages)[which[k]];
    page.words = std::move(read[k].words);
    page.rules = std::move(read[k].rules);
    // Read turned upright: the page is described as read.
    if (read[k].quarter_turns % 2) std::swap(page.info.width, page.info.height);
    page.info.rotation = (page.info.rotation + 90 * read[k].quarter_turns) % 360;
    page.info.text_source = "ocr";
  }
  return done;
}

std::vector<PageContent> PageReader::ReadAll(std::vector<Warning>* warnings) {
  std::vector<int> all(pdf_->page_count());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  return ReadPages(all, warnings);
}

PageContent PageReader::Read(int index, std::optional<Warning>* warning) {
  std::vector<Warning> warnings;
  PageContent page = std::move(ReadPages({index}, &warnings).front());
  *warning = warnings.empty() ? std::nullopt : std::optional<Warning>(warnings.front());
  return page;
}

std::vector<PageContent> PageReader::ReadPages(const std::vector<int>& indexes, std::vector<Warning>* warnings) {
  std::vector<PageContent> pages;
  for (int i : indexes) pages.push_back(pdf_->ReadPage(i));
  // One scanner made the whole document's layer: when a page shows it
  // garbled, every scanned page is read again.
  auto garbled_page = [](const PageContent& p) {
    return p.info.has_text_layer && CoveredByPicture(p) && GarbledLayer(p.words);
  };
  bool garbled = std::any_of(pages.begin(), pages.end(), garbled_page);
  // Reading some pages only (debug): the document's other text layers decide too.
  for (int i = 0; !garbled && static_cast<int>(indexes.size()) < pdf_->page_count() && i < pdf_->page_count(); ++i)
    garbled = std::find(indexes.begin(), indexes.end(), i) == indexes.end() && garbled_page(pdf_->ReadPage(i));
  std::vector<Need> need;
  std::vector<int> which;
  for (size_t i = 0; i < pages.size(); ++i) {
    need.push_back(NeedOf(pages[i], garbled));
    if (need.back() != Need::kNothing) which.push_back(static_cast<int>(i));
  }
  std::vector<PageContent> before;  // a scanner's layer, kept where OCR reads nothing
  for (int i : which) before.push_back(pages[i]);
  bool unavailable = false;
  std::vector<bool> done = Recognize(&pages, which, &unavailable);
  std::vector<bool> read(pages.size(), false);
  for (size_t k = 0; k < which.size(); ++k) {
    read[which[k]] = done[k];
    if (need[which[k]] == Need::kRelayer && !(done[k] && !pages[which[k]].words.empty())) {
      pages[which[k]] = before[k];
      read[which[k]] = false;
    }
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    const int number = pages[i].info.number;
    if (need[i] == Need::kRelayer) {
      if (read[i]) warnings->push_back({"ocr_layer_replaced", number});
      continue;
    }
    if (pages[i].info.has_text_layer && pages[i].info.text_source == "pdf") continue;
    std::string why = read[i] ? "ocr_page" : PageWarning(pages[i]);
    if (why == "scanned_page" && options_.ocr && unavailable) why = "scanned_page_no_ocr";
    if (!pages[i].info.has_text_layer) pages[i].info.text_source = read[i] ? "ocr" : "none";
    warnings->push_back({why, number});
  }
  return pages;
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
  std::vector<PageContent> pages = reader.ReadAll(&doc.warnings);
  for (PageContent& content : pages) {
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
  RepairOcrTables(&doc.tables);
  std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) {
    return a.page != b.page ? a.page < b.page : a.box.y0 < b.box.y0;
  });
  doc.blocks = std::move(blocks);
  return doc;
}

}  // namespace lkj
