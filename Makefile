# Quick start on a fresh machine with only Python 3.11+:
#   make run    # venv + install + migrations/seeds + serve on http://127.0.0.1:8000
#   make test   # venv + install with test extras + ruff + pytest
# Evaluation/bench targets take extra arguments in ARGS, e.g. make eval-timeml ARGS='--worst 20'.
PYTHON ?= python3
VENV ?= .venv
HOST ?= 127.0.0.1
PORT ?= 8000
IMAGE ?= event-timeline-service
EVAL_DIR ?= ../shared/eval
ARGS ?=

BIN := $(VENV)/bin
PY := $(BIN)/python

.DEFAULT_GOAL := help
.PHONY: help install install-test run test lint migrate seed eval-timeml eval-seed eval-sample eval-t17 bench docker-build clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-14s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# The venv, created once; the stamp files below re-install only when pyproject.toml changes.
$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PY) -m pip install -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[test]'
	@touch $@

install: $(VENV)/.installed-run ## create the venv and install the project

install-test: $(VENV)/.installed-test ## create the venv and install the project with test extras

run: install ## apply migrations, load seeds, serve on HOST:PORT (127.0.0.1:8000)
	$(PY) -m service.prestart
	$(BIN)/uvicorn service.main:app --host $(HOST) --port $(PORT)

lint: install-test ## ruff
	$(BIN)/ruff check service tests

test: lint ## ruff, then the whole test suite
	$(PY) -m pytest

migrate: install ## apply Alembic migrations to head (DATABASE_URL or data/events.db)
	$(PY) -m service.prestart --no-seeds

seed: install ## migrations + seeds (idempotent)
	$(PY) -m service.prestart

eval-timeml: install ## score temporal expressions on EVAL_DIR/timeml
	$(PY) -m service.evaluate timeml $(EVAL_DIR)/timeml/timebank $(EVAL_DIR)/timeml/aquaint $(ARGS)

eval-seed: install ## score the seed article's events on EVAL_DIR/seed_gold.json
	$(PY) -m service.evaluate seed --gold $(EVAL_DIR)/seed_gold.json $(ARGS)

eval-sample: install ## print 30 random events from EVAL_DIR/t17 to judge by eye
	$(PY) -m service.evaluate sample --n 30 $(ARGS)

eval-t17: install ## Date-F1 of the summary timeline on EVAL_DIR/t17 (slow: ingests every article)
	$(PY) -m service.evaluate t17 --articles $(EVAL_DIR)/t17/articles.jsonl --timelines $(EVAL_DIR)/t17/timelines.jsonl $(ARGS)

bench: install ## timings: temporal engine on EVAL_DIR/timeml, then the HTTP API in-process
	$(PY) benchmarks/temporal_bench.py $(EVAL_DIR)/timeml/timebank $(EVAL_DIR)/timeml/aquaint
	$(PY) benchmarks/api_bench.py $(ARGS)

docker-build: ## build the production image (IMAGE=event-timeline-service)
	docker build -t $(IMAGE) .

clean: ## remove the venv, caches and build output (keeps data/)
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
