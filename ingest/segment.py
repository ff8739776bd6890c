"""Split one file into the documents it holds.

A municipality often files an audit as one PDF: the boards' responses (yttranden) with their
action plans, the protocol extracts that decided them, the civil servant's memo
(tjänsteskrivelse), the auditors' cover letter (missiv) asking for the responses, and the
report itself. Each needs a different reading, so each becomes its own segment:

* ``response`` — starts at the header block (board, handläggare, datum, diarienummer) before a
  "YTTRANDE" line, or at a heading "Yttrande från …" / "Svar på …";
* ``protocol`` — "§ 41", "Protokollsutdrag", "Utdrag ur protokoll";
* ``memo`` — "Tjänsteskrivelse", "Tjänsteutlåtande";
* ``report`` — a title page ("Revisionsrapport", "Granskningsrapport") or, without one, a
  "Sammanfattning" heading followed by the sections of a report;
* ``missive`` — the auditors' letter: from its date line to the report, recognised by what
  such letters say (they hand over a report, ask for a response by a date, are signed for the
  auditors). A file that is nothing but such a letter (a revisionsskrivelse) is one too;
* ``other`` — anything before the first recognised document that is none of these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ingest.cleaning import Block
from ingest.dates import MONTHS, DateMention, find_dates

SegmentKind = Literal["report", "missive", "response", "protocol", "memo", "other"]

_MEMO = re.compile(r"^(?:tjänsteskrivelse|tjänsteutlåtande|beslutsunderlag)$", re.IGNORECASE)
_PROTOCOL = re.compile(
    r"^(?:§\s*\d+|protokollsutdrag|utdrag ur (?:sammanträdes)?protokoll(?:et)?|"
    r"sammanträdesprotokoll|protokoll)$",
    re.IGNORECASE,
)
_RESPONSE_MARK = re.compile(r"^(?:yttrande|svar|svar på revisionsrapport)$", re.IGNORECASE)
_RESPONSE_HEADING = re.compile(
    r"^(?:yttrande|svar)\s+(?:från|över|på|avseende|angående|med anledning av)\b", re.IGNORECASE
)
_REPORT_TITLE = re.compile(
    r"^(?:revisionsrapport|granskningsrapport|rapport från granskning)(?:\s+\d{4})?$",
    re.IGNORECASE,
)
_SUMMARY = re.compile(r"^(?:\d{1,2}\.?\s+)?sammanfattning$", re.IGNORECASE)
_REPORT_SECTIONS = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:inledning|bakgrund|syfte|revisionsfråg|kontrollmål|"
    r"avgränsning|revisionskriterier|metod|iakttagelser|bedömning|rekommendationer|"
    r"granskningsresultat|resultat av granskningen)",
    re.IGNORECASE,
)
_LETTER_CUES = (
    re.compile(r"\b(?:överlämnar|översänder|bifogar)\b.*\b(?:rapport|granskning)", re.IGNORECASE),
    re.compile(
        r"\b(?:yttrande|svar|redovisning)\b.{0,120}\b(?:önskas|emotses|begärs|senast)\b",
        re.IGNORECASE,
    ),
    re.compile(r"^för\b.{0,60}\brevisor(?:er|erna)\b", re.IGNORECASE),
    re.compile(r"\brevisionsskrivelse\b", re.IGNORECASE),
)
_ADDRESS_LINE = re.compile(r"^(?:till|kopia(?:\s+till)?|från|för kännedom)\b", re.IGNORECASE)
_BACKTRACK = 6


@dataclass
class Segment:
    """One document inside a file: its kind and its blocks, in file order."""

    kind: SegmentKind
    blocks: list[Block]

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)


def date_line(block: Block) -> DateMention | None:
    """The date of a block that is nothing but a date: "2019-03-18", "13 november 2018",
    "December 2018", "Datum: 2019-03-18", "Stockholm den 4 mars 2025"."""
    text = block.text.strip(" .")
    if len(text) > 60:
        return None
    place = re.match(r"^(?:datum:?|(?P<word>[A-ZÅÄÖ][a-zåäö]+)(?:\s+den)?)\s+(?=\d)", text)
    if place and (place["word"] or "").casefold() not in MONTHS:
        text = text[place.end() :]
    mentions = find_dates(text)
    if len(mentions) != 1 or mentions[0].precision == "year":
        return None
    if mentions[0].start != 0 or mentions[0].end < len(text) - 1:
        return None
    return mentions[0]


def is_date_line(block: Block) -> bool:
    return date_line(block) is not None


def _header_like(block: Block) -> bool:
    if block.kind == "row" or block.kind == "item":
        return False
    return block.headingish or is_date_line(block) or len(block.text) < 40


def _is_letter(blocks: list[Block]) -> bool:
    return any(cue.search(block.text) for block in blocks for cue in _LETTER_CUES)


def _looks_like_report(blocks: list[Block]) -> bool:
    sections = sum(1 for b in blocks if b.headingish and _REPORT_SECTIONS.match(b.text))
    return sections >= 3


def segment(blocks: list[Block]) -> list[Segment]:
    """Split ``blocks`` into the documents of the file, in file order."""
    starts: dict[int, SegmentKind] = {}
    last_response_mark = -100
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if _MEMO.match(text):
            starts[index] = "memo"
        elif _PROTOCOL.match(text):
            starts[index] = "protocol"
        elif _RESPONSE_MARK.match(text) or (
            block.headingish
            and _RESPONSE_HEADING.match(text)
            and index - last_response_mark > 8
            and not _names_the_response(starts, index)
        ):
            starts[_response_start(blocks, index, starts)] = "response"
            last_response_mark = index

    report_start = _report_start(blocks, starts)
    if report_start is not None:
        starts[report_start] = "report"
    missive_start = _missive_start(blocks, starts, report_start)
    if missive_start is not None:
        starts[missive_start] = "missive"

    segments: list[Segment] = []
    ordered = sorted(starts.items())
    if not ordered or ordered[0][0] > 0:
        first_end = ordered[0][0] if ordered else len(blocks)
        head = blocks[:first_end]
        if head:
            segments.append(Segment(_classify_loose(head, alone=not ordered), head))
    for n, (start, kind) in enumerate(ordered):
        end = ordered[n + 1][0] if n + 1 < len(ordered) else len(blocks)
        if blocks[start:end]:
            segments.append(Segment(kind, blocks[start:end]))
    return segments


def _names_the_response(starts: dict[int, SegmentKind], index: int) -> bool:
    """A protocol or memo just above titles its matter "Svar på …": that is not a response."""
    previous = max((start for start in starts if start < index), default=None)
    return (
        previous is not None and starts[previous] in ("protocol", "memo") and index - previous <= 15
    )


def _response_start(blocks: list[Block], marker: int, starts: dict[int, SegmentKind]) -> int:
    """Where a response begins: the header lines (board, handläggare, datum) above its marker."""
    if not _RESPONSE_MARK.match(blocks[marker].text.strip()):
        return marker
    start = marker
    floor = max((s for s in starts if s < marker), default=-1)
    while start - 1 > floor and marker - (start - 1) <= _BACKTRACK:
        if not _header_like(blocks[start - 1]):
            break
        start -= 1
    return start


def _report_start(blocks: list[Block], starts: dict[int, SegmentKind]) -> int | None:
    for index, block in enumerate(blocks):
        if _REPORT_TITLE.match(block.text.strip()) and block.headingish:
            return index
    floor = max(starts) + 1 if starts else 0
    for index in range(floor, len(blocks)):
        block = blocks[index]
        if block.headingish and _SUMMARY.match(block.text.strip()):
            if not _looks_like_report(blocks[index : index + 60]):
                continue
            # Without other documents, what precedes the summary is the report's own cover
            # page, unless it is the auditors' letter.
            if starts or _is_letter(blocks[:index]):
                return index
            return None
    return None


def _missive_start(
    blocks: list[Block], starts: dict[int, SegmentKind], report_start: int | None
) -> int | None:
    """The auditors' letter between the last other document and the report, if there is one:
    it starts at the first date line that is followed closely by what such letters say."""
    if not starts:
        return None
    end = report_start if report_start is not None else len(blocks)
    before = [s for s in starts if s < end and s != report_start]
    floor = max(before, default=-1)
    letter_date = next(
        (
            i
            for i in range(floor + 1, end)
            if is_date_line(blocks[i])
            and any(
                cue.search(block.text) for block in blocks[i + 1 : i + 13] for cue in _LETTER_CUES
            )
        ),
        None,
    )
    if letter_date is None:
        return None
    start = letter_date
    # The address lines above the date belong to the letter too.
    while start - 1 > floor and _ADDRESS_LINE.match(blocks[start - 1].text):
        start -= 1
    return start


def _classify_loose(blocks: list[Block], *, alone: bool) -> SegmentKind:
    """Blocks before the first recognised document, or a whole file with no markers."""
    if _looks_like_report(blocks):
        return "report"
    if _is_letter(blocks):
        return "missive"
    return "report" if alone else "other"
