"""The overview picture: what is overdue first, then how far each organisation (or board) has
come with its recommendations, then how many deadlines fall in each of the coming weeks.

Drawn to be read in Slack's preview, about 360 px wide: few rows, large type, numbers written
on the bars, legends above the bars they explain. Across all organisations each organisation
is one row (its boards are not added together across kommuner); within one organisation a
group addressee such as "berörda nämnder" is not a board and gets a row of its own.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from bot.core.i18n import relative_days, t
from storage.bodies import is_group_label
from storage.read_models import DueItem, RecommendationView

STATUS_ORDER = ("open", "in_progress", "not_accepted", "done")
STATUS_COLOURS = {
    "open": "#d95f02",
    "in_progress": "#fdb863",
    "not_accepted": "#bdbdbd",
    "done": "#b8e186",
}
OVERDUE_COLOURS = {"response": "#b2182b", "action": "#ef8a62"}
DUE_COLOURS = {"response": "#2166ac", "action": "#92c5de"}
# Slack shows the picture about 360 px wide; drawn at twice that, 9 pt reads as about 9 px.
WIDTH_INCHES, DPI = 6.0, 120
FONT, SMALL, HEADING = 12, 11, 14
MAX_ROWS = 7
MAX_NAME = 26
ROW_INCHES = 0.42


@dataclass(frozen=True, slots=True)
class Late:
    """What one organisation (or board) has overdue: responses, actions, the oldest date."""

    responses: int = 0
    actions: int = 0
    oldest: dt.date | None = None

    @property
    def total(self) -> int:
        return self.responses + self.actions

    def plus(self, item: DueItem) -> Late:
        return Late(
            self.responses + (item.kind == "response"),
            self.actions + (item.kind != "response"),
            min(item.due, self.oldest) if self.oldest else item.due,
        )

    def merged(self, other: Late) -> Late:
        dates = [d for d in (self.oldest, other.oldest) if d]
        return Late(
            self.responses + other.responses,
            self.actions + other.actions,
            min(dates) if dates else None,
        )


def _board_rows(addressees: Sequence[str], lang: str) -> list[str]:
    rows = [t("chart.several_boards", lang) if is_group_label(a) else a for a in addressees]
    return list(dict.fromkeys(rows)) or [t("chart.no_board", lang)]


def status_by_row(
    recommendations: Sequence[RecommendationView], *, by_organisation: bool, lang: str
) -> dict[str, Counter]:
    """Statuses per organisation (each recommendation once), or per board within one
    (a recommendation to two boards counts for both; group addressees share one row)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for rec in recommendations:
        rows = [rec.audit.organisation] if by_organisation else _board_rows(rec.addressees, lang)
        for row in rows:
            counts[row][rec.status] += 1
    return counts


def overdue_by_row(overdue: Sequence[DueItem], *, by_organisation: bool) -> dict[str, Late]:
    late: dict[str, Late] = defaultdict(Late)
    for item in overdue:
        row = item.audit.organisation if by_organisation else item.body
        late[row] = late[row].plus(item)
    return late


def _unfinished(counter: Counter) -> int:
    return counter["open"] + counter["in_progress"]


def _short(name: str) -> str:
    return name if len(name) <= MAX_NAME else name[: MAX_NAME - 1].rstrip() + "…"


def _top(names: list[str]) -> tuple[list[str], int]:
    """The first rows, and how many more were folded into one last row."""
    if len(names) <= MAX_ROWS:
        return names, 0
    return names[: MAX_ROWS - 1], len(names) - (MAX_ROWS - 1)


def _others_label(hidden: int, by_organisation: bool, lang: str) -> str:
    key = "chart.other_organisations" if by_organisation else "chart.other_boards"
    return t(key, lang, n=hidden)


def _rows_inches(rows: int) -> float:
    return 0.75 + ROW_INCHES * max(rows, 1)


def _heading(axes: Axes, text: str) -> None:
    axes.set_title(text, loc="left", fontsize=HEADING, fontweight="bold", pad=30)


