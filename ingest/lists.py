"""Read the list that follows a lead-in line ("… rekommenderar vi kommunstyrelsen att:").

A list's items are bullets or numbers when the extraction kept them. When it lost the
glyph, each item still starts on a line pushed in by a space while its continuation lines
are not, which is how such items are told apart. A short line without punctuation between
items is a sub-heading that groups the items after it ("Avseende …").
"""

from __future__ import annotations

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
            _subheading(block) and following is not None and _is_item(following, explicit=explicit)
        ):
            heading = block.text
        else:
            break
        index += 1
    return entries


def _subheading(block: Block) -> bool:
    return block.kind == "paragraph" and block.headingish and not block.indented
