# newsum: `make serve` runs the service, `make test` runs the checks and tests.
# Both create .venv/ and install the project into it on first use (and again when pyproject.toml changes).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RAY_STAMP := $(VENV)/.installed-ray
IMAGE ?= newsum
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)

.PHONY: install serve test test-all lint openapi sdk sdk-deps bench evaluate image image-backfill deploy-check clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

# The ray extra (Ray Data, pyarrow: ~600 MB, ~1.5 min once) is for the backfill engine and its tests:
# `make test` installs it, `make serve` does not need it.
$(RAY_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,ray]'
	@touch $(RAY_STAMP)

# The TypeScript SDK's tools (openapi-typescript, tsc) from its package-lock.json, for `make sdk` and
# its tests. Without npm this says so and the tests skip them (CI, which has Node.js, fails instead).
TS_CLIENT := openapi/clients/typescript
TS_STAMP := $(TS_CLIENT)/node_modules/.installed
$(TS_STAMP): $(TS_CLIENT)/package-lock.json
	@if command -v npm >/dev/null; then \
		cd $(TS_CLIENT) && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	else echo "npm not found: the TypeScript SDK's tests will be skipped"; fi

install: $(STAMP)

sdk-deps: $(TS_STAMP)

serve: $(STAMP)
	$(BIN)/python -m api

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint $(RAY_STAMP) $(TS_STAMP)
	$(BIN)/python -m pytest

# Also the slow tests that CI always runs (the image's install in a fresh venv, Ray): minutes more.
test-all: lint $(RAY_STAMP) $(TS_STAMP)
	NEWSUM_SLOW_TESTS=1 $(BIN)/python -m pytest

# hadolint, kustomize and strict Kubernetes schema validation (also part of `make test`).
deploy-check: $(STAMP)
	$(BIN)/python -m pytest -q tests/deploy/test_manifests.py tests/deploy/test_image.py -m "not slow"

# Container images (needs a Docker daemon; none on the build machines, where the tests above stand in).
image:
	docker build -f deploy/Dockerfile -t $(IMAGE):$(VERSION) .

image-backfill:
	docker build -f deploy/Dockerfile --build-arg EXTRAS=ray -t $(IMAGE)-backfill:$(VERSION) .

# The OpenAPI document, after its example summaries are written again from the pipeline (loads the model).
openapi: $(STAMP)
	$(BIN)/python -m api.openapi --examples

# The SDKs' generated parts (openapi-python-client, openapi-typescript) from openapi/openapi.json: run it
# after `make openapi` whenever the document changed; a test fails while they differ.
sdk: $(STAMP) $(TS_STAMP)
	$(BIN)/python openapi/clients/generate.py

bench: $(STAMP)
	$(BIN)/python tests/bench/bench_api.py

evaluate: $(STAMP)
	$(BIN)/python ../shared/bench/evaluate.py seed robustness

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis $(TS_CLIENT)/node_modules $(TS_CLIENT)/dist
