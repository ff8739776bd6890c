"""The local Web API (bot.console.webapi) in a process of its own, as Slack is, for the Slack
benchmarks: what it records and the files it receives do not count in the serving process's
memory. With ``delay`` its Web API methods answer that many seconds late (a slow Slack)."""

from __future__ import annotations

import multiprocessing
import time


class WebApiElsewhere:
    def __init__(self, team_id: str, *, delay: float = 0.0) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=_serve_web_api, args=(team_id, child, delay), daemon=True
        )
        self._process.start()
        self.base_url, self.response_url = self._conn.recv()

    def hurry(self) -> None:
        """Answer at once from now on (calls already waiting still wait their delay)."""
        self._conn.send("hurry")

    def stop(self) -> None:
        self._conn.send("stop")
        self._process.join(timeout=30)


def _serve_web_api(team_id: str, conn, delay: float) -> None:
    """Runs in the Web API's process until told to stop; Web API methods (not response_url)
    answer ``delay`` seconds late until told to hurry."""
    from bot.console.webapi import LocalSlackAPI

    late = [delay]

    class Forgetful(LocalSlackAPI):
        def answer(self, call):
            with self._lock:
                self.calls.clear()  # nobody reads them here; a long run would pile them up
            answered = super().answer(call)
            self.uploads.clear()
            if late[0] and "." in call.method:
                time.sleep(late[0])
            return answered

    api = Forgetful(team_id=team_id).start()
    conn.send((api.base_url, api.response_url("bench")))
    while conn.recv() == "hurry":
        late[0] = 0.0
    api.stop()
