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
import statistics

from ingest.layout.blocks import block_text, into_blocks, stitch
from ingest.layout.columns import aligned_table, column_bounds, find_zone, prose_columns
from ingest.layout.furniture import body_edges, remove_furniture
from ingest.layout.shapes import Block, Line, Page, Table, Word, body_font_size, clip, line_rows
from ingest.layout.tables import ruled_tables


def lay_out(pages: list[Page]) -> tuple[str, list[str]]:
    """The layout text of ``pages`` (in order) and the furniture lines taken out of them."""
    body_size = body_font_size(pages)
    furniture: list[str] = []
    bodies = remove_furniture(pages, furniture, body_size)
    rows = [line_rows(words) for words in bodies]
    left_edge, right_edge = body_edges(rows)
    items: list[tuple[int, Block | Table]] = []
    for page, words, page_rows in zip(pages, bodies, rows, strict=True):
        edges = (left_edge, right_edge)
        for element in _read_page(page, words, page_rows, body_size, edges):
            items.append((page.number, element))
    merged = stitch(items)
    by_page: dict[int, list[str]] = {page.number: [] for page in pages}
    for element in merged:
        if isinstance(element, Table):
            by_page[element.page].append("\n".join("\t".join(row) for row in element.rows))
        else:
            by_page[element.page].append(block_text(element, body_size))
    text = "\f".join("\n\n".join(by_page[page.number]) for page in pages)
    return text, furniture


def plain_text(pages: list[Page]) -> str:
    """The pages' words row by row, for the cleaner to read as it reads any text: what is
    left when the layout cannot be read."""
    return "\f".join("\n".join(row.text for row in line_rows(page.words)) for page in pages)


def _read_page(
    page: Page,
    words: list[Word],
    rows: list[Line],
    body_size: float,
    edges: tuple[float | None, float | None],
) -> list[Block | Table]:
    """A page's blocks and tables in reading order (``rows`` are the rows of ``words``)."""
    tables, rest = ruled_tables(page, words)
    if tables:
        rows = line_rows(rest)
    elements: list[tuple[float, list[Block | Table]]] = [(t.top, [t]) for t in tables]
    left_edge, right_edge = edges
    left = min((row.x0 for row in rows), default=0.0)
    if left_edge is not None:
        left = min(left, left_edge)
    right = max(right_edge or 0.0, max((row.x1 for row in rows), default=0.0))
    index = 0
    pending: list[Line] = []

    def flush() -> None:
        if pending:
            elements.append(
                (pending[0].top, into_blocks(pending, page.number, left, right, body_size))
            )
            pending.clear()

    table_tops = sorted(t.top for t in tables)
    while index < len(rows):
        if pending and any(pending[-1].top < top < rows[index].top for top in table_tops):
            flush()  # text above a ruled table and text below it are two runs
        zone = find_zone(rows, index, left, right)
        if zone is None:
            pending.append(rows[index])
            index += 1
            continue
        # A paragraph's short last line just above a table leaves the table's channels
        # free on its right only: the table starts below it when that shows more columns.
        later = find_zone(rows, index + 1, left, right)
        while later is not None and len(later[1]) > len(zone[1]):
            pending.append(rows[index])
            index += 1
            zone, later = later, find_zone(rows, index + 1, left, right)
        end, channels = zone
        zone_rows = rows[index:end]
        bounds = column_bounds(zone_rows, channels)
        prose = prose_columns(zone_rows, bounds, body_size)
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
                again = find_zone(rows, index, left, right, stop=end)
                if again is None:
                    pending.extend(rows[index:end])
                    index = end
                    continue
                end, channels = again
                zone_rows = rows[index:end]
                bounds = column_bounds(zone_rows, channels)
        flush()
        if prose:
            parts: list[Block | Table] = []
            width = channels[0][0] - left  # columns of text are as wide as the first
            for column, (x0, x1) in enumerate(itertools.pairwise(bounds)):
                lines = clip(zone_rows, x0, x1)
                edge = channels[column][0] if column < len(channels) else right
                # A column whose lines here are all set in (a list) starts left of them.
                start = left if column == 0 else min(x0, edge - width)
                parts.extend(into_blocks(lines, page.number, start, edge, body_size))
            elements.append((zone_rows[0].top, parts))
        else:
            elements.append(
                (zone_rows[0].top, [aligned_table(zone_rows, bounds, page.number, page.rules)])
            )
        index = end
    flush()
    elements.sort(key=lambda item: item[0])
    return [element for _, group in elements for element in group]
