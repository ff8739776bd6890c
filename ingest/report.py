"""What a report says about its audit: who, what, when, why, the verdict and the list of advice.

Every function takes the blocks of the report (or of the auditors' letter when a file holds
no report) and follows how Swedish audit reports are written, whichever firm wrote them:

* the purpose is the sentence stating the audit's syfte. Reports repeat it (summary, the
  "Syfte" section, the closing chapter), in present and past tense, sometimes naming the
  boards and sometimes only "aktuella nämnder". The present-tense statement wins over a
  past-tense recap, one that names the boards over one that does not, and the "Syfte"
  section over the rest;
* the overall assessment is the paragraph with "vår samlade bedömning … är att", joined by
  an immediately following "Vår bedömning är att …" paragraph about another board. When it
  ends in a colon and a list, it is the lead-in plus each item's first sentence;
* questions are the revisionsfrågor or kontrollmål listed after a lead-in, the overarching
  question first. Assessment labels come from the table that grades them ("Revisionsfråga |
  Bedömning"), else from "Vi bedömer kontrollmålet som …";
* recommendations are found by ingest.recommendations.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.assessment import (
    find_label_in_sentence,
    is_assessment_label,
    printed_label,
    split_trailing_label,
)
from ingest.bodies import canonical, find_bodies, is_body_name
from ingest.cleaning import Block
from ingest.lists import collect
from ingest.schema import Question
from ingest.segment import date_line, is_date_line
from ingest.text import sentences, similarity, squash

# --- organisation, firm, title, dates -------------------------------------------------------

# Starts where a word starts: tried inside a long run of letters, it would rescan the run from
# every letter (quadratic; a 100,000-letter line took minutes).
_NAME_WORD = r"(?<!\w)[A-ZÅÄÖ][\wåäöéü]*(?:-[A-ZÅÄÖ]?[\wåäöéü]+)*"
# A name stays on one line: "Region Exempel" above "Sammanfattning" is not "Region Exempel
# Sammanfattning".
_ORG_NAME = (
    rf"(?:Region[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?|"
    rf"(?:{_NAME_WORD}[ \t]+)?{_NAME_WORD}[ \t]+kommun)"
)
_ORGANISATION_PATTERNS = (
    re.compile(rf"\brevisor(?:er|erna)\s+i\s+(?P<org>{_ORG_NAME})(?![\wåäö])"),
    re.compile(rf"(?P<org>{_ORG_NAME})s\s+(?:förtroendevalda\s+)?revisor(?:er|erna)\b"),
)
_ORG_ALONE = re.compile(rf"^(?P<org>{_ORG_NAME})$")
_ORG_ANYWHERE = re.compile(rf"(?P<org>{_ORG_NAME})(?![\wåäö])")
_SENTENCE_START_WORDS = {
    "av", "i", "för", "till", "från", "med", "om", "enligt", "inom", "hos", "där", "som", "vid",
    "under", "efter", "och", "att", "den", "det", "de", "en", "ett", "alla", "samtliga", "varje",
    "övriga", "flera", "andra", "olika", "denna", "detta", "vår", "våra",
}  # fmt: skip
_FIRMS = re.compile(
    r"\b(?:(?P<PwC>PwC|PricewaterhouseCoopers|Öhrlings)|(?P<KPMG>KPMG)|"
    r"(?P<EY>EY|Ernst\s*&\s*Young)|(?P<Deloitte>Deloitte)|(?P<GrantThornton>Grant\s+Thornton)|"
    r"(?P<BDO>BDO)|(?P<Mazars>Mazars))\b"
)
_FIRM_NAMES = {"GrantThornton": "Grant Thornton", "Mazars": "Forvis Mazars"}
_AUDIT_YEAR_PATTERNS = (
    re.compile(r"\brevisionsplan(?:en)?\s+(?:för\s+)?(?:år\s+)?(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})\s+års\s+revisionsplan", re.I),
    re.compile(
        r"\b(?:riskanalys|granskningsplan)(?:en)?\s+(?:för\s+)?(?:år\s+|verksamhetsåret\s+)?"
        r"(?P<year>(?:19|20)\d{2})\b",
        re.I,
    ),
    re.compile(r"\brevisionsår(?:et)?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
)
_REPORT_WORD = re.compile(r"^(?:revisionsrapport|granskningsrapport)(?:\s+\d{4})?$", re.I)
_ATTACHED_TITLE = re.compile(
    r"\b(?:revisionsrapport|granskningsrapport)\s*[:,–-]?\s*[”\"“](?P<title>[^”\"“]{4,160})[”\"“]",
    re.I,
)
_COVER_END = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:sammanfattning|innehåll|innehållsförteckning)$", re.I
)
_LETTER_HEADER = re.compile(
    r"^(?:revisionsskrivelse|missiv|till|kopia|från|för kännedom|datum|dnr|diarienummer)\b",
    re.IGNORECASE,
)
_FURNITURE_NOISE = re.compile(
    r"©|all rights reserved|classification|rättigheter|^sida\b|^page\b", re.IGNORECASE
)


def organisation(blocks: list[Block], furniture: list[str]) -> str | None:
    """The kommun or region: from "revisorerna i X kommun" / "X kommuns revisorer", else the
    cover page or running header, else the name printed most often."""
    text = "\n".join(block.text for block in blocks)
    for pattern in _ORGANISATION_PATTERNS:
        for match in pattern.finditer(text):
            name = _trim_org(match["org"])
            if name:
                return name
    for line in [*furniture, *(b.text for b in blocks[:40] if b.headingish)]:
        match = _ORG_ALONE.match(line.strip())
        if match and _trim_org(match["org"]):
            return _trim_org(match["org"])
    counts = Counter(
        name for m in _ORG_ANYWHERE.finditer(text) if (name := _trim_org(m["org"])) is not None
    )
    return counts.most_common(1)[0][0] if counts else None


def _trim_org(name: str) -> str | None:
    words = name.split()
    while len(words) > 2 and words[0].casefold() in _SENTENCE_START_WORDS:
        words = words[1:]
    if words and words[0].casefold() in _SENTENCE_START_WORDS:
        return None
    return " ".join(words) if len(words) >= 2 else None


def audit_firm(text: str) -> str | None:
    """The firm named most often (PwC, KPMG, EY …), None for an auditors' own letter."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for match in _FIRMS.finditer(text):
        group = match.lastgroup or ""
        counts[group] += 1
        first.setdefault(group, match.start())
    if not counts:
        return None
    best = max(counts, key=lambda group: (counts[group], -first[group]))
    return _FIRM_NAMES.get(best, best)


