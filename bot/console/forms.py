"""A modal's input blocks asked for one at a time in the terminal, answered as Slack would
send them back (``view.state.values``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from bot.core.i18n import t

_CANCEL = object()


@dataclass
class ModalForm:
    read: Callable[[str], str | None]
    out: Console
    lang: str
    add_file: Callable[[str, bytes], str]
    # The date a date picker offers when the modal sets none (ISO).
    today: str

    def fill(self, view: dict[str, Any], *, ask_first: bool = True) -> dict[str, Any] | None:
        """The values typed, or None when the user cancelled ("-" or end of input). A form
        without fields asks Enter or "-" first unless that was asked already (``ask_first``)."""
        inputs = [b for b in view.get("blocks", []) if b.get("type") == "input"]
        submit = (view.get("submit") or {}).get("text", "OK")
        close = (view.get("close") or {}).get("text", "Avbryt")
        if not inputs and not ask_first:
            return {}
        if not inputs:
            answer = self.read(t("console.confirm", self.lang, submit=submit, close=close))
            return None if answer is None or answer.strip() == "-" else {}
        self.out.print(t("console.fill_in", self.lang, close=close))
        values: dict[str, Any] = {}
        for block in inputs:
            element = block.get("element", {})
            label = (block.get("label") or {}).get("text", "")
            value = self._ask(element, label, optional=bool(block.get("optional")))
            if value is _CANCEL:
                return None
            values[block.get("block_id", "")] = {element.get("action_id", ""): value}
        return values

    def _ask(self, element: dict[str, Any], label: str, *, optional: bool) -> Any:
        kind = element.get("type")
        if kind == "datepicker":
            # An optional date left empty stays empty; a required one defaults to today.
            default = element.get("initial_date") or (None if optional else self.today)
            answer = self.read(f"{label} [{default or ''}]: ")
            if answer is None or answer.strip() == "-":
                return _CANCEL
            return {"type": kind, "selected_date": answer.strip() or default}
        if kind in ("static_select", "radio_buttons"):
            options = element.get("options", [])
            for index, option in enumerate(options, start=1):
                self.out.print(f"  {index}. {escape(option['text']['text'])}")
            answer = self.read(f"{label} [1-{len(options)}]: ")
            if answer is None or answer.strip() == "-":
                return _CANCEL
            chosen = (
                options[int(answer) - 1]
                if answer.strip().isdigit() and 0 < int(answer) <= len(options)
                else element.get("initial_option")
            )
            return {"type": kind, "selected_option": chosen}
        # A multi-select reads like checkboxes: the options listed, those chosen ticked.
        if kind in ("checkboxes", "multi_static_select"):
            options = element.get("options", [])
            initial = element.get("initial_options") or []
            for index, option in enumerate(options, start=1):
                mark = "☑" if option in initial else "☐"
                self.out.print(f"  {mark} {index}. {escape(option['text']['text'])}")
            answer = self.read(t("console.prompt_checkboxes", self.lang, label=label))
            if answer is None or answer.strip() == "-":
                return _CANCEL
            if not answer.strip():
                return {"type": kind, "selected_options": initial}
            numbers = {int(word) for word in answer.replace(",", " ").split() if word.isdigit()}
            chosen = [o for i, o in enumerate(options, start=1) if i in numbers]
            return {"type": kind, "selected_options": chosen}
        if kind == "file_input":
            answer = self.read(t("console.prompt_file", self.lang, label=label))
            if answer is None or answer.strip() == "-":
                return _CANCEL
            if not answer.strip():
                return {"type": kind, "files": []}
            path = Path(answer.strip()).expanduser()
            try:
                data = path.read_bytes()
            except OSError:
                self.out.print(t("console.no_file", self.lang, path=escape(str(path))))
                return {"type": kind, "files": []}
            file_id = self.add_file(path.name, data)
            return {"type": kind, "files": [{"id": file_id, "name": path.name}]}
        initial = element.get("initial_value")
        prompt = label + (t("console.optional", self.lang) if optional else "")
        shown = f" [{_one_line(initial)}]" if initial else ""
        answer = self.read(f"{prompt}{shown}: ")
        if answer is None or answer.strip() == "-":
            return _CANCEL
        if answer == "" and initial:
            # Enter keeps what the form holds (a saved comment, a text to correct); a space
            # clears it.
            return {"type": kind or "plain_text_input", "value": initial}
        value = answer.replace("\\n", "\n").strip() or None
        return {"type": kind or "plain_text_input", "value": value}


def _one_line(text: str, limit: int = 60) -> str:
    """A form's current text in a prompt: one line, cut."""
    flat = " ".join(text.split())
    return escape(flat if len(flat) <= limit else flat[: limit - 1] + "…")