def _legend(axes: Axes, columns: int) -> None:
    axes.legend(
        loc="lower left",
        bbox_to_anchor=(0, 1.0),
        ncol=columns,
        frameon=False,
        fontsize=SMALL,
        handlelength=1.0,
        borderaxespad=0.2,
        columnspacing=1.0,
    )


def _nothing(axes: Axes, text: str, colour: str = "#555555") -> None:
    axes.set_xticks([])
    axes.set_yticks([])
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.text(0, 0.5, text, fontsize=FONT, color=colour, va="center", transform=axes.transAxes)


Segment = tuple[float, str, str]  # width, colour, what the colour stands for


def _draw_rows(axes: Axes, rows: list[tuple[str, str, list[Segment]]], widest: float) -> None:
    """One row per name: the name and its figure on a line, the bar the whole width below
    (long names need no margin, and a narrow picture keeps its bars wide)."""
    labelled: set[str] = set()
    for index, (name, note, segments) in enumerate(rows):
        axes.text(0, index - 0.18, name, fontsize=FONT, va="bottom", ha="left")
        axes.text(widest, index - 0.18, note, fontsize=SMALL, va="bottom", ha="right")
        left = 0.0
        for width, colour, meaning in segments:
            if width:
                axes.barh(
                    index + 0.15,
                    width,
                    left=left,
                    height=0.34,
                    color=colour,
                    label=None if meaning in labelled else meaning,
                )
                labelled.add(meaning)
            left += width
    axes.set_xlim(0, widest)
    axes.set_ylim(len(rows) - 0.5, -0.75)
    axes.set_xticks([])
    axes.set_yticks([])
    for spine in axes.spines.values():
        spine.set_visible(False)


def _draw_overdue(
    axes: Axes, late: dict[str, Late], *, by_organisation: bool, today: dt.date, lang: str
) -> None:
    total = sum(entry.total for entry in late.values())
    _heading(axes, t("chart.overdue", lang, n=total))
    if not total:
        _nothing(axes, t("chart.nothing_overdue", lang), "#1a9850")
        return
    names = sorted(late, key=lambda n: (-late[n].total, late[n].oldest or today, n))
    shown, hidden = _top(names)
    picked = [(_short(name), late[name]) for name in shown]
    if hidden:
        folded = Late()
        for name in names[len(shown) :]:
            folded = folded.merged(late[name])
        picked.append((_others_label(hidden, by_organisation, lang), folded))
    responses, actions = _legend_word("responses", lang), _legend_word("actions", lang)
    rows = [
        (
            label,
            t(
                "chart.overdue_row",
                lang,
                n=entry.total,
                since=relative_days(entry.oldest, today, lang) if entry.oldest else "",
            ),
            [
                (entry.responses, OVERDUE_COLOURS["response"], responses),
                (entry.actions, OVERDUE_COLOURS["action"], actions),
            ]
            if index < len(shown)
            else [],  # the rest, folded: a bar of their sum would dwarf every row above
        )
        for index, (label, entry) in enumerate(picked)
    ]
    _draw_rows(axes, rows, max(late[name].total for name in shown))
    _legend(axes, 2)


def _legend_word(noun: str, lang: str) -> str:
    """ "Yttranden", "Åtgärder": what a colour stands for."""
    return t(f"chart.legend.{noun}", lang)


def _draw_status(
    axes: Axes, counts: dict[str, Counter], *, by_organisation: bool, lang: str
) -> None:
    unfinished = sum(_unfinished(c) for c in counts.values())
    total = sum(c.total() for c in counts.values())
    _heading(axes, t("chart.unfinished", lang, n=unfinished, total=total))
    if not counts:
        _nothing(axes, t("chart.no_recommendations", lang))
        return
    names = sorted(counts, key=lambda n: (-_unfinished(counts[n]), -counts[n].total(), n))
    shown, hidden = _top(names)
    picked = [(_short(name), counts[name]) for name in shown]
    if hidden:
        folded: Counter = Counter()
        for name in names[len(shown) :]:
            folded.update(counts[name])
        picked.append((_others_label(hidden, by_organisation, lang), folded))
    # Each row as shares of its own recommendations: a small board reads as well as a big one.
    rows = [
        (
            label,
            t("chart.unfinished_row", lang, n=_unfinished(c), total=c.total()),
            [
                (
                    c[status] / max(c.total(), 1),
                    STATUS_COLOURS[status],
                    t(f"status.recommendation.{status}", lang),
                )
                for status in STATUS_ORDER
            ],
        )
        for label, c in picked
    ]
    _draw_rows(axes, rows, 1.0)
    _legend(axes, 4)