def audit_year(text: str) -> int | None:
    """The year of the audit plan ("revisionsplanen för 2024") or risk analysis it came from."""
    for pattern in _AUDIT_YEAR_PATTERNS:
        match = pattern.search(text)
        if match:
            return int(match["year"])
    return None


def _cover(blocks: list[Block]) -> list[Block]:
    """The blocks of a cover page: those before the summary or the table of contents."""
    for index, block in enumerate(blocks[:40]):
        if block.headingish and _COVER_END.match(block.text):
            return blocks[:index]
    return []


def _title_candidate(text: str, organisation_name: str | None) -> bool:
    text = text.strip()
    if not text or len(text) > 160 or _REPORT_WORD.match(text):
        return False
    if organisation_name and text.casefold() == organisation_name.casefold():
        return False
    if is_date_line(Block(kind="paragraph", text=text)):
        return False
    if _FURNITURE_NOISE.search(text) or _ORG_ALONE.match(text):
        return False
    # A title has ordinary words; a person's name is capitalised throughout.
    return any(len(word) > 2 and word.islower() for word in re.findall(r"[\wåäö-]+", text))


def title(
    blocks: list[Block],
    furniture: list[str],
    organisation_name: str | None,
    extra: list[Block],
    *,
    letter: bool = False,
) -> str | None:
    """The report's title: its title page, else its running header, else a cover letter's
    "Bilaga: Revisionsrapport "…"" line. A letter (revisionsskrivelse) is titled by its
    subject line."""
    if letter:
        for block in blocks[:15]:
            if (
                block.headingish
                and not _LETTER_HEADER.match(block.text)
                and _title_candidate(block.text, organisation_name)
            ):
                return block.text
    for index, block in enumerate(blocks[:60]):
        if _REPORT_WORD.match(block.text.strip()):
            for candidate in blocks[index + 1 : index + 4]:
                if _title_candidate(candidate.text, organisation_name):
                    return candidate.text
    for block in _cover(blocks):
        if block.headingish and _title_candidate(block.text, organisation_name):
            return block.text
    for line in furniture:
        if _title_candidate(line, organisation_name):
            return line
    for block in [*extra, *blocks]:
        match = _ATTACHED_TITLE.search(block.text)
        if match:
            return match["title"].strip()
    return None


def report_date(blocks: list[Block], furniture: list[str]) -> str | None:
    """The report's own date: the most precise of its running header, title page and
    signature; "YYYY-MM" when only a month is printed."""
    lines = [Block(kind="paragraph", text=line) for line in furniture]
    cover = _cover(blocks) or blocks[:12]
    signature = blocks[-12:]
    mentions = [m for block in [*lines, *cover, *signature] if (m := date_line(block)) is not None]
    if not mentions:
        return None
    best = next((m for m in mentions if m.precision == "day"), mentions[0])
    return best.date.isoformat() if best.precision == "day" else best.date.strftime("%Y-%m")


# --- purpose, audited bodies, overall assessment ----------------------------------------------

