"""Step 1a of `who`: names the NER missed.

The small model leaves some names untagged ("The Bank of Japan decided", "Marcel Desailly
insists" at the head of a story) or buries them in a date ("March 2 - The American Pork Congress
kicks off"). A run of capitalised proper nouns that no entity holds, in a sentence that is not a
heading, names:

- an organisation when a word of an organisation's name heads it ("Bank of Japan", "American Pork
  Congress", "National Land Institute");
- a person when it is two or three plain words ending on the surname of a person the NER tagged
  elsewhere ("Marcel Desailly" ... "Desailly said").

Anything else stays untagged: a capitalised word alone is too often a heading, a product or a
sentence's first word — save one the title names and the lead makes its subject ("Prince crowned
top earner" / "Prince earned more than any other pop star"), the name the story is about.
"""

from __future__ import annotations

import numpy as np
from spacy.symbols import ADJ, PROPN
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from extractors.kinds import article_kind
from extractors.lexicons.actors import HONORIFICS, INSTITUTION_HEADS
from extractors.lexicons.dates import MONTHS, WEEKDAYS
from extractors.lexicons.names import BODY_KINDS, FIRM_KINDS, NAME_QUANTIFIERS, ORG_NAME_WORDS
from extractors.who.state import WhoState
from extractors.who.words import MODIFIER, TITLES, after_title, word_at

_KINDS = BODY_KINDS | FIRM_KINDS

# Words that join the words of a name ("Bank of Japan", "Department for Transport").
_JOINERS = frozenset({"of", "for", "and", "&"})
# A heading capitalises every word longer than this ("Storm Hits Towns As Council Meets in May").
_SHORT = 3
# Words heading an organisation's name when the NER missed it.
ORG_HEADS = ORG_NAME_WORDS | INSTITUTION_HEADS
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
# Words that are no part of a person's name: titles, honorifics, organisations' words.
_NOT_NAME_WORDS = TITLES | HONORIFICS | ORG_HEADS


