"""Recommendations in Swedish audit language, in documents written for these tests.

Each rule is shown in more than one phrasing or layout, and beside a sentence it must not
take for a recommendation.
"""

from __future__ import annotations

import pytest

from ingest import extract_text


def _found(text: str) -> list[tuple[str, list[str]]]:
    return [(r.text, r.addressee) for r in extract_text(text, source="x.txt").recommendations]


# --- formal lists ---------------------------------------------------------------------------


def test_a_revisionsskrivelse_with_three_dash_items_gives_three_for_that_board() -> None:
    text = """\
Revisionsskrivelse
2025-02-11
Till miljö- och byggnadsnämnden

Handläggningstider för bygglov

Revisorerna har följt upp hur lång tid bygglovsärenden tar. Hälften av ärendena
avgjordes efter lagens tidsfrist.

Revisorerna rekommenderar miljö- och byggnadsnämnden att
– införa en månatlig rapport om handläggningstider,
– se över bemanningen under semesterperioden,
– informera sökande om när beslut kan väntas.

För revisorerna i Norrvik kommun
Eva Provsson, ordförande
"""
    board = ["Miljö- och byggnadsnämnden"]
    assert _found(text) == [
        ("införa en månatlig rapport om handläggningstider", board),
        ("se över bemanningen under semesterperioden", board),
        ("informera sökande om när beslut kan väntas.", board),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Mot bakgrund av granskningen rekommenderar vi kultur- och fritidsnämnden:",
        "Utifrån våra iakttagelser rekommenderar EY att kultur- och fritidsnämnden:",
        "Revisionen föreslår kultur- och fritidsnämnden att:",
        "Revisorerna vill uppmärksamma kultur- och fritidsnämnden på att:",
        "Vi lämnar följande rekommendationer till kultur- och fritidsnämnden:",
    ],
)
def test_a_list_after_any_urging_lead_in(lead: str) -> None:
    text = f"""\
Sammanfattning
Föreningsbidragen betalas ut utan att villkoren följs upp.

{lead}
  • Följa upp att bidragen används enligt villkoren.
  • Besluta om en tidsplan för översynen av bidragsreglerna.
"""
    board = ["Kultur- och fritidsnämnden"]
    assert _found(text) == [
        ("Följa upp att bidragen används enligt villkoren.", board),
        ("Besluta om en tidsplan för översynen av bidragsreglerna.", board),
    ]


def test_items_run_together_on_one_flattened_line() -> None:
    text = (
        "Vi rekommenderar överförmyndarnämnden att: • införa stickprov i årsräkningarna "
        "• dokumentera alla kontakter med ställföreträdare • utbilda nya handläggare\n"
    )
    board = ["Överförmyndarnämnden"]
    assert _found(text) == [
        ("införa stickprov i årsräkningarna", board),
        ("dokumentera alla kontakter med ställföreträdare", board),
        ("utbilda nya handläggare", board),
    ]


def test_numbered_items_in_one_sentence_after_the_colon() -> None:
    text = "Vi rekommenderar valnämnden att: 1) se över lokalerna, 2) rekrytera fler röstmottagare."
    assert _found(text) == [
        ("se över lokalerna", ["Valnämnden"]),
        ("rekrytera fler röstmottagare.", ["Valnämnden"]),
    ]


def test_a_list_to_a_municipal_company_is_addressed_to_the_company() -> None:
    text = """\
Utifrån granskningen lämnas följande rekommendation till Norrvik Energi AB:
- Fastställ en plan för informationssäkerhet.
"""
    assert _found(text) == [("Fastställ en plan för informationssäkerhet.", ["Norrvik Energi AB"])]


