"""Printed pages back into text: lines from word positions, columns, tables, furniture.

``lay_out`` (ingest.layout.pages) reads pages of words and ruling lines (ingest.layout.shapes)
into layout text for the cleaner; furniture.py takes out running headers and footers,
columns.py finds columns and tables without rules, tables.py tables with rules, blocks.py
puts lines into blocks and joins what runs on across columns and pages.
"""

from ingest.layout.pages import lay_out, plain_text
from ingest.layout.shapes import Page, Rule, Word

__all__ = ["Page", "Rule", "Word", "lay_out", "plain_text"]