def untagged_names(st: WhoState) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(persons, organisations): token ranges [first, last] of names no entity holds."""
    doc = st.doc
    surnames = {e[-1].text for e in st.ents if e.label_ == "PERSON" and e[-1].is_title and len(e[-1]) > 2}
    persons: list[tuple[int, int]] = []
    orgs: list[tuple[int, int]] = []
    tokens = st.tokens
    # what _free asks first, for every token at once: most tokens are no capitalised noun or adjective
    mask = (tokens.is_title == 1) & ((tokens.pos == PROPN) | (tokens.pos == ADJ))
    maybe = mask.tolist()
    n = len(doc)
    after = 0  # the token after the last name read
    for i in np.flatnonzero(mask).tolist():  # (only the tokens that may open a name)
        if i < after or not _free(st, doc[i]):
            continue
        words = [i]
        j = i + 1
        while j < n:
            if maybe[j] and _free(st, doc[j]):
                words.append(j)
                j += 1
            elif doc[j].lower_ in _JOINERS and j + 1 < n:
                k = j + 2 if doc[j + 1].lower_ == "the" and j + 2 < n else j + 1
                if not (maybe[k] and _free(st, doc[k])):
                    break
                words.append(k)
                j = k + 1
            else:
                break
        first, last = words[0], words[-1]
        after = last + 1
        if len(words) < 2 or in_heading(st, first):
            continue
        lowers = [doc[w].lower_ for w in words]
        plain = last - first + 1 == len(words)
        # the organisation's word heads the name: its last word, or the word before "of"
        heads = {lowers[-1]} | {doc[w].lower_ for w in words if w + 1 <= last and doc[w + 1].lower_ in _JOINERS}
        if heads & ORG_HEADS:
            orgs.append((first, last))
        elif plain and len(words) <= 3 and doc[last].text in surnames and not (set(lowers) & _NOT_NAME_WORDS):
            if after_title(doc, first):
                first += 1  # "In Tears of the Sun Willis plays": "Sun" ends the film's title
            if first < last:
                persons.append((first, last))
    return persons, orgs


def _free(st: WhoState, t: Token) -> bool:
    """A capitalised proper noun that no entity holds (save a date run into it), outside furniture."""
    if not (t.is_title and t.pos_ in ("PROPN", "ADJ") and t.is_alpha) or t.lower_ in NAME_QUANTIFIERS:
        return False  # "Several Cineplex analysts": the quantifier opens no name
    if t.pos_ == "ADJ" and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ == "PROPN"):
        return False  # an adjective only opens a name: "Western Sheep Growers Council"
    if t.ent_type_ and not (t.ent_type_ == "DATE" and t.lower_ not in _DATE_WORDS):
        return False
    return not st.furniture.token(t.i)


def in_heading(st: WhoState, at: int) -> bool:
    """True when token ``at`` lies on a line in title case, a heading: no word in lower case save
    short ones ("Storm Hits Coastal Towns As Council Meeting Is Cancelled")."""
    text = st.text
    idx = st.doc[at].idx
    start = text.rfind("\n", 0, idx) + 1
    end = text.find("\n", idx)
    words = text[start : len(text) if end == -1 else end].split()
    return not any(w.islower() and w.isalpha() and len(w) > _SHORT for w in words)


def lead_name(st: WhoState) -> tuple[list[int], bool]:
    """A one-word name the NER missed that the title names and the lead makes the subject of its
    main verb ("Prince crowned top earner" / "Prince earned more than any star in 2004"): the
    tokens of every use of it as a name, and whether it names a person (a "he" or "she" subject
    in the two sentences after the lead)."""
    if not st.title or not st.sents:
        return [], False
    sent = st.sents[st.lead]
    word = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if word is None or not _free(st, word) or any(c.dep_ in ("compound", "flat") for c in word.children):
        return [], False
    if len(word) < 3 or st.country_of(word.text) is not None or in_heading(st, word.i):
        return [], False
    if word_at(word.text, st.title) is None or article_kind(st.doc).spoken:
        return [], False  # (an interview's lead names its medium: "Wikinews interviewed ...")
    uses = [i for i in st.tokens.where(st.tokens.orth == word.orth) if _free(st, st.doc[i])]
    return uses, _person_follows(st)


def _person_follows(st: WhoState) -> bool:
    """Whether a "he" or "she" subject stands in the two sentences after the lead: the lead's name is a person's."""
    after = range(st.sents[st.lead].end, st.sents[min(st.lead + 2, len(st.sents) - 1)].end)
    return any(st.doc[i].lower_ in ("he", "she") and st.doc[i].dep_ == "nsubj" for i in after)


def title_lead_name(st: WhoState) -> tuple[list[tuple[int, int]], bool]:
    """A name of two to four words the NER missed that the title opens on and the lead repeats word for
    word ("Dinesh D’Souza Just Made Huge Prediction" / "Filmmaker Dinesh D’Souza made his prediction";
    "Black Girls Rock! Is A Celebration" / "Black Girls Rock! aired on BET"): the tokens of every use of
    the words, and whether they name a person (a "he" or "she" subject in the two sentences after the lead).
    Only capitalised words that are no function words and no title ("Senator Ann"), none held by an entity."""
    if not st.title or not st.sents or article_kind(st.doc).spoken:
        return [], False
    opening = [w.strip(_TITLE_MARKS) for w in st.title.split()[:_TITLE_NAME_WORDS]]
    sent = st.sents[st.lead]
    for n in range(len(opening), 1, -1):
        words = opening[:n]
        if not all(w[:1].isupper() for w in words):
            continue
        found = [i for i in range(sent.start, sent.end - n + 1) if [t.text for t in st.doc[i : i + n]] == words]
        span = st.doc[found[0] : found[0] + n] if found else None
        if span is None or not all(_unheld(st, t) for t in span) or not any(t.pos_ == "PROPN" for t in span):
            continue
        if span.root.dep_ in MODIFIER:
            return [], False  # a label of a noun, no actor: "Old Firm pair banned" / "in a recent Old Firm game"
        uses = [(i, i + n - 1) for i in range(len(st.doc) - n + 1) if [t.text for t in st.doc[i : i + n]] == words]
        return [(a, b) for a, b in uses if all(_unheld(st, t) for t in st.doc[a : b + 1])], _person_follows(st)
    return [], False


# How many of the title's opening words may make a name; what is cut off a title's word around it.
_TITLE_NAME_WORDS = 4
_TITLE_MARKS = "!?,.:;'\"‘’“”"


def _unheld(st: WhoState, t: Token) -> bool:
    """A capitalised word of a name no entity holds: no function word, title or furniture."""
    return (
        t.text[:1].isupper()
        and not t.is_stop
        and not t.ent_type_
        and t.lower_ not in TITLES
        and t.lower_ not in HONORIFICS
        and not st.furniture.token(t.i)
        and not in_heading(st, t.i)
    )


def after_body_kind(doc_span: SpacySpan) -> bool:
    """A name right after the noun of a band, a group or a firm that modifies it ("rock band Vox",
    "the pop group Lumen", "brokers Tov"): an organisation, whatever the NER made of it; not the first of names joined
    by "and" ("comedy duo Ray Hart and Ann Lee": persons)."""
    start = doc_span.start
    if start == 0 or any(c.dep_ == "conj" for c in doc_span.root.children):
        return False
    noun = doc_span.doc[start - 1]
    firm = noun.lower_ in FIRM_KINDS and doc_span[0].lower_ not in TITLES and doc_span[0].lower_ not in HONORIFICS
    if not (noun.is_lower and (noun.lower_ in BODY_KINDS or firm)):
        return False
    if noun.dep_ == "compound" and start <= noun.head.i < doc_span.end:
        return True
    # the parser may hang the name on the phrase instead ("members of rock band Vox"), but a
    # person's name there is no band's ("a spokesman for the group Ali Sayed")
    return doc_span.root.dep_ == "appos" and doc_span.root.ent_type_ != "PERSON"


def body_names(st: WhoState) -> list[tuple[int, int]]:
    """Token ranges of bands and groups the NER missed, named after their kind ("the remaining
    members of rock band Vox"): that name, and every other use of the same words as a name ("Vox
    have played with ...")."""
    doc = st.doc
    names: set[tuple[str, ...]] = set()
    for i in st.tokens.where(st.tokens.any_of(st.tokens.lower, _KINDS)):
        j = i + 1
        while j < len(doc) and _free(st, doc[j]):
            j += 1
        if j > i + 1 and after_body_kind(doc[i + 1 : j]) and not in_heading(st, i):
            names.add(tuple(t.text for t in doc[i + 1 : j]))
    found: list[tuple[int, int]] = []
    for words in names:
        for i in st.tokens.where(st.tokens.orth == doc.vocab.strings[words[0]]):
            span = doc[i : i + len(words)]
            if tuple(t.text for t in span) == words and all(_free(st, t) for t in span):
                found.append((i, i + len(words) - 1))
    return sorted(found)
