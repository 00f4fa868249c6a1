# Quick start: `make run` sets up a local virtual environment and starts the tool;
# `make test` sets it up and runs the whole test suite; `make check` runs the linter (ruff), the
# type checker (mypy) and the import contracts (lint-imports), all configured in pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check bench clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,check]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/assessment $(ARGS)

test: $(STAMP)
	$(BIN)/assessment validate
	$(BIN)/python -m pytest $(PYTEST_ARGS)

check: $(STAMP)
	$(BIN)/ruff check assessment tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	for f in benchmarks/bench_*.py; do $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .mypy_cache .ruff_cache
