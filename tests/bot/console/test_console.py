"""The console drives the same Bolt app as Slack: what a user types, sees and presses."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from rich.console import Console
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from bot.console.main import sweep_once
from bot.console.screen import ConsoleClock
from bot.console.session import CONSOLE_USER, ConsoleSession
from bot.core.i18n import format_date
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.demo.data import load_demo
from bot.slack.workspace import LOCAL_TEAM_ID
from storage import due, history
from storage.db import transaction
from storage.models import Audit, ImportDraft, Recommendation
from tests.conftest import REPO
from tests.support.documents import read_docx


class Screen:
    """The terminal: what was printed, and the answers typed at prompts (an answer may be
    worked out when its prompt comes: the number of a button drawn only then)."""

    def __init__(self) -> None:
        self.buffer = io.StringIO()
        self.console = Console(file=self.buffer, width=140, force_terminal=False, color_system=None)
        self.answers: list[str | Callable[[], str]] = []
        self.prompts: list[str] = []

    def read(self, prompt: str) -> str | None:
        self.prompts.append(prompt)
        if not self.answers:
            return None
        answer = self.answers.pop(0)
        return answer() if callable(answer) else answer

    def take(self) -> str:
        text = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        return text


@pytest.fixture
def console(
    engine: Engine, session_factory: sessionmaker[Session], tmp_path: Path
) -> Iterator[tuple[ConsoleSession, Screen]]:
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False), REVISORBOT_LANGUAGE="sv"
    )
    runtime = Runtime(settings, engine, session_factory, ConsoleClock())
    with transaction(session_factory) as session:
        load_demo(session, team_id=LOCAL_TEAM_ID, today=runtime.today())
    screen = Screen()
    session = ConsoleSession(
        runtime,
        out=screen.console,
        reader=screen.read,
        channel_id="C0DEMO",
        upload_dir=tmp_path,
        send=sweep_once,
    )
    yield session, screen
    session.close()


def _number_of(session: ConsoleSession, label: str) -> int:
    return min(n for n, (choice, _) in session.choices.items() if choice.label == label)


def test_a_pressed_button_reaches_the_same_handler_as_in_slack(
    console: tuple[ConsoleSession, Screen], session_factory: sessionmaker[Session]
) -> None:
    session, screen = console
    session.handle("/revision frister")
    shown = screen.take()
    assert "Frister de närmaste 30 dagarna" in shown
    assert "Yttrande från Kommunstyrelsen" in shown and "om 12 dagar" in shown

    screen.answers = [""]  # accept the date picker's default: today
    session.handle(str(_number_of(session, "Markera inkommet")))
    assert screen.prompts[-1].startswith("Inkom den")

    with session_factory() as db:
        requests = [
            i
            for i in due.due_items(
                db, team_id=LOCAL_TEAM_ID, start=session.runtime.today(), end=None
            )
            if i.kind == "response"
        ]
        log = history.changes(db, team_id=LOCAL_TEAM_ID, entity="response_request")
    assert [i.body for i in requests] == ["Socialnämnden"]
    assert [(e.actor, e.new_value) for e in log] == [
        (CONSOLE_USER, session.runtime.today().isoformat())
    ]


def test_moving_the_clock_shows_the_reminders_sent_then_once(
    console: tuple[ConsoleSession, Screen],
) -> None:
    session, screen = console
    deadline = session.runtime.today().toordinal() + 12
    from datetime import date

    day = date.fromordinal(deadline)
    session.handle(f":tid {day.isoformat()} 08:00")
    shown = screen.take()
    assert f"Konsolens klocka: {day.isoformat()} 08:00" in shown
    assert "yttrande från Kommunstyrelsen" in shown
    assert "Markera inkommet" in shown
    session.handle(f":tid {day.isoformat()} 08:05")
    assert "Inga påminnelser att skicka just nu" in screen.take()


def test_export_and_overview_are_saved_where_the_console_runs(
    console: tuple[ConsoleSession, Screen], tmp_path: Path
) -> None:
    session, screen = console
    session.handle("/revision export exempel")
    session.handle("/revision översikt")
    shown = screen.take()
    saved = sorted(p.name for p in tmp_path.iterdir())
    assert any(
        name.startswith("uppfoljningsmatris-exempelkommun") and name.endswith(".xlsx")
        for name in saved
    ), saved
    assert any(name.startswith("oversikt-alla") and name.endswith(".png") for name in saved)
    assert "Filen sparades i" in shown
    workbook = next(tmp_path.glob("*.xlsx"))
    rows = list(load_workbook(workbook).active.iter_rows(values_only=True))
    assert len(rows) == 1 + 7  # header + Exempelkommun's recommendations
    assert (tmp_path / next(n for n in saved if n.endswith(".png"))).read_bytes()[:4] == (
        b"\x89PNG"
    )


def test_unknown_input_gets_help_not_a_crash(console: tuple[ConsoleSession, Screen]) -> None:
    session, screen = console
    assert session.handle("/revison frister")
    assert session.handle("fristr")
    assert session.handle("99")
    assert session.handle(":okänt")
    shown = screen.take()
    assert "/revison finns inte här" in shown
    assert "Menade du" in shown
    assert "ingen knapp med nummer 99" in shown
    assert not session.handle(":sluta")


def test_piped_demo_prints_the_upcoming_deadlines(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "console", "--demo"],
        input="/revision frister\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(REPO),
            "COLUMNS": "120",
            "HOME": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stderr
    assert "Frister de närmaste 30 dagarna" in result.stdout
    assert "Exempelkommun" in result.stdout and "Markera inkommet" in result.stdout


def test_the_demo_warns_of_nothing_with_a_bot_token_in_the_environment(tmp_path: Path) -> None:
    """Someone who exported SLACK_BOT_TOKEN for `revisorbot run` tries `make demo`."""
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "console", "--demo"],
        input="/revision hjälp\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(REPO),
            "HOME": str(tmp_path),
            "SLACK_BOT_TOKEN": "xoxb-exported-for-revisorbot-run",
        },
    )
    assert result.returncode == 0, result.stderr
    assert "Revisorbot – hjälp" in result.stdout
    assert result.stderr == ""
    assert "token" not in result.stdout.casefold()


def test_a_milestone_is_moved_and_turned_off_from_the_console_form(
    console: tuple[ConsoleSession, Screen],
) -> None:
    """The modal's date picker and checkboxes are asked for in turn; Enter keeps a value."""
    session, screen = console
    today = session.runtime.today()
    session.handle("/revision årshjul exempel")
    shown = screen.take()
    assert "Årshjulet – Exempelkommun" in shown and "Ändra" in shown

    new_day = today + timedelta(days=40)
    screen.answers = [new_day.isoformat(), ""]
    session.handle(str(_number_of(session, "Ändra")))
    assert screen.prompts[-1].startswith("Påminnelser (numren att kryssa i")
    moved = screen.take()
    assert "☑ 1. Påminn kanalerna som bevakar organisationen" in moved
    assert f"{format_date(new_day)}, om 40 dagar" in moved
    assert "(avstängd)" not in moved

    screen.answers = ["", "0"]
    session.handle(str(_number_of(session, "Ändra")))
    assert "(avstängd)" in screen.take()


