// IndicatorName: the words by which one performance indicator is recognised
// in every table of a document. Tables print the indicator beside its
// sasaran, or alone; with "Persentasi" or "Persentase"; with or without
// "yang": the name compared is the indicator column's own text, spelled one
// way, without such filler.
#pragma once

#include <string>

namespace lkj::audit {

// The comparison key of a normalised label (NormalizeLabel): one spelling
// per word, filler words dropped.
std::string IndicatorKey(const std::string& normalized_label);

// Two keys that differ by one word the longer inserts ("persentase desa uci"
// and "persentase desa mencapai uci"), both of at least `min_words` words;
// never an inserted negation. A name near another is likely, not certainly,
// the same indicator.
bool NearNames(const std::string& a, const std::string& b, int min_words);

// Whether two rows that print one indicator name sit under the same sasaran
// (the label beside the name): true when either prints none, or when most
// content words of the shorter are in the longer ("pemberantasa n" for
// "pemberantasan" is the same sasaran; "Kedisiplinan Pegawai" and "Kapasitas
// Sumber Daya Aparatur" are two).
bool ContextsAgree(const std::string& a, const std::string& b);

}  // namespace lkj::audit
