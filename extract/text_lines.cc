#include "extract/text_lines.h"

#include <algorithm>
#include <cctype>

namespace lkj {

std::string JoinWords(const std::vector<Word>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) {
      const Word& prev = words[i - 1];
      double gap = words[i].box.x0 - prev.box.x1;
      if (prev.space_after || gap > 0.2 * std::max(1.0, prev.font_size)) out += ' ';
    }
    out += words[i].text;
  }
  return out;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (line.empty()) continue;
    if (!out.empty()) {
      // "6.258." at a line end followed by "022.650": one number cut by wrapping.
      bool number_cut = (out.back() == '.' || out.back() == ',') && out.size() >= 2 &&
                        std::isdigit(static_cast<unsigned char>(out[out.size() - 2])) &&
                        std::isdigit(static_cast<unsigned char>(line.front()));
      if (!number_cut) out += ' ';
    }
    out += line;
  }
  return out;
}

std::string TextLine::text() const { return JoinWords(words); }

bool TextLine::all_bold() const {
  return !words.empty() &&
         std::all_of(words.begin(), words.end(), [](const Word& w) { return w.bold; });
}

double TextLine::font_size() const {
  double best = 0;
  for (const Word& w : words) best = std::max(best, w.font_size);
  return best;
}

std::vector<TextLine> GroupLines(std::vector<Word> words) {
  std::vector<TextLine> lines;
  std::vector<Word> upright;
  for (Word& w : words) {
    if (w.rotation % 2 == 1) {
      TextLine single;
      single.box = w.box;
      single.words.push_back(std::move(w));
      lines.push_back(std::move(single));
    } else {
      upright.push_back(std::move(w));
    }
  }
  std::sort(upright.begin(), upright.end(), [](const Word& a, const Word& b) {
    return a.box.cy() != b.box.cy() ? a.box.cy() < b.box.cy() : a.box.x0 < b.box.x0;
  });
  // A word joins the last line whose band it overlaps by most of its height.
  std::vector<TextLine> open;
  for (Word& w : upright) {
    TextLine* target = nullptr;
    for (auto it = open.rbegin(); it != open.rend() && it != open.rbegin() + 4; ++it) {
      double overlap = it->box.vertical_overlap(w.box);
      double h = std::min(it->box.height(), w.box.height());
      if (h > 0 && overlap >= 0.5 * h) {
        target = &*it;
        break;
      }
    }
    if (!target) {
      open.push_back(TextLine{});
      target = &open.back();
      target->box = w.box;
    } else {
      target->box = target->box.united(w.box);
    }
    target->words.push_back(std::move(w));
  }
  for (TextLine& line : open) {
    std::sort(line.words.begin(), line.words.end(),
              [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
    lines.push_back(std::move(line));
  }
  std::sort(lines.begin(), lines.end(), [](const TextLine& a, const TextLine& b) {
    return a.box.y0 != b.box.y0 ? a.box.y0 < b.box.y0 : a.box.x0 < b.box.x0;
  });
  return lines;
}

}  // namespace lkj
