"""From a file or its text to one Extraction: the public entry points of the importer."""

from __future__ import annotations

from pathlib import Path

from ingest import report
from ingest.cleaning import Block, clean
from ingest.readers import read_document
from ingest.responses import response_request, responses
from ingest.schema import Extraction
from ingest.segment import Segment, segment


def extract_file(path: Path, *, organisation: str | None = None) -> Extraction:
    """Read ``path`` (.pdf, .docx, .txt, .md) and extract it; ``source`` is the file name.

    Raises :class:`ingest.errors.UnreadableDocument` when the file cannot be read.
    """
    path = Path(path)
    return extract_text(read_document(path), source=path.name, organisation=organisation)


def extract_text(text: str, *, source: str, organisation: str | None = None) -> Extraction:
    """Extract everything the text says about one audit. ``organisation`` overrides the
    organisation found in the text (for a file that never names its kommun)."""
    document = clean(text)
    segments = segment(document.blocks)
    main = _main_blocks(segments)
    letter = [b for s in segments if s.kind == "missive" for b in s.blocks]
    everything = document.blocks
    main_text = "\n".join(block.text for block in main)

    purpose = report.purpose(main)
    recommendations = report.recommendations(main)
    found_organisation = report.organisation(
        main + letter, document.furniture
    ) or report.organisation(everything, document.furniture)
    return Extraction(
        source=source,
        organisation=organisation or found_organisation,
        title=report.title(
            main,
            document.furniture,
            found_organisation,
            letter,
            letter=not any(s.kind == "report" for s in segments),
        )
        if main
        else None,
        audit_firm=report.audit_firm("\n".join([main_text, *document.furniture]))
        or report.audit_firm("\n".join(block.text for block in everything)),
        report_date=report.report_date(main, document.furniture) if main else None,
        audit_year=report.audit_year(main_text) or report.audit_year(_text(letter)),
        audited_bodies=report.audited_bodies(main, purpose),
        purpose=purpose,
        overall_assessment=report.overall_assessment(main) or report.overall_assessment(letter),
        questions=report.questions(main),
        recommendations=recommendations,
        response_request=response_request(segments),
        responses=responses(segments, recommendations),
    )


def _main_blocks(segments: list[Segment]) -> list[Block]:
    """The report's blocks; without a report, the auditors' letter (a revisionsskrivelse)."""
    for kind in ("report", "missive"):
        blocks = [b for s in segments if s.kind == kind for b in s.blocks]
        if blocks:
            return blocks
    return []


def _text(blocks: list[Block]) -> str:
    return "\n".join(block.text for block in blocks)
