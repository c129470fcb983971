#!/usr/bin/env python3
"""Time lkj-audit against the pdftotext floor, as whole processes.

For each command: one untimed warm-up run, then --runs timed runs. Wall time
is time.perf_counter() from the command's start to its exit; peak RSS comes
from os.wait4()'s rusage of that very child (ru_maxrss, KiB on Linux), spawned
so that this script's own memory does not leak into it (see run_once). Children get
OMP_THREAD_LIMIT=1 so Tesseract/OpenMP cannot fan out across cores.

Commands timed (OUT files go to a private temp dir, removed afterwards):
  pdftotext  pdftotext -layout REF.pdf OUT.txt          (the floor)
  extract    lkj-audit extract REF.pdf --json OUT.json
  audit      lkj-audit audit   REF.pdf --json OUT.json  (only with --with-audit)

Exit status: 0 when it measured (it reports, it does not judge the goals),
2 when a command failed or an input is missing.
Stdlib only; see bench/README.md.
"""

import argparse
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PDF = os.path.join("fixtures", "reference", "lkj-2024-disdukcapil-belitung.pdf")
DEFAULT_BIN = os.path.join("build", "lkj-audit")
GOAL_RATIO = 3.00      # extract median / pdftotext median
GOAL_AUDIT_PCT = 30.0  # audit median over extract median, percent


class CommandFailed(Exception):
    pass


def rel(path):
    """Path relative to the cwd when that is shorter, for display."""
    try:
        r = os.path.relpath(path)
    except ValueError:
        return path
    return r if len(r) < len(path) else path


def default_path(p):
    """Defaults are relative to the repo root, so the script runs from anywhere."""
    return os.path.join(REPO, p)


def first_line(path):
    try:
        with open(path, "rb") as f:
            for raw in f:
                line = raw.decode("utf-8", "replace").strip()
                if line:
                    return line
    except OSError:
        pass
    return "(no stderr output)"


def read_text(path, limit=4096):
    try:
        with open(path, "rb") as f:
            return f.read(limit).decode("utf-8", "replace")
    except OSError:
        return ""


# --- spawning -----------------------------------------------------------------
#
# Why not just posix_spawn + wait4? Linux folds the *spawner's* memory
# high-water mark into the child's ru_maxrss at exec time (exec_mmap records the
# old mm's hiwater, and a vfork/fork child's old mm is this Python process).
# Every directly spawned child would so report >= ~14 MiB, which is more than
# pdftotext's real peak. Instead each run goes through a gate:
#
#   python --spawn--> sh --fork--> T: waits on the gate pipe, then execs the command
#            sh prints T's pid and exits; T is re-parented to us
#            (PR_SET_CHILD_SUBREAPER), we open the gate and start the clock,
#            and os.wait4(T) returns T's own rusage.
#
# T was forked from dash (~1 MiB), so the RSS floor is ~1 MiB, and the clock
# covers exactly exec..exit of the command, like a direct spawn.
# Without prctl (non-Linux) it falls back to a direct spawn and says so.

GATE_SCRIPT = '{ read -r gate <&4 || exit 125; exec "$@" 4<&-; } 3>&- & echo $! >&3'
PR_SET_CHILD_SUBREAPER = 36
# exit 2 plus one of these on stderr = the binary has no such subcommand
# (English, or lkj-audit's default Indonesian "perintah tidak dikenal").
UNKNOWN_COMMAND = re.compile(r"unknown\s+(sub)?command|perintah\s+tidak\s+dikenal", re.I)
RSS_METHOD = None


def setup_rss_method():
    global RSS_METHOD
    RSS_METHOD = "direct"
    if not sys.platform.startswith("linux") or not os.path.exists("/bin/sh"):
        return RSS_METHOD
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0:
            RSS_METHOD = "gated"
    except (OSError, AttributeError, ImportError):
        pass
    return RSS_METHOD


def _read_all(fd):
    data = b""
    while True:
        b = os.read(fd, 4096)
        if not b:
            return data
        data += b


def run_once(argv, env, err_path):
    """Run argv once; return (wall_s, exit_code, maxrss_kib)."""
    stdio = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ]
    if RSS_METHOD != "gated":
        t0 = time.perf_counter()
        pid = os.posix_spawnp(argv[0], argv, env, file_actions=stdio)
        _, status, ru = os.wait4(pid, 0)
        t1 = time.perf_counter()
        return t1 - t0, os.waitstatus_to_exitcode(status), ru.ru_maxrss

    pid_r, pid_w = os.pipe()
    gate_r, gate_w = os.pipe()
    try:
        sh = os.posix_spawn("/bin/sh", ["sh", "-c", GATE_SCRIPT, "sh"] + list(argv), env,
                            file_actions=stdio + [(os.POSIX_SPAWN_DUP2, pid_w, 3),
                                                  (os.POSIX_SPAWN_DUP2, gate_r, 4)])
    finally:
        os.close(pid_w)
        os.close(gate_r)
    try:
        data = _read_all(pid_r)
    finally:
        os.close(pid_r)
    _, sh_status, _ = os.wait4(sh, 0)
    try:
        pid = int(data.strip())
    except ValueError:
        os.close(gate_w)
        raise OSError("gate shell failed (%s)" % describe_exit(os.waitstatus_to_exitcode(sh_status)))
    t0 = time.perf_counter()
    os.write(gate_w, b"\n")
    os.close(gate_w)
    _, status, ru = os.wait4(pid, 0)
    t1 = time.perf_counter()
    return t1 - t0, os.waitstatus_to_exitcode(status), ru.ru_maxrss


