"""Message catalogues, one module per language; keys must agree across languages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Plural:
    """A message whose words follow a count: the parameter ``by`` picks the form, by the
    language's CLDR plural rules (Babel; Swedish and English have "one" and "other")."""

    by: str
    one: str
    other: str

    def form(self, category: str) -> str:
        return self.one if category == "one" else self.other