def test_roman_numbered_items_grouped_under_each_boards_name() -> None:
    # The lead-in names no board and ends in a full stop; each group is headed by its board.
    text = """\
Utifrån granskningen lämnar revisorerna följande rekommendationer.

Kommunstyrelsen
  i.   ta fram en plan för kommunens lokalförsörjning
  ii.  följa upp hyreskostnaderna per förvaltning

Kultur- och fritidsnämnden
  i.   se över avgifterna för idrottshallarna
"""
    assert _found(text) == [
        ("ta fram en plan för kommunens lokalförsörjning", ["Kommunstyrelsen"]),
        ("följa upp hyreskostnaderna per förvaltning", ["Kommunstyrelsen"]),
        ("se över avgifterna för idrottshallarna", ["Kultur- och fritidsnämnden"]),
    ]


def test_a_response_that_quotes_the_auditors_list_before_answering_it() -> None:
    text = """\
Socialnämnden
YTTRANDE
Datum: 2025-02-10

Svar på revisorernas granskning av hemtjänsten

I rapporten rekommenderas socialnämnden att

a) införa en rutin för uppföljning av beviljade insatser,
b) se över planeringen av hemtjänstens scheman.

Nämndens svar

a) Nämnden delar bedömningen och inför en rutin under våren.
b) Planeringen ses över i samband med det nya schemaverktyget.
"""
    assert _found(text) == [
        ("införa en rutin för uppföljning av beviljade insatser", ["Socialnämnden"]),
        ("se över planeringen av hemtjänstens scheman.", ["Socialnämnden"]),
    ]


def test_a_formal_list_wins_over_bor_sentences_in_the_findings() -> None:
    text = """\
3 Iakttagelser
Nämnden bör enligt vår mening se över rutinen för avtalsuppföljning.

4 Rekommendationer
Vi rekommenderar gymnasienämnden att:
- Inför en rutin för avtalsuppföljning.
"""
    assert _found(text) == [("Inför en rutin för avtalsuppföljning.", ["Gymnasienämnden"])]


def test_recommendations_quoted_one_by_one_in_a_reply() -> None:
    text = """\
Förvaltningens yttrande
Nedan redovisas revisionens rekommendationer, var och en följd av förvaltningens svar:

Inför en gemensam mall för delegationsbeslut Förvaltningen har tagit fram en mall som
används sedan våren. Följ upp att mallen används Uppföljning sker i den interna kontrollen.
"""
    assert [text for text, _ in _found(text)] == [
        "Inför en gemensam mall för delegationsbeslut",
        "Följ upp att mallen används",
    ]


# --- running text ---------------------------------------------------------------------------


def test_urging_sentences_are_the_recommendations_of_a_document_without_a_list() -> None:
    text = """\
Revisorerna har granskat kostsamma hyresavtal i Sjöby kommun.

Fastighetsnämnden bör ta fram en lokalförsörjningsplan före nästa budgetår. Vi
rekommenderar därför att hyresavtalen ses över. Revisionen påpekar att tekniska nämnden
borde samordna upphandlingen av lokalvård.
"""
    assert _found(text) == [
        (
            "Fastighetsnämnden bör ta fram en lokalförsörjningsplan före nästa budgetår.",
            ["Fastighetsnämnden"],
        ),
        ("Vi rekommenderar därför att hyresavtalen ses över.", []),
        (
            "Revisionen påpekar att tekniska nämnden borde samordna upphandlingen av lokalvård.",
            ["Tekniska nämnden"],
        ),
    ]


def test_a_bare_namnden_is_the_board_named_before_it() -> None:
    text = (
        "Revisorerna har granskat räddningsnämnden. Tillsynen är eftersatt. "
        "Därför rekommenderas nämnden att upprätta en tillsynsplan."
    )
    assert _found(text) == [
        ("Därför rekommenderas nämnden att upprätta en tillsynsplan.", ["Räddningsnämnden"])
    ]


def test_the_urging_clause_after_a_finding_in_the_same_sentence() -> None:
    text = (
        "Granskningen visar att avgifterna tas ut korrekt och att taxan därför bör "
        "förtydligas.\n\n"
        "Intäkterna sjunker men då borde investeringarna skjutas upp, säger revisionens "
        "ordförande."
    )
    assert _found(text) == [
        ("att taxan därför bör förtydligas.", []),
        ("då borde investeringarna skjutas upp", []),
    ]


