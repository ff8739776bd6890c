"""Recommendations in Swedish audit language, wherever a document puts them.

What counts is what ../shared/corpus/real/README.md calls a recommendation: an action the
auditors urge a body to take, in their own voice. Two places hold them:

* a **formal list**: items (bullets, dashes, "1)", "a)", or items run together on one
  flattened line) after a lead-in that urges ("rekommenderar vi kommunstyrelsen att:",
  "Revisorerna rekommenderar nämnden att", "lämnas följande rekommendationer till …:",
  "vill uppmärksamma nämnden på att:") or under a heading "Rekommendationer". Reports print
  the list two or three times; the most complete printing is kept, and a report with one
  list per board keeps each board's list;
* **running text**, when a document has no formal list (letters, summaries, news):
  sentences in which the auditors recommend, propose or urge ("Vi rekommenderar att …",
  "Revisorerna föreslår att …", "Därför rekommenderas nämnden att …"), and sentences whose
  main verb is the modal "bör"/"borde" ("Nämnden bör se över …", "Taxan bör ses över").

A formal list wins: "bör" sentences in the findings of a report with a list restate it, but
"Vi rekommenderar vidare att …" after the list adds one. A table with a column
"Rekommendation" is a list too (its column "Ansvarig" names the board); an earlier year's
list announced in the past tense ("2022 lämnades följande rekommendationer") is not.
Never recommendations: findings, "behöver/måste/krävs", a "som … bör" relative clause,
counterfactual "borde ha"/"borde inte vara", anything about ansvarsfrihet, a board's or
administration's own proposals ("föreslår … besluta"), questions, and mentions of
recommendations that give none ("som revisorerna rekommenderar").

The text is the document's own: a list item without its marker and closing comma; a
running-text sentence whole, or, when an urging clause follows a finding in one sentence
("… men att det finns brister och att nämnden bör …"), that clause. Addressees come from
the item itself ("Att socialnämnden …"), the lead-in, the sentence (the object of the
urging verb, or the subject of "bör"), else the heading above when it names one board; a
bare "nämnden" is the board the document last named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.bodies import GENERIC_BODY, find_addressees, resolve_generic
from ingest.cleaning import Block
from ingest.lists import Entry, collect, split_inline, table_items
from ingest.schema import Recommendation
from ingest.text import sentences, squash
from ingest.verbs import imperative, opens_advice

# Only a block's last characters are searched for a lead-in: a long block repeating
# "rekommenderar" would otherwise be rescanned from each occurrence.
_LEAD_MAX = 1_000
_AUDITORS = (
    r"(?:vi|våra?|\w*revisor(?:n|er|erna)?s?|\w*revisionen|\w*revisionskontoret|granskningen|"
    r"KPMG|PwC|EY|Deloitte|Grant\s+Thornton|BDO|Forvis\s+Mazars|Mazars|sakkunnigt\s+biträde)"
)
_URGING_VERB = re.compile(
    r"\b(?P<verb>rekommender(?:ar|as)|föreslå(?:r|s)|uppmana(?:r|s)|"
    r"(?:vill|önskar)\s+(?:\w+\s+)?uppmärksamma|rekommendation\s+är|"
    # "Revisorerna vill också att nämnden …", "Nu vill revisorerna att …"
    r"vill(?=\s+(?:\w+\s+){0,2}att\b)|"
    # "Revisorerna har i sin rapport rekommenderat nämnden att …", restated in a response
    r"har\s+(?:\w+\s+){0,4}?(?:rekommenderat|föreslagit))\b",
    re.IGNORECASE,
)
# Every lead-in holds one of these; a block without any is not read further.
_LEAD_STEMS = ("rekommend", "föreslå", "förslag", "uppman", "uppmärksamma")
_LIST_ANNOUNCED = re.compile(
    r"\b(?:följande|nedanstående|dessa)\s+(?:\w+\s+)?(?:rekommendation(?:er)?|förslag)\b|"
    r"\bnedan\s+(?:listas|redovisas|återges|citeras|presenteras|framgår|följer)\s+(?:\w+\s+){0,2}rekommendation|"
    r"\b(?:våra|revisorernas|revisionens|granskningens)\s+rekommendation(?:er)?\b",
    re.IGNORECASE,
)
# A sentence that ends by announcing the list below it, with a full stop for a colon.
_LIST_FOLLOWS = re.compile(
    r"\b(?:följande|nedanstående)\s+(?:\w+\s+)?(?:rekommendation(?:er)?|förslag)\s*\.$",
    re.IGNORECASE,
)
# "I granskningen 2022 lämnades följande rekommendationer": an earlier audit's list, followed
# up, not given anew.
_EARLIER = re.compile(
    r"\b(?:lämnades|gavs|lämnade|gav|lämnats|getts)\b.*(?:\b(?:19|20)\d\d\b|\btidigare\b|"
    r"\bförra\b|\bföregående\b)|\b(?:(?:19|20)\d\d|tidigare|förra|föregående)\b.*"
    r"\b(?:lämnades|gavs|lämnade|gav|lämnats|getts)\b",
    re.IGNORECASE,
)
_RECOMMENDATION_HEADING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:våra\s+|[^\W\d_]+s\s+)?"
    r"(?:rekommendation(?:er)?|förslag\s+till\s+åtgärder)$",
    re.IGNORECASE,
)
_DISCHARGE = re.compile(r"ansvarsfrihet|tillstyrk|anmärkning|erinran", re.IGNORECASE)
# "Kommunstyrelsen föreslås besluta att …", "föreslår stadsledningskontoret nämnden besluta"
_DECISION = re.compile(r"\b(?:besluta|beslutar|godkänna|anta|fastställa)\b", re.IGNORECASE)
# "rekommenderar nämnden att besluta om riktlinjer": a decision the auditors urge, unlike
# "föreslår förvaltningen nämnden besluta".
_URGED_DECISION = re.compile(r"\batt\s+(?:\w+\s+)?(?:besluta|godkänna|anta|fastställa)\b", re.I)
_FURTHER = re.compile(
    r"\b(?:rekommender|föreslå|uppmana)\w*\s+(?:vi\s+|revisorerna\s+)?(?:vidare|även|också|"
    r"dessutom)\b",
    re.IGNORECASE,
)
# A mention, not the urging itself: "allt som revisorerna rekommenderar", "vad … föreslår".
_RELATIVE_BEFORE = re.compile(r"\b(?:som|vad|vilka|vilket|såsom)\s+(?:\S+\s+){0,3}$", re.I)
_MODAL = re.compile(r"\b(?P<modal>bör|borde)\b", re.IGNORECASE)
_NOT_URGING_AFTER_MODAL = re.compile(
    r"^\s*(?:(?:inte|ej|aldrig)\s+(?:\w+\s+)?(?:vara|ha)\b|(?:\w+\s+)?ha\s+\w+|framgå\b|"
    r"(?:därför\s+|också\s+|även\s+)?(?:noteras|nämnas|påpekas|framhållas|understrykas|"
    r"observeras|betonas|poängteras|tilläggas)\b)",
    re.IGNORECASE,
)
_RELATIVE_MODAL = re.compile(r"\bsom\s+(?:\w+\s+)?$", re.IGNORECASE)
# Where a sentence's urging clause starts when a finding comes first in the same sentence.
_CLAUSE_START = re.compile(r"(?:,\s*|\s+)(?:och|men|samt)\s+(?=(?:att|då|därför|så)\b)|;\s+")
_ATTRIBUTION = re.compile(
    r",\s*(?:(?:säger|sa|sade|skriver)\s+[^.;!?]{1,120}|"
    r"(?:menar|anser|konstaterar)\s+[^,.;!?]{1,60})[.!]?$",
    re.IGNORECASE,
)
# An opinion given as another body's: "Nämnden bör enligt förvaltningen …".
_OTHER_VOICE = re.compile(
    r"\b(?:enligt|anser|menar|föreslår)\s+(?:(?!att\b)\w+\s+)?(?:\w*förvaltning\w*|\w*kontor\w*|"
    r"\w*nämnd\w*|\w*styrelse\w*|ordförande\w*|majoritet\w*|oppositione\w*)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"^(?P<who>.{1,80}?)\s+(?:anser|menar|tycker|tror|säger|påpekar|framhåller|betonar)\s+"
    r"(?:\w+\s+)?att\b",
    re.IGNORECASE,
)
_OTHER_AGENT = re.compile(
    r"nämnd|styrelse|förvaltning|kontor|ordförande|politiker|opposition|majoritet|"
    r"kommunalråd|direktör|chef|\((?:S|M|C|L|KD|V|MP|SD)\)",
    re.IGNORECASE,
)
# "Rekommendation 2: Inför en rutin för …" in running text.
# "Revisorernas rekommendation: Inför …" quoted in a board's response.
_NUMBERED = re.compile(
    r"^(?:[^\W\d_]+s\s+)?rekommendation(?:\s+\d{1,2})?\s*[:–-]\s*(?P<text>\S.*)$", re.I
)
_SAID_BY = re.compile(
    r",\s*(?:säger|sa|sade|skriver|menar)\s+(?!han\b|hon\b|de\b)[^.!?]{3,120}", re.IGNORECASE
)
_SAID_BY_PRONOUN = re.compile(r",\s*(?:säger|sa|sade|menar)\s+(?:han|hon)\b", re.IGNORECASE)
_LEAD_ENDS = re.compile(r"(?::|\batt|nämnden|styrelsen|fullmäktige)\s*$", re.IGNORECASE)
_IMPERATIVE_START = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=[a-zåäö0-9]\s))(?P<word>[A-ZÅÄÖ][a-zåäö]+)\b"
)
# A capitalised common word right after a lower-case word: a sentence that lost its full
# stop when the page was flattened ("… i varje avtal Dessutom saknas …").
_LOST_STOP = re.compile(r"(?<=[a-zåäö0-9])\s+(?=[A-ZÅÄÖ][a-zåäö]+\b)")


@dataclass(frozen=True)
class _Lead:
    """A lead-in to a list: its block index and the boards it addresses."""

    index: int
    addressees: list[str]
    inline: str  # items printed on the lead-in's own line, after its colon
    announced: bool = False  # "Här redovisas revisionens rekommendationer …:"


def recommendations(blocks: list[Block]) -> list[Recommendation]:
    """The recommendations of a document, each once, in order (module docstring)."""
    formal = _formal_lists(blocks)
    if not formal:
        return _running_text(blocks)
    if not any(_FURTHER.search(block.text) for block in blocks):
        return formal
    # "Vi rekommenderar vidare att …" after the list adds one more of the auditors' own.
    further = [
        r
        for r in _running_text(blocks, _FURTHER)
        if not any(squash(r.text) == squash(f.text) for f in formal)
    ]
    return formal + further


def restated_in_response(blocks: list[Block]) -> list[Recommendation]:
    """The auditors' recommendations as a board's response retells them in a sentence
    ("Revisorerna har i sin rapport rekommenderat nämnden att …"). The board's own "bör"
    and proposals are its answer, and a list it answers item by item stays with its actions.
    A list the response quotes under the auditors' own lead-in ("I rapporten rekommenderas
    nämnden att: a) …") is theirs, when no sentence retold them."""
    retold = _running_text(blocks, _URGING_VERB)
    if retold:
        return retold
    for index in range(len(blocks)):
        lead = _lead_in(blocks, index)
        if lead is None or lead.announced or not lead.addressees or lead.inline:
            continue
        # The quoted list, not the answers that follow under a heading of their own.
        entries = [e for e in collect(blocks, index + 1) if _item_text(e.text)]
        entries = [e for e in entries if e.heading == entries[0].heading]
        if entries and all(opens_advice(e.text.split()[0]) for e in entries):
            return [
                Recommendation(
                    text=_item_text(e.text), addressee=_item_addressees(e.text) or lead.addressees
                )
                for e in entries
            ]
    return []


