"""Messages sent through a response_url, whose refusals are logged rather than lost."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.context.respond import Respond

log = logging.getLogger(__name__)


def reply(respond: Respond, **message: Any) -> bool:
    """Send ``message``; Slack refusing it (an expired or used-up response_url, blocks it
    will not take) answers with an HTTP error, not an exception: say so in the log."""
    sent = respond(**message)
    if sent.status_code != 200:
        log.warning("response_url refused a message (%s): %s", sent.status_code, sent.body)
        return False
    return True
