"""Headless Chromium through the DevTools protocol on a pipe, with the Python standard library only.

Used by the report to print its HTML page to PDF, and by the tests to open the page, collect
console errors and failed or external requests, and take a screenshot. Nothing is fetched from the
network: the browser runs with background networking, component updates and sync switched off, in a
fresh temporary profile, and the tests check that a report page asks for no URL at all.

Example::

    import chromium
    with chromium.Browser() as b:
        page = b.open("file:///tmp/report.html", width=1280, height=2000)
        page.console_errors       # list of strings
        page.screenshot("shot.png")
        page.print_pdf("report.pdf")

The browser: ``$REGIOSIM_CHROMIUM`` if set, else the first of ``chromium``, ``chromium-browser``,
``google-chrome`` on PATH. Running as root needs ``--no-sandbox``, which is always passed (the page
is a local file we wrote).
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-pipe",
)


class ChromiumError(RuntimeError):
    """Chromium is missing, failed to start, or a DevTools command failed."""


def find() -> str | None:
    """Path of the browser, or None."""
    env = os.environ.get("REGIOSIM_CHROMIUM")
    if env:
        return env if os.access(env, os.X_OK) else shutil.which(env)
    for name in _CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


class Page:
    """An opened tab: what happened while it loaded, and what it can produce."""

    def __init__(self, browser: "Browser", session: str):
        self._b = browser
        self._session = session
        #: console.error / console.assert messages, uncaught exceptions and log entries of level error
        self.console_errors: list[str] = []
        #: every console message as "type: text"
        self.console_messages: list[str] = []
        #: URLs the page requested other than file: and data: URLs (a self-contained page has none)
        self.external_requests: list[str] = []
        #: URLs that failed to load
        self.failed_requests: list[str] = []

    def _record(self, msg: dict):
        method, p = msg.get("method"), msg.get("params", {})
        if method == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
            self.console_messages.append(f"{p.get('type')}: {text}")
            if p.get("type") in ("error", "assert"):
                self.console_errors.append(text)
        elif method == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            self.console_errors.append(d.get("exception", {}).get("description") or d.get("text", "exception"))
        elif method == "Log.entryAdded":
            e = p.get("entry", {})
            self.console_messages.append(f"{e.get('level')}: {e.get('text')}")
            if e.get("level") == "error":
                self.console_errors.append(f"{e.get('text')} {e.get('url', '')}".strip())
        elif method == "Network.requestWillBeSent":
            url = p.get("request", {}).get("url", "")
            if not url.startswith(("file:", "data:", "about:")):
                self.external_requests.append(url)
        elif method == "Network.loadingFailed":
            self.failed_requests.append(p.get("errorText", "failed"))

    def evaluate(self, expression: str):
        r = self._b.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, self._session)
        return r.get("result", {}).get("value")

    def screenshot(self, path: str, full_page: bool = False):
        params = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
        r = self._b.send("Page.captureScreenshot", params, self._session)
        with open(path, "wb") as f:
            f.write(base64.b64decode(r["data"]))

    def print_pdf(self, path: str):
        """A4 portrait, backgrounds printed, no browser header or footer; the page's own
        ``@page`` rule wins where it sets size or margins."""
        r = self._b.send(
            "Page.printToPDF",
            {
                "printBackground": True,
                "displayHeaderFooter": False,
                "preferCSSPageSize": True,
                "paperWidth": 8.27,
                "paperHeight": 11.69,
                "marginTop": 0.5,
                "marginBottom": 0.5,
                "marginLeft": 0.55,
                "marginRight": 0.55,
            },
            self._session,
            timeout=120,
        )
        with open(path, "wb") as f:
            f.write(base64.b64decode(r["data"]))


class Browser:
    """A headless Chromium process driven over ``--remote-debugging-pipe``."""

    def __init__(self, executable: str | None = None, timeout: float = 60.0):
        self.executable = executable or find()
        if not self.executable:
            raise ChromiumError("no Chromium found (Debian: apt-get install chromium; or set REGIOSIM_CHROMIUM)")
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="regiosim-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire():  # in the child: fd 3 = commands in, fd 4 = replies out (dup2 clears close-on-exec)
            # Copies above 4 first, so that neither is already 3 or 4: dup2 onto the same number
            # is a no-op that would leave the descriptor close-on-exec (os.dup's copies are), and
            # Chromium would start without its pipe.
            a, b = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 5), fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 5)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [self.executable, *FLAGS, f"--user-data-dir={self._profile}", "about:blank"]
        # Chromium's own log goes to a file (a pipe nobody reads could fill up and block it).
        self._log_path = os.path.join(self._profile, "chromium.log")
        self._log = open(self._log_path, "wb")
        try:
            # close_fds=False: Python's own descriptors are close-on-exec anyway; only 3 and 4 pass.
            self._proc = subprocess.Popen(args, close_fds=False, preexec_fn=wire, stdin=subprocess.DEVNULL,
                                          stdout=subprocess.DEVNULL, stderr=self._log)
        except OSError as e:
            for fd in (to_chrome_r, self._to_chrome, self._from_chrome, from_chrome_w):
                os.close(fd)
            self._log.close()
            shutil.rmtree(self._profile, ignore_errors=True)
            raise ChromiumError(f"cannot start {self.executable}: {e}") from None
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf = b""
        self._next_id = 0
        self._pages: dict[str, Page] = {}
        self._events: list[dict] = []

    # Protocol ----------------------------------------------------------------------------------

    def _recv(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ChromiumError("Chromium did not answer in time")
            ready, _, _ = select.select([self._from_chrome], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                try:
                    with open(self._log_path, "rb") as f:
                        err = f.read().decode("utf-8", "replace")[-2000:]
                except OSError:
                    err = ""
                raise ChromiumError(f"Chromium closed the DevTools pipe {err}".strip())
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        msg = json.loads(raw)
        session = msg.get("sessionId")
        if "method" in msg and session in self._pages:
            self._pages[session]._record(msg)
        if "method" in msg:
            self._events.append(msg)
        return msg

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float | None = None):
        self._next_id += 1
        ident = self._next_id
        msg = {"id": ident, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        data = json.dumps(msg).encode("utf-8") + b"\0"
        while data:
            n = os.write(self._to_chrome, data)
            data = data[n:]
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            reply = self._recv(deadline)
            if reply.get("id") == ident:
                if "error" in reply:
                    raise ChromiumError(f"{method}: {reply['error'].get('message', reply['error'])}")
                return reply.get("result", {})

    def _wait_for(self, method: str, session: str, deadline: float):
        while True:
            for i, e in enumerate(self._events):
                if e.get("method") == method and e.get("sessionId") == session:
                    del self._events[i]
                    return e
            self._recv(deadline)

    # Pages -------------------------------------------------------------------------------------

    def open(self, url: str, width: int = 1280, height: int = 2000) -> Page:
        """Opens ``url`` in a new tab of the given viewport and waits for its load event."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        self._pages[session] = page
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session=session)
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session)
        self._events.clear()
        self.send("Page.navigate", {"url": url}, session)
        self._wait_for("Page.loadEventFired", session, time.monotonic() + self.timeout)
        # Let late console messages and layout settle.
        self.send("Runtime.evaluate", {"expression": "document.fonts ? document.fonts.ready.then(() => 1) : 1",
                                       "awaitPromise": True}, session)
        return page

    def close(self):
        if self._proc.poll() is None:
            try:
                self.send("Browser.close", timeout=10)
            except ChromiumError:
                pass
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        for fd in (self._to_chrome, self._from_chrome):
            try:
                os.close(fd)
            except OSError:
                pass
        self._log.close()
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
