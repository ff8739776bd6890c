"""Errors the storage layer raises for the layers above to explain to the user."""

from __future__ import annotations


class StorageError(Exception):
    """A request the data cannot satisfy; ``code`` is a message key of the catalogue."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class NotFound(StorageError):
    def __init__(self, entity: str, entity_id: object) -> None:
        super().__init__("not_found", entity=entity, entity_id=entity_id)
