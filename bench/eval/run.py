"""Import every corpus text in a given form and score each field against its expectation."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.eval.scoring import (
    Tally,
    normalised,
    pair,
    same_names,
    same_text,
    tally_items,
    tally_value,
)
from ingest import extract_file
from ingest.schema import Extraction

Form = Callable[[Path, Path], Path]

REPO = Path(__file__).resolve().parents[2]
# Texts written for the project in its own words (tests/ingest/generalisation/README.md):
# the same scoring as real/, on documents the rules were not tuned on.
OWN_SET = REPO / "tests" / "ingest" / "generalisation"


def as_text(source: Path, directory: Path) -> Path:
    """The corpus text itself, imported as the .txt file it is."""
    return source


def available_forms() -> dict[str, Form]:
    """Plain text, and whatever bench/eval/forms.py renders (PDF, DOCX …) once it exists."""
    forms: dict[str, Form] = {"text": as_text}
    try:
        extra = importlib.import_module("bench.eval.forms")
    except ModuleNotFoundError as error:
        if error.name != "bench.eval.forms":
            raise
    else:
        forms.update(extra.FORMS)
    return forms


def corpus_dir() -> Path | None:
    """../shared/corpus beside the repository, else $REVISORBOT_CORPUS."""
    candidates = [REPO.parent / "shared" / "corpus"]
    if os.environ.get("REVISORBOT_CORPUS"):
        candidates.append(Path(os.environ["REVISORBOT_CORPUS"]))
    return next((c for c in candidates if (c / "reports").is_dir() or (c / "real").is_dir()), None)


# The fields of each part, in the order they are printed.
REPORT_FIELDS = (
    "organisation",
    "title",
    "audit firm",
    "report date",
    "audit year",
    "audited bodies",
    "purpose",
    "overall assessment",
    "questions",
    "question grades",
    "question bodies",
    "recommendations",
    "rec. addressees",
    "rec. area",
    "response deadline",
    "deadline text",
    "responders",
    "responses",
    "response date/dnr",
    "actions",
    "action due",
    "action rec. link",
)
REAL_FIELDS = (
    "recommendations",
    "rec. addressees",
    "response deadline",
    "unresolved said",
    "responders",
    "negatives clean",
)


@dataclass
class Scores:
    """The tallies of one form: per part ("reports", "real", "own"), per field; and per case what
    went wrong, for reading the misses."""

    form: str
    parts: dict[str, dict[str, Tally]] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def tally(self, part: str, name: str) -> Tally:
        return self.parts.setdefault(part, {}).setdefault(name, Tally())

    def note(self, case: str, message: str) -> None:
        self.misses.setdefault(case, []).append(message)

    def as_dict(self) -> dict[str, Any]:
        return {
            "form": self.form,
            "parts": {
                part: {name: t.as_dict() for name, t in fields.items()}
                for part, fields in self.parts.items()
            },
            "misses": self.misses,
        }


def evaluate(
    corpus: Path, form: Form = as_text, *, name: str = "text", own: Path | None = OWN_SET
) -> Scores:
    """Score the importer on ``corpus`` with each text imported through ``form``, and on the
    project's own texts in ``own`` (a folder of .txt files and their cases.json), if any."""
    scores = Scores(form=name)
    parts = ("reports", "real", "own") if own is not None else ("reports", "real")
    for part in parts:
        for field_name in REPORT_FIELDS if part == "reports" else REAL_FIELDS:
            scores.tally(part, field_name)
    with tempfile.TemporaryDirectory(prefix="revisorbot-eval-") as scratch:
        directory = Path(scratch)
        for source in sorted((corpus / "reports").glob("*.txt")):
            expected_file = corpus / "expected" / f"{source.stem}.json"
            if expected_file.exists():
                expected = json.loads(expected_file.read_text(encoding="utf-8"))
                _score_report(scores, source.stem, _extract(form, source, directory), expected)
        for part, folder in (("real", corpus / "real"), ("own", own)):
            cases_file = folder / "cases.json" if folder is not None else None
            if cases_file is None or not cases_file.exists():
                continue
            for case in json.loads(cases_file.read_text(encoding="utf-8")):
                source = folder / f"{case['id']}.txt"
                if source.exists():
                    got = _extract(form, source, directory)
                    _score_real(scores, case["id"], got, case, part=part)
    return scores


