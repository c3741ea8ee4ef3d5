#!/usr/bin/env python3
"""`selaras report` in real headless Chromium: what a person sees when they open the page.

    python3 scripts/browser_report_test.py target/debug/selaras [--chromium PATH]
        [--screenshot-out docs/report.png]

Builds nothing: give it the `selaras` binary. Needs Debian's `chromium` (or --chromium PATH /
$CHROMIUM). Standard library only. Exits 1 when a check fails, 2 when it cannot run.

Checks:
  article    the bundled article's report, as the DOM after the page's script ran (--dump-dom):
             the script was allowed by the page's CSP, 27 beads, exactly the three findings
             (addition at target sentence 14, the "MEMBACA" link; omissions of source sentences
             17 and 24), and the words of a finding marked
  screenshot --screenshot of the report: a PNG whose IHDR says the window size asked for
  escaping   a pair holding <script> and "><img onerror=...> (in the texts and the file names):
             shown literally, no element made of them, the title unchanged
  keyboard   over the DevTools protocol (--remote-debugging-pipe): n moves to the next finding,
             p to the previous one, the filters hide beads and n follows them
"""

import argparse
import html.parser
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "corpora" / "zelensky-peace-talks"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
HOSTILE_SCRIPT = "<script>document.title='pwned'</script>"
HOSTILE_IMG = "\"><img src=x onerror=\"document.title='pwned'\">"

FAILURES = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        FAILURES.append(what)
    return condition


