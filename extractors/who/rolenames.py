"""A transcript's speaker named by role, under the name the title gives them (who v49).

"THE PRESIDENT. I have two announcements ..." under the title "The President's News Conference (Ann Lee,
2001-05-04)": the speaker `mentions.speaker_labels` knows only by role ("The President") is the person the title
names beside that role, and that name is the actor's canonical one (the contract's "longest proper form"; the role
stays a mention). The title must name the role and exactly one other name: a run of capitalised words (initials
allowed) none of which is a title word or a word the article writes in lower case ("News Conference" is no name:
the transcript says "news conference").
"""

from __future__ import annotations

import re

from spacy.attrs import IS_LOWER, LOWER

from extractors.arrays import columns
from extractors.kinds import article_kind
from extractors.who.state import WhoState
from extractors.who.words import TITLES, fold

# A run of capitalised words in a title, initials allowed inside it ("Gerald R. Ford", "Ann Lee").
_NAME_RUN = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+))+")
# Words of a title run that make it no name (articles and linking words capitalised in a title).
_NOT_NAME_WORDS = frozenset({"the", "a", "an", "of", "and", "on", "in", "at", "for", "with", "by", "to"})


def name_role_speakers(st: WhoState) -> None:
    """Rename each transcript speaker known by role to the person the title names beside that role (merged into
    the actor of that full name when the article names them so too)."""
    if not st.title or article_kind(st.doc).name != "transcript":
        return
    for key in [k for k in st.clusters if k.startswith("P:")]:
        cluster = st.clusters.get(key)
        if cluster is None or cluster.kind != "person" or not any(m.first in st.turns for m in cluster.mentions):
            continue  # a speaker labelled so at least once ("the President" in a question is the same one)
        role = fold(cluster.name).split()
        if not role or role[-1] not in TITLES or role[-1] not in st.title.casefold():
            continue  # the title does not name the role ("Press Briefing (Ann Lee)" for "THE SECRETARY")
        name = title_person(st)
        if name is None:
            continue
        same = next((k for k, c in st.clusters.items() if k != key and c.kind == "person" and c.name == name), None)
        if same is not None:
            st.merge_into(same, key, name)  # the role's turns stay the actor's; the full name is its name
        cluster.name = name


def title_person(st: WhoState) -> str | None:
    """The one name the title gives that is no role and no common words of the article, or None."""
    lowers, is_lower = columns(st.doc, (LOWER, IS_LOWER))  # (a transcript is long: its words read as arrays)
    lower = {st.doc.vocab.strings[int(h)] for h in set(lowers[is_lower == 1].tolist())}
    found = []
    for run in _NAME_RUN.findall(st.title):
        words = [w for w in re.split(r"\s+", run) if not re.fullmatch(r"[A-Z]\.", w)]
        folded = [w.casefold().removesuffix("'s").removesuffix("’s") for w in words]
        if any(w in TITLES or w in _NOT_NAME_WORDS or w in lower for w in folded):
            continue
        found.append(run)
    return found[0] if len(set(found)) == 1 else None