# --- formal lists -----------------------------------------------------------------------------


def _formal_lists(blocks: list[Block]) -> list[Recommendation]:
    printings: dict[tuple[str, ...], list[Recommendation]] = {}
    for index in range(len(blocks)):
        lead = _lead_in(blocks, index)
        if lead is None:
            continue
        fallback = resolve_generic(lead.addressees, _named_before(blocks, index, lead.addressees))
        fallback = fallback or _heading_addressees(blocks, index)
        printing = [
            Recommendation(
                text=_item_text(entry.text),
                addressee=_item_addressees(entry.text)
                or _group_addressees(entry.heading)
                or fallback,
                area=entry.heading,
            )
            for entry in _items(blocks, lead)
            if _item_text(entry.text) and not _question(entry.text)
        ] or [
            Recommendation(text=text, addressee=find_addressees(whom) or fallback)
            for text, whom in table_items(blocks, index + 1)
        ]
        key = tuple(lead.addressees)
        if printing and len(printing) > len(printings.get(key, [])):
            printings[key] = printing
    found: list[Recommendation] = []
    for printing in printings.values():
        found.extend(
            r for r in printing if not any(squash(r.text) == squash(f.text) for f in found)
        )
    return found


def _lead_in(blocks: list[Block], index: int) -> _Lead | None:
    block = blocks[index]
    if block.kind == "row":
        return None
    if block.headingish and _RECOMMENDATION_HEADING.match(block.text):
        return _Lead(index, [], "")
    text = block.text[-_LEAD_MAX:]
    lowered = text.casefold()
    if not any(stem in lowered for stem in _LEAD_STEMS):
        return None
    # The lead-in is the block's last sentence, ending in a colon or in "… nämnden att", or
    # the sentence whose colon the list's items follow on the same line.
    colons = [m.end() for m in re.finditer(r":", text)][-5:]
    for end in reversed(colons):
        inline = text[end:].strip()
        if inline and not split_inline(inline):
            continue
        lead = _urging_lead(index, sentences(text[:end])[-1], inline)
        if lead is not None:
            return lead
    last = sentences(text)[-1] if text.strip() else ""
    if not text.rstrip().endswith(":") and _LEAD_ENDS.search(last):
        return _urging_lead(index, last, "")
    if _LIST_FOLLOWS.search(last):
        # "… lämnar revisorerna följande rekommendationer." and the list below.
        lead = _urging_lead(index, last.rstrip(" ."), "")
        if lead is not None and lead.announced and collect(blocks, index + 1):
            return lead
    return None


