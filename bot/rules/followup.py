"""What an auditor types into a follow-up assessment, read and checked before anything is saved."""

from __future__ import annotations

import re

from bot.core.errors import UserFacingError
from storage.enums import FollowUpAssessment

COMMENT_MAX = 2000
EVIDENCE_MAX = 500
# The order the choices are offered and counted in.
ASSESSMENTS = tuple(FollowUpAssessment)

_URL = re.compile(r"^https?://[^\s<>|\"]+$", re.IGNORECASE)
_SLACK_FILE = re.compile(r"^F[A-Z0-9]{6,20}$")
_FIRST_YEAR = 1990


def parse_assessment(value: str | None) -> str:
    if value not in set(FollowUpAssessment):
        raise UserFacingError("slack.follow_up.choose")
    return value


def parse_comment(text: str | None) -> str:
    """The comment, its lines kept, trailing spaces dropped; required."""
    comment = "\n".join(line.rstrip() for line in (text or "").strip().splitlines())
    if not comment:
        raise UserFacingError("slack.follow_up.no_comment")
    if len(comment) > COMMENT_MAX:
        raise UserFacingError("slack.follow_up.comment_too_long", limit=COMMENT_MAX)
    return comment


def parse_evidence(text: str | None) -> str | None:
    """A link (https://…, a Slack message's permalink too) or a Slack file id (F…), or nothing.

    Anything else is refused: it is shown as a link, so it must be one.
    """
    evidence = (text or "").strip()
    if not evidence:
        return None
    if len(evidence) > EVIDENCE_MAX:
        raise UserFacingError("slack.follow_up.bad_evidence")
    # Slack sends a pasted link as typed, or in angle brackets when it recognised one.
    if evidence.startswith("<") and evidence.endswith(">"):
        evidence = evidence[1:-1].split("|", 1)[0]
    if _URL.match(evidence) or _SLACK_FILE.match(evidence.upper()):
        return evidence if _URL.match(evidence) else evidence.upper()
    raise UserFacingError("slack.follow_up.bad_evidence")


def is_link(evidence: str) -> bool:
    return bool(_URL.match(evidence))


def check_year(year: int, this_year: int) -> int:
    """A round's year: not before the first audits anyone keeps, not past next year."""
    if not _FIRST_YEAR <= year <= this_year + 1:
        raise UserFacingError("slack.follow_up.bad_year", year=year, last=this_year + 1)
    return year
