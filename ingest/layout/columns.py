"""Columns and tables without rules, found as channels of white space that run down a
stretch of the page."""

from __future__ import annotations

import itertools
import statistics

from simplemma import is_known

from ingest.cleaning import join_lines
from ingest.layout.shapes import MARKER, Line, Rule, Table, clip

_MIN_CHANNEL = 0.45  # of the font size: narrower white space is a space between words


def _occupied(row: Line) -> list[tuple[float, float]]:
    """The stretches of a row that words cover, a gap narrower than a channel bridged, and
    a list item's bullet or number with its text."""
    words = row.words
    spans: list[list[float]] = []
    for index, word in enumerate(words):
        bridge = _MIN_CHANNEL * word.size
        after_marker = index == 1 and MARKER.match(words[0].text) is not None
        if spans and (word.x0 - spans[-1][1] < bridge or after_marker):
            spans[-1][1] = max(spans[-1][1], word.x1)
        else:
            spans.append([word.x0, word.x1])
    return [(a, b) for a, b in spans]


def _stretched(row: Line) -> bool:
    """A justified line stretched to its column's edge: its gaps are all alike, so none of
    them shows where a column ends. A list item's bullet or number stands apart from its text
    by an indent of its own, not by a stretched space."""
    words = row.words
    if len(words) > 1 and MARKER.match(words[0].text) is not None:
        words = words[1:]
    widths = [b.x0 - a.x1 for a, b in itertools.pairwise(words)]
    return len(widths) >= 4 and max(widths) <= 1.35 * max(min(widths), 0.1)


def _subtract(free: list[tuple[float, float]], row: Line) -> list[tuple[float, float]]:
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


