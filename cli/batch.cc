#include "cli/json_text.h"
#include "cli/batch.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/atomic_file.h"
#include "cli/audit_job.h"
#include "cli/exit_codes.h"
#include "cli/messages.h"
#include "reports/batch_summary.h"

namespace lkj::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Item {
  std::string input;
  std::string folder;  // name of its report folder
  std::uintmax_t size = 0;
  long long mtime = 0;
};

bool IsPdfName(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".pdf";
}

std::vector<Item> Collect(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      for (auto it = fs::recursive_directory_iterator(in, ec); !ec && it != fs::recursive_directory_iterator(); ++it)
        if (it->is_regular_file(ec) && IsPdfName(it->path())) files.push_back(it->path().string());
    } else {
      files.push_back(in);
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  std::vector<Item> items;
  std::map<std::string, int> used;
  for (const std::string& f : files) {
    Item item;
    item.input = f;
    std::string stem = fs::path(f).stem().string();
    int n = ++used[stem];
    item.folder = n == 1 ? stem : stem + "-" + std::to_string(n);
    struct stat st {};
    if (::stat(f.c_str(), &st) == 0) {
      item.size = static_cast<std::uintmax_t>(st.st_size);
      item.mtime = static_cast<long long>(st.st_mtime);
    }
    items.push_back(item);
  }
  return items;
}

// The status file of a finished document, when it matches the input as it is now.
std::optional<json> FinishedStatus(const fs::path& status_file, const Item& item) {
  std::ifstream in(status_file);
  if (!in) return std::nullopt;
  try {
    json j = json::parse(in);
    if (j.at("input") == item.input && j.at("size") == item.size && j.at("mtime") == item.mtime) return j;
  } catch (const json::exception&) {
  }
  return std::nullopt;
}

reports::BatchRow RowOf(const Item& item, const json& status) {
  reports::BatchRow row;
  row.document = item.input;
  row.folder = item.folder;
  row.ok = status.value("ok", false);
  row.problem = status.value("problem", "");
  row.pages = status.value("pages", 0);
  row.errors = status.value("errors", 0);
  row.warnings = status.value("warnings", 0);
  row.infos = status.value("info", 0);
  row.seconds = status.value("seconds", 0.0);
  return row;
}

class Progress {
 public:
  Progress(size_t total, bool quiet, bool english)
      : total_(total), quiet_(quiet), english_(english), tty_(::isatty(STDERR_FILENO) == 1),
        start_(std::chrono::steady_clock::now()) {}

  void Done(const Item& item, const json& status, bool skipped) {
    std::lock_guard<std::mutex> lock(mu_);
    ++done_;
    pages_ += status.value("pages", 0);
    if (quiet_) return;
    double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    double rate = elapsed > 0 ? pages_ / elapsed : 0;
    double eta = done_ > 0 ? elapsed / done_ * (total_ - done_) : 0;
    if (tty_) {
      int width = 30, filled = static_cast<int>(width * done_ / std::max<size_t>(1, total_));
      std::fprintf(stderr, "\r[%s%s] %zu/%zu %s  %.0f %s  %s ~%.0f s   ", std::string(filled, '#').c_str(),
                   std::string(width - filled, '.').c_str(), done_, total_, english_ ? "documents" : "dokumen", rate,
                   english_ ? "pages/s" : "hal/dtk", english_ ? "left" : "sisa", eta);
      if (done_ == total_) std::fprintf(stderr, "\n");
    } else {
      std::string what = skipped ? (english_ ? "already done" : "sudah selesai")
                         : status.value("ok", false)
                             ? std::to_string(status.value("errors", 0)) + (english_ ? " errors" : " galat")
                             : (english_ ? "failed: " : "gagal: ") + status.value("problem", std::string());
      std::fprintf(stderr, "%zu/%zu %s (%s)\n", done_, total_, item.input.c_str(), what.c_str());
    }
    std::fflush(stderr);
  }

 private:
  std::mutex mu_;
  size_t total_, done_ = 0;
  long long pages_ = 0;
  bool quiet_, english_, tty_;
  std::chrono::steady_clock::time_point start_;
};

