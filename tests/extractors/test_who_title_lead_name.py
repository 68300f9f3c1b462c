"""who: the main actor when the lead names it in a way the earlier rules missed (who v71): a name of two to
four words the NER missed that the title opens on and the lead repeats word for word (`untagged.title_lead_name`);
a role the lead makes its doer, named in the next sentence as the subject of a passive ("... was elected mayor";
`salience.role_bearer`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import who_of

_GALA = (
    "Brown Boys Dance! aired on HBO Tuesday night, marking a momentous ceremony that celebrated young artists. "
    "Writers of all ages sat together to celebrate the 10-year anniversary of Brown Boys Dance!, a mentoring "
    "group founded by Tom Ash. Tom Ash thanked the crowd. Maria Vance sang two songs, and Tom Ash joined her."
)

_MAYOR = (
    "The Scottish capital's new mayor on Tuesday rejected an offer from party leader Tom Ash to make an "
    "exception to his ban on street parties. Maria Delgado was elected mayor of Edinburgh last week, the first "
    "woman to hold the post. On Monday, Tom Ash said he was happy to see her win. Tom Ash told a rally that "
    "there would always be exceptions. Tom Ash later said he would call her."
)


def test_who_title_opening_name_the_lead_repeats_is_an_actor(nlp: Language) -> None:
    assert who_of(nlp, _GALA, "Brown Boys Dance! Is The Best Night Of The Year")[0].name == "Brown Boys Dance"


def test_who_title_words_the_lead_does_not_repeat_name_no_one(nlp: Language) -> None:
    assert all(a.name != "Best Night" for a in who_of(nlp, _GALA, "Best Night Of The Year For Young Artists"))


def test_who_lead_role_named_next_by_a_passive_goes_first(nlp: Language) -> None:
    assert who_of(nlp, _MAYOR, "Edinburgh's mayor rebuffs Ash on ban")[0].name == "Maria Delgado"
