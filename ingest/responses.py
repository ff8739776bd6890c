"""The boards' responses to an audit, with their actions (the request for them is in
ingest/response_request.py).

A response (yttrande) gives its board, date and registry number in its header, and its
actions either as a table (Rekommendation | Åtgärd | Ansvarig | Tidsplan | Ansvarig nämnd |
Status) or as labelled paragraphs under each quoted recommendation
("Åtgärd: …", "Tidsplan: …", "Ansvarig: …").

An action belongs to the recommendation it stands under, counted by position in the
response; when the response quotes the report's recommendations closely enough to tell, the
quotation decides instead (a response may skip one).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ingest.bodies import abbreviate, canonical, find_bodies, is_body_name
from ingest.cleaning import Block
from ingest.dates import Timeline, find_dates, parse_timeline
from ingest.schema import Action, Recommendation, Response
from ingest.segment import Segment, date_line
from ingest.text import containment, sentences

_RESPONSE_MARK = re.compile(r"^(?:yttrande|svar|svar på revisionsrapport)$", re.IGNORECASE)
_RESPONSE_HEADING = re.compile(
    r"^(?:yttrande|svar)\s+(?:från|över|på|avseende|angående|med anledning av)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_REGISTRY_VALUE = re.compile(
    r"(?<![\w/-])(?:[A-ZÅÄÖ]{1,6}[ -]?)?(?:19|20)\d{2}[/.:-]\d{1,5}(?![\w/])"
)
_REGISTRY_LABEL = re.compile(
    r"^(?:diarienummer|diarienr|dnr|vårt\s+dnr|ärendenummer)\.?\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(r"^(?:datum|beslutsdatum)\.?\s*:?\s*(?P<value>.*)$", re.IGNORECASE)
_DATED = re.compile(r"\b(?:daterat|daterad|beslutat|beslutade)\s+(?:den\s+)?", re.IGNORECASE)
_LABELS = {
    "action": re.compile(
        r"^(?:åtgärd(?:er)?|planerade?\s+åtgärd(?:er)?|vidtagna\s+åtgärder|svar|kommentar)"
        r"\s*:\s*(?P<value>.*)$",
        re.IGNORECASE,
    ),
    "timeline": re.compile(
        r"^(?:tids?plan|klart(?:\s+senast)?|tidpunkt|när)\s*:\s*(?P<value>.*)$", re.IGNORECASE
    ),
    "board": re.compile(r"^(?:ansvarig\s+nämnd|nämnd)\s*:\s*(?P<value>.*)$", re.IGNORECASE),
    "responsible": re.compile(r"^(?:ansvarig|ansvar)\s*:\s*(?P<value>.*)$", re.IGNORECASE),
}
_ROLE_END = re.compile(
    r"(?:samordnare|chef|chefer|chefen|ansvarig|ledare|handläggare|strateg|sekreterare|"
    r"direktör|controller|utvecklare|koordinator|utredare|ekonom|jurist|grupp|gruppen|"
    r"kontoret|avdelningen|enheten|förvaltningen|nämnden|styrelsen|rektor|rektorer)$",
    re.IGNORECASE,
)
_STATUS = (
    ("done", re.compile(r"^(?:klar|klart|genomförd|genomfört|avslutad|avslutat|grön)\b", re.I)),
    (
        "not_started",
        re.compile(r"^(?:ej|inte)\s+(?:påbörjad|påbörjat|startad|startat)\b|^röd\b", re.I),
    ),
    ("started", re.compile(r"^(?:påbörjad|påbörjat|pågår|pågående|delvis|gul)\b", re.I)),
)


# --- the responses --------------------------------------------------------------------------


def responses(segments: list[Segment], recommendations: list[Recommendation]) -> list[Response]:
    """Every board's response in the file, oldest first."""
    found = [
        response
        for segment in segments
        if segment.kind == "response"
        and (response := _response(segment, recommendations)) is not None
    ]
    return sorted(found, key=lambda r: (r.date is None, r.date or dt.date.min))


def _marker(blocks: list[Block]) -> int:
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if _RESPONSE_MARK.match(text) or (block.headingish and _RESPONSE_HEADING.match(text)):
            return index
    return 0


def _response(segment: Segment, recommendations: list[Recommendation]) -> Response | None:
    blocks = segment.blocks
    marker = _marker(blocks)
    header = blocks[: marker + 4]
    registry = _registry(header) or _registry(blocks)
    body = _body(blocks, marker)
    if body is None:
        return None
    own_board = _registry_prefix(registry) or abbreviate(body)
    actions = _table_actions(blocks, own_board) or _labelled_actions(blocks[marker:], own_board)
    _align_recommendations(actions, recommendations)
    return Response(
        body=body,
        date=_date(header, blocks),
        registry_number=registry,
        actions=[a.to_action() for a in actions],
    )


