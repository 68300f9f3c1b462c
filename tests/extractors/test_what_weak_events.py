"""what (issue 10, ranking): weak events stay in the list but out of the top: an opinion or a feeling with
no object ("Vantor's coach feels ..."), a light verb with no noun object ("got into the pen"), a verb whose
object its conjunct takes ("can tax or seize the farms"). Invented names throughout."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.types import Event
from extractors.what.ranking import weak_act
from tests.extractors.helpers import what_of


def _weak(nlp: Language, text: str, lemma: str, event: Event) -> bool:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == lemma)
    return weak_act(verb, event)


def _event(text: str, lemma: str, obj: str | None = None, negated: bool = False) -> Event:
    from extractors.types import Span

    return Event(actor="x", action=lemma, object=obj, negated=negated, span=Span(start=0, end=1, text=text[:1]))


@pytest.mark.parametrize(
    ("text", "lemma", "obj", "weak"),
    [
        ("Ana Verro feels her side can still win the title.", "feel", None, True),
        ("I felt that it would not be right to leave.", "feel", None, True),
        ("Brindley wants a new stadium.", "want", "a new stadium", False),
        ("A boy got into the pen of a bear at the Vantor zoo.", "get", "into the pen", True),
        ("The portrait will get a public airing in May.", "get", "a public airing", False),
        ("The jet took off from Vantor.", "take", "from Vantor", False),
        ("Under a new law, the council can tax or seize unused farms.", "tax", None, True),
        # the conjunct has its own subject: two acts, each told in full
        ("Thousands of fans fled and two people suffered injuries.", "flee", None, False),
        ("Ana Verro has died.", "die", None, False),
    ],
)
def test_what_weak_act(nlp: Language, text: str, lemma: str, obj: str | None, weak: bool) -> None:
    assert _weak(nlp, text, lemma, _event(text, lemma, obj)) is weak


def test_what_weak_act_a_negation_is_never_weak(nlp: Language) -> None:
    text = "Ana Verro does not feel ready."
    assert not _weak(nlp, text, "feel", _event(text, "feel", None, negated=True))


def test_what_weak_opinion_yields_to_acts(nlp: Language) -> None:
    text = (
        "Vantor coach Ana Verro feels that her side can still win the league. "
        "Her club signed the Brindley striker Tom Oda on Monday."
    )
    events = what_of(nlp, text)
    actions = [e.action for e in events]
    assert "feel" in actions  # demoted, not dropped
    assert actions.index("sign") < actions.index("feel")


def test_what_weak_shared_object_yields_to_its_conjunct(nlp: Language) -> None:
    text = "Under a new land law, the Brindley government can tax or seize unused farm sites. Owners protested."
    events = what_of(nlp, text)
    assert events[0].action == "seize"
    # the bare "tax" stays, at about half the seizing (not beside it)
    assert next(e for e in events if e.action == "tax").salience < 0.6


def test_what_a_named_speech_act_outweighs_a_plain_fact_beside_it(nlp: Language) -> None:
    text = (
        "The Vantor council has closed the old bridge over the river. "
        "Engineers found deep cracks in two of its pillars last week. "
        "Workers painted the railings of the bridge in May. "
        "Mayor Ana Verro condemned the closure on Tuesday."
    )
    actions = [e.action for e in what_of(nlp, text)]
    assert actions.index("condemn") < actions.index("paint")
    # words in quotation marks stay below
    said = '"We condemn the closure," Ana Verro said.'
    quoted = text.replace("Mayor Ana Verro condemned the closure on Tuesday.", said)
    actions = [e.action for e in what_of(nlp, quoted)]
    assert "condemn" not in actions[:3]
