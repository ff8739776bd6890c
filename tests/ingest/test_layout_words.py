"""Lists and columns on a printed page, read from word boxes as a PDF gives them: where an
item ends and what follows it starts, where one column ends and the next begins. The pages
are built word by word at the positions a word processor puts them (DejaVu Sans 10.5 pt,
A4, 25 mm margins), so each rule is tried on the geometry that broke it and on the one it
must leave alone."""

from __future__ import annotations

from ingest.layout import lay_out
from ingest.layout.shapes import Page, Word

_SIZE = 10.5
_LEFT, _RIGHT = 70.9, 524.4
_CHAR = 0.55 * _SIZE  # a rough advance per character; the tests place words explicitly


def _words(text: str, x: float, top: float, *, gap: float = 2.9) -> list[Word]:
    """``text``'s words from ``x`` on one row, ``gap`` apart."""
    out = []
    for token in text.split():
        width = len(token) * _CHAR
        out.append(Word(token, x, x + width, top, top + 10.5, _SIZE))
        x += width + gap
    return out


def _justified(text: str, x: float, top: float, right: float = _RIGHT) -> list[Word]:
    """A line stretched to ``right`` (the margin): every gap alike."""
    tokens = text.split()
    room = right - x - sum(len(t) * _CHAR for t in tokens)
    return _words(text, x, top, gap=room / (len(tokens) - 1))


def _item(text: str, top: float, *, marker: str = "—", justified: bool = False) -> list[Word]:
    bullet = Word(marker, _LEFT, _LEFT + 10.5, top, top + 10.5, _SIZE)
    rest = _justified(text, 92.1, top) if justified else _words(text, 92.1, top)
    return [bullet, *rest]


def _paragraphs(*rows: list[Word]) -> list[str]:
    text, _ = lay_out([Page(1, 595.3, 841.9, [w for row in rows for w in row])])
    return [" ".join(block.split()) for block in text.split("\n\n")]


def test_a_justified_item_line_is_not_cut_where_its_gap_meets_a_line_below() -> None:
    # The stretched gap after "mellan" starts where the next paragraph's short line ends:
    # white space that runs down three rows, which once read as a gutter between columns.
    lead_in = "Vi rekommenderar fastighetsnämnden att:"
    lead_words = _words(lead_in, _LEFT, 296.8)
    end = lead_words[-1].x1
    before, after = "tydliggöra rollfördelningen mellan", "lokalförsörjningsenheten och verksamhe-"
    gap = (end - 92.1 - len(before.replace(" ", "")) * _CHAR) / (len(before.split()) - 1)
    assert 0.45 * _SIZE < gap < 4 * 2.9  # a justified gap: wider than a space, not a gutter
    item = _item(before, 264.7)
    item = item[:1] + _words(before, 92.1, 264.7, gap=gap)
    item += _words(after, end + gap, 264.7, gap=gap)
    last = item[-1]  # the font's widths, not ours, bring the line to the margin
    item[-1] = Word(last.text, last.x0, _RIGHT, last.top, last.bottom, last.size)

    blocks = _paragraphs(
        _words("Vi rekommenderar kommunstyrelsen att:", _LEFT, 226.4),
        _item("besluta om en plan för underhållet", 246.8),
        item,
        _words("terna", 92.1, 278.9),
        lead_words,
        _item(
            "prioritera underhållet utifrån en samlad bedömning av byggnadernas",
            317.3,
            justified=True,
        ),
        _words("skick", 92.1, 331.4),
    )

    assert blocks[2] == (
        "— tydliggöra rollfördelningen mellan lokalförsörjningsenheten och verksamhe- terna"
    )
    assert blocks[3] == lead_in


# A paragraph of two lines 14.2 pt apart above the list: the line pitch of the page.
_INTRODUCTION = (
    _justified(
        "Revisorerna har granskat hur nämnden styr och följer upp väntetiderna", _LEFT, 161.8
    ),
    _words("inom barn- och ungdomspsykiatrin.", _LEFT, 176.0),
)


def test_a_paragraph_as_far_below_the_last_item_as_the_items_are_apart_ends_the_list() -> None:
    # Items 17.9 pt apart, lines within one 14.2: the sentence after the list starts at the
    # bullets, and its long first word would not have fitted on the item's line either.
    closing = "Revisionsavdelningarna önskar ett svar inom åtta veckor."
    last = _item(
        "pröva om fler bedömningar kan göras tidigt i vårdkedjan och hos", 266.8, marker="c)"
    )
    room = _RIGHT - last[-1].x1
    assert len("Revisionsavdelningarna") * _CHAR > room  # "not full" cannot tell them apart

    blocks = _paragraphs(
        *_INTRODUCTION,
        _words("Vi rekommenderar nämnden att:", _LEFT, 210.5),
        _item("analysera orsakerna till väntetiderna", 231.0, marker="a)"),
        _item("följa upp väntetiderna varje månad", 248.9, marker="b)"),
        last,
        _words(closing, _LEFT, 284.7),
    )

    assert blocks[-1] == closing
    assert blocks[-2].endswith("tidigt i vårdkedjan och hos")


