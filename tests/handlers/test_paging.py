"""Long answers come a page at a time from the database: pressing Nästa shows the next items,
the pages put together are the whole list, and the counts shown are the list's own.

On a generated dataset where Socialnämnden exists in seventeen kommuner: more than a page of
open items, and more boards than the answer counts for (storage.paging.FEW_BODIES)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from bot.blocks.state import ViewState
from bot.demo.national import Scale, generate
from storage import due, items, names
from storage.due import DUE_PAGE
from storage.items import OPEN_PAGE
from storage.models import Body
from storage.paging import FEW_BODIES
from tests.conftest import TEAM
from tests.support.blockkit import all_text
from tests.support.slack_app import TODAY, Slack

KOMMUNER = FEW_BODIES + 1
SCALE = Scale(kommuner=KOMMUNER, regioner=0, years=2, audits_per_year=3)


@pytest.fixture
def generated(engine: Engine, session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    generate(engine, team_id=TEAM, today=TODAY, scale=SCALE, seed=7)
    return session_factory


def _buttons(blocks: list[dict]) -> dict[str, dict]:
    return {e["action_id"]: e for b in blocks if b["type"] == "actions" for e in b["elements"]}


def _every_page(slack: Slack, text: str) -> list[list[dict]]:
    pages = [slack.command(text)["blocks"]]
    while "page_next" in _buttons(pages[-1]):
        slack.click(_buttons(pages[-1])["page_next"] | {"block_id": "nav"})
        reply = slack.responses()[-1]
        assert reply["replace_original"] is True
        pages.append(reply["blocks"])
    return pages


def _ids(blocks: list[dict], prefix: str) -> list[int]:
    """The items a page shows, by the ids their block ids carry ("rec12~…")."""
    found = []
    for block in blocks:
        match = re.match(rf"{prefix}(\d+)(~|$)", block.get("block_id", ""))
        if match:
            found.append(int(match.group(1)))
    return found


def test_oppna_across_organisations_pages_through_everything_open(
    slack: Slack, generated: sessionmaker[Session]
) -> None:
    with generated() as session:
        bodies = list(session.scalars(select(Body.id).where(Body.name == "Socialnämnden")))
        everything = items.open_items(session, team_id=TEAM, body_ids=bodies)
    assert len(bodies) == KOMMUNER
    assert len(everything.actions) > 2 * OPEN_PAGE

    pages = _every_page(slack, "öppna socialnämnden")

    shown_recommendations = [i for blocks in pages for i in _ids(blocks, "rec")]
    shown_actions = [i for blocks in pages for i in _ids(blocks, "act")]
    assert shown_recommendations == [r.id for r in everything.recommendations]
    assert shown_actions == [a.id for a in everything.actions]
    # Too many boards to count: each page says which items it shows and whether more follow.
    first, second, last = all_text(pages[0]), all_text(pages[1]), all_text(pages[-1])
    assert f"Åtgärder som inte är klara (1–{OPEN_PAGE}, fler finns)" in first
    assert f"({OPEN_PAGE + 1}–{2 * OPEN_PAGE}, fler finns)" in second
    assert "Sida 2" in second and "Sida 2 av" not in second
    assert f"av {len(everything.actions)})" in last
    assert "page_next" not in _buttons(pages[-1])

    # Föregående goes back to the very page before.
    slack.click(_buttons(pages[-1])["page_previous"] | {"block_id": "nav"})
    assert slack.responses()[-1]["blocks"] == pages[-2]


def test_oppna_one_organisation_counts_what_is_open(
    slack: Slack, generated: sessionmaker[Session]
) -> None:
    with generated() as session:
        organisation = names.list_organisations(session, team_id=TEAM)[0]
        recommendations, actions = items.count_open_items(
            session, team_id=TEAM, organisation_id=organisation.id
        )
    pages = _every_page(slack, f"öppna {organisation.name}")
    first = all_text(pages[0])
    pages_needed = -(-max(recommendations, actions) // OPEN_PAGE)
    assert len(pages) == pages_needed > 1
    assert f"Sida 1 av {pages_needed}" in first
    assert f"(1–{OPEN_PAGE} av {actions})" in first
    assert sum(len(_ids(blocks, "act")) for blocks in pages) == actions
    assert sum(len(_ids(blocks, "rec")) for blocks in pages) == recommendations


def test_forsenade_shows_the_count_and_pages_to_the_end(
    slack: Slack, generated: sessionmaker[Session]
) -> None:
    with generated() as session:
        overdue = due.overdue_items(session, team_id=TEAM, today=TODAY)
    assert len(overdue) > DUE_PAGE
    pages = _every_page(slack, "försenade")
    assert f"1–{DUE_PAGE} av {len(overdue)}" in all_text(pages[0])
    assert f"Sida 1 av {len(pages)}" in all_text(pages[0])
    shown = [
        (kind, int(number))
        for blocks in pages
        for block in blocks
        for kind, number in re.findall(r"^(rr|act)(\d+)", block.get("block_id", ""))
    ]
    assert shown == [("rr" if i.kind == "response" else "act", i.id) for i in overdue]


def test_a_page_past_the_end_shows_the_last(slack: Slack, generated: sessionmaker[Session]) -> None:
    """A Nästa pressed on a list that has since shrunk still lands on a page."""
    slack.click(
        {
            "type": "button",
            "action_id": "page_next",
            "block_id": "nav",
            "value": ViewState("försenade", "", 999).encode(),
        }
    )
    shown = all_text(slack.responses()[-1]["blocks"])
    assert re.search(r"Sida (\d+) av \1", shown)
    assert "page_next" not in _buttons(slack.responses()[-1]["blocks"])
