"""Revision questions (revisionsfrågor, kontrollmål) in document order, with the assessment each
is given: from a list of questions, an assessment table, or the chapters that answer them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.assessment import (
    find_label_in_sentence,
    is_assessment_label,
    printed_label,
    split_trailing_label,
)
from ingest.bodies import canonical, is_body_name
from ingest.cleaning import Block
from ingest.lists import collect
from ingest.schema import Question
from ingest.text import sentences, similarity, squash

_QUESTION_LIST = re.compile(
    r"\b(?:följande|nedanstående)\s+(?:\w+\s+)?(?:revisionsfrågor|granskningsfrågor|delfrågor|"
    r"kontrollmål|frågor)\b|^(?:revisionsfrågor|kontrollmål|granskningsfrågor)(?:na)?"
    r"(?:\s+(?:är|var))?(?:\s+följande)?\s*:",
    re.IGNORECASE,
)


# A heading straight above the list, when there is no lead-in sentence.
_QUESTION_HEADING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:revisionsfrågor|kontrollmål|granskningsfrågor|"
    r"delfrågor)$",
    re.IGNORECASE,
)


_MAIN_QUESTION = re.compile(
    r"\b(?:följande|nedanstående)\s+(?:\w+\s+)?(?:revisionsfråga|granskningsfråga)\b",
    re.IGNORECASE,
)


_TABLE_HEAD = re.compile(
    r"^(?:revisionsfråg\w*|kontrollmål|granskningsfråg\w*|delfråg\w*|fråga)\s+bedömning$",
    re.IGNORECASE,
)


_SUB_ITEM_MARKERS = {"o", "◦", "○", "▪", "▫", "·"}


_PREPOSITIONS = {
    "i", "inom", "med", "mellan", "hos", "av", "för", "från", "till", "vid", "genom", "utifrån",
    "gentemot", "bland", "avseende", "gällande", "rörande", "under", "över", "efter", "enligt",
    "på",
}  # fmt: skip


_INTERROGATIVES = re.compile(r"\b(?:vilk\w*|hur|vad|när|varför|vem|vems|var)\b", re.IGNORECASE)


_BODY_SUFFIX = re.compile(r"\s*\((?P<body>[^()]{4,80})\)\s*$")


@dataclass
class _Row:
    number: str | None
    text: str
    label: str | None = None
    body: str | None = None


def questions(blocks: list[Block]) -> list[Question]:
    """Revisionsfrågor or kontrollmål, the overarching question first, with their grades."""
    found: list[_Row] = []
    main = _main_question(blocks)
    if main:
        found.append(_Row(None, main))
    for row in _question_list(blocks):
        # The overarching question may open the list too; the same sub-question under two
        # areas ("Sker det någon uppföljning?") is two questions.
        if not (main and squash(row.text) == squash(main)):
            found.append(row)
    table = _assessment_table(blocks) or _chapter_assessments(blocks)
    _attach_labels(found, table)
    return [Question(number=r.number, text=r.text, assessment=r.label, body=r.body) for r in found]


def _main_question(blocks: list[Block]) -> str | None:
    for index, block in enumerate(blocks):
        if block.kind == "row" or not _MAIN_QUESTION.search(block.text):
            continue
        _, colon, inline = block.text.partition(":")
        if colon and inline.strip().endswith("?"):
            return inline.strip()
        if block.text.rstrip().endswith(":") and index + 1 < len(blocks):
            following = blocks[index + 1]
            if following.text.rstrip().endswith("?"):
                return following.text
    return None


def _question_list(blocks: list[Block]) -> list[_Row]:
    for index, block in enumerate(blocks):
        if block.kind == "row":
            continue
        lead = block.text.rstrip().endswith(":") and _QUESTION_LIST.search(block.text)
        heading = block.headingish and _QUESTION_HEADING.match(block.text)
        if not (lead or heading):
            continue
        rows = _fold(collect(blocks, index + 1))
        if rows:
            return rows
    labelled: dict[str, _Row] = {}
    for block in blocks:
        if block.kind == "item" and block.label and block.number not in labelled:
            labelled[block.number] = _Row(block.number, block.text)
    return list(labelled.values())


def _is_sub_item(entry_block: Block) -> bool:
    if entry_block.marker in _SUB_ITEM_MARKERS:
        return True
    if entry_block.number and entry_block.number.isalpha():
        return True
    words = entry_block.text.split()
    if words and words[0].casefold() in _PREPOSITIONS:
        return not _INTERROGATIVES.search(" ".join(words[:3]))
    return False


def _fold(entries) -> list[_Row]:
    rows: list[_Row] = []
    for entry in entries:
        block = entry.block
        if rows and _is_sub_item(block):
            rows[-1].text = f"{rows[-1].text} {block.text}"
            continue
        number = block.number if block.number and block.number.isdigit() else None
        rows.append(_Row(number, block.text))
    return rows


def _assessment_table(blocks: list[Block]) -> list[_Row]:
    """The table grading each question: a header "Revisionsfråga | Bedömning", then rows."""
    for index, block in enumerate(blocks):
        if block.kind == "row":
            head = [cell.casefold() for cell in block.cells if cell]
            if (
                len(head) >= 2
                and re.match(r"(revisionsfråg|kontrollmål|gransknings|fråga)", head[0])
                and any(cell.startswith("bedömning") for cell in head[1:])
            ):
                return _table_rows(blocks, index + 1)
        elif block.headingish and _TABLE_HEAD.match(block.text):
            return _table_lines(blocks, index + 1)
    return []


def _table_rows(blocks: list[Block], start: int) -> list[_Row]:
    rows: list[_Row] = []
    for block in blocks[start:]:
        if block.kind != "row":
            break
        cells = [cell for cell in block.cells if cell]
        if len(cells) < 2:
            continue
        label = next((cell for cell in reversed(cells) if is_assessment_label(cell)), None)
        number, text = _split_number(cells[0])
        text, body = _split_body(text)
        rows.append(_Row(number, text, label.strip(" .") if label else None, body))
    return rows


def _table_lines(blocks: list[Block], start: int) -> list[_Row]:
    """A grading table flattened to lines: question, optional "(Nämnd)", then the label."""
    rows: list[_Row] = []
    pending: _Row | None = None
    graded = False  # the last line was a grade: the table's comment cell may follow
    for block in blocks[start:]:
        text = block.text.strip()
        if is_assessment_label(text):
            if pending is None:
                break
            pending.label = printed_label(text.rstrip("."))
            rows.append(pending)
            pending = None
            graded = True
            continue
        if graded and "?" not in text and block.kind == "paragraph" and not block.headingish:
            continue
        graded = False
        body = _BODY_SUFFIX.fullmatch(text)
        if pending is not None and body and is_body_name(body["body"]):
            pending.body = canonical(body["body"])
            continue
        if "?" in text and block.kind in ("item", "paragraph"):
            if pending is not None:
                break
            question, label = split_trailing_label(text)
            question, body_name = _split_body(question)
            number = block.number if block.number and block.number.isdigit() else None
            row = _Row(number, question, label, body_name)
            if label:
                rows.append(row)
            else:
                pending = row
            continue
        break
    return rows


def _split_number(text: str) -> tuple[str | None, str]:
    match = re.match(r"^(\d{1,2})[.)]?\s+(.*)$", text)
    return (match[1], match[2]) if match else (None, text)


def _split_body(text: str) -> tuple[str, str | None]:
    match = _BODY_SUFFIX.search(text)
    if match and is_body_name(match["body"]):
        return text[: match.start()].rstrip(), canonical(match["body"])
    return text, None


def _chapter_assessments(blocks: list[Block]) -> list[_Row]:
    """Grades printed in the chapters: "Vi bedömer kontrollmålet som delvis uppfyllt." after
    "Kontrollmål 2: …", or a question followed by a block that is only its label."""
    rows: list[_Row] = []
    current: _Row | None = None
    for index, block in enumerate(blocks):
        if block.kind == "item" and block.label:
            current = _Row(block.number, block.text)
            continue
        if current is not None and current.label is None:
            for sentence in sentences(block.text):
                label = find_label_in_sentence(sentence)
                if label:
                    current.label = label
                    rows.append(current)
                    break
        if (
            block.kind == "paragraph"
            and block.text.rstrip().endswith("?")
            and index + 1 < len(blocks)
            and is_assessment_label(blocks[index + 1].text)
        ):
            rows.append(_Row(None, block.text, printed_label(blocks[index + 1].text.rstrip("."))))
    return rows


def _attach_labels(found: list[_Row], table: list[_Row]) -> None:
    if not table:
        return
    if not found:
        found.extend(table)
        return
    taken: set[int] = set()
    by_number = {row.number: row for row in table if row.number}
    for row in found:
        match = by_number.get(row.number) if row.number else None
        if match is None:
            scored = [
                (similarity(row.text, candidate.text, at_least=0.6), n)
                for n, candidate in enumerate(table)
                if n not in taken
            ]
            if not scored:
                continue
            score, best = max(scored)
            if score < 0.6:
                continue
            taken.add(best)
            match = table[best]
        row.label = row.label or match.label
        row.body = row.body or match.body
