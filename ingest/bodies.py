"""Find the names of boards (nämnder, styrelser) in Swedish text and print them one way.

"kommunstyrelsens", "Kommunstyrelsen" and "kommunstyrelsen" are one board, printed
"Kommunstyrelsen"; "barn- och utbildningsnämnden" becomes "Barn- och utbildningsnämnden";
"nämnden för arbete och välfärd" becomes "Nämnden för arbete och välfärd"; a district board
keeps the district it is named by ("stadsdelsnämnden Söders" is "Stadsdelsnämnden Söder"). A
group of boards ("berörda nämnder") is not a board: addressee lists keep it verbatim, lower
case.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from simplemma import lemmatize

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
# A district board named by its district after the word: "Stadsdelsnämnden Söder",
# "stadsområdesnämnd Norr", "stadsdelsnämnden Askim-Frölunda-Högsbo".
_NAMED_DISTRICT = re.compile(
    r"(?<![\w-])[Ss]tads(?:dels|områdes)nämnd(?:en|ens)?\s+"
    r"(?P<district>[A-ZÅÄÖ][\wåäöé]+(?:-[A-ZÅÄÖ][\wåäöé]+)*)(?![\w-])"
)
_ADJECTIVE_SHAPE = re.compile(r"^(?P<word>[^\W\d_]+a)\s+(?:nämnd|styrelse)", re.IGNORECASE)
_ASSEMBLY = re.compile(r"(?<![\w-])(?:kommun|region|landstings)fullmäktige(?![\w])", re.IGNORECASE)
# "Testby Hamn AB", and "Sjöby Vatten och Avfall AB": "och" or "&" inside a company's name,
# between capitalised words that are not a board ("Kommunstyrelsen och Hamn AB" is two).
_COMPANY = re.compile(
    r"(?<![\w-])(?:(?![\wåäöé-]*(?:nämnd|styrelse|fullmäktige))[A-ZÅÄÖ][\wåäöé-]*\s+"
    r"(?:(?:och|&)\s+(?=[A-ZÅÄÖ]))?){1,3}AB(?![\w])"
)
_BARE = re.compile(
    r"(?<![\w-])(?:nämnden|nämndens|nämnderna|nämndernas|styrelsen|styrelsens|styrelserna|"
    r"styrelsernas)(?!\s+för\s)"
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
    if lowered.endswith(("nämndens", "styrelsens", "nämndernas", "styrelsernas")):
        text = text[:-1]
    text = text[0].upper() + text[1:].lower() if text else text
    return text


def _boards(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of each board named in ``text``, in order."""
    districts = [(m.start(), m.end(), _district(m)) for m in _NAMED_DISTRICT.finditer(text)]
    found = list(districts)
    for match in BODY.finditer(text):
        inside = any(a <= match.start() < b for a, b, _ in districts)
        if not inside and _is_board(match.group(0)):
            found.append((match.start(), match.end(), canonical(match.group(0))))
    return sorted(found)


def _district(match: re.Match[str]) -> str:
    district = match["district"]
    # "stadsdelsnämnden Söders verksamhet": the genitive of the district's name.
    if district.endswith("s") and len(district) > 4:
        district = district[:-1]
    kind = "Stadsdelsnämnden" if "dels" in match.group(0) else "Stadsområdesnämnden"
    return f"{kind} {district}"


def _is_board(name: str) -> bool:
    """Not a verb before "nämnden" taken for an adjective ("vill ha nämndens svar",
    "informera nämnden"): an adjective there is inflected ("tekniska" of teknisk)."""
    shape = _ADJECTIVE_SHAPE.match(name)
    if shape is None:
        return True
    word = shape["word"].casefold()
    return lemmatize(word, lang="sv") != word


def find_bodies(text: str) -> list[str]:
    """Every board named in ``text``, canonical and in order of first mention."""
    names: list[str] = []
    for _, _, name in _boards(text or ""):
        if name not in names:
            names.append(name)
    return names


