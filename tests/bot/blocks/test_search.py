"""`sök` answers as Block Kit: each hit says what it is and where, a passage with its page and
headings, the words found in bold, document text escaped, within Slack's limits."""

from __future__ import annotations

import datetime as dt

from bot.blocks.answers import search_blocks
from bot.blocks.text import excerpt
from storage.read_models import AuditRef, SearchHit
from tests.support.blockkit import all_text, assert_valid_blocks

AUDIT = AuditRef(
    id=7,
    organisation_id=1,
    organisation="Granbacka kommun",
    title="Granskning av vinterväghållningen",
    audit_firm=None,
    report_date=dt.date(2025, 10, 1),
    audit_year=2025,
)
LONG = (
    "Planen antogs av nämnden 2019 och har inte reviderats sedan dess. " * 12
    + "Vid våra besök var flera av sandlådorna vid busshållplatserna tomma. "
    + "Ingen kunde säga vem som ansvarar för dem. " * 12
)


def _passage(text: str = LONG, **changes) -> SearchHit:
    fields = {
        "kind": "passage",
        "id": 3,
        "text": text,
        "audit": AUDIT,
        "rank": 0.9,
        "page": 12,
        "headings": ("2 Granskningsresultat", "2.1 Plan", "2.1.1 Iakttagelser"),
        "passage_kind": "observation",
    }
    return SearchHit(**(fields | changes))


def test_a_passage_names_its_kind_page_headings_and_audit_and_shows_the_word_found() -> None:
    rendered = search_blocks("sandlådorna", [_passage()], lang="sv", terms=("sandlådorna",))
    assert_valid_blocks(rendered.blocks)
    (hit,) = rendered.blocks[1:]
    shown = hit["text"]["text"]
    heading, found, audit = shown.split("\n")
    assert heading == (
        "*Iakttagelse* · s. 12 · 2 Granskningsresultat › 2.1 Plan › 2.1.1 Iakttagelser"
    )
    assert found.startswith("…") and found.endswith("…") and len(found) <= 420
    assert "flera av *sandlådorna* vid busshållplatserna" in found
    assert audit == "_Granbacka kommun: Granskning av vinterväghållningen_"
    assert (hit["accessory"]["action_id"], hit["accessory"]["value"]) == ("open_audit", "7")


def test_in_english_a_page_is_p() -> None:
    rendered = search_blocks("sand", [_passage(passage_kind="assessment")], lang="en")
    assert "*Assessment* · p. 12 ·" in all_text(rendered.blocks)


def test_a_passage_without_page_or_headings_says_only_what_it_is() -> None:
    hit = _passage("Kort text om snö.", page=None, headings=(), passage_kind=None)
    shown = search_blocks("snö", [hit], lang="sv", terms=("snö",)).blocks[1]["text"]["text"]
    assert shown.split("\n")[:2] == ["*Rapporttext*", "Kort text om *snö*."]


def test_document_text_in_a_hit_is_escaped() -> None:
    hit = _passage("Skriv <!channel> & <@U123> om sandlådorna.", headings=("<!here> Rubrik",))
    shown = all_text(search_blocks("sand", [hit], lang="sv", terms=("sand",)).blocks)
    assert "<!channel>" not in shown and "<!here>" not in shown and "<@U123>" not in shown
    assert "&lt;!channel&gt; &amp; &lt;@U123&gt;" in shown


def test_twenty_five_long_hits_fit_one_message() -> None:
    hits = [_passage(id=n) for n in range(25)]
    rendered = search_blocks("sandlådorna", hits, lang="sv", terms=("sandlådorna",))
    assert_valid_blocks(rendered.blocks)
    assert all(len(block["text"]["text"]) < 800 for block in rendered.blocks[1:])


def test_an_excerpt_starts_at_the_text_when_the_word_is_near_it_or_not_found() -> None:
    assert excerpt("Sandlådorna var tomma. " * 40, ("sandlådorna",), 100).startswith("Sandlådorna")
    assert excerpt(LONG, ("saknas",), 100).startswith("Planen antogs")
    assert excerpt("Kort.", ("kort",), 100) == "Kort."
