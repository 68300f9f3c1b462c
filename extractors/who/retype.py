"""Step of `who`: a one-word "person" that the article treats as a body or a place.

The small English model tags many one-word names it does not know as persons ("Qualcomm",
"Whakatane"). After the names are merged, a one-word person with no title is weighed on what the
article says of it: the NER's other labels for the same word, "the town of X", "X's shares" / "X
founder" (`BODY_POSSESSIONS`), "X stadium" (`PLACE_HEADS`), "X said its ...", names of places or
bodies listed with it ("Paris, Lille, Lyon and Toulouse") are a body's or a
place's marks; an honorific, a full name holding the word ("Ahed Tamimi") and "X said he ..." are a
person's. With at least two marks, one of them from the words around it (the NER's labels alone
are not enough: it tags a person's surname as a place too), and none of a person, it is retyped: a
place when the place marks lead, else an organisation. "The town of X" makes a one-word person or
organisation a place on its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extractors.clauses import sentence_span
from extractors.lexicons.actors import HONORIFICS, KIN_NOUNS, ORG_SUFFIXES, ROLE_HEADS
from extractors.lexicons.names import (
    BODY_KIND_TITLES,
    BODY_POSSESSIONS,
    COMPANY_HEADS,
    ORG_NAME_WORDS,
    PLACE_HEADS,
    PLACE_KINDS,
)
from extractors.who.state import WhoState

# Marks needed, with none of a person, to retype a one-word person.
_MARKS = 2
# Words after a subject searched for the pronoun that refers back to it ("X said its board ...").
_PRONOUN_WINDOW = 8
_PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her", "himself", "herself"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# What may follow "X, <place>" for the place to be X's setting (its country or state), not a list or a possessive.
_PLACE_CLOSERS = frozenset({",", ".", ";", ":", ")"})
_PLACE_WORDS = 3  # words of the place after "X, "


def retype_bare_names(st: WhoState) -> None:
    """Retype one-word persons without a title that the article marks as bodies or places, and one-word
    persons or organisations it introduces as places ("the town of X")."""
    bare = {
        c.name: c
        for c in st.clusters.values()
        if c.kind in ("person", "organization") and not c.titles and " " not in c.name and c.name[:1].isupper()
    }
    if not bare:
        return
    uses: dict[str, list[Token]] = {}
    tokens = st.tokens
    for i in tokens.where(tokens.any_of(tokens.orth, set(bare))):
        token = st.doc[i]
        uses.setdefault(token.text, []).append(token)
    for name, cluster in bare.items():
        place = body = person = context = honorific = 0
        for token in uses.get(name, ()):
            p, b, h = _marks(st, token)
            place, body, person = place + p, body + b, person + h
            context += p + b - int(token.ent_type_ in _PLACE_LABELS or token.ent_type_ == "ORG")
            honorific += int(token.i > 0 and st.doc[token.i - 1].lower_ in HONORIFICS)
        if not honorific and any(_place_kind_before(st.doc, t) for t in uses.get(name, ())):
            cluster.kind = "location"  # "the town of Kaikoura", whatever the NER said (or a pronoun near it)
        elif person:
            continue
        elif cluster.kind == "person" and context and place + body >= _MARKS:
            cluster.kind = "location" if place > body else "organization"


def _marks(st: WhoState, token: Token) -> tuple[int, int, int]:
    """(place, body, person) marks of one use of the name."""
    doc = st.doc
    i = token.i
    before = doc[i - 1].lower_ if i else ""
    if before in HONORIFICS or (token.ent_type_ == "PERSON" and _in_full_name(token)):
        return 0, 0, 1  # "Mr Hale", "Ahed Tamimi"
    place = int(token.ent_type_ in _PLACE_LABELS)
    body = int(token.ent_type_ == "ORG")
    place += int(_place_kind_before(doc, token))  # "the town of Whakatane"
    owned = _owned(st, token)
    body += owned
    if not owned and token.dep_ == "compound" and token.head.lower_ in PLACE_HEADS:
        place += 1  # "the new Wembley stadium", "McMurdo Sound"
    p, b, person = _siblings(token)
    place, body = place + p, body + b
    he, its = _pronoun_marks(doc, token)
    return place, body + its, person + he


def _owned(st: WhoState, token: Token) -> int:
    """1 where the name owns what only a body owns: "Qualcomm's chips", "SpaceX founder Elon Musk",
    "SpaceX's Elon Musk" (a body's own person)."""
    if token.dep_ in ("poss", "compound") and token.head.lower_ in BODY_POSSESSIONS:
        return 1
    return int(token.dep_ == "poss" and _person_named(st, token.head))


def _person_named(st: WhoState, token: Token) -> bool:
    """The word is a name of a person actor of several words ("Elon Musk")."""
    owner = st.clusters.get(st.owner.get(token.i, ""))
    return owner is not None and owner.kind == "person" and " " in owner.name


def _place_kind_before(doc: Doc, token: Token) -> bool:
    """ "the town of X", "the city of X": the name of a place."""
    i = token.i
    return i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in PLACE_KINDS


def _siblings(token: Token) -> tuple[int, int, int]:
    """(place, body, person) marks from the names listed with it: "Paris, Lille, Lyon and Toulouse"
    (places), "Nokia, Sagem, Sony" (bodies), "Ahed and Bassem Tamimi" (a person's full name). A
    sibling the NER called a person of one word is no mark: that is the tag in doubt."""
    place = body = person = 0
    for other in token.conjuncts:
        if other.ent_type_ in _PLACE_LABELS:
            place += 1
        elif other.ent_type_ == "ORG":
            body += 1
        elif other.ent_type_ == "PERSON" and _in_full_name(other):
            person += 1
    return place, body, person


def _in_full_name(token: Token) -> bool:
    """The word is one part of a person's name of several words ("Ahed Tamimi")."""
    return token.ent_iob_ == "I" or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I")


def _pronoun_marks(doc: Doc, token: Token) -> tuple[int, int]:
    """(person, body) marks of a subject from the pronoun after it: "X said he ...", "X said its board ..."."""
    if token.dep_ != "nsubj":
        return 0, 0
    pronoun = _pronoun_after(doc, token)
    return int(pronoun in _PERSON_PRONOUNS), int(pronoun == "its")


def _pronoun_after(doc: Doc, token: Token) -> str:
    """The first third-person singular pronoun after a subject in its sentence, near it."""
    end = min(sentence_span(token).end, token.i + 1 + _PRONOUN_WINDOW)
    for t in doc[token.i + 1 : end]:
        if t.lower_ in _PERSON_PRONOUNS or t.lower_ in ("its", "it"):
            return t.lower_
    return ""


def retype_placed_names(st: WhoState) -> None:
    """A person or a body without a title written as "X, <place>," is a place: "from Auckland, New
    Zealand, to Hawaii", "a man from Camberley, Surrey, was arrested". The other way, a place no
    gazetteer knows or a person without a title described by a firm's kind ("Wipro, India's third-biggest
    software firm,") is a body."""
    for cluster in st.clusters.values():
        described = cluster.kind in ("location", "person") and cluster.named and not cluster.titles
        if (
            described
            and st.country_of(cluster.name) is None
            and any(_body_apposition(st.doc, m.last) for m in cluster.mentions)
        ):
            cluster.kind = "organization"  # "Wipro, India's third-biggest software firm"
            continue
        if cluster.kind not in ("person", "organization") or cluster.titles or not cluster.named:
            continue
        if any(_place_after(st, m.last) and not _listed(st.doc, m.first) for m in cluster.mentions):
            cluster.kind = "location"


def _place_after(st: WhoState, last: int) -> bool:
    """ "X, New Zealand," / "X, South Dakota.": a comma, a place (a country the gazetteer knows, or a
    name of a few words the NER tagged a place), then the clause goes on."""
    doc = st.doc
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return False
    end = last + 2
    while end < len(doc) and end - last - 2 < _PLACE_WORDS and doc[end].is_title:
        end += 1
    if end == last + 2 or (end < len(doc) and doc[end].text not in _PLACE_CLOSERS and "\n" not in doc[end].text):
        return False
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_title:
        return False  # "beating Amy Lee, Jamelia, Natasha Bedingfield and ...": a list of names
    words = doc[last + 2 : end]
    found = st.country_of(words.text)
    if found is not None:
        return found[1] == "name"
    owner = st.clusters.get(st.owner.get(last + 2, ""))
    # the place is an actor typed a place ("South Dakota"), not a name the NER alone calls one
    return owner is not None and owner.kind == "location" and all(t.ent_type_ in ("GPE", "LOC") for t in words)


def _body_apposition(doc: Doc, last: int) -> bool:
    """ "X, India's third-biggest software firm,": a firm's kind (`BODY_KIND_TITLES`) in apposition to X."""
    if last + 1 >= len(doc) or doc[last + 1].text != ",":
        return False
    return any(c.dep_ == "appos" and c.i > last and c.lower_ in BODY_KIND_TITLES for c in doc[last].children)


def _listed(doc: Doc, first: int) -> bool:
    """The name follows a comma: one of a list ("The Times, Jezebel, Metro"), not a place and its setting."""
    return first > 0 and doc[first - 1].text == ","


def retype_bare_places(st: WhoState) -> None:
    """A one-word place no gazetteer knows, without marks of a place or a body around it and
    with at least two of a person ("Singer X", "X said she ..."), is a person."""
    bare = {
        c.name: c
        for c in st.clusters.values()
        if c.kind == "location"
        and c.named
        and " " not in c.name
        and c.name[:1].isupper()
        and not c.name.isupper()
        and c.name not in st.body_names
        and st.country_of(c.name) is None
    }
    if not bare:
        return
    tokens = st.tokens
    uses: dict[str, list[Token]] = {}
    for i in tokens.where(tokens.any_of(tokens.orth, set(bare))):
        uses.setdefault(st.doc[i].text, []).append(st.doc[i])
    for name, cluster in bare.items():
        person = other = 0
        for token in uses.get(name, ()):
            p, b, _ = _marks(st, token)
            other += max(0, p + b - int(token.ent_type_ in _PLACE_LABELS) - int(token.ent_type_ == "ORG"))
            person += _person_marks(st.doc, token)
        if person >= _MARKS and not other:
            cluster.kind = "person"


def _person_marks(doc: Doc, token: Token) -> int:
    """Marks of a person on one use of a one-word name: "Mr X", "Singer X", "X said she ...". Not the
    names listed with it: a parse that joins a place to the persons after it ("in Leeds, Home Secretary
    Ann Lee") would make a town a person."""
    before = doc[token.i - 1].lower_ if token.i else ""
    marks = int(before in HONORIFICS or before in ROLE_HEADS)
    return marks + _pronoun_marks(doc, token)[0]


def retype_named_bodies(st: WhoState) -> None:
    """A person that a band's or a group's kind introduces once ("US band X led the winners ... X won"),
    or of several words without a title that the article treats as a body ("the Boko Haram",
    "Boko Haram fighters", "Acme Aid's Jane Doe", "Acme Aid said its ..."): at least two marks of a body
    from the words around its mentions and none of a person is an organisation."""
    doc = st.doc
    for cluster in st.clusters.values():
        if cluster.kind != "person" or cluster.titles or not cluster.named:
            continue
        if cluster.name in st.body_names:
            cluster.kind = "organization"  # "US band Scissor Sisters" once, "Scissor Sisters" thereafter
            continue
        if " " not in cluster.name:
            continue
        body = person = 0
        for m in cluster.mentions:
            before = doc[m.first - 1] if m.first else None
            if before is not None and before.lower_ in HONORIFICS:
                person += 1
            elif before is not None and before.text == "the" and m.last > m.first:
                body += 1  # "the Boko Haram": no person's name takes an article
            last = doc[m.last]
            he, its = _pronoun_marks(doc, last)
            body += _owned(st, last) + its
            person += he
        if body >= _MARKS and not person:
            cluster.kind = "organization"


def retype_named_persons(st: WhoState) -> None:
    """A body of several words without a title, none of them a body's ("Lionel Hampton", not "Acme Corp"), and
    that the article treats as a person is a person: at least two marks of a person ("68-year-old X",
    a word of kin before it counts two: "sister X",
    "X says she ...", "Mr X", listed with persons: "the voices of X, Halle Berry and Robin Williams") and
    none of a body ("X's shares", "X said its ...")."""
    doc = st.doc
    for cluster in st.clusters.values():
        words = cluster.name.casefold().split()
        if (
            cluster.kind != "organization"
            or cluster.titles
            or not cluster.named
            or len(words) < 2  # a one-word body is too often a firm that shares a surname
            or cluster.name.isupper()
            or cluster.name in st.body_names
            or not all(w[:1].isalpha() for w in words)
            or any(w in ORG_NAME_WORDS or w in ORG_SUFFIXES for w in words)
            or words[-1] in COMPANY_HEADS  # "X, Y and Restaurant Investment Partnership": listed with persons
        ):
            continue
        person = body = 0
        for m in cluster.mentions:
            before = doc[m.first - 1].lower_ if m.first else ""
            person += int(before in HONORIFICS or before.endswith("-year-old"))  # "68-year-old Kawamura"
            person += _MARKS * (before in KIN_NOUNS)  # "sister Jane Roe": nobody's sister is a body
            last = doc[m.last]
            person += sum(_person_named(st, other) for other in last.conjuncts)
            body += sum(other.ent_type_ == "ORG" and not _person_named(st, other) for other in last.conjuncts)
            if last.dep_ in ("poss", "compound") and last.head.lower_ in BODY_POSSESSIONS:
                body += 1
            he, its = _pronoun_marks(doc, last)
            person, body = person + he, body + its
        if person >= _MARKS and not body:
            cluster.kind = "person"