json AuditItem(const Item& item, const fs::path& folder, const BatchOptions& opt, const audit::Rules& rules) {
  auto start = std::chrono::steady_clock::now();
  AuditJob job;
  job.input = item.input;
  job.extract = opt.extract;
  job.english = opt.english;
  job.outputs.json = (folder / "temuan.json").string();
  job.outputs.html = (folder / "laporan.html").string();
  job.outputs.xlsx = (folder / "laporan.xlsx").string();
  job.outputs.md = (folder / "laporan.md").string();
  json status = {{"input", item.input}, {"size", item.size}, {"mtime", item.mtime}};
  auto outcome = RunAuditJob(job, rules);
  if (outcome.ok()) {
    const audit::AuditReport& r = outcome.value().report;
    status["ok"] = true;
    status["pages"] = r.pages;
    status["errors"] = r.Count(audit::Severity::kError);
    status["warnings"] = r.Count(audit::Severity::kWarning);
    status["info"] = r.Count(audit::Severity::kInfo);
  } else {
    status["ok"] = false;
    status["problem"] = DescribeError(outcome.status(), opt.english ? Lang::kEn : Lang::kId).substr(11);
    status["code"] = ExitCodeFor(outcome.status().code());
  }
  status["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return status;
}

// One document's failure, even a bug of ours, is recorded in its status and
// the batch goes on: a thread must never let an exception escape (that would
// end the whole process through std::terminate).
json AuditItemGuarded(const Item& item, const fs::path& folder, const BatchOptions& opt,
                      const audit::Rules& rules) {
  auto start = std::chrono::steady_clock::now();
  std::string what;
  try {
    return AuditItem(item, folder, opt, rules);
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {
    what = "?";
  }
  json status = {{"input", item.input}, {"size", item.size}, {"mtime", item.mtime}};
  status["ok"] = false;
  status["problem"] = (opt.english ? "internal error: " : "galat internal: ") + what;
  status["code"] = kExitInternal;
  status["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return status;
}

}  // namespace

int RunBatch(const BatchOptions& opt, const audit::Rules& rules) {
  std::vector<Item> items = Collect(opt.inputs);
  fs::create_directories(opt.out_dir);
  std::vector<json> statuses(items.size());
  Progress progress(items.size(), opt.quiet, opt.english);
  std::atomic<size_t> next{0};
  auto worker = [&]() {
    for (size_t i = next++; i < items.size(); i = next++) {
      fs::path folder = fs::path(opt.out_dir) / items[i].folder;
      fs::path status_file = folder / "status.json";
      if (auto done = FinishedStatus(status_file, items[i])) {
        statuses[i] = *done;
        progress.Done(items[i], statuses[i], true);
        continue;
      }
      std::error_code ec;
      fs::create_directories(folder, ec);
      // A run killed while writing leaves temporary files: clear them.
      for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().filename().string().find(".tmp-") != std::string::npos) fs::remove(entry.path(), ec);
      statuses[i] = AuditItemGuarded(items[i], folder, opt, rules);
      // The status file is written last: its presence means the folder is complete.
      Status st = WriteFileAtomically(status_file.string(), lkj::cli::JsonText(statuses[i]) + "\n");
      if (!st.ok()) statuses[i]["ok"] = false, statuses[i]["problem"] = st.detail();
      progress.Done(items[i], statuses[i], false);
    }
  };
  int jobs = std::max(1, std::min<int>(opt.jobs, static_cast<int>(items.size())));
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();

  std::vector<reports::BatchRow> rows;
  bool any_error = false, any_failed = false;
  for (size_t i = 0; i < items.size(); ++i) {
    rows.push_back(RowOf(items[i], statuses[i]));
    any_failed = any_failed || !rows.back().ok;
    any_error = any_error || rows.back().errors > 0;
  }
  fs::path out(opt.out_dir);
  Status a = WriteFileAtomically((out / "summary.csv").string(), reports::RenderBatchCsv(rows, opt.english));
  Status b = WriteFileAtomically((out / "summary.html").string(), reports::RenderBatchHtml(rows, opt.english));
  if (!a.ok() || !b.ok()) {
    std::cerr << DescribeError(a.ok() ? b : a, opt.english ? Lang::kEn : Lang::kId) << "\n";
    return kExitWriteFailed;
  }
  if (!opt.quiet)
    std::cerr << "lkj-audit: " << (opt.english ? "summary: " : "ringkasan: ") << (out / "summary.html").string() << "\n";
  return any_failed ? kExitBatchIncomplete : any_error ? kExitFindings : kExitOk;
}

}  // namespace lkj::cli
