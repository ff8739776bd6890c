"""A corpus text read into its parts (headings, paragraphs, list items, tables) so it can be
laid out again as PDF or Word."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.cleaning import Block, clean


@dataclass(frozen=True)
class Table:
    rows: list[tuple[str, ...]]


@dataclass
class Document:
    """A text's parts in order (blocks, with consecutive table rows gathered into tables),
    and its running header and footer lines."""

    parts: list[Block | Table]
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)


_FOOTER_LINE = re.compile(r"©|\(c\)|copyright|rights reserved|classification|klassificering", re.I)


def parse(text: str) -> Document:
    """The parts of a corpus text, as the cleaner reads them."""
    cleaned = clean(text)
    parts: list[Block | Table] = []
    for block in cleaned.blocks:
        if block.kind == "row":
            if not any(cell.strip() for cell in block.cells):
                continue
            if parts and isinstance(parts[-1], Table):
                parts[-1].rows.append(block.cells)
            else:
                parts.append(Table([block.cells]))
        else:
            parts.append(block)
    header = [line for line in cleaned.furniture if not _FOOTER_LINE.search(line)]
    footer = [line for line in cleaned.furniture if _FOOTER_LINE.search(line)]
    return Document(parts, header, footer)
