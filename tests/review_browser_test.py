#!/usr/bin/env python3
"""The reviewer's judgements in the HTML report, as a browser runs them.

Writes the reference LKj's report with `lkj-audit audit --html`, then drives
it in headless Chromium from a harness page that holds the report in a frame
(file:// pages may script each other only with --allow-file-access-from-files
and --disable-web-security, which the harness profile sets): marks three
findings (must fix with a note, not a problem with a reason, must fix), clicks
"Ekspor keputusan.json" and captures the download, reloads the report (the
marks come back from the browser's storage), clears the storage and reloads
(no marks), imports the exported file through the file input, and reads the
marks again. The harness writes what it saw into its own DOM, which
--dump-dom returns. Then the exported file is fed back to the CLI
(`audit --keputusan`) and the new report opened in a fresh profile: the marks
are set from the file and the "bukan masalah" finding sits in the accepted
section.

    review_browser_test.py LKJ_AUDIT_BINARY SOURCE_DIR

Plain Python 3 standard library. Exits 1 when a check fails or Chromium is
missing (/usr/bin/chromium; Debian package "chromium").
"""
import hashlib
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

CHROMIUM = "/usr/bin/chromium"
PDF = "fixtures/reference/lkj-2024-disdukcapil-belitung.pdf"
# A note with markup in it: it must come back as text, never as markup.
NOTE = 'Jumlah salah; lihat <script>alert("x")</script> & Lampiran I'
REASON = "angka di Lampiran adalah pagu perubahan"

