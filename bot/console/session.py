"""The console loop: a line typed becomes a signed Slack request to the same Bolt app that
`revisorbot run` serves; what the app sends back, or posts through the Web API, is drawn in
the terminal. Buttons get numbers; typing a number presses it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from rich.console import Console
from rich.markup import escape
from slack_bolt import App, BoltRequest
from slack_sdk import WebClient

from bot.app import build_app
from bot.console import reminding
from bot.console import requests as slack
from bot.console.forms import ModalForm
from bot.console.render import Choice, Rendered, render_message
from bot.console.screen import Surface, Views
from bot.console.webapi import Call, LocalSlackAPI
from bot.core.clock import Clock
from bot.core.errors import NoMatch
from bot.core.i18n import t
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.rules.subcommands import Subcommand, parse
from bot.services.reminders import Plan, SweepReport
from bot.slack.client import make_web_client
from bot.slack.workspace import LOCAL_TEAM_ID

log = logging.getLogger(__name__)

CONSOLE_USER = "U0CONSOLE"
CONSOLE_TOKEN = "xoxb-console-local-only"
# An export of a whole national workspace takes about ten seconds; nothing should take this.
LAZY_LISTENER_TIMEOUT = 300.0

Reader = Callable[[str], str | None]
# Sub-commands that save something about the channel typed in (the console's own channel).
_FOR_THE_CHANNEL = frozenset({Subcommand.WATCH, Subcommand.UNWATCH})


def console_settings(settings: Settings, api: LocalSlackAPI, *, user_id: str) -> Settings:
    """The user's settings, but Slack is the in-process API and the console user may edit."""
    return settings.model_copy(
        update={
            "slack_bot_token": SecretStr(CONSOLE_TOKEN),
            "slack_signing_secret": SecretStr(secrets.token_hex(16)),
            "slack_app_token": None,
            "slack_api_url": api.base_url,
            "editors": frozenset({*settings.editors, user_id}),
        }
    )


