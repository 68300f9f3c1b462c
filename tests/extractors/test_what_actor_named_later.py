"""what: a lead's doer described first and named in the next sentences (delayed identification,
extractors/introduced.py): "One of the largest makers of X ... The company, Acme, ...", "A user of the service is
suing ... Tom Ash filed the suit". Not when the next person named is a source, bears a title of their own, or two
are named; and never for a thing. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.headline import make_headline
from extractors.sources import extract_sources
from extractors.what import extract_what
from extractors.who import extract_who
from tests.extractors.helpers import actors_of


def test_one_of_the_largest_makers_is_the_company_named_next(nlp: Language) -> None:
    text = (
        "One of the world's largest makers of garden tools has launched a scheme to recycle old spades.\n\n"
        "The company, Hartwell Industries, is to collect the spades from hardware shops across the country. "
        "The scheme starts in March."
    )
    assert actors_of(nlp, text, "launch") == ["Hartwell Industries"]


def test_an_indefinite_user_is_the_person_named_as_a_doer_next(nlp: Language) -> None:
    text = (
        "A customer of the online bookshop is suing the firm, saying its prices are unfair.\n\n"
        "He says the shop breaks consumer laws. The shop opened in 2010. "
        "Californian Mark Devlin filed the suit in a federal court in Oakland and is seeking damages."
    )
    assert actors_of(nlp, text, "sue") == ["Mark Devlin"]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # the next person named is a source who reports what happened, not the one described
        (
            "A motorist drove into the river in Kendal on Sunday.\n\n"
            "Inspector Ann Lee said the road had been closed for repairs.",
            "drive",
            "A motorist",
        ),
        # the next person named bears a title of her own: another person
        (
            "A tourist climbed the town hall clock tower on Friday night.\n\n"
            "Mayor Ann Lee praised the firefighters who brought him down.",
            "climb",
            "A tourist",
        ),
    ],
)
def test_a_described_person_is_not_a_source_or_a_titled_person_named_next(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    assert actors_of(nlp, text, action) == [actor]


def test_a_superlative_thing_is_not_resolved_to_a_company(nlp: Language) -> None:
    text = (
        "The biggest storm in a decade hit the coast on Monday.\n\n"
        "Hartwell Power restored electricity to most homes by the evening."
    )
    assert actors_of(nlp, text, "hit") != ["Hartwell Power"]


_TRANSCRIPT = (
    "THE PRESIDENT. Good afternoon. I have one announcement.\n\n"
    "SITUATION IN THE MIDDLE EAST\n\n"
    "[1.] Q. Mr. President, will you sign the trade bill?\n\n"
    "THE PRESIDENT. I will sign it next week. We want peace in the Middle East.\n\n"
    "[2.] Q. Mr. President, what about the tariffs?\n\n"
    "THE PRESIDENT. We will lower them."
)


def test_a_transcript_speaker_known_by_role_takes_the_name_the_title_gives(nlp: Language) -> None:
    doc = nlp(_TRANSCRIPT)
    who = extract_who(doc, title="The President's News Conference (Walter M. Brandt, 1971-05-04)", text=_TRANSCRIPT)
    assert who[0].name == "Walter M. Brandt"
    assert any(m.text == "THE PRESIDENT" for m in who[0].mentions)
    sources = extract_sources(doc, who=who)
    events = extract_what(doc, who=who, sources=sources)
    assert "The President" not in {e.actor for e in events}
    headline = make_headline(doc, what=events, who=who, sources=sources)
    assert headline is not None and headline.startswith("Walter M. Brandt holds a news conference")


def test_a_transcript_title_without_one_name_keeps_the_role(nlp: Language) -> None:
    # "News Conference" is written in lower case in the text: no name; no other run is a name
    text = _TRANSCRIPT + " This news conference is over."
    who = extract_who(nlp(text), title="The President's News Conference on Trade", text=text)
    assert who[0].name == "The President"
