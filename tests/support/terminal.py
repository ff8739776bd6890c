"""A real terminal for tests: a pseudo-terminal of a given size, a program running in it,
keys typed into it and the screen's text read back (what a person at a terminal would see)."""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Mapping
from pathlib import Path

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\r")


def plain(text: str) -> str:
    """Terminal output without colours, cursor movements and carriage returns."""
    return ANSI.sub("", text)


class Terminal:
    """``revisorbot`` (or any argv) in a pseudo-terminal ``columns`` wide."""

    def __init__(
        self,
        argv: list[str],
        *,
        columns: int = 80,
        rows: int = 40,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        environment = {**(env or os.environ), "TERM": "xterm-256color"}
        for sized in ("COLUMNS", "LINES"):  # the terminal's own size must decide
            environment.pop(sized, None)
        self.process = subprocess.Popen(
            argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=environment,
            cwd=cwd,
            start_new_session=True,
        )
        os.close(slave)
        self.output = ""

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: the program ended and the terminal closed
            return False
        if not chunk:
            return False
        self.output += chunk.decode("utf-8", errors="replace")
        return True

    def expect(self, text: str, *, timeout: float = 60, after: int = 0) -> int:
        """Wait until ``text`` is on screen (past position ``after``); its position."""
        deadline = time.monotonic() + timeout
        while True:
            found = plain(self.output).find(text, after)
            if found >= 0:
                return found
            if time.monotonic() > deadline or (
                not self._read(0.2) and self.process.poll() is not None
            ):
                raise AssertionError(f"{text!r} never appeared; the screen:\n{plain(self.output)}")

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def finish(self, *, timeout: float = 60) -> str:
        """Wait for the program to end; everything it showed, as plain text."""
        deadline = time.monotonic() + timeout
        while self.process.poll() is None or self._read(0.05):
            if time.monotonic() > deadline:
                self.close()
                raise AssertionError(f"still running; the screen:\n{plain(self.output)}")
            self._read(0.2)
        os.close(self.master)
        return plain(self.output)

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)


def revisorbot(*args: str) -> list[str]:
    """The command line, as `revisorbot …` runs it, from this interpreter."""
    return [sys.executable, "-m", "bot.cli", *args]
