"""Forgiving matching of what people type against organisations, boards and audits.

Case, å/ä/ö, punctuation, "kommun"/"region", "nämnden" or not, abbreviations (KS, SN, BUN),
prefixes ("integr") and typos all match. Nothing found raises NoMatch with the nearest names;
several audits fitting equally well raise Ambiguous so the user can pick.

At national scale a name is scored against 311 organisations and 2,466 boards, in several
word runs of the query: the stored names are folded once per list (``_Keys``) and scored
all at once with rapidfuzz's ``cdist``, by the same rules as ``_name_score``.
"""

from __future__ import annotations

import re
import sys
import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, Protocol, TypeVar

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.core.errors import Ambiguous, NoMatch
from storage.bodies import lookup_key
from storage.read_models import AuditRef, BodyRef, OrganisationRef

ORGANISATION_THRESHOLD = 86
BODY_THRESHOLD = 85
WORD_THRESHOLD = 80
SUGGESTION_THRESHOLD = 55
# Scores this close to the best count as equally good.
TIE_MARGIN = 3
MAX_CHOICES = 10

K = TypeVar("K")

_ORGANISATION_WORDS = {"kommun", "kommuns", "region", "regionen", "regions", "stad", "stads"}
_STOP_WORDS = {"och", "av", "i", "for", "med", "om", "pa", "till", "granskning", "granskningen"}
_YEAR = re.compile(r"^(19|20)\d\d$")
_AUDIT_ID = re.compile(r"^#?(\d+)$")


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """ "Barn- och Ungdomsnämnden" → "barn och ungdomsnamnden"."""
    return lookup_key(text)


def _compact(text: str) -> str:
    return fold(text).replace(" ", "")


@lru_cache(maxsize=8_192)
def organisation_key(name: str) -> str:
    """ "Vänersborgs kommun" → "vanersborgs"; "Region Uppsala" → "uppsala"."""
    words = [w for w in fold(name).split() if w not in _ORGANISATION_WORDS]
    return " ".join(words) or fold(name)


def _name_score(query: str, key: str) -> float:
    """How well a typed name fits a stored one (both folded and compacted)."""
    if not query or not key:
        return 0.0
    if query == key:
        return 100.0
    score = fuzz.ratio(query, key)
    if len(query) >= 4 and key.startswith(query):
        score = max(score, 92.0)
    # "vanersborg" for "vanersborgs", "knivst" for "knivsta": a short tail is a typo or genitive.
    if len(query) >= 5 and abs(len(key) - len(query)) <= 2:
        score = max(score, fuzz.ratio(query, key[: len(query)]) - 4)
    # One slip of the finger in a short name ("angbu"), two in a long one.
    slips = Levenshtein.distance(query, key)
    if (slips == 1 and len(key) >= 4) or (slips == 2 and len(key) >= 9):
        score = max(score, 88.0)
    return score


class _Keys:
    """The folded, compacted names of a list of items (several keys per item allowed),
    ready to be scored against a query in one go: ``scores(query)[i]`` is the best
    ``_name_score`` of item i's keys."""

    def __init__(self, keys_per_item: Sequence[Sequence[str]]) -> None:
        self.count = len(keys_per_item)
        self.keys = [key for keys in keys_per_item for key in keys]
        self.owner = np.repeat(np.arange(self.count), [len(keys) for keys in keys_per_item])
        self.lengths = np.array([len(key) for key in self.keys], dtype=np.int64)
        self._sorted = sorted(range(len(self.keys)), key=self.keys.__getitem__)
        self._sorted_keys = [self.keys[i] for i in self._sorted]
        self._heads: dict[int, list[str]] = {}

    def _head(self, n: int) -> list[str]:
        """Every key cut to its first ``n`` characters (kept per n: queries repeat lengths)."""
        if n not in self._heads:
            self._heads[n] = [key[:n] for key in self.keys]
        return self._heads[n]

    def _starting_with(self, query: str) -> list[int]:
        start = bisect_left(self._sorted_keys, query)
        end = start
        while end < len(self._sorted_keys) and self._sorted_keys[end].startswith(query):
            end += 1
        return self._sorted[start:end]

    def scores(self, query: str) -> np.ndarray:
        """``_name_score(query, key)`` for every key, the best per item (query compacted)."""
        best = np.zeros(self.count)
        if not query or not self.keys:
            return best
        n = len(query)
        scores = process.cdist([query], self.keys, scorer=fuzz.ratio, dtype=np.float64)[0]
        if n >= 4:
            prefixed = self._starting_with(query)
            scores[prefixed] = np.maximum(scores[prefixed], 92.0)
        if n >= 5:
            near = np.abs(self.lengths - n) <= 2
            heads = process.cdist([query], self._head(n), scorer=fuzz.ratio, dtype=np.float64)[0]
            scores = np.where(near, np.maximum(scores, heads - 4), scores)
        slips = process.cdist([query], self.keys, scorer=Levenshtein.distance, score_cutoff=2)[0]
        slipped = ((slips == 1) & (self.lengths >= 4)) | ((slips == 2) & (self.lengths >= 9))
        scores = np.where(slipped, np.maximum(scores, 88.0), scores)
        scores = np.where(self.lengths == 0, 0.0, scores)
        np.maximum.at(best, self.owner, scores)
        return best