def _urging_lead(index: int, sentence: str, inline: str) -> _Lead | None:
    if _DISCHARGE.search(sentence) or _DECISION.search(sentence):
        return None
    verb = _URGING_VERB.search(sentence)
    if verb is not None and _auditors_voice(sentence, verb):
        after = sentence[verb.end() :]
        addressees = find_addressees(after) or find_addressees(sentence[: verb.start()])
        return _Lead(index, addressees, inline)
    if _LIST_ANNOUNCED.search(sentence) and not _EARLIER.search(sentence):
        return _Lead(index, find_addressees(sentence), inline, announced=True)
    return None


def _auditors_voice(sentence: str, verb: re.Match[str]) -> bool:
    """The auditors urge: their word is the subject ("Vi rekommenderar", "rekommenderar
    KPMG att"), or the verb is passive, and the verb is not in a relative clause."""
    before = sentence[: verb.start()]
    if _RELATIVE_BEFORE.search(before):
        return False
    word = verb["verb"].casefold()
    if word.endswith("s"):
        return True
    clause = re.split(r"[,;:]", before)[-1]
    if clause.strip().casefold() == "de":
        # "De rekommenderar …", "De vill också att …": a news item goes on about the auditors
        # it has just named; a board or party is named again when it speaks.
        return True
    inverted = sentence[verb.end() : verb.end() + 40]
    voice = re.compile(rf"\b{_AUDITORS}\b", re.IGNORECASE)
    return bool(voice.search(clause) or re.match(rf"\s+{_AUDITORS}\b", inverted, re.IGNORECASE))


