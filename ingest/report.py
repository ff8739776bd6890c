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

from ingest.bodies import find_bodies
from ingest.cleaning import Block
from ingest.lists import collect
from ingest.segment import date_line, is_date_line
from ingest.text import sentences

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
