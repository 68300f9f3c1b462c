"""who: titles of works the NER took for actors (songs, albums, books, shows, slogans) are no actors,
nor are sports competitions; their makers, performers and bodies stay (issue 10: no clutter actors)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import who_of


@pytest.mark.parametrize(
    ("text", "not_actors", "actors"),
    [
        # a work noun tied to the title, the title the subject
        (
            "Christina Aguilera is to marry Jordan Bratman. Her most recent single, Road Trip, featuring Lil Kim, "
            "reached number four in the UK charts in May.",
            {"Road Trip"},
            {"Jordan Bratman", "Lil Kim"},
        ),
        (
            "The reggae star Leroy Grant died in 1981. The album Exodus came out in 1977 and sold millions.",
            {"Exodus"},
            {"Leroy Grant"},
        ),
        # titles a work noun lists, the list the subject
        (
            "The award-winning trilogy - Northern Lights, The Subtle Knife and The Amber Spyglass - tells the "
            "story of a girl, the author Philip Pullman said.",
            {"Subtle Knife", "The Subtle Knife"},
            {"Philip Pullman"},
        ),
        # a name only ever in quote marks, never a subject: a song, a show, a slogan
        (
            'Her set at the festival included "Bad Romance," "Poker Face" and "Judas," Interscope said.',
            {"Judas"},
            set(),
        ),
        ('The mayor asked about the "Build Leeds Better" scheme, the council said.', {"Build Leeds Better"}, set()),
        # a sports competition named as a body
        (
            "Chelsea were crushed in the Champions League quarter-final in 2000, Marcel Desailly said.",
            {"Champions League"},
            {"Chelsea", "Marcel Desailly"},
        ),
    ],
)
def test_who_works_are_no_actors(nlp: Language, text: str, not_actors: set[str], actors: set[str]) -> None:
    names = {a.name for a in who_of(nlp, text)}
    assert not names & not_actors
    assert actors <= names


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a name after a work noun that heads its own clause is no title
        ("In the game Thierry Henry scored twice, and Arsenal won, Arsene Wenger said.", "Thierry Henry"),
        # a body's word keeps a quoted name a body
        (
            'Cairo paid bonuses to a powerful union of judges known as the "Judges Club," a newspaper reported.',
            "Judges Club",
        ),
        # names listed after a work's noun phrase are bodies ("nominees include the Guardian website, ...")
        (
            "Other nominees include The Guardian news website, the National Theatre, MTV and the Science Museum.",
            "Science Museum",
        ),
    ],
)
def test_who_makers_members_and_bodies_stay_actors(nlp: Language, text: str, actor: str) -> None:
    assert actor in {a.name for a in who_of(nlp, text)}
