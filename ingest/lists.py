"""Read the list that follows a lead-in line ("… rekommenderar vi kommunstyrelsen att:").

A list's items are bullets or numbers when the extraction kept them. When it lost the
glyph, each item still starts on a line pushed in by a space while its continuation lines
are not, which is how such items are told apart. A short line without punctuation between
items is a sub-heading that groups the items after it ("Avseende …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.cleaning import Block


@dataclass(frozen=True)
class Entry:
    """One list item, with the sub-heading it stands under (if any)."""

    block: Block
    heading: str | None

    @property
    def text(self) -> str:
        return self.block.text


def _is_item(block: Block, *, explicit: bool) -> bool:
    if block.kind == "item":
        return True
    if explicit:
        return False
    return block.kind == "paragraph" and block.indented and block.text[:1].isupper()


def collect(blocks: list[Block], start: int) -> list[Entry]:
    """The items from ``blocks[start]`` on, stopping at the first block that is not one."""
    explicit = next(
        (block.kind == "item" for block in blocks[start : start + 4] if not _subheading(block)),
        False,
    )
    entries: list[Entry] = []
    heading: str | None = None
    index = start
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if _is_item(block, explicit=explicit):
            entries.append(Entry(block, heading))
        elif (
            _subheading(block)
            and following is not None
            and _is_item(following, explicit=explicit)
            # A group of the same list goes on in the same kind of marker; bullets then
            # numbers under "Revisionsfrågor" are the next section's list.
            and (not entries or _family(following) == _family(entries[-1].block))
        ):
            heading = block.text
        else:
            break
        index += 1
    return entries


_RECOMMENDATION_COLUMN = re.compile(r"^(?:\w+s\s+)?rekommendation(?:er)?$", re.IGNORECASE)
_RESPONSIBLE_COLUMN = re.compile(r"^(?:ansvarig\w*|mottagare|adressat|berörd\w*)", re.I)


def table_items(blocks: list[Block], start: int) -> list[tuple[str, str]]:
    """A table of recommendations within the first blocks from ``start`` (a line may come
    between the lead and the table): under its header "Rekommendation", each row's text,
    and what its column "Ansvarig" names ("" without one)."""
    for index in range(start, min(start + 3, len(blocks))):
        header = blocks[index]
        if header.kind != "row":
            continue
        names = [cell.strip() for cell in header.cells]
        column = next((n for n, c in enumerate(names) if _RECOMMENDATION_COLUMN.match(c)), None)
        if column is None:
            return []
        responsible = next((n for n, c in enumerate(names) if _RESPONSIBLE_COLUMN.match(c)), None)
        found: list[tuple[str, str]] = []
        for row in blocks[index + 1 :]:
            if row.kind != "row" or len(row.cells) <= column:
                break
            whom = (
                row.cells[responsible]
                if responsible is not None and len(row.cells) > responsible
                else ""
            )
            if row.cells[column].strip():
                found.append((row.cells[column].strip(), whom))
        return found
    return []


def _family(block: Block) -> str:
    """Bullets, numbers or letters: the kind of marker an item has."""
    if block.number:
        return "letter" if block.number.isalpha() else "number"
    return "bullet"


def _subheading(block: Block) -> bool:
    """A group heading ("Avseende lokalerna"); a line ending in "att" is a lead-in that lost
    its colon, not a group."""
    return (
        block.kind == "paragraph"
        and block.headingish
        and not block.indented
        and not re.search(r"\batt$", block.text, re.IGNORECASE)
    )


_INLINE_BULLET = re.compile(r"\s*[•●▪■►➢✓]\s*")
# A dash that opens an item: at the start, or after the stop or comma that closed the last
# one; a hyphen inside a word ("moder- och dotterbolag") is not one.
_INLINE_DASH = re.compile(r"(?:^|(?<=[.;,:]))\s*[–—-]\s+")
# "1) …", "(a) …", and "1. …" opening the line or after the last item's stop or comma (not
# the day of "den 2. maj").
_INLINE_NUMBER = re.compile(
    r"(?:^|(?<=\s))\(?(?P<mark>\d{1,2}|[a-h])\)\s+|"
    r"(?:^|(?<=[.;:,]\s))(?P<dotted>\d{1,2})\.(?=\s+[^\W\d_])\s+"
)


def split_inline(text: str, *, leading: bool = True) -> list[str]:
    """The items of a list printed on one line: "• Se över … • Inför …", "– Se över …
    – Inför …", "1) se över …, 2) inför …". ``leading`` says the text starts with the first
    item's marker; without it (an item whose marker is already gone) at least one more
    marker must follow. Empty when the text is not such a list."""
    stripped = text.strip()
    for marker in (_INLINE_BULLET, _INLINE_DASH):
        starts = marker.match(stripped) is not None and marker.match(stripped).end() > 0
        parts = [part.strip() for part in marker.split(stripped) if part.strip()]
        if leading and starts and parts:
            return parts
        if not leading and len(parts) >= 2:
            return parts
    return _numbered_inline(stripped, leading=leading)


def _numbered_inline(text: str, *, leading: bool) -> list[str]:
    """ "1) … 2) … 3) …" or "a) … b) …": markers must count up from the first."""
    marks = list(_INLINE_NUMBER.finditer(text))
    if not marks or (leading and marks[0].start() != 0):
        return []
    expected = _mark(marks[0])
    if expected not in ("1", "a"):
        return []
    kept: list[re.Match[str]] = []
    for mark in marks:
        if _mark(mark) == expected:
            kept.append(mark)
            expected = str(int(expected) + 1) if expected.isdigit() else chr(ord(expected) + 1)
    if len(kept) < (1 if leading else 2):
        return []
    bounds = [m.start() for m in kept] + [len(text)]
    head = [] if leading else [text[: kept[0].start()].strip()]
    items = [text[kept[n].end() : bounds[n + 1]].strip() for n in range(len(kept))]
    return [item for item in head + items if item]


def _mark(match: re.Match[str]) -> str:
    return match["mark"] or match["dotted"]
