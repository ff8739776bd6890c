"""Errors as types: a UserFacingError carries a message key; one handler turns it into an answer."""

from __future__ import annotations


class UserFacingError(Exception):
    """Something the user can act on; ``key`` names a string in the message catalogue."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class PermissionDenied(UserFacingError):
    def __init__(self) -> None:
        super().__init__("error.permission_denied")