def test_an_items_own_second_line_still_goes_on_with_it() -> None:
    # The same list with the last item running on at the line pitch, back at the bullet.
    blocks = _paragraphs(
        *_INTRODUCTION,
        _words("Vi rekommenderar nämnden att:", _LEFT, 210.5),
        _item("analysera orsakerna till väntetiderna", 231.0, marker="a)"),
        _item("följa upp väntetiderna varje månad", 248.9, marker="b)"),
        _item(
            "pröva om fler bedömningar kan göras tidigt i vårdkedjan och hos", 266.8, marker="c)"
        ),
        _words("primärvårdsmottagningarna i hela regionen.", _LEFT, 281.0),
    )

    assert blocks[-1] == (
        "c) pröva om fler bedömningar kan göras tidigt i vårdkedjan och hos "
        "primärvårdsmottagningarna i hela regionen."
    )


def test_justified_columns_beside_short_letterhead_lines_read_one_after_the_other() -> None:
    # Both columns' full lines are justified: only where they start and end shows the gutter.
    # The right column's lines stand 4 pt lower than the left's, as after a heading.
    gutter = 286.3, 309.0
    left = [
        _words("Revisorerna", 51.0, 68.7),
        _words("Datum 2025-02-20", 51.0, 81.5),
        _justified("Vi har sett hur en del av alla köp", 51.0, 94.4, gutter[0]),
        _justified("görs och att det i hälften av dem", 51.0, 107.2, gutter[0]),
        _justified("inte går att se hur den som sålde", 51.0, 120.0, gutter[0]),
        _words("har valts ut av den som köpte in.", 51.0, 132.8),
    ]
    right = [
        _justified("Styrelsen bör ta fram en mall för", gutter[1], 72.7),
        _justified("hur köpen ska skrivas ned och se", gutter[1], 85.5),
        _words("till att den kommer till användning.", gutter[1], 98.3),
        _justified("Vi vill ha ett svar från styrelsen", gutter[1], 116.1),
        _words("senast den 30 april i år.", gutter[1], 128.9),
    ]
    blocks = _paragraphs(*left, *right)

    assert blocks == [
        "Revisorerna",
        "Datum 2025-02-20",
        "Vi har sett hur en del av alla köp görs och att det i hälften av dem inte går att se "
        "hur den som sålde har valts ut av den som köpte in.",
        "Styrelsen bör ta fram en mall för hur köpen ska skrivas ned och se till att den kommer "
        "till användning.",
        "Vi vill ha ett svar från styrelsen senast den 30 april i år.",
    ]


def test_a_letter_in_two_columns_of_short_lines_is_not_read_as_a_table() -> None:
    # Few lines run to the gutter (a letter's head, a list), but the right column's lines
    # stand between the left's, not on them: text set in columns, not a table's rows.
    gutter = 286.3, 309.0
    left = [
        _words("Stadsrevisionen", 51.0, 68.7),
        _words("Norrvik den 8 april 2025", 51.0, 87.8),
        _words("Till kommunstyrelsen", 51.0, 106.8),
        _justified("Vi har granskat hur väl kommunen skyddar", 51.0, 125.9, gutter[0]),
        _words("sin information.", 51.0, 138.7),
    ]

    def item(text: str, top: float, *, justified: bool = False) -> list[Word]:
        bullet = Word("–", gutter[1], gutter[1] + 5.3, top, top + 10.5, _SIZE)
        words = _justified(text, 330.2, top, 544.3) if justified else _words(text, 330.2, top)
        return [bullet, *words]

    right = [
        _words("Vi rekommenderar styrelsen att", gutter[1], 68.7),
        item("klassa all sin information utifrån hur", 87.8, justified=True),
        _words("skyddad den ska vara", 330.2, 100.6),
        item("se över behörigheterna", 113.4),
        item("öva på incidenter varje år", 130.0),
        _words("Svar önskas senast den 5 juni.", gutter[1], 148.8),
    ]
    blocks = _paragraphs(*left, *right)

    assert blocks[-5:] == [
        "Vi rekommenderar styrelsen att",
        "– klassa all sin information utifrån hur skyddad den ska vara",
        "– se över behörigheterna",
        "– öva på incidenter varje år",
        "Svar önskas senast den 5 juni.",
    ]


def test_a_running_header_of_three_lines_set_apart_is_furniture_on_every_page() -> None:
    # Letter paper (792 pt): the header's third line, the report's date, starts at 100 pt,
    # below the top eighth (99 pt); the body starts at 124 pt.
    pages = []
    for number in (1, 2, 3):
        rows = [
            _words("Norrby kommun", 90.1, 50.9),
            _words("Granskning av föreningsstödet", 90.1, 75.3),
            _words("2025-11-21", 90.1, 100.2),
            _justified(f"Sidan {number} handlar om hur nämnden fördelar bidragen", 90.1, 124.4),
            _words("till föreningarna.", 90.1, 138.9),
        ]
        pages.append(Page(number, 612.0, 792.0, [w for row in rows for w in row]))

    text, furniture = lay_out(pages)

    assert "2025-11-21" in furniture and "2025-11-21" not in text
    second = " ".join(text.split("\f")[1].split())
    assert second == "Sidan 2 handlar om hur nämnden fördelar bidragen till föreningarna."
