"""Text from documents and users, made safe for Slack mrkdwn (SPEC §5)."""

from __future__ import annotations

from bot.core.plaintext import shorten as shorten  # re-exported: mrkdwn is shortened alike


def escape(text: str) -> str:
    """Escape the three characters Slack treats as markup: ``<!channel>`` is shown, not sent."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
