"""Forgiving matching of what people type against organisations, boards and audits.

Case, å/ä/ö, punctuation, "kommun"/"region", "nämnden" or not, abbreviations (KS, SN, BUN),
prefixes ("integr") and typos all match. Nothing found raises NoMatch with the nearest names;
several audits fitting equally well raise Ambiguous so the user can pick.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from bot.errors import Ambiguous, NoMatch
from storage.bodies import lookup_key
from storage.read_models import AuditRef, BodyRef, OrganisationRef

ORGANISATION_THRESHOLD = 86
BODY_THRESHOLD = 85
WORD_THRESHOLD = 80
SUGGESTION_THRESHOLD = 55
# Scores this close to the best count as equally good.
TIE_MARGIN = 3
MAX_CHOICES = 10

_ORGANISATION_WORDS = {"kommun", "kommuns", "region", "regionen", "regions", "stad", "stads"}
_STOP_WORDS = {"och", "av", "i", "for", "med", "om", "pa", "till", "granskning", "granskningen"}
_YEAR = re.compile(r"^(19|20)\d\d$")
_AUDIT_ID = re.compile(r"^#?(\d+)$")


def fold(text: str) -> str:
    """ "Barn- och Ungdomsnämnden" → "barn och ungdomsnamnden"."""
    return lookup_key(text)


def _compact(text: str) -> str:
    return fold(text).replace(" ", "")


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


def _organisation_score(query: str, org: OrganisationRef) -> float:
    compact = _compact(query)
    return max(
        _name_score(compact, organisation_key(org.name).replace(" ", "")),
        _name_score(compact, _compact(org.name)),
    )


def _best(scored: list[tuple[float, object]]) -> list:
    if not scored:
        return []
    top = max(score for score, _ in scored)
    return [item for score, item in scored if score >= top - TIE_MARGIN]


def find_organisation(query: str, organisations: Sequence[OrganisationRef]) -> OrganisationRef:
    scored = [(_organisation_score(query, org), org) for org in organisations]
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


def _split_organisation(
    words: list[str], organisations: Sequence[OrganisationRef]
) -> tuple[OrganisationRef | None, list[str]]:
    """Find the organisation named by a run of 1–3 words anywhere; return it and the rest."""
    best: tuple[float, int, int, OrganisationRef] | None = None
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            for org in organisations:
                score = _organisation_score(phrase, org)
                if score >= ORGANISATION_THRESHOLD and (best is None or score > best[0]):
                    best = (score, start, size, org)
    if best is None:
        return None, words
    _, start, size, org = best
    return org, words[:start] + words[start + size :]


# -- boards -------------------------------------------------------------------------------


def _body_score(query: str, body: BodyRef) -> float:
    compact = query.replace(" ", "")
    if body.abbreviation and compact == body.abbreviation.casefold():
        return 100.0
    keys = [_compact(body.name), *(_compact(alias) for alias in body.aliases)]
    return max(_name_score(compact, key) for key in keys)


def match_bodies(query: str, bodies: Sequence[BodyRef]) -> list[BodyRef]:
    """Every board the text names: "socialnämnden" names Socialnämnden in each organisation."""
    folded = fold(query)
    scored = [(_body_score(folded, body), body) for body in bodies]
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
    org, rest = _split_organisation(words, organisations)
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
    scored = [(_organisation_score(query, o), o.name) for o in organisations]
    scored += [(score, _body_label(body)) for score, body in _scored_bodies(query, bodies)]
    raise NoMatch("target", query, _suggest(scored, lambda label: label))


def _scored_bodies(query: str, bodies: Sequence[BodyRef]) -> list[tuple[float, BodyRef]]:
    folded = fold(query)
    return [(_body_score(folded, body), body) for body in bodies]


def _body_label(body: BodyRef) -> str:
    return body.name


# -- audits -------------------------------------------------------------------------------


def _audit_words(audit: AuditRef) -> list[str]:
    text = " ".join(filter(None, [audit.title, audit.audit_firm, audit.organisation]))
    return fold(text).split()


def _word_score(token: str, words: list[str]) -> float:
    best = 0.0
    for word in words:
        if word == token:
            return 100.0
        if len(token) >= 3 and word.startswith(token):
            best = max(best, 95.0)
            continue
        best = max(best, fuzz.ratio(token, word))
        if len(token) >= 4 and len(word) > len(token):
            best = max(best, fuzz.ratio(token, word[: len(token)]) - 5)
    return best


def find_audit(
    query: str, audits: Sequence[AuditRef], organisations: Sequence[OrganisationRef]
) -> AuditRef:
    """By id ("12", "#12"), or organisation and/or year and/or words of the title."""
    text = query.strip()
    by_id = _AUDIT_ID.match(text)
    if by_id and not (_YEAR.match(text) and not text.startswith("#")):
        wanted = int(by_id.group(1))
        for audit in audits:
            if audit.id == wanted:
                return audit
        raise NoMatch("audit", query)

    words = fold(text).split()
    org, rest = _split_organisation(words, organisations)
    candidates = [a for a in audits if org is None or a.organisation_id == org.id]
    years = {int(word) for word in rest if _YEAR.match(word)}
    if years:
        candidates = [a for a in candidates if a.year in years]
        rest = [word for word in rest if not _YEAR.match(word)]
    tokens = [word for word in rest if word not in _STOP_WORDS] or rest

    if not tokens:
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            raise Ambiguous(query, _newest_first(candidates)[:MAX_CHOICES])
        raise NoMatch("audit", query, _audit_suggestions(query, audits))

    scored: list[tuple[float, AuditRef]] = []
    for audit in candidates:
        words_of_audit = _audit_words(audit)
        token_scores = [_word_score(token, words_of_audit) for token in tokens]
        if min(token_scores) >= WORD_THRESHOLD:
            scored.append((sum(token_scores) / len(token_scores), audit))
    best = _best(scored)
    if len(best) == 1:
        return best[0]
    if best:
        raise Ambiguous(query, _newest_first(best)[:MAX_CHOICES])
    raise NoMatch("audit", query, _audit_suggestions(query, audits))


def _newest_first(audits: Sequence[AuditRef]) -> list[AuditRef]:
    return sorted(audits, key=lambda a: (a.organisation, -(a.year or 0), -a.id))


def _audit_suggestions(query: str, audits: Sequence[AuditRef]) -> list[AuditRef]:
    folded = fold(query)
    scored = [(fuzz.token_set_ratio(folded, " ".join(_audit_words(a))), a) for a in audits]
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