def _items(blocks: list[Block], lead: _Lead) -> list[Entry]:
    if lead.inline:
        return [Entry(Block(kind="item", text=t), None) for t in split_inline(lead.inline)]
    entries = collect(blocks, lead.index + 1)
    if len(entries) == 1 and split_inline(entries[0].text, leading=False):
        # Several items flattened onto one line: "• Se över … • Inför …".
        return [Entry(Block(kind="item", text=t), None) for t in split_inline(entries[0].text)]
    if entries:
        return entries
    following = blocks[lead.index + 1] if lead.index + 1 < len(blocks) else None
    if following is not None and following.kind == "paragraph" and split_inline(following.text):
        return [Entry(Block(kind="item", text=t), None) for t in split_inline(following.text)]
    if lead.announced:
        return _quoted_imperatives(blocks, lead.index + 1)
    return _unmarked_items(blocks, lead.index + 1)


def _unmarked_items(blocks: list[Block], start: int) -> list[Entry]:
    """Items that lost their bullets and indent: the paragraphs after a lead-in that each
    open like an item of advice ("Säkerställa …", "Utvecklar …", "Se över …", "Att …")."""
    found: list[Entry] = []
    for block in blocks[start : start + 15]:
        words = block.text.split()
        if block.kind != "paragraph" or not words or not opens_advice(words[0]):
            break
        found.append(Entry(block, None))
    return found


