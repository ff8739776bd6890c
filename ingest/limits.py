"""What one import may cost: a file beyond these is refused or read only in part, and says so.

Each bound is far above a real audit document (a 300-page report is about one million
characters, 20,000 paragraphs and 300 pages) and far below what makes an import take
minutes or gigabytes: a 298 KB Word file of three million empty paragraphs, a text file
that is a link to /dev/zero, a PDF of ten thousand pages, a hundred scanned pages.
"""

from __future__ import annotations

# A file larger than this is refused ("too_large") before it is read.
MAX_BYTES = 100 * 1024 * 1024
# Text beyond this many characters is not read: the start is kept with a "truncated" warning.
MAX_CHARACTERS = 3_000_000
# A Word document whose body XML unpacks to more than this, or that holds more paragraphs
# and table rows than this, is refused ("too_complex"): it is a zip bomb or generated filler,
# and parsing it would cost minutes and gigabytes before its first line could be read.
MAX_DOCX_XML_BYTES = 64 * 1024 * 1024
MAX_DOCX_PARAGRAPHS = 200_000
# Pages of a PDF beyond this are not read ("truncated").
MAX_PAGES = 600
# Scanned pages beyond this many are not sent to OCR (about three seconds a page).
MAX_OCR_PAGES = 25
