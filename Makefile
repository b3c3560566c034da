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

demo: $(STAMP)
	$(BIN)/truceline demo examples/reports

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

clean:
	rm -rf $(VENV) build *.egg-info
