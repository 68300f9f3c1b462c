"""Headline tense: a news event stated in the present, the way headlines are written.

News headlines tell a past event in the simple present ("Winn-Dixie files for bankruptcy",
"Bruce Willis sues Revolution Studios"; AP Stylebook, "headlines"), which also saves the
auxiliaries of the article's perfect and progressive ("has filed", "is suing"). The rewrite is
kept to forms whose meaning survives it:

- an active perfect or progressive, or a simple past, becomes the simple present
  ("has filed" -> "files", "is suing" -> "sues", "took down" -> "takes down");
- a perfect passive becomes the simple past passive ("have been arrested" -> "were arrested");
  a simple past passive, a modal ("will", "could"), "is to", a negated verb and a copula in the
  past ("was") stay as written, since the present would change what they say.

The number of the verb comes from the auxiliary the writer chose ("has" / "have"), else from the
subject ("Two trains collided" -> "collide").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

_PERFECT = frozenset({"has", "have"})
# The finite forms of "be" (a progressive's auxiliary; who/leadactor reads a title's claim by them).
BE_FORMS = frozenset({"is", "are", "am", "was", "were"})
_PLURAL_PRONOUNS = frozenset({"i", "we", "you", "they"})
_SINGULAR_AUX = frozenset({"has", "is", "am", "was"})
# past tenses that read as a state or an obligation, not an event, in the present ("was", "had",
# "had to", "used to")
_KEEP_PAST = frozenset({"be", "have", "use"})


@dataclass(slots=True)
class Rewrite:
    """Tokens of a verb group to leave out and tokens to write in another form."""

    drop: set[int] = field(default_factory=set)
    forms: dict[int, str] = field(default_factory=dict)


def third_person(lemma: str) -> str:
    """The third person singular present of a verb's lemma ("file" -> "files", "go" -> "goes")."""
    if lemma == "be":
        return "is"
    if lemma == "have":
        return "has"
    if lemma.endswith(("s", "sh", "ch", "x", "z")) or (lemma.endswith("o") and not lemma.endswith("oo")):
        return lemma + "es"
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _lemma(verb: Token) -> str:
    """The verb's lemma, with the silent "e" the lemmatiser drops from a short verb ("hoping" ->
    "hope", not "hop": a one-syllable verb ending consonant-vowel-consonant doubles its consonant,
    "hopping", so an undoubled form had an "e")."""
    lemma = verb.lemma_.lower()
    form = verb.lower_
    short = re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma) is not None
    if short and form in (lemma + "ing", lemma + "ed"):
        return lemma + "e"
    return lemma


def present(verb: Token, plural: bool) -> str | None:
    """The simple present of a verb token, or None when its lemma is not to be trusted."""
    lemma = _lemma(verb)
    if not lemma.replace("-", "").isalpha() or not verb.text.islower():
        return None
    if verb.tag_ in ("VBD", "VBN") and lemma == verb.lower_ and verb.lower_.endswith("ed"):
        return None  # the lemmatiser did not know the verb ("beta-tested")
    if plural:
        return "are" if lemma == "be" else lemma
    return third_person(lemma)


def _plural(subject: Token | None) -> bool | None:
    """The subject's number; None where it cannot be told ("The Bears" a team, "The Producers" a show)."""
    if subject is None:
        return False
    the = any(c.lower_ == "the" for c in subject.children)
    if subject.tag_ == "NNP" and subject.text.endswith("s") and not subject.text.isupper() and the:
        return None
    if subject.lower_ in _PLURAL_PRONOUNS or subject.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ == "conj" for c in subject.children)


def headline_tense(
    verb: Token, subject: Token | None, kept: set[int], *, inverted: bool = False, person: bool = False
) -> Rewrite:
    """The rewrite of a finite verb group (``verb``: the finite clause's main verb) into headline
    tense; an empty rewrite when the group must stay as written. ``inverted``: the subject may
    follow the verb (a reporting verb, "..., said the minister"); ``person``: the subject names one
    person, whatever its tag ("Sanders entered", tagged a plural noun: "Sanders enters")."""
    out = Rewrite()
    if subject is None or (subject.i > verb.i and not inverted) or verb.i not in kept:
        return out  # a question or an inversion ("Couldn't it be ...")
    children = [c for c in verb.children if c.i < verb.i]
    if any(c.dep_ == "neg" for c in verb.children):
        return out  # "did not approve": the present would make a stance of an event
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    words = [c.lower_ for c in auxes]
    if verb.lemma_ == "go" and any(c.dep_ == "xcomp" for c in verb.children):
        return out  # "was going to": a plan
    form: str | None = None
    if words and words[0] in _PERFECT and verb.tag_ in ("VBN", "VBD") and len(auxes) == 1:
        form = present(verb, plural=words[0] == "have")  # "has filed" -> "files" (also "has said"/VBD)
    elif words and words[0] in BE_FORMS and verb.tag_ == "VBG" and len(auxes) == 1:
        form = present(verb, plural=words[0] not in _SINGULAR_AUX)  # "is suing" -> "sues"
    elif words[:2] in (["has", "been"], ["have", "been"]) and verb.tag_ == "VBN" and len(auxes) == 2:
        been = auxes[1]
        if been.dep_ == "auxpass" and been.text.islower():
            out.drop.add(auxes[0].i)  # "have been arrested" -> "were arrested"
            out.forms[been.i] = "was" if words[0] == "has" else "were"
        return out
    elif not auxes and verb.tag_ == "VBP" and subject.lower_ == "i":
        form = present(verb, plural=False)  # "I announce" told of its speaker: "The President announces"
    elif not auxes and _simple_past(verb) and verb.lemma_ not in _KEEP_PAST:
        plural = _plural(subject) and not (person and not any(c.dep_ == "conj" for c in subject.children))
        form = present(verb, plural=plural) if plural is not None else None  # "took" -> "takes"
    if form is None:
        return out
    out.drop |= {c.i for c in auxes}
    out.forms[verb.i] = form
    return out


def _simple_past(verb: Token) -> bool:
    """A past tense, or a past participle with a subject and no auxiliary (the tagger's misreading
    of "Two trains collided")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children))


def conjunct_tense(first: Token, conj: Token, rewrite: Rewrite, plural: bool) -> None:
    """A second act of the same doer follows the first into the present ("is mourning her cousin and
    calling for ..." -> "mourns ... and calls for ..."), when it has no auxiliary of its own."""
    if first.i not in rewrite.forms or any(c.dep_ in ("aux", "auxpass", "neg") for c in conj.children):
        return
    if conj.tag_ != first.tag_ and not {conj.tag_, first.tag_} <= {"VBD", "VBN"} and not _told_on(first, conj):
        return  # "has vetoed the budget and called for talks": one perfect, two participles
    form = present(conj, plural)
    if form is not None:
        rewrite.forms[conj.i] = form


def _told_on(first: Token, conj: Token) -> bool:
    """A simple past after a past progressive: the story told on ("was defending the group but admitted")."""
    aux = next((c for c in first.children if c.dep_ == "aux" and c.i < first.i), None)
    return first.tag_ == "VBG" and aux is not None and aux.lower_ in ("was", "were") and conj.tag_ == "VBD"


def plural_of(verb: Token, subject: Token | None) -> bool:
    """The number a verb group agrees with: its auxiliary's, else its subject's."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    if aux is not None and aux.lower_ in _PERFECT | BE_FORMS:
        return aux.lower_ not in _SINGULAR_AUX
    return bool(_plural(subject))