def test_a_passive_bor_takes_its_board_from_the_heading_above() -> None:
    text = """\
Byggnadsnämnden får kritik för taxan
Taxan för bygglov har inte räknats upp sedan 2015. Taxan bör ses över och beslutas av
fullmäktige.
"""
    assert _found(text) == [
        ("Taxan bör ses över och beslutas av fullmäktige.", ["Byggnadsnämnden"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nämnden behöver förbättra sin uppföljning.",
        "Kommunstyrelsen måste ta ett större ansvar för ekonomin.",
        "Det krävs nya besparingar för att budgeten ska hålla.",
        "Inventeringen borde ha avslutats förra hösten.",
        "Med den budgeten borde inte skolan ha behövt spara.",
        "Vi tillstyrker ansvarsfrihet för hamnstyrelsens ledamöter.",
        "Samtliga styrelser föreslås beviljas ansvarsfrihet för året.",
        "Vi rekommenderar fullmäktige att vägra gatunämndens ledamöter ansvarsfrihet.",
        "Revisorerna framför en anmärkning mot gymnasienämnden för svag budgetkontroll.",
        "Kontoret föreslår att nämnden beslutar att anta yttrandet.",
        "Nämnden instämmer i det som revisorerna rekommenderar.",
        "Rapporten pekar på rutiner som bör förbättras.",
        "Det bör noteras att nämnden har bytt ordförande.",
        "Bör nämnden ha en egen rutin för detta?",
        "Personalen uppmanas följa resepolicyn.",
        "Revisorernas rekommendationer har delvis åtgärdats.",
    ],
)
def test_sentences_that_are_not_recommendations(sentence: str) -> None:
    text = f"Revisorerna har granskat kulturnämnden i Sjöby kommun.\n\n{sentence}\n"
    assert _found(text) == []


@pytest.mark.parametrize(
    "headline",
    [
        "Tillsynen av serveringstillstånd bör bli tätare",
        "Tillsynen av serveringstillstånd\nbör bli tätare",  # set on two lines
    ],
)
def test_a_headline_restating_the_article_is_not_counted_again(headline: str) -> None:
    text = f"""\
{headline}

Socialnämnden bör besöka fler restauranger. Det skriver revisorerna i sin rapport.
"""
    assert _found(text) == [("Socialnämnden bör besöka fler restauranger.", ["Socialnämnden"])]


def test_items_under_a_heading_that_only_list_findings_are_not_recommendations() -> None:
    text = """\
Revisorerna konstaterar att nämnderna behöver förbättra följande områden:
• Information till nyanställda om reglerna.
• Rutiner för dokumentation.
"""
    assert _found(text) == []


def test_a_quoted_reply_from_the_board_is_not_the_auditors_voice() -> None:
    text = """\
Revisorerna har granskat kommunens bredbandsutbyggnad.

– Vi bör nog se över hur vi följer upp avtalen, säger Per Exempel (C), ordförande i
kommunstyrelsen.

– Nämnden borde prioritera landsbygden, säger Lena Prov, ordförande i kommunrevisionen.
"""
    assert _found(text) == [("Nämnden borde prioritera landsbygden", [])]


def test_an_inserted_anser_revisorerna_keeps_the_sentence_whole() -> None:
    text = "Arkivet är granskat.\n\nNämnden bör, anser revisorerna, se över arkivplanen.\n"
    assert _found(text) == [("Nämnden bör, anser revisorerna, se över arkivplanen.", [])]


def test_numbered_recommendation_paragraphs() -> None:
    text = """\
Revisorerna har granskat kommunens vattenverk.

Rekommendation 1: Tekniska nämnden tar fram en reservvattenplan.

Rekommendation 2: Inför larm vid låga nivåer i reservoarerna.
"""
    assert _found(text) == [
        ("Tekniska nämnden tar fram en reservvattenplan.", ["Tekniska nämnden"]),
        ("Inför larm vid låga nivåer i reservoarerna.", []),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunstyrelsen bör enligt förvaltningen även se över attestordningen.",
        "Taxan bör höjas, anser tekniska nämndens ordförande.",
    ],
)
def test_a_bor_given_in_another_bodys_voice(sentence: str) -> None:
    assert _found(f"Revisorerna har granskat taxorna.\n\n{sentence}\n") == []


