"""Running headers and footers and page numbers: lines repeated at the top or bottom of most
pages, taken out of the text and handed back as furniture."""

from __future__ import annotations

from collections import Counter

from ingest.furniture import is_page_number, shape
from ingest.layout.shapes import Line, Page, Word, line_rows
from ingest.layout.tables import grid_boxes

# The share of the page's height at its top and bottom where running headers and footers
# stand: the eighth, and at the top a little more for a line in one piece under them.
_EIGHTH = 0.125
_BAND = 0.15


def _segments(line: Line) -> list[Line]:
    """A row cut where the gap between two words is wide: a footer's left and right parts."""
    parts: list[list[Word]] = [[line.words[0]]]
    for previous, word in zip(line.words, line.words[1:], strict=False):
        if word.x0 - previous.x1 > 1.6 * max(previous.size, word.size):
            parts.append([word])
        else:
            parts[-1].append(word)
    return [Line(part) for part in parts]


def remove_furniture(pages: list[Page], furniture: list[str], body_size: float) -> list[list[Word]]:
    """Each page's words without its running header and footer lines and page number.

    A line counts as furniture when it stands in the top or bottom eighth of the page (or,
    in one piece, just under header lines that are furniture) and the same line (digits
    aside) stands there on at least two pages and two in five of them, in type no larger
    than the body's (a heading "Bilaga 2" at the top of its page is larger). A table's
    header row repeated at the top of each page it runs over is the table's: it stands
    inside the table's rules, or it is cut in four or more cells, or in bold ones.
    """
    zones: list[list[tuple[str, Line]]] = []
    counts: Counter[tuple[str, str]] = Counter()
    for page in pages:
        found: list[tuple[str, Line]] = []
        boxes = grid_boxes(page.rules)
        margins = [
            w
            for w in page.words
            if (w.top < page.height * _BAND or w.bottom > page.height * (1 - _EIGHTH))
            and not any(
                x0 <= w.x0 and w.x1 <= x1 and y0 <= w.middle <= y1 for x0, y0, x1, y1 in boxes
            )
        ]
        for row in line_rows(margins):
            segments = _segments(row)
            zone = (
                "top"
                if row.bottom < page.height * _EIGHTH
                else "bottom"
                if row.top > page.height * (1 - _EIGHTH)
                else None
            )
            if zone is None and row.top < page.height * _BAND and len(segments) == 1:
                # Just past the top eighth: furniture only if it goes on with a running
                # header above it (decided below, once the pages are counted).
                zone = "under" if not row.bold else None
            if zone is None or len(segments) >= 4 or (row.bold and len(segments) >= 2):
                continue
            for segment in segments:
                found.append((zone, segment))
        zones.append(found)
        counts.update({(zone, shape(segment.text)) for zone, segment in found})
    needed = max(2, -(-2 * len(pages) // 5))
    bodies: list[list[Word]] = []
    for page, found in zip(pages, zones, strict=True):
        removed: set[int] = set()
        # A line just past the top eighth is furniture when every line above it in the top
        # band was (a report's name, title and date set well apart), not after a line that
        # is the page's own ("Revisionsrapport" on a title page, then the kommun's name).
        header_whole = False
        for zone, segment in found:
            text = segment.text
            repeated = (
                counts[(zone, shape(text))] >= needed
                and len(pages) > 1
                and segment.size <= 1.05 * body_size
            )
            if zone == "under" and not (header_whole and repeated):
                header_whole = False
                continue
            if is_page_number(text):
                removed.update(id(w) for w in segment.words)
            elif repeated:
                removed.update(id(w) for w in segment.words)
                if text not in furniture:
                    furniture.append(text)
            if zone in ("top", "under"):
                header_whole = (header_whole or zone == "top") and id(segment.words[0]) in removed
        bodies.append([w for w in page.words if id(w) not in removed])
    return bodies


def body_edges(pages: list[list[Line]]) -> tuple[float | None, float | None]:
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
