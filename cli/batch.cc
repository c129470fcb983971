#include "cli/json_text.h"
#include "cli/batch.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

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
#include "cli/exit_codes.h"
#include "cli/messages.h"
#include "reports/batch_summary.h"

namespace lkj::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The reports of one document, in its folder; temuan.json first (the batch reads its counts).
constexpr const char* kReports[] = {"temuan.json", "laporan.html", "laporan.xlsx", "laporan.md"};

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

// The command line of the process that audits one document into `folder`.
std::vector<std::string> AuditCommand(const Item& item, const fs::path& folder, const BatchOptions& opt) {
  const ExtractOptions& x = opt.extract;
  // A file name starting with "-" must not read as an option.
  std::string input = item.input.rfind('-', 0) == 0 ? "./" + item.input : item.input;
  std::vector<std::string> args = {
      "lkj-audit", "audit", input, "--quiet", "--lang", opt.english ? "en" : "id",
      "--json", (folder / kReports[0]).string(), "--html", (folder / kReports[1]).string(),
      "--xlsx", (folder / kReports[2]).string(), "--md", (folder / kReports[3]).string(),
      "--timeout", std::to_string(opt.timeout_s), "--max-memory-mb", std::to_string(opt.max_memory_mb),
      "--max-pages", std::to_string(x.limits.max_pages), "--max-mb", std::to_string(x.limits.max_bytes >> 20),
      "-j", std::to_string(x.jobs)};
  if (!x.ocr) args.push_back("--no-ocr");
  if (x.ocr_min_dpi == x.ocr_max_dpi) args.insert(args.end(), {"--ocr-dpi", std::to_string(static_cast<int>(x.ocr_min_dpi))});
  for (const std::string& r : opt.rules_files) args.insert(args.end(), {"--rules", r});
  return args;
}

struct ChildExit {
  int code = kExitInternal;  // its exit code, when it exited
  int signal = 0;            // the signal that ended it, or 0
  std::string stderr_text;
};

// Runs this program again with `args`, its stderr captured. The child dies
// with the batch (PR_SET_PDEATHSIG), so a killed batch leaves no orphan
// writing into the output folder.
ChildExit RunSelf(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  ChildExit result;
  int fds[2];
  // Close-on-exec: a pipe must not leak into the children of other workers.
  if (::pipe2(fds, O_CLOEXEC) != 0) return result;
  pid_t parent = ::getpid();
  pid_t pid = ::fork();
  if (pid == 0) {  // only async-signal-safe calls until exec
    ::dup2(fds[1], STDERR_FILENO);
    int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) ::dup2(null, STDOUT_FILENO);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(kExitInternal);
    ::execv("/proc/self/exe", argv.data());
    ::_exit(kExitInternal);
  }
  ::close(fds[1]);
  if (pid < 0) {
    ::close(fds[0]);
    return result;
  }
  char buf[4096];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) != 0;) {
    if (n > 0) result.stderr_text.append(buf, static_cast<size_t>(n));
    else if (errno != EINTR) break;
  }
  ::close(fds[0]);
  int wstatus = 0;
  while (::waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(wstatus)) result.code = WEXITSTATUS(wstatus);
  if (WIFSIGNALED(wstatus)) result.signal = WTERMSIG(wstatus);
  return result;
}

// The child's last message, without the program name.
std::string LastLine(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  text = text.substr(text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1);
  const std::string prefix = "lkj-audit: ";
  return text.rfind(prefix, 0) == 0 ? text.substr(prefix.size()) : text;
}

json AuditItem(const Item& item, const fs::path& folder, const BatchOptions& opt) {
  auto start = std::chrono::steady_clock::now();
  ChildExit child = RunSelf(AuditCommand(item, folder, opt));
  json status = {{"input", item.input}, {"size", item.size}, {"mtime", item.mtime}};
  bool audited = child.signal == 0 && (child.code == kExitOk || child.code == kExitFindings);
  if (audited) {
    std::ifstream in(folder / kReports[0]);
    json findings = json::parse(in, nullptr, /*allow_exceptions=*/false);
    audited = findings.is_object() && findings.contains("summary");
    if (audited) {
      status["ok"] = true;
      status["pages"] = findings["document"].value("pages", 0);
      status["errors"] = findings["summary"].value("error", 0);
      status["warnings"] = findings["summary"].value("warning", 0);
      status["info"] = findings["summary"].value("info", 0);
    }
  }
  if (!audited) {
    status["ok"] = false;
    status["code"] = child.signal ? kExitInternal : child.code;
    std::string said = LastLine(child.stderr_text);
    if (child.signal)
      said = (opt.english ? "internal error: stopped by signal " : "galat internal: berhenti karena sinyal ") +
             std::to_string(child.signal) + (said.empty() ? "" : " (" + said + ")");
    status["problem"] = said.empty() ? (opt.english ? "internal error" : "galat internal") : said;
    // A document that failed has no reports: none half-done beside its status.
    std::error_code ec;
    for (const char* name : kReports) fs::remove(folder / name, ec);
  }
  status["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return status;
}

}  // namespace

int RunBatch(const BatchOptions& opt) {
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
      statuses[i] = AuditItem(items[i], folder, opt);
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
