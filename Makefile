# Two commands matter: `make demo` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format bench eval pictures clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,postgres]"
	@touch $(STAMP)

demo: $(STAMP)
	@$(BIN)/revisorbot console --demo

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

# The importer's recall and precision per field over ../shared/corpus (bench/eval/), for
# the texts and each form they are rendered in (PDF, Word, Windows-1252, a page scanned,
# Word printed to PDF by LibreOffice where it is installed): about eight minutes, three of
# them LibreOffice's. EVAL_ARGS="--form text" scores the texts alone.
EVAL_ARGS ?= --form all
eval: $(STAMP)
	@$(BIN)/python -m bench.eval $(EVAL_ARGS)

# The Word drafts on the demo data, and their first pages as PNG (bench/report_pictures.py).
pictures: $(STAMP)
	$(BIN)/python -m bench.report_pictures $(PICTURES_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
