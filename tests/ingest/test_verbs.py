"""Verbs that open a piece of advice, told by their form."""

from __future__ import annotations

import pytest

from ingest.verbs import imperative, opens_advice


@pytest.mark.parametrize("word", ["Inför", "Säkerställ", "Följ", "Ta", "Gå", "Se"])
def test_imperatives_long_and_short(word: str) -> None:
    assert imperative(word)


@pytest.mark.parametrize("word", ["Utifrån", "Nämnden", "Det", "Vi", "Granskningen"])
def test_words_that_are_not_imperatives(word: str) -> None:
    assert not imperative(word) and not opens_advice(word)


@pytest.mark.parametrize(
    "word",
    ["Säkerställa", "Utveckla", "Utvecklar", "Tillser", "Att", "Ta", "införa", "genomföra", "göra"],
)
def test_the_forms_that_open_an_item_of_advice(word: str) -> None:
    # införa and genomföra: a stem ending in r has no -r present tense ("inför").
    assert opens_advice(word)


@pytest.mark.parametrize("word", ["kvinna", "gata", "andra", "bara", "sedan", "Kommunen"])
def test_words_ending_like_an_infinitive_that_are_not_verbs(word: str) -> None:
    assert not opens_advice(word)
