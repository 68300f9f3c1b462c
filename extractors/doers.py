"""Doers told in other words, read through the parse (what v34, issue 10): rules `Coref` asks after its own.

Each rule is one kind of phrase news uses for a doer named elsewhere in the story:

- "Police in Dover are investigating" is the "Dover Police" `who` knows (a body and its place, told the
  other way round: PLACED_BODY_PREPOSITIONS);
- "the New York bank will report a loss" is the bank named before, as "the bank" is (a place before a
  description says where the company is, not its name: PLACE_ENTITIES);
- "The 21-year-old missed the first three months" is the person who was the subject before the quotation
  between ("Robben had a scan. 'Six weeks is the average,' he told ... 'I had a feeling' ... The 21-year-old"):
  a speaker's quoted words do not change the story's topic, so the sentences they fill are passed over
  (at most QUOTED_SENTENCES_PASSED of them);
- "The 65-year-old two-time NFL Coach of the Year announced" is the person described, as "the coach" is, not
  the NFL (a capitalised title the parser tagged as a name);
- "Acme chairman Ann Berg said her board rejected the bid" is Acme, the body `who` gives her as affiliation
  (MEMBER_BODY_HEADS: a body told as a person's own);
- "He fell into a coma" two sentences after "Viotti conducted at Milan's La Scala" is Viotti, the subject of the
  last sentence naming a person, not La Scala named after him in it (PERSON_TOPIC_REACH).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractors.lexicons.actors import ORG_DESCRIPTIONS, ROLE_HEADS, TITLE_HEADS
from extractors.lexicons.events import (
    BODY_ORGAN_HEADS,
    COMPANY_EPITHETS,
    FEMALE_NOUNS,
    MALE_NOUNS,
    MEMBER_BODY_HEADS,
    PERSON_DESCRIPTIONS,
    SPEAKING_FOR_HEADS,
)
from extractors.tree import children_of

if TYPE_CHECKING:
    from extractors.coref import Coref, _Mention

# "Police [in] Dover": the prepositions that put a body in its place ("police in Cologne" is the "Cologne Police").
PLACED_BODY_PREPOSITIONS = frozenset({"in"})
# Entity types of a proper word before a description that only says where ("the [New York] bank").
PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP"})
# The heads of a company's description: "the bank" and the epithets ("the thrift").
_COMPANY_WORDS = ORG_DESCRIPTIONS | COMPANY_EPITHETS
# ... before a description of a person ("the [Vermont] senator"): a place only, not a people or a party
# ("the Republican senator" is one of several).
PERSON_PLACE_ENTITIES = frozenset({"GPE", "LOC"})
# Sentences before the topic's own that a description used there makes it the one described so.
DESCRIBED_BEFORE = 2
# Heads of a description of a person (as `Coref` reads them).
PERSON_HEADS = TITLE_HEADS | ROLE_HEADS | PERSON_DESCRIPTIONS
# Quoted sentences a description of a person looks back across for the topic before them.
QUOTED_SENTENCES_PASSED = 3


def placed_body(coref: Coref, token: Token) -> str | None:
    """ "Police in Dover" (plural or collective, no determiner): the `who` actor named "Dover Police", when `who`
    knows one by the place's words and the noun's; None otherwise."""
    if token.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "compound", "amod") for c in children_of(token)):
        return None
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in PLACED_BODY_PREPOSITIONS), None)
    place = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    if place is None or place.pos_ != "PROPN":
        return None
    words = [t for t in place.subtree if t.i <= place.i and not t.is_punct and t.dep_ != "det"]
    found = coref.index.named(" ".join(t.text for t in words) + " " + token.text)
    return found.name if found is not None and found.type in ("organization", "group") else None


def placed_description(coref: Coref, token: Token) -> str | None:
    """ "the New York bank", "the Tokyo-based carmaker": a description of a company whose proper words only say
    where it is ("New York" a place) refers back as "the bank" does: the organisation named before (a subject
    near first), else the story's main one. None for one with a name of its own ("the Acme bank"). So too a
    company's epithet ("The Portland, Ore., thrift said": `Coref.epithet_org`) and, since what v59, a person's
    title or description ("Sanders has earned his win ... The Vermont senator won the state's caucuses"): the
    person bearing it or the person subject just before (`Coref._described_person` without its guesses), a
    place only before it ("the Republican senator", "the Apple spokesman" are no such description)."""
    lemma = token.lemma_.lower()
    person = lemma in PERSON_HEADS and lemma not in SPEAKING_FOR_HEADS
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not (lemma in _COMPANY_WORDS or person):
        return None
    children = list(children_of(token))
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in children):
        return None
    proper = [c for c in children if c.dep_ in ("compound", "poss", "nmod", "amod") and c.pos_ == "PROPN"]
    kinds = PERSON_PLACE_ENTITIES if person else PLACE_ENTITIES
    if not proper or any(c.dep_ == "poss" or not _place(coref, c, kinds) for c in proper):
        return None
    if person:
        return coref._described_person(token, lemma, guess=False)
    if lemma in COMPANY_EPITHETS:
        return coref.epithet_org(token)
    places = {coref.actor(c) for c in proper}
    orgs = [m for m in coref._subjects_first(token, coref._before(token, ("organization",))) if m.name not in places]
    return orgs[0].name if orgs else coref.main_org


def _place(coref: Coref, word: Token, kinds: frozenset[str] = PLACE_ENTITIES) -> bool:
    """Whether a proper word (with its own compounds: "New [York]") names a place (entity types ``kinds``)."""
    if word.ent_type_ in kinds:
        return True
    found = coref.actor(word)
    return found is not None and coref.types.get(found) == "location"


def topic_across_quotes(coref: Coref, token: Token, lemma: str) -> str | None:
    """ "Robben had a scan. 'Six weeks is the average time,' he told a newspaper. 'I had a feeling.' The 21-year-old
    missed ...": the person subject of the last sentence before the quoted ones between (a sentence holding a
    quotation and no person as a subject is passed over, up to QUOTED_SENTENCES_PASSED); None when a sentence
    without quotation marks comes first, or its subject is no person (the topic changed), or the description was
    used before in those sentences or the DESCRIBED_BEFORE before them (then it is the one described so:
    "whispered to the ticket agent")."""
    quoted = coref._quoted
    sent = coref.sent_of(token.i)
    gender = "m" if lemma in MALE_NOUNS else "f" if lemma in FEMALE_NOUNS else None
    for passed, back in enumerate(range(sent - 1, max(sent - 2 - QUOTED_SENTENCES_PASSED, -1), -1)):
        start = coref.sent_starts[back]
        end = coref.sent_starts[back + 1] if back + 1 < len(coref.sent_starts) else len(coref.doc)
        subjects = [m for m in coref.mentions if m.sent == back and m.subject and m.type == "person"]
        if subjects:
            since = coref.sent_starts[max(back - DESCRIBED_BEFORE, 0)]
            if any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in coref.doc[since : token.i]):
                return None  # "... whisper to the ticket agent. '...' The ticket agent laughed": the one so described
            found = subjects[-1].name
            return found if passed and (gender is None or coref.gender.get(found, gender) == gender) else None
        if not any(quoted[start:end]):
            return None
    return None


# Sentences back a "he" / "she" looks for the last sentence naming a person (beyond the one before its own).
PERSON_TOPIC_REACH = 3


def last_naming_subject(coref: Coref, pronoun: Token, fits: list[_Mention], sent: int) -> str | None:
    """ "Viotti conducted at Milan's La Scala. His time at La Fenice coincided with its reopening. He fell into a
    coma": a pronoun whose own and previous sentences name no person as a subject is the subject of the last
    sentence that names a person (up to PERSON_TOPIC_REACH back), over the other persons that sentence names
    (a subject keeps the topic); None when that sentence has no person as a subject, or the pronoun stands in
    quoted words. ``fits``: the persons of
    the pronoun's gender named before it, nearest first."""
    if not fits or fits[0].sent < sent - PERSON_TOPIC_REACH or coref._quoted[pronoun.i]:
        return None  # in quoted words the topic is the speaker's: "'By 1979 he was the biggest attraction'"
    last = fits[0].sent
    return next((m.name for m in fits if m.sent == last and m.subject), None)


