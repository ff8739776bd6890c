"""What the user reads when a row is not found: a word for every kind of row, in sv and en."""

from __future__ import annotations

import pytest

from bot.blocks.errors import explain
from storage.base import Base
from storage.errors import NotFound

ENTITIES = sorted(mapper.class_.__tablename__ for mapper in Base.registry.mappers)


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_row_a_not_found_can_name_has_its_word_in_both_languages(entity: str) -> None:
    swedish, _ = explain(NotFound(entity, 41), "sv")
    english, _ = explain(NotFound(entity, 41), "en")
    assert swedish.text.startswith("Hittade ingen") or swedish.text.startswith("Hittade inget")
    assert swedish.text.endswith("med id 41.")
    assert english.text.startswith("There is no ") and english.text.endswith("with id 41.")
