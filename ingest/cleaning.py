"""Turn extracted text into clean blocks: paragraphs, list items, headings and table rows.

Text from a PDF or Word file carries the page furniture of every page (running headers and
footers, page numbers, "© 2018 KPMG AB …", "Document classification …"), lines broken at
the page width, words hyphenated at the line end, and bullets that became odd glyphs or a
bare space. This module removes the furniture (keeping it aside: the running header often
holds the only copy of a report's title and date), joins broken lines back into paragraphs
and list items, and strips Markdown and HTML markup left by converters.

Blocks are the unit every extractor works on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from ingest.furniture import (
    remove_anchored_furniture,
    remove_footnotes,
    remove_paged_furniture,
    split_pages,
)
from ingest.verbs import opens_advice

BlockKind = Literal["heading", "item", "paragraph", "row"]


# "?" is a bullet that a save in an 8-bit encoding could not keep (Notepad writes "●" or a
# Wingdings glyph as "?" in Windows-1252); no Swedish sentence starts with one.
_BULLET = re.compile(
    r"^(?P<marker>[•●○◦▪▫■□❖➢➤►▶✓✔·‣⁃\uf000-\uf8ff]|[-–—*](?=\s)|[o?](?=\s+[A-ZÅÄÖ]))"
    r"\s*(?P<rest>\S.*)$"
)


_NUMBERED = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<rest>\S.*)$")


_LETTERED = re.compile(r"^(?P<number>[a-zåäö]|ii|iii|iv|vi|vii|viii|ix)[.)]\s+(?P<rest>\S.*)$")


_LABELLED = re.compile(
    r"^(?P<label>Kontrollmål|Revisionsfråga|Delfråga|Granskningsfråga)\s+(?P<number>\d{1,3})"
    r"\s*[–—:.-]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)


_SECTION = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<rest>[A-ZÅÄÖ].*)$")


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


_HTML_TAG = re.compile(r"</?(?:b|i|u|em|strong|p|span|div|br|font)\b[^>]*>", re.IGNORECASE)


_FOOTNOTE_REF = re.compile(r"<sup>[^<]{0,12}</sup>", re.IGNORECASE)


_EMPHASIS = re.compile(r"\*+")


_LINE_END_HYPHEN = re.compile(r"[A-Za-zÅÄÖåäöÉé]-$")
_ONE_LETTER_BEFORE = re.compile(r"(?:^|[^\w])\w-$")


_TERMINAL = re.compile(r"[.!?]['\"”’)\]]*$")


_SUSPENDED_HYPHEN_NEXT = {"och", "eller", "samt", "respektive", "resp", "till", "&"}


# Non-breaking and narrow spaces, soft hyphens, zero-width marks and carriage returns.
_CHARACTER_FIXES = (
    ("\r\n", "\n"),
    ("\r", "\n"),
    ("\u00a0", " "),
    ("\u2007", " "),
    ("\u202f", " "),
    ("\u00ad", ""),
    ("\u200b", ""),
    ("\ufeff", ""),
)


@dataclass(frozen=True)
class Block:
    """A paragraph, list item, heading or table row, with its lines joined."""

    kind: BlockKind
    text: str
    marker: str | None = None
    number: str | None = None
    label: str | None = None
    indented: bool = False
    lines: int = 1
    cells: tuple[str, ...] = ()
    position: int = 0
    # 1-based, counted from the form feeds between pages; None for text without pages.
    page: int | None = None

    @property
    def headingish(self) -> bool:
        """A short line that ends without punctuation: a heading, a label or a list's end."""
        if self.kind == "heading":
            return True
        if self.kind != "paragraph" or self.lines > 2 or len(self.text) > 90:
            return False
        return not re.search(r"[.!?:;,]$", self.text) and self.text[:1].isupper()


@dataclass
class CleanDocument:
    """The blocks of one file, plus the running header and footer lines taken out of it."""

    blocks: list[Block]
    furniture: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)


@dataclass
class _Line:
    text: str
    indent: bool
    heading: bool
    blank_before: bool
    page: int | None


