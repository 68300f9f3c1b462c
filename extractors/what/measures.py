"""A measure told as the subject (what v57, issue 10): whose results they are, and what was measured.

"Aetna's third-quarter net income fell 22%" is news about Aetna: the event's actor is the organisation the
measure belongs to (`arguments._measured` reads a written owner), and the measure stays in the object
("third-quarter net income 22%"), so that an editor reads "Aetna — fall — third-quarter net income 22%".
A company's results with no owner written ("GM Hughes said net income fell 22%", "Net income rose 11%")
belong to the organisation that reports them, else to the organisation last a subject, else to the story's first
actor when it is an organisation (RESULT_NOUNS, with only RESULT_QUALIFIERS before them).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.clauses import text_of
from extractors.coref import Coref
from extractors.lexicons.events import RESULT_NOUNS, RESULT_QUALIFIERS
from extractors.tree import children_of, subtree_range

# Dependencies of the words before a result noun that may qualify it.
_MODIFIERS = frozenset({"amod", "compound", "nmod", "nummod", "npadvmod"})
# Sentences back an unreported result looks for the organisation that was a subject (its reporter, as a rule).
_NEAR = 2
# Entity types of a modifier that says when, not whose ("[1989] net income", "[third-quarter] profit").
_WHEN = frozenset({"DATE", "ORDINAL"})


def result_owner(subject: Token, reporter: str | None, coref: Coref) -> str | None:
    """The organisation a bare result subject ("net income", "Third-quarter net income") belongs to: the one
    reporting it ("GM Hughes Electronics said net income fell"); else, when nobody reports it, the organisation
    that was a subject in its or the two sentences before, else the story's first actor if an organisation. None
    for a result that names or describes an owner or a market ("Aetna's income", "the group's income", "UK retail
    sales", "sales of coffee in the EU"), a determiner ("the net", "its profit": read elsewhere), or a person's
    report ("net income will rise, the analyst said")."""
    if not results(subject) or not _bare(subject):
        return None
    at = next((c for c in children_of(subject.head) if c.dep_ == "prep" and c.lower_ == "at"), None)
    place = next((c for c in children_of(at) if c.dep_ == "pobj"), None) if at is not None else None
    if place is not None and place.pos_ == "PROPN":
        found = coref.actor(place)  # "Revenue fell by 17.7 percent at Trump Taj Mahal": where it fell
        return found if found is not None and coref.types.get(found) == "organization" else None
    if reporter is not None:
        return reporter if coref.types.get(reporter) == "organization" else None
    # "Separately, Innopac reported a loss. ... Revenue was C$291.6 million": the organisation last the subject
    near = [m for m in coref._before(subject, ("organization",), near=_NEAR) if m.subject]
    if near:
        return near[0].name
    top = max(coref.salience, key=lambda n: coref.salience[n], default=None)
    return top if top is not None and coref.types.get(top) == "organization" else None


def results(noun: Token) -> bool:
    """Whether a noun states a company's results (RESULT_NOUNS): "sales", not "the sale" (an auction)."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and lemma in RESULT_NOUNS
        and (lemma != "sale" or noun.tag_ == "NNS")
        and told_as_results(noun)
    )


def told_as_results(noun: Token) -> bool:
    """Whether a "loss" is a company's ("its net loss", "Acme's operating loss": a RESULT_QUALIFIERS word before it),
    not a defeat ("The Florida loss precipitated his collapse"); any other measure noun is."""
    if noun.lemma_.lower() != "loss":
        return True
    return any(c.lower_ in RESULT_QUALIFIERS for c in children_of(noun) if c.i < noun.i)


def _bare(noun: Token) -> bool:
    """Whether a result noun has no determiner and only qualifiers before it ("third-quarter net")."""
    doc = noun.doc
    for child in children_of(noun):
        if child.i > noun.i:
            if child.dep_ == "prep" and _placed(child):
                return False  # "Sales of Brazilian coffee in the European Union": a market's, no company's
            continue
        if child.dep_ in ("det", "poss"):
            return False
        if child.dep_ not in _MODIFIERS:
            continue
        first, last, _ = subtree_range(child)
        words = text_of(doc, first, last).lower()
        if words not in RESULT_QUALIFIERS and not (child.ent_type_ in _WHEN and child.pos_ != "PROPN"):
            return False
    return True


def _placed(prep: Token) -> bool:
    """Whether a phrase after a result noun says what or where it is of ("of coffee", "in the European Union"), not
    when ("in the third quarter", "for the six months")."""
    if prep.lower_ == "of":
        return True
    where = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    return prep.lower_ == "in" and where is not None and where.ent_type_ not in _WHEN


def measured_object(subject: Token, verb: Token, obj: str | None) -> str | None:
    """The measure a subject states, without its owner, before the verb's own object: "third-quarter net income
    22%" for "Aetna's third-quarter net income fell 22%", "animal feed usage to 6.5 mln tonnes" for "Dutch animal
    feed usage fell to 6.5 mln tonnes", "shares" for "eBay shares fell"; the verb's object alone where it has
    one of its own ("Net income included [a one-time gain]", "profits failed [to meet forecasts]")."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in children_of(verb)):
        return obj
    doc = subject.doc
    first = subject.i
    for child in sorted((c for c in children_of(subject) if c.i < subject.i), key=lambda c: -c.i):
        if child.dep_ in ("det", "poss", "case") or child.pos_ == "PROPN":
            break  # the owner and what stands before it ("Aetna Life amp Casualty Co.'s")
        if child.dep_ == "amod" and child.ent_type_ in ("NORP", "GPE"):
            break  # "[Dutch] animal feed usage": the country measured
        first = subtree_range(child)[0]
    measure = text_of(doc, first, subject.i)
    if doc[first].is_sent_start and doc[first].pos_ != "PROPN" and measure[:2].istitle():
        measure = measure[0].lower() + measure[1:]  # "Net profit rose": "net profit" in the object
    return f"{measure} {obj}" if obj else measure
