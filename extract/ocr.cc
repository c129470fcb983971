#include "extract/ocr.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <string_view>

#include "extract/utf8.h"

namespace lkj {

struct OcrEngine::Impl {
  tesseract::TessBaseAPI api;
  // Orientation detection needs the legacy "osd" model, in an engine of its
  // own; made on first use (most documents never need it).
  std::unique_ptr<tesseract::TessBaseAPI> osd;
  bool osd_missing = false;
};

OcrEngine::OcrEngine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

OcrEngine::~OcrEngine() {
  if (!impl_) return;
  impl_->api.End();
  if (impl_->osd) impl_->osd->End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::Open(const std::string& languages) {
  auto impl = std::make_unique<Impl>();
  if (impl->api.Init(nullptr, languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0)
    return Status(ErrorCode::kNotFound, "Tesseract language data '" + languages + "' (tesseract-ocr-ind, -eng)");
  // Tables: words spread over the page in columns, not one text block.
  impl->api.SetPageSegMode(tesseract::PSM_AUTO);
  // Keep the engine's words as printed: no dictionary "corrections" of figures.
  impl->api.SetVariable("load_system_dawg", "0");
  impl->api.SetVariable("load_freq_dawg", "0");
  impl->api.SetVariable("preserve_interword_spaces", "1");
  // Its notes ("Detected 150 diacritics") are not the user's business.
  impl->api.SetVariable("debug_file", "/dev/null");
  return std::unique_ptr<OcrEngine>(new OcrEngine(std::move(impl)));
}

namespace {

// The words Tesseract recognized last, boxes in points.
std::vector<Word> Words(tesseract::TessBaseAPI& api, double scale) {
  std::vector<Word> words;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return words;
  do {
    std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
    // A ruling line or a picture comes back as a "word" of spaces: no word.
    if (!text || std::string_view(text.get()).find_first_not_of(' ') == std::string_view::npos) continue;
    int l = 0, t = 0, r = 0, b = 0;
    if (!it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
    Word w;
    w.text = RepairUtf8(text.get());
    w.box = {l / scale, t / scale, r / scale, b / scale};
    w.font_size = (b - t) / scale * 0.85;
    w.confidence = it->Confidence(tesseract::RIL_WORD);
    w.space_after = true;
    words.push_back(std::move(w));
  } while (it->Next(tesseract::RIL_WORD));
  return words;
}

void SetPage(tesseract::TessBaseAPI& api, const GrayPage& page) {
  api.SetImage(reinterpret_cast<const unsigned char*>(page.samples.data()), page.width, page.height, 1, page.stride);
  api.SetSourceResolution(static_cast<int>(std::lround(page.scale * 72)));
}

}  // namespace

std::vector<Word> OcrEngine::Read(const GrayPage& page) const {
  tesseract::TessBaseAPI& api = impl_->api;
  SetPage(api, page);
  std::vector<Word> words;
  if (api.Recognize(nullptr) == 0) words = Words(api, page.scale);
  api.Clear();
  return words;
}

std::vector<std::vector<Word>> OcrEngine::ReadRegions(const GrayPage& page, const std::vector<Box>& regions) const {
  tesseract::TessBaseAPI& api = impl_->api;
  std::vector<std::vector<Word>> out(regions.size());
  if (regions.empty()) return out;
  SetPage(api, page);
  api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
  const double s = page.scale;
  for (size_t i = 0; i < regions.size(); ++i) {
    int l = std::max(0, static_cast<int>(std::floor(regions[i].x0 * s)));
    int t = std::max(0, static_cast<int>(std::floor(regions[i].y0 * s)));
    int r = std::min(page.width, static_cast<int>(std::ceil(regions[i].x1 * s)));
    int b = std::min(page.height, static_cast<int>(std::ceil(regions[i].y1 * s)));
    if (r - l < 2 || b - t < 2) continue;
    api.SetRectangle(l, t, r - l, b - t);
    if (api.Recognize(nullptr) == 0) out[i] = Words(api, s);
  }
  api.SetPageSegMode(tesseract::PSM_AUTO);
  api.Clear();
  return out;
}

int OcrEngine::QuarterTurnsToUpright(const GrayPage& page) const {
  // Below this the detector guesses (15 is "reasonably confident" in its docs).
  constexpr float kSureOrientation = 5.0f;
  Impl& impl = *impl_;
  if (impl.osd_missing) return 0;
  if (!impl.osd) {
    impl.osd = std::make_unique<tesseract::TessBaseAPI>();
    if (impl.osd->Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
      impl.osd.reset();
      impl.osd_missing = true;
      return 0;
    }
    impl.osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
    impl.osd->SetVariable("debug_file", "/dev/null");
  }
  SetPage(*impl.osd, page);
  int degrees = 0;
  float confidence = 0, script_confidence = 0;
  const char* script = nullptr;
  const bool found = impl.osd->DetectOrientationScript(&degrees, &confidence, &script, &script_confidence);
  impl.osd->Clear();
  if (!found || confidence < kSureOrientation) return 0;
  // `degrees` is how far the image is turned clockwise: turn it back.
  return (4 - (degrees / 90) % 4) % 4;
}

}  // namespace lkj