HARNESS = r"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<iframe id="f" src="report.html" style="width:1200px;height:800px"></iframe>
<pre id="result"></pre>
<script>
var f = document.getElementById('f'), out = {steps: []};
function loaded() { return new Promise(function (r) { f.onload = function () { r(); }; }); }
function doc() { return f.contentDocument; }
function arts() { return Array.prototype.slice.call(doc().querySelectorAll('article.finding[data-id]')); }
function marks() {
  var m = {};
  arts().forEach(function (a) {
    var r = a.querySelector('.judge input[type=radio]:checked');
    var k = {status: r ? r.value : null, alasan: a.querySelector('.judge .alasan').value,
             catatan: a.querySelector('.judge .catatan').value, cls: a.className};
    if (k.status !== 'terbuka' || k.alasan || k.catatan) m[a.dataset.id] = k;
  });
  return m;
}
function choose(a, status) {
  a.querySelector('.judge input[type=radio][value=' + status + ']').click();
}
function type(el, text) {
  el.focus(); el.value = text; el.dispatchEvent(new Event('input', {bubbles: true}));
}
function finish() { document.getElementById('result').textContent = JSON.stringify(out); }
async function run() {
  await loaded();
  var a = arts();
  out.ids = a.slice(0, 3).map(function (x) { return x.dataset.id; });
  out.hash = doc().body.dataset.docHash;
  out.initial = marks();
  choose(a[0], 'perlu_diperbaiki'); type(a[0].querySelector('.catatan'), NOTE);
  choose(a[1], 'bukan_masalah'); type(a[1].querySelector('.alasan'), REASON);
  choose(a[2], 'perlu_diperbaiki');
  out.marked = marks();
  out.count = doc().getElementById('jcount').textContent;
  // The export: capture the download the button makes.
  var w = f.contentWindow, clicked = null;
  var original = w.HTMLAnchorElement.prototype.click;
  w.HTMLAnchorElement.prototype.click = function () { clicked = {href: this.href, download: this.download}; };
  doc().getElementById('jexport').click();
  w.HTMLAnchorElement.prototype.click = original;
  out.download = clicked && clicked.download;
  out.exported = clicked ? await (await w.fetch(clicked.href)).text() : null;
  // Reload: the marks come back from the browser's storage.
  var l = loaded(); w.location.reload(); await l;
  out.after_reload = marks();
  // Storage cleared and reloaded: nothing marked.
  f.contentWindow.localStorage.clear();
  l = loaded(); f.contentWindow.location.reload(); await l;
  out.after_clear = marks();
  // Import the exported file through the file input.
  var input = doc().getElementById('jimport');
  var dt = new f.contentWindow.DataTransfer();
  dt.items.add(new f.contentWindow.File([out.exported], 'keputusan.json', {type: 'application/json'}));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
  // Reading the file is real work that virtual time does not wait for: poll
  // long (a sanitizer build under load took over a second).
  for (var i = 0; i < 2000 && !doc().getElementById('jstatus').textContent; ++i)
    await new Promise(function (r) { setTimeout(r, 20); });
  out.import_status = doc().getElementById('jstatus').textContent;
  out.after_import = marks();
  // A file that is not keputusan.json changes nothing.
  dt = new f.contentWindow.DataTransfer();
  dt.items.add(new f.contentWindow.File(['{"keputusan": 1}'], 'x.json', {type: 'application/json'}));
  input.files = dt.files;
  doc().getElementById('jstatus').textContent = '';
  input.dispatchEvent(new Event('change', {bubbles: true}));
  for (var i = 0; i < 2000 && !doc().getElementById('jstatus').textContent; ++i)
    await new Promise(function (r) { setTimeout(r, 20); });
  out.bad_status = doc().getElementById('jstatus').textContent;
  out.after_bad = marks();
}
var NOTE = __NOTE__, REASON = __REASON__;
run().then(finish, function (e) { out.error = String(e && e.stack || e); finish(); });
</script></body></html>
"""


class Result(html.parser.HTMLParser):
    """The harness's <pre id=result>, or a report's judged articles."""

    def __init__(self):
        super().__init__()
        self.result = ""
        self._in = False
        self.articles = []  # (id, classes, in accepted section, checked status)
        self._section_accepted = []
        self._article = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "pre" and a.get("id") == "result":
            self._in = True
        if tag == "section":
            self._section_accepted.append("accepted" in (a.get("class") or "").split())
        if tag == "article" and a.get("data-id"):
            self._article = [a.get("data-id"), a.get("class"), any(self._section_accepted), None]
            self.articles.append(self._article)
        if tag == "input" and self._article is not None and a.get("type") == "radio" and "checked" in a:
            self._article[3] = a.get("value")

    def handle_endtag(self, tag):
        if tag == "pre":
            self._in = False
        if tag == "section" and self._section_accepted:
            self._section_accepted.pop()
        if tag == "article":
            self._article = None

    def handle_data(self, data):
        if self._in:
            self.result += data


def js_string(text):
    """A JavaScript string literal that is safe inside <script>."""
    return json.dumps(text).replace("</", "<\\/")


def chromium(profile, url, *extra):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--user-data-dir=" + profile, "--virtual-time-budget=120000", *extra, "--dump-dom", url]
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)


def main():
    if len(sys.argv) != 3:
        print("usage: review_browser_test.py LKJ_AUDIT SOURCE_DIR", file=sys.stderr)
        return 2
    binary, source = os.path.abspath(sys.argv[1]), sys.argv[2]
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

    pdf = os.path.join(source, PDF)
    with open(pdf, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    work = tempfile.mkdtemp(prefix="lkj-review-")
    try:
        report = os.path.join(work, "report.html")
        run = subprocess.run([binary, "audit", pdf, "--html", report], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, timeout=600)
        check(run.returncode == 1 and os.path.exists(report), "audit wrote the report (exit 1: it has errors)")
        harness = os.path.join(work, "harness.html")
        with open(harness, "w", encoding="utf-8") as f:
            f.write(HARNESS.replace("__NOTE__", js_string(NOTE)).replace("__REASON__", js_string(REASON)))
        dump = chromium(tempfile.mkdtemp(dir=work), "file://" + harness, "--allow-file-access-from-files",
                        "--disable-web-security")
        parsed = Result()
        parsed.feed(dump.stdout.decode("utf-8", "replace"))
        try:
            out = json.loads(parsed.result)
        except ValueError:
            out = {}
        check("error" not in out and "after_import" in out,
              "the harness ran to the end: %s" % (out.get("error") or parsed.result[:300] or dump.stderr[-800:]))
        if "after_import" not in out:
            print("%d passed, %d failed" % (passed, failed))
            return 1
        ids = out["ids"]
        want = {ids[0]: ("perlu_diperbaiki", "", NOTE), ids[1]: ("bukan_masalah", REASON, ""),
                ids[2]: ("perlu_diperbaiki", "", "")}

        def same(m, what):
            got = {k: (v["status"], v["alasan"], v["catatan"]) for k, v in m.items()}
            check(got == want, "%s: marks %s, want %s" % (what, got, want))

        check(len(set(ids)) == 3, "three different findings marked")
        check(out["hash"] == sha, "the report is keyed by the PDF's SHA-256")
        check(out["initial"] == {}, "a new report has no marks")
        same(out["marked"], "after marking")
        check("perlu diperbaiki" in out["count"] and out["count"].startswith("2 "),
              "the counter shows 2 to fix: %r" % out["count"])
        check("j-fix" in out["marked"][ids[0]]["cls"] and "j-ok" in out["marked"][ids[1]]["cls"],
              "marked findings are styled as judged")
        check(out["download"] == "keputusan.json", "the export downloads keputusan.json")
        exported = json.loads(out["exported"] or "{}")
        check(exported.get("format") == "lkj-audit/keputusan" and exported.get("version") == 1,
              "the export is a keputusan.json")
        check(exported.get("document", {}).get("sha256") == sha, "the export names the document's SHA-256")
        entries = exported.get("keputusan", {})
        check({k: (v["status"], v["alasan"], v["catatan"]) for k, v in entries.items()} == want,
              "the export holds exactly the three marks")
        check(all(v.get("rule") and v.get("letak") and v.get("page") for v in entries.values()),
              "each exported entry says which point it is (rule, place, page)")
        same(out["after_reload"], "after reload")
        check(out["after_clear"] == {}, "storage cleared: no marks")
        same(out["after_import"], "after import")
        check(out["import_status"].startswith("3 "), "the import says 3 applied: %r" % out["import_status"])
        check(out["bad_status"].startswith("Berkas bukan keputusan.json"), "a wrong file is refused: %r" % out["bad_status"])
        same(out["after_bad"], "after a refused file")

        # The exported file carried into the CLI: the report shows the marks.
        keputusan = os.path.join(work, "keputusan.json")
        with open(keputusan, "w", encoding="utf-8") as f:
            f.write(out["exported"])
        judged = os.path.join(work, "judged.html")
        run = subprocess.run([binary, "audit", pdf, "--keputusan", keputusan, "--html", judged],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
        check(run.returncode == 1 and os.path.exists(judged), "audit --keputusan wrote the report")
        check(b"3 dari 3 keputusan diterapkan" in run.stderr, "the CLI says 3 of 3 applied: %r" % run.stderr[-200:])
        dump = chromium(tempfile.mkdtemp(dir=work), "file://" + judged)
        arts = Result()
        arts.feed(dump.stdout.decode("utf-8", "replace"))
        status = {a[0]: (a[3], a[2]) for a in arts.articles}
        check(status.get(ids[0]) == ("perlu_diperbaiki", False), "must-fix mark set from the file: %s" % (status.get(ids[0]),))
        check(status.get(ids[1]) == ("bukan_masalah", True), "not-a-problem finding in the accepted section")
        check(status.get(ids[2]) == ("perlu_diperbaiki", False), "second must-fix mark set from the file")
        classes = {a[0]: a[1] for a in arts.articles}
        check("j-fix" in (classes.get(ids[0]) or ""), "the script styles the judged finding on load")
        check(b"<script>alert" not in dump.stdout, "the note stays text in the DOM")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
