"""Small text tools shared by the extractors: Swedish sentences and fuzzy comparison."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from simplemma import split_sentences

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "t.ex",
    "bl.a",
    "d.v.s",
    "dvs",
    "m.m",
    "s.k",
    "t.o.m",
    "fr.o.m",
    "p.g.a",
    "pga",
    "kap",
    "nr",
    "ca",
    "resp",
    "enl",
    "jfr",
    "m.fl",
    "o.d",
    "inkl",
    "exkl",
    "f.d",
    "tex",
    "bla",
    "ang",
    "avd",
    "prop",
    "st",
    "kl",
}
# simplemma's splitter reads any language the same way: it takes "1 §" after "6 kap." for a
# new sentence and "revisorsgrupp 2. Ordförande …" for one. Those two cases are mended here.
_ORDINAL_END = re.compile(r"(?:(?<=\s\d)|(?<=\s\d\d))\.\s+(?=[A-ZÅÄÖ])")


def sentences(text: str) -> list[str]:
    """``text`` cut into Swedish sentences, without splitting at "t.ex." or "6 kap. 6 §"."""
    return list(_sentences(text))


# Every extractor reads the same blocks sentence by sentence: split each block once.
@lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[str, ...]:
    parts: list[str] = []
    for piece in split_sentences(text, lang="sv"):
        if parts and _ends_in_abbreviation(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.extend(_split_after_number(piece))
    return tuple(parts)


def _ends_in_abbreviation(sentence: str) -> bool:
    if not sentence.endswith("."):
        return False
    last_word = sentence.rsplit(" ", 1)[-1].rstrip(".").casefold()
    return last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha())


def _split_after_number(piece: str) -> list[str]:
    """ "… i revisorsgrupp 2. Ordförande …" is two sentences; "2. Bakgrund" at the start is
    a numbered heading, one."""
    if not _ORDINAL_END.search(piece):
        return [piece]
    parts: list[str] = []
    start = 0
    for match in _ORDINAL_END.finditer(piece):
        parts.append(piece[start : match.start() + 1].strip())
        start = match.end()
    parts.append(piece[start:].strip())
    return [part for part in parts if part]


def squash(text: str) -> str:
    """Lower case, words only: for comparing two printings of the same sentence."""
    text = re.sub(r"(\w)- (?!och\b|eller\b|samt\b)(\w)", r"\1\2", text)
    return " ".join(re.findall(r"\w+", text.casefold()))


def similarity(a: str, b: str, *, at_least: float = 0.0) -> float:
    """How alike two printings of a sentence are, 0..1 (hyphenation and case ignored).

    Below ``at_least`` the answer is only an upper bound, which is cheaper to compute.
    """
    matcher = SequenceMatcher(None, squash(a), squash(b), autojunk=False)
    bound = matcher.quick_ratio()
    return bound if bound < at_least else matcher.ratio()


def containment(quote: str, text: str) -> float:
    """The share of ``quote``'s words that occur in ``text``: a shortened quotation scores 1."""
    words = set(squash(quote).split())
    if not words:
        return 0.0
    return len(words & set(squash(text).split())) / len(words)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
