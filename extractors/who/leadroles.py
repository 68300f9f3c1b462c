"""Step 4 of `who`, two rules of who the lead and the title make the main actor (salience.py calls them).

- The undergoer: a lead whose doer is no actor ("A knee injury has forced Ann Lee out of the final")
  tells what happened to the actor its main verb acts on: that actor is the main one.
- A title pair: a title that opens on two actors side by side ("Zenco, Brandt staff fined", "Zenco
  and Brandt agree merger", "Lions 0-2 Tigers") does not choose between them: the lead's doer does.

Each rule is a data row with its example; the engines are the two functions below.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

# The dependencies of a lead verb's object whose name is the main actor when the lead's doer is no
# actor and no one reports the news: "A knee injury has forced Ann Lee out of the final".
UNDERGOER_DEPS = frozenset({"dobj"})

# What may stand between the first two actors a title names for it to name them as a pair, with an
# example of each row.
TITLE_PAIRS: tuple[tuple[str, str], ...] = (
    (r",", "Zenco, Brandt staff fined"),
    (r"\band\b|&", "Zenco and Brandt agree merger"),
    (r"\bv\b|\bvs\b\.?", "Lions v Tigers: the verdict"),
    (r"\d+-\d+", "Lions 0-2 Tigers"),
)
_PAIR = re.compile("|".join(f"(?:{pattern})" for pattern, _ in TITLE_PAIRS))
# The most words from the first actor's name to the second's for a title to name them as a pair.
_PAIR_WORDS = 5


def undergoer(verb: Token, doer: Token | None, names_in: Callable[[Token], list[str]]) -> str | None:
    """The actor a lead's main verb acts on when its doer is a thing, not an actor ("A knee injury has
    forced Ann Lee out"): the first actor named in the verb's object. ``names_in`` gives the actors a
    noun phrase names, best first. Not for a pronoun doer ("He has signed Ann Lee": someone named
    before) nor a lead without a doer."""
    if doer is None or doer.pos_ == "PRON":
        return None
    for child in verb.children:
        if child.dep_ in UNDERGOER_DEPS and (found := names_in(child)):
            return found[0]
    return None


def title_pair(title: str, first: int, second: int) -> bool:
    """The title names the actors at offsets ``first`` < ``second`` as a pair ("Zenco and Brandt agree
    merger"), not one as the subject and one as its object ("Zenco buys Brandt")."""
    if not 0 <= first < second:
        return False
    between = title[first:second]
    return len(between.split()) <= _PAIR_WORDS and _PAIR.search(between) is not None