def _weeks(today: dt.date, horizon_days: int) -> list[dt.date]:
    monday = today - dt.timedelta(days=today.weekday())
    end = today + dt.timedelta(days=horizon_days)
    weeks = []
    while monday <= end:
        weeks.append(monday)
        monday += dt.timedelta(days=7)
    return weeks


def _draw_deadlines(
    axes: Axes, deadlines: Sequence[DueItem], *, today: dt.date, horizon_days: int, lang: str
) -> None:
    weeks = _weeks(today, horizon_days)
    _heading(axes, t("chart.next_weeks", lang, weeks=len(weeks), n=len(deadlines)))
    if not deadlines:
        _nothing(axes, t("chart.no_deadlines", lang))
        return
    per_week: dict[str, Counter] = {kind: Counter() for kind in DUE_COLOURS}
    for item in deadlines:
        week = (item.due - weeks[0]).days // 7
        if 0 <= week < len(weeks):
            per_week["response" if item.kind == "response" else "action"][week] += 1
    positions = list(range(len(weeks)))
    responses = [per_week["response"][w] for w in positions]
    actions = [per_week["action"][w] for w in positions]
    axes.bar(
        positions, responses, color=DUE_COLOURS["response"], label=_legend_word("responses", lang)
    )
    axes.bar(
        positions,
        actions,
        bottom=responses,
        color=DUE_COLOURS["action"],
        label=_legend_word("actions", lang),
    )
    highest = max(r + a for r, a in zip(responses, actions, strict=True))
    for week, (r, a) in enumerate(zip(responses, actions, strict=True)):
        if r + a:
            axes.text(week, r + a + highest * 0.03, str(r + a), ha="center", fontsize=SMALL)
    axes.set_ylim(0, highest * 1.25)
    axes.set_xticks(positions, [str(monday.isocalendar().week) for monday in weeks])
    axes.tick_params(axis="x", length=0, labelsize=SMALL)
    axes.set_xlabel(t("chart.week", lang), fontsize=SMALL, loc="left")
    axes.set_yticks([])
    for side in ("left", "right", "top"):
        axes.spines[side].set_visible(False)
    _legend(axes, 2)


def overview_figure(
    recommendations: Sequence[RecommendationView],
    deadlines: Sequence[DueItem],
    *,
    overdue: Sequence[DueItem],
    title: str,
    today: dt.date,
    lang: str,
    by_organisation: bool,
    horizon_days: int = 90,
) -> Figure:
    late = overdue_by_row(overdue, by_organisation=by_organisation)
    counts = status_by_row(recommendations, by_organisation=by_organisation, lang=lang)
    heights = [
        _rows_inches(min(len(late), MAX_ROWS)) if late else 0.8,
        _rows_inches(min(len(counts), MAX_ROWS)) if counts else 0.8,
        2.4 if deadlines else 0.8,
    ]
    # The object API (no pyplot) keeps no global state, so threads can draw at once.
    figure = Figure(figsize=(WIDTH_INCHES, sum(heights) + 0.6), dpi=DPI, layout="constrained")
    figure.suptitle(title, fontsize=HEADING + 2, fontweight="bold", x=0.02, ha="left")
    first, second, third = figure.subplots(3, 1, gridspec_kw={"height_ratios": heights})
    _draw_overdue(first, late, by_organisation=by_organisation, today=today, lang=lang)
    _draw_status(second, counts, by_organisation=by_organisation, lang=lang)
    _draw_deadlines(third, deadlines, today=today, horizon_days=horizon_days, lang=lang)
    return figure


def png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()
