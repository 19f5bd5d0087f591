# Flashpoint: two commands set up a fresh machine with only python3 —
#   make run    creates .venv, installs Flashpoint, extracts the bundled example article as a table
#   make test   creates .venv if missing and runs the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := examples/harbour-clash.txt
EXAMPLE_DATE := 2024-03-12

.PHONY: setup run test lint eval bench bench-store clean

$(BIN)/flashpoint: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $(BIN)/flashpoint

setup: $(BIN)/flashpoint  ## .venv with flashpoint installed at .venv/bin/flashpoint

run: setup  ## extract the bundled example article and print its events
	$(BIN)/flashpoint extract $(EXAMPLE) --published $(EXAMPLE_DATE)

test: setup  ## the whole test suite
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts

eval: setup  ## run the dev suites through the reference scorer; rewrites docs/accuracy.md
	$(BIN)/python -m flashpoint.evaluate

bench: setup  ## throughput against a bare spaCy parse of the same corpus
	$(BIN)/python benchmarks/throughput.py

bench-store: setup  ## 1M synthetic events in SQLite: write rate and query p95
	$(BIN)/python benchmarks/store.py

clean:
	rm -rf $(VENV) eval .pytest_cache .ruff_cache
