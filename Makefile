# Two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
SHARED ?= ../shared
DB     ?= demo.db
BIN    := $(VENV)/bin
export DASHIJI_SHARED := $(abspath $(SHARED))

.PHONY: demo test install bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/dashiji ingest $(SHARED)/seeds --db $(DB)
	$(BIN)/dashiji show --db $(DB)
	$(BIN)/dashiji stats --db $(DB)
	@echo
	@echo "Try next:"
	@echo "  $(BIN)/dashiji search 会晤 --db $(DB)"
	@echo "  $(BIN)/dashiji extract $(SHARED)/seeds/000_789da36100d29724.txt --format jsonl"
	@echo "  $(BIN)/dashiji ingest 'some/pages/*.html' --db $(DB)   # HTML, JSONL, WARC, URLs, feeds"
	@echo "  $(BIN)/datasette $(DB)                                  # browse the store"

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/flattened.py

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
