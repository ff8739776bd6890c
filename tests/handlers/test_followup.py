"""A follow-up round driven as Slack drives it, through signed requests: an editor starts it,
auditors assess recommendations (two at once, one of them with a stale form), it is shared
and its Word drafts are posted; a reader can see it all but change nothing."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.orm import Session, sessionmaker

from storage import history
from tests.conftest import TEAM
from tests.support.blockkit import all_text, assert_valid_blocks
from tests.support.documents import read_docx
from tests.support.followup import load_angsby, load_many
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, GROUP_MEMBER, READER, Slack
from tests.support.slack_requests import dispatch, interaction_body, view_submission_payload


@pytest.fixture
def angsby(session_factory: sessionmaker[Session]) -> dict[str, int]:
    return load_angsby(session_factory, team_id=TEAM)


def _buttons(message: dict, action_id: str) -> list[dict]:
    """Every button with this action id, each with the block id it sits in."""
    found = []
    for block in message["blocks"]:
        elements = [block["accessory"]] if "accessory" in block else block.get("elements", [])
        for element in elements:
            if isinstance(element, dict) and element.get("action_id") == action_id:
                found.append({**element, "block_id": block.get("block_id", "")})
    return found


def _values(
    assessment: str | None, comment: str | None, evidence: str | None = None
) -> dict[str, dict]:
    chosen = {"value": assessment} if assessment else None
    return {
        "assessment": {"value": {"type": "radio_buttons", "selected_option": chosen}},
        "comment": {"value": {"type": "plain_text_input", "value": comment}},
        "evidence": {"value": {"type": "plain_text_input", "value": evidence}},
    }


def _open_form(slack: Slack, fake: FakeSlackAPI, button: dict, *, user: str) -> dict:
    slack.click(button, user=user)
    return fake.calls_to("views.open")[-1].view


def test_an_editor_starts_the_round_and_assesses_and_the_round_shows_it(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory, angsby
) -> None:
    answer = slack.command("uppföljning ängsby 2030", user=EDITOR)
    shown = all_text(answer["blocks"])
    assert answer["blocks"][0]["text"]["text"] == "Uppföljning 2030 – Ängsby kommun"
    assert "*0 av 5 bedömda*" in shown
    assert "Uppföljningen 2030 är startad. Den omfattar rekommendationerna" in shown
    # Each recommendation with the board's response, its actions, their due dates and status.
    assert (
        "Yttranden: Socialnämnden 2028-11-20 (SN-2028/77), Kommunstyrelsen 2028-11-25 "
        "(KS-2028/301)" in shown
    )
    assert (
        ":large_yellow_circle: Ett schemaverktyg upphandlas och tas i bruk. "
        "(senast juni 2029) — Pågår" in shown
    )
    assert "_Till: Socialnämnden, Kommunstyrelsen_" in shown  # "berörda nämnder"
    assess = _buttons(answer, "follow_up_assess")
    assert [b["text"]["text"] for b in assess] == ["Bedöm"] * 5

    form = _open_form(slack, fake_slack, assess[0], user=EDITOR)
    assert form["title"]["text"] == "Bedöm rekommendation"
    assert "Inför ett gemensamt schemaverktyg för hemtjänsten." in all_text(form["blocks"])
    done = slack.submit(
        form,
        _values("partly_fixed", "Verktyget är köpt men används i två av fem grupper.", "F0ABC1234"),
        user=EDITOR,
    )
    assert done == {}
    redrawn = slack.responses()[-1]
    assert redrawn["replace_original"] is True
    shown = all_text(redrawn["blocks"])
    assert "*1 av 5 bedömda* · :large_yellow_circle: Delvis åtgärdade 1" in shown
    assert (
        ":large_yellow_circle: *Delvis åtgärdad* — Verktyget är köpt men används i två av fem "
        "grupper. · underlag: Slack-fil F0ABC1234 _(<@U0EDITOR>, <!date^" in shown
    )
    assert [b["text"]["text"] for b in _buttons(redrawn, "follow_up_assess")][:2] == [
        "Ändra bedömning",
        "Bedöm",
    ]
    with session_factory() as session:
        (logged,) = [
            c
            for c in history.changes(session, team_id=TEAM, entity="follow_up_item")
            if c.field == "assessment"
        ]
    assert (logged.actor, logged.new_value) == (EDITOR, "partly_fixed")

    # The audit itself (`visa`) now shows the latest follow-up under the recommendation.
    shown = all_text(slack.command(f"visa #{angsby['home_care']}", user=READER)["blocks"])
    assert "Uppföljning 2030: :large_yellow_circle: *Delvis åtgärdad* — Verktyget är köpt" in shown


def test_a_reader_sees_the_round_but_cannot_start_it_or_assess(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory, angsby
) -> None:
    refused = slack.command("uppföljning ängsby", user=READER)
    assert "Uppföljningen 2030 för Ängsby kommun är inte startad" in refused["text"]

    editors = slack.command("uppföljning ängsby", user=EDITOR)
    seen = slack.command("uppföljning ängsby", user=READER)
    assert "*0 av 5 bedömda*" in all_text(seen["blocks"])
    assert _buttons(seen, "follow_up_assess") == []
    assert _buttons(seen, "follow_up_choose_audits") == []
    assert [b["text"]["text"] for b in _buttons(seen, "follow_up_report")] == ["Rapport i Word"]

    # A button copied from an editor's answer, pressed by the reader, opens nothing.
    slack.click(_buttons(editors, "follow_up_assess")[0], user=READER)
    assert fake_slack.calls_to("views.open") == []
    assert slack.responses()[-1]["text"].startswith("Du kan läsa allt men inte ändra något")
    # Nor does a form submitted in their name save anything.
    form = _open_form(slack, fake_slack, _buttons(editors, "follow_up_assess")[0], user=EDITOR)
    refused = slack.submit(form, _values("fixed", "Klart."), user=READER)
    assert refused["response_action"] == "errors"
    with session_factory() as session:
        assert history.changes(session, team_id=TEAM, entity="follow_up_item") == []


def test_two_editors_in_one_round_and_a_stale_form_is_not_saved_over_a_newer_assessment(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory, angsby
) -> None:
    anna, bo = EDITOR, GROUP_MEMBER  # GROUP_MEMBER edits through the editors' user group
    first = _buttons(slack.command("uppföljning ängsby 2030", user=anna), "follow_up_assess")[0]
    annas_form = _open_form(slack, fake_slack, first, user=anna)
    bos_form = _open_form(slack, fake_slack, first, user=bo)

    assert slack.submit(annas_form, _values("fixed", "Används i alla grupper."), user=anna) == {}
    told = slack.submit(bos_form, _values("not_fixed", "Inget verktyg ännu."), user=bo)
    assert told["response_action"] == "update"
    warning = all_text(told["view"]["blocks"])
    assert "<@U0EDITOR> sparade en bedömning av den här rekommendationen" in warning
    assert ":large_green_circle: *Åtgärdad* — Används i alla grupper." in warning
    # What Bo typed is still in the form, for him to save over deliberately or drop.
    assert told["view"]["blocks"][-2]["element"]["initial_value"] == "Inget verktyg ännu."
    assert told["view"]["blocks"][-3]["element"]["initial_option"]["value"] == "not_fixed"
    with session_factory() as session:
        logged = history.changes(session, team_id=TEAM, entity="follow_up_item")
    assert {c.actor for c in logged} == {anna}

    # Having seen Anna's, Bo saves the form he was given back: now it replaces hers.
    assert slack.submit(told["view"], _values("not_fixed", "Inget verktyg ännu."), user=bo) == {}
    shown = all_text(slack.command("uppföljning ängsby 2030", user=anna)["blocks"])
    assert ":red_circle: *Ej åtgärdad* — Inget verktyg ännu. _(<@U0GROUPIE>" in shown


def test_two_editors_saving_different_recommendations_at_the_same_moment(
    slack: Slack, fake_slack: FakeSlackAPI, angsby
) -> None:
    buttons = _buttons(slack.command("uppföljning ängsby 2030", user=EDITOR), "follow_up_assess")
    forms = [
        (_open_form(slack, fake_slack, buttons[0], user=EDITOR), EDITOR, "Av Anna."),
        (_open_form(slack, fake_slack, buttons[1], user=GROUP_MEMBER), GROUP_MEMBER, "Av Bo."),
    ]
    barrier = threading.Barrier(len(forms))
    statuses = []

    def submit(form: dict, user: str, comment: str) -> None:
        payload = view_submission_payload(form, values=_values("fixed", comment), user=user)
        body = interaction_body(payload)
        barrier.wait()
        statuses.append(dispatch(slack.app, body).status)

    threads = [threading.Thread(target=submit, args=form) for form in forms]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200, 200]
    shown = all_text(slack.command("uppföljning ängsby 2030", user=READER)["blocks"])
    assert "*2 av 5 bedömda*" in shown
    assert "Av Anna. _(<@U0EDITOR>" in shown and "Av Bo. _(<@U0GROUPIE>" in shown


@pytest.mark.parametrize(
    ("values", "field", "says"),
    [
        (_values(None, "Klart."), "assessment", "Välj en bedömning."),
        (_values("fixed", "   "), "comment", "Skriv en kommentar"),
        (_values("fixed", "Klart.", "protokollet i pärmen"), "evidence", "ska vara en länk"),
        (_values("fixed", "Klart.", "javascript:alert(1)"), "evidence", "ska vara en länk"),
    ],
)
def test_a_form_filled_in_wrongly_says_where_and_saves_nothing(
    slack: Slack, fake_slack: FakeSlackAPI, session_factory, angsby, values, field, says
) -> None:
    button = _buttons(slack.command("uppföljning ängsby", user=EDITOR), "follow_up_assess")[0]
    form = _open_form(slack, fake_slack, button, user=EDITOR)
    refused = slack.submit(form, values, user=EDITOR)
    assert refused["response_action"] == "errors"
    assert list(refused["errors"]) == [field] and says in refused["errors"][field]
    with session_factory() as session:
        assert history.changes(session, team_id=TEAM, entity="follow_up_item") == []


def test_an_evidence_link_and_a_comment_with_markup_are_shown_safely(
    slack: Slack, fake_slack: FakeSlackAPI, angsby
) -> None:
    button = _buttons(slack.command("uppföljning ängsby", user=EDITOR), "follow_up_assess")[0]
    form = _open_form(slack, fake_slack, button, user=EDITOR)
    slack.submit(
        form,
        _values("fixed", "Se <!channel> & protokoll", "https://example.se/p?a=1&b=2"),
        user=EDITOR,
    )
    shown = all_text(slack.responses()[-1]["blocks"])
    assert "Se &lt;!channel&gt; &amp; protokoll · <https://example.se/p?a=1&amp;b=2|underlag>" in (
        shown
    )


def test_the_round_is_shared_in_the_channel_without_its_controls(
    slack: Slack, fake_slack: FakeSlackAPI, angsby
) -> None:
    answer = slack.command("uppföljning ängsby", user=EDITOR)
    (share,) = _buttons(answer, "share_in_channel")
    slack.click(share, user=EDITOR)
    posted = fake_slack.calls_to("chat.postMessage")[-1].body
    assert posted["channel"] == "C0TEAM"
    blocks = posted["blocks"]
    assert "*0 av 5 bedömda*" in all_text(blocks)
    assert f"Delat av <@{EDITOR}>" in all_text(blocks)
    assert _buttons({"blocks": blocks}, "follow_up_assess") == []
    assert _buttons({"blocks": blocks}, "follow_up_choose_audits") == []


def test_an_editor_chooses_the_audits_of_the_round(
    slack: Slack, fake_slack: FakeSlackAPI, angsby
) -> None:
    answer = slack.command("uppföljning ängsby", user=EDITOR)
    form = _open_form(slack, fake_slack, _buttons(answer, "follow_up_assess")[0], user=EDITOR)
    slack.submit(form, _values("fixed", "Klart."), user=EDITOR)

    (choose,) = _buttons(answer, "follow_up_choose_audits")
    slack.click(choose, user=EDITOR)
    form = fake_slack.calls_to("views.open")[-1].view
    select = form["blocks"][1]["element"]
    assert [o["text"]["text"] for o in select["options"]] == [
        "2029 · Granskning av lokalförsörjningen",
        "2028 · Granskning av hemtjänstens planering",
        "2029 · Granskning av elevhälsans samverkan",
        "2029 · Granskning av direktupphandlingar",
    ]
    assert [o["value"] for o in select["initial_options"]] == [
        str(angsby["premises"]),
        str(angsby["home_care"]),
    ]
    # Procurement in, home care out: its assessed recommendation stays.
    premises, _, _, procurement = select["options"]
    slack.submit(
        form,
        {
            "audits": {
                "value": {
                    "type": "multi_static_select",
                    "selected_options": [premises, procurement],
                }
            }
        },
        user=EDITOR,
    )
    shown = all_text(slack.responses()[-1]["blocks"])
    assert "*1 av 5 bedömda*" in shown
    assert "Dokumentera varje direktupphandling över 100 000 kr." in shown
    assert "Inför ett gemensamt schemaverktyg för hemtjänsten." in shown  # assessed, kept
    assert "Följ upp kontinuiteten för brukarna varje kvartal." not in shown


def test_a_round_of_sixty_recommendations_is_paged_within_slacks_limits(
    slack: Slack, session_factory
) -> None:
    load_many(session_factory, team_id=TEAM, audits=10, per_audit=6)
    answer = slack.command("uppföljning storvik 2030", user=EDITOR)
    seen: list[str] = []
    pages = 0
    while True:
        pages += 1
        assert len(answer["blocks"]) <= 50
        assert_valid_blocks(answer["blocks"])
        assert "*0 av 60 bedömda*" in all_text(answer["blocks"])
        seen += [b["value"] for b in _buttons(answer, "follow_up_assess")]
        following = _buttons(answer, "page_next")
        if not following:
            break
        slack.click(following[0], user=EDITOR)
        answer = slack.responses()[-1]
    assert len(seen) == len(set(seen)) == 60
    assert pages == 5
    assert "Sida 5 av 5" in all_text(answer["blocks"])


def test_the_rounds_buttons_post_the_word_drafts_in_the_channel(
    slack: Slack, fake_slack: FakeSlackAPI, angsby
) -> None:
    answer = slack.command("uppföljning ängsby 2030", user=EDITOR)
    form = _open_form(slack, fake_slack, _buttons(answer, "follow_up_assess")[3], user=EDITOR)
    slack.submit(form, _values("not_fixed", "Planen är inte beslutad."), user=EDITOR)

    slack.click(_buttons(answer, "follow_up_report")[0], user=READER)
    name, data = next(iter(fake_slack.uploads.items()))
    assert name == "uppfoljning-angsby-kommun-2030-2030-03-13.docx"
    report = read_docx(data)
    assert report.title == "Uppföljning av tidigare granskningar 2030"
    assert report.table_after("Bedömningar")[3] == ["Ej åtgärdad", "1", "20 %"]
    assert report.table_after("Bedömningar")[5] == ["Ej bedömd", "4", "80 %"]
    shared = fake_slack.calls_to("files.completeUploadExternal")[-1].body
    assert shared["channel_id"] == "C0TEAM"
    assert slack.responses()[-1]["text"] == (
        "Klart – Uppföljning 2030 – Ängsby kommun finns nu i kanalen."
    )
    assert slack.responses()[-1]["replace_original"] is False  # the round stays on screen

    fake_slack.uploads.clear()
    slack.click(_buttons(answer, "statement_report")[0], user=READER)
    name, data = next(iter(fake_slack.uploads.items()))
    assert name.startswith("underlag-revisionsberattelse-angsby-kommun-2030-")
    assert read_docx(data).title == "Underlag till revisionsberättelse 2030"


def test_the_round_in_english_for_an_english_speaking_editor(
    slack: Slack, fake_slack: FakeSlackAPI, angsby
) -> None:
    fake_slack.user_locales[EDITOR] = "en-GB"
    answer = slack.command("follow-up ängsby 2030", user=EDITOR)
    shown = all_text(answer["blocks"])
    assert answer["blocks"][0]["text"]["text"] == "Follow-up 2030 – Ängsby kommun"
    assert "*0 of 5 assessed*" in shown
    assert [b["text"]["text"] for b in _buttons(answer, "follow_up_assess")] == ["Assess"] * 5


def test_a_year_out_of_range_or_an_unknown_organisation_is_told(
    slack: Slack, session_factory, angsby
) -> None:
    assert slack.command("uppföljning ängsby 2099", user=EDITOR)["text"] == (
        "Det går inte att följa upp år 2099; välj ett år från 1990 till 2031."
    )
    assert "Hittade ingen organisation" in slack.command("uppföljning nowhere", user=EDITOR)["text"]
    assert "Skriv vilken organisation" in slack.command("uppföljning", user=EDITOR)["text"]
    with session_factory() as session:
        assert history.changes(session, team_id=TEAM, entity="follow_up_round") == []


def test_the_round_of_a_year_started_in_another_year_keeps_its_own(slack: Slack, angsby) -> None:
    """2029's round (audits answered in 2028) and 2030's are separate rounds."""
    assert "*0 av 3 bedömda*" in all_text(
        slack.command("uppföljning ängsby 2029", user=EDITOR)["blocks"]
    )
    assert "*0 av 5 bedömda*" in all_text(
        slack.command("uppföljning ängsby 2030", user=EDITOR)["blocks"]
    )