def test_the_auditors_opinion_that_a_board_should_act() -> None:
    text = "Bygglov tar lång tid.\n\nRevisorerna anser att byggnadsnämnden bör korta tiderna.\n"
    assert _found(text) == [
        ("Revisorerna anser att byggnadsnämnden bör korta tiderna.", ["Byggnadsnämnden"])
    ]


def test_a_list_announced_as_the_auditors_recommendations() -> None:
    text = """\
Våra rekommendationer till hamnstyrelsen är:
• Upprätta en underhållsplan för kajerna.
• Redovisa hamnavgifterna per kund.
"""
    assert _found(text) == [
        ("Upprätta en underhållsplan för kajerna.", ["Hamnstyrelsen"]),
        ("Redovisa hamnavgifterna per kund.", ["Hamnstyrelsen"]),
    ]


def test_items_that_lost_their_bullets_after_a_lead_in() -> None:
    text = """\
Sammanfattningsvis rekommenderar vi socialnämnden att:

Säkerställa att genomförandeplaner upprättas för alla brukare.

Utvecklar uppföljningen av beviljade insatser.

Se över rutinen för avvikelser.

Vi vill tacka de intervjuade för deras medverkan.
"""
    board = ["Socialnämnden"]
    assert _found(text) == [
        ("Säkerställa att genomförandeplaner upprättas för alla brukare.", board),
        ("Utvecklar uppföljningen av beviljade insatser.", board),
        ("Se över rutinen för avvikelser.", board),
    ]


def test_a_lead_in_without_its_items_is_not_itself_a_recommendation() -> None:
    text = """\
Utifrån granskningen rekommenderar vi kommunstyrelsen att:

Kommunens ekonomi har försämrats under året.
"""
    assert _found(text) == []


def test_the_next_sections_numbered_questions_do_not_join_the_list() -> None:
    text = """\
Vi rekommenderar krisledningsnämnden att:
• Öva krisledningen varje år
• Uppdatera kontaktlistorna

Revisionsfrågor
1. Finns en aktuell krisledningsplan?
2. Övas krisledningen regelbundet?
"""
    assert [t for t, _ in _found(text)] == [
        "Öva krisledningen varje år",
        "Uppdatera kontaktlistorna",
    ]


def test_what_the_auditors_recommended_before_is_not_urged_now() -> None:
    text = (
        "Revisorerna har följt upp granskningen från 2021. Då rekommenderade revisorerna "
        "kommunstyrelsen att ta fram en arkivplan. Rekommendationen har delvis åtgärdats.\n"
    )
    assert _found(text) == []


def test_advice_that_goes_on_to_ask_is_still_advice() -> None:
    text = """\
Vi rekommenderar fritidsnämnden att:
• Se över taxorna för idrottshallar. Är de rimliga jämfört med grannkommunerna?
• Vilka föreningar får rabatt?
"""
    assert _found(text) == [
        (
            "Se över taxorna för idrottshallar. Är de rimliga jämfört med grannkommunerna?",
            ["Fritidsnämnden"],
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunstyrelsens ordförande anser att kommunen bör spara mer på lokaler.",
        "Oppositionsrådet Eva Prov (M) menar att nämnden borde avgå.",
    ],
)
def test_a_politicians_opinion_reported_in_the_news(sentence: str) -> None:
    assert _found(f"Revisorerna har granskat ekonomin.\n\n{sentence}\n") == []


def test_the_audit_chairs_opinion_is_the_auditors() -> None:
    text = "Ekonomin granskades.\n\nRevisionens ordförande menar att nämnden bör spara.\n"
    assert _found(text) == [("Revisionens ordförande menar att nämnden bör spara.", [])]


