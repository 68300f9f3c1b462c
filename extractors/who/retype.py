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

from extractors.lexicons.actors import HONORIFICS
from extractors.lexicons.names import BODY_POSSESSIONS, PLACE_HEADS, PLACE_KINDS
from extractors.who.state import WhoState

# Marks needed, with none of a person, to retype a one-word person.
_MARKS = 2
# Words after a subject searched for the pronoun that refers back to it ("X said its board ...").
_PRONOUN_WINDOW = 8
_PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her", "himself", "herself"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


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
        place = body = person = context = 0
        for token in uses.get(name, ()):
            p, b, h = _marks(st.doc, token)
            place, body, person = place + p, body + b, person + h
            context += p + b - int(token.ent_type_ in _PLACE_LABELS or token.ent_type_ == "ORG")
        if person:
            continue
        if any(_place_kind_before(st.doc, t) for t in uses.get(name, ())):
            cluster.kind = "location"  # "the town of Kaikoura", whatever the NER said
        elif cluster.kind == "person" and context and place + body >= _MARKS:
            cluster.kind = "location" if place > body else "organization"


def _marks(doc: Doc, token: Token) -> tuple[int, int, int]:
    """(place, body, person) marks of one use of the name."""
    i = token.i
    before = doc[i - 1].lower_ if i else ""
    if before in HONORIFICS or (token.ent_type_ == "PERSON" and _in_full_name(token)):
        return 0, 0, 1  # "Mr Hale", "Ahed Tamimi"
    place = int(token.ent_type_ in _PLACE_LABELS)
    body = int(token.ent_type_ == "ORG")
    place += int(_place_kind_before(doc, token))  # "the town of Whakatane"
    if token.dep_ in ("poss", "compound") and token.head.lower_ in BODY_POSSESSIONS:
        body += 1  # "Qualcomm's chips", "SpaceX founder Elon Musk"
    elif token.dep_ == "compound" and token.head.lower_ in PLACE_HEADS:
        place += 1  # "the new Wembley stadium", "McMurdo Sound"
    p, b, person = _siblings(token)
    place, body = place + p, body + b
    if token.dep_ == "nsubj":
        pronoun = _pronoun_after(doc, token)
        person += int(pronoun in _PERSON_PRONOUNS)
        body += int(pronoun == "its")  # "Qualcomm said its board ..."
    return place, body, person


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


def _pronoun_after(doc: Doc, token: Token) -> str:
    """The first third-person singular pronoun after a subject in its sentence, near it."""
    end = min(token.sent.end, token.i + 1 + _PRONOUN_WINDOW)
    for t in doc[token.i + 1 : end]:
        if t.lower_ in _PERSON_PRONOUNS or t.lower_ in ("its", "it"):
            return t.lower_
    return ""
