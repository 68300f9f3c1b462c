"""what v32: a country told as "they" is the country that was the nearest subject before it (not over people named
between, nor for several countries); "the minister" is the one person `who` gives that title, however far back
(coref). Invented names and events."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractors.coref import Coref
from extractors.types import Actor, Span
from tests.extractors.helpers import actors_of


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # "they" for the country that was the subject just before
        (
            "Norway is rocketing ahead with its plans for the moon. In 2030 they will launch two probes.",
            "launch",
            "Norway",
        ),
        ("Norway beat Sweden 3-1 in Oslo on Sunday. They will play Latvia in the final.", "play", "Norway"),
        # a subject between is what "they" stands for
        (
            "Norway is rocketing ahead with its plans for the moon. Its engineers say they will launch two probes.",
            "launch",
            "Its engineers",
        ),
        # several countries: none of them
        (
            "Norway and Sweden are rocketing ahead with their plans. In 2030 they will launch two probes.",
            "launch",
            "they",
        ),
        # people named between: "they" may be them
        ("Norway arrested two workers on Monday. They protested at the court.", "protest", "They"),
    ],
)
def test_what_country_as_they(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]


def _titled(doc: Doc, name: str, title: str) -> Actor:
    start = doc.text.index(name)
    return Actor(
        name=name, type="person", titles=[title], mentions=[Span(start=start, end=start + len(name), text=name)]
    )


_FAR = (
    "Foreign Minister Ann Berg flew to Oslo on Monday. {other}Talks with the rebels began on Tuesday. "
    "Prices fell sharply in the capital. Workers struck in the north. The minister rejected the offer."
)


def test_the_minister_is_the_one_minister_named_however_far_back(nlp: Language) -> None:
    doc = nlp(_FAR.format(other=""))
    coref = Coref(doc, [_titled(doc, "Ann Berg", "Foreign Minister")])
    minister = [t for t in doc if t.lower_ == "minister"][-1]
    assert coref.actor(minister) == "Ann Berg"


def test_the_minister_is_neither_of_two_ministers_named_far_back(nlp: Language) -> None:
    doc = nlp(_FAR.format(other="Defence Minister Carl Holt stayed at home. "))
    who = [_titled(doc, "Ann Berg", "Foreign Minister"), _titled(doc, "Carl Holt", "Defence Minister")]
    minister = [t for t in doc if t.lower_ == "minister"][-1]
    assert Coref(doc, who).actor(minister) is None
