"""How long the reminder rules take on whatever data a database holds (SPEC §5: under 1 s).

    python -m bench.reminders_bench --database-url URL [--at ISO] [--populate]

``run(engine)`` times ReminderEngine.plan (the set-based loads, the rules and the ledger
check: everything a sweep does before it posts) at an ordinary instant and at a Monday
08:00 digest, median of several runs, and the pure rule evaluation on its own. Nothing is
written: plan() neither claims nor sends. A database without subscriptions is measured as if
one channel watched every organisation. ``--populate`` first fills an empty database with a
national-scale data set (SPEC §5: 311 organisations × 10 years × 8 audits × 6
recommendations × 2 actions) whose dates lie around ``--at``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, insert, select

from bot.core.clock import FixedClock
from bot.rules.calendar import SwedishCalendar
from bot.rules.reminder_types import Watch
from bot.rules.reminders import digest_slots, due_reminders
from bot.services.reminders import ReminderEngine
from storage import sweep as store
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.models import (
    Action,
    Audit,
    Body,
    Organisation,
    Recommendation,
    Response,
    ResponseRequest,
)

TZ = ZoneInfo("Europe/Stockholm")
TEAM = "T0BENCH"


def _median_ms(function, repeats: int) -> tuple[float, Any]:
    timings, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1), result


def _monday_eight(day: dt.date) -> dt.datetime:
    monday = day - dt.timedelta(days=day.weekday())
    return dt.datetime.combine(monday, dt.time(8, 5), tzinfo=TZ)


def run(engine: Engine, *, at: dt.datetime | None = None, repeats: int = 5) -> dict[str, Any]:
    """Figures for the data in ``engine``, flat (name with its unit → value) for bench/."""
    factory = make_session_factory(engine)
    ordinary = at or dt.datetime.now(TZ)
    digest_at = _monday_eight(ordinary.astimezone(TZ).date())
    calendar = SwedishCalendar()
    with factory() as session:
        organisations = session.execute(
            select(Organisation.id, Organisation.team_id, Organisation.name)
        ).all()
        stored = store.watches(session)
        figures: dict[str, Any] = {
            "organisations": len(organisations),
            "audits": session.scalar(select(func.count(Audit.id))),
            "response requests": session.scalar(select(func.count(ResponseRequest.id))),
            "actions": session.scalar(select(func.count(Action.id))),
            "subscriptions": len(stored),
        }
    watches = None
    if not stored:
        watches = [
            Watch(
                subscription_id=0,
                team_id=team,
                channel_id=f"C{org_id}",
                organisation_id=org_id,
                organisation=name,
            )
            for org_id, team, name in organisations
        ]
        figures["watched"] = "every organisation by one channel (none stored)"
    for label, instant in (("sweep", ordinary), ("Monday 08:00 digest sweep", digest_at)):
        sweeper = ReminderEngine(factory, clock=FixedClock(instant), tz=TZ, calendar=calendar)
        sweeper.plan(watches=watches)  # warm the calendar cache and the connection pool
        plan_ms, plan = _median_ms(lambda s=sweeper: s.plan(watches=watches), repeats)
        snapshot, when = plan.snapshot, plan.instant
        rules_ms, due = _median_ms(lambda s=snapshot, w=when: due_reminders(s, w), repeats)
        slots_ms, _ = _median_ms(lambda s=snapshot, w=when: digest_slots(s.watches, w), repeats)
        loaded = len(snapshot.requests) + len(snapshot.actions) + len(snapshot.follow_ups)
        loaded += sum(len(o.actions) for o in snapshot.overdue_actions.values())
        figures[f"{label} at"] = instant.isoformat(timespec="minutes")
        figures[f"{label}: loads + rules + ledger, median (ms)"] = plan_ms
        figures[f"{label}: rules alone, median (ms)"] = round(rules_ms + slots_ms, 1)
        figures[f"{label}: rows loaded"] = loaded
        figures[f"{label}: reminders due"] = len(due)
        figures[f"{label}: under the 1 s target"] = "yes" if plan_ms < 1000 else "NO"
    figures["runs per median"] = repeats
    return figures


def populate(
    engine: Engine,
    *,
    today: dt.date,
    organisations: int = 311,
    years: int = 10,
    audits_per_year: int = 8,
    recommendations: int = 6,
    actions_per_recommendation: int = 2,
    seed: int = 5,
) -> None:
    """Fill an empty database with made-up audits whose dates lie in the ``years`` before today.

    Older audits are answered and their actions mostly done; the latest year's responses are
    partly still owed, some overdue, some due soon.
    """
    rng = random.Random(seed)
    created = dt.datetime.now(dt.UTC)
    with engine.begin() as connection:
        org_rows = [
            {"team_id": TEAM, "name": f"Kommun {n:03d}", "created_at": created}
            for n in range(organisations)
        ]
        connection.execute(insert(Organisation), org_rows)
        org_ids = list(connection.scalars(select(Organisation.id).order_by(Organisation.id)))
        connection.execute(
            insert(Body),
            [
                {
                    "team_id": TEAM,
                    "organisation_id": org_id,
                    "name": name,
                    "abbreviation": abbr,
                    "aliases": [],
                }
                for org_id in org_ids
                for name, abbr in (("Kommunstyrelsen", "KS"), ("Socialnämnden", "SN"))
            ],
        )
        bodies: dict[int, list[int]] = {}
        for body_id, org_id in connection.execute(
            select(Body.id, Body.organisation_id).order_by(Body.id)
        ):
            bodies.setdefault(org_id, []).append(body_id)

        audit_rows = []
        for org_id in org_ids:
            for year_back in range(years):
                for n in range(audits_per_year):
                    report = today - dt.timedelta(days=365 * year_back + rng.randrange(0, 365))
                    audit_rows.append(
                        {
                            "team_id": TEAM,
                            "organisation_id": org_id,
                            "title": f"Granskning {year_back}-{n}",
                            "audit_firm": "Revisionsbyrån",
                            "report_date": report,
                            "audit_year": report.year,
                            "created_at": created,
                        }
                    )
        connection.execute(insert(Audit), audit_rows)
        audits = connection.execute(
            select(Audit.id, Audit.organisation_id, Audit.report_date).order_by(Audit.id)
        ).all()

        rec_rows, request_rows, response_rows = [], [], []
        for audit_id, org_id, report in audits:
            for position in range(recommendations):
                rec_rows.append(
                    {
                        "team_id": TEAM,
                        "audit_id": audit_id,
                        "position": position,
                        "text": f"Rekommendation {position}",
                        "status": "open",
                        "status_is_manual": False,
                    }
                )
            deadline = report + dt.timedelta(days=60)
            for position, body_id in enumerate(bodies[org_id]):
                answered = deadline - dt.timedelta(days=rng.randrange(-20, 20))
                pending = answered > today or (
                    deadline > today - dt.timedelta(days=90) and rng.random() < 0.3
                )
                request_rows.append(
                    {
                        "team_id": TEAM,
                        "audit_id": audit_id,
                        "body_id": body_id,
                        "position": position,
                        "deadline": deadline,
                        "requires_action_timeline": True,
                        "received_on": None if pending else answered,
                    }
                )
                if not pending:
                    response_rows.append(
                        {
                            "team_id": TEAM,
                            "audit_id": audit_id,
                            "body_id": body_id,
                            "position": position,
                            "decision_date": answered,
                        }
                    )
        connection.execute(insert(Recommendation), rec_rows)
        connection.execute(insert(ResponseRequest), request_rows)
        connection.execute(insert(Response), response_rows)
        recs: dict[int, list[int]] = {}
        for rec_id, audit_id in connection.execute(
            select(Recommendation.id, Recommendation.audit_id).order_by(Recommendation.id)
        ):
            recs.setdefault(audit_id, []).append(rec_id)
        action_rows = []
        responses = connection.execute(
            select(Response.id, Response.audit_id, Response.decision_date).order_by(Response.id)
        ).all()
        per_response = recommendations * actions_per_recommendation // 2 or 1
        for response_id, audit_id, decided in responses:
            for position in range(per_response):
                due = decided + dt.timedelta(days=rng.randrange(30, 540))
                precision = rng.choice(("day", "day", "month", "year", "continuous"))
                action_rows.append(
                    {
                        "team_id": TEAM,
                        "response_id": response_id,
                        "recommendation_id": recs[audit_id][position % len(recs[audit_id])],
                        "position": position,
                        "text": f"Åtgärd {position}",
                        "due": None if precision == "continuous" else due,
                        "due_precision": precision,
                        "status": "done"
                        if due < today - dt.timedelta(days=365) or rng.random() < 0.3
                        else rng.choice((None, "started")),
                    }
                )
        for start in range(0, len(action_rows), 20_000):
            connection.execute(insert(Action), action_rows[start : start + 20_000])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--at", help="ISO date-time (local) to sweep at; default now")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--populate", action="store_true", help="fill an empty database first")
    args = parser.parse_args()
    at = dt.datetime.fromisoformat(args.at) if args.at else dt.datetime.now(TZ)
    at = at if at.tzinfo else at.replace(tzinfo=TZ)
    engine = make_engine(args.database_url)
    upgrade(engine)
    if args.populate:
        started = time.perf_counter()
        populate(engine, today=at.date())
        print(f"populated in {time.perf_counter() - started:.1f} s")
    print(json.dumps(run(engine, at=at, repeats=args.repeats), indent=2, ensure_ascii=False))
    engine.dispose()


if __name__ == "__main__":
    main()