def _quoted_imperatives(blocks: list[Block], start: int) -> list[Entry]:
    """After "Nedan redovisas revisionens rekommendationer med förvaltningens svar:", the
    recommendations are the sentences that open with a verb in the imperative ("Inför …",
    "Följ upp …"), each followed by its comment."""
    found: list[Entry] = []
    for block in blocks[start : start + 12]:
        if block.kind == "row":
            continue
        for match in _IMPERATIVE_START.finditer(block.text):
            if not imperative(match["word"]):
                continue
            rest = block.text[match.start() :]
            end = re.search(r"[.!?](?=\s|$)", rest)
            stop = _LOST_STOP.search(rest, 1)
            cut = min(
                (m for m in (end.end() if end else None, stop.start() if stop else None) if m),
                default=len(rest),
            )
            found.append(Entry(Block(kind="item", text=rest[:cut].strip()), None))
    return found


def _question(text: str) -> bool:
    """An item that asks (a revisionsfråga), not one whose advice goes on to ask."""
    return sentences(text)[0].rstrip().endswith("?")


def _item_text(text: str) -> str:
    """An item as the document prints it, without a closing comma, semicolon or "och"."""
    return re.sub(r"(?:[,;]\s*(?:och|samt|eller)?|\s+(?:och|samt))\s*$", "", text.strip())


def _item_addressees(text: str) -> list[str]:
    """A board named at the start of the item itself: "Att socialnämnden säkerställer …"."""
    head = " ".join(text.split()[:8])
    if re.match(r"^att\s", head, re.IGNORECASE):
        return find_addressees(head)
    bodies = find_addressees(head)
    if bodies and head.casefold().startswith(bodies[0].casefold()):
        return bodies[:1]
    return []


def _group_addressees(heading: str | None) -> list[str]:
    """The board a group of the list is headed by, when the heading is that board's name
    alone ("Regionstyrelsen", "Till tekniska nämnden"), not an area of the audit."""
    if not heading or len(heading.split()) > 6:
        return []
    bodies = [b for b in find_addressees(heading) if not GENERIC_BODY.match(b)]
    return bodies if len(bodies) == 1 else []


