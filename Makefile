# newsum: `make serve` runs the service, `make test` runs the checks and tests.
# Both create .venv/ and install the project into it on first use (and again when pyproject.toml changes).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install serve test lint openapi bench evaluate clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

serve: $(STAMP)
	$(BIN)/python -m api

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

openapi: $(STAMP)
	$(BIN)/python -m api.openapi

bench: $(STAMP)
	$(BIN)/python tests/bench/bench_api.py

evaluate: $(STAMP)
	$(BIN)/python ../shared/bench/evaluate.py seed robustness

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis
