// Judgements: the reviewer's decisions on findings, as kept in
// keputusan.json (exported from the HTML report, or written by hand), and
// carried onto a report of the same or a revised draft by finding id.
//
// keputusan.json:
//   {"format": "lkj-audit/keputusan", "version": 1,
//    "document": {"source": "v1.pdf", "sha256": "..."},
//    "keputusan": {"F0123456789ab": {"status": "perlu_diperbaiki" | "bukan_masalah" | "terbuka",
//                                     "alasan": "...", "catatan": "...", ...}}}
// Other members of an entry (rule, page, where, text) are for the human
// reading the file and are ignored.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "audit/auditor.h"
#include "extract/status.h"

namespace lkj::audit {

using Judgements = std::map<std::string, Judgement>;  // by finding id

const char* VerdictName(Verdict v);  // "terbuka", "perlu_diperbaiki", "bukan_masalah"

// Reads keputusan.json text; a malformed file or an unknown status is
// kInvalidData with what is wrong.
Result<Judgements> ParseJudgements(const std::string& text);

// keputusan.json for `report`: every finding (accepted ones included) that has
// a judgement other than open, or a note.
nlohmann::json JudgementsToJson(const AuditReport& report);

// Attaches each judgement to the finding with its id and moves the findings
// judged "bukan masalah" into report->accepted. Returns how many judgements
// found their finding (the rest concern points no longer reported).
int ApplyJudgements(const Judgements& judgements, AuditReport* report);

}  // namespace lkj::audit
