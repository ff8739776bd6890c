"""Small text tools shared by the extractors: Swedish sentences and fuzzy comparison."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

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
_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-ZÅÄÖ0-9\"”“(])")


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences, without splitting at "t.ex." or "6 kap. 6 §"."""
    parts: list[str] = []
    start = 0
    for match in _SPLIT.finditer(text):
        before = text[start : match.start()].rstrip('.!?"”’)')
        last_word = before.rsplit(" ", 1)[-1].casefold()
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        parts.append(text[start : match.start()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


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
