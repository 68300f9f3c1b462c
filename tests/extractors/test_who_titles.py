"""who: titles of persons as an editor lists them, and clean name spans (hand-written sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span as SpacySpan

from extractors.who import extract_who
from tests.extractors.helpers import named, who_of


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # playing positions before a player's name (SPORT_POSITIONS)
        ("Italy centre Marco Bruni limped off in the second half against Wales.", "Marco Bruni", "centre"),
        ("Leicester lock Sam Hardy will miss the final with a shoulder injury.", "Sam Hardy", "leicester lock"),
        ("Scotland scrum-half Rory Baird scored twice before the break.", "Rory Baird", "scrum-half"),
        ("The coach praised number eight Jean-Luc Marin after the win.", "Jean-Luc Marin", "number eight"),
        ("The Hawks traded guard Dion Mabry to Denver on Tuesday.", "Dion Mabry", "guard"),
        # a role noun the parser makes a modifier of the name
        ("The ring was designed by jeweller Clara Munro and sold within a week.", "Clara Munro", "jeweller"),
        # a formal title with "of" before a name
        (
            "Secretary of State Jane Holloway said the talks would resume in March.",
            "Jane Holloway",
            "secretary of state",
        ),
        # an agent noun before a comma and the name
        (
            "The agency's chief flood coordinator, Pia Lund, said the river would peak on Friday.",
            "Pia Lund",
            "chief flood coordinator",
        ),
        # a portfolio the NER may take for a body
        ("The plan is a danger to us all. Or so says Home Secretary Ian Blake.", "Ian Blake", "home secretary"),
        # a role shared by a list of names is each one's, in the singular
        ("The film also stars British actors Tom Hale and Ann Lowe as his parents.", "Tom Hale", "actor"),
    ],
)
def test_who_titles_listed(nlp: Language, text: str, name: str, title: str) -> None:
    assert title in named(who_of(nlp, text), name).titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # "former" is kept when a party no actor holds stands between it and the office
        ("Former Tory leader John Hale said the plan would fail.", "John Hale", ["former leader"]),
        # praise and comparison are no titles
        (
            "Anna Berg, a renowned astrophysicist at the observatory, said the probe had failed.",
            "Anna Berg",
            ["astrophysicist"],
        ),
        ("Rangers were lucky at the start, and Ola Nyberg was the busier keeper early on.", "Ola Nyberg", ["keeper"]),
        # a department's name cut by the parser: "head of equities trading"
        (
            "Mark Dale, head of equities trading at Blue Harbour Securities, said shares fell.",
            "Mark Dale",
            ["head of equities trading"],
        ),
    ],
)
def test_who_titles_exact(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert named(who_of(nlp, text), name).titles == titles


def test_who_affiliation_from_a_body(nlp: Language) -> None:
    text = "Anna Berg, a renowned astrophysicist from Oxford University, said the probe had failed."
    assert named(who_of(nlp, text), "Anna Berg").affiliation == "Oxford University"


@pytest.mark.parametrize(
    ("text", "name", "not_title"),
    [
        # a thing before the name, not a role of the person
        ("In a recently published Nature paper Berg and colleagues describe the ants.", "Berg", "paper"),
        # an adverbial phrase before the clause's subject, not an apposition
        ("Since his ouster, Karim Nabil has lived in exile in Paris.", "Karim Nabil", "ouster"),
    ],
)
def test_who_no_title_from_things(nlp: Language, text: str, name: str, not_title: str) -> None:
    assert not_title not in named(who_of(nlp, text), name).titles


def test_who_bare_title_needs_its_words(nlp: Language) -> None:
    # "the prime minister" is not the courts minister who speaks of him
    text = (
        "Former cabinet minister Ian Ross said the bill was unnecessary. Courts minister Jo Penn defended it. "
        'Ms Penn said: "The prime minister should be able to appoint the best person for the job."'
    )
    assert "prime minister" not in named(who_of(nlp, text), "Jo Penn").titles


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a firm's kind before a name makes it a body, and no part of it
        ("Shares fell, said Ian Cole, an analyst at brokers Hartwell.", "Hartwell", "organization"),
        ("Accountants Ernst & Young signed off the accounts in March.", "Ernst & Young", "organization"),
        # a superlative at a sentence's start is no part of the name
        ("Latest Bank of England figures show that lending fell in May.", "Bank of England", "organization"),
        # a picture credit that is also a given name, inside a sentence, is the person's name
        (
            "North Korea fired a missile. In a statement, Secretary of State Rex Dalton said the test was reckless.",
            "Rex Dalton",
            "person",
        ),
    ],
)
def test_who_clean_name_spans(nlp: Language, text: str, name: str, kind: str) -> None:
    assert named(who_of(nlp, text), name).type == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a description or a home the NER runs into a name at a sentence's start (the tagger's span
        # is set by hand here: the small model does so in longer articles)
        ("Eyewitness Paul Marchand told the paper he saw the lorry swerve.", "Paul Marchand"),
        ("Californian Thomas Brandt filed the suit in San Jose on Monday.", "Thomas Brandt"),
        ("Newcomer Kiara Bell leads the nominations with four.", "Kiara Bell"),
    ],
)
def test_who_name_without_opener(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    doc.ents = [SpacySpan(doc, 0, 3, label="PERSON")]
    names = [a.name for a in extract_who(doc)]
    assert name in names
    assert not any(n.endswith(name) and n != name for n in names)


def test_two_portfolios_joined_by_and_the_ner_took_for_a_body_are_the_title(nlp: Language) -> None:
    # "Mining and Energy": the NER's organisation is the minister's two portfolios, no body
    text = "Officials met in Jakarta. Malaysia's Trade and Industry Minister Rafidah Aziz said exports would rise."
    who = who_of(nlp, text)
    assert named(who, "Rafidah Aziz").titles == ["trade and industry minister"]
    assert not [a for a in who if a.name == "Trade and Industry"]


def test_two_portfolios_joined_by_and_keep_the_first_when_a_body_has_its_words(nlp: Language) -> None:
    # "the Department of Trade and Industry" makes "Trade" a body's word; the title keeps it
    text = (
        "Workers will be allowed to stay on. Trade and Industry Secretary Patricia Hewitt said people would "
        "not be forced to work longer. Proposals from the Department of Trade and Industry were dropped."
    )
    assert named(who_of(nlp, text), "Patricia Hewitt").titles == ["trade and industry secretary"]


def test_a_rank_before_a_title_or_its_body_stays_in_the_title(nlp: Language) -> None:
    # "shadow" (a rank the tagger reads as a proper noun) makes another office than "chancellor"
    text = (
        "The Tories will propose higher thresholds, with shadow chancellor Oliver Letwin calling the duty "
        "a stealth tax. Shadow Treasury chief secretary George Osborne said the finances had deteriorated."
    )
    who = who_of(nlp, text)
    assert named(who, "Oliver Letwin").titles == ["shadow chancellor"]
    assert named(who, "George Osborne").titles == ["shadow chief secretary"]


def test_a_preposition_before_a_title_is_no_rank(nlp: Language) -> None:
    who = who_of(nlp, "The economy grew under President Barack Obama, officials said.")
    assert named(who, "Barack Obama").titles == ["president"]
