#include "extract/model.h"

namespace lkj {

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "heading";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kCaption: return "caption";
    case BlockKind::kHeader: return "header";
    case BlockKind::kFooter: return "footer";
  }
  return "paragraph";
}

}  // namespace lkj