class _KeysOf(Generic[K]):
    """What ``make`` derives from a list (``_Keys``, ``_AuditWords``), remembered for the
    lists the name cache hands out (the same tuple until a name changes), so the stored
    names are folded once, not per command."""

    def __init__(self, make: Callable[[Sequence], K], size: int = 16) -> None:
        self._make = make
        self._size = size
        self._made: OrderedDict[int, tuple[Sequence, K]] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, items: Sequence) -> K:
        if not isinstance(items, tuple):
            return self._make(items)
        with self._lock:
            hit = self._made.get(id(items))
            if hit is not None and hit[0] is items:
                self._made.move_to_end(id(items))
                return hit[1]
        keys = self._make(items)
        with self._lock:
            self._made[id(items)] = (items, keys)
            while len(self._made) > self._size:
                self._made.popitem(last=False)
        return keys


_organisation_keys = _KeysOf(
    lambda organisations: _Keys(
        [(organisation_key(org.name).replace(" ", ""), _compact(org.name)) for org in organisations]
    )
)


def _organisation_scores(query: str, organisations: Sequence[OrganisationRef]) -> np.ndarray:
    return _organisation_keys(organisations).scores(_compact(query))


def _best(scored: list[tuple[float, object]]) -> list:
    if not scored:
        return []
    top = max(score for score, _ in scored)
    return [item for score, item in scored if score >= top - TIE_MARGIN]


def find_organisation(query: str, organisations: Sequence[OrganisationRef]) -> OrganisationRef:
    scored = list(
        zip(_organisation_scores(query, organisations).tolist(), organisations, strict=True)
    )
    good = [(score, org) for score, org in scored if score >= ORGANISATION_THRESHOLD]
    best = _best(good)
    if len(best) == 1:
        return best[0]
    if best:
        raise NoMatch("organisation", query, [org.name for org in best])
    raise NoMatch("organisation", query, _suggest(scored, lambda org: org.name))


def _suggest(scored: list[tuple[float, object]], name) -> list[str]:
    ranked = sorted(
        ((score, name(item)) for score, item in scored if score >= SUGGESTION_THRESHOLD),
        key=lambda pair: -pair[0],
    )
    return list(dict.fromkeys(label for _, label in ranked))[:3]


def split_organisation(
    words: list[str], organisations: Sequence[OrganisationRef]
) -> tuple[OrganisationRef | None, list[str]]:
    """Find the organisation named by a run of 1–3 words anywhere; return it and the rest."""
    best: tuple[float, int, int, OrganisationRef] | None = None
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            scores = _organisation_scores(phrase, organisations)
            if not len(scores):
                continue
            first_best = int(np.argmax(scores))
            score = float(scores[first_best])
            if score >= ORGANISATION_THRESHOLD and (best is None or score > best[0]):
                best = (score, start, size, organisations[first_best])
    if best is None:
        return None, words
    _, start, size, org = best
    return org, words[:start] + words[start + size :]


# -- boards -------------------------------------------------------------------------------


class _BodyKeys(_Keys):
    def __init__(self, bodies: Sequence[BodyRef]) -> None:
        super().__init__(
            [[_compact(body.name), *(_compact(alias) for alias in body.aliases)] for body in bodies]
        )
        self.abbreviations = [(body.abbreviation or "").casefold() for body in bodies]

    def body_scores(self, folded_query: str) -> np.ndarray:
        """``_body_score``: the abbreviation typed exactly is a full match, else the names."""
        compact = folded_query.replace(" ", "")
        scores = self.scores(compact)
        for index, abbreviation in enumerate(self.abbreviations):
            if abbreviation and abbreviation == compact:
                scores[index] = 100.0
        return scores


_body_keys = _KeysOf(_BodyKeys)


