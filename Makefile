# One command each, on a fresh machine: `make demo` cleans a seed, `make test` runs the tests.
# Both create .venv on first use (Python 3.10+ as `python3`), and reuse it afterwards.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint docs bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e . --group dev
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsclean seeds/000_b57a007ab773b582.txt

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/python -m ruff check src tests scripts benchmarks
	$(BIN)/python -m mypy

docs: $(STAMP)
	$(BIN)/python scripts/gen_rule_docs.py

bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .mypy_cache .ruff_cache