def find_zone(
    rows: list[Line], start: int, left: float, right: float, stop: int | None = None
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


def _aligned(rows: list[Line], a: float, b: float) -> bool:
    """Whether the channel ``a``–``b`` is a column's edge: words after it start at ``b`` in
    at least two rows and in most rows with a word starting just after it (left-aligned
    cells, a second column of text), or words before it end at ``a`` likewise (right-aligned
    cells). The wide gaps of a justified line put the next word anywhere: in a stretched line
    (its gaps all alike) only where it starts and ends shows an edge."""
    starts: list[float] = []
    ends: list[float] = []
    for row in rows:
        stretched = _stretched(row)
        firsts = row.words[:1] if stretched else row.words
        lasts = row.words[-1:] if stretched else row.words
        starts.extend(w.x0 for w in firsts if b - 0.5 <= w.x0 <= b + 2 * w.size)
        ends.extend(w.x1 for w in lasts if a - 2 * w.size <= w.x1 <= a + 0.5)
    at_start = sum(1 for x in starts if x <= b + 2.5)
    at_end = sum(1 for x in ends if x >= a - 2.5)
    before = sum(1 for row in rows if any(w.x1 <= a + 0.5 for w in row.words))
    if before < 2:
        return False
    return (at_start >= 2 and at_start >= 0.6 * len(starts)) or (
        at_end >= 2 and at_end >= 0.6 * len(ends)
    )


def column_bounds(rows: list[Line], channels: list[tuple[float, float]]) -> list[float]:
    left = min(row.x0 for row in rows)
    right = max(row.x1 for row in rows)
    return [left] + [b for _, b in sorted(channels)] + [right + 0.5]


def prose_columns(rows: list[Line], bounds: list[float], body_size: float) -> bool:
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
    columns = [clip(rows, x0, x1) for x0, x1 in itertools.pairwise(bounds)]
    for (x0, x1), column in zip(itertools.pairwise(bounds), columns, strict=True):
        for line in column:
            lines += 1
            if line.x1 >= x0 + 0.8 * (x1 - x0) - 20:
                full += 1
    return lines > 0 and (full / lines >= 0.5 or _off_the_rows(columns))


def _off_the_rows(columns: list[list[Line]]) -> bool:
    """Whether a column's lines stand between the lines beside them rather than on them, as
    columns of text do once a heading or a paragraph's spacing has shifted one of them: a
    table's cells start on their row's line and wrap at one pitch. Short lines (a letter's
    head, a list) then do not make two columns of text a table."""
    for left, right in itertools.pairwise(columns):
        tops = [line.top for line in left]
        if len(tops) < 3 or len(right) < 3:
            continue
        within = [line for line in right if tops[0] - 1.0 <= line.top <= tops[-1] + 1.0]
        off = [
            line for line in within if min(abs(line.top - top) for top in tops) > 0.2 * line.size
        ]
        if len(off) >= 3 and len(off) >= 0.3 * len(within):
            return True
    return False


def aligned_table(
    rows: list[Line], bounds: list[float], page: int, rules: list[Rule], *, padded: bool = False
) -> Table:
    """A table told by alignment. Bold lines at its top are the header row. Below it, a new
    row starts where a rule is drawn, or where white space wider than the spacing of lines
    inside a cell runs across every column (a cell set in the middle of its row stands
    between the lines of its neighbours, not in a row of its own). When no such space
    shows, a line goes on with the row above only if each of its cells goes on with a cell
    the line above filled to its edge. ``padded`` says the bounds are rules down the columns,
    which cells are padded from."""
    header_lines = 0
    while header_lines < len(rows) and rows[header_lines].bold:
        header_lines += 1
    if header_lines == len(rows):
        header_lines = 0
    groups: list[list[Line]] = [rows[:header_lines]] if header_lines else []
    body = rows[header_lines:]
    size = statistics.median(row.size for row in body)
    spacing = _cell_spacing(body, bounds)
    rule_ys = [r.top for r in rules if r.horizontal]
    bands: list[list[Line]] = [[body[0]]]
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
    table_rows = [cell_texts(group, bounds, ruled=padded) for group in groups]
    return Table(table_rows, page, rows[0].top, bounds, lines=rows)


def _cell_spacing(lines: list[Line], bounds: list[float]) -> float:
    """The white space between two lines of one cell: the least gap between lines that
    follow each other in one column."""
    gaps = []
    for x0, x1 in itertools.pairwise(bounds):
        column = clip(lines, x0, x1)
        gaps.extend(b.top - a.bottom for a, b in itertools.pairwise(column))
    return max(min(gaps, default=0.0), 0.0)


def _wraps(previous: Line, line: Line, bounds: list[float]) -> bool:
    """Whether every cell of ``line`` goes on with the cell above it, which ran to the
    column's edge (the next column's start, less a space)."""
    compared = False
    for x0, x1 in itertools.pairwise(bounds):
        below = clip([line], x0, x1)
        if not below:
            continue
        above = clip([previous], x0, x1)
        if not above:
            return False
        last = above[0].words[-1]
        first = below[0].words[0]
        room = x1 - _MIN_CHANNEL * last.size - last.x1
        if room >= 0.3 * last.size + (first.x1 - first.x0) and not last.text.endswith("-"):
            return False
        compared = True
    return compared


def cell_texts(lines: list[Line], bounds: list[float], *, ruled: bool = False) -> list[str]:
    """Each column's lines joined into its cell's text; between ``ruled`` bounds (a cell's
    rules) a word too long for its cell, broken without a hyphen, is whole again."""
    cells = []
    for x0, x1 in itertools.pairwise(bounds):
        column = clip(lines, x0, x1)
        parts = _mended(column, x0, x1) if ruled else [line.text for line in column]
        cells.append(join_lines(parts))
    return cells


def _mended(lines: list[Line], x0: float, x1: float) -> list[str]:
    """The cell's lines, a line that is one word filling the cell to its padding put
    together with the start of the next line when that is the rest of the word: a word
    processor breaks a word wider than a narrow cell anywhere, without a hyphen
    ("Integrationss" / "amordnare", "Rekommend" / "ation")."""
    if not lines:
        return []
    padding = max(min(line.x0 for line in lines) - x0, 0.0)
    parts = [lines[0].text]
    for previous, line in itertools.pairwise(lines):
        word = previous.words[-1]
        rest = line.words[0].text
        filled = word.x1 >= x1 - padding - 0.6 * word.size
        going_on = rest[:1].islower() or rest[:1].isdigit()
        if len(previous.words) == 1 and filled and going_on and _broken(word.text, rest):
            parts[-1] += line.text
        else:
            parts.append(line.text)
    return parts


def _broken(fragment: str, rest: str) -> bool:
    """Whether ``fragment`` and ``rest`` are one word broken in two: the digits of one
    number or date; together a known word ("organisation" "en", "verksamhets" "utvecklare");
    or either is no word of its own ("Integrationss" "amordnare"), unless the rest is a
    little word such as "och" (a compound the dictionary lacks ends the line before it).
    Two known words that make no known word together are left apart ("kommunens" /
    "verksamhet"), so a compound the dictionary lacks, broken at its seam, stays broken."""
    head = fragment.casefold()
    tail = rest.casefold().rstrip(".,;:)")
    if head[-1:].isdigit() and tail[:1].isdigit():
        return True  # a date or number: "2025-06-3" / "0"
    if not head.isalpha() or not tail.isalpha():
        return False
    if is_known(head + tail, lang="sv"):
        return True
    if tail in _FUNCTION_WORDS:
        return False  # a compound the dictionary lacks, then "och": two words
    return not is_known(head, lang="sv") or not is_known(tail, lang="sv")


# Words that start a line after a long word far more often than they end one.
_FUNCTION_WORDS = frozenset(
    "och att som för med av till på i om eller samt men det den de en ett är har ska kan "  # noqa: SIM905
    "inte vid från under efter mot hos utan både så än där när".split()
)
