"""The input fields of the correction forms, within Slack's limits, and what a submitted form
holds, read back (each field's block id names it; every element's action id is ``FIELD``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from bot.blocks.common import Block, plain
from bot.blocks.text import OPTION_TEXT_MAX
from bot.core.errors import UserFacingError
from bot.rules.entries import split_names

FIELD = "value"
LABEL_MAX = 2000
TEXT_MAX = 3000
OPTIONS_MAX = 100
# An option's value holds 150 characters: a longer board name is typed in the free field.
OPTION_VALUE_MAX = 150


def _input(block: str, label: str, element: dict[str, Any], *, optional: bool, hint: str | None):
    field: Block = {
        "type": "input",
        "block_id": block,
        "optional": optional,
        "label": plain(label, LABEL_MAX),
        "element": {"action_id": FIELD, **element},
    }
    if hint:
        field["hint"] = plain(hint, LABEL_MAX)
    return field


def text_field(
    block: str,
    label: str,
    *,
    initial: str | None = None,
    multiline: bool = False,
    max_length: int = TEXT_MAX,
    optional: bool = False,
    hint: str | None = None,
) -> Block:
    element = text_element(initial, max_length=max_length, multiline=multiline)
    return _input(block, label, element, optional=optional, hint=hint)


def text_element(initial: str | None, *, max_length: int, multiline: bool) -> dict[str, Any]:
    """A text input, filled in with ``initial`` (cut to what Slack takes) when there is one."""
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "multiline": multiline,
        "max_length": max_length,
    }
    if initial:
        element["initial_value"] = initial[:max_length]
    return element


def date_field(
    block: str,
    label: str,
    *,
    initial: dt.date | None = None,
    optional: bool = False,
    hint: str | None = None,
) -> Block:
    element: dict[str, Any] = {"type": "datepicker"}
    if initial is not None:
        element["initial_date"] = initial.isoformat()
    return _input(block, label, element, optional=optional, hint=hint)


def _options(names: Sequence[str]) -> list[dict[str, Any]]:
    usable = dict.fromkeys(n for n in names if n and len(n) <= OPTION_VALUE_MAX)
    return [
        {"text": plain(name, OPTION_TEXT_MAX), "value": name} for name in list(usable)[:OPTIONS_MAX]
    ]


def choice_field(
    block: str,
    label: str,
    names: Sequence[str],
    *,
    initial: str | None = None,
    optional: bool = False,
    hint: str | None = None,
) -> Block | None:
    """One of ``names`` (a static select); None when there is nothing to choose from."""
    options = _options(names)
    if not options:
        return None
    element: dict[str, Any] = {"type": "static_select", "options": options}
    chosen = next((o for o in options if o["value"] == initial), None)
    if chosen is not None:
        element["initial_option"] = chosen
    return _input(block, label, element, optional=optional, hint=hint)


def choices_field(
    block: str,
    label: str,
    names: Sequence[str],
    *,
    initial: Sequence[str] = (),
    optional: bool = True,
    hint: str | None = None,
) -> Block | None:
    """Any of ``names`` (a multi-select); None when there is nothing to choose from."""
    options = _options(names)
    if not options:
        return None
    element: dict[str, Any] = {"type": "multi_static_select", "options": options}
    chosen = [o for o in options if o["value"] in set(initial)]
    if chosen:
        element["initial_options"] = chosen
    return _input(block, label, element, optional=optional, hint=hint)


def offered(names: Sequence[str]) -> set[str]:
    """Which of ``names`` a select can offer (the rest go in a free text field)."""
    return {option["value"] for option in _options(names)}


# -- a submitted form, read back ---------------------------------------------------------


def read_values(view: dict[str, Any]) -> dict[str, Any]:
    """Each field's value by block id: text (str or None), a date picked (ISO text or None),
    a choice (its value or None) or choices (a list of values)."""
    found: dict[str, Any] = {}
    for block, actions in ((view.get("state") or {}).get("values") or {}).items():
        element = (actions or {}).get(FIELD) or {}
        kind = element.get("type")
        if kind == "datepicker":
            found[block] = element.get("selected_date")
        elif kind in ("static_select", "radio_buttons"):
            found[block] = (element.get("selected_option") or {}).get("value")
        elif kind in ("multi_static_select", "checkboxes"):
            found[block] = [o.get("value") for o in element.get("selected_options") or []]
        else:
            found[block] = element.get("value")
    return found


def text_of(values: dict[str, Any], block: str) -> str:
    value = values.get(block)
    return value.strip() if isinstance(value, str) else ""


def names_of(values: dict[str, Any], block: str) -> list[str]:
    value = values.get(block)
    return [v for v in value if isinstance(v, str) and v] if isinstance(value, list) else []


def names_chosen(values: dict[str, Any], chosen: str, typed: str) -> list[str]:
    """The names picked in the multi-select ``chosen`` and those typed in ``typed`` beside it
    (commas between)."""
    return names_of(values, chosen) + split_names(text_of(values, typed))


def date_of(values: dict[str, Any], block: str) -> dt.date | None:
    """A picked date, or None when none was picked; anything else is said under the field."""
    value = values.get(block)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as error:
        raise UserFacingError("slack.error.date").at(block) from error
