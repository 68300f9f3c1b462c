"""who: the lead's subject where the NER missed its name (hand-written sentences, invented names; no
title sent)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

from extractors.who.salience import _named_elsewhere
from extractors.who.state import WhoState
from tests.extractors.helpers import who_of


def test_who_lead_subject_the_ner_missed_is_the_actor_named_elsewhere(nlp: Language) -> None:
    text = (
        "Vexa, who have won three Grammy Awards for their hit Mirage, are stubbornly clinging to their status "
        "as one of the biggest bands in the world. Singer Tom Brady said the band would tour again. Tom Brady "
        "added that Vexa would record a new album in Dublin. Vexa manager Ann Kirby said Vexa had sold 20 "
        "million records. Tom Brady thanked the fans."
    )
    assert who_of(nlp, text)[0].name == "Vexa"


def test_who_lead_subject_the_ner_missed_outranks_a_quoted_person(nlp: Language) -> None:
    text = (
        "Korvex is bucking decades of launch tradition for the first test flight of its new rocket. Tom Brady, "
        "who runs the Orion Agency, said the flight was risky. Tom Brady added that the Orion Agency would "
        "watch. Korvex said the rocket was ready. The Orion Agency has flown many rockets."
    )
    assert who_of(nlp, text)[0].name == "Korvex"


def _orbis(nlp: Language, text: str) -> tuple[WhoState, Doc]:
    """A state that knows one actor, Orbis, by its last word in ``text``."""
    doc = nlp(text)
    last = max(t.i for t in doc if t.text == "Orbis")
    mention = SimpleNamespace(first=last, last=last)
    st = SimpleNamespace(doc=doc, clusters={"orbis": SimpleNamespace(name="Orbis", mentions=[mention])})
    return cast(WhoState, st), doc


def test_who_lead_name_missed_matches_the_actor_named_so_elsewhere(nlp: Language) -> None:
    st, doc = _orbis(nlp, "Orbis is bucking a tradition of forty years. Later, Orbis said so.")
    assert _named_elsewhere(st, doc[0]) == "orbis"


def test_who_lead_credit_in_brackets_is_no_doer(nlp: Language) -> None:
    # "(CNN) North Korean leader Kim Jong Un held out ...": the parser may make the credit a subject
    st, doc = _orbis(nlp, "(Orbis) Jan Smit held out an olive branch. Later, Orbis said so.")
    assert doc[1].text == "Orbis" and _named_elsewhere(st, doc[1]) is None