def _heading_addressees(blocks: list[Block], index: int) -> list[str]:
    """The one board the nearest heading above names ("Rekommendationer till
    kulturnämnden", "Kritik riktas mot fastighetsnämnden")."""
    for block in reversed(blocks[:index]):
        if block.headingish and block.kind != "row":
            bodies = [b for b in find_addressees(block.text) if not GENERIC_BODY.match(b)]
            return bodies if len(bodies) == 1 else []
    return []


# --- running text -----------------------------------------------------------------------------


def _running_text(blocks: list[Block], only: re.Pattern[str] | None = None) -> list[Recommendation]:
    """The urging sentences of a document without a formal list, each once, in order (only
    those ``only`` finds, when given)."""
    found: list[Recommendation] = []
    named: list[str] = []  # the boards named so far, for a bare "nämnden"
    for index, block in enumerate(blocks):
        # A headline restating the article ("… bör skärpas") is a heading, on one line or two.
        if block.kind not in ("paragraph", "item") or block.headingish:
            named.extend(find_addressees(block.text))
            continue
        others = _quotes_someone_else(block, blocks[index - 1] if index else None)
        for sentence in sentences(block.text):
            skipped = others or (only is not None and not only.search(sentence))
            urged = None if skipped else _urging(sentence)
            if urged is not None:
                text, addressees = urged
                # The heading speaks for a sentence that names no one ("Taxan bör ses över").
                addressees = resolve_generic(addressees, named) or (
                    [] if find_addressees(text) else _heading_addressees(blocks, index)
                )
                if not any(squash(text) == squash(r.text) for r in found):
                    found.append(Recommendation(text=text, addressee=addressees))
            named.extend(find_addressees(sentence))
    return found


def _quotes_someone_else(block: Block, previous: Block | None) -> bool:
    """A quoted reply ("– Vi bör …, säger kommunstyrelsens ordförande") in someone's voice
    other than the auditors', or said by "han"/"hon" just after a paragraph that brings in
    someone else ("Oppositionsrådet X (M) är inte förvånad. – Vi …, säger han.")."""
    if block.marker not in ("–", "—", "-") and not re.match(r"^[–—-]\s", block.text):
        return False
    said = _SAID_BY.search(block.text)
    if said is not None:
        return not re.search(r"revis", said.group(0), re.IGNORECASE)
    by_pronoun = _SAID_BY_PRONOUN.search(block.text)
    speaker = previous.text if previous is not None and previous.kind == "paragraph" else ""
    return bool(
        by_pronoun
        and _OTHER_AGENT.search(speaker)
        and not re.search(r"revis", speaker, re.IGNORECASE)
    )


def _urging(sentence: str) -> tuple[str, list[str]] | None:
    """The urging part of ``sentence`` and the boards it names as addressees, or None."""
    if sentence.rstrip().endswith(("?", ":")) or _DISCHARGE.search(sentence):
        return None
    numbered = _NUMBERED.match(sentence)
    if numbered is not None:
        return numbered["text"], find_addressees(" ".join(numbered["text"].split()[:4]))
    verb = _URGING_VERB.search(sentence)
    if verb is not None and _auditors_voice(sentence, verb):
        after = sentence[verb.end() :]
        if _DECISION.search(after[:60]) and not _URGED_DECISION.search(after[:60]):
            return None
        if verb["verb"].casefold().endswith("s") and not _names_body_first(after):
            return None
        if verb["verb"].casefold() == "vill" and _ANSWER_WANTED.search(after):
            return None
        if verb["verb"].casefold().startswith("har") and _EARLIER_AUDIT.search(sentence):
            return None
        return _clause(sentence, verb.start()), _object(after)
    if _OTHER_VOICE.search(sentence) or _reported_from_someone_else(sentence):
        return None
    for modal in _MODAL.finditer(sentence):
        before, after = sentence[: modal.start()], sentence[modal.end() :]
        if _RELATIVE_MODAL.search(before) or _NOT_URGING_AFTER_MODAL.match(after):
            continue
        clause = _clause(sentence, modal.start())
        return clause, _subjects(clause)
    return None