def clean(
    text: str, *, paged: bool = False, furniture: Iterable[str] = (), layout: bool = False
) -> CleanDocument:
    """Clean ``text`` into blocks. Pages may be separated by form feeds; ``paged`` says the
    text comes from a paged document (a PDF) even when it has one page, so its blocks are
    numbered from page 1 rather than left without a page. ``furniture`` is what the reader
    already took out (a Word file's page headers): it is kept aside with what cleaning finds.

    ``layout`` says the reader laid the text out from the page itself (ingest.layout): it
    took the furniture out, a blank line ends every block and a block's lines are its printed
    lines, so nothing is left to guess but the hyphens at their ends."""
    raw = text
    for old, new in _CHARACTER_FIXES:
        raw = raw.replace(old, new)
    # Pages are split first: a form feed must not be taken for the white space before a
    # Markdown heading ("\f# 3 Resultat") and stripped with it.
    pages = [
        (number, [_strip_markup(line) for line in remove_footnotes(page)])
        for number, page in split_pages(raw.split("\n"))
    ]
    if not layout:
        pages = [(number, space_aligned_rows(lines)) for number, lines in pages]
    found: list[str] = [" ".join(line.split()) for line in furniture]
    numbered: list[tuple[str, int | None]]
    if layout:
        numbered = [(line, number) for number, page in pages for line in [*page, ""]]
    elif len(pages) > 1:
        numbered = remove_paged_furniture(pages, found)
    else:
        number, lines = pages[0] if pages else (None, [])
        if not (paged or "\f" in raw):
            number = None
        numbered = [(line, number) for line in remove_anchored_furniture(lines, found)]
    return CleanDocument(
        blocks=_build_blocks(numbered, layout=layout),
        furniture=list(dict.fromkeys(filter(None, found))),
    )


_CELL_GAP = re.compile(r"\S(?: ?\S)*")  # a cell: words one space apart


def space_aligned_rows(lines: list[str]) -> list[str]:
    """A table typed with spaces (plain text, an e-mail, a PDF copied as text): three or
    more lines whose words stand in the same columns, two spaces or more apart, become
    tab-separated rows as a table's rows are. Every row must fill its first column (a
    letterhead pushed to the right is not a table) and have the same number of cells
    starting at the same places, give or take a character; prose with two spaces after a
    full stop does not line up so. A line set in whose words all stand in the table's
    columns is a cell wrapping onto a second line: its words go on in the row above."""
    out: list[str | None] = list(lines)
    cells = [_cells(line) for line in lines]
    start = 0
    while start < len(lines):
        columns = [at for at, _ in cells[start]] if not lines[start][:1].isspace() else []
        rows: list[list[str]] = []
        taken: list[int] = []
        index = start
        while len(columns) >= 2 and index < len(lines):
            found = cells[index]
            if not lines[index][:1].isspace() and _at(found, columns) == list(range(len(columns))):
                rows.append([text for _, text in found])
            elif rows and lines[index][:1].isspace() and found and None not in _at(found, columns):
                for (_, text), column in zip(found, _at(found, columns), strict=True):
                    rows[-1][column] = f"{rows[-1][column]} {text}".strip()
            else:
                break
            taken.append(index)
            index += 1
        if len(rows) >= 3:
            row_lines = iter(rows)
            for position in taken:
                # A continuation line is taken out (not blanked: the rows stay one table).
                set_in = lines[position][:1].isspace()
                out[position] = None if set_in else "\t".join(next(row_lines))
            start = index
        else:
            start += 1
    return [line for line in out if line is not None]


def _cells(line: str) -> list[tuple[int, str]]:
    if "\t" in line or not line.strip():
        return []
    return [(match.start(), match.group()) for match in _CELL_GAP.finditer(line)]


def _at(found: list[tuple[int, str]], columns: list[int]) -> list[int | None]:
    """Which of ``columns`` each cell of a line starts in (None where it starts in none)."""
    return [
        next((n for n, column in enumerate(columns) if abs(at - column) <= 1), None)
        for at, _ in found
    ]


def _strip_markup(line: str) -> str:
    """One line without HTML tags, footnote numbers or Markdown emphasis. A Markdown heading
    is marked with a leading NUL until blocks are built, so "# 1. Inledning" stays known as
    a heading once its hashes are gone."""
    line = _FOOTNOTE_REF.sub("", line)
    line = re.sub(r"</p>\s*<p>", " ", line, flags=re.IGNORECASE)
    line = _HTML_TAG.sub("", line)
    line = line.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    heading = _MARKDOWN_HEADING.match(line.lstrip())
    if heading:
        line = "\x00" + line.lstrip()[heading.end() :]
    bullet = re.match(r"^(\s*)\*(\s+)(?=\S)", line)
    if bullet:
        line = bullet.group(1) + "-" + bullet.group(2) + _EMPHASIS.sub("", line[bullet.end() :])
    else:
        line = _EMPHASIS.sub("", line)
    if line.strip() in {"---", "***", "___"}:
        return ""
    return line.rstrip(" ")