def resource_self_mib():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def describe_exit(code):
    if code < 0:
        return "killed by signal %d" % -code
    return "exit %d" % code


def page_count(pdf):
    """Pages according to pdfinfo; raises CommandFailed when it cannot tell."""
    import subprocess
    try:
        p = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True,
                           errors="replace", timeout=120)
    except FileNotFoundError:
        raise CommandFailed("pdfinfo: not found (install poppler-utils)")
    m = re.search(r"^Pages:\s+(\d+)", p.stdout, re.M)
    if p.returncode != 0 or not m:
        line = (p.stderr.strip().splitlines() or ["(no stderr output)"])[0]
        raise CommandFailed("pdfinfo failed (exit %d): %s" % (p.returncode, line))
    return int(m.group(1))


def tool_version(argv):
    import subprocess
    try:
        p = subprocess.run(argv, capture_output=True, text=True, errors="replace", timeout=30)
    except OSError:
        return None
    out = (p.stdout + p.stderr).strip().splitlines()
    return out[0] if out else None


def measure(name, argv, out_path, runs, env, tmp, allow_unknown=False, ok_codes=(0,)):
    """Warm-up + runs timed runs. Returns a dict of figures, or None when
    allow_unknown and the binary does not know the subcommand. ok_codes: exit
    codes that mean the command did its job (audit exits 1 on findings)."""
    err_path = os.path.join(tmp, name + ".stderr")
    walls, rss = [], []
    for i in range(runs + 1):
        if os.path.exists(out_path):
            os.unlink(out_path)
        wall, code, maxrss = run_once(argv, env, err_path)
        if code not in ok_codes:
            if (i == 0 and allow_unknown and code == 2
                    and UNKNOWN_COMMAND.search(read_text(err_path))):
                return None
            raise CommandFailed("%s failed (%s%s): %s" % (
                name, describe_exit(code), ", warm-up" if i == 0 else ", run %d" % i,
                first_line(err_path)))
        if i == 0:
            continue  # warm-up: page cache, dynamic loader, traineddata
        walls.append(wall)
        rss.append(maxrss)
    return {
        "argv": argv,
        "wall_ms": [round(w * 1000.0, 3) for w in walls],
        "median_ms": statistics.median(walls) * 1000.0,
        "min_ms": min(walls) * 1000.0,
        "peak_rss_mib": max(rss) / 1024.0,
        "wrote_output": os.path.exists(out_path),
    }


