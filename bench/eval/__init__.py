"""`make eval` (`python -m bench.eval`): the importer's recall and precision per field.

Two yardsticks, both read from ../shared/corpus at run time (or $REVISORBOT_CORPUS):

* ``reports/`` against ``expected/``: the five seed reports, every field of the expected
  schema (questions and their grades, recommendations with addressees and area, the response
  request, the boards' responses and their actions, title, firm, dates …);
* ``real/`` against ``cases.json``: 36 real excerpts, for what the importer must find in any
  Swedish audit text: recommendations (and none invented), addressees, the response deadline
  when one can be resolved, and who is asked to respond.

A *form* turns a corpus text into the file that is imported, so the same scoring covers the
text as PDF or DOCX: a function ``(source: Path, directory: Path) -> Path`` that writes its
rendering of ``source`` into ``directory`` and returns the file. ``bench/eval/forms.py`` may
add forms in a ``FORMS`` mapping (name → function); plain text is always there.
"""

from bench.eval.run import Form, Scores, as_text, available_forms, evaluate
from bench.eval.scoring import Tally

__all__ = ["Form", "Scores", "Tally", "as_text", "available_forms", "evaluate"]
