# One command each, on a fresh machine: `make demo` cleans a seed, `make test` runs the tests.
# Both create .venv on first use (Python 3.10+ as `python3`), and reuse it afterwards.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test stress fuzz lint docs bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e . --group dev
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsclean seeds/000_b57a007ab773b582.txt

test: $(STAMP)
	$(BIN)/python -m pytest

# Random, deep property runs and the slow checks: how the properties find new bugs.
stress: $(STAMP)
	HYPOTHESIS_PROFILE=stress $(BIN)/python -m pytest tests/test_properties.py tests/test_html.py
	$(BIN)/python -m pytest -m slow

# Coverage-guided fuzzing for ten minutes (text, pages, JSONL records, compressed files, rule
# files, rule-file discovery); keep what it finds in fixtures/crashers/.
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet --group fuzz
	mkdir -p fuzz/corpus && cp seeds/*.txt fixtures/html/*.html fuzz/corpus/
	$(BIN)/python fuzz/fuzz_newsclean.py -max_total_time=600 -timeout=10 fuzz/corpus

lint: $(STAMP)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m mypy

# Regenerate the rules reference, then build the site into site/ (strict: warnings fail).
docs: $(STAMP)
	$(BIN)/python scripts/gen_rule_docs.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

# The benchmarks' peers (datatrove's C4QualityFilter needs spaCy) are installed on first use.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --group bench
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/peers.py
	$(BIN)/python benchmarks/jobs.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .mypy_cache .ruff_cache
