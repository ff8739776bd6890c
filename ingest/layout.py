"""Printed pages back into text: lines from word positions, columns, tables, furniture.

The input is what a PDF page (or an OCR'd picture of one) shows: words with their boxes
and font sizes, and the ruling lines drawn on it. The output is *layout text* for the
cleaner (``ingest.cleaning.clean(..., layout=True)``):

* pages are separated by form feeds;
* blocks (a paragraph, heading or list item) are separated by blank lines, and a block's
  lines are its printed lines, to be joined by the cleaner (which undoes the hyphenation
  at their ends); a heading set larger than the body text starts with "# ", a block set in
  from the column's edge starts with a space;
* a table is a run of tab-separated lines, one per row, each cell's lines already joined;
* a paragraph, list item or table row that runs on into the next column or page is put
  together again and given to the page where it starts.

Running headers and footers (lines repeated at the top or bottom of most pages) and page
numbers are taken out and handed back separately as furniture. Two columns are found as a
channel of white space that runs down a stretch of the page, and read one after the other;
a table is found by its ruling lines, or, without any, as three or more lines that share
such channels but do not read as two even columns of prose.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from ingest.cleaning import join_lines

# -- what a page shows ----------------------------------------------------------------------


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


# -- the result --------------------------------------------------------------------------------


@dataclass
class _Line:
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
class _Block:
    lines: list[_Line]
    page: int
    right: float  # the right edge of the column the block stands in
    left: float  # and its left edge
    kind: str = "text"  # "text", "item" or "heading"
    text_x: float = 0.0  # where an item's text (after its marker) starts
    last_page: int = 0  # where its last line stands, once it runs on into another page

    def __post_init__(self) -> None:
        self.last_page = self.last_page or self.page

    @property
    def last(self) -> _Line:
        return self.lines[-1]


@dataclass
class _Table:
    rows: list[list[str]]
    page: int
    top: float
    bounds: list[float]  # the x of each column's left edge, and the table's right edge
    open_end: bool = False  # the last row runs on (no rule under it)
    header: list[str] | None = None
    lines: list[_Line] = field(default_factory=list)  # a table told by alignment: its lines


# -- reading -------------------------------------------------------------------------------------


def lay_out(pages: list[Page]) -> tuple[str, list[str]]:
    """The layout text of ``pages`` (in order) and the furniture lines taken out of them."""
    body_size = _body_size(pages)
    furniture: list[str] = []
    bodies = _remove_furniture(pages, furniture, body_size)
    rows = [_rows(words) for words in bodies]
    left_edge, right_edge = _body_edges(rows)
    items: list[tuple[int, _Block | _Table]] = []
    for page, words, page_rows in zip(pages, bodies, rows, strict=True):
        edges = (left_edge, right_edge)
        for element in _read_page(page, words, page_rows, body_size, edges):
            items.append((page.number, element))
    merged = _stitch(items)
    by_page: dict[int, list[str]] = {page.number: [] for page in pages}
    for element in merged:
        if isinstance(element, _Table):
            by_page[element.page].append("\n".join("\t".join(row) for row in element.rows))
        else:
            by_page[element.page].append(_block_text(element, body_size))
    text = "\f".join("\n\n".join(by_page[page.number]) for page in pages)
    return text, furniture


def plain_text(pages: list[Page]) -> str:
    """The pages' words row by row, for the cleaner to read as it reads any text: what is
    left when the layout cannot be read."""
    return "\f".join("\n".join(row.text for row in _rows(page.words)) for page in pages)


def _body_size(pages: list[Page]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for word in page.words:
            sizes[round(word.size * 2) / 2] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _rows(words: list[Word]) -> list[_Line]:
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
    return [_Line(sorted(row, key=lambda w: w.x0)) for row in rows]


# -- furniture ---------------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:sida\s+|page\s+|s\.\s*)?\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3}|\s*\(\d{1,3}\))?"
    r"(?:\s*[-–—])?$",
    re.IGNORECASE,
)


def _segments(line: _Line) -> list[_Line]:
    """A row cut where the gap between two words is wide: a footer's left and right parts."""
    parts: list[list[Word]] = [[line.words[0]]]
    for previous, word in zip(line.words, line.words[1:], strict=False):
        if word.x0 - previous.x1 > 1.6 * max(previous.size, word.size):
            parts.append([word])
        else:
            parts[-1].append(word)
    return [_Line(part) for part in parts]