def test_a_passive_lead_in_under_the_heading_gives_its_board() -> None:
    text = """\
Rekommendationer
Utifrån granskningen rekommenderas barn- och utbildningsnämnden att
• ta fram en plan för elevhälsans förebyggande arbete
• låta granska journalerna årligen
"""
    board = ["Barn- och utbildningsnämnden"]
    assert _found(text) == [
        ("ta fram en plan för elevhälsans förebyggande arbete", board),
        ("låta granska journalerna årligen", board),
    ]


# --- lists in more of their shapes ------------------------------------------------------------


def test_a_numbered_list_flattened_onto_the_lead_ins_line_to_nämnderna() -> None:
    text = """\
Sammanfattning

Vi har granskat hur kulturnämnden och fritidsnämnden fördelar föreningsbidrag.

Utifrån granskningen rekommenderar vi nämnderna att: 1. Anta gemensamma kriterier för
bidragen. 2. Följa upp hur bidragen används. 3. Publicera besluten på webben.
"""
    boards = ["Kulturnämnden", "Fritidsnämnden"]
    assert _found(text) == [
        ("Anta gemensamma kriterier för bidragen.", boards),
        ("Följa upp hur bidragen används.", boards),
        ("Publicera besluten på webben.", boards),
    ]


def test_an_audit_office_recommends_in_its_own_name() -> None:
    text = """\
Revisionskontoret har granskat bostadsanpassningsbidragen.

Revisionskontoret rekommenderar byggnadsnämnden att
a. korta handläggningstiderna,
b. följa upp besluten årligen.
"""
    assert _found(text) == [
        ("korta handläggningstiderna", ["Byggnadsnämnden"]),
        ("följa upp besluten årligen.", ["Byggnadsnämnden"]),
    ]


def test_a_heading_naming_whose_recommendations_over_unmarked_imperatives() -> None:
    text = """\
Revisionskontorets rekommendationer

Ta fram en plan för underhållet av gatubelysningen.

Gå igenom avtalen med entreprenörerna före nästa upphandling.

Rapportera årligen hur planen följs.
"""
    assert [t for t, _ in _found(text)] == [
        "Ta fram en plan för underhållet av gatubelysningen.",
        "Gå igenom avtalen med entreprenörerna före nästa upphandling.",
        "Rapportera årligen hur planen följs.",
    ]


def test_a_dotted_day_inside_a_numbered_item_does_not_open_an_item() -> None:
    text = """\
Revisorerna rekommenderar kulturnämnden att: 1. Se över rutinerna från den 2. maj. 2. Inför
en årlig uppföljning.
"""
    assert [t for t, _ in _found(text)] == [
        "Se över rutinerna från den 2. maj.",
        "Inför en årlig uppföljning.",
    ]


# --- running text: voices and clauses -------------------------------------------------------


def test_the_auditors_may_urge_a_board_to_decide() -> None:
    text = """\
Vi har granskat skolornas frånvarohantering.

Vi rekommenderar gymnasienämnden att besluta om gemensamma riktlinjer för frånvaro.

Förvaltningen föreslår gymnasienämnden besluta att anta riktlinjerna i juni.
"""
    assert _found(text) == [
        (
            "Vi rekommenderar gymnasienämnden att besluta om gemensamma riktlinjer för frånvaro.",
            ["Gymnasienämnden"],
        )
    ]


def test_a_politicians_quote_said_by_han_after_bringing_him_in_is_not_the_auditors() -> None:
    text = """\
Revisorerna anser att kulturnämnden bör se över hyrorna för samlingslokalerna.

Oppositionsrådet Per Lund (M) håller med.
– Vi har länge sagt att nämnden borde sänka hyrorna, säger han.
"""
    assert [t for t, _ in _found(text)] == [
        "Revisorerna anser att kulturnämnden bör se över hyrorna för samlingslokalerna."
    ]


