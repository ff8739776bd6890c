"""The report's own text as passages, and each question's assessment text.

"What did we find about X?" is answered from passages: paragraph-sized stretches of the
report, each with the headings it stands under (["3 Iakttagelser", "3.2 Orosanmälningar"]),
its page (None for text without pages) and its kind:

* from the paragraph's own lead: "Bedömning:", "Vår bedömning …", "Vi bedömer …" is an
  assessment, "Iakttagelse:" an observation, "Rekommendation:" a recommendation;
* else from the nearest heading that says what its section holds: Bedömning/Slutsats →
  assessment, Iakttagelser/Granskningsresultat → observation, Rekommendationer →
  recommendation, Inledning/Bakgrund/Syfte/Revisionsfrågor/Avgränsning/Metod/
  Revisionskriterier → background; anything else is "other".

Tables of contents and repeated blocks (a summary printed twice, a garbled duplicate) are
left out; a list is one passage with its lead-in, and short paragraphs under one heading on
one page are joined, so a 100-page report gives a few hundred passages.

A question's assessment text is the bedömning printed for it: the paragraphs beside its
grade in a grading table ("Fråga | Ja | text"), or the paragraphs of the "Bedömning"
section that follows where the chapters restate the question, else the assessment
paragraph whose verdict ("Vår bedömning är att …") repeats most of the question's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.assessment import is_assessment_label
from ingest.cleaning import Block
from ingest.schema import Passage, PassageKind, Question
from ingest.text import sentences, squash

_TOC_LINE = re.compile(r"(?:\.{3,}|…+|\s{2,})\s*\d{1,3}\s*$")
_TOC_HEADING = re.compile(r"^(?:innehåll|innehållsförteckning)$", re.IGNORECASE)
_HEADING_KINDS: tuple[tuple[PassageKind, re.Pattern[str]], ...] = (
    ("recommendation", re.compile(r"\brekommendation", re.IGNORECASE)),
    ("assessment", re.compile(r"\b(?:\w*bedömning\w*|slutsats\w*)\b", re.IGNORECASE)),
    ("observation", re.compile(r"\b(?:iakttagelse\w*|granskningsresultat|resultat)", re.I)),
    (
        "background",
        re.compile(
            r"\b(?:inledning|bakgrund|syfte|revisionsfråg\w*|kontrollmål|avgränsning\w*|"
            r"metod|revisionskriterier|genomförande|ansvarig\s+nämnd)\b",
            re.IGNORECASE,
        ),
    ),
)
_LEAD_KINDS: tuple[tuple[PassageKind, re.Pattern[str]], ...] = (
    (
        "assessment",
        re.compile(
            r"^(?:bedömning\s*:|(?:vår|revisorernas|den)\s+(?:\w+\s+)?bedömning\b|"
            r"vi\s+(?:gör\s+(?:den\s+)?bedömningen|bedömer)\b|sammantaget\s+bedöm)",
            re.IGNORECASE,
        ),
    ),
    ("observation", re.compile(r"^iakttagelse(?:r)?\s*:", re.IGNORECASE)),
    ("recommendation", re.compile(r"^rekommendation(?:er)?\s*:", re.IGNORECASE)),
)
_JOIN_UP_TO = 700
_VERDICT = re.compile(
    r"^(?:vår\s+(?:\w+\s+)?bedömning\s+är|vi\s+(?:\w+\s+)?bedömer|"
    r"vi\s+gör\s+(?:\w+\s+)?(?:den\s+)?bedömningen)\b",
    re.IGNORECASE,
)
# Most of the question's content words in one verdict sentence: the same matter.
_VERDICT_MATCH = 0.6


@dataclass
class _Draft:
    heading_path: list[str]
    page: int | None
    kind: PassageKind
    parts: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(len(part) for part in self.parts)


def passages(blocks: list[Block]) -> list[Passage]:
    """The passages of the report ``blocks`` (module docstring)."""
    drafts: list[_Draft] = []
    path: list[tuple[int, str]] = []  # (level, heading)
    seen: set[str] = set()
    in_contents = False
    for index, block in enumerate(blocks):
        if _is_heading(block):
            if _TOC_HEADING.match(block.text.strip()):
                in_contents = True
                continue
            if _TOC_LINE.search(block.text[-40:]):
                continue
            in_contents = False
            level = _level(block, path)
            path = [(lv, text) for lv, text in path if lv < level] + [(level, block.text)]
            continue
        if _TOC_LINE.search(block.text[-40:]) or (in_contents and len(block.text) < 120):
            continue
        in_contents = False
        text = _block_text(block)
        key = " ".join(text.casefold().split())
        if not key or (len(key) > 40 and key in seen):
            continue
        seen.add(key)
        headings = [text for _, text in path]
        kind = _kind(text, headings)
        previous = drafts[-1] if drafts else None
        joins = (
            previous is not None
            and previous.heading_path == headings
            and previous.page == block.page
            and previous.kind == kind
            and (block.kind == "item" or previous.size + len(text) <= _JOIN_UP_TO)
            and not (index and blocks[index - 1].kind == "item" and block.kind != "item")
        )
        if joins and previous is not None:
            previous.parts.append(text)
        else:
            drafts.append(_Draft(headings, block.page, kind, [text]))
    return [
        Passage(heading_path=d.heading_path, page=d.page, kind=d.kind, text="\n".join(d.parts))
        for d in drafts
    ]


def _is_heading(block: Block) -> bool:
    if block.kind == "heading":
        return True
    return (
        block.headingish
        and block.kind == "paragraph"
        and len(block.text) <= 80
        and not is_assessment_label(block.text)
    )


def _level(block: Block, path: list[tuple[int, str]]) -> int:
    """A numbered heading's depth is its number's ("3.2.1" is 3); an unnumbered one sits
    under the last numbered heading."""
    match = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s", block.text)
    if match:
        return len(match[1].split("."))
    numbered = [lv for lv, text in path if re.match(r"^\d", text)]
    return (max(numbered) if numbered else 0) + 1


def _block_text(block: Block) -> str:
    if block.kind == "row":
        return " | ".join(cell for cell in block.cells if cell)
    return block.text


def _kind(text: str, headings: list[str]) -> PassageKind:
    for kind, lead in _LEAD_KINDS:
        if lead.match(text):
            return kind
    for heading in reversed(headings):
        for kind, pattern in _HEADING_KINDS:
            if pattern.search(heading):
                return kind
    return "other"


# --- each question's assessment text ----------------------------------------------------------


def with_assessment_texts(
    questions: list[Question], blocks: list[Block], found_passages: list[Passage]
) -> list[Question]:
    """``questions`` with the bedömning printed for each (module docstring), where found."""
    if not questions:
        return questions
    verdicts = _verdicts(found_passages)
    # A question opens the block that restates it: its first words are enough to compare,
    # and only blocks that open with a question's first word need comparing.
    openings = {q.text.split(maxsplit=1)[0].casefold() for q in questions if q.text.split()}
    printed = [
        squash(b.text[:200])
        if b.kind != "row"
        and b.text.split(maxsplit=1)[:1]
        and b.text.split(maxsplit=1)[0].casefold() in openings
        else ""
        for b in blocks
    ]
    places = [_last_restatement(squash(q.text)[:60], printed) for q in questions]
    found: list[Question] = []
    for n, question in enumerate(questions):
        text = None
        if places[n] is not None:
            later = [p for p in places if p is not None and p > places[n]]
            end = min(later, default=len(blocks))
            text = _beside_label(blocks, places[n], end) or _assessment_section(
                blocks, places[n], end
            )
        text = text or _verdict_about(question.text, verdicts)
        found.append(question.model_copy(update={"assessment_text": text}))
    return found


def _verdicts(found_passages: list[Passage]) -> list[tuple[str, str]]:
    """(sentence, paragraph) for each sentence that states a verdict ("Vår bedömning är
    att …", "Vi bedömer att …") in an assessment passage."""
    verdicts: list[tuple[str, str]] = []
    for passage in found_passages:
        if passage.kind != "assessment":
            continue
        for paragraph in passage.text.split("\n"):
            verdicts.extend(
                (sentence, paragraph)
                for sentence in sentences(paragraph)
                if _VERDICT.match(sentence)
            )
    return verdicts


def _verdict_about(question: str, verdicts: list[tuple[str, str]]) -> str | None:
    """The paragraph whose verdict repeats most of the question's words (a report that
    answers its questions in chapters of its own order), the later printing on a tie."""
    wanted = _stems(question)
    if len(wanted) < 3:
        return None
    scored = [
        (len(wanted & _stems(sentence)) / len(wanted), n)
        for n, (sentence, _) in enumerate(verdicts)
    ]
    if not scored:
        return None
    score, best = max(scored)
    return verdicts[best][1] if score >= _VERDICT_MATCH else None


def _stems(text: str) -> set[str]:
    """The content words of ``text``, cut to their first letters so that "organiserat"
    and "organiserad" meet; short words (det, och, att, finns) say nothing of the matter."""
    return {word[:6] for word in squash(text).split() if len(word) >= 5}


def _last_restatement(key: str, printed: list[str]) -> int | None:
    """Where the question is printed last (the chapter that answers it, after the list)."""
    if len(key) < 12:
        return None
    hits = [index for index, text in enumerate(printed) if text.startswith(key)]
    return hits[-1] if hits else None


def _beside_label(blocks: list[Block], at: int, end: int) -> str | None:
    """A grading table flattened to lines: question, its label, then the text beside it."""
    if at + 1 >= end or not is_assessment_label(blocks[at + 1].text):
        return None
    texts: list[str] = []
    for block in blocks[at + 2 : end]:
        if block.kind != "paragraph" or _is_heading(block):
            break
        texts.append(block.text)
    return "\n".join(texts) or None


def _assessment_section(blocks: list[Block], at: int, end: int) -> str | None:
    """The paragraphs under the first "Bedömning" heading after the restated question,
    within the section that restates it (a question restated in a list of chapter 2 is
    not answered by chapter 3's first Bedömning)."""
    section: str | None = None
    for index in range(at + 1, end):
        block = blocks[index]
        if not _is_heading(block):
            continue
        number = _number(block.text)
        if number is not None:
            if section is None:
                section = number.rsplit(".", 1)[0]
            elif not (number == section or number.startswith(section + ".")):
                return None
        if re.search(r"bedömning", block.text, re.IGNORECASE):
            texts: list[str] = []
            for following in blocks[index + 1 : end]:
                if _is_heading(following):
                    break
                texts.append(_block_text(following))
            return "\n".join(texts) or None
    return None


def _number(heading: str) -> str | None:
    match = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s", heading)
    return match[1] if match else None