def find_addressees(text: str) -> list[str]:
    """Boards and groups of boards in a recommendation's lead-in, in order.

    "kommunstyrelsen och berörda nämnder" → ["Kommunstyrelsen", "berörda nämnder"]. The
    council ("kommunfullmäktige") and municipal companies ("Testby Hamn AB") are addressees
    too, and a bare "nämnden" gives "Nämnden" for the caller to resolve.
    """
    text = text or ""
    boards = _boards(text)
    found: list[tuple[int, str]] = [(start, name) for start, _, name in boards]
    spans = [(start, end) for start, end, _ in boards]
    starts = [start for start, _ in spans]
    for pattern in (_ASSEMBLY, _BARE):
        for match in pattern.finditer(text):
            # "nämnden" inside "tekniska nämnden" is that board, already found.
            inside = bisect_right(starts, match.start()) - 1
            if inside < 0 or spans[inside][1] <= match.start():
                found.append((match.start(), canonical(match.group(0))))
    for pattern in (_COMPANY, _DISTRICT):
        found.extend((m.start(), " ".join(m.group(0).split())) for m in pattern.finditer(text))
    for match in GROUP.finditer(text):
        found.append((match.start(), " ".join(match.group(0).split()).casefold()))
    names: list[str] = []
    for _, name in sorted(found):
        if name not in names:
            names.append(name)
    return names


_ADDRESSED_TO = re.compile(r"^(?:till|mottagare):?(?:\s+(?P<bodies>.+))?$", re.IGNORECASE)


def addressed_to(texts: Sequence[str]) -> list[str]:
    """The boards a letter is addressed to, from its opening lines ``texts``: "Till
    socialnämnden", "Till:" above the name, one "Till:" line per board, or further boards'
    names on the lines below the first. "Kopia till" and "För kännedom" lines are not."""
    lines = [text.strip() for text in texts[:20]]
    names: list[str] = []
    for index, line in enumerate(lines):
        match = _ADDRESSED_TO.match(line)
        if match is None:
            continue
        first = match["bodies"] or (lines[index + 1] if index + 1 < len(lines) else "")
        rest = lines[index + 1 if match["bodies"] else index + 2 :]
        candidates = [first]
        for following in rest:
            if not is_body_name(following):
                break
            candidates.append(following)
        for candidate in candidates:
            names.extend(
                name
                for name in find_addressees(candidate)
                if name[:1].isupper() and not GENERIC_BODY.match(name) and name not in names
            )
    return names


def resolve_generic(addressees: list[str], named: list[str]) -> list[str]:
    """``addressees`` with a bare "nämnden"/"styrelsen" made the board of that kind last
    ``named``, "nämnderna"/"styrelserna" every board of that kind named; a company's
    "styrelsen" is the company's ("Till styrelsen i Norrby Vatten AB"). One left unnamed is
    dropped."""
    resolved: list[str] = []
    for name in addressees:
        if GENERIC_BODY.match(name):
            plural = name.casefold().endswith("erna")
            kind = name.casefold()[: -4 if plural else -2]
            earlier = [n for n in named if not GENERIC_BODY.match(n) and kind in n.casefold()]
            if kind.startswith("styrels"):
                # In a letter about a company, "styrelsen" is the company's board.
                earlier = [n for n in named if _COMPANY.fullmatch(n)] or earlier
            names = list(dict.fromkeys(earlier)) if plural else earlier[-1:]
        else:
            names = [name]
        resolved.extend(n for n in names if n not in resolved)
    return resolved


def is_body_name(text: str) -> bool:
    """Whether ``text`` is nothing but one board's name ("Socialnämnden", "KS" is not)."""
    name = " ".join(text.split()).strip(" .,:")
    match = BODY.fullmatch(name) or _NAMED_DISTRICT.fullmatch(name)
    return match is not None and _is_board(name)


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
