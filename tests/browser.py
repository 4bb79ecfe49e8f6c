"""A headless Chromium driven through the DevTools protocol, for the export tests.

Chromium's `--window-size` stops at 500 px, wider than a phone, so a page is laid out at a
phone's width by the protocol's device emulation instead (the viewport meta tag honoured,
as on a phone). Commands go over a pipe (`--remote-debugging-pipe`: JSON messages ending
in a NUL byte, written to the browser's fd 3, read from its fd 4): no port, no websocket
library. Each browser gets a fresh profile in a temporary folder.
"""

from __future__ import annotations

import base64
import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

TIMEOUT = 20.0  # seconds for one command; a page of these exports loads in well under one


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """One headless browser, one tab. Use as a context manager."""

    def __init__(self, executable: str):
        self._profile = tempfile.mkdtemp(prefix="rolequiz-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def fds() -> None:
            # in the child, before exec: the pipe's ends where Chromium expects them, the only
            # descriptors it inherits beyond 0-2 (Python opens every other one close-on-exec)
            read, write = os.dup(to_browser_r), os.dup(from_browser_w)  # out of 3 and 4's way
            os.dup2(read, 3)
            os.dup2(write, 4)

        self._proc = subprocess.Popen(
            [executable, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--mute-audio",
             f"--user-data-dir={self._profile}", "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=fds, close_fds=False,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self._session = ""
        try:
            target = self.send("Target.createTarget", url="about:blank")["targetId"]
            self._session = self.send("Target.attachToTarget", targetId=target,
                                      flatten=True)["sessionId"]
            self.send("Page.enable", session=True)
        except BaseException:
            self.close()
            raise

    # -- the protocol ------------------------------------------------------------------
    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, *, session: bool = False, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self._events.append(reply)

    def _wait_for(self, event: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while True:
            for i, e in enumerate(self._events):
                if e.get("method") == event:
                    del self._events[: i + 1]
                    return
            self._events.append(self._read(deadline))

    # -- what the tests use ------------------------------------------------------------
    def open(self, path: Path, width: int, height: int = 844) -> None:
        """Load a file as a phone (`width` < 600) or a desktop screen of that width sees it."""
        self.send("Emulation.setDeviceMetricsOverride", session=True, width=width,
                  height=height, deviceScaleFactor=1, mobile=width < 600)
        self._events.clear()
        self.send("Page.navigate", session=True, url=Path(path).resolve().as_uri())
        self._wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        reply = self.send("Runtime.evaluate", session=True, expression=expression,
                          returnByValue=True)
        return reply["result"].get("value")

    def scroll_width(self) -> int:
        """How wide the page's content is: wider than the screen means sideways scrolling."""
        return self.evaluate("document.documentElement.scrollWidth")

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", session=True, captureBeyondViewport=True,
                         format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))

    def pdf(self) -> bytes:
        """The page printed as the browser's print dialog would by default: the page's own
        @page size, else the browser's default paper (Letter)."""
        data = self.send("Page.printToPDF", session=True, preferCSSPageSize=True,
                         displayHeaderFooter=False, printBackground=True)["data"]
        return base64.b64decode(data)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (OSError, RuntimeError, TimeoutError):
            pass
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def pdf_page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """The width and height in points of each page of a PDF as Chromium writes it (each
    page object names its MediaBox in plain text)."""
    boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]",
                       pdf)
    return [(float(x1) - float(x0), float(y1) - float(y0)) for x0, y0, x1, y1 in boxes]
