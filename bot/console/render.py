"""Block Kit → rich renderables, with every interactive element given a number to press."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

EMOJI = {
    "large_green_circle": "🟢",
    "large_yellow_circle": "🟡",
    "large_orange_circle": "🟠",
    "red_circle": "🔴",
    "white_circle": "⚪",
    "black_circle": "⚫",
    "warning": "⚠️",
    "bell": "🔔",
    "alarm_clock": "⏰",
    "hourglass": "⌛",
    "hourglass_flowing_sand": "⏳",
    "calendar": "📆",
    "date": "📅",
    "spiral_calendar_pad": "🗓️",
    "memo": "📝",
    "page_facing_up": "📄",
    "mag": "🔍",
    "white_check_mark": "✅",
    "heavy_check_mark": "✔️",
    "heavy_minus_sign": "➖",
    "x": "❌",
    "no_entry": "⛔",
    "information_source": "ℹ️",
    "point_right": "👉",
    "clipboard": "📋",
    "busts_in_silhouette": "👥",
    "bust_in_silhouette": "👤",
    "office": "🏢",
    "classical_building": "🏛️",
    "arrow_right": "➡️",
    "arrow_left": "⬅️",
    "eyes": "👀",
    "zzz": "💤",
    "speech_balloon": "💬",
    "inbox_tray": "📥",
    "outbox_tray": "📤",
    "bar_chart": "📊",
    "chart_with_upwards_trend": "📈",
    "rotating_light": "🚨",
    "question": "❓",
}

_DATE = re.compile(r"<!date\^(\d+)\^[^|>]*\|[^>]*>")
_LINK = re.compile(r"<([^<>|]+)\|([^<>]+)>|<([^<>]+)>")
_EMOJI = re.compile(r":([a-z0-9_+\-]+):")
_BOLD = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])")
_STRIKE = re.compile(r"(?<![\w~])~(?!\s)([^~\n]+?)(?<!\s)~(?![\w~])")
_CODE = re.compile(r"`([^`\n]+)`")


@dataclass
class Choice:
    """Something the user can press by typing its number."""

    number: int
    label: str
    element: dict[str, Any]
    block_id: str | None
    option: dict[str, Any] | None = None


@dataclass
class Rendered:
    renderable: RenderableType
    choices: list[Choice] = field(default_factory=list)


def _link(match: re.Match[str]) -> str:
    if match.group(3) is not None:
        target = match.group(3)
        if target.startswith(("!", "@", "#")):
            return target.split("|")[-1]
        return target
    return match.group(2)


def mrkdwn_to_markup(text: str) -> str:
    """Slack mrkdwn as rich markup: *bold*, _italic_, ~strike~, `code`, links, :emoji:, quotes."""
    # A quote is a raw ">" at a line start; a ">" in the text itself arrives as "&gt;".
    text = re.sub(r"(?m)^>\s?", "▎ ", text)
    # Slack shows a date token in the reader's zone; so does the terminal.
    text = _DATE.sub(
        lambda m: dt.datetime.fromtimestamp(int(m.group(1))).strftime("%Y-%m-%d %H:%M"), text
    )
    text = _LINK.sub(_link, text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = escape(text)
    text = _CODE.sub(r"[cyan]\1[/cyan]", text)
    text = _BOLD.sub(r"[bold]\1[/bold]", text)
    text = _ITALIC.sub(r"[italic]\1[/italic]", text)
    text = _STRIKE.sub(r"[strike]\1[/strike]", text)
    return _EMOJI.sub(lambda m: EMOJI.get(m.group(1), m.group(0)), text)


def _text(obj: dict[str, Any] | None) -> Text:
    if not obj:
        return Text("")
    if obj.get("type") == "mrkdwn":
        return Text.from_markup(mrkdwn_to_markup(obj.get("text", "")))
    plain = _EMOJI.sub(lambda m: EMOJI.get(m.group(1), m.group(0)), obj.get("text", ""))
    return Text(plain)


class _Numberer:
    def __init__(self, start: int) -> None:
        self.next = start
        self.choices: list[Choice] = []

    def add(
        self, label: str, element: dict, block_id: str | None, option: dict | None = None
    ) -> str:
        choice = Choice(self.next, label, element, block_id, option)
        self.choices.append(choice)
        self.next += 1
        return f"[bold magenta][{choice.number}][/bold magenta] {escape(label)}"


def _element_markup(element: dict[str, Any], block_id: str | None, numbers: _Numberer) -> str:
    kind = element.get("type")
    if kind == "button":
        return numbers.add(_text(element.get("text")).plain, element, block_id)
    if kind in ("static_select", "overflow", "radio_buttons"):
        placeholder = _text(element.get("placeholder")).plain
        options = list(element.get("options") or [])
        for group in element.get("option_groups") or []:
            options += group.get("options", [])
        parts = [numbers.add(_text(o.get("text")).plain, element, block_id, o) for o in options]
        prefix = f"{escape(placeholder)}: " if placeholder else ""
        return prefix + "  ".join(parts)
    if kind == "datepicker":
        return numbers.add(f"📅 {element.get('initial_date', 'datum')}", element, block_id)
    return ""


def render_blocks(blocks: list[dict[str, Any]], *, first_number: int = 1) -> Rendered:
    numbers = _Numberer(first_number)
    parts: list[RenderableType] = []
    for block in blocks:
        kind = block.get("type")
        block_id = block.get("block_id")
        if kind == "header":
            parts.append(Text(_text(block.get("text")).plain, style="bold underline"))
        elif kind == "divider":
            parts.append(Rule(style="dim"))
        elif kind == "section":
            row: list[RenderableType] = []
            if block.get("text"):
                row.append(_text(block["text"]))
            if block.get("fields"):
                grid = Table.grid(padding=(0, 3))
                grid.add_column()
                grid.add_column()
                fields = [_text(f) for f in block["fields"]]
                for index in range(0, len(fields), 2):
                    grid.add_row(*fields[index : index + 2])
                row.append(grid)
            accessory = block.get("accessory")
            if accessory:
                markup = _element_markup(accessory, block_id, numbers)
                if markup:
                    row.append(Text.from_markup("   " + markup))
            parts.append(Group(*row))
        elif kind == "context":
            texts = [
                _text(e).markup if e.get("type") != "image" else ""
                for e in block.get("elements", [])
            ]
            parts.append(Text.from_markup("  ".join(t for t in texts if t), style="dim"))
        elif kind == "actions":
            markups = [_element_markup(e, block_id, numbers) for e in block.get("elements", [])]
            parts.append(Text.from_markup("   ".join(m for m in markups if m)))
        elif kind == "image":
            alt = block.get("alt_text", "")
            parts.append(Text(f"[bild: {alt}] {block.get('image_url', '')}", style="dim"))
        elif kind == "input":
            label = _text(block.get("label")).plain
            parts.append(Text(f"✎ {label}", style="italic"))
        elif kind == "rich_text":
            parts.append(Text(_rich_text_plain(block)))
    return Rendered(Group(*parts), numbers.choices)


def _rich_text_plain(block: dict[str, Any]) -> str:
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "text":
                out.append(node.get("text", ""))
            for child in node.get("elements", []):
                walk(child)

    walk(block)
    return "".join(out)


def localise_dates(value: Any, tz: dt.tzinfo) -> Any:
    """Slack shows a `<!date^…>` token in each reader's zone; the terminal shows it in ``tz``."""
    if isinstance(value, str):
        return _DATE.sub(
            lambda m: dt.datetime.fromtimestamp(int(m.group(1)), tz).strftime("%Y-%m-%d %H:%M"),
            value,
        )
    if isinstance(value, list):
        return [localise_dates(item, tz) for item in value]
    if isinstance(value, dict):
        return {key: localise_dates(item, tz) for key, item in value.items()}
    return value


def render_message(
    blocks: list[dict[str, Any]],
    *,
    text: str = "",
    title: str = "",
    first_number: int = 1,
    style: str = "blue",
    tz: dt.tzinfo = dt.UTC,
) -> Rendered:
    blocks = localise_dates(blocks, tz)
    text = localise_dates(text, tz)
    if not blocks:
        body = Rendered(Text.from_markup(mrkdwn_to_markup(text)))
    else:
        body = render_blocks(blocks, first_number=first_number)
    return Rendered(
        Panel(
            body.renderable,
            title=escape(title) if title else None,
            title_align="left",
            border_style=style,
        ),
        body.choices,
    )