def _latest(session: ConsoleSession, value: str) -> Callable[[], str]:
    """The number of the newest button or menu option drawn whose value starts with
    ``value`` (or whose action id is ``value``), looked up when its prompt comes."""

    def number() -> str:
        return str(
            max(
                n
                for n, (choice, _) in session.choices.items()
                if (choice.option or choice.element).get("value", "").startswith(value)
                or choice.element.get("action_id") == value
            )
        )

    return number


def test_an_audit_is_entered_by_hand_in_the_console(
    console: tuple[ConsoleSession, Screen], session_factory: sessionmaker[Session]
) -> None:
    session, screen = console
    screen.answers = [
        "Provby kommun",
        "Granskning av fordonsparken",
        "2029",
        "",
        "Kommunstyrelsen, Tekniska nämnden",
        "Inventera fordonen\\nInför en bilpool",
        "2030-05-31",
        "",
        "2",
        "1,2",
    ]
    session.handle("/revision ny")
    shown = screen.take()
    assert "Vem riktar sig varje rekommendation till?" in shown
    assert "Sparat: Granskning av fordonsparken" in shown
    with session_factory() as db:
        audit = db.scalars(select(Audit).where(Audit.title == "Granskning av fordonsparken")).one()
        assert [(r.text, [a.label for a in r.addressees]) for r in audit.recommendations] == [
            ("Inventera fordonen", ["Tekniska nämnden"]),
            ("Inför en bilpool", ["Kommunstyrelsen", "Tekniska nämnden"]),
        ]
        assert len(audit.response_requests) == 2
        log = history.changes(db, team_id=LOCAL_TEAM_ID, entity="audit", entity_id=audit.id)
    assert (log[0].actor, log[0].field) == (CONSOLE_USER, "import")


