"""The overview picture: what is overdue first, per organisation, readable at the size Slack
previews it (about 360 px wide), nothing drawn over anything else."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import struct

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import load_demo
from bot.files import chart
from storage import due, items
from storage.db import transaction
from storage.read_models import AuditRef, DueItem, RecommendationView
from tests.conftest import TEAM

TODAY = dt.date(2030, 3, 13)
PREVIEW_WIDTH = 360  # px: how wide Slack shows a shared picture in the channel
SMALLEST_READABLE = 9  # px of type at that width


@pytest.fixture
def demo(session_factory: sessionmaker[Session]):
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    with session_factory() as session:
        recommendations = items.recommendations(session, team_id=TEAM)
        deadlines = due.due_items(
            session, team_id=TEAM, start=TODAY, end=TODAY + dt.timedelta(days=90)
        )
        overdue = due.overdue_items(session, team_id=TEAM, today=TODAY)
    return recommendations, deadlines, overdue


def _audit(number: int, organisation: str) -> AuditRef:
    return AuditRef(number, number, organisation, f"Granskning {number}", None, None, 2029)


def _generated() -> tuple[list[RecommendationView], list[DueItem], list[DueItem]]:
    """Thirty organisations with long board names, a deadline every day for three months and
    something overdue everywhere: the crowded case the old picture drew labels over."""
    statuses = ("open", "in_progress", "done", "done", "not_accepted")
    boards = ("Kommunstyrelsen", "Nämnden för arbete, välfärd och integration", "Socialnämnden")
    recommendations, deadlines, overdue = [], [], []
    for number in range(30):
        audit = _audit(number, f"Organisation {number:02d} med ett långt namn kommun")
        for position in range(12):
            recommendations.append(
                RecommendationView(
                    id=number * 100 + position,
                    audit=audit,
                    position=position,
                    text="…",
                    area=None,
                    addressees=(boards[position % 3], "berörda nämnder"),
                    status=statuses[(number + position) % len(statuses)],
                    status_is_manual=False,
                )
            )
        for late in range(1 + number % 4):
            overdue.append(
                DueItem(
                    "response" if late % 2 else "action",
                    number * 10 + late,
                    TODAY - dt.timedelta(days=40 * late + number + 1),
                    audit,
                    boards[late % 3],
                    "…",
                )
            )
    for day in range(90):
        audit = _audit(day % 30, f"Organisation {day % 30:02d} med ett långt namn kommun")
        deadlines.append(
            DueItem(
                "response" if day % 3 else "action",
                1000 + day,
                TODAY + dt.timedelta(days=day),
                audit,
                boards[day % 3],
                "…",
            )
        )
    return recommendations, deadlines, overdue


def _figure(data, *, by_organisation: bool, lang: str = "sv") -> Figure:
    recommendations, deadlines, overdue = data
    return chart.overview_figure(
        recommendations,
        deadlines,
        overdue=overdue,
        title="Läget: alla organisationer",
        today=TODAY,
        lang=lang,
        by_organisation=by_organisation,
    )


def _texts(figure: Figure) -> list[Text]:
    return [
        text
        for text in figure.findobj(Text)
        if text.get_visible() and text.get_text().strip() and text.figure is figure
    ]


def _shown(figure: Figure) -> list[str]:
    return [text.get_text() for text in _texts(figure)]


def test_the_overview_is_a_png_as_wide_as_twice_slacks_preview(demo) -> None:
    recommendations, deadlines, overdue = demo
    png = chart.png(
        chart.overview_figure(
            recommendations,
            deadlines,
            overdue=overdue,
            title="Läget",
            today=TODAY,
            lang="sv",
            by_organisation=True,
        )
    )
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width == 2 * PREVIEW_WIDTH and 400 <= height <= 2000
    assert 10_000 < len(png) < 1_000_000


def test_what_is_overdue_comes_first_per_organisation(demo) -> None:
    shown = _shown(_figure(demo, by_organisation=True))
    overdue_heading = shown.index("Försenat (3)")
    assert overdue_heading < shown.index("Rekommendationer kvar (9 av 10)")
    assert "Frister de närmaste 14 veckorna (5)" in shown
    # One row per organisation: no board of one kommun is added to another's.
    assert "Exempelkommun" in shown and "Testby region" in shown
    assert not {"Kommunstyrelsen", "Regionstyrelsen"} & set(shown)
    assert "2 · den äldsta förföll för 13 dagar sedan" in shown
    assert "1 · förföll för 6 månader sedan" in shown


def test_within_one_organisation_a_group_of_boards_is_not_a_board(demo) -> None:
    recommendations, deadlines, overdue = demo
    exempel = [r for r in recommendations if r.audit.organisation == "Exempelkommun"]
    grouped = [dataclasses.replace(exempel[0], addressees=("berörda nämnder",)), *exempel[1:]]
    shown = _shown(_figure((grouped, deadlines, overdue), by_organisation=False, lang="en"))
    assert "Several boards" in shown and "berörda nämnder" not in shown
    assert "Overdue (3)" in shown and "Tekniska nämnden" in shown  # the board that is late


def test_nothing_overdue_is_said_in_words(demo) -> None:
    recommendations, deadlines, _overdue = demo
    shown = _shown(_figure((recommendations, deadlines, []), by_organisation=True))
    assert "Försenat (0)" in shown and "Inget är försenat." in shown


@pytest.mark.parametrize("by_organisation", [True, False])
def test_crowded_data_is_folded_into_a_few_rows(by_organisation: bool) -> None:
    shown = _shown(_figure(_generated(), by_organisation=by_organisation))
    if by_organisation:
        assert "24 organisationer till" in shown
        assert "Organisation 27 med ett l…" in shown  # the most overdue first, names cut
    else:
        assert "Flera nämnder" in shown and "berörda nämnder" not in shown


@pytest.mark.parametrize("by_organisation", [True, False])
def test_the_demo_reads_at_preview_size_and_nothing_covers_anything(
    demo, by_organisation: bool
) -> None:
    _assert_readable(_figure(demo, by_organisation=by_organisation))


@pytest.mark.parametrize("by_organisation", [True, False])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_crowded_data_reads_at_preview_size_and_nothing_covers_anything(
    by_organisation: bool, lang: str
) -> None:
    _assert_readable(_figure(_generated(), by_organisation=by_organisation, lang=lang))


def _assert_readable(figure: Figure) -> None:
    """Every text at least 9 px at preview size, inside the picture and clear of every other
    text; no legend over a bar or a text."""
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    scale = PREVIEW_WIDTH / (figure.get_figwidth() * figure.dpi)
    page = figure.bbox
    texts = _texts(figure)
    boxes = [(text.get_text(), text.get_window_extent(renderer)) for text in texts]
    for text in texts:
        assert text.get_fontsize() * figure.dpi / 72 * scale >= SMALLEST_READABLE, text
    for label, box in boxes:
        assert page.x0 <= box.x0 and box.x1 <= page.x1 + 0.5, f"{label!r} runs off the picture"
        assert page.y0 <= box.y0 and box.y1 <= page.y1 + 0.5, f"{label!r} runs off the picture"
    for (first, a), (second, b) in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), f"{first!r} is drawn over {second!r}"
    bars = [
        patch.get_window_extent(renderer)
        for axes in figure.axes
        for patch in axes.patches
        if isinstance(patch, Rectangle) and patch.get_width() > 0
    ]
    for axes in figure.axes:
        legend = axes.get_legend()
        if legend is None:
            continue
        frame = legend.get_window_extent(renderer)
        assert not any(frame.overlaps(bar) for bar in bars), "a legend covers a bar"
        inside = _legend_texts(axes)
        covered = [label for label, box in boxes if label not in inside and frame.overlaps(box)]
        assert not covered, f"a legend covers {covered}"


def _legend_texts(axes) -> set[str]:
    legend = axes.get_legend()
    return {text.get_text() for text in legend.get_texts()} if legend else set()
