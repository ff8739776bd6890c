"""`make eval`: the scorer's own rules, and the importer held to the issue's targets."""

from __future__ import annotations

import json

import pytest

from bench.eval import Tally, evaluate
from bench.eval.__main__ import main, summary
from bench.eval.run import OWN_SET, corpus_dir
from bench.eval.scoring import pair, same_names, same_text, tally_value
from bench.eval.targets import unmet


def test_a_list_marker_and_the_closing_comma_do_not_count() -> None:
    assert same_text("– Inför en rutin för   attestering,", "Inför en rutin för attestering")
    assert same_text("b) Inför en rutin för attestering.", "inför en rutin för attestering")
    assert not same_text("Inför en rutin för attestering av fakturor", "Inför en rutin")


def test_a_bullet_that_goes_on_to_explain_itself_is_still_the_recommendation() -> None:
    found = "Se över delegationsordningen. Den är från 2009. Är den aktuell?"
    assert same_text(found, "Se över delegationsordningen.")
    assert not same_text("Se över delegationsordningen och bisysslorna.", "Se över delegationen")


def test_board_names_compare_in_any_order_and_case() -> None:
    assert same_names(["Kulturnämnden", "kommunstyrelsen"], ["Kommunstyrelsen", "Kulturnämnden"])
    assert not same_names(["Kulturnämnden"], ["Kulturnämnden", "Kommunstyrelsen"])


def test_each_expected_item_takes_one_found_item() -> None:
    pairs, extra, missing = pair(["a", "a", "b"], ["a", "c"], lambda g, w: g == w)
    assert pairs == [("a", "a")] and extra == ["a", "b"] and missing == ["c"]


def test_a_wrong_value_is_both_a_miss_and_an_invention() -> None:
    assert tally_value("2024-05-01", "2024-05-31", str.__eq__) == Tally(missed=1, extra=1)
    assert tally_value(None, None, str.__eq__) == Tally()
    assert tally_value("x", None, str.__eq__) == Tally(extra=1)


def test_without_a_corpus_eval_says_so(tmp_path, capsys) -> None:
    assert main(["--corpus", str(tmp_path / "nowhere")]) == 2
    assert "No corpus" in capsys.readouterr().out


_CORPUS = corpus_dir()
needs_corpus = pytest.mark.skipif(_CORPUS is None, reason="no ../shared/corpus")


@pytest.mark.corpus
@needs_corpus
def test_the_json_output_carries_every_field(capsys) -> None:
    assert main(["--json", "-"]) == 0
    [scores] = json.loads(capsys.readouterr().out)
    assert scores["form"] == "text"
    assert {"recommendations", "responders", "negatives clean"} <= set(scores["parts"]["real"])
    assert scores["parts"]["reports"]["actions"]["hit"] == 21


@pytest.mark.corpus
@needs_corpus
def test_the_importer_meets_the_issues_targets() -> None:
    scores = evaluate(_CORPUS)
    assert not unmet(scores), "\n".join(summary([scores]))


@pytest.mark.corpus
@needs_corpus
def test_our_own_texts_are_scored_as_a_third_part() -> None:
    """Every recommendation, deadline and negative case written in cases.json is scored: the
    counts follow the file, so adding a text does not break the test, and dropping one from
    the scoring does."""
    cases = json.loads((OWN_SET / "cases.json").read_text(encoding="utf-8"))
    wanted = [case["expected"] for case in cases]
    own = evaluate(_CORPUS).parts["own"]
    assert own["recommendations"].expected == sum(len(w["recommendations"]) for w in wanted)
    assert own["response deadline"].expected == sum(bool(w["response_deadline"]) for w in wanted)
    negatives = [
        w
        for w in wanted
        if not w["recommendations"] and not w["response_from"] and not w["response_deadline"]
    ]
    assert own["negatives clean"].expected == len(negatives) > 0
