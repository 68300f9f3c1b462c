"""A clause the headline keeps inside a phrase keeps its wh-word: "a plan for how the city will pay", never "a plan
for the city will pay"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import headline_of


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The two candidates on Sunday offered sharply different views of how the state should spend its "
            "oil revenue. The debate was held in Anchorage.",
            "of how the state should spend",
        ),
        (
            "The city council on Tuesday approved a plan for where the new stadium will be built. "
            "The vote was seven to two.",
            "for where the new stadium will be built",
        ),
    ],
)
def test_headline_keeps_the_wh_word_of_a_kept_clause(nlp: Language, text: str, kept: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is not None and kept in headline, headline
