"""Pure report parsing: readers, cleaning, segmentation, extraction. No database, no Slack.

The public API:

* :func:`extract_file` / :func:`extract_text` → :class:`Extraction`
* :func:`read_document` (raises :class:`UnreadableDocument` with a ``reason`` code)
* :func:`parse_date`, :func:`parse_timeline` → :class:`Timeline`
* :func:`normalise_assessment`
"""

from ingest.assessment import normalise_assessment
from ingest.dates import Timeline, parse_date, parse_timeline
from ingest.errors import REASONS, UnreadableDocument
from ingest.extract import extract_file, extract_text
from ingest.readers import SUPPORTED_SUFFIXES, read_document
from ingest.schema import Extraction

__all__ = [
    "REASONS",
    "SUPPORTED_SUFFIXES",
    "Extraction",
    "Timeline",
    "UnreadableDocument",
    "extract_file",
    "extract_text",
    "normalise_assessment",
    "parse_date",
    "parse_timeline",
    "read_document",
]
