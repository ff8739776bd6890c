"""Find the names of boards (nämnder, styrelser) in Swedish text and print them one way.

"kommunstyrelsens", "Kommunstyrelsen" and "kommunstyrelsen" are one board, printed
"Kommunstyrelsen"; "barn- och utbildningsnämnden" becomes "Barn- och utbildningsnämnden";
"nämnden för arbete och välfärd" becomes "Nämnden för arbete och välfärd". A group of boards
("berörda nämnder") is not a board: addressee lists keep it verbatim, lower case.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_L = "a-zåäöéü"
_STEM = rf"[{_L}]+"
# "barn-, kultur- och utbildningsnämnden": any number of hyphenated first parts.
_PARTS = rf"(?:{_STEM}-,?\s+)*(?:{_STEM}-\s+(?:och|&|samt)\s+)?"
_DEFINITE = r"(?:nämnd(?:ens|en)|styrelse(?:ns|n))"
_COMPOUND = rf"{_PARTS}{_STEM}{_DEFINITE}(?![{_L}])"
# "tekniska nämnden": an adjective in -a before the word nämnden/styrelsen.
_GENERIC_ADJECTIVES = (
    "berörda|ansvariga|aktuella|övriga|samtliga|respektive|granskade|enskilda|olika|alla|"
    "båda|dessa|andra|nämnda|ovan|denna|vissa|flera|egna|nya|gemensamma|hela"
)
_ADJECTIVE = rf"(?!(?:{_GENERIC_ADJECTIVES})\s)[{_L}]+a\s+{_DEFINITE}(?![{_L}])"
_FOR_WORD = rf"(?!att\b|och\b|samt\b|som\b|den\b|det\b|de\b)(?![{_L}]*(?:nämnd|styrelse))[{_L}]+"
_FOR_NAME = rf"nämnden\s+för\s+{_FOR_WORD}(?:(?:,\s+|\s+och\s+){_FOR_WORD})*"

BODY = re.compile(rf"(?<![{_L}-])(?:{_FOR_NAME}|{_ADJECTIVE}|{_COMPOUND})", re.IGNORECASE)
GROUP = re.compile(
    r"(?<![\w])(?:berörda|ansvariga|aktuella|övriga|samtliga|alla|granskade|respektive)\s+"
    r"(?:nämnder(?:\s+och\s+styrelser)?|styrelser(?:\s+och\s+nämnder)?)(?![\w])",
    re.IGNORECASE,
)

# Whom a recommendation or request may also address: the council, a municipal company, or a
# board the sentence leaves unnamed ("Därför rekommenderas nämnden att …").
_ASSEMBLY = re.compile(r"(?<![\w-])(?:kommun|region|landstings)fullmäktige(?![\w])", re.IGNORECASE)
_COMPANY = re.compile(r"(?<![\w-])(?:[A-ZÅÄÖ][\wåäöé-]*\s+){1,3}AB(?![\w])")
_BARE = re.compile(
    r"(?<![\w-])(?:nämnden|nämndens|nämnderna|styrelsen|styrelsens|styrelserna)(?!\s+för\s)"
    r"(?![\w])",
    re.IGNORECASE,
)
# Stockholm's district boards carry a place name: "Enskede-Årsta-Vantörs stadsdelsnämnd".
_DISTRICT = re.compile(
    r"(?<![\w-])(?:[A-ZÅÄÖ][\wåäöé]*-)*[A-ZÅÄÖ][\wåäöé]*s\s+stadsdelsnämnd(?![\w])"
)
GENERIC_BODY = re.compile(r"^(?:Nämnden|Styrelsen|Nämnderna|Styrelserna)$")

_SKIPPED_WORDS = {"och", "för", "samt", "med", "i", "av", "&"}
_TAILS = {
    **dict.fromkeys(("nämnden", "nämndens", "nämnd"), "N"),
    **dict.fromkeys(("styrelsen", "styrelsens", "styrelse"), "S"),
    **dict.fromkeys(("utskottet", "utskott"), "U"),
}


def canonical(name: str) -> str:
    """One printing of a board's name: nominative, single spaces, first letter capitalised."""
    text = " ".join(name.split())
    lowered = text.casefold()
    if lowered.endswith(("nämndens", "styrelsens")):
        text = text[:-1]
    text = text[0].upper() + text[1:].lower() if text else text
    return text


def find_bodies(text: str) -> list[str]:
    """Every board named in ``text``, canonical and in order of first mention."""
    names: list[str] = []
    for match in BODY.finditer(text or ""):
        name = canonical(match.group(0))
        if name not in names:
            names.append(name)
    return names


def find_addressees(text: str) -> list[str]:
    """Boards and groups of boards in a recommendation's lead-in, in order.

    "kommunstyrelsen och berörda nämnder" → ["Kommunstyrelsen", "berörda nämnder"]. The
    council ("kommunfullmäktige") and municipal companies ("Testby Hamn AB") are addressees
    too, and a bare "nämnden" gives "Nämnden" for the caller to resolve.
    """
    found: list[tuple[int, str]] = []
    spans = [match.span() for match in BODY.finditer(text or "")]
    starts = [start for start, _ in spans]
    found.extend((start, canonical(text[start:end])) for start, end in spans)
    for pattern in (_ASSEMBLY, _BARE):
        for match in pattern.finditer(text or ""):
            # "nämnden" inside "tekniska nämnden" is that board, already found.
            inside = bisect_right(starts, match.start()) - 1
            if inside < 0 or spans[inside][1] <= match.start():
                found.append((match.start(), canonical(match.group(0))))
    for pattern in (_COMPANY, _DISTRICT):
        found.extend(
            (m.start(), " ".join(m.group(0).split())) for m in pattern.finditer(text or "")
        )
    for match in GROUP.finditer(text or ""):
        found.append((match.start(), " ".join(match.group(0).split()).casefold()))
    names: list[str] = []
    for _, name in sorted(found):
        if name not in names:
            names.append(name)
    return names


def is_body_name(text: str) -> bool:
    """Whether ``text`` is nothing but one board's name ("Socialnämnden", "KS" is not)."""
    match = BODY.fullmatch(" ".join(text.split()).strip(" .,:"))
    return match is not None


def abbreviate(name: str) -> str:
    """The usual initials of a board: Kommunstyrelsen → KS, Barn- och ungdomsnämnden → BUN.

    Each word gives its initial and a word ending in -nämnden, -styrelsen or -utskottet
    gives two (Social|nämnden → SN, Arbets|utskottet → AU); "Nämnden för arbete och
    välfärd" → NAV. The one copy: storage derives stored abbreviations with it too.
    """
    letters: list[str] = []
    for word in re.findall(r"[^\W\d_]+", name):
        lowered = word.casefold()
        if lowered in _SKIPPED_WORDS:
            continue
        tail = next((t for t in _TAILS if lowered.endswith(t) and lowered != t), None)
        letters.append(word[0].upper())
        if tail is not None:
            letters.append(_TAILS[tail])
    return "".join(letters)
