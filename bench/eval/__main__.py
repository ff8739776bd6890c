"""`python -m bench.eval [--form NAME …] [--misses] [--json FILE|-] [--corpus DIR]`.

Prints a table per form and part (field, hits of expected, recall, precision, inventions),
then a short summary whose last lines say whether the issue's targets are met. Exits 2 when
there is no corpus; the targets do not set the exit code (the tests hold them).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.eval.run import Scores, available_forms, corpus_dir, evaluate
from bench.eval.scoring import Tally
from bench.eval.targets import unmet

PART_TITLES = {
    "real": "real/ (36 excerpts against cases.json)",
    "own": "own/ (our own texts, tests/ingest/generalisation, against its cases.json)",
    "reports": "reports/ (5 seed reports against expected/)",
    "findings": "findings in reports/ (counted, not scored: no expectation yet)",
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    corpus = Path(args.corpus) if args.corpus else corpus_dir()
    if corpus is None or not corpus.is_dir():
        print("No corpus: expected ../shared/corpus beside the repository or $REVISORBOT_CORPUS.")
        return 2
    forms = available_forms()
    requested = args.form or ["text"]
    chosen = list(forms) if "all" in requested else requested
    unknown = [name for name in chosen if name not in forms]
    if unknown:
        print(f"Unknown form {', '.join(unknown)}; available: {', '.join(forms)}, all.")
        return 2
    results = [evaluate(corpus, forms[name], name=name) for name in chosen]
    if args.json:
        payload = json.dumps([r.as_dict() for r in results], indent=2, ensure_ascii=False)
        if args.json == "-":
            print(payload)
            return 0
        Path(args.json).write_text(payload, encoding="utf-8")
    for scores in results:
        _print_tables(scores)
        if args.misses:
            _print_misses(scores)
    print()
    for line in summary(results):
        print(line)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.eval", description=__doc__)
    parser.add_argument(
        "--form",
        action="append",
        default=None,
        help="text (default), a form from bench/eval/forms.py, or all; repeatable",
    )
    parser.add_argument("--misses", action="store_true", help="list what went wrong per case")
    parser.add_argument("--json", help="write the scores as JSON to FILE ('-': print only that)")
    parser.add_argument("--corpus", help="the corpus directory (default ../shared/corpus)")
    return parser


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f} %"


def _print_tables(scores: Scores) -> None:
    for part, fields in scores.parts.items():
        print(f"\n{PART_TITLES.get(part, part)} — form: {scores.form}")
        print(f"  {'field':<20} {'found':>9} {'recall':>7} {'precision':>9} {'wrong/extra':>11}")
        for name, tally in fields.items():
            print(
                f"  {name:<20} {tally.hit:>4}/{tally.expected:<4} {_percent(tally.recall):>7} "
                f"{_percent(tally.precision):>9} {tally.extra:>11}"
            )


def _print_misses(scores: Scores) -> None:
    print(f"\nWhat went wrong — form: {scores.form}")
    for case, messages in sorted(scores.misses.items()):
        for message in messages:
            print(f"  {case}: {message}")


def _ratio(tally: Tally) -> str:
    return f"{tally.hit}/{tally.expected} ({_percent(tally.recall)})"


def _excerpt_line(fields: dict[str, Tally]) -> str:
    """One part scored like real/: recommendations, addressees, deadlines, responders."""
    deadlines = fields["response deadline"]
    return (
        f"recommendations {_ratio(fields['recommendations'])}, "
        f"{fields['recommendations'].extra} invented; addressees "
        f"{_ratio(fields['rec. addressees'])}; deadlines {deadlines.hit}/{deadlines.expected} "
        f"exact, {deadlines.extra} wrong; responders {_ratio(fields['responders'])}, "
        f"{fields['responders'].extra} wrong; negatives clean {fields['negatives clean'].hit}/"
        f"{fields['negatives clean'].expected}"
    )


def summary(results: list[Scores]) -> list[str]:
    """The closing lines: per form one line each for real/, own/ and reports/, then targets."""
    lines = [f"== make eval: the importer on the corpus, form {', '.join(r.form for r in results)}"]
    for scores in results:
        reports = scores.parts.get("reports", {})
        for part in ("real", "own"):
            if scores.parts.get(part):
                lines.append(f"{scores.form} {part}/: {_excerpt_line(scores.parts[part])}")
        if reports:
            exact = sum(1 for t in reports.values() if not t.missed and not t.extra)
            lines.append(
                f"{scores.form} reports/: {exact}/{len(reports)} fields exact; questions "
                f"{_ratio(reports['questions'])}, recommendations "
                f"{_ratio(reports['recommendations'])} ({reports['recommendations'].extra} "
                f"invented), actions {_ratio(reports['actions'])}"
            )
    for scores in results:
        findings = scores.parts.get("findings", {})
        if findings:
            texts = findings["assessment texts"]
            lines.append(
                f"{scores.form} findings: {findings['passages'].hit} passages "
                f"({findings['passages with a page'].hit} with a page); assessment text for "
                f"{texts.hit}/{texts.expected} questions"
            )
    for scores in results:
        missing = unmet(scores)
        verdict = "all met" if not missing else "NOT met: " + "; ".join(missing)
        lines.append(f"{scores.form} targets: {verdict}")
    return lines


if __name__ == "__main__":
    sys.exit(main())