class Dom(html.parser.HTMLParser):
    """The elements of a dumped DOM: tag, attributes, text inside, and counts per tag."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, attrs, text parts list)
        self.open = []
        self.counts = {}
        self.title = ""
        self.feed(text)
        self.close()

    VOID = {"meta", "link", "br", "img", "input", "col", "hr", "source", "wbr"}

    def handle_starttag(self, tag, attrs):
        self.counts[tag] = self.counts.get(tag, 0) + 1
        element = (tag, dict(attrs), [])
        self.elements.append(element)
        if tag not in self.VOID:
            self.open.append(element)

    def handle_endtag(self, tag):
        for k in range(len(self.open) - 1, -1, -1):
            if self.open[k][0] == tag:
                del self.open[k:]
                break

    def handle_data(self, data):
        for element in self.open:
            element[2].append(data)
        if self.open and self.open[-1][0] == "title":
            self.title += data

    def find(self, tag, cls=None):
        return [
            (attrs, "".join(text))
            for t, attrs, text in self.elements
            if t == tag and (cls is None or cls in attrs.get("class", "").split())
        ]


def chromium_run(chromium, args, timeout=90):
    with tempfile.TemporaryDirectory(prefix="selaras-chromium-") as profile:
        result = subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            timeout=timeout,
        )
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode(errors="replace"))
        raise RuntimeError(f"chromium exited with {result.returncode}")
    return result.stdout.decode()


def report(selaras, src, tgt, out):
    """Runs `selaras report` from the repository root (so the article's names read as
    `corpora/...`)."""
    relative = [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in (src, tgt)]
    result = subprocess.run(
        [selaras, "report", *relative, "-o", str(out)],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise RuntimeError(f"selaras report failed: {result.stderr.decode(errors='replace')}")
    return out


def findings(dom):
    return sorted(
        (attrs.get("data-src", ""), attrs.get("data-tgt", ""), attrs.get("data-kinds", ""), text)
        for attrs, text in dom.find("tbody", "flagged")
    )


def test_article(selaras, chromium, work):
    page = report(selaras, ARTICLE / "en.txt", ARTICLE / "id.txt", work / "article.html")
    dom = Dom(chromium_run(chromium, ["--dump-dom", page.as_uri()]))
    root = dom.find("html")[0][0]
    check(root.get("data-script") == "ready", "article: the page's script ran under its CSP")
    toolbar = [a for a, _ in dom.find("nav") if a.get("id") == "toolbar"]
    check(bool(toolbar) and "hidden" not in toolbar[0], "article: the filter bar is shown")
    check(len(dom.find("tbody", "bead")) == 27, "article: 27 beads")
    found = findings(dom)
    keys = [(s, t, k) for s, t, k, _ in found]
    check(
        keys == [("", "14", "addition"), ("17", "", "omission"), ("24", "", "omission")],
        f"article: exactly the three findings (got {keys})",
    )
    addition = [text for s, t, k, text in found if t == "14"]
    check(bool(addition) and "MEMBACA" in addition[0], "article: the addition is the MEMBACA link")
    check("omission" in (found[1][3] if len(found) > 1 else ""), "article: the omission is explained")
    faithfulness = [text for attrs, text in dom.find("span") if attrs.get("id") == "faithfulness"]
    check(faithfulness == ["92.5"], f"article: faithfulness 92.5 in the header (got {faithfulness})")
    return page


def png_size(path):
    data = Path(path).read_bytes()
    if len(data) < 33 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None, len(data)
    width, height = struct.unpack(">II", data[16:24])
    return (width, height), len(data)


def test_screenshot(chromium, page, work, out=None):
    for name, url, (width, height) in [
        ("report", page.as_uri(), (1280, 900)),
        ("findings view", page.as_uri() + "#findings", (1280, 820)),
    ]:
        shot = work / f"shot-{width}x{height}.png"
        chromium_run(
            chromium,
            ["--hide-scrollbars", f"--screenshot={shot}", f"--window-size={width},{height}", url],
        )
        size, length = png_size(shot)
        check(
            size == (width, height) and length > 20_000,
            f"screenshot ({name}): a PNG of {width}x{height} (got {size}, {length} bytes)",
        )
        if out and name == "findings view":
            shutil.copyfile(shot, out)
            print(f"     saved {out}")


def test_escaping(selaras, chromium, work):
    folder = work / "hostile"
    folder.mkdir()
    src = folder / "en <b onclick=alert(1)>bold 'x'.txt"
    tgt = folder / "id \"><img src=x onerror=alert(1)>.txt"
    src.write_text(
        "Russia launched 653 drones on Friday, officials in Kyiv said.\n\n"
        f"The mayor said {HOSTILE_SCRIPT} power was restored in the city.\n\n"
        f"Engineers wrote {HOSTILE_IMG} on the wall of the station.\n"
    )
    tgt.write_text(
        "Rusia meluncurkan 653 drone pada hari Jumat, kata pejabat di Kyiv.\n\n"
        f"Wali kota mengatakan {HOSTILE_SCRIPT} listrik sudah dipulihkan di kota itu.\n\n"
        f"Para insinyur menulis {HOSTILE_IMG} di dinding stasiun.\n"
    )
    page = report(selaras, src, tgt, work / "hostile.html")
    dom = Dom(chromium_run(chromium, ["--dump-dom", page.as_uri()]))
    expected_title = f"Faithfulness report: {src} → {tgt}"
    check(dom.title == expected_title, f"escaping: the title is unchanged (got {dom.title!r})")
    check("pwned" not in dom.title, "escaping: no injected script changed the title")
    check(dom.counts.get("img", 0) == 0, "escaping: no <img> element exists")
    check(dom.counts.get("script", 0) == 1, "escaping: the page's own script is the only one")
    check(dom.counts.get("b", 0) == 0, "escaping: no <b> element from a file name")
    root = dom.find("html")[0][0]
    check(root.get("data-script") == "ready", "escaping: the page's script still ran")
    sentences = [text for _, text in dom.find("span", "sent")]
    for hostile in (HOSTILE_SCRIPT, HOSTILE_IMG):
        shown = [s for s in sentences if hostile in s]
        check(len(shown) == 2, f"escaping: {hostile} shown literally on both sides")
    files = [text for attrs, text in dom.find("span", "file")]
    check(files == [str(src), str(tgt)], "escaping: the file names are shown literally")


class DevTools:
    """The Chrome DevTools protocol over --remote-debugging-pipe: JSON messages separated by NUL,
    commands into the browser's descriptor 3, answers and events out of its descriptor 4."""

    def __init__(self, chromium, profile):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        child_in = os.dup(to_browser_r)
        child_out = os.dup(from_browser_w)

        def descriptors():
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)

        self.process = subprocess.Popen(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                "--window-size=1280,900",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=descriptors,
            close_fds=False,
        )
        for fd in (to_browser_r, from_browser_w, child_in, child_out):
            os.close(fd)
        self.buffer = b""
        self.next_id = 0
        self.session = None

    def send(self, method, params=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            while b"\0" not in self.buffer:
                chunk = os.read(self.from_browser, 65536)
                if not chunk:
                    raise RuntimeError("the browser closed the DevTools pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
        raise TimeoutError(method)

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")

    def key(self, key):
        code = ord(key.upper())
        for kind in ("keyDown", "keyUp"):
            params = {
                "type": kind,
                "key": key,
                "code": f"Key{key.upper()}",
                "windowsVirtualKeyCode": code,
                "nativeVirtualKeyCode": code,
            }
            if kind == "keyDown":
                params["text"] = key
            self.send("Input.dispatchKeyEvent", params)

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.to_browser)
        os.close(self.from_browser)


STATE = """JSON.stringify((function () {
  var cur = document.querySelector('tbody.bead.current');
  var focused = document.activeElement;
  return {
    current: cur ? [cur.getAttribute('data-src'), cur.getAttribute('data-tgt')] : null,
    focused: focused && focused.classList.contains('current'),
    position: document.getElementById('position').textContent,
    shown: document.querySelectorAll('tbody.bead:not([hidden])').length
  };
}()))"""


def test_keyboard(chromium, page, work):
    browser = DevTools(chromium, work / "devtools-profile")
    try:
        targets = browser.send("Target.getTargets")["targetInfos"]
        target = next(t for t in targets if t["type"] == "page")
        attached = browser.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})
        browser.session = attached["sessionId"]
        browser.send("Page.enable")
        browser.send("Page.navigate", {"url": page.as_uri()})
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            ready = browser.evaluate(
                "document.readyState + ' ' + document.documentElement.getAttribute('data-script')"
            )
            if ready == "complete ready":
                break
            time.sleep(0.1)
        check(ready == "complete ready", f"keyboard: the page loaded and its script ran ({ready})")

        def state():
            return json.loads(browser.evaluate(STATE))

        check(state()["current"] is None, "keyboard: no finding is current at first")
        steps = [
            ("n", ["", "14"], "finding 1 of 3"),
            ("n", ["17", ""], "finding 2 of 3"),
            ("n", ["24", ""], "finding 3 of 3"),
            ("n", ["24", ""], "finding 3 of 3"),
            ("p", ["17", ""], "finding 2 of 3"),
        ]
        for key, expected, position in steps:
            browser.key(key)
            now = state()
            check(
                now["current"] == expected and now["focused"] and now["position"] == position,
                f"keyboard: {key} makes {expected} the current, focused finding, '{position}' (got {now})",
            )
        browser.evaluate("document.getElementById('only-flagged').click()")
        check(state()["shown"] == 3, "filter: 'only beads with findings' shows 3 beads")
        browser.evaluate(
            "(function(){var s=document.getElementById('kind');s.value='omission';"
            "s.dispatchEvent(new Event('change'));}())"
        )
        now = state()
        check(now["shown"] == 2, f"filter: kind omission shows 2 beads (got {now['shown']})")
        browser.key("p")
        browser.key("p")
        now = state()
        check(
            now["current"] == ["17", ""] and now["position"] == "finding 1 of 2",
            f"keyboard: p within the omission filter stops at the first omission (got {now})",
        )
    finally:
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("selaras", help="the selaras binary (e.g. target/debug/selaras)")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "chromium"))
    parser.add_argument("--screenshot-out", type=Path, help="also save the findings view here")
    args = parser.parse_args()
    chromium = shutil.which(args.chromium)
    selaras = Path(args.selaras).resolve()
    if not chromium or not selaras.is_file():
        print(f"needs chromium ({args.chromium}) and the selaras binary ({selaras})", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="selaras-report-test-") as temp:
        work = Path(temp)
        try:
            page = test_article(selaras, chromium, work)
            test_screenshot(chromium, page, work, args.screenshot_out)
            test_escaping(selaras, chromium, work)
            test_keyboard(chromium, page, work)
        except (RuntimeError, OSError, subprocess.TimeoutExpired, TimeoutError) as error:
            check(False, f"the checks could not finish: {error}")
    if FAILURES:
        print(f"{len(FAILURES)} check(s) failed", file=sys.stderr)
        return 1
    print("all browser checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
