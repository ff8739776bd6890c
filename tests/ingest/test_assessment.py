"""Firms grade on different scales; Revisorbot filters and colours on one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest import normalise_assessment
from ingest.assessment import is_assessment_label, split_trailing_label


@pytest.mark.parametrize(
    ("label", "scale"),
    [
        ("Ja", "fulfilled"),
        ("Uppfyllt", "fulfilled"),
        ("uppfylld", "fulfilled"),
        ("I allt väsentligt", "largely"),
        ("I huvudsak", "largely"),
        ("Till stor del", "largely"),
        ("Delvis", "partly"),
        ("Delvis uppfyllt", "partly"),
        ("Till viss del", "partly"),
        ("Nej", "not"),
        ("Ej uppfyllt", "not"),
        ("Inte uppfyllt", "not"),
        ("  DELVIS UPPFYLLT. ", "partly"),
        ("<b>Ej uppfyllt</b>", "not"),
        ("Ja, med vissa brister", "fulfilled"),
    ],
)
def test_every_printed_label_maps_onto_the_scale(label: str, scale: str) -> None:
    assert normalise_assessment(label) == scale


@pytest.mark.parametrize("label", [None, "", "Ej bedömd", "Inte aktuellt", "Kanske", "—"])
def test_no_label_or_an_unknown_one_is_none(label) -> None:
    assert normalise_assessment(label) is None


def test_a_label_printed_after_its_question_is_split_off() -> None:
    assert split_trailing_label("Följs rutinerna? Delvis") == ("Följs rutinerna?", "Delvis")
    assert split_trailing_label("Följs rutinerna? (Socialnämnden) Ej uppfyllt") == (
        "Följs rutinerna? (Socialnämnden)",
        "Ej uppfyllt",
    )


def test_a_question_without_a_label_is_left_alone() -> None:
    assert split_trailing_label("Sker det en uppföljning?") == ("Sker det en uppföljning?", None)
    assert split_trailing_label("Är det ja eller nej") == ("Är det ja eller nej", None)


def test_only_a_bare_label_is_a_label() -> None:
    assert is_assessment_label("Delvis uppfyllt.")
    assert not is_assessment_label("Delvis uppfyllt men med stora brister i dokumentationen")


@given(st.text())
def test_any_text_gives_a_scale_or_none(text: str) -> None:
    assert normalise_assessment(text) in {None, "fulfilled", "largely", "partly", "not"}
