"""Read a picture of a page with Tesseract's Swedish model, as words with their boxes.

Tesseract runs as a separate program: ``REVISORBOT_TESSERACT`` names it (a path or a
command), else ``tesseract`` on PATH. Without it, or without its Swedish model ("swe"),
OCR is unavailable and the importer says which pages it could not read.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from functools import lru_cache
from html.parser import HTMLParser
from typing import ClassVar

from ingest.layout import Word

ENVIRONMENT = "REVISORBOT_TESSERACT"
LANGUAGE = "swe"
_TIMEOUT = 180  # seconds for one page


@dataclass(frozen=True)
class Engine:
    binary: str


def engine() -> Engine | None:
    """Tesseract with the Swedish model, or None when either is missing."""
    return _engine(os.environ.get(ENVIRONMENT) or "tesseract")


@lru_cache(maxsize=8)
def _engine(command: str) -> Engine | None:
    binary = shutil.which(command)
    if binary is None:
        return None
    try:
        listed = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    languages = {line.strip() for line in (listed.stdout + listed.stderr).splitlines()}
    return Engine(binary) if LANGUAGE in languages else None


def read_words(engine: Engine, png: bytes, dpi: int) -> list[Word]:
    """The words Tesseract reads on a PNG picture taken at ``dpi``, in points."""
    result = subprocess.run(
        [engine.binary, "stdin", "stdout", "-l", LANGUAGE, "--dpi", str(dpi), "--psm", "3", "hocr"],
        input=png,
        capture_output=True,
        timeout=_TIMEOUT,
        check=False,
        # Tesseract's threads fight each other on a small machine: one page took 29 s with
        # them and 10 s without.
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    if result.returncode != 0:
        return []
    reader = _Hocr(72 / dpi)
    reader.feed(result.stdout.decode("utf-8", "replace"))
    return [word for line in reader.lines for word in _mend_bullet(line)]


# A bullet is read as whatever mark it resembles; standing alone before the text, it is one.
_BULLET_LOOKALIKE = re.compile(r"^[«»*°©®•·●○◦▪■□❖➢>¢e@oO0-]{1,2}$")


def _mend_bullet(line: list[Word]) -> list[Word]:
    if len(line) < 2:
        return line
    first, second = line[0], line[1]
    if _BULLET_LOOKALIKE.match(first.text) and second.x0 - first.x1 > 0.3 * first.size:
        return [replace(first, text="•"), *line[1:]]
    return line


class _Hocr(HTMLParser):
    """Tesseract's hOCR: each line's baseline and letter size, each word's box and text.

    A word takes its line's baseline and size, as a PDF's characters take their font's:
    ink boxes differ from word to word ("ung" reaches lower than "ÅR"), and lines whose
    boxes did would stand at uneven distances.
    """

    _LINES: ClassVar[set[str]] = {"ocr_line", "ocr_header", "ocr_textfloat", "ocr_caption"}

    def __init__(self, scale: float) -> None:
        super().__init__()
        self.scale = scale
        self.lines: list[list[Word]] = []
        self.line: tuple[float, float] | None = None  # baseline and size, in points
        self.word: tuple[float, float] | None = None  # x0 and x1, in points
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        kind = values.get("class") or ""
        title = values.get("title") or ""
        if kind in self._LINES:
            box = _numbers(title, "bbox")
            baseline = _numbers(title, "baseline")
            size = _numbers(title, "x_size")
            if len(box) == 4:
                offset = baseline[1] if len(baseline) == 2 else 0.0
                height = size[0] if size else (box[3] - box[1]) / 1.2
                self.line = ((box[3] + offset) * self.scale, height * self.scale)
                self.lines.append([])
        elif kind == "ocrx_word" and self.line is not None:
            box = _numbers(title, "bbox")
            if len(box) == 4:
                self.word = (box[0] * self.scale, box[2] * self.scale)
                self.text = []

    def handle_data(self, data: str) -> None:
        if self.word is not None:
            self.text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != "span" or self.word is None or self.line is None:
            return
        text = "".join(self.text).strip()
        x0, x1 = self.word
        self.word = None
        if not text or set(text) <= set("|_—–-=~"):  # nothing, or a ruling line read as text
            return
        baseline, size = self.line
        # An ink box is narrower than the advance a PDF gives a word (the letters' side
        # bearings): widened by them, the space between two words measures as in a PDF.
        bearing = 0.08 * size
        self.lines[-1].append(
            Word(
                text,
                x0 - bearing,
                x1 + bearing,
                baseline - 0.9 * size,
                baseline + 0.25 * size,
                size,
            )
        )


def _numbers(title: str, key: str) -> list[float]:
    for part in title.split(";"):
        fields = part.split()
        if fields and fields[0] == key:
            try:
                return [float(value) for value in fields[1:]]
            except ValueError:
                return []
    return []