def test_hindsight_with_an_inverted_subject_and_what_a_reply_should_contain_are_not_urging() -> (
    None
):
    text = """\
– Vi anställde en samordnare i våras, och det borde vi ha gjort tidigare, säger hon.

Av nämndens svar bör framgå vilka åtgärder som planeras.
"""
    assert _found(text) == []


def test_the_auditors_recommendation_put_as_a_noun_and_quoted_in_a_response() -> None:
    text = """\
Vi har granskat matleveranserna till särskilda boenden i Lövby.

Vår rekommendation är att omsorgsnämnden mäter temperaturen vid varje leverans.
"""
    assert _found(text) == [
        (
            "Vår rekommendation är att omsorgsnämnden mäter temperaturen vid varje leverans.",
            ["Omsorgsnämnden"],
        )
    ]
    response = """\
Byggnadsnämnden lämnar följande svar på revisorernas skrivelse.

Revisorernas rekommendation: Inför en rutin för tillsyn av hissar.
Nämndens svar: Rutinen antogs i mars.
"""
    assert [t for t, _ in _found(response)] == ["Inför en rutin för tillsyn av hissar."]


def test_an_earlier_years_list_being_followed_up_is_not_given_anew() -> None:
    text = """\
Uppföljning av tidigare granskningar

I granskningen av upphandlingen 2021 lämnades följande rekommendationer till kommunstyrelsen:
• Inför en rutin för direktupphandling.
• Dokumentera varje avrop.

Vår bedömning är att rutinen har införts.
"""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("sentence", "boards"),
    [
        ("Enligt revisorerna bör fritidsnämnden se över taxorna.", ["Fritidsnämnden"]),
        (
            "Revisorerna skriver att kommunen bör samla fordonen och att kommunstyrelsen bör "
            "utreda en bilpool.",
            ["Kommunstyrelsen"],
        ),
    ],
)
def test_whom_a_bör_addresses_when_the_subject_is_inverted_or_comes_later(
    sentence: str, boards: list[str]
) -> None:
    assert _found(f"Revisorerna har granskat kommunens fordon.\n\n{sentence}\n") == [
        (sentence, boards)
    ]


def test_a_company_letters_styrelsen_is_the_companys_board() -> None:
    text = """\
Till styrelsen i Åby Hamn AB
Kopia: Kommunstyrelsen

Vi rekommenderar styrelsen att
1. följa upp hamnavgifterna varje kvartal,
2. anta en plan för underhåll av kajerna.
"""
    assert _found(text) == [
        ("följa upp hamnavgifterna varje kvartal", ["Åby Hamn AB"]),
        ("anta en plan för underhåll av kajerna.", ["Åby Hamn AB"]),
    ]


def test_an_urging_sentence_with_a_board_after_each_coordinated_att_addresses_both() -> None:
    sentence = (
        "Revisorerna rekommenderar att kulturnämnden ser över avgifterna, och att "
        "kommunstyrelsen utreder hur lokalerna kan samordnas."
    )
    assert _found(f"Revisorerna har granskat lokalerna.\n\n{sentence}\n") == [
        (sentence, ["Kulturnämnden", "Kommunstyrelsen"])
    ]


def test_a_table_of_recommendations_with_a_column_naming_who_is_responsible() -> None:
    text = (
        "5 Rekommendationer\n\n"
        "Utifrån granskningen lämnar vi följande rekommendationer.\n\n"
        "Nr\tRekommendation\tAnsvarig\n"
        "1\tInför en rutin för kontroll av leverantörsregistret.\tKommunstyrelsen\n"
        "2\tFölj upp avtalstroheten varje år.\tServicenämnden\n\n"
        "6 Bilagor\n"
    )
    assert _found(text) == [
        ("Inför en rutin för kontroll av leverantörsregistret.", ["Kommunstyrelsen"]),
        ("Följ upp avtalstroheten varje år.", ["Servicenämnden"]),
    ]


