"""Page furniture in extracted text: running headers and footers, page numbers, copyright and
classification lines and footnotes, taken out of the text and kept aside (the running header
often holds a report's only title and date). The layout reader (ingest.layout.furniture)
spots the same page numbers and repeats with the same rules."""

from __future__ import annotations

import re
from collections import Counter

# "12", "Sida 3 av 12", "s. 4", "3 (12)", "– 7 –": a line that is only a page number.
PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:sida\s+|page\s+|s\.\s*)?\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3}|\s*\(\d{1,3}\))?"
    r"(?:\s*[-–—])?$",
    re.IGNORECASE,
)


_FURNITURE_ANCHOR = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|all rights reserved|alla rättigheter förbehållna|"
    r"^document classification\b|^dokumentklassificering\b",
    re.IGNORECASE,
)


_FOOTNOTE_SEPARATOR = re.compile(r"^[ \t_]{20,}$")


_FOOTNOTE_LINE = re.compile(r"^\d{1,2}\s+\S")


_WINDOW = 6


def split_pages(lines: list[str]) -> list[tuple[int, list[str]]]:
    """The pages that hold text, each with its 1-based number (empty pages still count)."""
    pages: list[list[str]] = [[]]
    for line in lines:
        if "\f" in line:
            before, _, after = line.partition("\f")
            pages[-1].append(before)
            for part in after.split("\f"):
                pages.append([part])
        else:
            pages[-1].append(line)
    return [
        (number, page)
        for number, page in enumerate(pages, start=1)
        if any(line.strip() for line in page)
    ]


def shape(line: str) -> str:
    """A line's shape for spotting repeats: digits vary from page to page, spacing too, and
    marks an OCR reading may lose or add ("©") do not count."""
    text = re.sub(r"[^\w\s]", " ", line.replace("\x00", ""))
    return " ".join(re.sub(r"\d+", "#", text).split()).casefold()


def _remember(furniture: list[str], line: str) -> None:
    """Keep a furniture line aside (repeats are dropped once cleaning is done)."""
    text = " ".join(line.replace("\x00", "").split())
    if text:
        furniture.append(text)


def is_page_number(line: str) -> bool:
    return bool(PAGE_NUMBER.match(line.replace("\x00", "").strip()))


def remove_paged_furniture(
    numbered_pages: list[tuple[int, list[str]]], furniture: list[str]
) -> list[tuple[str, int | None]]:
    """Pages are known: drop lines repeated in the top or bottom zone of most pages."""
    pages = [page for _, page in numbered_pages]
    zones: list[list[int]] = []
    for page in pages:
        # A table's header row repeated on each page is the table's, not the page's.
        filled = [i for i, line in enumerate(page) if line.strip() and "\t" not in line]
        zones.append(filled[:4] + filled[-4:])
    counts: Counter[str] = Counter()
    for page, zone in zip(pages, zones, strict=True):
        counts.update({shape(page[i]) for i in zone})
    needed = max(2, (len(pages) + 1) // 2)
    repeated = {shape for shape, count in counts.items() if count >= needed and len(shape) < 120}
    kept: list[tuple[str, int | None]] = []
    for (number, page), zone in zip(numbered_pages, zones, strict=True):
        for i, line in enumerate(page):
            if i in zone and (
                shape(line) in repeated or is_page_number(line) or _FURNITURE_ANCHOR.search(line)
            ):
                if not is_page_number(line):
                    _remember(furniture, line)
                continue
            kept.append((line, number))
        kept.append(("", number))
    return kept


def remove_anchored_furniture(lines: list[str], furniture: list[str]) -> list[str]:
    """Pages are not marked: find the page breaks by their footers (page numbers, copyright,
    classification), then drop the lines that recur around most of the breaks."""
    filled = [i for i, line in enumerate(lines) if line.strip() and "\t" not in line]
    anchors = [
        n
        for n, i in enumerate(filled)
        if _FURNITURE_ANCHOR.search(lines[i]) or is_page_number(lines[i])
    ]
    # Anchors a few lines apart belong to the same page break.
    breaks: list[list[int]] = []
    for n in anchors:
        if breaks and n - breaks[-1][-1] <= _WINDOW:
            breaks[-1].append(n)
        else:
            breaks.append([n])
    windows = [
        set(filled[max(0, group[0] - _WINDOW) : group[-1] + _WINDOW + 1]) for group in breaks
    ]
    near_break: set[int] = set().union(*windows) if windows else set()
    # A line printed again at each break recurs at distinct places; a line that merely sits
    # between two breaks of a short page is one place, however many windows it falls in.
    counts = Counter(shape(lines[i]) for i in near_break)
    needed = max(2, round(0.4 * len(windows)))
    repeated = {
        shape for shape, count in counts.items() if count >= needed and 0 < len(shape) < 120
    }
    kept: list[str] = []
    for i, line in enumerate(lines):
        if line.strip():
            if _FURNITURE_ANCHOR.search(line):
                _remember(furniture, line)
                continue
            if is_page_number(line):
                continue
            if i in near_break and shape(line) in repeated:
                _remember(furniture, line)
                continue
        kept.append(line)
    return kept


def remove_footnotes(lines: list[str]) -> list[str]:
    """Drop footnotes printed under a long blank rule, up to where the page text resumes.

    The text that follows a footnote on the next page starts with a space in such
    extractions; a footnote's own lines do not.
    """
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not (_FOOTNOTE_SEPARATOR.match(line) and not line.strip(" \t_")):
            kept.append(line)
            index += 1
            continue
        index += 1
        while index < len(lines) and not lines[index].strip():
            index += 1
        if index < len(lines) and _FOOTNOTE_LINE.match(lines[index]):
            while index < len(lines) and lines[index].strip() and not lines[index][:1].isspace():
                index += 1
    return kept
