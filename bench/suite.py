#!/usr/bin/env python3
"""The whole speed picture in one run (issue 12): medians of

  pdftotext -layout X.pdf OUT.txt            the floor
  lkj-audit extract X.pdf --json OUT.json
  lkj-audit audit   X.pdf --json OUT.json
  lkj-audit audit   X.pdf --html OUT.html

on the reference LKj and each real fixture (fixtures/real/*.pdf), each as a
ratio to pdftotext; then a scaling series: the reference repeated with
pdfunite to 64, 640 and 3,200 pages, with time and peak RSS of each command
and the time ratio to the 64-page run; and the 640-page document audited on
one thread and on two (-j 1, -j 2). lkj-audit runs with its own default of
one thread per core unless --jobs N says otherwise.

Whole processes, timed and measured exactly as bench/bench.py does (one
warm-up, then --runs runs; peak RSS from wait4 of the very child,
OMP_THREAD_LIMIT=1). The long documents of the series run --series-runs
times (default 1) after no warm-up beyond the 64-page one.

  python3 bench/suite.py [--bin build/lkj-audit] [--runs 3] [--series 64,640,3200] [--jobs N] [--json FILE]

Exit status: 0 measured (goals are printed, not enforced), 2 a command failed.
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (measure, run_once, page_count: one way of timing)

COMMANDS = ("pdftotext", "extract", "audit --json", "audit --html")
GOALS = {"audit --json": 2.0, "audit --html": 4.0}  # x pdftotext (issue 12)
GOAL_3200_OVER_64 = 55.0
GOAL_PEAK_MIB = 300.0
GOAL_J2_OVER_J1 = 1.7  # audit --json on the 640-page series document


def argv_of(command, binary, pdf, out, jobs=None):
    """The command line; `jobs` adds -j (lkj-audit's default: one thread per core)."""
    j = ["-j", str(jobs)] if jobs else []
    return {
        "pdftotext": ["pdftotext", "-layout", pdf, out],
        "extract": [binary, "extract", pdf, "--json", out] + j,
        "audit --json": [binary, "audit", pdf, "--json", out] + j,
        "audit --html": [binary, "audit", pdf, "--html", out] + j,
    }[command]


def time_document(pdf, binary, runs, env, tmp, warmup=True, jobs=None, commands=COMMANDS):
    """{command: figures} for one PDF."""
    out = {}
    for command in commands:
        target = os.path.join(tmp, "out." + command.split()[-1].lstrip("-"))
        argv = argv_of(command, binary, pdf, target, jobs)
        name = command.replace(" --", "-")
        if warmup:
            out[command] = bench.measure(name, argv, target, runs, env, tmp, ok_codes=(0, 1))
        else:  # the long series: no warm-up run, it would double the time
            walls, rss = [], []
            for _ in range(runs):
                wall, code, maxrss = bench.run_once(argv, env, os.path.join(tmp, name + ".stderr"))
                if code not in (0, 1):
                    raise bench.CommandFailed("%s failed (%s) on %s" % (name, bench.describe_exit(code), pdf))
                walls.append(wall)
                rss.append(maxrss)
            walls.sort()
            out[command] = {"median_ms": walls[len(walls) // 2] * 1000.0, "peak_rss_mib": max(rss) / 1024.0}
    return out


def repeated(reference, pages, ref_pages, tmp):
    """The reference repeated to `pages` pages (a multiple of its own)."""
    path = os.path.join(tmp, "ref-%d.pdf" % pages)
    subprocess.run(["pdfunite"] + [reference] * (pages // ref_pages) + [path], check=True)
    return path


def print_table(title, rows):
    print(title)
    print("%-44s %5s %-13s %10s %8s %9s" % ("document", "pages", "command", "median ms", "x floor", "peak MiB"))
    for doc, pages, figures in rows:
        floor = figures["pdftotext"]["median_ms"]
        for command in COMMANDS:
            f = figures[command]
            print("%-44s %5d %-13s %10.1f %8.2f %9.1f" % (doc[:44], pages, command, f["median_ms"],
                                                         f["median_ms"] / floor, f["peak_rss_mib"]))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=bench.default_path(bench.DEFAULT_BIN))
    ap.add_argument("--runs", type=int, default=3, help="timed runs per command and document (default 3)")
    ap.add_argument("--series", default="64,640,3200", help="pages of the scaling series (multiples of the reference's)")
    ap.add_argument("--series-runs", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=None,
                    help="lkj-audit's -j for every run (default: its own, one thread per core)")
    ap.add_argument("--json", metavar="FILE", help="also write every figure as JSON")
    args = ap.parse_args()
    bench.setup_rss_method()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    reference = bench.default_path(bench.DEFAULT_PDF)
    real = sorted(glob.glob(bench.default_path("fixtures/real/*.pdf")))
    report = {"documents": [], "series": []}
    try:
        with tempfile.TemporaryDirectory(prefix="lkj-suite-") as tmp:
            for pdf in [reference] + real:
                print("suite: %s ..." % os.path.basename(pdf), file=sys.stderr, flush=True)
                report["documents"].append((os.path.basename(pdf), bench.page_count(pdf),
                                            time_document(pdf, args.bin, args.runs, env, tmp, jobs=args.jobs)))
            ref_pages = bench.page_count(reference)
            for pages in (int(p) for p in args.series.split(",")):
                print("suite: %d pages ..." % pages, file=sys.stderr, flush=True)
                pdf = reference if pages == ref_pages else repeated(reference, pages, ref_pages, tmp)
                first = pages == ref_pages
                figures = time_document(pdf, args.bin, args.runs if first else args.series_runs, env, tmp,
                                        warmup=first, jobs=args.jobs)
                report["series"].append(("reference x%d" % (pages // ref_pages), bench.page_count(pdf), figures))
                if pages == 10 * ref_pages:  # pages within one document on one thread, then two
                    print("suite: %d pages, -j 1 and -j 2 ..." % pages, file=sys.stderr, flush=True)
                    report["threads"] = {j: time_document(pdf, args.bin, max(3, args.series_runs), env, tmp, warmup=False,
                                                          jobs=j, commands=("audit --json",))["audit --json"]
                                         for j in (1, 2)}
                if not first:
                    os.unlink(pdf)
    except (bench.CommandFailed, OSError, subprocess.CalledProcessError) as e:
        print("suite: %s" % e, file=sys.stderr)
        return 2

    print("bench/suite.py: %d runs (medians) per document, series %s run(s); OMP_THREAD_LIMIT=1; binary %s; "
          "lkj-audit -j %s on %d cores\n" % (args.runs, args.series_runs, bench.rel(args.bin),
                                            args.jobs or "(default)", os.cpu_count()))
    print_table("Documents (x floor: median over pdftotext -layout's)", report["documents"])
    print_table("Scaling: the reference repeated with pdfunite", report["series"])
    base = report["series"][0][2]
    print("%-13s %s" % ("time vs 64", "  ".join("%d p: %s" % (p, ", ".join(
        "%s %.1fx" % (c, f[c]["median_ms"] / base[c]["median_ms"]) for c in COMMANDS[1:])) for _, p, f in report["series"][1:])))
    ref = report["documents"][0][2]
    for command, goal in GOALS.items():
        print("goal %-13s <= %.1fx pdftotext on the reference: %.2fx" % (command, goal, ref[command]["median_ms"] / ref["pdftotext"]["median_ms"]))
    last = report["series"][-1][2]
    print("goal 3,200 pages within %.0fx of 64 (audit --json): %.1fx; peak memory < %.0f MiB: %.1f MiB"
          % (GOAL_3200_OVER_64, last["audit --json"]["median_ms"] / base["audit --json"]["median_ms"], GOAL_PEAK_MIB,
             max(f["peak_rss_mib"] for c, f in last.items() if c != "pdftotext")))
    if "threads" in report:
        t = report["threads"]
        print("goal -j 2 at least %.1fx faster than -j 1 (audit --json, 640 pages): %.2fx (%.0f ms, %.0f ms)"
              % (GOAL_J2_OVER_J1, t[1]["median_ms"] / t[2]["median_ms"], t[1]["median_ms"], t[2]["median_ms"]))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
