"""Read a picture of a page with Tesseract's Swedish model, as words with their boxes.

Tesseract runs as a separate program: ``REVISORBOT_TESSERACT`` names it (a path or a
command), else ``tesseract`` on PATH. Without it, or without its Swedish model ("swe"),
OCR is unavailable and the importer says which pages it could not read.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache

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
        [engine.binary, "stdin", "stdout", "-l", LANGUAGE, "--dpi", str(dpi), "--psm", "3", "tsv"],
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
    scale = 72 / dpi
    rows = list(
        csv.DictReader(io.StringIO(result.stdout.decode("utf-8", "replace")), delimiter="\t")
    )
    # Words take their line's top and height, as a PDF's characters take their font's: ink
    # boxes differ from word to word ("ung" reaches lower than "ÅR"). The font size is
    # judged from that height (ascenders to descenders).
    lines: dict[tuple[str, ...], tuple[float, float]] = {}
    for row in rows:
        if row.get("level") == "4":
            lines[_line_key(row)] = (float(row["top"]) * scale, float(row["height"]) * scale)
    words: list[Word] = []
    for row in rows:
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text or float(row.get("conf") or -1) < 0:
            continue
        if set(text) <= set("|_—–-=~"):  # a ruling line read as characters
            continue
        left = float(row["left"]) * scale
        width = float(row["width"]) * scale
        top, height = lines.get(
            _line_key(row), (float(row["top"]) * scale, float(row["height"]) * scale)
        )
        words.append(
            Word(
                text=text,
                x0=left,
                x1=left + width,
                top=top,
                bottom=top + height,
                size=max(height / 1.2, 1.0),
            )
        )
    return words


def _line_key(row: dict[str, str]) -> tuple[str, ...]:
    return (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
