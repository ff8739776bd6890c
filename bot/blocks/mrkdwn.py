"""Text from documents and users, made safe for Slack mrkdwn (SPEC §5)."""

from __future__ import annotations


def escape(text: str) -> str:
    """Escape the three characters Slack treats as markup: ``<!channel>`` is shown, not sent."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] or flat[: limit - 1]
    return cut + "…"
