"""With the seed reports loaded, the answers show what an auditor asks for in a meeting."""

from __future__ import annotations

import pytest

from storage.bodies import lookup_key
from tests.support.blockkit import all_text
from tests.support.slack_app import EDITOR, Slack

pytestmark = pytest.mark.corpus

KNIVSTA = "003_3d467266c3c08858"
VALLENTUNA = "002_5fa02c150640d98f"


def _start(text: str, words: int = 6) -> str:
    """The first words of a stored text, read from the corpus at run time: enough to know it."""
    return " ".join(text.split()[:words])


def every_page(slack: Slack, answer: dict) -> str:
    """The text of an answer and of each page reached by pressing Nästa."""
    return "\n".join(all_text(blocks) for blocks in slack.pages(answer))


def test_visa_shows_the_knivsta_audit_on_one_screen(slack: Slack, corpus_loaded) -> None:
    expected = corpus_loaded[KNIVSTA]
    answer = slack.command("visa knivsta integration")
    text = all_text(answer["blocks"])

    assert answer["response_type"] == "ephemeral"
    assert expected["title"] in text and "Knivsta kommun" in text and "PwC" in text
    assert "tis 13 november 2018" in text
    # The response deadline, in Swedish with its weekday, for both bodies asked.
    assert text.count("frist sön 31 mars 2019") == 2
    # Every "Ej uppfyllt" question is marked red.
    not_fulfilled = [q for q in expected["questions"] if q["assessment"] == "Ej uppfyllt"]
    assert len(not_fulfilled) == 2
    assert text.count(":red_circle: *Ej uppfyllt*") == 2
    assert ":large_yellow_circle: *Delvis uppfyllt*" in text
    assert ":large_green_circle: *Uppfyllt*" in text
    for recommendation in expected["recommendations"]:
        assert lookup_key(_start(recommendation["text"])) in lookup_key(text)
    assert "Rekommendationer (6)" in text and "Åtgärder (21)" in text
    assert "Till: Kommunstyrelsen, berörda nämnder" in text
    assert len(answer["blocks"]) <= 50


def test_visa_forgives_case_accents_prefixes_and_typos(slack: Slack, corpus_loaded) -> None:
    title = corpus_loaded[KNIVSTA]["title"]
    for query in ("KNIVSTA Integration", "knivsta integr", "knivsta integartion", "Knivsta kommun"):
        assert title in all_text(slack.command(f"visa {query}")["blocks"]), query
    untitled = all_text(slack.command("show vallentuna 2024")["blocks"])
    assert "Granskning utan titel (2024, PwC)" in untitled


def test_an_audit_title_shared_by_two_organisations_asks_which(slack: Slack, corpus_loaded) -> None:
    answer = slack.command("visa integration")
    text = all_text(answer["blocks"])
    assert "Vilken menar du?" in text
    assert "Knivsta kommun" in text and "Vänersborgs kommun" in text
    show_buttons = [b["accessory"] for b in answer["blocks"] if "accessory" in b]
    assert {b["action_id"] for b in show_buttons} == {"open_audit"}


def test_nothing_matching_suggests_what_was_meant(slack: Slack, corpus_loaded) -> None:
    text = all_text(slack.command("visa knivsta budget")["blocks"])
    assert "Hittade ingen granskning" in text
    assert "Menade du *Knivsta kommun: " + corpus_loaded[KNIVSTA]["title"] in text
    assert "Menade du *visa*?" in all_text(slack.command("visaa knivsta")["blocks"])


def test_rek_vallentuna_lists_its_three_recommendations(slack: Slack, corpus_loaded) -> None:
    expected = corpus_loaded[VALLENTUNA]["recommendations"]
    text = all_text(slack.command("rek vallentuna")["blocks"])
    assert len(expected) == 3
    for recommendation in expected:
        assert _start(recommendation["text"]) in text
    assert text.count("Till: Barn- och ungdomsnämnden") == 2
    assert text.count("Till: Socialnämnden") == 1


def test_rek_by_board_abbreviation_within_an_organisation(slack: Slack, corpus_loaded) -> None:
    text = all_text(slack.command("rek vallentuna BUN")["blocks"])
    assert text.count("Till: Barn- och ungdomsnämnden") == 2
    assert "Till: Socialnämnden" not in text


def test_oppna_socialnamnden_spans_organisations(slack: Slack, corpus_loaded) -> None:
    vallentuna = corpus_loaded[VALLENTUNA]["recommendations"]
    knivsta_sn_actions = [
        action
        for response in corpus_loaded[KNIVSTA]["responses"]
        for action in response["actions"]
        if action["board"] and "SN" in action["board"]
    ]
    text = every_page(slack, slack.command("öppna socialnamnden"))

    assert "Socialnämnden (Knivsta kommun, Vallentuna kommun)" in text
    to_social = [r for r in vallentuna if r["addressee"] == ["Socialnämnden"]]
    assert _start(to_social[0]["text"]) in text
    assert knivsta_sn_actions
    for action in knivsta_sn_actions:
        assert lookup_key(_start(action["action"])) in lookup_key(text)


def test_english_alias_and_locale_answer_in_english(slack: Slack, fake_slack, corpus_loaded):
    fake_slack.user_locales["U0ENGLISH"] = "en-GB"
    text = all_text(slack.command("show knivsta integration", user="U0ENGLISH")["blocks"])
    assert "Sun 31 March 2019" in text and "Overall assessment" in text
    assert "Share in channel" in text


def test_editors_get_the_controls_readers_do_not(slack: Slack, corpus_loaded) -> None:
    def controls(answer: dict) -> set[str]:
        return {b["accessory"]["action_id"] for b in answer["blocks"] if "accessory" in b}

    assert controls(slack.command("visa knivsta integration", user=EDITOR)) == {
        "action_status",
        "recommendation_status",
    }
    assert controls(slack.command("visa knivsta integration")) == set()


def test_sok_ranks_hits_with_their_audit(slack: Slack, corpus_loaded) -> None:
    answer = slack.command("sök orosanmälan")
    text = all_text(answer["blocks"])
    assert "Sökträffar" in text and "Vallentuna kommun" in text
    buttons = [b["accessory"] for b in answer["blocks"] if "accessory" in b]
    assert buttons and all(b["action_id"] == "open_audit" for b in buttons)


def test_granskningar_filters_by_organisation_and_year(slack: Slack, corpus_loaded) -> None:
    text = all_text(slack.command("granskningar knivsta 2018")["blocks"])
    assert corpus_loaded[KNIVSTA]["title"] in text
    assert "Vännäs" not in text
    everything = all_text(slack.command("audits")["blocks"])
    assert all(data["organisation"] in everything for data in corpus_loaded.values())


def test_atgarder_lists_an_audits_actions_by_response(slack: Slack, corpus_loaded) -> None:
    text = every_page(slack, slack.command("åtgärder knivsta integration"))
    assert "Ur yttrandet från *Socialnämnden*" in text
    assert "Ur yttrandet från *Kommunstyrelsen*" in text
    assert text.count(":red_circle:") == 21
    assert "tis 31 december 2019" in text


def test_opening_an_audit_from_a_list(slack: Slack, fake_slack, corpus_loaded) -> None:
    answer = slack.command("granskningar vallentuna")
    button = next(b["accessory"] for b in answer["blocks"] if "accessory" in b)
    slack.click(button | {"block_id": "x"})
    shown = slack.responses()[-1]
    assert shown["replace_original"] is False
    assert "Granskning utan titel (2024, PwC)" in all_text(shown["blocks"])
