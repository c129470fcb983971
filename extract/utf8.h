// Text from a PDF is data of unknown quality: poppler converts a text layer's
// UTF-16 to UTF-8 as it finds it, unpaired surrogates and all. Everything
// downstream (JSON, regular expressions, HTML) needs valid UTF-8, so text is
// repaired once, where it leaves the PDF.
#ifndef LKJ_EXTRACT_UTF8_H_
#define LKJ_EXTRACT_UTF8_H_

#include <string>
#include <string_view>

namespace lkj {

// `text` with every byte sequence that is not well-formed UTF-8 (stray
// continuation bytes, overlong forms, surrogates, code points past U+10FFFF,
// sequences cut short) replaced by U+FFFD. Valid text is returned unchanged.
std::string RepairUtf8(std::string_view text);

}  // namespace lkj

#endif  // LKJ_EXTRACT_UTF8_H_
