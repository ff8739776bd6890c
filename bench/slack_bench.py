"""The Slack commands at national scale, as Slack sends them: signed requests through the Bolt
app, in-process and over HTTP through the production server, beside a no-op Bolt handler
measured in the same run; a full reminder sweep against the local Web API; and the peak
memory of the process that served it all.

``run(engine, *, team_id, today)`` does the work in a child process (spawned, like
bench/datasets.py's generation) that only builds the app and serves: its peak RSS is the
serving process's own, not the harness's with its whole-list storage cases.

In that child:

- ``build_app(runtime)`` against ``engine``'s database, the Web API (users.info, auth.test,
  chat.postMessage, response_url) a LocalSlackAPI on a loopback port, a fixed clock at 10:00
  on ``today``, and ``gc.freeze()`` after start-up as ``revisorbot run`` does;
- the floor: an App with one ``/noop`` command that only acks, built the same way (the same
  client, signing secret and Bolt's built-in middleware; none of ours);
- each command signed as Slack signs it (bot/console/requests.py) before the clock starts,
  dispatched with ``App.dispatch`` (in-process) or POSTed to uvicorn serving
  ``bot.app.asgi_app`` on a free port with one kept-alive httpx client (HTTP); beside them,
  over HTTP, a watching channel's calendar feed fetched as a calendar app does (GET): the
  first time, nothing written yet; again, unchanged; and after one of its actions changed
  (bench/calendar_feeds.py);
- commands from new users while the Web API answers 5 s late, beside it answering at once
  (bench/slow_slack.py);
- the reminder sweep is ReminderEngine.sweep() with a SlackSender posting to the local API;
  the deliveries it records are deleted afterwards, so the dataset stays as generated.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import random
import resource
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, delete, func, select

from bench.calendar_feeds import changed_feed_case, feed_case, feed_paths, first_requests
from bench.timing import Case, measure
from bench.web_api import WebApiElsewhere

COMMAND = "/revision"
NOOP = "/noop"
SIGNING_SECRET = "bench-signing-secret"
BOT_TOKEN = "xoxb-bench-not-a-token"
TZ = ZoneInfo("Europe/Stockholm")
# Users asking: their locale is looked up once each (users.info), as in a real workspace.
USERS = tuple(f"U0BENCH{n:02d}" for n in range(20))
SEARCH_WORDS = ("attesträtter", "riskanalysen", "bisysslor", "klimatanpassning", "hemtjänst")
BODY_NAME = "socialnämnden"
# Audits `visa` is asked for, found as people type them: organisation, title words, year.
AUDITS_ASKED = 40


def run(
    engine: Engine,
    *,
    team_id: str,
    today: dt.date,
    samples: int = 300,
    budget_seconds: float = 10.0,
) -> dict[str, Any]:
    url = engine.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(
            _serve_and_measure, url, team_id, today, samples, budget_seconds
        ).result()


def _serve_and_measure(
    url: str, team_id: str, today: dt.date, samples: int, budget_seconds: float
) -> dict[str, Any]:
    """Runs in the child process."""
    from slack_bolt import App, BoltRequest

    from bot.app import build_app
    from bot.blocks.state import ViewState
    from bot.console import requests
    from bot.core.clock import FixedClock
    from bot.core.runtime import Runtime, freeze_startup_objects
    from bot.core.settings import Settings
    from bot.rules.subcommands import Subcommand
    from bot.slack.client import make_web_client
    from storage.db import make_engine, make_session_factory

    api = WebApiElsewhere(team_id)
    engine = make_engine(url)
    settings = Settings(
        _env_file=None,
        DATABASE_URL=url,
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=api.base_url,
        REVISORBOT_LANGUAGE="sv",
    )
    clock = FixedClock(dt.datetime.combine(today, dt.time(10), tzinfo=TZ))
    runtime = Runtime(settings, engine, make_session_factory(engine), clock)
    app = build_app(runtime)
    floor = App(
        client=make_web_client(settings),
        signing_secret=SIGNING_SECRET,
        process_before_response=True,
    )
    floor.command(NOOP)(lambda ack: ack())

    rng = random.Random(7)
    asked = _audits_to_ask(runtime, team_id, rng)
    organisations = [name for name, _, _ in asked]
    # The title words alone, as in "visa integration": often several audits, then a choice.
    titles = [title for _, _, title in asked]
    figures: dict[str, Any] = {}
    response_url = api.response_url

    def signed_command(text: str, *, command: str = COMMAND) -> tuple[str, dict[str, str]]:
        body = requests.command_body(
            text,
            user=rng.choice(USERS),
            channel="C0BENCH",
            team=team_id,
            response_url=response_url,
            command=command,
        )
        return body, requests.signed_headers(body, secret=SIGNING_SECRET)

    def signed_click(value: str) -> tuple[str, dict[str, str]]:
        payload = requests.interaction_base("block_actions", user=rng.choice(USERS), team=team_id)
        payload["actions"] = [
            {"type": "button", "action_id": "page_next", "block_id": "nav", "value": value}
        ]
        payload["response_url"] = response_url
        payload["channel"] = {"id": "C0BENCH", "name": "revision"}
        payload["container"] = {"type": "message", "channel_id": "C0BENCH", "is_ephemeral": True}
        body = requests.interaction_body(payload)
        return body, requests.signed_headers(body, secret=SIGNING_SECRET)

    def texts() -> dict[str, Callable[[int], str]]:
        """What each case types, drawn afresh for every sample."""
        return {
            "visa <granskning>": lambda i: "visa " + rng.choice(asked)[1],
            "visa <titelord> (no organisation named)": lambda i: "visa " + rng.choice(titles),
            "frister": lambda i: "frister",
            "försenade": lambda i: "försenade",
            "granskningar": lambda i: "granskningar",
            f"öppna {BODY_NAME} (every kommun)": lambda i: f"öppna {BODY_NAME}",
            "öppna <organisation>": lambda i: "öppna " + rng.choice(organisations),
            "rek <organisation>": lambda i: "rek " + rng.choice(organisations),
            "sök <ord>": lambda i: "sök " + rng.choice(SEARCH_WORDS),
        }

    def dispatched(target: App) -> Callable[[tuple[str, dict[str, str]]], str]:
        def call(request: tuple[str, dict[str, str]]) -> str:
            body, headers = request
            response = target.dispatch(BoltRequest(body=body, headers=headers))
            if response.status != 200:
                raise RuntimeError(f"{response.status}: {response.body[:200]}")
            return _note(response.body)

        return call

    # What Nästa on the first page of `öppna socialnämnden` carries.
    page_two = ViewState(Subcommand.OPEN.value, BODY_NAME, 2).encode()
    in_process = [
        Case(
            "no-op Bolt handler (the floor)",
            dispatched(floor),
            prepare=lambda i: signed_command("", command=NOOP),
        )
    ]
    in_process.append(
        Case(
            "hjälp (our middleware, no query)",
            dispatched(app),
            prepare=lambda i: signed_command("hjälp"),
        )
    )
    for name, text in texts().items():
        in_process.append(
            Case(name, dispatched(app), prepare=lambda i, text=text: signed_command(text(i)))
        )
    in_process.append(
        Case(
            f"öppna {BODY_NAME}: Nästa (page 2, via response_url)",
            dispatched(app),
            prepare=lambda i: signed_click(page_two),
        )
    )

    started_rss = _rss_mib()
    freeze_startup_objects()
    latencies = measure(in_process, samples=samples, budget_seconds=budget_seconds)
    peaks = {"in-process commands": _peak_rss_mib()}
    floor_p50 = latencies["no-op Bolt handler (the floor)"].p50
    for name, latency in latencies.items():
        figures[f"in-process: {name}"] = latency
    figures["in-process: ratio of each p50 to the floor's"] = ", ".join(
        f"{name.split(' (')[0]} {latency.p50 / floor_p50:.0f}×"
        for name, latency in latencies.items()
        if not name.startswith("no-op")
    )

    figures.update(_middleware_costs(runtime, team_id, settings, samples))

    from bot.app import asgi_app

    with (
        _served(asgi_app(app, runtime)) as app_url,
        _served(asgi_app(floor, runtime)) as floor_url,
        feed_paths(runtime, team_id) as feeds,
    ):
        import httpx

        with httpx.Client(timeout=30) as client:
            first, actions = first_requests(client, app_url, feeds)
            figures["HTTP: calendar feed, first request (nothing written yet)"] = first
            over_http = [
                Case(
                    "no-op Bolt handler (the floor)",
                    _posted(client, floor_url),
                    prepare=lambda i: signed_command("", command=NOOP),
                )
            ]
            chosen = ("visa <granskning>", "frister", f"öppna {BODY_NAME} (every kommun)")
            chosen += ("öppna <organisation>", "sök <ord>")
            for name, text in texts().items():
                if name in chosen:
                    over_http.append(
                        Case(
                            name,
                            _posted(client, app_url),
                            prepare=lambda i, text=text: signed_command(text(i)),
                        )
                    )
            over_http.append(feed_case(client, app_url, feeds, rng))
            with changed_feed_case(runtime, client, app_url, actions, rng) as changed:
                over_http.append(changed)
                for name, latency in measure(
                    over_http, samples=samples, budget_seconds=budget_seconds
                ).items():
                    figures[f"HTTP: {name}"] = latency

    peaks["commands and calendar feeds over HTTP"] = _peak_rss_mib()
    figures.update(_sweep(runtime, settings, team_id))
    figures["peak RSS of the serving process (MiB)"] = round(_peak_rss_mib())
    figures["peak RSS after each part (MiB)"] = ", ".join(
        f"{part} {peak:.0f}" for part, peak in peaks.items()
    )
    figures["RSS after start-up, before the first command (MiB)"] = round(started_rss)

    # Exports answer at once and build and upload the file in a lazy listener: the answer is
    # what Slack waits for, the upload what the user waits for. One organisation, many times;
    # the whole workspace once, last, since its rows raise the process's peak memory.
    def uploaded(request: tuple[str, dict[str, str]]) -> str:
        note = dispatched(app)(request)
        if not runtime.listeners.join(timeout=600):
            raise RuntimeError("the export never finished")
        return note

    def export_alone(i: int) -> tuple[str, dict[str, str]]:
        """Untimed: the export an earlier sample started finishes first, not during this one."""
        runtime.listeners.join(timeout=600)
        return signed_command("export " + rng.choice(organisations))

    exports = [
        Case("export <organisation> (xlsx): the answer", dispatched(app), prepare=export_alone),
        Case("export <organisation> (xlsx): answered and uploaded", uploaded, prepare=export_alone),
    ]
    for name, latency in measure(exports, samples=min(samples, 30), budget_seconds=5).items():
        figures[f"in-process: {name}"] = latency
    runtime.listeners.join(timeout=600)
    started = time.perf_counter()
    note = dispatched(app)(signed_command("export csv"))
    figures["export, whole workspace (csv): the answer (ms)"] = round(
        (time.perf_counter() - started) * 1000, 1
    )
    runtime.listeners.join(timeout=600)
    figures["export, whole workspace (csv): answered and uploaded (s)"] = round(
        time.perf_counter() - started, 2
    )
    figures["export, whole workspace: answer"] = note
    figures["peak RSS after the whole-workspace export (MiB)"] = round(_peak_rss_mib())

    # Last: this part builds two more apps in this process (a real one serves one), with
    # their own request and listener threads, so it would raise the peak RSS above.
    from bench.slow_slack import slow_slack_figures

    figures.update(slow_slack_figures(runtime, settings, team_id, samples, budget_seconds))
    _forget_requests(runtime, team_id)
    figures["audits asked for by `visa`"] = f"{len(asked)}, e.g. “visa {asked[0][1]}”"
    api.stop()
    engine.dispose()
    return figures


def _audits_to_ask(runtime, team_id: str, rng: random.Random) -> list[tuple[str, str, str]]:
    """(organisation as typed, what follows `visa`, the title words in it) for audits that
    this names uniquely."""
    from bot.core.context import RequestContext
    from bot.core.errors import UserFacingError
    from bot.services.names import find_audit
    from storage.models import Audit, Organisation

    ctx = RequestContext(runtime, team_id, "", "sv", runtime.today())

    with runtime.session_factory() as session:
        ids = list(session.scalars(select(Audit.id).where(Audit.team_id == team_id)))
        rows = session.execute(
            select(Audit.id, Audit.title, Audit.audit_year, Organisation.name)
            .join(Organisation, Audit.organisation_id == Organisation.id)
            .where(Audit.id.in_(rng.sample(ids, min(len(ids), 400))), Audit.title.is_not(None))
            .order_by(Audit.id)
        ).all()
        asked: list[tuple[str, str, str]] = []
        for audit_id, title, year, organisation in rows:
            typed_org = " ".join(
                w for w in organisation.split() if w.casefold() not in ("kommun", "region")
            )
            words = [w for w in title.split() if w.casefold() not in ("granskning", "av")]
            typed_year = "" if year is None or str(year) in words[:2] else str(year)
            query = f"{typed_org} {' '.join(words[:2])} {typed_year}".strip()
            try:
                found = find_audit(session, ctx, query)
            except UserFacingError:
                continue  # two audits of that name that year: people would add a word
            if found.id == audit_id:
                asked.append((typed_org, query, " ".join(words[:2])))
            if len(asked) == AUDITS_ASKED:
                break
    if not asked:
        raise RuntimeError("no audit could be named uniquely")
    return asked


def _middleware_costs(runtime, team_id: str, settings, samples: int) -> dict[str, Any]:
    """What our middleware adds per request: the retry de-duplication's write and a locale
    looked up from Slack (cached per user for an hour, bot/directory.py)."""
    from bot.services.deliveries import first_delivery
    from bot.slack.client import make_web_client
    from bot.slack.directory import Directory

    def claim(i: int) -> str:
        first = first_delivery(runtime, team_id=team_id, key=f"bench:{i}:{time.time_ns()}")
        return "claimed" if first else "repeat"

    directory = Directory(settings)
    client = make_web_client(settings)
    fresh = iter(range(10**9))

    def locale(_: int) -> str:
        return directory.language(client, team_id, f"U0COLD{next(fresh)}")

    def cached(_: int) -> str:
        return directory.language(client, team_id, USERS[0])

    cases = [
        Case("middleware: retry de-dup claim (processed_request insert + commit)", claim),
        Case("middleware: locale, first request of a user (users.info)", locale),
        Case("middleware: locale, cached", cached),
    ]
    return measure(cases, samples=min(samples, 200), budget_seconds=3)


def _sweep(runtime, settings, team_id: str) -> dict[str, Any]:
    """One full sweep (plan, then claim → post → record each reminder) against the local API."""
    from bot.services.reminders import ReminderEngine
    from bot.slack.client import make_web_client
    from bot.slack.sender import SlackSender
    from storage.db import transaction
    from storage.models import ReminderDelivery

    with runtime.session_factory() as session:
        before = session.scalar(select(func.count(ReminderDelivery.id))) or 0
    if before:
        return {"reminder sweep": "skipped: the database already holds deliveries"}
    sweeper = ReminderEngine(
        runtime.session_factory,
        clock=runtime.clock,
        tz=runtime.settings.tz,
        sender=SlackSender(make_web_client(settings)),
        team_id=team_id,
    )
    sweeper.plan()  # the Swedish calendar's first years, and the connection pool
    started = time.perf_counter()
    planned = sweeper.plan()
    plan_seconds = time.perf_counter() - started
    started = time.perf_counter()
    report = sweeper.sweep()
    sweep_seconds = time.perf_counter() - started
    with transaction(runtime.session_factory) as session:
        session.execute(delete(ReminderDelivery))
    return {
        "reminder sweep: plan (loads + rules + ledger), warm (s)": round(plan_seconds, 3),
        "reminder sweep: full, posting each to the local Web API (s)": round(sweep_seconds, 3),
        "reminder sweep: reminders sent / failed": f"{len(report.sent)} / {len(report.failed)}",
        "reminder sweep: per reminder sent (ms)": round(
            1000 * sweep_seconds / max(len(report.sent), 1), 2
        )
        if planned.reminders
        else "none due",
    }


def _forget_requests(runtime, team_id: str) -> None:
    """The requests the benchmark made were claimed for retry de-duplication: drop them, so
    the dataset stays as generated."""
    from storage.db import transaction
    from storage.models import ProcessedRequest

    with transaction(runtime.session_factory) as session:
        session.execute(delete(ProcessedRequest).where(ProcessedRequest.team_id == team_id))


@contextmanager
def _served(asgi) -> Iterator[str]:
    """``asgi`` served by uvicorn on a free loopback port, in a thread of this process."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(asgi, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _posted(client, base: str) -> Callable[[tuple[str, dict[str, str]]], str]:
    """A case's call: POST a signed request to the app served at ``base``."""

    def call(request: tuple[str, dict[str, str]]) -> str:
        body, headers = request
        response = client.post(f"{base}/slack/events", content=body, headers=headers)
        response.raise_for_status()
        return _note(response.text)

    return call


def _note(body: str) -> str:
    """What an answer was, for the table: its title and size."""
    import json

    if not body:
        return "empty (acknowledged)"
    try:
        answer = json.loads(body)
    except ValueError:
        return f"{len(body)} bytes"
    blocks = answer.get("blocks") or []
    return f"“{(answer.get('text') or '')[:40]}”, {len(blocks)} blocks"


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_rss_mib() -> float:
    gc.collect()
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
