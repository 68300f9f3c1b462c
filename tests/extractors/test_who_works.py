"""who: titles of works the NER took for actors (songs, albums, operas, films, books) are no actors,
nor are sports competitions; their makers and performers stay (issue 10: no clutter actors)."""

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
        # a work owned by a named person
        (
            "The conductor Mario Ventura has died at 50. He conducted Vincenzo Bellini's Norma at the Vienna "
            "State Opera last year, the opera house said.",
            {"Norma"},
            {"Mario Ventura", "Vincenzo Bellini"},
        ),
        (
            "Actor Daniel Hale has won four awards, including one for Martin Scorsese's Gangs Of New York.",
            {"Gangs Of New York"},
            {"Daniel Hale", "Martin Scorsese"},
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
        # a band's member owned by the band is a person, though the NER takes the band for a person
        ("He played in The Firm with Led Zeppelin's Jimmy Page and Paul Rodgers, his manager said.", "Jimmy Page"),
        # a body a person leads is no work of theirs
        ("Shareholders backed Rupert Murdoch's Fox Broadcasting on Friday, analysts said.", "Fox Broadcasting"),
        (
            "Investors have followed Warren Buffett's Berkshire Hathaway for decades, analysts said.",
            "Berkshire Hathaway",
        ),
        ("The deal was signed by Rupert Murdoch's News Corp on Friday, the company said.", "News Corp"),
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
