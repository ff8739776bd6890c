"""Command latency over HTTP while Slack's Web API answers slowly, beside the same commands
with Slack answering at once (issue 14, item 7).

Called from bench/slack_bench.py's serving child. Two apps are built on the same database and
served by uvicorn through ``bot.app.asgi_app``, as ``revisorbot run`` serves: one whose Web API
(a LocalSlackAPI in a process of its own) answers at once, one whose Web API answers every
method SLOW_SECONDS late. Every command comes from a user the bot has never seen, so each one
would need users.info for its language:

- one after another, p50/p95/p99 per command, fast and slow side by side;
- a burst of BURST commands sent at once (one connection each, as Slack's many edges do), the
  share answered within Slack's three seconds.

No warm-up: the first new user after Slack turned slow waits for it up to
bot.slack.directory.WAIT_SECONDS, and that sample counts. Afterwards the slow Web API hurries,
so the lookups the commands started in the background finish before it stops.
"""

from __future__ import annotations

import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bench.timing import Case, Latency, measure
from bench.web_api import WebApiElsewhere

# How late the slow Web API answers each call; Slack waits three seconds for a command's answer.
SLOW_SECONDS = 5.0
SLACKS_WAIT_SECONDS = 3.0
# Commands sent at once: `hjälp` (our middleware, the language lookup, no query), so that the
# burst measures waiting on Slack rather than the two shared cores' query throughput.
BURST = 30
BURST_COMMAND = "hjälp"
COMMANDS = ("hjälp", "frister", "granskningar")


def slow_slack_figures(
    runtime, settings, team_id: str, samples: int, budget_seconds: float
) -> dict[str, Any]:
    import httpx

    from bench.slack_bench import COMMAND, SIGNING_SECRET, _posted, _served
    from bot.app import asgi_app, build_app
    from bot.console import requests
    from bot.core.runtime import Runtime

    new_users = (f"U0NEW{n:06d}" for n in itertools.count())
    figures: dict[str, Any] = {}
    fast_api = WebApiElsewhere(team_id)
    slow_api = WebApiElsewhere(team_id, delay=SLOW_SECONDS)
    apps = {}
    for label, api in (("fast", fast_api), ("slow", slow_api)):
        runtime_here = Runtime(
            settings.model_copy(update={"slack_api_url": api.base_url}),
            runtime.engine,
            runtime.session_factory,
            runtime.clock,
        )
        apps[label] = (asgi_app(build_app(runtime_here), runtime_here), api.response_url)

    def signed(text: str, response_url: str) -> tuple[str, dict[str, str]]:
        body = requests.command_body(
            text,
            user=next(new_users),
            channel="C0BENCH",
            team=team_id,
            response_url=response_url,
            command=COMMAND,
        )
        return body, requests.signed_headers(body, secret=SIGNING_SECRET)

    with (
        _served(apps["fast"][0]) as fast_url,
        _served(apps["slow"][0]) as slow_url,
        httpx.Client(timeout=30) as client,
    ):
        served = {"fast": (fast_url, apps["fast"][1]), "slow": (slow_url, apps["slow"][1])}
        names = {"fast": "Slack at once", "slow": f"Slack in {SLOW_SECONDS:g} s"}
        cases = [
            Case(
                f"HTTP, new user each time, {names[label]}: {text}",
                _posted(client, served[label][0]),
                note=f"a user the bot has not seen; the Web API answers {names[label].lower()}",
                prepare=lambda i, text=text, url=served[label][1]: signed(text, url),
            )
            for text in COMMANDS
            for label in ("fast", "slow")
        ]
        figures.update(measure(cases, samples=samples, budget_seconds=budget_seconds, warmup=0))

        for label in ("fast", "slow"):
            base, response_url = served[label]
            burst = [signed(BURST_COMMAND, response_url) for _ in range(BURST)]

            took = _all_at_once(base, burst)
            in_time = sum(ms <= SLACKS_WAIT_SECONDS * 1000 for ms in took)
            name = f"HTTP, {BURST} new users at once, {names[label]}: {BURST_COMMAND}"
            figures[name] = Latency.of(took, note=f"{in_time} of {BURST} within 3 s")
            figures[f"{name}: answered within Slack's 3 s"] = f"{in_time} of {BURST}"
    slow_api.hurry()
    time.sleep(SLOW_SECONDS + 1)
    fast_api.stop()
    slow_api.stop()
    return figures


def _all_at_once(base: str, burst: list[tuple[str, dict[str, str]]]) -> list[float]:
    """Milliseconds each signed request took, all sent at the same moment, each on a
    connection of its own made beforehand."""
    import httpx

    clients = [httpx.Client(timeout=30) for _ in burst]
    for client in clients:  # connected and warm before the burst
        client.get(f"{base}/healthz")
    start = threading.Barrier(len(burst))

    def one(n: int) -> float:
        start.wait()
        started = time.perf_counter()
        body, headers = burst[n]
        clients[n].post(f"{base}/slack/events", content=body, headers=headers).raise_for_status()
        return (time.perf_counter() - started) * 1000

    try:
        with ThreadPoolExecutor(len(burst)) as senders:
            return list(senders.map(one, range(len(burst))))
    finally:
        for client in clients:
            client.close()