def _subjects(clause: str) -> list[str]:
    """Whom the "bör" of ``clause`` addresses: the subject before each "bör" ("… att kommunen
    bör … och att kommunstyrelsen bör …"), or the board right after it when the subject is
    inverted ("Enligt revisorerna bör nämnden …")."""
    found: list[str] = []
    start = 0
    for modal in _MODAL.finditer(clause):
        subject = re.split(r"\batt\b", clause[start : modal.start()])[-1]
        named = find_addressees(subject)
        if not named:
            after = clause[modal.end() :].strip()
            first = find_addressees(" ".join(after.split()[:4]))
            named = first[:1] if first and after.casefold().startswith(first[0].casefold()) else []
        found.extend(n for n in named if n not in found)
        start = modal.end()
    return found


def _reported_from_someone_else(sentence: str) -> bool:
    """ "Kommunstyrelsens ordförande anser att kommunen bör …": the opinion of someone who
    is not the auditors (a bare "De anser att …" is left to the context)."""
    reported = _REPORTED.match(sentence)
    if reported is None:
        return False
    who = reported["who"]
    return bool(_OTHER_AGENT.search(who)) and not re.search(r"revis", who, re.IGNORECASE)


def _clause(sentence: str, at: int) -> str:
    """The sentence from the start of the clause holding position ``at``, without a closing
    ", säger han." attribution."""
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence[:at])]
    clause = sentence[starts[-1] :] if starts else sentence
    attribution = _ATTRIBUTION.search(clause)
    return clause[: attribution.start()] if attribution else clause


def _names_body_first(text: str) -> bool:
    """A board opens ``text``: "[rekommenderas] nämnden att …"."""
    words = text.split()
    return bool(find_addressees(" ".join(words[:4])))


def _object(after: str) -> list[str]:
    """Whom the urging verb addresses: the boards before its "att" ("rekommenderar vi
    kommunstyrelsen och kulturnämnden att …"), else the subject right after "att"
    ("föreslår att kommunfullmäktige ger …") and after each coordinated "och att"."""
    that = re.search(r"\batt\b", after)
    named = find_addressees(after[: that.start()] if that else after)
    if named or that is None:
        return named
    found: list[str] = []
    for start in [that.end()] + [m.end() for m in _AND_THAT.finditer(after, that.end())]:
        rest = after[start:].strip()
        first = find_addressees(" ".join(rest.split()[:4]))
        if first and rest.casefold().startswith(first[0].casefold()) and first[0] not in found:
            found.append(first[0])
    return found


# "Vi har i tidigare granskningar rekommenderat …", "2022 har vi föreslagit …": advice of an
# earlier audit recalled, not the recommendation at hand.
_EARLIER_AUDIT = re.compile(r"\b(?:tidigare|förra|föregående|(?:19|20)\d\d)\b", re.IGNORECASE)
# "Vi vill att nämnden senast den 20 maj besvarar skrivelsen": the answer the auditors ask for,
# not advice.
_ANSWER_WANTED = re.compile(r"\b(?:senast|svar\w*|besvara\w*|yttr\w*)\b", re.IGNORECASE)
_AND_THAT = re.compile(r"(?:,\s*|\s+)(?:och|samt)\s+att\b")


def _named_before(blocks: list[Block], index: int, addressees: list[str]) -> list[str]:
    """The boards named above ``blocks[index]``, read only when a bare "nämnden" needs them."""
    if not any(GENERIC_BODY.match(name) for name in addressees):
        return []
    return [name for block in blocks[:index] for name in find_addressees(block.text)]