def _extract(form: Form, source: Path, directory: Path) -> Extraction:
    return extract_file(form(source, directory))


# --- the seed reports against expected/ -------------------------------------------------------


def _same(found: object, expected: object) -> bool:
    if isinstance(found, str) and isinstance(expected, str):
        return normalised(found) == normalised(expected)
    return found == expected


def _score_report(scores: Scores, case: str, got: Extraction, want: dict[str, Any]) -> None:
    def add(name: str, tally: Tally, detail: str | None = None) -> None:
        scores.tally("reports", name).add(tally)
        if (tally.missed or tally.extra) and detail is not None:
            scores.note(case, f"{name}: {detail}")

    for name, key in (
        ("organisation", "organisation"),
        ("title", "title"),
        ("audit firm", "audit_firm"),
        ("report date", "report_date"),
        ("audit year", "audit_year"),
        ("purpose", "purpose"),
        ("overall assessment", "overall_assessment"),
    ):
        found = getattr(got, key)
        add(name, tally_value(found, want[key], _same), f"got {found!r}, expected {want[key]!r}")
    add(
        "audited bodies",
        tally_items(got.audited_bodies, want["audited_bodies"], _same),
        f"got {got.audited_bodies}, expected {want['audited_bodies']}",
    )

    questions, _, missing = pair(
        got.questions, want["questions"], lambda g, w: same_text(g.text, w["text"])
    )
    add(
        "questions",
        Tally(len(questions), len(missing), len(got.questions) - len(questions)),
        f"{len(got.questions)} given, {len(missing)} of {len(want['questions'])} not found",
    )
    for attribute, name in (("assessment", "question grades"), ("body", "question bodies")):
        tally = Tally()
        for found, expected in questions:
            tally.add(tally_value(getattr(found, attribute), expected[attribute], _same))
        for expected in missing:
            tally.add(tally_value(None, expected[attribute], _same))
        add(name, tally, f"{tally.missed} missed, {tally.extra} wrong")

    _score_recommendations(scores, "reports", case, got, want["recommendations"], area=True)

    request = got.response_request
    wanted = want["response_request"] or {}
    deadline = request.deadline.isoformat() if request and request.deadline else None
    add(
        "response deadline",
        tally_value(deadline, wanted.get("deadline"), _same),
        f"got {deadline}, expected {wanted.get('deadline')}",
    )
    text = request.deadline_text if request else None
    add(
        "deadline text",
        tally_value(text, wanted.get("deadline_text"), _same),
        f"got {text!r}, expected {wanted.get('deadline_text')!r}",
    )
    bodies = request.from_bodies if request else []
    add(
        "responders",
        tally_items(bodies, wanted.get("from_bodies", []), _same),
        f"got {bodies}, expected {wanted.get('from_bodies', [])}",
    )

    _score_responses(add, got, want["responses"])

    # No expectation exists for findings yet: how many, and how many questions carry their
    # assessment text, are counted for reading, not scored.
    with_text = sum(1 for q in got.questions if q.assessment_text)
    scores.tally("findings", "assessment texts").add(
        Tally(hit=with_text, missed=len(got.questions) - with_text)
    )
    scores.tally("findings", "passages").add(Tally(hit=len(got.passages)))
    scores.tally("findings", "passages with a page").add(
        Tally(hit=sum(1 for p in got.passages if p.page is not None))
    )


