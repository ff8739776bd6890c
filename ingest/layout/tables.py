"""Tables drawn with ruling lines: their grids, cells and words."""

from __future__ import annotations

import itertools

from ingest.layout.columns import aligned_table, cell_texts
from ingest.layout.shapes import Page, Rule, Table, Word, line_rows


def ruled_tables(page: Page, words: list[Word]) -> tuple[list[Table], list[Word]]:
    """Tables drawn with horizontal and vertical rules, and the words outside them."""
    horizontal = [r for r in page.rules if r.horizontal and r.x1 - r.x0 > 15]
    vertical = [r for r in page.rules if not r.horizontal and r.bottom - r.top > 4]
    if not horizontal or len(vertical) < 2:
        return [], words
    tables: list[Table] = []
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
            lines = line_rows(band)
            if len(bands) <= 2 and len(lines) >= 3:
                # Rules down the columns but (almost) none across: the rows are told apart
                # as in a table without rules.
                rows.extend(aligned_table(lines, xs, page.number, [], padded=True).rows)
            else:
                rows.append(cell_texts(lines, xs, ruled=True))
        last_rule = max((r.top for r in h_rules), default=bottom)
        lowest_word = max(w.bottom for w in inside)
        tables.append(Table(rows, page.number, top, xs, open_end=lowest_word > last_rule + 1))
    rest = [w for w in words if id(w) not in taken]
    return tables, rest


def grid_boxes(rules: list[Rule]) -> list[tuple[float, float, float, float]]:
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