def _scored_bodies(query: str, bodies: Sequence[BodyRef]) -> list[tuple[float, BodyRef]]:
    scores = _body_keys(bodies).body_scores(fold(query))
    return list(zip(scores.tolist(), bodies, strict=True))


def match_bodies(query: str, bodies: Sequence[BodyRef]) -> list[BodyRef]:
    """Every board the text names: "socialnämnden" names Socialnämnden in each organisation."""
    scored = _scored_bodies(query, bodies)
    return _best([(score, body) for score, body in scored if score >= BODY_THRESHOLD])


@dataclass(frozen=True, slots=True)
class Target:
    """What `rek` and `öppna` look at: an organisation, some boards, or a board of one."""

    organisation: OrganisationRef | None
    bodies: tuple[BodyRef, ...]


def find_target(
    query: str, organisations: Sequence[OrganisationRef], bodies: Sequence[BodyRef]
) -> Target:
    words = fold(query).split()
    org, rest = split_organisation(words, organisations)
    if org is not None:
        if not rest:
            return Target(org, ())
        own = [body for body in bodies if body.organisation_id == org.id]
        found = match_bodies(" ".join(rest), own)
        if found:
            return Target(org, tuple(found))
        raise NoMatch("body", query, _suggest(_scored_bodies(" ".join(rest), own), _body_label))
    found = match_bodies(query, bodies)
    if found:
        return Target(None, tuple(found))
    organisation_scores = _organisation_scores(query, organisations).tolist()
    scored = [(score, o.name) for score, o in zip(organisation_scores, organisations, strict=True)]
    scored += [(score, _body_label(body)) for score, body in _scored_bodies(query, bodies)]
    raise NoMatch("target", query, _suggest(scored, lambda label: label))


def _body_label(body: BodyRef) -> str:
    return body.name


# -- audits -------------------------------------------------------------------------------


def _audit_words(audit: AuditRef) -> list[str]:
    text = " ".join(filter(None, [audit.title, audit.audit_firm, audit.organisation]))
    return fold(text).split()


@lru_cache(maxsize=65_536)
def _word_match(token: str, word: str) -> float:
    if word == token:
        return 100.0
    if len(token) >= 3 and word.startswith(token):
        return 95.0
    score = fuzz.ratio(token, word)
    if len(token) >= 4 and len(word) > len(token):
        score = max(score, fuzz.ratio(token, word[: len(token)]) - 5)
    return score


def _word_score(token: str, words: list[str]) -> float:
    return max((_word_match(token, word) for word in words), default=0.0)


class _AuditWords:
    """The distinct words of many audits and which audits use each: a token is scored
    against a few thousand words instead of every audit's (24,880 audits at national scale
    when no organisation is named)."""

    def __init__(self, audits: Sequence[AuditRef]) -> None:
        self.texts = [" ".join(_audit_words(audit)) for audit in audits]
        # Positions in ``audits``, so that what is found keeps the list's order.
        self.audits = audits
        # Interned: a few thousand distinct words shared by tens of thousands of audits.
        self.words = [[sys.intern(word) for word in text.split()] for text in self.texts]
        self.positions_by_word: dict[str, set[int]] = {}
        for position, words in enumerate(self.words):
            for word in words:
                self.positions_by_word.setdefault(word, set()).add(position)

    def scored(self, tokens: list[str]) -> list[tuple[float, AuditRef]]:
        """As find_audit's scoring of every audit, for those that can pass: a word scoring
        below WORD_THRESHOLD for a token is never an audit's best for it once it passes."""
        fitting = [
            {
                word: score
                for word in self.positions_by_word
                if (score := _word_match(token, word)) >= WORD_THRESHOLD
            }
            for token in tokens
        ]
        positions = set.intersection(
            *(set().union(*(self.positions_by_word[word] for word in words)) for words in fitting)
        )
        scored = []
        for position in sorted(positions):
            audit = self.audits[position]
            words = self.words[position]
            token_scores = [max(fit.get(word, 0.0) for word in words) for fit in fitting]
            scored.append((sum(token_scores) / len(token_scores), audit))
        return scored


_audit_words_of = _KeysOf(_AuditWords)
# Above this many candidates, the word index picks those worth scoring.
_INDEXED_ABOVE = 400


