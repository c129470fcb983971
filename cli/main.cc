// lkj-audit: the command-line entry point. Parses arguments, runs the
// pipeline, writes outputs atomically, and maps failures to exit codes.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>
#include <string>
#include <vector>

#include "cli/json_text.h"
#include "cli/atomic_file.h"
#include "cli/audit_job.h"
#include "cli/batch.h"
#include "cli/compare.h"
#include "cli/debug_page.h"
#include "cli/exit_codes.h"
#include "cli/memory_limit.h"
#include "cli/messages.h"
#include "extract/csv_export.h"
#include "extract/extractor.h"
#include "extract/json_export.h"
#include "audit/auditor.h"
#include "audit/rules.h"
#include "reports/comparison_report.h"
#include "reports/findings_json.h"

namespace lkj::cli {
namespace {

struct Args {
  std::string command;
  std::vector<std::string> inputs;
  std::optional<std::string> json_out, csv_dir, svg_out, html_out, xlsx_out, md_out, out_dir;
  std::optional<std::string> keputusan, chr_out;  // the reviewer's judgements; the CHR draft
  int jobs = 0;
  std::vector<std::string> rules_files;
  int page = 0;
  Lang lang = Lang::kId;
  bool quiet = false;
  bool explain = false;
  int timeout_s = 900;
  int max_memory_mb = -1;  // -1: the command's default (batch 4096 per document, else none)
  ExtractOptions extract;
};

// A message prepared before the alarm can fire: the handler may only write.
char g_timeout_message[256];

void OnTimeout(int) {
  ssize_t ignored = ::write(STDERR_FILENO, g_timeout_message, std::strlen(g_timeout_message));
  (void)ignored;
  _exit(kExitTimeout);
}

void ArmTimeout(int seconds, Lang lang) {
  if (seconds <= 0) return;
  std::snprintf(g_timeout_message, sizeof g_timeout_message, "%s",
                lang == Lang::kId ? "lkj-audit: waktu habis (--timeout); proses dihentikan\n"
                                  : "lkj-audit: timed out (--timeout); stopped\n");
  signal(SIGALRM, OnTimeout);
  alarm(static_cast<unsigned>(seconds));
}

class UsageError {
 public:
  explicit UsageError(std::string m) : message(std::move(m)) {}
  std::string message;
};

int ParseInt(const std::string& flag, const std::string& v) {
  try {
    size_t used = 0;
    int n = std::stoi(v, &used);
    if (used == v.size() && n >= 0) return n;
  } catch (const std::exception&) {
  }
  throw UsageError(flag + " " + v);
}

Args Parse(int argc, char** argv) {
  Args a;
  std::vector<std::string> av(argv + 1, argv + argc);
  for (size_t i = 0; i < av.size(); ++i)  // --lang first, so errors speak it
    if (av[i] == "--lang" && i + 1 < av.size()) a.lang = av[i + 1] == "en" ? Lang::kEn : Lang::kId;
  auto value = [&](size_t& i) -> std::string {
    if (i + 1 >= av.size()) throw UsageError(av[i]);
    return av[++i];
  };
  for (size_t i = 0; i < av.size(); ++i) {
    const std::string& s = av[i];
    if (s == "-h" || s == "--help") { a.command = "help"; return a; }
    if (s == "--version") { a.command = "version"; return a; }
    if (s == "--json") a.json_out = value(i);
    else if (s == "--csv") a.csv_dir = value(i);
    else if (s == "--svg") a.svg_out = value(i);
    else if (s == "--html") a.html_out = value(i);
    else if (s == "--xlsx") a.xlsx_out = value(i);
    else if (s == "--md") a.md_out = value(i);
    else if (s == "--out") a.out_dir = value(i);
    else if (s == "--keputusan") a.keputusan = value(i);
    else if (s == "--chr") a.chr_out = value(i);
    else if (s == "-j" || s == "--jobs") a.jobs = a.extract.jobs = ParseInt(s, value(i));
    else if (s == "--rules") a.rules_files.push_back(value(i));
    else if (s == "--page") a.page = ParseInt(s, value(i));
    else if (s == "--lang") {
      std::string l = value(i);
      if (l != "id" && l != "en") throw UsageError("--lang " + l);
    } else if (s == "-q" || s == "--quiet") a.quiet = true;
    else if (s == "--explain") a.explain = true;
    else if (s == "--timeout") a.timeout_s = ParseInt(s, value(i));
    else if (s == "--max-memory-mb") a.max_memory_mb = ParseInt(s, value(i));
    else if (s == "--max-pages") a.extract.limits.max_pages = ParseInt(s, value(i));
    else if (s == "--no-ocr") a.extract.ocr = false;
    else if (s == "--ocr-dpi") a.extract.ocr_min_dpi = a.extract.ocr_max_dpi = ParseInt(s, value(i));
    else if (s == "--max-mb") a.extract.limits.max_bytes = static_cast<std::uint64_t>(ParseInt(s, value(i))) << 20;
    else if (!s.empty() && s[0] == '-' && s != "-") throw UsageError(s);
    else if (a.command.empty()) a.command = s;
    else a.inputs.push_back(s);
  }
  return a;
}

int Fail(const Status& st, Lang lang) {
  std::cerr << DescribeError(st, lang) << "\n";
  return ExitCodeFor(st.code());
}

int RunExtract(const Args& a) {
  if (a.inputs.size() != 1) throw UsageError(a.lang == Lang::kId ? "perlu tepat satu berkas PDF" : "needs exactly one PDF");
  auto doc = ExtractDocument(a.inputs[0], a.extract);
  if (!doc.ok()) return Fail(doc.status(), a.lang);
  if (!a.quiet)
    for (const Warning& w : doc.value().warnings) std::cerr << DescribeWarning(w.code, w.page, a.lang) << "\n";
  if (a.csv_dir) {
    std::error_code ec;
    std::filesystem::create_directories(*a.csv_dir, ec);
    if (ec) return Fail(Status(ErrorCode::kWriteFailed, *a.csv_dir + ": " + ec.message()), a.lang);
    for (const Table& t : doc.value().tables) {
      Status st = WriteFileAtomically((std::filesystem::path(*a.csv_dir) / CsvFileName(t)).string(), TableToCsv(t));
      if (!st.ok()) return Fail(st, a.lang);
    }
  }
  if (!a.json_out || *a.json_out == "-") {
    if (!a.csv_dir || a.json_out) {
      lkj::cli::WriteDocumentJson(doc.value(), [](std::string_view piece) { std::cout << piece; });
      std::cout << "\n";
    }
    return kExitOk;
  }
  auto file = AtomicFile::Create(*a.json_out);
  if (!file.ok()) return Fail(file.status(), a.lang);
  lkj::cli::WriteDocumentJson(doc.value(), [&](std::string_view piece) { file.value().Append(piece); });
  file.value().Append("\n");
  Status st = file.value().Commit();
  return st.ok() ? kExitOk : Fail(st, a.lang);
}

void PrintFindings(const audit::AuditReport& report, Lang lang, bool explain) {
  bool en = lang == Lang::kEn;
  for (const audit::Finding& f : report.findings) {
    int page = f.evidence.empty() ? 0 : f.evidence.front().page;
    for (const audit::Evidence& e : f.evidence)
      if (e.suspect) {
        page = e.page;
        break;
      }
    std::string sev = f.severity == audit::Severity::kError ? (en ? "ERROR  " : "GALAT  ")
                      : f.severity == audit::Severity::kWarning ? (en ? "WARNING" : "PERINGATAN")
                                                                : "INFO   ";
    bool must_fix = f.judgement && f.judgement->verdict == audit::Verdict::kMustFix;
    std::cout << sev << "  " << (en ? "p. " : "hal. ") << page << "  "
              << (must_fix ? (en ? "[must be fixed] " : "[perlu diperbaiki] ") : "") << (en ? f.message_en : f.message)
              << "\n";
    const std::string& reading = en ? f.reading_en : f.reading;
    if (explain && !reading.empty()) std::cout << "         " << (en ? "reading: " : "bacaan: ") << reading << "\n";
  }
  const audit::Coverage& c = report.coverage;
  std::cout << (en ? "summary: " : "ringkasan: ") << report.Count(audit::Severity::kError)
            << (en ? " errors, " : " galat, ") << report.Count(audit::Severity::kWarning)
            << (en ? " warnings, " : " peringatan, ") << report.Count(audit::Severity::kInfo) << " info; "
            << c.numbers_checked << "/" << c.numbers_read << (en ? " figures checked, " : " angka diperiksa, ")
            << c.tables_checked << "/" << c.tables << (en ? " tables, " : " tabel, ") << c.narrative_claims
            << (en ? " claims in the text\n" : " klaim dalam uraian\n");
  if (!report.accepted.empty())
    std::cout << (en ? "accepted as not a problem (not counted): " : "diterima sebagai bukan masalah (tidak dihitung): ")
              << report.accepted.size() << "\n";
}

// Reads --keputusan into `out`; false (and the exit code) when it cannot.
bool LoadJudgements(const Args& a, audit::Judgements* out, int* exit_code) {
  if (!a.keputusan) return true;
  auto parsed = ReadJudgementsFile(*a.keputusan);
  if (!parsed.ok() && parsed.status().code() != ErrorCode::kInvalidData) {
    *exit_code = Fail(parsed.status(), a.lang);
    return false;
  }
  if (!parsed.ok()) {
    std::cerr << "lkj-audit: " << (a.lang == Lang::kId ? "berkas keputusan ditolak: " : "judgements file refused: ")
              << *a.keputusan << ": " << parsed.status().detail() << "\n";
    *exit_code = kExitUsage;
    return false;
  }
  *out = std::move(parsed).value();
  return true;
}

std::string JudgementsNote(size_t given, int matched, size_t accepted, Lang lang) {
  size_t gone = given - static_cast<size_t>(matched);
  if (lang == Lang::kEn)
    return std::to_string(matched) + " of " + std::to_string(given) + " judgements applied (" + std::to_string(accepted) +
           " findings accepted as not a problem)" +
           (gone ? "; " + std::to_string(gone) + " concern findings no longer reported" : "");
  return std::to_string(matched) + " dari " + std::to_string(given) + " keputusan diterapkan (" +
         std::to_string(accepted) + " temuan diterima sebagai bukan masalah)" +
         (gone ? "; " + std::to_string(gone) + " menyangkut temuan yang tidak muncul lagi" : "");
}

Result<audit::Rules> RulesOrFail(const Args& a, int* exit_code) {
  auto rules = LoadRulesFiles(a.rules_files);
  if (rules.ok()) return rules;
  if (rules.status().code() == ErrorCode::kNotFound) {
    *exit_code = Fail(rules.status(), a.lang);
  } else {
    std::cerr << "lkj-audit: " << (a.lang == Lang::kId ? "berkas aturan ditolak: " : "rules file refused: ")
              << rules.status().detail() << "\n";
    *exit_code = kExitUsage;
  }
  return rules;
}

int RunAudit(const Args& a) {
  if (a.inputs.size() != 1) throw UsageError(a.lang == Lang::kId ? "perlu tepat satu berkas PDF" : "needs exactly one PDF");
  int exit_code = kExitOk;
  auto rules = RulesOrFail(a, &exit_code);
  if (!rules.ok()) return exit_code;
  AuditJob job;
  job.input = a.inputs[0];
  job.extract = a.extract;
  job.english = a.lang == Lang::kEn;
  job.outputs = {a.json_out, a.html_out, a.xlsx_out, a.md_out, a.chr_out};
  if (!LoadJudgements(a, &job.judgements, &exit_code)) return exit_code;
  auto outcome = RunAuditJob(job, rules.value());
  if (!outcome.ok()) return Fail(outcome.status(), a.lang);
  const AuditOutcome& out = outcome.value();
  if (!a.quiet)
    for (const Warning& w : out.doc.warnings) std::cerr << DescribeWarning(w.code, w.page, a.lang) << "\n";
  if (a.explain) std::cerr << audit::ExplainTables(out.doc, rules.value());
  if (a.keputusan && !a.quiet)
    std::cerr << "lkj-audit: " << JudgementsNote(job.judgements.size(), out.judgements_matched, out.report.accepted.size(), a.lang)
              << "\n";
  bool any_file = a.json_out || a.html_out || a.xlsx_out || a.md_out || a.chr_out;
  if (a.json_out && *a.json_out == "-") {
    std::cout << lkj::cli::JsonText(reports::AuditToJson(out.report)) << "\n";
  } else if (!any_file && !a.quiet) {
    PrintFindings(out.report, a.lang, a.explain);
  }
  return out.report.Count(audit::Severity::kError) > 0 ? kExitFindings : kExitOk;
}

int RunCompare(const Args& a) {
  if (a.inputs.size() != 2)
    throw UsageError(a.lang == Lang::kId ? "compare LAMA.pdf|.json BARU.pdf|.json" : "compare OLD.pdf|.json NEW.pdf|.json");
  int exit_code = kExitOk;
  auto rules = RulesOrFail(a, &exit_code);
  if (!rules.ok()) return exit_code;
  audit::Judgements judgements;
  if (!LoadJudgements(a, &judgements, &exit_code)) return exit_code;
  auto compared = CompareDrafts(a.inputs[0], a.inputs[1], a.extract, rules.value(), judgements);
  if (!compared.ok()) return Fail(compared.status(), a.lang);
  const Comparison& c = compared.value();
  reports::ComparisonView view{c.before.report, c.after.report, c.revision, c.figures_compared};
  bool en = a.lang == Lang::kEn;
  if (a.json_out && *a.json_out != "-") {
    Status st = WriteFileAtomically(*a.json_out, lkj::cli::JsonText(reports::ComparisonToJson(view)) + "\n");
    if (!st.ok()) return Fail(st, a.lang);
  }
  if (a.html_out) {
    Status st = WriteFileAtomically(*a.html_out, reports::RenderComparisonHtml(view, en));
    if (!st.ok()) return Fail(st, a.lang);
  }
  if (a.json_out && *a.json_out == "-")
    std::cout << lkj::cli::JsonText(reports::ComparisonToJson(view)) << "\n";
  else if (!a.quiet)
    std::cout << reports::RenderComparisonText(view, en);
  return ErrorsLeft(c.revision) ? kExitFindings : kExitOk;
}

int RunBatchCommand(const Args& a) {
  if (a.inputs.empty() || !a.out_dir)
    throw UsageError(a.lang == Lang::kId ? "batch FOLDER|BERKAS... --out FOLDER" : "batch DIR|FILES... --out DIR");
  int exit_code = kExitOk;
  auto rules = RulesOrFail(a, &exit_code);
  if (!rules.ok()) return exit_code;
  BatchOptions opt;
  opt.inputs = a.inputs;
  opt.out_dir = *a.out_dir;
  opt.jobs = a.jobs > 0 ? a.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  opt.english = a.lang == Lang::kEn;
  opt.quiet = a.quiet;
  opt.extract = a.extract;
  opt.rules_files = a.rules_files;
  opt.timeout_s = a.timeout_s;
  opt.max_memory_mb = a.max_memory_mb >= 0 ? a.max_memory_mb : 4096;
  // Documents run in parallel already: each reads its scans on one thread.
  if (opt.jobs > 1) opt.extract.jobs = 1;
  return RunBatch(opt);
}

int RunDebug(const Args& a) {
  if (a.inputs.size() != 1 || a.page < 1) throw UsageError("debug IN.pdf --page N");
  auto opened = PdfSource::Open(a.inputs[0], a.extract.limits);
  if (!opened.ok()) return Fail(opened.status(), a.lang);
  if (a.page > opened.value()->page_count()) throw UsageError("--page " + std::to_string(a.page));
  std::optional<Warning> warning;
  PageReader reader(*opened.value(), a.inputs.front(), a.extract);
  PageStages st = AnalyzePage(reader.Read(a.page - 1, &warning));
  if (warning && !a.quiet) std::cerr << DescribeWarning(warning->code, warning->page, a.lang) << "\n";
  if (a.svg_out) {
    Status s = WriteFileAtomically(*a.svg_out, PageStagesToSvg(st));
    if (!s.ok()) return Fail(s, a.lang);
  }
  std::cout << lkj::cli::JsonText(PageStagesToJson(st)) << "\n";
  return kExitOk;
}

int Run(int argc, char** argv) {
  Args a;
  try {
    a = Parse(argc, argv);
    if (a.command.empty() || a.command == "help") {
      std::cout << HelpText(a.lang);
      return a.command.empty() ? kExitUsage : kExitOk;
    }
    if (a.command == "version") {
      std::cout << "lkj-audit 0.1.0\n";
      return kExitOk;
    }
    // A batch runs each document in a process of its own with these limits.
    if (a.command != "batch") {
      ArmTimeout(a.timeout_s, a.lang);
      StartMemoryLimit(static_cast<std::uint64_t>(std::max(0, a.max_memory_mb)) << 20,
                       a.lang == Lang::kId ? "lkj-audit: memori melebihi batas (--max-memory-mb); proses dihentikan\n"
                                           : "lkj-audit: over the memory limit (--max-memory-mb); stopped\n");
    }
    if (a.command == "extract") return RunExtract(a);
    if (a.command == "audit") return RunAudit(a);
    if (a.command == "batch") return RunBatchCommand(a);
    if (a.command == "compare") return RunCompare(a);
    if (a.command == "debug") return RunDebug(a);
    throw UsageError((a.lang == Lang::kId ? "perintah tidak dikenal: " : "unknown command: ") + a.command);
  } catch (const UsageError& e) {
    std::cerr << "lkj-audit: " << (a.lang == Lang::kId ? "perintah salah: " : "bad command line: ")
              << e.message << (a.lang == Lang::kId ? " (lihat --help)" : " (see --help)") << "\n";
    return kExitUsage;
  } catch (const std::bad_alloc&) {
    std::cerr << "lkj-audit: " << (a.lang == Lang::kId ? "memori tidak cukup" : "out of memory") << "\n";
    return kExitOutOfMemory;
  } catch (const std::exception& e) {
    std::cerr << "lkj-audit: " << (a.lang == Lang::kId ? "galat internal: " : "internal error: ") << e.what() << "\n";
    return kExitInternal;
  }
}

}  // namespace
}  // namespace lkj::cli

// Tesseract's OpenMP reads OMP_THREAD_LIMIT once, when the process starts; an
// engine left to its default threads is several times slower on a shared
// machine. Without the variable the program starts itself again with it.
void EnsureOneOcrThread(char** argv) {
  if (std::getenv("OMP_THREAD_LIMIT")) return;
  ::setenv("OMP_THREAD_LIMIT", "1", 1);
  ::execv("/proc/self/exe", argv);  // returns only when that fails: go on as we are
}

int main(int argc, char** argv) {
  EnsureOneOcrThread(argv);
  return lkj::cli::Run(argc, argv);
}