def _body(blocks: list[Block], marker: int) -> str | None:
    """The responding board: named in the heading ("Yttrande från socialnämnden"), else the
    board's name in the header above the marker, else "X beslutar …"."""
    for block in blocks[marker : marker + 6]:
        heading = _RESPONSE_HEADING.match(block.text.strip())
        if heading:
            bodies = find_bodies(heading["rest"].split("–")[0].split(" - ")[0])
            if bodies:
                return bodies[0]
    for block in reversed(blocks[:marker]):
        if is_body_name(block.text):
            return canonical(block.text.strip(" .,:"))
    for block in blocks[: marker + 10]:
        match = re.match(r"^(?P<body>.+?)\s+beslutar\b", block.text)
        if match and is_body_name(match["body"]):
            return canonical(match["body"])
    return None


def _registry(blocks: list[Block]) -> str | None:
    for index, block in enumerate(blocks):
        label = _REGISTRY_LABEL.match(block.text.strip())
        if label:
            value = label["value"].strip() or (
                blocks[index + 1].text.strip() if index + 1 < len(blocks) else ""
            )
            match = _REGISTRY_VALUE.search(value)
            if match:
                return match.group(0)
    for block in blocks:
        if _REGISTRY_VALUE.fullmatch(block.text.strip()):
            return block.text.strip()
    return None


def _registry_prefix(registry: str | None) -> str | None:
    match = re.match(r"^([A-ZÅÄÖ]{1,6})[ -]?\d", registry or "")
    return match[1] if match else None


def _date(header: list[Block], blocks: list[Block]) -> dt.date | None:
    for index, block in enumerate(header):
        label = _DATE_LABEL.match(block.text.strip())
        if label:
            value = label["value"] or (header[index + 1].text if index + 1 < len(header) else "")
            mention = date_line(Block(kind="paragraph", text=value))
            if mention and mention.precision == "day":
                return mention.date
    for block in header:
        mention = date_line(block)
        if mention and mention.precision == "day":
            return mention.date
    for block in blocks:
        for sentence in sentences(block.text):
            dated = _DATED.search(sentence)
            if dated:
                mentions = [m for m in find_dates(sentence[dated.end() :]) if m.precision == "day"]
                if mentions:
                    return mentions[0].date
    return None


@dataclass
class _Draft:
    """An action while its response is read; ``quote`` is the recommendation it answers."""

    position: int
    quote: str | None
    action: str
    responsible: str | None = None
    timeline_text: str | None = None
    timeline: Timeline = field(default_factory=lambda: parse_timeline(None))
    board: str | None = None
    status: str | None = None
    recommendation_index: int | None = None

    def to_action(self) -> Action:
        return Action(
            recommendation_index=self.recommendation_index,
            action=self.action,
            responsible=self.responsible,
            timeline_text=self.timeline_text,
            due=self.timeline.due,
            due_precision=self.timeline.precision,
            board=self.board,
            status=self.status,
        )


def _column_role(header: str) -> str | None:
    text = header.casefold().strip(" :.")
    if re.match(r"^(?:ansvarig\s+)?(?:nämnd|styrelse|nämnd/styrelse)\b", text):
        return "board"
    if text.startswith("status"):
        return "status"
    if re.match(r"^(?:tids?plan|klart|när|datum|tidpunkt|slutdatum|deadline|genomförs)", text):
        return "timeline"
    if text.startswith("ansvar"):
        return "responsible"
    if "rekommendation" in text:
        return "recommendation"
    if "åtgärd" in text:
        return "action"
    return None


def _table_actions(blocks: list[Block], own_board: str) -> list[_Draft]:
    for index, block in enumerate(blocks):
        if block.kind != "row":
            continue
        roles = [_column_role(cell) for cell in block.cells]
        if "action" in roles and ("timeline" in roles or "responsible" in roles):
            # Without a board column every row is the responding board's own; with one, an
            # empty cell stays empty.
            default_board = None if "board" in roles else own_board
            return _read_table(_table_body(blocks[index:]), roles, default_board)
    return []


