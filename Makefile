# Every target creates .venv when it is missing and installs the project into it.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSET ?= ../shared/devset

.PHONY: demo test lint gate bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

DEMO_DB := sqlite:///build/demo.sqlite

# a fresh ledger each time: ingest the sample reports, then the day x province x claimant tally
demo: $(STAMP)
	mkdir -p build
	rm -f build/demo.sqlite build/demo.sqlite-wal build/demo.sqlite-shm
	$(BIN)/truceline ingest examples/reports --db $(DEMO_DB)
	$(BIN)/truceline tally --by day,admin1,claimant --db $(DEMO_DB)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports

gate: $(STAMP)
	@if [ -d $(DEVSET)/gold ]; then \
	  $(BIN)/truceline evaluate $(DEVSET)/gold $(DEVSET)/docs --gate quality/floors.json; \
	else echo "gate skipped: no development set at $(DEVSET)"; fi

test: $(STAMP) lint
	$(BIN)/python -m pytest
	$(MAKE) gate

bench: $(STAMP)
	$(BIN)/python bench/extract_throughput.py
	$(BIN)/python bench/geocode_eval.py
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) build *.egg-info
