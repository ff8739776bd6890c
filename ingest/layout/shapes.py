"""What a printed page shows (words with their boxes, ruling lines) and what reading it
builds: lines, blocks and tables."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Word:
    """A word's text and box in points, measured from the page's top left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Rule:
    """A ruling line drawn on the page (a thin rectangle or a stroked segment)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.x1 - self.x0 > self.bottom - self.top


@dataclass
class Page:
    number: int
    width: float
    height: float
    words: list[Word]
    rules: list[Rule] = field(default_factory=list)


@dataclass
class Line:
    """Words on one printed row (of a column, or of the whole page), left to right. The
    words are not changed once the line is made, so what is measured of them is kept."""

    words: list[Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @cached_property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @cached_property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @cached_property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)

    @cached_property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class Block:
    lines: list[Line]
    page: int
    right: float  # the right edge of the column the block stands in
    left: float  # and its left edge
    kind: str = "text"  # "text", "item" or "heading"
    text_x: float = 0.0  # where an item's text (after its marker) starts
    last_page: int = 0  # where its last line stands, once it runs on into another page
    spacing: float = 0.0  # an item's distance from the item above it, when it follows one

    def __post_init__(self) -> None:
        self.last_page = self.last_page or self.page

    @property
    def last(self) -> Line:
        return self.lines[-1]


@dataclass
class Table:
    rows: list[list[str]]
    page: int
    top: float
    bounds: list[float]  # the x of each column's left edge, and the table's right edge
    open_end: bool = False  # the last row runs on (no rule under it)
    header: list[str] | None = None
    lines: list[Line] = field(default_factory=list)  # a table told by alignment: its lines


def body_font_size(pages: list[Page]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for word in page.words:
            sizes[round(word.size * 2) / 2] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def line_rows(words: list[Word]) -> list[Line]:
    """Words grouped into printed rows by their vertical middle, each row left to right.
    Words of two columns at the same height share a row here; columns split it later. A
    word joins the nearest row whose middle is within a quarter of its size and where it
    overlaps no word already there."""
    rows: list[list[Word]] = []
    middles: list[float] = []
    for word in sorted(words, key=lambda w: (w.middle, w.x0)):
        best = None
        for index in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            distance = abs(word.middle - middles[index])
            if distance > 0.25 * word.size + 0.3:
                continue
            if distance < 0.1:  # the same line: nothing to weigh
                best = index
                break
            if any(w.x0 < word.x1 - 0.5 and word.x0 < w.x1 - 0.5 for w in rows[index]):
                continue
            if best is None or distance < abs(word.middle - middles[best]):
                best = index
        if best is None:
            rows.append([word])
            middles.append(word.middle)
        else:
            rows[best].append(word)
    return [Line(sorted(row, key=lambda w: w.x0)) for row in rows]


def clip(rows: list[Line], x0: float, x1: float) -> list[Line]:
    lines = []
    for row in rows:
        words = [w for w in row.words if x0 - 0.5 <= (w.x0 + w.x1) / 2 < x1]
        if words:
            lines.append(Line(words))
    return lines


# A list marker standing alone as a line's first word: a bullet, a dash, "1." or "a)".
MARKER = re.compile(
    r"^(?:[•●○◦▪▫■□❖➢➤►▶✓✔·‣⁃\-–—*o?\uf000-\uf8ff]|\d{1,3}[.)]|(?:[a-zåäö]|ii|iii|iv|vi|vii|viii|ix)[.)])$"
)