def test_an_import_preview_is_corrected_and_saved_in_the_console(
    console: tuple[ConsoleSession, Screen], session_factory: sessionmaker[Session], tmp_path: Path
) -> None:
    session, screen = console
    report = tmp_path / "rapport.txt"
    report.write_text(
        "Revisionsrapport 2025\nProvby kommun\n\n1. Bakgrund\nDe förtroendevalda revisorerna "
        "i Provby kommun har beslutat att genomföra en granskning av kommunens hantering av "
        "allmänna handlingar, t ex diarieföring och arkiv.\n\n2. Rekommendationer\nUtifrån "
        "granskningen rekommenderar vi kommunstyrelsen att:\n- upprätta en "
        "dokumenthanteringsplan\n- skriva dikter om arkivet\n- utbilda medarbetarna i "
        "diarieföring\n\nMissiv\nRevisorerna önskar svar från kommunstyrelsen senast vecka 22.\n",
        encoding="utf-8",
    )
    screen.answers = [
        str(report),
        "",
        "",
        _latest(session, "remove:1:"),
        _latest(session, "preview_request"),
        "2030-05-31",
        "",
        "",
        "",  # Enter: Spara
    ]
    session.handle("/revision importera")
    shown = screen.take()
    assert "Svarsdatumet ”senast vecka 22” kunde inte tolkas som ett datum." in shown
    assert "Granskning av kommunens hantering av allmänna handlingar" in shown
    assert "Sparat" in shown
    with session_factory() as db:
        audit = db.scalars(
            select(Audit).where(Audit.title.like("Granskning av kommunens han%"))
        ).one()
        assert [r.text for r in audit.recommendations] == [
            "upprätta en dokumenthanteringsplan",
            "utbilda medarbetarna i diarieföring",
        ]
        assert [r.deadline.isoformat() for r in audit.response_requests] == ["2030-05-31"]
        assert db.scalars(select(ImportDraft)).all() == []


def test_a_recommendation_is_corrected_deleted_and_restored_from_visa_in_the_console(
    console: tuple[ConsoleSession, Screen], session_factory: sessionmaker[Session]
) -> None:
    session, screen = console
    session.handle("/revision visa exempelkommun krisberedskap")
    assert "Ta bort granskningen" in screen.take()

    def texts() -> list[str]:
        with session_factory() as db:
            return list(db.scalars(select(Recommendation.text)))

    # The last recommendation's menu: Ändra, then Ta bort, then Ångra.
    screen.answers = ["Utbilda cheferna i beredskapsrollen.", "", ""]
    session.handle(_latest(session, "edit:recommendation:")())
    assert "Utbilda cheferna i beredskapsrollen." in screen.take()

    screen.answers = [""]  # Enter: Ta bort
    session.handle(_latest(session, "delete:recommendation:")())
    shown = screen.take()
    assert "Det går att ångra i 30 dagar" in shown
    assert "Rekommendationen ”Utbilda cheferna i beredskapsrollen.” är borttagen" in shown
    assert "Utbilda cheferna i beredskapsrollen." not in texts()

    session.handle(_latest(session, "undo_delete")())
    assert "är återställd" in screen.take()
    assert "Utbilda cheferna i beredskapsrollen." in texts()


def _newest(session: ConsoleSession, label: str) -> int:
    """The number of the latest drawn button with this label."""
    return max(n for n, (choice, _) in session.choices.items() if choice.label == label)


