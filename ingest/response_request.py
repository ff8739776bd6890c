"""The auditors' request for responses: by when, and from which boards.

The request is the sentence that asks a board to answer, in any of the ways Swedish audit
letters, agendas and news put it: "Svar från kulturnämnden önskas senast den 30 april
2025", "Vi emotser nämndens yttrande senast den 15 maj 2025", "rapporten lämnas till
fritidsnämnden för yttrande senast 2025-06-30", "Nämnden ska senast 1 april lämna sitt
yttrande", "Revisorerna vill ha svar inom tre månader", "… ges tillfälle att svara.
Datumet är satt till den 20 november."

The deadline is the date after the word that bounds it ("senast", "före", "inom"):
* a full date as printed ("den 1 december 2023", "2023-12-01", "1/12 2023");
* a day without a year ("senast 15 mars") is the next such day after the document's own
  date; without a document date it stays unresolved;
* a period ("inom tre månader [från detta datum]") runs from the document's date;
* a month or season without a day ("i december", "före årets utgång") is unresolved.
An unresolved deadline keeps its phrase (``deadline_text``) and a warning says so: it is
never guessed. Dates elsewhere (the letter's date, meetings, statutory dates, another
body's remiss) are not deadlines.

The responders are the boards the request names ("nämndens" is the board the letter is
addressed to, "nämnderna" the audited boards), else those of the sentence before, else the
letter's "Till:" lines (not "Kopia till"/"För kännedom"), else the board whose document
it is (an agenda's own board). When none can be named, a warning says so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ingest.bodies import GENERIC_BODY, addressed_to, find_addressees, is_body_name
from ingest.cleaning import Block
from ingest.dates import find_dates, find_day_months, period_after
from ingest.schema import ExtractionWarning, ResponseRequest
from ingest.segment import Segment
from ingest.text import sentences

# The answer asked for, in any of its words: "yttrande", "yttrar sig", "svar", "redovisar",
# "återrapportering", "kommentarer", "ställningstagande", "synpunkter".
_ANSWER = re.compile(
    r"\b(?:yttrande\w*|yttra\w*\s+sig|svar(?:a|ar|at|et|en)?|besvara\w*|redovisar?|redovisning\w*|"
    r"återkoppling\w*|återrapport\w*|kommentar\w*|ställningstagande\w*|synpunkter|"
    r"informera\s+revisorerna|vill\s+(?:\w+\s+)?veta)\b",
    re.IGNORECASE,
)
# Who asks: the auditors, or a verb of asking. "Svar på remisser ska lämnas senast …" in a
# report's description of the municipality's routines is not a request.
_ASKING = re.compile(
    r"\b(?:vi|revisorerna|revisorer|revisionen|önskas|önskar|emotses|emotser|begär\w*|"
    r"ombeds|anmodas|uppmanas|för\s+yttrande|vill\s+(?:\w+\s+)?(?:veta|ha)|"
    r"ska\s+(?:\w+\s+){0,4}(?:svara|yttra|lämna|inkomma|redovisa|informera)\w*|"
    r"(?:tid|tillfälle)\b[^.;]{0,40}?\batt\s+(?:svara|yttra)|ser\s+fram\s+emot)\b",
    re.IGNORECASE,
)
# "tid till den 1 december på sig att svara": the time given runs to a day too.
_BY = re.compile(
    r"\b(?:senast|före|innan|till\s+och\s+med|t\.o\.m\.|inom|(?<=tid\s)till)\b", re.IGNORECASE
)
# Time words that bound a request without a day: kept as the phrase, never a date.
_VAGUE = re.compile(
    r"\b(?:(?:senast|före|innan|i|under)\s+(?:slutet\s+av\s+|utgången\s+av\s+)?"
    r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
    r"december|årets\s+utgång|årsskiftet|sommaren|hösten|våren|vintern|"
    r"(?:vecka|v\.)\s*\d{1,2}))\b",
    re.IGNORECASE,
)
_TO_COUNCIL = re.compile(r"\b(?:till|inför)?\s*(?:kommun|region)?fullmäktige\b", re.I)
_NOT_OURS = re.compile(r"\bremiss\w*\b", re.IGNORECASE)
_SET_DATE = re.compile(r"\b(?:satt|sätter|bestämt|gäller|sista\s+dag)\b", re.IGNORECASE)
_TIMELINE_ASKED = re.compile(
    r"\b(?:tidplan|tidsplan|tidpunkt|tidsangivelse)\w*\b|\båtgärd\w*\b.{0,80}\bnär\b",
    re.IGNORECASE,
)
# "Nämndens ordförande säger till tidningen att nämnden ska svara i april": a board's word on
# its own answer, not the auditors' request.
_SPEAKER = re.compile(
    r"^(?P<who>.{1,80}?)\s+(?:säger|sa|sade|uppger|berättar|lovar)\b(?:\s+\w+){0,3}\s+att\b",
    re.IGNORECASE,
)
_PLURAL_GENERIC = re.compile(r"^(?:Nämnderna|Styrelserna)$")


def response_request(
    segments: list[Segment], audited: list[str]
) -> tuple[ResponseRequest | None, list[ExtractionWarning]]:
    """The auditors' request for responses, from their letter or the report itself, and
    the warnings for what it leaves unresolved. ``audited`` are the audited boards, for a
    request to "nämnderna"."""
    order = {"missive": 0, "report": 1, "other": 2}
    for segment in sorted((s for s in segments if s.kind in order), key=lambda s: order[s.kind]):
        found = _request_in(segment, audited)
        if found is not None:
            return found
    return None, []


def _request_in(
    segment: Segment, audited: list[str]
) -> tuple[ResponseRequest, list[ExtractionWarning]] | None:
    blocks = segment.blocks
    own_date = _document_date(blocks)
    for index, text in _paragraphs(blocks):
        if not _ANSWER.search(text):
            continue
        parts = sentences(text)
        for n, sentence in enumerate(parts):
            if not _asks(sentence):
                continue
            following = parts[n + 1] if n + 1 < len(parts) else ""
            deadline = _deadline(sentence, following, own_date)
            if deadline is None:
                continue
            previous = parts[n - 1] if n else ""
            named = [
                *(name for b in blocks[:index] for name in find_addressees(b.text)),
                *(name for part in parts[:n] for name in find_addressees(part)),
            ]
            bodies = _responders(sentence, previous, blocks, named, audited)
            warnings: list[ExtractionWarning] = []
            if deadline.date is None:
                warnings.append(
                    ExtractionWarning(code="deadline_unresolved", detail=deadline.phrase)
                )
            if not bodies:
                warnings.append(ExtractionWarning(code="responder_unresolved", detail=sentence))
            warnings.extend(
                ExtractionWarning(code="responder_not_found", detail=name)
                for name in _addressed_to(blocks)
                if bodies and name not in bodies
            )
            request = ResponseRequest(
                deadline=deadline.date,
                deadline_text=f"{sentence} {following}" if deadline.from_next else sentence,
                from_bodies=bodies,
                requires_action_timeline=any(
                    _TIMELINE_ASKED.search(s) for b in blocks for s in sentences(b.text)
                ),
            )
            return request, warnings
    return None


def _paragraphs(blocks: list[Block]) -> list[tuple[int, str]]:
    """Each block's text, a block broken off mid-sentence (it ends without a stop and the
    next opens in lower case, as a reader may leave a paragraph line by line) joined with
    what follows it."""
    joined: list[tuple[int, str]] = []
    for index, block in enumerate(blocks):
        if block.kind == "row":
            continue
        if (
            joined
            and blocks[index - 1].kind == "paragraph"
            and block.kind == "paragraph"
            and not re.search(r"[.!?:]$", joined[-1][1])
            and block.text[:1].islower()
        ):
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} {block.text}")
        else:
            joined.append((index, block.text))
    return joined


def _asks(sentence: str) -> bool:
    """A request to answer the auditors: not a remiss from another body, nor answers a
    board owes the council ("ska svara fullmäktige före …")."""
    if not (_ANSWER.search(sentence) and _ASKING.search(sentence)):
        return False
    speaker = _SPEAKER.match(sentence)
    if speaker is not None and not re.search(r"revis", speaker["who"], re.IGNORECASE):
        return False
    ours = re.search(r"revis", sentence, re.IGNORECASE)
    return bool(ours or not (_NOT_OURS.search(sentence) or _TO_COUNCIL.search(sentence)))


@dataclass(frozen=True)
class _Deadline:
    """What a request says about time: the day (None when unresolved), the phrase, and
    whether the day came from the sentence after the request."""

    date: dt.date | None
    phrase: str
    from_next: bool = False


def _deadline(sentence: str, following: str, own_date: dt.date | None) -> _Deadline | None:
    """The deadline a request sentence sets; None when it sets no time at all."""
    by = _BY.search(sentence)
    if by is not None:
        full = [
            m for m in find_dates(sentence) if m.precision in ("day", "month") and m.end > by.end()
        ]
        if full:
            return _Deadline(full[0].date, sentence[by.start() : full[0].end])
        days = [d for d in find_day_months(sentence) if d.start > by.start()]
        if days:
            phrase = sentence[by.start() : days[0].end]
            return _Deadline(days[0].next_after(own_date) if own_date else None, phrase)
    else:
        # "Svar önskas den 31 mars 2025": a full date after the word for the answer.
        answer = _ANSWER.search(sentence)
        after = answer.start() if answer is not None else len(sentence)
        full = [m for m in find_dates(sentence) if m.precision == "day" and m.start > after]
        if full:
            return _Deadline(full[0].date, sentence[after : full[0].end])
    period = period_after(sentence, own_date or dt.date.min)
    if period is not None:
        return _Deadline(period[0] if own_date else None, period[1])
    vague = _VAGUE.search(sentence)
    if vague is not None:
        return _Deadline(None, vague.group(0))
    # "… ges tillfälle att svara. Datumet är satt till den 20 november."
    if following and _SET_DATE.search(following):
        full = [m for m in find_dates(following) if m.precision == "day"]
        if full:
            return _Deadline(full[0].date, following, from_next=True)
        days = find_day_months(following)
        if days:
            date = days[0].next_after(own_date) if own_date else None
            return _Deadline(date, following, from_next=True)
    return None


def _document_date(blocks: list[Block]) -> dt.date | None:
    """The date the document carries: the first day printed in full in its opening
    blocks (its date line, "date 2025-10-23", the letter head)."""
    for block in blocks[:15]:
        for mention in find_dates(block.text[:400]):
            if mention.precision == "day":
                return mention.date
    return None


def _responders(
    sentence: str, previous: str, blocks: list[Block], named: list[str], audited: list[str]
) -> list[str]:
    addressed = _addressed_to(blocks)
    for candidates in (find_addressees(sentence), find_addressees(previous)):
        bodies = _resolve(candidates, addressed, named, audited)
        if bodies:
            return bodies
    return addressed or _own_board(blocks)


def _resolve(
    candidates: list[str], addressed: list[str], named: list[str], audited: list[str]
) -> list[str]:
    """ "nämndens" is the board the letter goes to (or the one named last), "nämnderna" and
    a group ("berörda nämnder") the boards it goes to, else the audited boards."""
    resolved: list[str] = []
    for name in candidates:
        if _PLURAL_GENERIC.match(name):
            # A letter to several boards asks "nämnderna": the boards it is addressed to.
            names = addressed if len(addressed) > 1 else audited
        elif GENERIC_BODY.match(name):
            names = addressed[:1] or [n for n in named if not GENERIC_BODY.match(n)][-1:]
        elif name[:1].islower():
            # "berörda nämnder", "samtliga nämnder": the boards a letter to several goes to,
            # else the boards the audit is about.
            names = addressed if len(addressed) > 1 else audited
        else:
            names = [name]
        resolved.extend(n for n in names if n not in resolved)
    return resolved


def _addressed_to(blocks: list[Block]) -> list[str]:
    """The boards a letter is addressed to, from its opening blocks (``bodies.addressed_to``),
    else the boards its letterhead names on lines of their own."""
    return addressed_to([block.text for block in blocks[:20]]) or _letterhead_boards(blocks)


def _letterhead_boards(blocks: list[Block]) -> list[str]:
    """Boards named alone on a line above a letter's first sentence ("Kommunstyrelsen" under
    the date, one board a line): the recipients' block, written without "Till"."""
    found: list[str] = []
    for block in blocks[:10]:
        if block.kind != "paragraph" or re.search(r"[.!?]$", block.text):
            break
        if is_body_name(block.text) and not re.search(r"revis", block.text, re.IGNORECASE):
            name = " ".join(block.text.split()).strip(" .,:")
            found.extend(n for n in find_addressees(name) if n not in found)
    return [name for name in found if not GENERIC_BODY.match(name)]


def _own_board(blocks: list[Block]) -> list[str]:
    """The board whose document this is (an agenda headed by its board), when the first
    block that names a board names only that one."""
    for block in blocks[:3]:
        bodies = [b for b in find_addressees(block.text) if b[:1].isupper()]
        if bodies:
            return bodies if len(set(bodies)) == 1 else []
    return []