def _score_responses(add, got: Extraction, wanted: list[dict[str, Any]]) -> None:
    responses, extra, missing = pair(
        got.responses, wanted, lambda g, w: normalised(g.body) == normalised(w["body"])
    )
    add(
        "responses",
        Tally(len(responses), len(missing), len(extra)),
        f"{len(got.responses)} given, {len(wanted)} expected",
    )
    header = Tally()
    for found, expected in responses:
        date = found.date.isoformat() if found.date else None
        header.add(tally_value(date, expected["date"], _same))
        header.add(tally_value(found.registry_number, expected["registry_number"], _same))
    add("response date/dnr", header, f"{header.missed} missed, {header.extra} wrong")

    found_actions = [a for r in got.responses for a in r.actions]
    expected_actions = [a for r in wanted for a in r["actions"]]
    actions, _, missing_actions = pair(
        found_actions, expected_actions, lambda g, w: same_text(g.action, w["action"])
    )
    add(
        "actions",
        Tally(len(actions), len(missing_actions), len(found_actions) - len(actions)),
        f"{len(found_actions)} given, {len(missing_actions)} of {len(expected_actions)} missed",
    )
    due, link = Tally(), Tally()
    for found, expected in actions:
        found_due = (found.due.isoformat() if found.due else None, found.due_precision)
        due.add(tally_value(found_due, (expected["due"], expected["due_precision"]), _same))
        link.add(tally_value(found.recommendation_index, expected["recommendation_index"], _same))
    for _ in missing_actions:
        due.missed += 1
        link.missed += 1
    add("action due", due, f"{due.missed} missed, {due.extra} wrong")
    add("action rec. link", link, f"{link.missed} missed, {link.extra} wrong")


def _score_recommendations(
    scores: Scores,
    part: str,
    case: str,
    got: Extraction,
    wanted: list[dict[str, Any]],
    *,
    area: bool,
) -> None:
    found, extra, missing = pair(
        got.recommendations, wanted, lambda g, w: same_text(g.text, w["text"])
    )
    recommendations = Tally(len(found), len(missing), len(extra))
    scores.tally(part, "recommendations").add(recommendations)
    for expected in missing:
        scores.note(case, f"recommendation not found: {expected['text'][:90]!r}")
    for spurious in extra:
        scores.note(case, f"recommendation invented: {spurious.text[:90]!r}")

    addressees = Tally(missed=len(missing), extra=len(extra))
    areas = Tally(missed=sum(1 for w in missing if w.get("area")))
    for recommendation, expected in found:
        if same_names(recommendation.addressee, expected["addressee"]):
            addressees.hit += 1
        else:
            addressees.missed += 1
            addressees.extra += 1
            scores.note(
                case,
                f"addressee {recommendation.addressee}, expected {expected['addressee']} "
                f"for {expected['text'][:50]!r}",
            )
        if area:
            areas.add(tally_value(recommendation.area, expected.get("area"), _same))
    scores.tally(part, "rec. addressees").add(addressees)
    if area:
        scores.tally(part, "rec. area").add(areas)


# --- the real excerpts (and our own texts) against their cases.json ---------------------------


def _score_real(
    scores: Scores, case: str, got: Extraction, spec: dict[str, Any], *, part: str = "real"
) -> None:
    want = spec["expected"]
    _score_recommendations(scores, part, case, got, want["recommendations"], area=False)

    request = got.response_request
    deadline = request.deadline if request else None
    expected_deadline = (
        dt.date.fromisoformat(want["response_deadline"]) if want["response_deadline"] else None
    )
    tally = tally_value(deadline, expected_deadline, _same)
    scores.tally(part, "response deadline").add(tally)
    if tally.missed or tally.extra:
        scores.note(case, f"deadline {deadline}, expected {expected_deadline}")

    # A deadline phrase without a resolvable date is said (kept as text, with a warning),
    # never guessed: the cases with responders but no deadline are those.
    if expected_deadline is None and want["response_from"]:
        said = (
            request is not None
            and request.deadline is None
            and bool(request.deadline_text)
            and any(w.code == "deadline_unresolved" for w in got.warnings)
        )
        scores.tally(part, "unresolved said").add(Tally(hit=int(said), missed=int(not said)))
        if not said:
            scores.note(case, "the unresolved deadline phrase was not kept with a warning")

    bodies = request.from_bodies if request else []
    tally = tally_items(bodies, want["response_from"], _same)
    scores.tally(part, "responders").add(tally)
    if tally.missed or tally.extra:
        scores.note(case, f"responders {bodies}, expected {want['response_from']}")

    negative = not want["recommendations"] and not want["response_from"]
    if negative and not want["response_deadline"]:
        clean = not got.recommendations and request is None
        scores.tally(part, "negatives clean").add(Tally(hit=int(clean), missed=int(not clean)))
        if not clean:
            scores.note(case, "a negative case gave a recommendation or a response request")
