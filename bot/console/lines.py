"""Reading what the console's user types: on a terminal with line editing and history
(GNU readline: arrows, Ctrl-R, Up for the previous command), from a pipe line by line.

Reminders and other posts may arrive while the prompt waits; ``above_prompt`` prints them
above it and draws the prompt again with what was typed so far, so no message lands in the
middle of the line being typed.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from rich.console import Console

# Readline must know which characters of the prompt take no room on screen.
_BOLD, _PLAIN = "\001\033[1m\002", "\001\033[0m\002"


def _readline() -> ModuleType | None:
    try:
        import readline
    except ImportError:  # Python built without it: input() still works, without editing
        return None
    return readline


class LineReader:
    def __init__(self, out: Console, *, interactive: bool) -> None:
        self.out = out
        self.interactive = interactive
        # Importing readline is what gives input() its line editing and history.
        self._readline = _readline() if interactive else None
        self._waiting: str | None = None
        self._lock = threading.Lock()

    def __call__(self, prompt: str) -> str | None:
        if not self.interactive:
            return self._from_pipe(prompt)
        with self._lock:
            self._waiting = prompt
        try:
            return input(f"{_BOLD}{prompt}{_PLAIN}")
        except EOFError:
            return None
        finally:
            with self._lock:
                self._waiting = None

    def _from_pipe(self, prompt: str) -> str | None:
        line = sys.stdin.readline()
        if not line:
            return None
        # Echoed, so that a transcript reads as a conversation.
        self.out.print(f"[dim]{prompt}[/dim]{line.rstrip()}", markup=True, highlight=False)
        return line.rstrip("\n")

    @contextmanager
    def above_prompt(self) -> Iterator[None]:
        """Print inside this block while a prompt may be waiting: above it."""
        with self._lock:
            prompt = self._waiting
        if prompt is None:
            yield
            return
        self.out.file.write("\r\033[2K")  # the prompt line, cleared
        try:
            yield
        finally:
            typed = self._readline.get_line_buffer() if self._readline else ""
            self.out.file.write(f"\033[1m{prompt}\033[0m{typed}")
            self.out.file.flush()
