#!/usr/bin/env python3
"""The reference LKj's HTML report as a browser shows it.

Runs the GoogleTest that renders the report (with LKJ_HTML_OUT set so it writes
the HTML), opens the file in headless Chromium, and checks from the DOM after
load that every finding is there and every picture decoded; saves a
screenshot for a human to look at.

    html_browser_test.py BUILD/tests/html_report_test SCREENSHOT.png

Plain Python 3 standard library. Exits 1 when a check fails or Chromium is
missing (/usr/bin/chromium; Debian package "chromium").
"""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile

CHROMIUM = "/usr/bin/chromium"
GTEST_FILTER = "HtmlReport.ReferenceReportHasEveryFindingWithItsPicture"


class Dom(html.parser.HTMLParser):
    """Collects findings and images from Chromium's --dump-dom output."""

    def __init__(self):
        super().__init__()
        self.findings = []  # (id, severity)
        self.images = []  # (finding id or None, data-loaded, has data URI)
        self.scripts = 0
        self._stack = []  # finding ids of open <article> elements

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "article":
            fid = a.get("id") if "finding" in classes else None
            self._stack.append(fid)
            if fid:
                self.findings.append((fid, a.get("data-severity")))
        elif tag == "img":
            owner = next((f for f in reversed(self._stack) if f), None)
            src = a.get("src") or ""
            self.images.append((owner, a.get("data-loaded"), src.startswith("data:image/png;base64,")))
        elif tag == "script":
            self.scripts += 1

    def handle_endtag(self, tag):
        if tag == "article" and self._stack:
            self._stack.pop()


def chromium(profile, *args):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--user-data-dir=" + profile, "--virtual-time-budget=5000", *args]
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)


def main():
    if len(sys.argv) != 3:
        print("usage: html_browser_test.py HTML_REPORT_TEST_BINARY SCREENSHOT.png", file=sys.stderr)
        return 2
    gtest, screenshot = sys.argv[1], os.path.abspath(sys.argv[2])
    if not os.path.exists(CHROMIUM):
        print(CHROMIUM + " is missing (apt-get install chromium); 0 passed, 1 failed")
        return 1

    passed, failed = 0, 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL: " + what)

    work = tempfile.mkdtemp(prefix="lkj-html-")
    try:
        page = os.path.join(work, "report.html")
        env = dict(os.environ, LKJ_HTML_OUT=page)
        run = subprocess.run([gtest, "--gtest_filter=" + GTEST_FILTER], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, timeout=600)
        check(run.returncode == 0 and os.path.exists(page), "report test ran and wrote the HTML")
        if not os.path.exists(page):
            sys.stdout.write(run.stdout.decode("utf-8", "replace")[-3000:])
            print("%d passed, %d failed" % (passed, failed))
            return 1
        with open(page, encoding="utf-8") as f:
            source = f.read()
        expected_findings = source.count('<article class="finding ')
        url = "file://" + page

        # Each Chromium run gets its own new profile: nothing carried over.
        dump = chromium(tempfile.mkdtemp(dir=work), "--dump-dom", url)
        check(dump.returncode == 0 and dump.stdout, "chromium --dump-dom produced a DOM")
        dom = Dom()
        dom.feed(dump.stdout.decode("utf-8", "replace"))
        check(expected_findings > 0, "the report has findings")
        check(len(dom.findings) == expected_findings,
              "every finding in the DOM (%d of %d)" % (len(dom.findings), expected_findings))
        ids = [fid for fid, _ in dom.findings]
        check(len(set(ids)) == len(ids), "finding ids are unique")
        check(all(sev in ("error", "warning", "info") for _, sev in dom.findings), "every finding has a severity")
        check(len(dom.images) > 0, "the report has pictures")
        not_loaded = [(owner, state) for owner, state, _ in dom.images if state != "1"]
        check(not not_loaded, "every picture loaded (data-loaded=1); not: %s" % not_loaded[:5])
        check(all(owner for owner, _, _ in dom.images), "every picture belongs to a finding")
        check(all(data for _, _, data in dom.images), "every picture is an inline PNG")
        pictured = {owner for owner, _, _ in dom.images}
        check(len(pictured) >= len(ids) * 9 // 10,
              "most findings have a picture (%d of %d)" % (len(pictured), len(ids)))
        check(dom.scripts == 1, "only the report's own script (%d)" % dom.scripts)

        if os.path.exists(screenshot):
            os.remove(screenshot)
        os.makedirs(os.path.dirname(screenshot) or ".", exist_ok=True)
        shot = chromium(tempfile.mkdtemp(dir=work), "--screenshot=" + screenshot, "--window-size=1280,2000",
                        "--hide-scrollbars", url)
        check(shot.returncode == 0 and os.path.exists(screenshot) and os.path.getsize(screenshot) > 10000,
              "screenshot saved to " + screenshot)
        if failed:
            sys.stdout.write(dump.stderr.decode("utf-8", "replace")[-2000:])
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
