"""Errors as types: a UserFacingError carries a message key; one handler turns it into an answer."""

from __future__ import annotations

from collections.abc import Sequence


class UserFacingError(Exception):
    """Something the user can act on; ``key`` names a string in the message catalogue."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
        # The form field it is about, if any: a modal shows the message under that field.
        self.field: str | None = None

    def at(self, field: str) -> UserFacingError:
        self.field = field
        return self


class PermissionDenied(UserFacingError):
    def __init__(self) -> None:
        super().__init__("error.permission_denied")


class EditorNotKnown(UserFacingError):
    """Slack has not yet said whether the user belongs to an editors' user group."""

    def __init__(self) -> None:
        super().__init__("error.editor_not_known")


class NoMatch(UserFacingError):
    """Nothing matched what the user typed; ``suggestions`` are the nearest names ("Menade du")."""

    def __init__(self, kind: str, query: str, suggestions: Sequence[object] = ()) -> None:
        super().__init__(f"match.none.{kind}", query=query)
        self.kind = kind
        self.query = query
        self.suggestions = tuple(suggestions)


class NoWords(UserFacingError):
    """What was typed has no letter or digit ("💥💥"): nothing to match, so nothing is listed;
    ``usage`` names the sub-command's example (``slack.missing.<usage>``)."""

    def __init__(self, query: str, usage: str) -> None:
        super().__init__("match.no_words", query=query)
        self.usage = usage


class Ambiguous(UserFacingError):
    """Several audits fit equally well; ``choices`` (AuditRef) are offered to pick from."""

    def __init__(self, query: str, choices: Sequence[object]) -> None:
        super().__init__("match.ambiguous", query=query)
        self.query = query
        self.choices = tuple(choices)
