#include "extract/extractor.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <optional>

#include "extract/blocks.h"
#include "extract/ocr.h"
#include "extract/ocr_table_repair.h"
#include "extract/page_image.h"
#include "extract/ruled_tables.h"
#include "extract/scan_reader.h"
#include "extract/table_assembly.h"
#include "extract/text_lines.h"
#include "extract/document_threads.h"
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

// A page whose picture carries a scanner's garbled OCR layer.
bool HasGarbledLayer(const PageContent& page) {
  return page.info.has_text_layer && CoveredByPicture(page) && GarbledLayer(page.words);
}

// Why a page that kept no text of its own has none, as a warning (and its
// text source "none"); nullopt for a page with its own text layer.
std::optional<Warning> UnreadPageWarning(PageContent* page, bool ocr_unavailable) {
  if (page->info.has_text_layer && page->info.text_source == "pdf") return std::nullopt;
  std::string why = PageWarning(*page);
  if (why == "scanned_page" && ocr_unavailable) why = "scanned_page_no_ocr";
  if (!page->info.has_text_layer) page->info.text_source = "none";
  return Warning{why, page->info.number};
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

std::vector<bool> PageReader::Recognize(const std::vector<PageContent*>& pages, const std::vector<int>& which,
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
      const PageContent& page = *pages[which[k]];
      auto image = renderer.value()->RenderGray(page.info.number, OcrDpi(page, options_));
      if (!image.ok()) continue;
      read[k] = ReadScannedPage(*engine.value(), image.value());
      done[k] = true;
    }
  };
  RunOnThreads(ThreadsFor(options_.jobs, which.size()), worker);
  *unavailable = failed && std::none_of(done.begin(), done.end(), [](bool d) { return d; });
  for (size_t k = 0; k < which.size(); ++k) {
    if (!done[k]) continue;
    PageContent& page = *pages[which[k]];
    page.words = std::move(read[k].words);
    page.rules = std::move(read[k].rules);
    // Read turned upright: the page is described as read.
    if (read[k].quarter_turns % 2) std::swap(page.info.width, page.info.height);
    page.info.rotation = (page.info.rotation + 90 * read[k].quarter_turns) % 360;
    page.info.text_source = "ocr";
  }
  return done;
}

bool PageReader::MayNeedOcr(const PageContent& page) const {
  return NeedOf(page, true) != Need::kNothing;
}

PageContent PageReader::Read(int index, std::optional<Warning>* warning) {
  PageContent page = pdf_->ReadPage(index);
  // The document's other text layers decide too.
  bool garbled = HasGarbledLayer(page);
  for (int i = 0; !garbled && i < pdf_->page_count(); ++i)
    garbled = i != index && HasGarbledLayer(pdf_->ReadPage(i));
  std::vector<std::optional<Warning>> warnings(1);
  if (MayNeedOcr(page))
    Settle({&page}, garbled, &warnings);
  else
    warnings[0] = UnreadPageWarning(&page, false);
  *warning = warnings[0];
  return page;
}

void PageReader::Settle(const std::vector<PageContent*>& pages, bool garbled,
                        std::vector<std::optional<Warning>>* warnings) {
  std::vector<Need> need;
  std::vector<int> which;
  for (size_t i = 0; i < pages.size(); ++i) {
    need.push_back(NeedOf(*pages[i], garbled));
    if (need.back() != Need::kNothing) which.push_back(static_cast<int>(i));
  }
  std::vector<PageContent> before;  // a scanner's layer, kept where OCR reads nothing
  for (int i : which) before.push_back(*pages[i]);
  bool unavailable = false;
  std::vector<bool> done = Recognize(pages, which, &unavailable);
  std::vector<bool> read(pages.size(), false);
  for (size_t k = 0; k < which.size(); ++k) {
    read[which[k]] = done[k];
    if (need[which[k]] == Need::kRelayer && !(done[k] && !pages[which[k]]->words.empty())) {
      *pages[which[k]] = before[k];
      read[which[k]] = false;
    }
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    PageContent& page = *pages[i];
    if (need[i] == Need::kRelayer) {
      if (read[i]) (*warnings)[i] = Warning{"ocr_layer_replaced", page.info.number};
    } else if (read[i]) {
      (*warnings)[i] = Warning{"ocr_page", page.info.number};
    } else {
      (*warnings)[i] = UnreadPageWarning(&page, options_.ocr && unavailable);
    }
  }
}

namespace {

// What reading keeps of a page: taken apart at once, or (when OCR may have
// to read it again) whole until every page is read.
struct PageSlot {
  std::optional<PageStages> stages;
  std::optional<PageContent> pending;
  std::optional<Warning> warning;
};

PageStages AnalyzeLean(PageContent content) {
  PageStages st = AnalyzePage(std::move(content));
  // What follows needs the page's description only: the words and rules
  // of a long document would otherwise all stay in memory at once.
  st.content = PageContent{st.content.info, {}, {}, {}, {}, 0};
  return st;
}

// Every page of `pdf`, read and taken apart on options.jobs threads, each
// with its own poppler document; in page order whatever their number.
std::vector<PageStages> ReadAndAnalyze(const PdfSource& pdf, const std::string& path, const ExtractOptions& options,
                                       std::vector<Warning>* warnings) {
  const int count = pdf.page_count();
  std::vector<PageSlot> slots(count);
  PageReader reader(pdf, path, options);
  RunOnDocuments(pdf, path, options.limits, options.jobs, static_cast<size_t>(count), [&](const PdfSource& source) {
    return [&](size_t i) {
      PageContent page = source.ReadPage(static_cast<int>(i));
      if (reader.MayNeedOcr(page)) {
        slots[i].pending = std::move(page);
        return;
      }
      slots[i].warning = UnreadPageWarning(&page, false);
      slots[i].stages = AnalyzeLean(std::move(page));
    };
  });

  std::vector<PageContent*> pending;
  bool garbled = false;
  for (PageSlot& s : slots)
    if (s.pending) {
      pending.push_back(&*s.pending);
      garbled = garbled || HasGarbledLayer(*s.pending);
    }
  std::vector<std::optional<Warning>> settled(pending.size());
  reader.Settle(pending, garbled, &settled);
  std::vector<PageStages> pages;
  size_t k = 0;
  for (PageSlot& s : slots) {
    if (s.pending) {
      s.warning = settled[k++];
      s.stages = AnalyzeLean(std::move(*s.pending));
    }
    if (s.warning) warnings->push_back(*s.warning);
    pages.push_back(std::move(*s.stages));
  }
  return pages;
}

}  // namespace

Result<Document> ExtractDocument(const std::string& path, const ExtractOptions& options) {
  auto opened = PdfSource::Open(path, options.limits);
  if (!opened.ok()) return opened.status();
  return ExtractDocument(*opened.value(), path, options);
}

Document ExtractDocument(const PdfSource& pdf, const std::string& path, const ExtractOptions& options) {
  Document doc;
  doc.source = path;
  std::vector<PageText> texts;
  std::vector<TableFragment> fragments;
  for (PageStages& st : ReadAndAnalyze(pdf, path, options, &doc.warnings)) {
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