class ConsoleSession:
    def __init__(
        self,
        runtime: Runtime,
        *,
        out: Console,
        reader: Reader,
        channel_id: str,
        user_id: str = CONSOLE_USER,
        team_id: str = LOCAL_TEAM_ID,
        upload_dir: Path | None = None,
        send: Callable[[Runtime, WebClient], SweepReport] | None = None,
        plan: Callable[[Runtime], Plan] | None = None,
        made_up_channel: bool = False,
        above_prompt: Callable[[], AbstractContextManager[object]] = nullcontext,
    ) -> None:
        """``send`` sweeps and posts what is due into the console (demo data); ``plan`` only
        says what would be sent (a real database, whose reminders belong to real channels).
        ``made_up_channel``: ``channel_id`` is not a real channel, so nothing is saved for it.
        ``above_prompt`` wraps what arrives while the user types (a scheduled reminder)."""
        # The API calls back from its own threads as soon as it starts (auth.test).
        self.choices: dict[int, tuple[Choice, Surface]] = {}
        self._next_number = 1
        self._lock = threading.RLock()
        self._foreground = False
        self._pending: list[Call] = []
        self._views = Views()
        # How many modals have been run: a press in a modal that opened nothing runs it again.
        self._runs = 0
        self._events = 0
        self.send = send
        self.plan = plan
        self.made_up_channel = made_up_channel
        self.above_prompt = above_prompt
        self.out = out
        self.read = reader
        self.user_id = user_id
        # Where the typed requests come from, as Slack's carry the workspace they come from.
        self.team_id = team_id
        self.channel_id = channel_id
        self.lang = runtime.settings.language
        self.api = LocalSlackAPI(
            team_id=team_id,
            user_locales={user_id: "en-GB" if self.lang == "en" else "sv-SE"},
            on_call=self._on_call,
            upload_dir=upload_dir or Path.cwd(),
        ).start()
        self.settings = console_settings(runtime.settings, self.api, user_id=user_id)
        self.runtime = Runtime(
            self.settings, runtime.engine, runtime.session_factory, runtime.clock
        )
        self.app: App = build_app(self.runtime)
        self.client = make_web_client(self.settings)

    @property
    def clock(self) -> Clock:
        return self.runtime.clock

    # -- the loop ------------------------------------------------------------------------
    def handle(self, line: str) -> bool:
        """Act on one typed line; False when the user asked to leave."""
        line = line.strip()
        if not line:
            return True
        if line in (":q", ":quit", ":sluta", "exit", "quit"):
            return False
        if line.startswith(":"):
            self._console_command(line)
        elif line.isdigit():
            self.press(int(line))
        else:
            text = (
                line.removeprefix("/revision").strip() if line.startswith("/revision") else (line)
            )
            if line.startswith("/") and not line.startswith("/revision"):
                self.out.print(t("console.unknown_command", self.lang, command=line.split()[0]))
                return True
            if self.made_up_channel and self._for_the_channel(text):
                self.out.print(t("console.channel_made_up", self.lang, channel=self.channel_id))
                return True
            self.command(text)
        return True

    @staticmethod
    def _for_the_channel(text: str) -> bool:
        try:
            return parse(text)[0] in _FOR_THE_CHANNEL
        except NoMatch:  # a misspelt sub-command: the app answers it
            return False

    def close(self) -> None:
        threading.Thread(target=self.api.stop, daemon=True).start()

    # -- requests to the app -----------------------------------------------------------------
    def command(self, text: str) -> None:
        body = slack.command_body(
            text,
            user=self.user_id,
            channel=self.channel_id,
            team=self.team_id,
            response_url=self.api.response_url("command"),
        )
        response = self._dispatch(body)
        title = f"/revision {text}".strip()
        self._show_ack(response, title=title, surface_kind="ephemeral")
        self.drain()

    def open_home(self) -> None:
        self._events += 1
        body = slack.event_body(
            {
                "type": "app_home_opened",
                "user": self.user_id,
                "channel": "D0CONSOLE",
                "tab": "home",
                "event_ts": f"{dt.datetime.now().timestamp():.6f}",
            },
            team=self.team_id,
            event_id=f"Ev0CONSOLE{self._events}{secrets.token_hex(3)}",
        )
        self._dispatch(body, content_type="application/json")
        self.drain()

    def press(self, number: int) -> None:
        entry = self.choices.get(number)
        if entry is None:
            self.out.print(t("console.no_such_choice", self.lang, number=number))
            return
        choice, surface = entry
        element = choice.element
        action: dict[str, Any] = {
            "type": element.get("type"),
            "action_id": element.get("action_id"),
            "block_id": choice.block_id,
            "action_ts": f"{dt.datetime.now().timestamp():.6f}",
        }
        if element.get("type") == "button":
            action["value"] = element.get("value", "")
            action["text"] = element.get("text")
        elif element.get("type") == "datepicker":
            answer = self.read(
                t("console.prompt_date", self.lang, default=element.get("initial_date", ""))
            )
            action["selected_date"] = (answer or "").strip() or element.get("initial_date")
        else:
            action["selected_option"] = choice.option
        payload = slack.interaction_base("block_actions", user=self.user_id, team=self.team_id)
        payload["actions"] = [action]
        payload["response_url"] = surface.response_url or self.api.response_url("action")
        if surface.kind in ("view", "home") and surface.view is not None:
            payload["view"] = surface.view
            payload["container"] = {"type": "view", "view_id": surface.view.get("id", "V0OPEN")}
        else:
            payload["channel"] = {"id": surface.channel or self.channel_id, "name": "revision"}
            payload["container"] = {
                "type": "message",
                "channel_id": surface.channel or self.channel_id,
                "message_ts": surface.ts or "0",
                "is_ephemeral": surface.kind == "ephemeral",
            }
            payload["message"] = {
                "ts": surface.ts or "0",
                "blocks": surface.blocks,
                "type": "message",
            }
        response = self._dispatch(slack.interaction_body(payload))
        self._show_ack(response, title=choice.label, surface_kind="ephemeral")
        self.drain()

    def _dispatch(self, body: str, *, content_type: str = slack.FORM):
        headers = slack.signed_headers(
            body,
            secret=self.settings.slack_signing_secret.get_secret_value(),
            content_type=content_type,
        )
        with self.in_foreground():
            response = self.app.dispatch(BoltRequest(body=body, headers=headers))
            # What a lazy listener posts (an export, a preview) belongs to this command.
            if not self.runtime.listeners.join(timeout=LAZY_LISTENER_TIMEOUT):
                log.warning("A lazy listener still runs after %.0f s", LAZY_LISTENER_TIMEOUT)
            self.api.wait_idle()
        return response

    @contextmanager
    def in_foreground(self) -> Iterator[None]:
        """What the app posts meanwhile answers the user's line: drawn after it, in order."""
        with self._lock:
            self._foreground = True
        try:
            yield
        finally:
            with self._lock:
                self._foreground = False

    # -- what the app sends back ---------------------------------------------------------------
    def _on_call(self, call: Call) -> None:
        with self._lock:
            self._pending.append(call)
            if self._foreground:
                return
        # A post nobody typed for (the scheduler's): drawn above the prompt that waits.
        with self.above_prompt():
            self.drain()

    def drain(self) -> None:
        with self._lock:
            calls, self._pending = self._pending, []
            for call in calls:
                self._show_call(call)
            view, self._views.next = self._views.next, None
        if view is not None:
            self._run_modal(view)

    def _show_ack(self, response, *, title: str, surface_kind: str) -> None:
        if response.status != 200:
            self.out.print(f"[red]HTTP {response.status}[/red] {escape(str(response.body))}")
            return
        if not response.body:
            return
        try:
            body = json.loads(response.body)
        except ValueError:
            self.out.print(escape(str(response.body)))
            return
        if body.get("response_action"):
            return
        if body.get("blocks") or body.get("text"):
            private = body.get("response_type") != "in_channel"
            self._show_message(
                body.get("blocks") or [],
                body.get("text", ""),
                title=title,
                surface=Surface(
                    "ephemeral" if private else "message",
                    body.get("blocks") or [],
                    channel=self.channel_id,
                    response_url=self.api.response_url("command"),
                ),
            )

    def _show_call(self, call: Call) -> None:
        method = call.method
        if method == "chat.postMessage":
            channel = str(call.body.get("channel", ""))
            title = t("console.dm", self.lang) if channel.startswith("D") else f"#{channel}"
            self._show_message(
                call.blocks,
                call.body.get("text", ""),
                title=title,
                surface=Surface("message", call.blocks, channel=channel, ts=f"{call.at:.6f}"),
            )
        elif method == "chat.postEphemeral":
            self._show_message(
                call.blocks,
                call.body.get("text", ""),
                title=t("console.only_you", self.lang),
                surface=Surface(
                    "ephemeral",
                    call.blocks,
                    channel=str(call.body.get("channel", "")),
                    response_url=self.api.response_url("ephemeral"),
                ),
            )
        elif method == "chat.update":
            self._show_message(
                call.blocks,
                call.body.get("text", ""),
                title=t("console.updated", self.lang),
                surface=Surface(
                    "message",
                    call.blocks,
                    channel=str(call.body.get("channel", "")),
                    ts=str(call.body.get("ts", "")),
                ),
            )
        elif method.startswith("response/"):
            if call.body.get("delete_original"):
                return
            private = call.body.get("response_type") != "in_channel"
            self._show_message(
                call.blocks,
                call.body.get("text", ""),
                title=t("console.only_you" if private else "console.in_channel", self.lang),
                surface=Surface(
                    "ephemeral" if private else "message",
                    call.blocks,
                    channel=self.channel_id,
                    response_url=self.api.response_url("command"),
                ),
            )
        elif method == "views.open":
            self._views.opened({"id": "V0OPEN", **call.view})
        elif method == "views.push":
            self._views.pushed({"id": "V0PUSH", **call.view})
        elif method == "views.update":
            self._views.updated({"id": call.body.get("view_id", "V0OPEN"), **call.view})
        elif method == "views.publish":
            view = {"id": "V0HOME", **call.view}
            self._show_message(
                call.blocks,
                "",
                title=t("console.home", self.lang),
                surface=Surface("home", call.blocks, view=view),
                style="cyan",
            )
        elif method == "files.completeUploadExternal":
            for name in self.api.uploads:
                self.out.print(
                    t("console.file_saved", self.lang, path=escape(str(self.api.upload_dir / name)))
                )
            self.api.uploads.clear()

    def _show_message(
        self, blocks: list, text: str, *, title: str, surface: Surface, style: str = "blue"
    ) -> Rendered:
        rendered = render_message(
            blocks,
            text=text,
            title=title,
            first_number=self._next_number,
            style=style,
            tz=self.settings.tz,
        )
        for choice in rendered.choices:
            self.choices[choice.number] = (choice, surface)
        if rendered.choices:
            self._next_number = rendered.choices[-1].number + 1
        self.out.print(rendered.renderable)
        return rendered

    # -- modals ------------------------------------------------------------------------------
    def _run_modal(self, view: dict[str, Any]) -> None:
        """Show a modal; a number presses one of its buttons or menu options, Enter goes on to
        its fields and Spara, "-" closes it (Avbryt)."""
        self._runs += 1
        title = (view.get("title") or {}).get("text", "")
        rendered = self._show_message(
            view.get("blocks", []),
            "",
            title=title,
            surface=Surface("view", view.get("blocks", []), view=view),
            style="magenta",
        )
        if not view.get("submit"):
            # Nothing to submit (a confirmation, a refusal): shown and closed, so the view
            # beneath it, if any, is back; its buttons stay pressable.
            with self._lock:
                self._views.closed()
            self.drain()
            return
        close = (view.get("close") or {}).get("text", "Avbryt")
        if rendered.choices:
            submit = view["submit"].get("text", "OK")
            answer = self.read(t("console.modal_choice", self.lang, submit=submit, close=close))
            if answer is None or answer.strip() == "-":
                self._close(view)
                return
            if answer.strip().isdigit():
                runs = self._runs
                self.press(int(answer.strip()))
                with self._lock:
                    again = self._runs == runs and self._views.stack[-1:] == [view]
                if again:
                    self._run_modal(view)
                return
        values = ModalForm(
            read=self.read,
            out=self.out,
            lang=self.lang,
            add_file=self.api.add_file,
            today=self._today(),
        ).fill(view, ask_first=not rendered.choices)
        if values is None:
            self._close(view)
            return
        payload = slack.interaction_base("view_submission", user=self.user_id, team=self.team_id)
        payload["view"] = {
            **view,
            "state": {"values": values},
            "type": "modal",
            "team_id": self.team_id,
        }
        response = self._dispatch(slack.interaction_body(payload))
        answer = json.loads(response.body) if response.body else {}
        action = answer.get("response_action")
        with self._lock:
            if action == "errors":
                for message in answer.get("errors", {}).values():
                    self.out.print(f"[red]{escape(message)}[/red]")
                self._views.next = view
            elif action == "update":
                self._views.updated({"id": view.get("id", "V0OPEN"), **answer["view"]})
            elif action == "push":
                self._views.pushed({"id": "V0PUSH", **answer["view"]})
            elif action == "clear":
                self._views.stack, self._views.next = [], None
            else:
                self._views.closed()
        self.drain()

    def _close(self, view: dict[str, Any]) -> None:
        """Avbryt: Slack tells the app when the modal asked to be told (notify_on_close)."""
        self.out.print(t("console.modal_closed", self.lang))
        if view.get("notify_on_close"):
            payload = slack.interaction_base("view_closed", user=self.user_id, team=LOCAL_TEAM_ID)
            payload["view"] = {**view, "team_id": LOCAL_TEAM_ID}
            payload["is_cleared"] = False
            self._dispatch(slack.interaction_body(payload))
        with self._lock:
            self._views.closed()
        self.drain()

    def _today(self) -> str:
        return self.runtime.today().isoformat()

    # -- console commands --------------------------------------------------------------------
    def _console_command(self, line: str) -> None:
        name, _, argument = line[1:].partition(" ")
        name = name.casefold()
        if name in ("tid", "time"):
            reminding.set_time(self, argument.strip())
        elif name in ("påminn", "paminn", "remind"):
            reminding.sweep(self)
        elif name in ("hem", "home"):
            self.open_home()
        elif name in ("hjälp", "hjalp", "help", "?"):
            self.out.print(t("console.help", self.lang))
        else:
            self.out.print(t("console.unknown_console_command", self.lang, command=line))
