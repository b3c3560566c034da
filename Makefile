# Every target creates .venv when it is missing and installs the project into it.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSET ?= ../shared/devset

.PHONY: demo test lint gate bench compiled test-compiled clean vendor chromium

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

DEMO_DB := sqlite:///build/demo.sqlite

DEMO_PORT ?= 8000

# a fresh ledger each time: ingest the sample reports, print the day x province x claimant
# tally, then serve the dashboard on http://127.0.0.1:$(DEMO_PORT)/ (Ctrl-C stops it)
demo: $(STAMP)
	mkdir -p build
	rm -f build/demo.sqlite build/demo.sqlite-wal build/demo.sqlite-shm
	$(BIN)/truceline ingest examples/reports --db $(DEMO_DB)
	$(BIN)/truceline tally --by day,admin1,claimant --db $(DEMO_DB)
	$(BIN)/truceline serve --db $(DEMO_DB) --port $(DEMO_PORT)

# the compiled extractor's modules (setup.py) must type-check: mypyc builds only what passes
CORE_TYPED := src/truceline/model.py src/truceline/text src/truceline/lexicon src/truceline/geo/keys.py \
  src/truceline/geo/table.py src/truceline/geo/resolver.py src/truceline/extract

lint: $(STAMP)
	$(BIN)/ruff check src tests bench setup.py
	$(BIN)/ruff format --check src tests bench setup.py
	$(BIN)/lint-imports
	$(BIN)/mypy $(CORE_TYPED)

gate: $(STAMP)
	@if [ -d $(DEVSET)/gold ]; then \
	  $(BIN)/truceline evaluate $(DEVSET)/gold $(DEVSET)/docs --gate quality/floors.json; \
	else echo "gate skipped: no development set at $(DEVSET)"; fi

# the browser tests drive Debian's chromium; as root with apt, install it when missing
# (Playwright never downloads a browser; without chromium those tests skip, saying why)
chromium:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium not installed: the browser tests will be skipped"; }

test: $(STAMP) lint chromium
	$(BIN)/python -m pytest
	$(MAKE) gate
	@if command -v cc >/dev/null 2>&1; then $(MAKE) test-compiled; \
	else echo "no C compiler (cc): the compiled extractor is neither built nor tested"; fi

bench: $(STAMP)
	$(BIN)/python bench/extract_throughput.py
	$(MAKE) compiled
	PYTHONPATH=build/compiled $(BIN)/python bench/extract_throughput.py
	$(BIN)/python bench/geocode_eval.py
	$(BIN)/python bench/ingest.py

# The extractor compiled with mypyc (see setup.py): a wheel built into build/wheel and
# unpacked into build/compiled. `PYTHONPATH=build/compiled` runs truceline from it; the .venv
# keeps its editable pure-Python install, so edits to the sources still take effect there.
COMPILED_STAMP := build/compiled/.built
compiled: $(COMPILED_STAMP)
$(COMPILED_STAMP): $(STAMP) setup.py $(wildcard src/truceline/*.py src/truceline/*/*.py)
	$(BIN)/python -m pip install -q 'setuptools>=70' wheel
	mkdir -p build && touch build/.compiling  # (dated at the start: an edit meanwhile rebuilds)
	rm -rf build/compiled build/wheel build/lib.* build/temp.*
	TRUCELINE_COMPILE=1 $(BIN)/python -m pip wheel -q --no-build-isolation --no-deps -w build/wheel .
	$(BIN)/python -m zipfile -e build/wheel/truceline-*.whl build/compiled
	mv build/.compiling $@

# the compiled extractor passes the extractor's own tests and gives the devset's figures
test-compiled: $(COMPILED_STAMP)
	PYTHONPATH=build/compiled $(BIN)/python -m pytest -p no:cacheprovider tests/extract tests/text \
	  tests/geo tests/test_model.py tests/test_property.py tests/test_compiled.py
	@if [ -d $(DEVSET)/gold ]; then PYTHONPATH=build/compiled $(BIN)/truceline evaluate \
	  $(DEVSET)/gold $(DEVSET)/docs --gate quality/floors.json; fi

# The dashboard's front-end files, refreshed from the npm registry (committed, so `serve`
# never fetches anything): Leaflet, topojson-client and world-atlas's Natural Earth outlines.
VENDOR := src/truceline/web/static/vendor
NPM_TMP := build/npm
vendor:
	rm -rf $(NPM_TMP) && mkdir -p $(NPM_TMP)
	cd $(NPM_TMP) && npm pack --silent leaflet@1.9.4 topojson-client@3.1.0 world-atlas@2.0.2 >/dev/null
	cd $(NPM_TMP) && for f in *.tgz; do mkdir -p "$${f%.tgz}" && tar -xzf "$$f" -C "$${f%.tgz}"; done
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)/leaflet $(VENDOR)/topojson-client $(VENDOR)/world-atlas
	cp -r $(NPM_TMP)/leaflet-1.9.4/package/dist/leaflet.js $(NPM_TMP)/leaflet-1.9.4/package/dist/leaflet.css \
	  $(NPM_TMP)/leaflet-1.9.4/package/dist/images $(NPM_TMP)/leaflet-1.9.4/package/LICENSE $(VENDOR)/leaflet/
	sed -i '/sourceMappingURL/d' $(VENDOR)/leaflet/leaflet.js
	cp $(NPM_TMP)/topojson-client-3.1.0/package/dist/topojson-client.min.js \
	  $(NPM_TMP)/topojson-client-3.1.0/package/LICENSE $(VENDOR)/topojson-client/
	cp $(NPM_TMP)/world-atlas-2.0.2/package/countries-50m.json \
	  $(NPM_TMP)/world-atlas-2.0.2/package/LICENSE $(VENDOR)/world-atlas/
	printf 'leaflet 1.9.4\ntopojson-client 3.1.0\nworld-atlas 2.0.2 (Natural Earth 1:50m, public domain)\n' \
	  > $(VENDOR)/VERSIONS

clean:
	rm -rf $(VENV) build *.egg-info
