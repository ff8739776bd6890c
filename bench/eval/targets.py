"""The issue's "done when" on ../shared/corpus, as checks over one form's scores."""

from __future__ import annotations

from bench.eval.run import Scores

RECOMMENDATION_RECALL = 0.95
ADDRESSEE_RECALL = 0.95
RESPONDER_RECALL = 0.90


def unmet(scores: Scores) -> list[str]:
    """What the scores fall short of, in words; empty when every target is met."""
    missing: list[str] = []
    real = scores.parts.get("real", {})
    if real:
        recommendations = real["recommendations"]
        if (recommendations.recall or 0) < RECOMMENDATION_RECALL:
            missing.append(f"recommendations ≥ {RECOMMENDATION_RECALL:.0%}")
        if recommendations.extra:
            missing.append("no invented recommendation")
        if real["negatives clean"].missed:
            missing.append("every negative gives nothing")
        if (real["rec. addressees"].recall or 0) < ADDRESSEE_RECALL:
            missing.append(f"addressees ≥ {ADDRESSEE_RECALL:.0%}")
        deadlines = real["response deadline"]
        if deadlines.missed or deadlines.extra:
            missing.append("every resolvable deadline exact, no other")
        if (real["responders"].recall or 0) < RESPONDER_RECALL:
            missing.append(f"responders ≥ {RESPONDER_RECALL:.0%}")
    reports = scores.parts.get("reports", {})
    inexact = [name for name, t in reports.items() if t.missed or t.extra]
    if inexact:
        missing.append("seed reports exact (" + ", ".join(inexact) + ")")
    return missing
