"""Dates: every rule of the table reads its own examples (``extractors.dates.rules``)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from extractors.dates.base import EXAMPLE_REFERENCE, Example, Rule
from extractors.dates.engine import find_hits
from extractors.dates.rules import RULES

CASES = [pytest.param(rule, ex, id=f"{rule.name}:{ex.words}") for rule in RULES for ex in rule.examples]


def test_dates_rules_every_rule_has_an_example_and_a_unique_name() -> None:
    assert all(rule.examples for rule in RULES), [r.name for r in RULES if not r.examples]
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_dates_rules_examples(nlp: Language, rule: Rule, example: Example) -> None:
    """A positive example is found by its rule with the words, type and value given; a negative
    one (value None) gives no date over the words."""
    doc = nlp(example.sentence)
    start = example.sentence.index(example.words)
    end = start + len(example.words)
    hits = find_hits(doc, EXAMPLE_REFERENCE)
    found = [(h.rule, doc.text[h.start : h.end], h.norm.type, h.norm.value) for h in hits]
    if example.value is None:
        assert not [f for h, f in zip(hits, found, strict=True) if h.start < end and start < h.end], found
        return
    assert (rule.name, example.words, example.type, example.value) in found, found


_WORDS = sorted({w for rule in RULES for ex in rule.examples for w in ex.sentence.replace(".", " .").split()})
_REFERENCES = st.one_of(st.none(), st.dates(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(2024, 2, 29)]))


@settings(max_examples=80, deadline=None)
@given(
    words=st.lists(st.one_of(st.sampled_from(_WORDS), st.from_regex(r"[0-9]{1,7}", fullmatch=True)), max_size=30),
    reference=_REFERENCES,
)
def test_dates_rules_no_handler_raises(nlp: Language, words: list[str], reference: date | None) -> None:
    """Without a catch-all around the handlers, odd mixtures of the rules' own words, big numbers and
    references at the ends of the calendar still give dates, never an exception."""
    text = " ".join(words)
    for h in find_hits(nlp(text), reference):
        assert 0 <= h.start < h.end <= len(text)