def test_a_follow_up_round_from_the_console(
    console: tuple[ConsoleSession, Screen], tmp_path: Path
) -> None:
    """Start, assess in the form, choose audits in the multi-select, share, take the report."""
    session, screen = console
    year = session.runtime.today().year
    session.handle("/revision uppföljning testby")
    shown = screen.take()
    assert f"Uppföljning {year} – Testby region" in shown and "0 av 1 bedömd" in shown
    assert "Öva incidenthantering med it-leverantören." in shown

    screen.answers = ["1", "Övningen hölls i oktober.", "https://example.se/protokoll"]
    session.handle(str(_newest(session, "Bedöm")))
    assert [p.split(" [")[0].split(":")[0] for p in screen.prompts[-3:]] == [
        "Bedömning",
        "Kommentar",
        "Underlag (länk eller Slack-fil-id) (valfritt)",
    ]
    shown = screen.take()
    assert "1 av 1 bedömd · 🟢 Åtgärdade 1" in shown
    assert "🟢 Åtgärdad — Övningen hölls i oktober." in shown

    screen.answers = ["1 2"]
    session.handle(str(_newest(session, "Välj granskningar")))
    assert screen.prompts[-1].startswith("Granskningar (numren att kryssa i")
    shown = screen.take()
    assert f"☑ 1. {year - 2} · Granskning av informationssäkerhet" in shown
    assert f"☐ 2. {year - 1} · Granskning av kompetensförsörjning i vården" in shown
    assert "1 av 3 bedömda" in shown

    session.handle(str(_newest(session, "Dela i kanalen")))
    assert "Delat av @U0CONSOLE" in screen.take()

    session.handle(str(_newest(session, "Rapport i Word")))
    assert "Filen sparades i" in screen.take()
    (saved,) = tmp_path.glob("uppfoljning-testby-region-*.docx")
    report = read_docx(saved.read_bytes())
    assert report.table_after("Bedömningar")[1] == ["Åtgärdad", "1", "33 %"]
    assert report.table_after("Bedömningar")[5] == ["Ej bedömd", "2", "67 %"]


def test_two_auditors_at_two_consoles_and_the_stale_form(
    console: tuple[ConsoleSession, Screen], engine: Engine, session_factory
) -> None:
    """Bo saves while Anna has the same form open: Anna is shown Bo's assessment, her own
    answers kept, and saves over it only by saving again."""
    anna, anna_screen = console
    bo_screen = Screen()
    bo = ConsoleSession(
        Runtime(anna.runtime.settings, engine, session_factory, ConsoleClock()),
        out=bo_screen.console,
        reader=bo_screen.read,
        channel_id="C0DEMO",
        user_id="U0BO",
    )
    try:
        bo.handle("/revision uppföljning exempel")
        anna.handle("/revision uppföljning exempel")
        anna_screen.take()
        first_for_bo = min(n for n, (c, _) in bo.choices.items() if c.label == "Bedöm")

        def bo_saves_first(prompt: str) -> str | None:
            anna_screen.prompts.append(prompt)
            if prompt.startswith("Kommentar") and not bo_screen.prompts:
                bo_screen.answers = ["3", "Inget har hänt.", ""]
                bo.handle(str(first_for_bo))
            return anna_screen.answers.pop(0) if anna_screen.answers else None

        anna.read = bo_saves_first
        anna_screen.answers = ["1", "Genomgången är gjord.", "", "", "", ""]
        anna.handle(str(min(n for n, (c, _) in anna.choices.items() if c.label == "Bedöm")))
        shown = anna_screen.take()
        assert "@U0BO sparade en bedömning av den här rekommendationen" in shown
        assert "🔴 Ej åtgärdad — Inget har hänt." in shown
        # Asked again, Enter keeps what Anna typed; saving now replaces Bo's assessment.
        assert "Kommentar [Genomgången är gjord.]" in anna_screen.prompts[-2]
        assert "1 av 2 bedömda · 🟢 Åtgärdade 1" in shown
        with session_factory() as db:
            log = history.changes(db, team_id=LOCAL_TEAM_ID, entity="follow_up_item")
        assert [
            (c.actor, c.field, c.new_value) for c in reversed(log) if c.field == "assessment"
        ] == [
            ("U0BO", "assessment", "not_fixed"),
            (CONSOLE_USER, "assessment", "fixed"),
        ]
    finally:
        bo.close()
