"""what: an event's actor is the canonical `who` name (extractors/coref.py) — a part of a name or a mention
elsewhere is the full name, a description run into a name is the name, "some" leaves a group whole, a
possessed title ("the singer's agent", "her spokesman") is the one person `who` knows by it. Invented
names throughout."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from extractors.coref import Coref
from extractors.types import Actor, Span
from tests.extractors.helpers import actors_of


def _token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def _person(doc: Doc, name: str, at: str) -> Actor:
    start = doc.text.index(at)
    return Actor(name=name, type="person", mentions=[Span(start=start, end=start + len(at), text=at)])


def test_a_title_named_in_full_elsewhere_is_its_name_after_a_description(nlp: Language) -> None:
    text = (
        "Online game Empire of Dust has millions of players. "
        "When video game Empire of Dust hit the shops in Europe, fans queued for hours."
    )
    assert actors_of(nlp, text, "have") == ["Empire of Dust"]


def test_a_surname_alone_is_the_one_person_of_that_name(nlp: Language) -> None:
    doc = nlp("Author Davin Pullow wrote the trilogy. Pullow attacked the film's makers on Monday.")
    coref = Coref(doc, [_person(doc, "Davin Pullow", "Davin Pullow")])
    subject = [t for t in doc if t.text == "Pullow"][-1]
    assert coref.actor(subject) == "Davin Pullow"
    honoured = nlp("Author Davin Pullow wrote the trilogy. Mr Pullow attacked the film's makers on Monday.")
    coref = Coref(honoured, [_person(honoured, "Davin Pullow", "Davin Pullow")])
    assert coref.actor([t for t in honoured if t.text == "Pullow"][-1]) == "Davin Pullow"


def test_a_surname_two_persons_bear_is_nobody(nlp: Language) -> None:
    doc = nlp("Ann Pullow and Davin Pullow wrote the trilogy. Pullow attacked the film's makers on Monday.")
    who = [_person(doc, "Ann Pullow", "Ann Pullow"), _person(doc, "Davin Pullow", "Davin Pullow")]
    subject = [t for t in doc if t.text == "Pullow"][-1]
    assert Coref(doc, who).actor(subject) is None


def test_a_description_run_into_a_name_is_the_name(nlp: Language) -> None:
    doc = nlp("The crash will be investigated by the state's workplace safety regulator Safe Rail Ostrel.")
    assert Coref(doc, []).phrase(_token(doc, "regulator")) == "Safe Rail Ostrel"
    apart = nlp("The crash will be investigated by the regulator, Safe Rail Ostrel.")
    assert Coref(apart, []).phrase(_token(apart, "regulator")) == "the regulator"


def test_the_kind_of_thing_before_a_name_is_not_part_of_it(nlp: Language) -> None:
    text = "Record label Sonvex are releasing Lira Vance's 18 singles at the rate of one a week."
    assert actors_of(nlp, text, "release") == ["Sonvex"]
    doc = nlp("In Ostrel, plan B turned out to be costly, and high-definition DVDs will hold up the market.")
    coref = Coref(doc, [])
    assert coref.phrase(_token(doc, "B")) == "plan B"  # a letter is no name
    assert coref.phrase(_token(doc, "DVDs")) == "high-definition DVDs"  # nor are things in the plural


def test_some_of_a_group_is_the_group(nlp: Language) -> None:
    text = "Some Marovian and Ostrelian banks have been testing Velto's payment systems, the company said."
    assert actors_of(nlp, text, "test") == ["Marovian and Ostrelian banks"]


def test_a_possessed_title_is_the_one_person_bearing_it(nlp: Language) -> None:
    text = (
        "Singer Lira Vance will tour Asia next year, her spokesman has confirmed. "
        '"The dates will be set soon," said Vance\'s spokesman Tom Reddle.'
    )
    assert "her spokesman" not in actors_of(nlp, text, "forecast")
    assert "Tom Reddle" in actors_of(nlp, text, "forecast")


def test_a_description_the_article_gives_a_name_in_apposition_is_that_name(nlp: Language) -> None:
    text = (
        "Asteroid 2004 XR will pass close to Earth on Friday, according to Jonathan Marek, a leading space "
        "expert. The rock is 300 metres wide. It poses no threat, a leading space expert has warned."
    )
    assert actors_of(nlp, text, "warn") == ["Jonathan Marek"]


def test_an_epithet_with_a_possessor_is_the_organisation_just_before(nlp: Language) -> None:
    text = (
        "The Ostrel Football Federation says it will allow matches to be played on artificial pitches from "
        "next season. European football's governing body made the decision at a meeting in Geneva on Wednesday."
    )
    assert actors_of(nlp, text, "decide") == ["Ostrel Football Federation"]
    text = "Harlow Motors reported a loss on Monday. Its parent company announced job cuts on Tuesday."
    assert actors_of(nlp, text, "announce") == ["Its parent company"]  # another company


def test_a_name_in_apposition_to_the_subject_is_the_subject_a_pronoun_takes(nlp: Language) -> None:
    text = "US state Texas has filed a lawsuit against two men. It is seeking millions of dollars in damages."
    assert actors_of(nlp, text, "seek") == ["Texas"]
    text = (
        "A new book, Adler's Britain by Tom Adler, says the prime minister broke a pledge to Britain. "
        "It has caused a new wave of concern among MPs."
    )
    assert "Britain" not in actors_of(nlp, text, "cause")  # a title set off by commas is no subject
