"""How big the generated national dataset is, and the rows it writes in one round."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table


@dataclass(frozen=True)
class Scale:
    kommuner: int = 290
    regioner: int = 21
    years: int = 10
    audits_per_year: int = 8
    recommendations_per_audit: int = 6
    actions_per_recommendation: int = 2
    watched_share: float = 0.3

    @property
    def organisations(self) -> int:
        return self.kommuner + self.regioner

    @property
    def audits(self) -> int:
        return self.organisations * self.years * self.audits_per_year


@dataclass
class Rows:
    by_table: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: Table, row: dict[str, Any]) -> None:
        self.by_table.setdefault(table.name, []).append(row)

    def of(self, table: Table) -> list[dict[str, Any]]:
        return self.by_table.get(table.name, [])
