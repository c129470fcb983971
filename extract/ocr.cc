#include "extract/ocr.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <cmath>

#include "extract/utf8.h"

namespace lkj {

struct OcrEngine::Impl {
  tesseract::TessBaseAPI api;
};

OcrEngine::OcrEngine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

OcrEngine::~OcrEngine() {
  if (impl_) impl_->api.End();
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

std::vector<Word> OcrEngine::Read(const GrayPage& page) const {
  std::vector<Word> words;
  tesseract::TessBaseAPI& api = impl_->api;
  api.SetImage(reinterpret_cast<const unsigned char*>(page.samples.data()), page.width, page.height, 1, page.stride);
  api.SetSourceResolution(static_cast<int>(std::lround(page.scale * 72)));
  if (api.Recognize(nullptr) != 0) {
    api.Clear();
    return words;
  }
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (it) {
    do {
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text || text[0] == 0) continue;
      int l = 0, t = 0, r = 0, b = 0;
      if (!it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
      Word w;
      w.text = RepairUtf8(text.get());
      w.box = {l / page.scale, t / page.scale, r / page.scale, b / page.scale};
      w.font_size = (b - t) / page.scale * 0.85;
      w.confidence = it->Confidence(tesseract::RIL_WORD);
      w.space_after = true;
      words.push_back(std::move(w));
    } while (it->Next(tesseract::RIL_WORD));
  }
  api.Clear();
  return words;
}

}  // namespace lkj