def described_by_title(coref: Coref, token: Token) -> str | None:
    """ "The 65-year-old two-time NFL Coach of the Year announced": a person's title written with a capital and a
    determiner after the name of an organisation, which the parser tagged as one name with it, is a description of a
    person (as "the coach" is): the person `Coref` finds for that description, not the body ("NFL"); None when
    it finds none (then the body stands) or for any other word."""
    if token.pos_ != "PROPN" or token.lemma_.lower() not in PERSON_HEADS:
        return None
    children = list(children_of(token))
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in children):
        return None
    bodies = [coref.actor(c) for c in children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    if not any(coref.types.get(b or "") == "organization" for b in bodies):
        return None  # "The President", "the American Ambassador": a title of its own, read as a name
    found = coref._described_person(token, token.lemma_.lower())
    return found if found is not None and coref.types.get(found) == "person" else None


def affiliated_body(coref: Coref, token: Token) -> str | None:
    """ "Acme chairman Ann Berg said her board rejected the bid", "Berg's company": a body told as a person's own
    (MEMBER_BODY_HEADS, a person's possessive before it) is the organisation `who` gives the person as affiliation;
    an organisation's organ ("The bank's board", BODY_ORGAN_HEADS) the organisation. None for any other word, a
    person of no known affiliation, or one that is no organisation (a country)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ != "NN" or lemma not in MEMBER_BODY_HEADS | BODY_ORGAN_HEADS:
        return None
    owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in ("my", "your", "our", "their"):
        return None
    person = coref.actor(owner)
    if person is not None and lemma in BODY_ORGAN_HEADS and coref.types.get(person) == "organization":
        return person  # "The bank's board announced": the bank
    if lemma not in MEMBER_BODY_HEADS or (owner.pos_ != "PROPN" and owner.lower_ not in ("his", "her")):
        return None
    actor = coref.index.named(person) if person is not None else None
    if actor is None or actor.type != "person" or actor.affiliation is None:
        return None
    return actor.affiliation if coref.types.get(actor.affiliation) == "organization" else None