def main():
    ap = argparse.ArgumentParser(
        prog="bench.py",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Benchmark lkj-audit against the pdftotext floor (whole processes).",
        epilog="""\
what it runs (each: 1 untimed warm-up + N timed runs, OMP_THREAD_LIMIT=1):
  pdftotext -layout REF.pdf OUT.txt           the floor
  lkj-audit extract REF.pdf --json OUT.json
  lkj-audit audit REF.pdf --json OUT.json     with --with-audit only; if the
                                              binary answers exit 2 "unknown
                                              command", prints "audit: not
                                              available" and goes on

output: per command median and min wall ms, pages/s (pages / median s),
peak RSS MiB (max over runs); then
  ratio extract/pdftotext: X.XX (goal <= 3.00)
  audit adds: +NN% over extract (goal <= 30%)      (with --with-audit)

exit status: 0 measured (goals are reported, not enforced);
             2 a command failed or an input is missing.

example: python3 bench/bench.py --runs 5 --json /tmp/bench.json""")
    ap.add_argument("--pdf", help="reference PDF (default: <repo>/%s)" % DEFAULT_PDF)
    ap.add_argument("--bin", help="lkj-audit binary (default: <repo>/%s)" % DEFAULT_BIN)
    ap.add_argument("--runs", type=int, default=7, metavar="N",
                    help="timed runs per command, after 1 warm-up (default 7)")
    ap.add_argument("--with-audit", action="store_true",
                    help="also time 'lkj-audit audit REF.pdf --json OUT.json'")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be >= 1")

    pdf = os.path.abspath(args.pdf) if args.pdf else default_path(DEFAULT_PDF)
    binary = os.path.abspath(args.bin) if args.bin else default_path(DEFAULT_BIN)

    if not os.path.isfile(pdf):
        print("bench: reference PDF not found: %s (pass --pdf)" % rel(pdf), file=sys.stderr)
        return 2
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        print("bench: lkj-audit binary not found or not executable: %s "
              "(build it first, or pass --bin)" % rel(binary), file=sys.stderr)
        return 2

    try:
        pages = page_count(pdf)
    except CommandFailed as e:
        print("bench: %s" % e, file=sys.stderr)
        return 2

    setup_rss_method()
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"

    results = {}
    audit_available = None
    with tempfile.TemporaryDirectory(prefix="lkj-bench-") as tmp:
        txt = os.path.join(tmp, "out.txt")
        ex_json = os.path.join(tmp, "extract.json")
        au_json = os.path.join(tmp, "audit.json")
        plan = [
            ("pdftotext", ["pdftotext", "-layout", pdf, txt], txt, False),
            ("extract", [binary, "extract", pdf, "--json", ex_json], ex_json, False),
        ]
        if args.with_audit:
            plan.append(("audit", [binary, "audit", pdf, "--json", au_json], au_json, True))
        try:
            for name, argv, out, allow_unknown in plan:
                print("bench: timing %s ..." % name, file=sys.stderr, flush=True)
                r = measure(name, argv, out, args.runs, env, tmp, allow_unknown,
                            ok_codes=(0, 1) if name == "audit" else (0,))
                if name == "audit":
                    audit_available = r is not None
                    if r is None:
                        print("bench: audit: unknown command, skipped", file=sys.stderr)
                        continue
                r["pages_per_s"] = pages / (r["median_ms"] / 1000.0) if r["median_ms"] > 0 else None
                results[name] = r
                if not r["wrote_output"]:
                    print("bench: warning: %s exited 0 but wrote no %s"
                          % (name, os.path.basename(out)), file=sys.stderr)
        except CommandFailed as e:
            print("bench: %s" % e, file=sys.stderr)
            return 2
        except OSError as e:
            print("bench: cannot run %s: %s" % (name, e), file=sys.stderr)
            return 2

    size_mib = os.path.getsize(pdf) / (1024.0 * 1024.0)
    print("bench: %s (%d pages, %.2f MiB), %d runs + 1 warm-up each, OMP_THREAD_LIMIT=1"
          % (rel(pdf), pages, size_mib, args.runs))
    print("bench: binary %s" % rel(binary))
    if RSS_METHOD != "gated":
        print("bench: note: direct spawn; peak RSS includes this script's own ~%.0f MiB as a floor"
              % (resource_self_mib()))
    print()
    print("%-10s %10s %10s %10s %13s" % ("command", "median ms", "min ms", "pages/s", "peak RSS MiB"))
    for name in ("pdftotext", "extract", "audit"):
        r = results.get(name)
        if r is None:
            continue
        pps = "%.1f" % r["pages_per_s"] if r["pages_per_s"] is not None else "-"
        print("%-10s %10.1f %10.1f %10s %13.1f"
              % (name, r["median_ms"], r["min_ms"], pps, r["peak_rss_mib"]))
    print()

    ratio = results["extract"]["median_ms"] / results["pdftotext"]["median_ms"]
    print("ratio extract/pdftotext: %.2f (goal <= %.2f)" % (ratio, GOAL_RATIO))
    audit_pct = None
    if audit_available is False:
        print("audit: not available")
    if "audit" in results:
        audit_pct = (results["audit"]["median_ms"] / results["extract"]["median_ms"] - 1.0) * 100.0
        print("audit adds: %+.0f%% over extract (goal <= %.0f%%)" % (audit_pct, GOAL_AUDIT_PCT))

    if args.json:
        doc = {
            "pdf": pdf,
            "pdf_bytes": os.path.getsize(pdf),
            "pages": pages,
            "binary": binary,
            "runs": args.runs,
            "warmup_runs": 1,
            "env": {"OMP_THREAD_LIMIT": "1"},
            "rss_method": RSS_METHOD,
            "host": {
                "python": platform.python_version(),
                "machine": platform.machine(),
                "cpus": os.cpu_count(),
                "pdftotext": tool_version(["pdftotext", "-v"]),
            },
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "commands": results,
            "ratio_extract_pdftotext": ratio,
            "goal_ratio_max": GOAL_RATIO,
            "audit_available": audit_available,
            "audit_overhead_pct": audit_pct,
            "goal_audit_overhead_pct_max": GOAL_AUDIT_PCT,
        }
        try:
            with open(args.json, "w") as f:
                json.dump(doc, f, indent=2)
                f.write("\n")
        except OSError as e:
            print("bench: cannot write %s: %s" % (args.json, e), file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
