"""Counting hits, misses and inventions, and deciding when two printings of a text are one.

Texts are compared as the corpus READMEs say: whitespace collapsed, case ignored, a list
marker in front and punctuation at the end not counted ("– Säkerställa att …," is
"säkerställa att …"). One more leniency: the real/ cases sometimes keep only the first
sentence of a bullet that goes on to explain itself, while the seed reports keep the whole
bullet as one recommendation; a found text counts when its first sentences are the expected
text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")

_MARKER = re.compile(r"^(?:[-–—•●▪■*·]|\(?\d{1,3}[.)]|\(?[a-zåäö]\))\s+", re.IGNORECASE)
_TRAILING = re.compile(r"[\s.,;:!?]+$")
_SENTENCE_END = re.compile(r"^[.!?]['\"”’)]*\s+\S")


@dataclass
class Tally:
    """Expected items found (``hit``), expected items not found (``missed``) and items given
    that were not expected (``extra``)."""

    hit: int = 0
    missed: int = 0
    extra: int = 0

    @property
    def expected(self) -> int:
        return self.hit + self.missed

    @property
    def given(self) -> int:
        return self.hit + self.extra

    @property
    def recall(self) -> float | None:
        return self.hit / self.expected if self.expected else None

    @property
    def precision(self) -> float | None:
        return self.hit / self.given if self.given else None

    def add(self, other: Tally) -> None:
        self.hit += other.hit
        self.missed += other.missed
        self.extra += other.extra

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "hit": self.hit,
            "missed": self.missed,
            "extra": self.extra,
            "recall": self.recall,
            "precision": self.precision,
        }


def normalised(text: str | None) -> str:
    """``text`` as the scorer compares it: one line, lower case, no marker, no end stop."""
    flat = " ".join((text or "").split())
    flat = _MARKER.sub("", flat)
    return _TRAILING.sub("", flat).casefold()


def same_text(found: str | None, expected: str | None) -> bool:
    """Whether ``found`` is ``expected``, or ``expected`` followed by whole sentences more."""
    got, want = normalised(found), normalised(expected)
    if not want:
        return not got
    if got == want:
        return True
    if not got.startswith(want):
        return False
    rest = " ".join((found or "").split()).casefold()
    at = rest.find(want)
    return bool(_SENTENCE_END.match(rest[at + len(want) :]))


def same_names(found: Sequence[str], expected: Sequence[str]) -> bool:
    """Two lists of board names, in any order and case."""
    return sorted(normalised(n) for n in found) == sorted(normalised(n) for n in expected)


def pair(
    found: Sequence[T], expected: Sequence[U], same: Callable[[T, U], bool]
) -> tuple[list[tuple[T, U]], list[T], list[U]]:
    """Match each expected item to the first unmatched found item that is the same.

    Returns the pairs, the found items left over and the expected items not found.
    """
    left = list(found)
    pairs: list[tuple[T, U]] = []
    missing: list[U] = []
    for want in expected:
        index = next((n for n, got in enumerate(left) if same(got, want)), None)
        if index is None:
            missing.append(want)
        else:
            pairs.append((left.pop(index), want))
    return pairs, left, missing


def tally_items(found: Sequence[T], expected: Sequence[U], same: Callable[[T, U], bool]) -> Tally:
    pairs, extra, missing = pair(found, expected, same)
    return Tally(hit=len(pairs), missed=len(missing), extra=len(extra))


def tally_value(found: object, expected: object, same: Callable[[object, object], bool]) -> Tally:
    """One field with one value: a hit when equal, a miss when a value was expected and not
    given, an extra when a value was given and is wrong (a wrong value is both)."""
    if expected is None:
        return Tally(extra=int(found is not None))
    if found is not None and same(found, expected):
        return Tally(hit=1)
    return Tally(missed=1, extra=int(found is not None))
