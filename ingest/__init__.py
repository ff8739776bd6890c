"""Pure report parsing: readers, cleaning, segmentation, extraction. No database, no Slack.

The public API:

* :func:`extract_file` / :func:`extract_bytes` / :func:`extract_text` → :class:`Extraction`
* :func:`read_document` / :func:`read_bytes` (raise :class:`UnreadableDocument` with a
  ``reason`` code; :func:`ingest.messages.describe` words it in Swedish or English)
* :func:`parse_date`, :func:`parse_timeline` → :class:`Timeline`
* :func:`normalise_assessment`
"""

from ingest.assessment import normalise_assessment
from ingest.dates import Timeline, parse_date, parse_timeline
from ingest.errors import REASONS, UnreadableDocument
from ingest.extract import extract_bytes, extract_file, extract_text
from ingest.readers import SUPPORTED_SUFFIXES, read_bytes, read_document
from ingest.schema import Extraction

__all__ = [
    "REASONS",
    "SUPPORTED_SUFFIXES",
    "Extraction",
    "Timeline",
    "UnreadableDocument",
    "extract_bytes",
    "extract_file",
    "extract_text",
    "normalise_assessment",
    "parse_date",
    "parse_timeline",
    "read_bytes",
    "read_document",
]
