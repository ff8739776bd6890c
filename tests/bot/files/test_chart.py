"""The overview picture: what is open and what falls due, drawn as a PNG."""

from __future__ import annotations

import datetime as dt
import struct

from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import load_demo
from bot.files import chart
from storage import due, items
from storage.db import transaction
from tests.conftest import TEAM

TODAY = dt.date(2030, 3, 13)


def test_overview_is_a_png_of_sensible_size(session_factory: sessionmaker[Session]) -> None:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    with session_factory() as session:
        recs = items.recommendations(session, team_id=TEAM)
        deadlines = due.due_items(
            session, team_id=TEAM, start=TODAY, end=TODAY + dt.timedelta(days=90)
        )
    png = chart.overview_png(recs, deadlines, title="Läget", today=TODAY, lang="sv")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert 600 <= width <= 2000 and 300 <= height <= 2000
    assert 10_000 < len(png) < 1_000_000