_PURPOSE = re.compile(
    r"\b(?:syftet\s+med\s+(?:granskningen|denna\s+granskning|uppdraget)|granskningens\s+syfte|"
    r"granskningen\s+(?:har\s+)?(?:syftar|syftat|syftade)|"
    r"granskningen\s+har\s+haft\s+(?:som\s+)?syfte)\b",
    re.IGNORECASE,
)
_PURPOSE_POINTER = re.compile(r"\bbesvara\s+(?:följande|nedanstående)\b", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:har\s+(?:\w+\s+)?(?:varit|syftat)|syftade|hade\s+som\s+syfte)\b", re.IGNORECASE
)
_AUDITED = re.compile(
    r"^(?:granskning(?:en)?\s+(?:avser|omfattar)|(?:revisions|gransknings)objekt(?:en|et)?\b|"
    r"granskade\s+(?:nämnder|styrelser)\b|(?:de\s+)?granskade\s+nämnderna\b)",
    re.IGNORECASE,
)
_ADDRESSED_TO = re.compile(r"^till:?\s+(?P<bodies>.+)$", re.IGNORECASE)
_WERE_AUDITED = re.compile(r"\b(?:som|har)\s+(?:har\s+)?granskats\b", re.IGNORECASE)
_OVERALL = re.compile(
    r"\b(?:vår|revisorernas|den)\s+(?:samlade|sammanfattande|övergripande)\s+bedömning\b",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:till|för|av|om|med|i|på|grund|utifrån|mot|enligt)\s*$", re.IGNORECASE
)
_FURTHER_ASSESSMENT = re.compile(r"^vår\s+bedömning\s+är\s+(?:också\s+|även\s+)?att\b", re.I)


def _sections(blocks: list[Block]) -> list[str]:
    """For each block, the heading it stands under."""
    current = ""
    found: list[str] = []
    for block in blocks:
        if block.kind == "heading" or (block.headingish and block.lines == 1):
            current = block.text
        found.append(current)
    return found


@dataclass(frozen=True)
class _Purpose:
    present: bool
    bodies: int
    under_heading: bool
    position: int
    text: str


def purpose(blocks: list[Block]) -> str | None:
    """The stated purpose (syfte) of the audit, verbatim."""
    sections = _sections(blocks)
    found: list[_Purpose] = []
    for index, block in enumerate(blocks):
        if block.kind not in ("paragraph", "item"):
            continue
        parts = sentences(block.text)
        for n, sentence in enumerate(parts):
            match = _PURPOSE.search(sentence)
            if match is None or _PURPOSE_POINTER.search(sentence):
                continue
            if _PREPOSITION_BEFORE.search(sentence[: match.start()]) or _OVERALL.search(sentence):
                continue
            if " att " not in f" {sentence} ":
                continue
            kept = [sentence]
            for following in parts[n + 1 :]:
                if not re.search(r"\bsyft", following, re.IGNORECASE):
                    break
                kept.append(following)
            found.append(
                _Purpose(
                    present=not _PAST.search(sentence),
                    bodies=len(find_bodies(sentence)),
                    under_heading="syfte" in sections[index].casefold(),
                    position=-index,
                    text=" ".join(kept),
                )
            )
            break
    if not found:
        return None
    best = max(found, key=lambda p: (p.present, p.bodies, p.under_heading, p.position))
    return best.text


def audited_bodies(blocks: list[Block], purpose_text: str | None) -> list[str]:
    """The boards audited: "Granskningen avser …", "Revisionsobjekt är …", else those the
    purpose names, else those a letter is addressed to ("Till tekniska nämnden"), else
    those said to have been audited ("Det var kulturnämnden som granskats")."""
    for block in blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        for sentence in sentences(block.text):
            if _AUDITED.search(sentence):
                bodies = find_bodies(sentence)
                if bodies:
                    return bodies
    named = find_bodies(purpose_text or "")
    if named:
        return named
    for block in blocks[:15]:
        addressed = _ADDRESSED_TO.match(block.text)
        if addressed:
            return find_bodies(addressed["bodies"])
    for block in blocks:
        if block.kind in ("paragraph", "item") and _WERE_AUDITED.search(block.text):
            for sentence in sentences(block.text):
                if _WERE_AUDITED.search(sentence) and find_bodies(sentence):
                    return find_bodies(sentence)
    return []


def overall_assessment(blocks: list[Block]) -> str | None:
    """The overall verdict (samlad bedömning), verbatim."""
    for index, block in enumerate(blocks):
        if block.kind not in ("paragraph", "item"):
            continue
        parts = sentences(block.text)
        for n, sentence in enumerate(parts):
            match = _OVERALL.search(sentence)
            if match is None or _PREPOSITION_BEFORE.search(sentence[: match.start()]):
                continue
            if not re.search(r"\batt\b", sentence[match.end() : match.end() + 120]):
                continue
            text = " ".join(parts[n:])
            if text.endswith(":"):
                return _assessment_with_list(text, blocks, index + 1)
            for following in blocks[index + 1 :]:
                if following.kind != "paragraph" or not _FURTHER_ASSESSMENT.match(following.text):
                    break
                text += " " + following.text
            return text
    return None


def _assessment_with_list(lead: str, blocks: list[Block], start: int) -> str:
    firsts = [sentences(entry.text)[0].rstrip(" .;") for entry in collect(blocks, start)]
    if not firsts:
        return lead
    return f"{lead} {'; '.join(firsts)}."


# --- questions ------------------------------------------------------------------------------

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
