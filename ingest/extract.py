"""From a file or its text to one Extraction: the public entry points of the importer."""

from __future__ import annotations

from pathlib import Path

from ingest import report
from ingest.cleaning import Block, clean
from ingest.passages import passages, with_assessment_texts
from ingest.questions import questions
from ingest.readers import Reading, read_content, read_file
from ingest.recommendations import recommendations as find_recommendations
from ingest.recommendations import restated_in_response
from ingest.response_request import response_request
from ingest.responses import responses
from ingest.schema import Extraction
from ingest.segment import Segment, segment


def extract_file(path: Path, *, organisation: str | None = None) -> Extraction:
    """Read ``path`` (.pdf, .docx, .txt, .md) and extract it; ``source`` is the file name.

    Raises :class:`ingest.errors.UnreadableDocument` when the file cannot be read.
    """
    path = Path(path)
    return extract_reading(read_file(path), source=path.name, organisation=organisation)


def extract_bytes(data: bytes, *, filename: str, organisation: str | None = None) -> Extraction:
    """Extract a file's content held in memory (a Slack upload); ``filename`` gives its type
    and becomes ``source``."""
    reading = read_content(data, filename)
    return extract_reading(reading, source=filename, organisation=organisation)


def extract_text(text: str, *, source: str, organisation: str | None = None) -> Extraction:
    """Extract everything the text says about one audit. ``organisation`` overrides the
    organisation found in the text (for a file that never names its kommun)."""
    return extract_reading(Reading(text), source=source, organisation=organisation)


def extract_reading(
    reading: Reading, *, source: str, organisation: str | None = None
) -> Extraction:
    """Extract what a reader read; its warnings (pages it could not read) come along."""
    document = clean(
        reading.text, paged=reading.paged, furniture=reading.furniture, layout=reading.layout
    )
    segments = segment(document.blocks)
    has_report = any(s.kind == "report" for s in segments)
    cover_letter = _blocks_of(segments, "missive")
    # The report's fields come from the report; a file without one (a revisionsskrivelse)
    # is its own report. A file of responses only has no report fields at all.
    main = _blocks_of(segments, "report") or cover_letter
    main_text = _text(main)

    found_organisation = report.organisation(
        main + cover_letter, document.furniture
    ) or report.organisation(document.blocks, document.furniture)
    purpose = report.purpose(main)
    if main:
        recommendations = find_recommendations(main)
    else:
        # A board's response alone still names what the auditors recommended.
        responding = _blocks_of(segments, "response")
        recommendations = restated_in_response(document.blocks) if responding else []
    audited = report.audited_bodies(main, purpose)
    request, warnings = response_request(segments, audited)
    found_passages = passages(main)
    return Extraction(
        source=source,
        organisation=organisation or found_organisation,
        title=report.title(
            main, document.furniture, found_organisation, cover_letter, letter=not has_report
        )
        if main
        else None,
        audit_firm=report.audit_firm("\n".join([main_text, *document.furniture]))
        or report.audit_firm(_text(document.blocks)),
        report_date=report.report_date(main, document.furniture) if main else None,
        audit_year=report.audit_year(main_text) or report.audit_year(_text(cover_letter)),
        audited_bodies=audited,
        purpose=purpose,
        overall_assessment=report.overall_assessment(main)
        or report.overall_assessment(cover_letter),
        questions=with_assessment_texts(questions(main), main, found_passages),
        recommendations=recommendations,
        response_request=request,
        responses=responses(segments, recommendations),
        passages=found_passages,
        warnings=[*reading.warnings, *warnings],
    )


def _blocks_of(segments: list[Segment], kind: str) -> list[Block]:
    return [block for s in segments if s.kind == kind for block in s.blocks]


def _text(blocks: list[Block]) -> str:
    return "\n".join(block.text for block in blocks)
