"""Whom an interviewee's "we" stands for: the organisation the interview introduces the guest with.

In an interview the guest's "we" is most often the body the guest speaks for ("Hugh McGuire: We are
only doing public domain works" under the title "Interview with LibriVox founder Hugh McGuire": LibriVox
does them), as annotators read it. The body is the one the title or the opening (before the first
speaker's turn) ties the guest to by a role (``BODY_LINKS``: "X founder Y", "Y, president of X", "Y of
X", "X is co-owned by Y"), named by its `who` name when `who` knows it. A verb of founding with an
object stays the guest's ("together we formed this thing": the body does not found itself).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from spacy.tokens import Token

from extractors.kinds import Kind
from extractors.lexicons.voices import BODY_LINKS, FOUNDING_VERBS
from extractors.tree import children_of
from extractors.types import Actor

_LINKS = tuple((name, re.compile(pattern)) for name, pattern, _ in BODY_LINKS)
# a guest's name that runs on from another name or an "and" before it: the tie is not the guest's alone
_RUN_ON = re.compile(r"(?:\band|[A-Z][\w.'’-]*)[ ]$")
_OPENING = 1500  # characters: an opening with no turns is read this far
_PERSONS = ("person",)
_NOT_BODIES = ("person", "location")


def guest_bodies(text: str, title: str | None, kind: Kind, who: list[Actor]) -> list[tuple[str, str]]:
    """(the guest as written, the body) for each tie the title and the opening of an interview write."""
    if kind.name != "interview":
        return []
    end = kind.turns[0][0] if kind.turns else _OPENING
    found: list[tuple[str, str]] = []
    for source in (title or "", text[:end]):
        for _, pattern in _LINKS:
            for m in pattern.finditer(source):
                if _RUN_ON.search(source[: m.start("person")]):
                    continue  # "Mario Lucero and [Isabel Ruiz of ...]": the tie is of the two
                body = _body(m.group("body"), who)
                if body is not None:
                    found.append((m.group("person"), body))
    return found


def _body(written: str, who: list[Actor]) -> str | None:
    """The body's `who` name (its name as written, "The" dropped, when `who` has none); None when `who`
    knows it as a person or a place."""
    bare = re.sub(r"^(?:The|the)\s+", "", written.strip())
    key = bare.casefold()
    for actor in who:
        if key in (actor.name.casefold(), *(m.text.casefold() for m in actor.mentions)):
            return None if actor.type in _NOT_BODIES else actor.name
    return bare if len(bare) > 2 else None


def _words(name: str) -> set[str]:
    """A name's words of three letters or more, and each two run together ("Mc Guire": "mcguire")."""
    words = re.findall(r"[^\W\d_]+", name.casefold())
    joined = {a + b for a, b in itertools.pairwise(words)}
    return {w for w in (*words, *joined) if len(w) >= 3}


def speaks_for(
    subject: Token, verb: Token, actor: str | None, kind: Kind, bodies: Sequence[tuple[str, str]]
) -> str | None:
    """The body a guest's "we" stands for in the guest's own turn, or None (the guest, as resolved)."""
    if not bodies or actor is None or subject.lower_ != "we" or subject.pos_ != "PRON":
        return None
    if not kind.in_turn(subject.idx):
        return None
    if verb.lemma_.lower() in FOUNDING_VERBS and any(c.dep_ == "dobj" for c in children_of(verb)):
        return None
    mine = _words(actor)
    return next((body for person, body in bodies if mine & _words(person) and body != actor), None)
