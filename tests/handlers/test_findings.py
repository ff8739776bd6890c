"""Findings in Slack: a PDF report imported on the command line or through the import modal
is found by a word only its findings use, with the page it stands on; `visa` shows each
question's bedömning under it, folded to fit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete
from sqlalchemy.orm import Session, sessionmaker

from bench.samples import FINDINGS_REPORT_PAGES, font_path, write_pages_pdf
from ingest.schema import Extraction, Passage, Question, Recommendation
from storage.db import transaction
from storage.models import Passage as StoredPassage
from tests.conftest import TEAM
from tests.support.blockkit import all_text
from tests.support.cli import command_line
from tests.support.slack_app import EDITOR, Slack, load
from tests.support.slack_import import file_values, open_import_modal, serve_file, updated_view

pytestmark = pytest.mark.skipif(font_path() is None, reason="no DejaVu font to write the PDF")

AUDIT = "Granbacka kommun: Granskning av vinterväghållningen"


@pytest.fixture
def report(tmp_path: Path) -> Path:
    """The winter road report of bench.samples, four pages, "sandlådorna" on page 3 only."""
    return write_pages_pdf(tmp_path / "vinter.pdf", FINDINGS_REPORT_PAGES)


@pytest.fixture
def import_on_command_line(engine: Engine, monkeypatch: pytest.MonkeyPatch):
    cli = command_line(monkeypatch, engine.url.render_as_string(hide_password=False))

    def run(path: Path) -> list[dict]:
        result = cli("import", path, "--team", TEAM, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    return run


def _finds_sandladorna_on_page_3(slack: Slack) -> list[dict]:
    answer = slack.command("sök sandlådorna")
    shown = all_text(answer["blocks"])
    assert "*Iakttagelse* · s. 3 · 2 Granskningsresultat › 2.1 Plan för vinterväghållningen" in (
        shown
    )
    assert "flera av *sandlådorna* vid busshållplatserna tomma" in shown
    assert AUDIT in shown
    return answer["blocks"]


def test_sok_finds_a_word_only_in_the_findings_of_a_pdf_imported_on_the_command_line(
    slack: Slack, report: Path, import_on_command_line
) -> None:
    (imported,) = import_on_command_line(report)
    assert imported["result"] == "created"
    assert imported["counts"]["passages"] >= 6

    blocks = _finds_sandladorna_on_page_3(slack)
    # Visa opens the audit: the question with its bedömning under it.
    (hit,) = [b for b in blocks if b.get("accessory", {}).get("action_id") == "open_audit"]
    slack.click(hit["accessory"] | {"block_id": "hit"})
    shown = all_text(slack.responses()[-1]["blocks"])
    assert (
        "• Finns det en aktuell plan för snöröjning och halkbekämpning?\n"
        ">Vi bedömer att planen är inaktuell och att ansvaret för påfyllning av sand är "
        "otydligt." in shown
    )


def test_sok_finds_a_word_only_in_the_findings_of_a_pdf_imported_through_the_modal(
    slack: Slack, fake_slack, report: Path
) -> None:
    serve_file(fake_slack, "F0VINTER", report.name, report.read_bytes())
    slack.submit(open_import_modal(slack, fake_slack), file_values("F0VINTER"), user=EDITOR)
    saved = slack.submit(updated_view(fake_slack), {}, user=EDITOR)
    assert "Sparat" in all_text(saved["view"]["blocks"])

    _finds_sandladorna_on_page_3(slack)


def test_a_report_imported_before_passages_were_kept_gets_them_when_imported_again(
    slack: Slack, fake_slack, report: Path, session_factory: sessionmaker[Session]
) -> None:
    serve_file(fake_slack, "F0VINTER", report.name, report.read_bytes())
    slack.submit(open_import_modal(slack, fake_slack), file_values("F0VINTER"), user=EDITOR)
    slack.submit(updated_view(fake_slack), {}, user=EDITOR)
    with transaction(session_factory) as session:
        session.execute(delete(StoredPassage))
    assert "Inga träffar" in all_text(slack.command("sök sandlådorna")["blocks"])

    slack.submit(open_import_modal(slack, fake_slack), file_values("F0VINTER"), user=EDITOR)
    again = slack.submit(updated_view(fake_slack, 2), {}, user=EDITOR)
    assert "Nu har jag också sparat rapportens text" in all_text(again["view"]["blocks"])
    _finds_sandladorna_on_page_3(slack)


def test_visa_folds_long_assessments_to_fit_and_pages_through_every_question(
    slack: Slack, session_factory: sessionmaker[Session]
) -> None:
    questions = [
        Question(
            number=str(n),
            text=f"Har nämnden säkerställt rutin nummer {n} för vinterväghållningen?",
            assessment="Delvis",
            assessment_text=f"Bedömning {n}: " + "Rutinen finns men följs inte fullt ut. " * 100,
        )
        for n in range(1, 31)
    ]
    load(
        session_factory,
        Extraction(
            source="lång.pdf",
            organisation="Granbacka kommun",
            title="Granskning av vinterväghållningen",
            questions=questions,
            recommendations=[
                Recommendation(
                    text=f"Följ upp rutin {n} varje vinter.", addressee=["Tekniska nämnden"]
                )
                for n in range(1, 41)
            ],
            passages=[Passage(text="Kommunen röjer snö på 40 mil väg.", page=1)],
        ),
        "lång",
    )
    pages = slack.pages(slack.command("visa granbacka vinter"))
    assert len(pages) > 1  # the recommendations do not fit one message
    shown = "\n".join(all_text(blocks) for blocks in pages)
    for n in range(1, 31):
        assert shown.count(f"rutin nummer {n} för") == 1
        assert f">Bedömning {n}: Rutinen finns men följs inte fullt ut." in shown
    folded = [line for line in shown.splitlines() if line.startswith(">Bedömning")]
    assert len(folded) == 30 and all(line.endswith("…") for line in folded)
    assert max(len(line) for line in folded) < 600
    for blocks in pages:
        assert len(blocks) <= 50
        assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks)