class AuditSource(Protocol):
    """Where ``find_audit`` reads audits: one by its id, or those of one organisation
    (None: of the whole workspace, which is read only when no organisation is named)."""

    def by_id(self, audit_id: int) -> AuditRef | None: ...

    def of(self, organisation: OrganisationRef | None) -> Sequence[AuditRef]: ...

    def dated(
        self,
        organisation: OrganisationRef | None,
        years: set[int],
        among: Collection[int] | None = None,
    ) -> set[int]:
        """The ids of those audits (of ``among``, when given) that belong to one of ``years``
        (storage.audits.dated_in: by audit year, report date or a response's date)."""
        ...


@dataclass(frozen=True, slots=True)
class AuditsInHand:
    """An AuditSource over a list already read."""

    audits: Sequence[AuditRef]

    def by_id(self, audit_id: int) -> AuditRef | None:
        return next((audit for audit in self.audits if audit.id == audit_id), None)

    def of(self, organisation: OrganisationRef | None) -> Sequence[AuditRef]:
        if organisation is None:
            return self.audits
        return [audit for audit in self.audits if audit.organisation_id == organisation.id]

    def dated(
        self,
        organisation: OrganisationRef | None,
        years: set[int],
        among: Collection[int] | None = None,
    ) -> set[int]:
        """By audit year and report date: a list in hand knows no responses."""
        return {
            audit.id
            for audit in self.of(organisation)
            if (among is None or audit.id in among)
            and (
                audit.audit_year in years
                or (audit.report_date is not None and audit.report_date.year in years)
            )
        }


def find_audit(
    query: str, audits: AuditSource, organisations: Sequence[OrganisationRef]
) -> AuditRef:
    """By id ("12", "#12"), or organisation and/or year and/or words of the title.

    The organisation is found first, so only its audits are read and scored.
    """
    text = query.strip()
    by_id = _AUDIT_ID.match(text)
    if by_id and not (_YEAR.match(text) and not text.startswith("#")):
        found = audits.by_id(int(by_id.group(1)))
        if found is not None:
            return found
        raise NoMatch("audit", query)

    words = fold(text).split()
    org, rest = split_organisation(words, organisations)
    scope = audits.of(org)
    years = {int(word) for word in rest if _YEAR.match(word)}
    rest = [word for word in rest if not _YEAR.match(word)]
    tokens = [word for word in rest if word not in _STOP_WORDS] or rest

    if not tokens:
        dated = audits.dated(org, years) if years else None
        candidates = [a for a in scope if dated is None or a.id in dated]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            raise Ambiguous(query, _newest_first(candidates)[:MAX_CHOICES])
        raise NoMatch("audit", query, _audit_suggestions(query, scope))

    if len(scope) > _INDEXED_ABOVE:
        # Every token must fit some word of an audit (min ≥ WORD_THRESHOLD below): only
        # the audits with such a word for each token can pass, and the index finds them.
        scored = _audit_words_of(scope).scored(tokens)
    else:
        scored = []
        for audit in scope:
            words_of_audit = _audit_words(audit)
            token_scores = [_word_score(token, words_of_audit) for token in tokens]
            if min(token_scores) >= WORD_THRESHOLD:
                scored.append((sum(token_scores) / len(token_scores), audit))
    if years:
        # Only the audits the words matched are looked up by date.
        dated = audits.dated(org, years, among={audit.id for _, audit in scored})
        scored = [(score, audit) for score, audit in scored if audit.id in dated]
    best = _best(scored)
    if len(best) == 1:
        return best[0]
    if best:
        raise Ambiguous(query, _newest_first(best)[:MAX_CHOICES])
    raise NoMatch("audit", query, _audit_suggestions(query, scope))


def _newest_first(audits: Sequence[AuditRef]) -> list[AuditRef]:
    return sorted(audits, key=lambda a: (a.organisation, -(a.year or 0), -a.id))


def _audit_suggestions(query: str, audits: Sequence[AuditRef]) -> list[AuditRef]:
    texts = (
        _audit_words_of(audits).texts
        if len(audits) > _INDEXED_ABOVE
        else [" ".join(_audit_words(a)) for a in audits]
    )
    scores = process.cdist([fold(query)], texts, scorer=fuzz.token_set_ratio, dtype=np.float64)
    scored = list(zip(scores[0].tolist(), audits, strict=True))
    ranked = sorted(
        (pair for pair in scored if pair[0] >= SUGGESTION_THRESHOLD), key=lambda p: -p[0]
    )
    return [audit for _, audit in ranked[:3]]


def parse_year(text: str) -> tuple[str, int | None]:
    """ "knivsta 2019" → ("knivsta", 2019): the year given last to `granskningar`."""
    words = text.split()
    if words and _YEAR.match(words[-1]):
        return " ".join(words[:-1]), int(words[-1])
    return text, None
