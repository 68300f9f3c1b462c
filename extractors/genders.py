"""A person's gender as the article itself tells it: a pronoun with one person to stand for.

`Coref` knows a person's gender from an honorific ("Mrs", "Sir") or a gendered title ("chairwoman"); a bare name
says nothing ("Hillary Clinton", "Robby Mook"), so "he" may take a woman named nearest: "When Robby Mook,
Clinton's campaign manager, was asked if Clinton would hold a press conference, he laughed" was Clinton laughing.
The article tells the gender where a third-person pronoun has a single person it can stand for: one person named
from the start of the previous sentence up to the pronoun (no organisation either: `who` may have typed a person
one), no other name the parser tagged a person's, and no common noun naming a person between ("Hillary
Clinton will hold her next press conference": Clinton is a woman; not "Trump met a reporter and answered her
question", whose "her" is the reporter's). A name told both ways keeps no gender. Quoted words are left out: a
speaker's "he" is often someone neither named nor near.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Token

from extractors.arrays import any_of, columns
from extractors.lexicons.actors import ROLE_HEADS, TITLE_HEADS
from extractors.lexicons.events import FEMALE_NOUNS, INTRODUCED_PERSON_NOUNS, MALE_NOUNS, PERSON_DESCRIPTIONS
from extractors.tree import tokens_of

if TYPE_CHECKING:
    from extractors.coref import Coref

# Third-person pronouns by the gender they tell ("her" both object and possessive).
GENDERED_PRONOUNS: dict[str, str] = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
# Common nouns that name a person another pronoun may stand for ("a reporter", "his wife", "the senator").
_PERSON_NOUNS = TITLE_HEADS | ROLE_HEADS | PERSON_DESCRIPTIONS | INTRODUCED_PERSON_NOUNS | MALE_NOUNS | FEMALE_NOUNS
# How a common noun hangs on a name when it is the name's own title ("nominee Hillary Clinton", "Robby Mook,
# Clinton's campaign manager"): no second person.
_NAME_DEPS = frozenset({"compound", "appos", "flat"})
# The actors a name between may be: a person, or one `who` typed an organisation.
_NAMED = frozenset({"person", "organization"})


def told_genders(coref: Coref) -> dict[str, str]:
    """Person name -> "m" / "f" for each person a pronoun outside quotation marks stands for unambiguously (one
    person named from the previous sentence's start up to it, no person noun between), told one way only."""
    doc = coref.doc
    # (an organisation named between blocks too: `who` may have typed a person one, "Omar Brisk")
    persons = [m for m in coref.mentions if m.type in _NAMED]
    if not any(m.type == "person" for m in persons):
        return {}
    starts = [m.start for m in persons]
    tokens = tokens_of(doc)
    votes: dict[str, set[str]] = {}
    # (the pronouns only: no Python object per token)
    for i in np.flatnonzero(any_of(columns(doc, (LOWER,))[0], frozenset(GENDERED_PRONOUNS))).tolist():
        token = tokens[i]
        gender = GENDERED_PRONOUNS[token.lower_]
        if token.pos_ != "PRON" or coref._quoted[i]:
            continue
        sent = coref.sent_of(token.i)
        first = coref.sent_starts[max(0, sent - 1)]
        low = tokens[first].idx
        window = persons[bisect.bisect_left(starts, low) : bisect.bisect_left(starts, token.idx)]
        names = {m.name for m in window}
        if len(names) != 1 or window[-1].type != "person":
            continue
        name = names.pop()
        if _other_person(tokens, first, token.i) or _other_name(coref, tokens, first, token.i, name):
            continue
        votes.setdefault(name, set()).add(gender)
    return {name: told.pop() for name, told in votes.items() if len(told) == 1}


def _other_person(tokens: list[Token], first: int, end: int) -> bool:
    """Whether a common noun naming a person, not a name's own title, stands between ``first`` and ``end``."""
    return any(
        t.pos_ == "NOUN"
        and t.lemma_.lower() in _PERSON_NOUNS
        and not (t.dep_ in _NAME_DEPS and t.head.pos_ == "PROPN")
        and not any(c.dep_ in _NAME_DEPS and c.pos_ == "PROPN" for c in t.children)
        for t in tokens[first:end]
    )


def _other_name(coref: Coref, tokens: list[Token], first: int, end: int, name: str) -> bool:
    """Whether a word the parser tagged a person's name, not one of ``name``'s mentions, stands between ``first``
    and ``end`` (`who` may have typed that one an organisation, or kept none of it)."""
    for t in tokens[first:end]:
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            found = coref.index.best(t.idx, t.idx + len(t.text))
            if found is None or found.name != name:
                return True
    return False
