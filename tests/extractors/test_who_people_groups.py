"""who: people named by a plural common noun are a group actor when they act in the title, the lead
or the story, and not when they pass (hand-written sentences, invented names)."""

from __future__ import annotations

from spacy.language import Language

from extractors.types import Actor
from tests.extractors.helpers import who_of


def _groups(actors: list[Actor]) -> list[str]:
    return [a.name for a in actors if a.type == "group"]


def test_a_group_acting_in_the_lead_is_an_actor_named_with_its_modifiers(nlp: Language) -> None:
    text = (
        "Zelta console owners can now test the new system software before its launch, Brava Games said on "
        "Monday. The test opens next week. Brava Games said the update would add a new friends list."
    )
    groups = _groups(who_of(nlp, text))
    assert groups == ["Zelta console owners"]


def test_a_group_counted_in_the_lead_is_named_without_the_count(nlp: Language) -> None:
    text = (
        "Thousands of revellers fled a beach in Tarvik after a fire on a barge. Two men were hurt. "
        "The fire was put out by midnight, police in Tarvik said."
    )
    actors = who_of(nlp, text)
    assert "revellers" in _groups(actors)


def test_the_group_the_title_names_is_one_actor_with_every_mention(nlp: Language) -> None:
    text = (
        "Ministers are telling councils to find more land for new homes. Councils will also get more "
        "money to buy land, said housing minister Ana Rook. Some councils have refused to build."
    )
    actors = who_of(nlp, text, "Councils 'must find land for homes'")
    found = [a for a in actors if a.type == "group" and a.name.casefold() == "councils"]
    assert len(found) == 1
    assert len(found[0].mentions) == 3


def test_a_group_mentioned_once_in_passing_is_no_actor(nlp: Language) -> None:
    text = (
        "Dara Vent has won the Porlock chess open for the third time. Vent beat Ola Grun in the final "
        "round on Sunday. The hall was full of parents and their children. Vent said the win was his best."
    )
    assert _groups(who_of(nlp, text)) == []


def test_a_group_acting_in_two_sentences_of_the_body_is_an_actor(nlp: Language) -> None:
    text = (
        "Kelmar Foods has raised its milk prices for the second time this year. The firm said costs had "
        "risen. Dairy farmers have blocked its depot in Arnhold. Kelmar Foods sells milk in 300 shops. Dairy farmers "
        "have asked for talks. Kelmar Foods said it would meet them."
    )
    assert _groups(who_of(nlp, text)) == ["dairy farmers"]


def test_a_group_the_lead_does_not_make_act_is_not_first(nlp: Language) -> None:
    text = (
        "A new season of the Ardel quiz show starts on Monday. Viewers will be able to vote on every "
        "question. Viewers can also send their own questions. Viewers have long asked for this, and viewers "
        "will get prizes. The show is made by Tova Lind."
    )
    actors = who_of(nlp, text, "Viewers to vote on quiz")
    assert "viewers" in _groups(actors)
    assert actors[0].name != "viewers"


def test_a_noun_that_names_no_people_is_no_group(nlp: Language) -> None:
    # "orders" and "computers" end like agent nouns but name no people
    text = (
        "Orders for machine tools fell in March, the Tool Makers Guild said. Computers sold well. Orders "
        "will rise in April, the Tool Makers Guild said. Computers are cheaper."
    )
    assert _groups(who_of(nlp, text)) == []


def test_people_who_only_tell_the_news_in_the_body_are_no_group(nlp: Language) -> None:
    text = (
        "Kelmar Foods has raised its milk prices for the second time this year. The firm said costs had "
        "risen. Kelmar Foods sells milk in 300 shops. The rise was expected, analysts said. Kelmar Foods "
        "may raise prices again, analysts said."
    )
    assert _groups(who_of(nlp, text)) == []