def test_a_further_recommendation_after_the_list_is_added_to_it() -> None:
    text = """\
Vi rekommenderar att kommunstyrelsen och nämnderna:
• utser en ansvarig för varje avtal
• följer upp avtalen årligen

Vi rekommenderar vidare att kommunstyrelsen inför ett gemensamt avtalsregister.

Kommunstyrelsen bör också se över delegationsordningen.
"""
    assert [t for t, _ in _found(text)] == [
        "utser en ansvarig för varje avtal",
        "följer upp avtalen årligen",
        "Vi rekommenderar vidare att kommunstyrelsen inför ett gemensamt avtalsregister.",
    ]


# --- round 2: "vill att", "De rekommenderar", a response's perfect tense, lost bullets ------


def test_a_news_item_keeps_what_the_auditors_want_and_what_they_recommend_as_de() -> None:
    text = """\
Nyheter 2025-05-06

Revisorerna vill se bättre koll på hyresavtalen

Revisorerna i Stenbro kommun har granskat hur kommunen hyr lokaler av privata ägare.

De rekommenderar lokalnämnden att föra ett samlat register över alla hyresavtal.
De vill också att nämnden säger upp avtal för lokaler som står tomma.

Nu vill revisorerna att fastighetsnämnden redovisar vakanserna varje kvartal.
"""
    assert _found(text) == [
        (
            "De rekommenderar lokalnämnden att föra ett samlat register över alla hyresavtal.",
            ["Lokalnämnden"],
        ),
        (
            "De vill också att nämnden säger upp avtal för lokaler som står tomma.",
            ["Lokalnämnden"],
        ),
        (
            "Nu vill revisorerna att fastighetsnämnden redovisar vakanserna varje kvartal.",
            ["Fastighetsnämnden"],
        ),
    ]


def test_wanting_an_answer_by_a_date_is_not_a_recommendation() -> None:
    text = """\
Till tekniska nämnden

Revisorerna har granskat gatubelysningen. Tekniska nämnden bör ta fram en plan för byte
av armaturer.

Revisorerna vill att tekniska nämnden senast den 12 juni 2025 besvarar skrivelsen.
"""
    assert _found(text) == [
        (
            "Tekniska nämnden bör ta fram en plan för byte av armaturer.",
            ["Tekniska nämnden"],
        )
    ]


def test_a_board_response_restating_the_auditors_advice_in_the_perfect_tense() -> None:
    text = """\
Gymnasienämnden
YTTRANDE
2025-03-03

Svar på revisorernas granskning av elevhälsan

Revisorerna har i sin granskning rekommenderat nämnden att anställa fler skolkuratorer.

Nämnden bör enligt förvaltningen avvakta budgetbeslutet. Förvaltningen föreslår att
nämnden antar yttrandet.
"""
    assert _found(text) == [
        (
            "Revisorerna har i sin granskning rekommenderat nämnden att anställa fler "
            "skolkuratorer.",
            ["Gymnasienämnden"],
        )
    ]


def test_advice_of_an_earlier_audit_recalled_in_the_perfect_tense_is_not_counted() -> None:
    text = """\
Till socialnämnden

Revisorerna har tidigare rekommenderat nämnden att se över rutinerna för avgifter.
Uppföljningen visar att arbetet pågår.

Socialnämnden bör slutföra översynen under året.
"""
    assert _found(text) == [("Socialnämnden bör slutföra översynen under året.", ["Socialnämnden"])]


def test_lower_case_items_that_lost_their_bullets_are_each_a_recommendation() -> None:
    text = """\
3. Rekommendationer

Mot bakgrund av granskningen rekommenderar vi fritidsnämnden att

 ta fram en underhållsplan för idrottshallarna
 prioritera barn och unga vid bokning av tider
 följa upp beläggningen varje termin
"""
    board = ["Fritidsnämnden"]
    assert _found(text) == [
        ("ta fram en underhållsplan för idrottshallarna", board),
        ("prioritera barn och unga vid bokning av tider", board),
        ("följa upp beläggningen varje termin", board),
    ]
