"""The headline names the actor an indefinite description in the lead stands for, when coref gives one of its kind."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import Article, Summarizer


@pytest.fixture(scope="module")
def summarize():
    s = Summarizer(strict=True)
    return lambda text: s.summarize(Article(text=text, published=date(2026, 3, 4)))


def test_indefinite_body_takes_its_name(summarize) -> None:
    text = (
        "A union representing dock workers endorsed Maria Okafor for mayor on Tuesday, another sign of labour "
        "rallying behind the candidate.\n\nIn a statement, the Harbour Workers Alliance called Okafor a champion of "
        "the port.\n\nThe Harbour Workers Alliance represents about 4,000 workers."
    )
    headline = summarize(text).headline
    assert headline.startswith("Harbour Workers Alliance endorses Maria Okafor"), headline


def test_indefinite_person_takes_the_named_person(summarize) -> None:
    text = (
        "A senior judge has criticised the new sentencing rules, saying courts had no time to prepare.\n\n"
        'However, Avonport crown court judge Helen Marsh also said the aims of the rules were sound. "We will do '
        'our best," she said.'
    )
    headline = summarize(text).headline
    assert headline.startswith("Helen Marsh criticises"), headline


def test_indefinite_body_not_given_to_a_person(summarize) -> None:
    text = (
        "A conservative party in the province introduced a fuel levy in 2009.\n\nPeter Lindqvist says the levy "
        "failed. Anna Berg says it worked as advertised."
    )
    headline = summarize(text).headline
    assert not headline.startswith(("Peter Lindqvist", "Anna Berg")), headline
