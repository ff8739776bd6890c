"""Lines into blocks (paragraphs, headings, list items, labels) within a column, and blocks
and table rows that run on across columns and pages put together again."""

from __future__ import annotations

import itertools
import re

from ingest.cleaning import join_lines
from ingest.layout.columns import aligned_table
from ingest.layout.shapes import MARKER, Block, Line, Table

_GLYPH = re.compile(r"^[•●○◦▪▫■□❖➢➤►▶✓✔·‣⁃\uf000-\uf8ff]$")


_LABEL_START = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:\s+[\wåäö]+)?:(?:\s|$)")


_TERMINAL = re.compile(r"[.!?:]['\"”’)\]]*$")


def into_blocks(
    lines: list[Line], page: int, left: float, right: float, body_size: float
) -> list[Block]:
    """A column's lines cut into paragraphs, headings and list items."""
    blocks: list[Block] = []
    pitch = _pitch(lines)
    for line in lines:
        current = blocks[-1] if blocks else None
        heading = line.size >= 1.15 * body_size
        starts_item = (
            not heading and len(line.words) > 1 and MARKER.match(line.words[0].text) is not None
        )
        if starts_item and current is not None and not _GLYPH.match(line.words[0].text):
            # "- 34 år" or "18." at the start of a line may go on with the line above.
            last = current.last
            open_line = _full(current, line) and not _TERMINAL.search(last.text)
            starts_item = not (open_line and line.top - last.top < 1.25 * _step(pitch, last))
        if current is not None and not starts_item and _continues(current, line, pitch):
            current.lines.append(line)
            continue
        block = Block([line], page, right, left)
        if starts_item:
            block.kind = "item"
            block.text_x = line.words[1].x0
            if current is not None and current.kind == "item":
                block.spacing = line.top - current.last.top
        elif heading:
            block.kind = "heading"
        blocks.append(block)
    return blocks


def _pitch(lines: list[Line]) -> dict[float, float]:
    """The usual distance from one line's top to the next's, per font size."""
    steps: dict[float, list[float]] = {}
    for a, b in itertools.pairwise(lines):
        if abs(a.size - b.size) < 0.5 and b.top > a.top:
            steps.setdefault(round(a.size * 2) / 2, []).append(b.top - a.top)
    return {size: min(values) for size, values in steps.items()}


def _step(pitch: dict[float, float], line: Line) -> float:
    return pitch.get(round(line.size * 2) / 2, 1.2 * line.size)


def _continues(block: Block, line: Line, pitch: dict[float, float]) -> bool:
    """Whether ``line`` goes on with ``block`` (in the same column, just below it)."""
    last = block.last
    if abs(line.size - last.size) > 0.1 * last.size or line.bold != last.bold:
        return False
    step = _step(pitch, last)
    if line.top - last.top > step * 1.25 + 0.5:
        return False  # a gap: a new paragraph
    if block.kind == "item":
        # Items set apart by more than the lines within one: a line as far below as the
        # next item would be is what follows the list.
        if block.spacing > 1.12 * step and line.top - last.top > 0.5 * (step + block.spacing):
            return False
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


def _full(block: Block, line: Line) -> bool:
    """Whether the block's last line was full: the first word of ``line`` would not fit."""
    last = block.last
    room = block.right - last.x1
    first = line.words[0]
    space = 0.25 * last.size
    return room < space + (first.x1 - first.x0) + 0.5 or last.text.endswith("-")


def block_text(block: Block, body_size: float) -> str:
    lines = [line.text for line in block.lines]
    if block.kind == "heading":
        lines[0] = "# " + lines[0]
    elif block.kind == "text" and all(
        line.x0 > block.left + 0.8 * body_size for line in block.lines
    ):
        lines[0] = " " + lines[0]  # set in as a whole: a list whose bullets are lost
    return "\n".join(lines)


def stitch(items: list[tuple[int, Block | Table]]) -> list[Block | Table]:
    """Join what a column or page break cut in two: a paragraph or item that runs on, a table
    continued under a repeated header row, a table row split over the break."""
    out: list[Block | Table] = []
    for _, element in items:
        previous = out[-1] if out else None
        if (
            isinstance(element, Table)
            and isinstance(previous, Table)
            and previous.page != element.page
            and _same_table(previous, element)
        ):
            _continue_table(previous, element)
            continue
        if (
            isinstance(element, Block)
            and isinstance(previous, Block)
            and _runs_on(previous, element)
        ):
            # The block now ends in the new column: the next one is measured against it.
            previous.lines.extend(element.lines)
            previous.left, previous.right = element.left, element.right
            previous.last_page = element.page
            continue
        if isinstance(element, Table) and element.header is None:
            element.header = element.rows[0] if element.rows else None
        out.append(element)
    return out


def _runs_on(previous: Block, block: Block) -> bool:
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


def _same_table(previous: Table, table: Table) -> bool:
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
    again = aligned_table(table.lines, previous.bounds, table.page, [])
    table.rows, table.bounds = again.rows, again.bounds
    return True


def _continue_table(previous: Table, table: Table) -> None:
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


def _row_runs_on(previous: Table, row: list[str]) -> bool:
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
