"""A picture of the state: recommendations per board by status, and the next deadlines."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter, defaultdict
from collections.abc import Sequence

import matplotlib.dates as mdates
from matplotlib.figure import Figure

from bot.core.i18n import format_date, t
from storage.read_models import DueItem, RecommendationView

STATUS_ORDER = ("open", "in_progress", "done", "not_accepted")
STATUS_COLOURS = {
    "open": "#d9534f",
    "in_progress": "#f0ad4e",
    "done": "#5cb85c",
    "not_accepted": "#777777",
}
MAX_BOARDS = 15
MAX_DEADLINES = 12


def status_by_board(recommendations: Sequence[RecommendationView]) -> dict[str, Counter]:
    """Counts per addressee and status; a recommendation to two boards counts for both."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for rec in recommendations:
        for addressee in rec.addressees or ("–",):
            counts[addressee][rec.status] += 1
    return counts


def overview_png(
    recommendations: Sequence[RecommendationView],
    deadlines: Sequence[DueItem],
    *,
    title: str,
    today: dt.date,
    lang: str,
) -> bytes:
    counts = status_by_board(recommendations)
    boards = sorted(counts, key=lambda b: (-sum(counts[b].values()), b))[:MAX_BOARDS]
    upcoming = list(deadlines)[:MAX_DEADLINES]

    # The object API (no pyplot) keeps no global state, so threads can draw at once.
    figure = Figure(figsize=(10, 4 + 0.35 * max(len(boards), 3)))
    bars, timeline = figure.subplots(2, 1, gridspec_kw={"height_ratios": [max(len(boards), 3), 3]})
    figure.suptitle(title, fontsize=14, fontweight="bold")

    left = [0] * len(boards)
    for status in STATUS_ORDER:
        widths = [counts[b][status] for b in boards]
        if not any(widths):
            continue
        bars.barh(
            boards,
            widths,
            left=left,
            color=STATUS_COLOURS[status],
            label=t(f"status.recommendation.{status}", lang),
        )
        left = [a + b for a, b in zip(left, widths, strict=True)]
    bars.invert_yaxis()
    bars.set_xlabel(t("chart.recommendations", lang))
    bars.xaxis.get_major_locator().set_params(integer=True)
    if boards:
        bars.legend(loc="lower right", fontsize=8)
    else:
        bars.text(
            0.5,
            0.5,
            t("chart.no_recommendations", lang),
            ha="center",
            va="center",
            transform=bars.transAxes,
        )

    timeline.set_title(t("chart.next_deadlines", lang), fontsize=11, loc="left")
    timeline.axvline(today, color="#333333", linewidth=1, linestyle="--")
    timeline.get_yaxis().set_visible(False)
    if upcoming:
        for index, item in enumerate(upcoming):
            level = (index % 3) + 1
            colour = "#1f4e78" if item.kind == "response" else "#6a8caf"
            timeline.plot([item.due, item.due], [0, level], color=colour, linewidth=1)
            timeline.plot(item.due, level, "o", color=colour)
            label = f"{item.body}\n{format_date(item.due, lang)}"
            timeline.annotate(
                label,
                (item.due, level),
                xytext=(4, 0),
                textcoords="offset points",
                fontsize=7,
                va="center",
            )
        end = max(item.due for item in upcoming)
        timeline.set_xlim(today - dt.timedelta(days=2), end + dt.timedelta(days=10))
    else:
        timeline.text(
            0.5,
            0.5,
            t("chart.no_deadlines", lang),
            ha="center",
            va="center",
            transform=timeline.transAxes,
        )
        timeline.set_xlim(today - dt.timedelta(days=2), today + dt.timedelta(days=30))
    timeline.set_ylim(0, 4)
    timeline.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    for side in ("left", "right", "top"):
        timeline.spines[side].set_visible(False)

    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    return buffer.getvalue()