def _shape(text: str) -> str:
    """A line's shape for spotting repeats: digits vary from page to page, and marks an OCR
    reading may lose or add ("©") do not count."""
    return " ".join(re.sub(r"\d+", "#", re.sub(r"[^\w\s]", " ", text)).split()).casefold()


def _remove_furniture(
    pages: list[Page], furniture: list[str], body_size: float
) -> list[list[Word]]:
    """Each page's words without its running header and footer lines and page number.

    A line counts as furniture when it stands in the top or bottom eighth of the page and the
    same line (digits aside) stands there on at least two pages and two in five of them, in
    type no larger than the body's (a heading "Bilaga 2" at the top of its page is larger).
    A table's header row repeated at the top of each page it runs over is the table's: it
    stands inside the table's rules, or it is cut in four or more cells, or in bold ones.
    """
    zones: list[list[tuple[str, _Line]]] = []
    counts: Counter[tuple[str, str]] = Counter()
    for page in pages:
        found: list[tuple[str, _Line]] = []
        boxes = _grid_boxes(page.rules)
        margins = [
            w
            for w in page.words
            if (w.top < page.height * 0.125 or w.bottom > page.height * 0.875)
            and not any(
                x0 <= w.x0 and w.x1 <= x1 and y0 <= w.middle <= y1 for x0, y0, x1, y1 in boxes
            )
        ]
        for row in _rows(margins):
            zone = (
                "top"
                if row.bottom < page.height * 0.125
                else "bottom"
                if row.top > page.height * 0.875
                else None
            )
            segments = _segments(row)
            if zone is None or len(segments) >= 4 or (row.bold and len(segments) >= 2):
                continue
            for segment in segments:
                found.append((zone, segment))
        zones.append(found)
        counts.update({(zone, _shape(segment.text)) for zone, segment in found})
    needed = max(2, -(-2 * len(pages) // 5))
    bodies: list[list[Word]] = []
    for page, found in zip(pages, zones, strict=True):
        removed: set[int] = set()
        for zone, segment in found:
            text = segment.text
            if _PAGE_NUMBER.match(text):
                removed.update(id(w) for w in segment.words)
            elif (
                counts[(zone, _shape(text))] >= needed
                and len(pages) > 1
                and segment.size <= 1.05 * body_size
            ):
                removed.update(id(w) for w in segment.words)
                if text not in furniture:
                    furniture.append(text)
        bodies.append([w for w in page.words if id(w) not in removed])
    return bodies


def _body_edges(pages: list[list[_Line]]) -> tuple[float | None, float | None]:
    """The left and right edges of the body text: where most long lines start and end. A
    page of a few short lines (the end of a list) does not show them itself."""
    starts: Counter[int] = Counter()
    ends: Counter[int] = Counter()
    for rows in pages:
        for row in rows:
            if len(row.words) >= 6:
                starts[round(row.x0)] += 1
                ends[round(row.x1)] += 1
    if not ends:
        return None, None
    most = max(ends.values())
    right = float(max(end for end, count in ends.items() if count >= min(most, max(2, most // 3))))
    return float(starts.most_common(1)[0][0]), right


# -- one page ------------------------------------------------------------------------------------


def _read_page(
    page: Page,
    words: list[Word],
    rows: list[_Line],
    body_size: float,
    edges: tuple[float | None, float | None],
) -> list[_Block | _Table]:
    """A page's blocks and tables in reading order (``rows`` are the rows of ``words``)."""
    tables, rest = _ruled_tables(page, words)
    if tables:
        rows = _rows(rest)
    elements: list[tuple[float, list[_Block | _Table]]] = [(t.top, [t]) for t in tables]
    left_edge, right_edge = edges
    left = min((row.x0 for row in rows), default=0.0)
    if left_edge is not None:
        left = min(left, left_edge)
    right = max(right_edge or 0.0, max((row.x1 for row in rows), default=0.0))
    index = 0
    pending: list[_Line] = []

    def flush() -> None:
        if pending:
            elements.append((pending[0].top, _blocks(pending, page.number, left, right, body_size)))
            pending.clear()

    table_tops = sorted(t.top for t in tables)
    while index < len(rows):
        if pending and any(pending[-1].top < top < rows[index].top for top in table_tops):
            flush()  # text above a ruled table and text below it are two runs
        zone = _zone(rows, index, left, right)
        if zone is None:
            pending.append(rows[index])
            index += 1
            continue
        # A paragraph's short last line just above a table leaves the table's channels
        # free on its right only: the table starts below it when that shows more columns.
        later = _zone(rows, index + 1, left, right)
        while later is not None and len(later[1]) > len(zone[1]):
            pending.append(rows[index])
            index += 1
            zone, later = later, _zone(rows, index + 1, left, right)
        end, channels = zone
        zone_rows = rows[index:end]
        bounds = _column_bounds(zone_rows, channels)
        prose = _prose_columns(zone_rows, bounds, body_size)
        if not prose:
            # A table's cells share one type size; a line in another (the body text's, a
            # heading's) above or below them is not in the table.
            size = statistics.median(row.size for row in zone_rows)
            first = next(
                (n for n, row in enumerate(zone_rows) if abs(row.size - size) <= 0.08 * size), 0
            )
            last = max(
                (n for n, row in enumerate(zone_rows) if abs(row.size - size) <= 0.08 * size),
                default=len(zone_rows) - 1,
            )
            if first > 0:
                # The table starts lower: look again from its first line.
                pending.extend(zone_rows[:first])
                index += first
                continue
            if last < len(zone_rows) - 1:
                end = index + last + 1
                again = _zone(rows, index, left, right, stop=end)
                if again is None:
                    pending.extend(rows[index:end])
                    index = end
                    continue
                end, channels = again
                zone_rows = rows[index:end]
                bounds = _column_bounds(zone_rows, channels)
        flush()
        if prose:
            parts: list[_Block | _Table] = []
            width = channels[0][0] - left  # columns of text are as wide as the first
            for column, (x0, x1) in enumerate(itertools.pairwise(bounds)):
                lines = _clip(zone_rows, x0, x1)
                edge = channels[column][0] if column < len(channels) else right
                # A column whose lines here are all set in (a list) starts left of them.
                start = left if column == 0 else min(x0, edge - width)
                parts.extend(_blocks(lines, page.number, start, edge, body_size))
            elements.append((zone_rows[0].top, parts))
        else:
            elements.append(
                (zone_rows[0].top, [_aligned_table(zone_rows, bounds, page.number, page.rules)])
            )
        index = end
    flush()
    elements.sort(key=lambda item: item[0])
    return [element for _, group in elements for element in group]


def _clip(rows: list[_Line], x0: float, x1: float) -> list[_Line]:
    lines = []
    for row in rows:
        words = [w for w in row.words if x0 - 0.5 <= (w.x0 + w.x1) / 2 < x1]
        if words:
            lines.append(_Line(words))
    return lines


# -- columns and aligned tables ----------------------------------------------------------------

_MIN_CHANNEL = 0.45  # of the font size: narrower white space is a space between words


def _occupied(row: _Line) -> list[tuple[float, float]]:
    """The stretches of a row that words cover, a gap narrower than a channel bridged, and
    a list item's bullet or number with its text."""
    words = row.words
    spans: list[list[float]] = []
    for index, word in enumerate(words):
        bridge = _MIN_CHANNEL * word.size
        after_marker = index == 1 and _MARKER.match(words[0].text) is not None
        if spans and (word.x0 - spans[-1][1] < bridge or after_marker):
            spans[-1][1] = max(spans[-1][1], word.x1)
        else:
            spans.append([word.x0, word.x1])
    return [(a, b) for a, b in spans]


def _stretched(row: _Line) -> bool:
    """A justified line stretched to its column's edge: its gaps are all alike, so none of
    them shows where a column ends."""
    widths = [b.x0 - a.x1 for a, b in itertools.pairwise(row.words)]
    return len(widths) >= 4 and max(widths) <= 1.35 * max(min(widths), 0.1)


def _subtract(free: list[tuple[float, float]], row: _Line) -> list[tuple[float, float]]:
    """What is left of the white stretches ``free`` where ``row`` has words."""
    size = max(w.size for w in row.words)
    for start, end in _occupied(row):
        cut: list[tuple[float, float]] = []
        for a, b in free:
            if end <= a or start >= b:
                cut.append((a, b))
                continue
            if start > a:
                cut.append((a, start))
            if end < b:
                cut.append((end, b))
        free = cut
    return [(a, b) for a, b in free if b - a >= _MIN_CHANNEL * size * 0.8]


def _zone(
    rows: list[_Line], start: int, left: float, right: float, stop: int | None = None
) -> tuple[int, list[tuple[float, float]]] | None:
    """Rows from ``start`` down that leave a white channel free between ``left`` and
    ``right``: the gutter between two columns, or the gaps between a table's cells.

    The two columns' lines need not stand on the same rows: a channel is what no row
    crosses, with words on its left in some rows and on its right in others. Three rows are
    needed, and the words after the channel must start at one x (or before it end at one x).
    """
    free = _subtract([(left - 1.0, right + 1.0)], rows[start])
    end = start + 1
    stop = len(rows) if stop is None else stop
    while end < stop and free:
        row = rows[end]
        if row.top - rows[end - 1].bottom > 3.0 * row.size:
            break
        narrowed = _subtract(free, row)
        # The row would close the last channel with words on both sides: the zone ends.
        if not _interior(narrowed, left, right) and _interior(free, left, right):
            break
        # Columns show their gutter within a few rows, a table its gaps in its first: a run
        # of short lines that shows none is not followed further (that made a page of a
        # few hundred short lines cost the square of its length).
        if end - start >= 6 and not _interior(narrowed, left, right):
            break
        free = narrowed
        end += 1
    if end - start < 3:
        return None
    used = [
        (a, b)
        for a, b in free
        if a > left + 1.0 and b < right - 1.0 and _aligned(rows[start:end], a, b)
    ]
    return (end, used) if used else None


def _interior(free: list[tuple[float, float]], left: float, right: float) -> bool:
    return any(a > left + 1.0 and b < right - 1.0 for a, b in free)


def _aligned(rows: list[_Line], a: float, b: float) -> bool:
    """Whether the channel ``a``–``b`` is a column's edge: words after it start at ``b`` in
    at least two rows and in most rows with a word starting just after it (left-aligned
    cells, a second column of text), or words before it end at ``a`` likewise (right-aligned
    cells). The wide gaps of a justified line put the next word anywhere, and a stretched
    line (its gaps all alike) shows no edge at all."""
    showing = [row for row in rows if not _stretched(row)]
    starts = [w.x0 for row in showing for w in row.words if b - 0.5 <= w.x0 <= b + 2 * w.size]
    ends = [w.x1 for row in showing for w in row.words if a - 2 * w.size <= w.x1 <= a + 0.5]
    at_start = sum(1 for x in starts if x <= b + 2.5)
    at_end = sum(1 for x in ends if x >= a - 2.5)
    before = sum(1 for row in rows if any(w.x1 <= a + 0.5 for w in row.words))
    if before < 2:
        return False
    return (at_start >= 2 and at_start >= 0.6 * len(starts)) or (
        at_end >= 2 and at_end >= 0.6 * len(ends)
    )


def _column_bounds(rows: list[_Line], channels: list[tuple[float, float]]) -> list[float]:
    left = min(row.x0 for row in rows)
    right = max(row.x1 for row in rows)
    return [left] + [b for _, b in sorted(channels)] + [right + 0.5]


def _prose_columns(rows: list[_Line], bounds: list[float], body_size: float) -> bool:
    """Two or three columns of even width whose lines run to the column's edge read as text
    columns; anything else that shares channels is a table."""
    count = len(bounds) - 1
    if not 2 <= count <= 3:
        return False
    widths = [b - a for a, b in itertools.pairwise(bounds)]
    if max(widths) > 1.25 * min(widths):
        return False
    if max(w.size for row in rows for w in row.words) < 0.85 * body_size:
        return False  # small print in even columns: a table's cells
    full = 0
    lines = 0
    for x0, x1 in itertools.pairwise(bounds):
        for line in _clip(rows, x0, x1):
            lines += 1
            if line.x1 >= x0 + 0.8 * (x1 - x0) - 20:
                full += 1
    return lines > 0 and full / lines >= 0.5


def _aligned_table(rows: list[_Line], bounds: list[float], page: int, rules: list[Rule]) -> _Table:
    """A table told by alignment. Bold lines at its top are the header row. Below it, a new
    row starts where a rule is drawn, or where white space wider than the spacing of lines
    inside a cell runs across every column (a cell set in the middle of its row stands
    between the lines of its neighbours, not in a row of its own). When no such space
    shows, a line goes on with the row above only if each of its cells goes on with a cell
    the line above filled to its edge."""
    header_lines = 0
    while header_lines < len(rows) and rows[header_lines].bold:
        header_lines += 1
    if header_lines == len(rows):
        header_lines = 0
    groups: list[list[_Line]] = [rows[:header_lines]] if header_lines else []
    body = rows[header_lines:]
    size = statistics.median(row.size for row in body)
    spacing = _cell_spacing(body, bounds)
    rule_ys = [r.top for r in rules if r.horizontal]
    bands: list[list[_Line]] = [[body[0]]]
    bottom = body[0].bottom
    for row in body[1:]:
        ruled = any(bottom - 1 <= y <= row.top + 1 for y in rule_ys)
        if ruled or row.top - bottom > spacing + 0.3 * size:
            bands.append([row])
        else:
            bands[-1].append(row)
        bottom = max(bottom, row.bottom) if not (ruled or len(bands[-1]) == 1) else row.bottom
    if len(bands) == 1 and len(body) > 1:
        bands = [[body[0]]]
        for previous, row in itertools.pairwise(body):
            if _wraps(previous, row, bounds):
                bands[-1].append(row)
            else:
                bands.append([row])
    groups.extend(bands)
    table_rows = [_cells(group, bounds) for group in groups]
    return _Table(table_rows, page, rows[0].top, bounds, lines=rows)


def _cell_spacing(lines: list[_Line], bounds: list[float]) -> float:
    """The white space between two lines of one cell: the least gap between lines that
    follow each other in one column."""
    gaps = []
    for x0, x1 in itertools.pairwise(bounds):
        column = _clip(lines, x0, x1)
        gaps.extend(b.top - a.bottom for a, b in itertools.pairwise(column))
    return max(min(gaps, default=0.0), 0.0)


def _wraps(previous: _Line, line: _Line, bounds: list[float]) -> bool:
    """Whether every cell of ``line`` goes on with the cell above it, which ran to the
    column's edge (the next column's start, less a space)."""
    compared = False
    for x0, x1 in itertools.pairwise(bounds):
        below = _clip([line], x0, x1)
        if not below:
            continue
        above = _clip([previous], x0, x1)
        if not above:
            return False
        last = above[0].words[-1]
        first = below[0].words[0]
        room = x1 - _MIN_CHANNEL * last.size - last.x1
        if room >= 0.3 * last.size + (first.x1 - first.x0) and not last.text.endswith("-"):
            return False
        compared = True
    return compared


def _cells(lines: list[_Line], bounds: list[float]) -> list[str]:
    cells = []
    for x0, x1 in itertools.pairwise(bounds):
        parts = [line.text for line in _clip(lines, x0, x1)]
        cells.append(join_lines(parts))
    return cells


# -- ruled tables -----------------------------------------------------------------------------


def _ruled_tables(page: Page, words: list[Word]) -> tuple[list[_Table], list[Word]]:
    """Tables drawn with horizontal and vertical rules, and the words outside them."""
    horizontal = [r for r in page.rules if r.horizontal and r.x1 - r.x0 > 15]
    vertical = [r for r in page.rules if not r.horizontal and r.bottom - r.top > 4]
    if not horizontal or len(vertical) < 2:
        return [], words
    tables: list[_Table] = []
    taken: set[int] = set()
    for group in _grids(horizontal, vertical):
        h_rules = [r for r in group if r.horizontal]
        v_rules = [r for r in group if not r.horizontal]
        if len(h_rules) < 1 or len(v_rules) < 2:
            continue
        # Without an outer frame the first and last columns end where the rules across end.
        xs = _cluster(
            [r.x0 for r in v_rules]
            + [r.x1 for r in v_rules]
            + [min(r.x0 for r in h_rules), max(r.x1 for r in h_rules)],
            2.5,
        )
        ys = _cluster(
            [r.top for r in h_rules]
            + [r.bottom for r in h_rules]
            + [r.top for r in v_rules]
            + [r.bottom for r in v_rules],
            2.5,
        )
        if len(xs) < 2 or len(ys) < 2:
            continue
        top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
        inside = [
            w
            for w in words
            if left <= (w.x0 + w.x1) / 2 <= right
            and top <= w.middle <= bottom
            and id(w) not in taken
        ]
        if not inside:
            continue
        taken.update(id(w) for w in inside)
        bands = [
            band
            for y0, y1 in itertools.pairwise(ys)
            if (band := [w for w in inside if y0 <= w.middle < y1])
        ]
        rows: list[list[str]] = []
        for band in bands:
            lines = _rows(band)
            if len(bands) <= 2 and len(lines) >= 3:
                # Rules down the columns but (almost) none across: the rows are told apart
                # as in a table without rules.
                rows.extend(_aligned_table(lines, xs, page.number, []).rows)
            else:
                rows.append(_cells(lines, xs))
        last_rule = max((r.top for r in h_rules), default=bottom)
        lowest_word = max(w.bottom for w in inside)
        tables.append(_Table(rows, page.number, top, xs, open_end=lowest_word > last_rule + 1))
    rest = [w for w in words if id(w) not in taken]
    return tables, rest


def _grid_boxes(rules: list[Rule]) -> list[tuple[float, float, float, float]]:
    """The boxes (x0, top, x1, bottom) of the tables drawn with rules on a page."""
    horizontal = [r for r in rules if r.horizontal and r.x1 - r.x0 > 15]
    vertical = [r for r in rules if not r.horizontal and r.bottom - r.top > 4]
    if not horizontal or len(vertical) < 2:
        return []
    return [
        (
            min(r.x0 for r in group),
            min(r.top for r in group),
            max(r.x1 for r in group),
            max(r.bottom for r in group),
        )
        for group in _grids(horizontal, vertical)
        if any(r.horizontal for r in group) and sum(1 for r in group if not r.horizontal) >= 2
    ]


def _grids(horizontal: list[Rule], vertical: list[Rule]) -> list[list[Rule]]:
    """Rules that touch one another, gathered into one group per drawn table."""
    rules = horizontal + vertical
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def touch(a: Rule, b: Rule) -> bool:
        return (
            a.x0 - 2 <= b.x1
            and b.x0 - 2 <= a.x1
            and a.top - 2 <= b.bottom
            and b.top - 2 <= a.bottom
        )

    def continues(a: Rule, b: Rule) -> bool:
        """One line drawn in pieces (a column's rule drawn row by row)."""
        if a.horizontal:
            return abs(a.top - b.top) < 2 and a.x0 - 2 <= b.x1 and b.x0 - 2 <= a.x1
        return abs(a.x0 - b.x0) < 2 and a.top - 2 <= b.bottom and b.top - 2 <= a.bottom

    for i, a in enumerate(rules):
        for j in range(i + 1, len(rules)):
            b = rules[j]
            if (a.horizontal != b.horizontal and touch(a, b)) or (
                a.horizontal == b.horizontal and continues(a, b)
            ):
                parent[find(i)] = find(j)
    groups: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(find(i), []).append(rule)
    return [group for group in groups.values() if len(group) >= 3]


def _cluster(values: list[float], tolerance: float) -> list[float]:
    """Values within ``tolerance`` of each other, merged into their mean, sorted."""
    merged: list[list[float]] = []
    for value in sorted(values):
        if merged and value - merged[-1][-1] <= tolerance:
            merged[-1].append(value)
        else:
            merged.append([value])
    return [sum(group) / len(group) for group in merged]


# -- blocks in a column ---------------------------------------------------------------------------

_MARKER = re.compile(r"^(?:[•●○◦▪▫■□❖➢➤►▶✓✔·‣⁃\-–—*o?\uf000-\uf8ff]|\d{1,3}[.)]|[a-zåäö][.)])$")
_GLYPH = re.compile(r"^[•●○◦▪▫■□❖➢➤►▶✓✔·‣⁃\uf000-\uf8ff]$")
_LABEL_START = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:\s+[\wåäö]+)?:(?:\s|$)")
_TERMINAL = re.compile(r"[.!?:]['\"”’)\]]*$")


def _blocks(
    lines: list[_Line], page: int, left: float, right: float, body_size: float
) -> list[_Block]:
    """A column's lines cut into paragraphs, headings and list items."""
    blocks: list[_Block] = []
    pitch = _pitch(lines)
    for line in lines:
        current = blocks[-1] if blocks else None
        heading = line.size >= 1.15 * body_size
        starts_item = (
            not heading and len(line.words) > 1 and _MARKER.match(line.words[0].text) is not None
        )
        if starts_item and current is not None and not _GLYPH.match(line.words[0].text):
            # "- 34 år" or "18." at the start of a line may go on with the line above.
            last = current.last
            open_line = _full(current, line) and not _TERMINAL.search(last.text)
            starts_item = not (open_line and line.top - last.top < 1.25 * _step(pitch, last))
        if current is not None and not starts_item and _continues(current, line, pitch):
            current.lines.append(line)
            continue
        block = _Block([line], page, right, left)
        if starts_item:
            block.kind = "item"
            block.text_x = line.words[1].x0
        elif heading:
            block.kind = "heading"
        blocks.append(block)
    return blocks


def _pitch(lines: list[_Line]) -> dict[float, float]:
    """The usual distance from one line's top to the next's, per font size."""
    steps: dict[float, list[float]] = {}
    for a, b in itertools.pairwise(lines):
        if abs(a.size - b.size) < 0.5 and b.top > a.top:
            steps.setdefault(round(a.size * 2) / 2, []).append(b.top - a.top)
    return {size: min(values) for size, values in steps.items()}


def _step(pitch: dict[float, float], line: _Line) -> float:
    return pitch.get(round(line.size * 2) / 2, 1.2 * line.size)


def _continues(block: _Block, line: _Line, pitch: dict[float, float]) -> bool:
    """Whether ``line`` goes on with ``block`` (in the same column, just below it)."""
    last = block.last
    if abs(line.size - last.size) > 0.1 * last.size or line.bold != last.bold:
        return False
    step = _step(pitch, last)
    if line.top - last.top > step * 1.25 + 0.5:
        return False  # a gap: a new paragraph
    if block.kind == "item":
        # An item's later lines stand under its text, or, when its bullet was typed in
        # front of the text, back at the bullet.
        hanging = abs(line.x0 - block.text_x) <= 0.6 * line.size
        typed = abs(line.x0 - block.lines[0].x0) <= 0.6 * line.size
        if not (hanging or typed):
            return False
        # Back at the bullet, a line after a finished sentence that left room is what
        # follows the list (a heading, a paragraph), however long its first word.
        room = block.right - last.x1
        if not hanging and _TERMINAL.search(last.text) and room > 1.5 * last.size:
            return False
    elif abs(line.x0 - block.lines[0].x0) > 0.6 * line.size and len(block.lines) == 1:
        if line.x0 < block.lines[0].x0 - 0.6 * line.size:
            return _full(block, line)  # a first line set in: the paragraph goes on
        return False
    elif len(block.lines) > 1 and abs(line.x0 - block.lines[1].x0) > 0.6 * line.size:
        return False
    if _LABEL_START.match(line.text) and _TERMINAL.search(last.text):
        return False  # "Tidsplan: …" after "Åtgärd: … ." is a label of its own
    return _full(block, line)


def _full(block: _Block, line: _Line) -> bool:
    """Whether the block's last line was full: the first word of ``line`` would not fit."""
    last = block.last
    room = block.right - last.x1
    first = line.words[0]
    space = 0.25 * last.size
    return room < space + (first.x1 - first.x0) + 0.5 or last.text.endswith("-")


def _block_text(block: _Block, body_size: float) -> str:
    lines = [line.text for line in block.lines]
    if block.kind == "heading":
        lines[0] = "# " + lines[0]
    elif block.kind == "text" and all(
        line.x0 > block.left + 0.8 * body_size for line in block.lines
    ):
        lines[0] = " " + lines[0]  # set in as a whole: a list whose bullets are lost
    return "\n".join(lines)


# -- across columns and pages ------------------------------------------------------------------


def _stitch(items: list[tuple[int, _Block | _Table]]) -> list[_Block | _Table]:
    """Join what a column or page break cut in two: a paragraph or item that runs on, a table
    continued under a repeated header row, a table row split over the break."""
    out: list[_Block | _Table] = []
    for _, element in items:
        previous = out[-1] if out else None
        if (
            isinstance(element, _Table)
            and isinstance(previous, _Table)
            and previous.page != element.page
            and _same_table(previous, element)
        ):
            _continue_table(previous, element)
            continue
        if (
            isinstance(element, _Block)
            and isinstance(previous, _Block)
            and _runs_on(previous, element)
        ):
            # The block now ends in the new column: the next one is measured against it.
            previous.lines.extend(element.lines)
            previous.left, previous.right = element.left, element.right
            previous.last_page = element.page
            continue
        if isinstance(element, _Table) and element.header is None:
            element.header = element.rows[0] if element.rows else None
        out.append(element)
    return out


def _runs_on(previous: _Block, block: _Block) -> bool:
    """Whether ``block``, first in its column, goes on with ``previous``, last in the one
    before: the last line was full (the next word would not have fitted), and the new
    column's first line is no heading or new item and stands where the run-on line of such a
    block would (an item's at its text, an indented paragraph's indented)."""
    if previous.kind == "heading" or block.kind != "text":
        return False
    if previous.last_page == block.page and previous.left == block.left:
        return False  # the same column: a gap between them made two blocks
    first = block.lines[0]
    last = previous.last
    if abs(first.size - last.size) > 0.1 * last.size or first.bold != last.bold:
        return False
    inset = first.x0 - block.left
    if previous.kind == "item":
        if inset < 0.6 * first.size:
            return False  # an item's run-on lines stand at its text, not at the column edge
    elif (inset > 0.6 * first.size) != (last.x0 - previous.left > 0.6 * last.size):
        return False
    if _TERMINAL.search(last.text) and last.x1 < previous.right - last.size:
        return False  # a sentence's end short of the edge: the paragraph's end
    return _full(previous, first)


def _same_table(previous: _Table, table: _Table) -> bool:
    """Whether ``table`` goes on with ``previous``: the same columns, or, for a table told by
    alignment, the same header row repeated (the columns a page shows can differ when a
    column happens to be empty there; the table is then read again in the earlier ones)."""
    if len(previous.bounds) == len(table.bounds) and all(
        abs(a - b) < 6 for a, b in zip(previous.bounds, table.bounds, strict=True)
    ):
        return True
    if not (previous.lines and table.lines):
        return False
    if _squash([previous.lines[0].text]) != _squash([table.lines[0].text]):
        return False
    again = _aligned_table(table.lines, previous.bounds, table.page, [])
    table.rows, table.bounds = again.rows, again.bounds
    return True


def _continue_table(previous: _Table, table: _Table) -> None:
    rows = list(table.rows)
    if rows and previous.header is not None and _squash(rows[0]) == _squash(previous.header):
        rows = rows[1:]
    if rows and previous.rows and _row_runs_on(previous, rows[0]):
        last = previous.rows[-1]
        previous.rows[-1] = [
            join_lines([a, b]) if a and b else a or b for a, b in zip(last, rows[0], strict=True)
        ]
        rows = rows[1:]
    previous.rows.extend(rows)
    previous.open_end = table.open_end


def _row_runs_on(previous: _Table, row: list[str]) -> bool:
    """A table row split by the page break: the last row was left open (no rule under it),
    or every cell the new row fills goes on with a cell the last row left unfinished."""
    if previous.open_end:
        return True
    last = previous.rows[-1]
    filled = [(a, b) for a, b in zip(last, row, strict=False) if b]
    if not filled:
        return False
    return all(a and not _TERMINAL.search(a) for a, b in filled) and any(
        b[:1].islower() or a.endswith("-") for a, b in filled
    )


def _squash(row: list[str]) -> list[str]:
    return [" ".join(cell.split()).casefold() for cell in row]
