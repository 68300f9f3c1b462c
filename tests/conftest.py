"""Shared fixtures: the spaCy model and the pipeline, loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings
from spacy.language import Language

from extractors.pipeline import Summarizer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Locally, hypothesis explores new examples on every run (that is how it finds bugs); under CI the
# examples are derived from each test's name, so a run is reproducible and a red build is not luck.
UNDER_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if UNDER_CI:
    settings.load_profile("ci")

# Tests marked `slow` (the image's install in a fresh venv, Ray) take minutes: CI runs them
# always, a local `make test` only with NEWSUM_SLOW_TESTS=1 (`make test-all`).
RUN_SLOW = UNDER_CI or os.environ.get("NEWSUM_SLOW_TESTS", "").lower() in ("1", "true", "yes")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if RUN_SLOW:
        return
    skip = pytest.mark.skip(reason="slow (minutes): CI runs it; locally `make test-all` or NEWSUM_SLOW_TESTS=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def summarizer() -> Summarizer:
    """The whole pipeline, strict: an extractor's exception fails the test instead of being logged."""
    return Summarizer(strict=True)


@pytest.fixture(scope="session")
def nlp(summarizer: Summarizer) -> Language:
    return summarizer.nlp


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed-article.txt").read_text(encoding="utf-8")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test: a user's clone has no ../shared."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared holds the team's internal benchmark data; a user's clone has none)")
    return path