def _table_body(blocks: list[Block]) -> list[Block]:
    """The rows under a table's header row ``blocks[0]``. A table that runs over a page
    break may repeat its header row and carry a stray line of page furniture between its
    parts; both are skipped."""
    header = blocks[0].cells
    rows: list[Block] = []
    index = 1
    while index < len(blocks):
        block = blocks[index]
        if block.kind == "row":
            if block.cells != header:
                rows.append(block)
            index += 1
            continue
        resumes = next(
            (n for n in range(index + 1, min(index + 4, len(blocks))) if blocks[n].kind == "row"),
            None,
        )
        if resumes is None or any(len(b.text) > 80 for b in blocks[index:resumes]):
            break
        index = resumes
    return rows


def _read_table(
    rows: list[Block], roles: list[str | None], default_board: str | None
) -> list[_Draft]:
    drafts: list[_Draft] = []
    position = -1
    quote: str | None = None
    previous: Timeline | None = None
    for row in rows:
        cells = dict.fromkeys(("recommendation", "action", "responsible", "timeline", "board"), "")
        cells["status"] = ""
        for role, cell in zip(roles, row.cells, strict=False):
            if role is not None and cell:
                cells[role] = f"{cells[role]} {cell}".strip()
        if cells["recommendation"]:
            position += 1
            quote = cells["recommendation"]
        if not cells["action"]:
            continue
        timeline = parse_timeline(cells["timeline"] or None, previous=previous)
        drafts.append(
            _Draft(
                position=max(position, 0),
                quote=quote,
                action=cells["action"],
                responsible=_roles(cells["responsible"]) or None,
                timeline_text=cells["timeline"] or None,
                timeline=timeline,
                board=cells["board"] or default_board,
                status=_status(cells["status"]),
            )
        )
        previous = timeline
    return drafts


def _roles(text: str) -> str:
    """ "Integrationssamordnare Flyktingsamordnare" → "Integrationssamordnare, Flyktingsamordnare":
    a table cell listing one role per line loses its line breaks in extraction."""
    out: list[str] = []
    for word in text.split():
        # A capitalised word after a role's last word starts the next role.
        if out and word[:1].isupper() and _ROLE_END.search(out[-1]):
            out[-1] += ","
        out.append(word)
    return " ".join(out)


def _status(text: str) -> str | None:
    for status, pattern in _STATUS:
        if pattern.match(text.strip()):
            return status
    return None


def _labelled_actions(blocks: list[Block], own_board: str) -> list[_Draft]:
    """Actions written as "Åtgärd: …" / "Tidsplan: …" under each quoted recommendation."""
    drafts: list[_Draft] = []
    position = -1
    quote: str | None = None
    previous: Timeline | None = None
    for index, block in enumerate(blocks):
        label, value = _label(block.text)
        if label == "action":
            drafts.append(
                _Draft(position=max(position, 0), quote=quote, action=value, board=own_board)
            )
            continue
        current = drafts[-1] if drafts and drafts[-1].position == max(position, 0) else None
        if label is not None and current is not None:
            if label == "timeline":
                current.timeline_text = value or None
                current.timeline = parse_timeline(value or None, previous=previous)
                previous = current.timeline
            elif label == "responsible":
                current.responsible = _roles(value) or None
            elif label == "board":
                current.board = value or own_board
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and _label(following.text)[0] == "action":
            position += 1
            quote = block.text
        elif current is not None and current.timeline_text is None and block.kind == "paragraph":
            current.action = f"{current.action} {block.text}"
    if position < 0:
        for n, draft in enumerate(drafts):
            draft.position = n
    return drafts


def _label(text: str) -> tuple[str | None, str]:
    for name, pattern in _LABELS.items():
        match = pattern.match(text.strip())
        if match:
            return name, match["value"].strip()
    return None, ""


def _align_recommendations(drafts: list[_Draft], recommendations: list[Recommendation]) -> None:
    """Use the quoted recommendation when it clearly points at one of the report's; else the
    position in the response."""
    quotes: dict[int, str] = {d.position: d.quote for d in drafts if d.quote}
    mapping = {position: position for position in {d.position for d in drafts}}
    if recommendations and quotes:
        matched: dict[int, int] = {}
        last = -1
        for position in sorted(quotes):
            scores = [
                (containment(quotes[position], r.text), n)
                for n, r in enumerate(recommendations)
                if n > last
            ]
            if not scores:
                break
            score, best = max(scores, key=lambda item: (item[0], -item[1]))
            if score < 0.8:
                break
            matched[position] = best
            last = best
        else:
            if len(matched) == len(quotes):
                mapping.update(matched)
    for draft in drafts:
        draft.recommendation_index = mapping.get(draft.position, draft.position)
