"""Verbs that open a piece of advice: "Inför …", "Ta fram …", "Säkerställa …", "Utvecklar …".

A list of recommendations that lost its bullets, or advice quoted in a board's response, is
told by its first word: a verb in the imperative, the infinitive, or the present tense that
completes the lead-in's "att". simplemma's Swedish lemmas say which form a word is.
"""

from __future__ import annotations

from simplemma import is_known, lemmatize

_VERB_LEMMAS = frozenset(("se", "tillse", "överse", "göra"))


def imperative(word: str) -> bool:
    """A verb in the imperative: its dictionary form is the word plus -a ("Följ" →
    följa, "Säkerställ" → säkerställa; "Inför" may be införa as well as a preposition)."""
    lowered = word.casefold()
    infinitive = lowered + "a"
    if len(lowered) <= 3 and lowered[-1:] in "aeiouyåäö":
        # A short verb whose imperative is its infinitive: "Ta fram …", "Gå igenom …".
        return lemmatize(lowered + "r", lang="sv") == lowered
    return lemmatize(lowered, lang="sv") == infinitive or (
        len(lowered) >= 4
        and is_known(infinitive, lang="sv")
        and lemmatize(infinitive, lang="sv") == infinitive
    )


def opens_advice(word: str) -> bool:
    """A verb as a list of advice opens its items: imperative (Inför), infinitive
    (Införa, Utveckla), present tense completing "att" (Utvecklar, Tillser), or "Att"."""
    lowered = word.strip(",.:;").casefold()
    if lowered == "att" or lowered in _VERB_LEMMAS or imperative(lowered):
        return True
    lemma = lemmatize(lowered, lang="sv")
    if lowered.endswith("a"):
        # Its present tense (utvecklar, följer) or, for a verb whose stem ends in r
        # (införa, genomföra), its past tense (införde) leads back to it.
        return lemma == lowered and any(
            lemmatize(form, lang="sv") == lowered
            for form in (lowered + "r", lowered[:-1] + "er", lowered[:-1] + "de")
        )
    return lowered.endswith("r") and lemma in (lowered[:-2] + "a", lowered[:-1])
