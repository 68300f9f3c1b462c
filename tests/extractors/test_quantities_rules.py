"""Quantities: every exclusion rule reads its own examples, and a result says which rule excluded it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.quantities import explain_numbers, extract_quantities
from extractors.quantities.exclusions import EXCLUSIONS, SPAN_EXCLUSIONS

CASES = [
    pytest.param(rule.name, sentence, number, id=f"{rule.name}:{number}")
    for rule in (*SPAN_EXCLUSIONS, *EXCLUSIONS)
    for sentence, number in rule.examples
]


def test_quantities_rules_every_rule_has_an_example_and_a_unique_name() -> None:
    rules = (*SPAN_EXCLUSIONS, *EXCLUSIONS)
    assert all(rule.examples for rule in rules), [r.name for r in rules if not r.examples]
    assert len({r.name for r in rules}) == len(rules)


@pytest.mark.parametrize(("name", "sentence", "number"), CASES)
def test_quantities_rules_examples(nlp: Language, name: str, sentence: str, number: str) -> None:
    """The number is found, excluded by that rule, and no quantity covers it."""
    doc = nlp(sentence)
    verdicts = [(span.text, why) for span, why in explain_numbers(doc)]
    assert (number, name) in verdicts, verdicts
    at = sentence.index(number)
    covering = [q.span.text for q in extract_quantities(doc) if q.span.start <= at < q.span.end]
    assert not covering, covering


def test_quantities_rules_kept_numbers_have_no_reason(nlp: Language) -> None:
    verdicts = [(span.text, why) for span, why in explain_numbers(nlp("In 1998 they sent 7,000 containers."))]
    assert verdicts == [("1998", "bare_year"), ("7,000", None)]