def _wrap_width(lines: list[str]) -> int | None:
    """The width text was wrapped at, or None when lines are whole paragraphs."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip() and "\t" not in line)
    if len(lengths) < 20:
        return None
    width = lengths[int(len(lengths) * 0.95)]
    return width if width <= 160 else None


def _classify(line: _Line, next_line: _Line | None) -> tuple[BlockKind | None, dict]:
    """What a line starts: a row, a heading, an item (with marker and number) or nothing."""
    text = line.text
    if "\t" in text:
        return "row", {}
    if line.heading:
        return "heading", {}
    labelled = _LABELLED.match(text)
    if labelled:
        return "item", {
            "marker": labelled["label"],
            "label": labelled["label"].capitalize(),
            "number": labelled["number"],
            "text": labelled["rest"],
        }
    section = _SECTION.match(text)
    if section and _looks_like_heading(section, next_line):
        return "heading", {"number": section["number"]}
    bullet = _BULLET.match(text)
    if bullet:
        return "item", {"marker": bullet["marker"], "text": bullet["rest"]}
    numbered = _NUMBERED.match(text)
    if numbered:
        return "item", {
            "marker": numbered["number"] + ".",
            "number": numbered["number"],
            "text": numbered["rest"],
        }
    lettered = _LETTERED.match(text)
    if lettered:
        return "item", {
            "marker": lettered["number"] + ")",
            "number": lettered["number"],
            "text": lettered["rest"],
        }
    return None, {}


def _looks_like_heading(section: re.Match[str], next_line: _Line | None) -> bool:
    title = section["rest"].strip()
    if re.search(r"[.!?:;,]$", title) or len(title) > 90:
        return False
    multi_level = "." in section["number"].strip(".")
    if multi_level:
        return True
    if next_line is not None and next_line.text[:1].islower():
        return False
    bare_number = not re.match(r"^\d{1,2}[.)]", section.group(0))
    return bare_number or len(title.split()) <= 5


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0]


def _join(pieces: list[str], line: str) -> None:
    """Append ``line`` to a block's ``pieces``, undoing a hyphenation at the line break.

    Only the last piece is looked at and changed, so a block of many lines costs what its
    lines cost: joining into one growing string made a long paragraph quadratic.
    """
    last = pieces[-1].rstrip()
    if _number_broken(last, line):
        pass
    elif _LINE_END_HYPHEN.search(last):
        next_word = _first_word(line).strip(",.").casefold()
        if next_word in _SUSPENDED_HYPHEN_NEXT:
            last += " "
        elif not (last[-2].isupper() or _ONE_LETTER_BEFORE.search(last)):
            # "e-" (e-handel) and "IT-" keep their hyphen: no Swedish word is broken after
            # its first letter, and an acronym is not broken at all.
            last = last[:-1]
    else:
        last += " "
    pieces[-1] = last
    pieces.append(line)


def _number_broken(before: str, line: str) -> bool:
    """A date or number broken at its hyphen: "senast 2024-" / "03-15"."""
    return before.endswith("-") and before[-2:-1].isdigit() and line[:1].isdigit()


def join_lines(lines: Iterable[str]) -> str:
    """Printed lines (a table cell's, say) as running text, their end hyphens undone."""
    pieces: list[str] = []
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if pieces:
            _join(pieces, text)
        else:
            pieces.append(text)
    return " ".join("".join(pieces).split())


def _continues(
    block_kind: BlockKind,
    previous: _Line,
    line: _Line,
    after: _Line | None,
    width: int | None,
    double_spaced: bool,
) -> bool:
    """Whether ``line`` carries on the block that ``previous`` ended (``after`` follows it).

    ``double_spaced`` says the block's own lines were separated by blank lines, so a blank
    line before ``line`` says nothing about a new paragraph.
    """
    before = previous.text.rstrip()
    text = line.text
    if block_kind == "row":
        return False
    if _LINE_END_HYPHEN.search(before) or _number_broken(before, text):
        return True
    if text[:1].islower():
        return not _lost_bullet(previous, line, width)
    if block_kind == "heading" or before.endswith(":"):
        return False
    if line.indent and text[:1].isupper():
        # A line pushed in by a space starts something new: a bullet whose glyph was lost,
        # or the first line of a page.
        return False
    wrapped = width is not None and len(before) + 1 + len(_first_word(text)) >= 0.93 * width
    if _TERMINAL.search(before):
        if _standalone(line, after, width):
            return False
        return wrapped and (double_spaced or not line.blank_before)
    return wrapped


# Words a line ends on when the sentence goes on in the next line.
_OPEN_END = re.compile(r"(?:\b(?:och|samt|eller|av|för|på|i|med|till|om|som|mot)|[,;–-])$", re.I)


def _lost_bullet(previous: _Line, line: _Line, width: int | None) -> bool:
    """A lower-case line pushed in by a space that opens a piece of advice ("  ta fram en
    plan …") after a lead-in ending in "att" or a colon, or after another such short line: an
    item whose bullet glyph was lost, not the rest of the line above."""
    if not line.indent or not opens_advice(_first_word(line.text)):
        return False
    before = previous.text.rstrip()
    lead_in = before.endswith(":") or before.casefold().endswith(" att")
    if line.blank_before:
        return lead_in
    if lead_in and not previous.indent:
        # Right under a lead-in set at the margin (a Word file's paragraphs have no blank
        # lines between them): a line that wrapped would not be set in.
        return True
    wrapped = width is not None and len(before) + 1 + len(_first_word(line.text)) >= 0.93 * width
    return previous.indent and not wrapped and not _OPEN_END.search(before)


def _standalone(line: _Line, after: _Line | None, width: int | None) -> bool:
    """A short unpunctuated line that the next line does not continue: a heading."""
    if _TERMINAL.search(line.text) or line.text.endswith((",", ";", ":")):
        return False
    if after is None:
        return True
    wraps = width is not None and len(line.text) + 1 + len(_first_word(after.text)) >= 0.93 * width
    return not (after.text[:1].islower() or wraps)


def _build_blocks(raw_lines: list[tuple[str, int | None]], *, layout: bool) -> list[Block]:
    lines: list[_Line] = []
    blank = False
    for raw, page in raw_lines:
        if not raw.strip():
            blank = True
            continue
        heading = raw.startswith("\x00")
        body = raw.replace("\x00", "")
        text = body.strip() if "\t" not in body else body.strip(" ")
        lines.append(_Line(text, body[:1].isspace(), heading, blank, page))
        blank = False
    width = _wrap_width([line.text for line in lines])

    blocks: list[Block] = []
    current: dict | None = None
    previous: _Line | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            blocks.append(_finish(current, len(blocks)))
        current = None

    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        kind, details = _classify(line, following)
        # Laid-out text says itself where a block ends: a blank line, or a table row. A line
        # inside a block that looks like a new item ("- 34 år") goes on with it all the same.
        if layout:
            goes_on = (
                current is not None
                and not line.blank_before
                and kind != "row"
                and current["kind"] != "row"
            )
        else:
            goes_on = (
                current is not None
                and previous is not None
                and kind is None
                and _continues(
                    current["kind"], previous, line, following, width, current["double_spaced"]
                )
            )
        if goes_on:
            _join(current["pieces"], line.text)
            current["lines"] += 1
            current["double_spaced"] = current["double_spaced"] or line.blank_before
            previous = line
            continue
        close()
        current = {
            "kind": kind or "paragraph",
            "pieces": [details.get("text", line.text)],
            "marker": details.get("marker"),
            "number": details.get("number"),
            "label": details.get("label"),
            "indented": line.indent,
            "lines": 1,
            "double_spaced": False,
            "page": line.page,
        }
        previous = line
    close()
    return blocks


def _finish(parts: dict, position: int) -> Block:
    text = "".join(parts["pieces"])
    if parts["kind"] == "row":
        cells = tuple(" ".join(cell.split()) for cell in text.split("\t"))
        return Block(
            kind="row",
            text=" ".join(cell for cell in cells if cell),
            cells=cells,
            position=position,
            page=parts["page"],
        )
    return Block(
        kind=parts["kind"],
        text=" ".join(text.split()),
        marker=parts["marker"],
        number=parts["number"],
        label=parts["label"],
        indented=parts["indented"],
        lines=parts["lines"],
        position=position,
        page=parts["page"],
    )
