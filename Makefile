# One task runner; the README and .ci/run call these targets unchanged.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SAMPLE := src/wirewatch/data/sample/articles.jsonl
EVAL   ?= ../shared/eval

.PHONY: install demo test lint bench bench-api bench-ray clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/wirewatch code $(SAMPLE) --db wirewatch.db
	$(BIN)/wirewatch events --db wirewatch.db --limit 20
	@echo "POST /v1/articles token: $${WIREWATCH_API_TOKEN:-demo-token} (set WIREWATCH_API_TOKEN to choose another)"
	WIREWATCH_API_TOKEN=$${WIREWATCH_API_TOKEN:-demo-token} $(BIN)/wirewatch serve --db wirewatch.db --port $${PORT:-8000}

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: install
	$(BIN)/wirewatch bench --eval-dir $(EVAL)
	$(BIN)/python -m wirewatch.store.scale --events 1000000 --cache build/querybench --bench --repeat 5

# Ray's coding throughput with 1 and 2 workers against the local engine, and the scaling efficiency.
bench-ray: install
	$(BIN)/python -m wirewatch.engines.raybench --eval-dir $(EVAL)

bench-api: install
	$(BIN)/python -m wirewatch.api.loadbench --requests 2000 --concurrency 50

clean:
	rm -rf $(VENV) wirewatch.db wirewatch.db-wal wirewatch.db-shm .pytest_cache .mypy_cache .ruff_cache
