"""A row of a follow-up matrix against the stored recommendation it names: what it changes,
applied, and what differs but is not changed this way, said.

The status, the comment and the due date change; so does the text of a recommendation the
row names by its id. The rest of a row (audit, year, boards, responses, the actions'
summary) is compared, and a difference is reported: those are changed in Slack. An empty
cell changes nothing, except in the bot's own export, which is complete (an emptied comment
is removed). A row of the bot's own export whose recommendation changed after the export
(its version differs) changes nothing: it would undo what someone did since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.core.context import RequestContext
from bot.core.i18n import LANGUAGES, t
from bot.files import matrix
from bot.files.matrix_read import minute_of, number_of, status_of, text_of, timeline_of
from storage import edits
from storage.bodies import lookup_key
from storage.edits import Edit
from storage.read_models import ActionView, MatrixRow

# Compared as text, changed only in Slack.
READ_ONLY = ("audit", "response_deadline", "response_received", "registry_number")

Change = dict[str, str | None]
Note = tuple[str, dict[str, object]]


@dataclass(frozen=True)
class Comparison:
    ctx: RequestContext
    row: MatrixRow
    cells: dict[str, object]
    fields: Sequence[str]
    complete: bool  # the bot's own export, the row found by its id
    by_id: bool
    addressees: Sequence[str]  # the boards the row names, as resolved
    skip: frozenset[str] = frozenset()  # fields another step took care of


def compare(c: Comparison, edit: Edit) -> tuple[list[Change], list[Note]]:
    """Apply what the row changes and return each change (field, old, new) and each note."""
    current = matrix.cells(c.row, c.ctx.lang, c.ctx.tz)
    pending: list[tuple[Change, Callable[[], object]]] = []
    notes: list[Note] = []
    for field in c.fields:
        if field in c.skip or field not in c.cells:
            continue
        value = c.cells[field]
        if value is None and not c.complete:
            continue  # a team's sheet that leaves a cell empty says nothing about it
        step = _STEPS.get(field)
        if step is not None:
            step(c, edit, value, current, pending, notes)
    if pending and _stale(c, current):
        when = current["last_change"]
        notes.append(("stale", {"changed": when.strftime("%Y-%m-%d %H:%M") if when else "–"}))
        return [], notes
    for _, apply in pending:
        apply()
    return [change for change, _ in pending], notes


def _stale(c: Comparison, current: dict[str, object]) -> bool:
    """Whether the row was exported before its recommendation last changed: told by the
    version (exact), or without that column by "Senast ändrad" (to the minute)."""
    if not c.complete:
        return False
    if "version" in c.fields:
        return number_of(c.cells.get("version")) != current["version"]
    if "last_change" in c.fields:
        return minute_of(c.cells.get("last_change")) != current["last_change"]
    return False


def _read_only(field: str, c: Comparison, shown: object, stored: object) -> list[Note]:
    if lookup_key(text_of(shown)) == lookup_key(text_of(stored)):
        return []
    column = t(f"export.col.{field}", c.ctx.lang)
    return [("read_only", {"column": column, "value": text_of(shown) or "–"})]


def _same_text(c, edit, value, current, pending, notes, *, field: str) -> None:
    notes += _read_only(field, c, value, current[field])


def _year(c, edit, value, current, pending, notes) -> None:
    if number_of(value) != current["year"]:
        notes += _read_only("year", c, value, current["year"])


def _text(c, edit, value, current, pending, notes) -> None:
    new, old = " ".join(text_of(value).split()), c.row.recommendation.text
    if not c.by_id or new == " ".join(old.split()):
        return
    rec_id = c.row.recommendation.id
    pending.append(
        (
            {"field": "recommendation", "old": old, "new": new},
            lambda: edits.set_recommendation_text(edit, recommendation_id=rec_id, text=new),
        )
    )


def _addressees(c, edit, value, current, pending, notes) -> None:
    named = {lookup_key(name) for name in c.addressees}
    if named != {lookup_key(name) for name in c.row.recommendation.addressees}:
        notes += _read_only("addressees", c, value, current["addressees"])


def _status(c, edit, value, current, pending, notes) -> None:
    status = status_of(value)
    rec = c.row.recommendation
    if status is None:
        notes.append(("unknown_status", {"value": text_of(value) or "–"}))
        return
    if status == rec.status:
        return
    lang = c.ctx.lang
    pending.append(
        (
            {
                "field": "status",
                "old": t(f"status.recommendation.{rec.status}", lang),
                "new": t(f"status.recommendation.{status}", lang),
            },
            lambda: edits.set_recommendation_status(edit, recommendation_id=rec.id, status=status),
        )
    )


def _comment(c, edit, value, current, pending, notes) -> None:
    new = str(value).strip() if value is not None else None
    old = c.row.recommendation.comment
    if text_of(new) == text_of(old):
        return
    rec_id = c.row.recommendation.id
    pending.append(
        (
            {"field": "comment", "old": old, "new": new or None},
            lambda: edits.set_recommendation_comment(
                edit, recommendation_id=rec_id, comment=new or None
            ),
        )
    )


def _actions(c, edit, value, current, pending, notes) -> None:
    actions = c.row.recommendation.actions
    shown = lookup_key(text_of(value))
    known = {lookup_key(matrix.actions_text(actions, lang)) for lang in LANGUAGES}
    known |= {lookup_key(a.text) for a in actions}
    known.add(lookup_key(" ".join(a.text for a in actions)))
    if shown not in known:
        notes += _read_only("actions", c, value, current["actions"])


def _due(c, edit, value, current, pending, notes) -> None:
    actions = c.row.recommendation.actions
    timeline = timeline_of(value)
    if value is not None and timeline.due is None and timeline.precision == "unspecified":
        notes.append(("bad_due", {"value": text_of(value)}))
        return
    shown = current["due"]
    if timeline.due == shown or (not c.complete and timeline.due in {a.due for a in actions}):
        return
    target = _dated(actions)
    if target is None:
        notes.append(("due_not_placed" if actions else "due_without_action", {}))
        return
    old = target.due
    pending.append(
        (
            {"field": "due", "old": _iso(old), "new": _iso(timeline.due)},
            lambda: edits.set_action_due(
                edit, action_id=target.id, due=timeline.due, precision=timeline.precision
            ),
        )
    )


def _dated(actions: Sequence[ActionView]) -> ActionView | None:
    """The action whose due date the row shows: the one not done with a date, or the one
    not done at all; None when there are several (which one to move is not guessed)."""
    open_ = [a for a in actions if a.effective_status != "done"]
    dated = [a for a in open_ if a.due is not None]
    candidates = dated or open_
    return candidates[0] if len(candidates) == 1 else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _read_only_step(field: str):
    def step(c, edit, value, current, pending, notes) -> None:
        _same_text(c, edit, value, current, pending, notes, field=field)

    return step


_STEPS = {
    **{field: _read_only_step(field) for field in READ_ONLY},
    "year": _year,
    "recommendation": _text,
    "addressees": _addressees,
    "status": _status,
    "comment": _comment,
    "actions": _actions,
    "due": _due,
}
