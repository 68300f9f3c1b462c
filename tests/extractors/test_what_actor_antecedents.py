"""what: an "it" / "they" subject that no `who` actor stands for is the subject it refers back to, as
written (`Coref.antecedent`): the nearest subject before it in its sentence (for "they", or the one
before), agreeing in number; never a situation ("what it means", "if it fails"). "We" in quoted words is the
body the speaker speaks for (`Coref.first_person`). Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import actors_of


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # a reporter no `who` actor names: its "it" is the reporter as written
        (
            "The local grain exchange said it will raise the margin requirement on soybeans.",
            "raise",
            "The local grain exchange",
        ),
        # the subject of the governing clause
        (
            "The three-year project will work on seven productions as it develops a set of software tools.",
            "develop",
            "The three-year project",
        ),
    ],
)
def test_what_pronoun_is_the_subject_it_refers_back_to(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]


def test_what_they_goes_back_to_the_sentence_before(nlp: Language) -> None:
    text = (
        "Members of the fisheries committee will be touring fish markets on Monday. "
        "They will also talk to fishermen in the harbour."
    )
    assert actors_of(nlp, text, "talk") == ["Members of the fisheries committee"]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # "it" opening a sentence often goes back to the story's topic, not the last subject
        ("The allegation relates to a speech he made last year. It will decide the case next month.", "decide"),
        # a plural subject is no antecedent of "it"
        ("The new rules will cut costs because it changes the way fees are charged.", "change"),
    ],
)
def test_what_pronoun_with_no_antecedent_stays(nlp: Language, text: str, action: str) -> None:
    assert actors_of(nlp, text, action) in (["It"], ["it"])


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # "we" in quoted words: the body the speaker speaks for, when `who` gives the speaker one
        ('Acme has cut 300 jobs. "We regret the decision," said Acme chief executive Ann Berg.', "regret", "Acme"),
        # "I" is the speaker
        ('Acme has cut 300 jobs. "I regret the decision," said Acme chief executive Ann Berg.', "regret", "Ann Berg"),
    ],
)
def test_what_we_in_quoted_words_is_the_speakers_body(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        (
            "One of the largest makers of cheap tyres has launched a new factory in Ostrel.",
            "launch",
            "One of the largest makers of cheap tyres",
        ),
        (
            "Some of the county's main farmers have been looking to sell their land.",
            "look",
            "Some of the county's main farmers",
        ),
        ("Two of the new ferries have left the harbour at Wexham.", "leave", "Two of the new ferries"),
    ],
)
def test_what_a_part_of_a_group_is_the_whole_phrase(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]
