"""The state of one `who` extraction: the parsed article, the actors being built, the tokens they own.

Each step of the package (mentions, persons, organisations, titles, salience) is a function of a
``WhoState``; the state is built and dropped inside ``extract_who``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, IS_TITLE, IS_UPPER, LOWER, ORTH, POS, TAG
from spacy.strings import StringStore
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from extractors.arrays import any_of, columns
from extractors.boilerplate import Boilerplate, boilerplate
from extractors.clauses import doc_text, sentences
from extractors.lexicons.actors import DIVIDED_STATES, FORMER_STATE_FORMS, METONYM_ALIASES, Gazetteer, gazetteer
from extractors.types import ActorType
from extractors.who.words import SUBJECT


@dataclass(slots=True)
class Mention:
    """One mention: the token range [first, last]."""

    first: int
    last: int


@dataclass(slots=True)
class Cluster:
    """One actor being built."""

    kind: ActorType
    name: str
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    parts: tuple[str, ...] = ()  # a person's name parts
    bonus: float = 0.0  # salience from roles (doer of events, source of quotes)
    named: bool = True  # the name is written in the article (not a gazetteer's name for it)
    opener: bool = False  # the title opens on this actor: the editor's own choice of main actor
    lead_doer: bool = False  # the doer of the lead's main clause (not only its source): the reporter's choice
    behind: bool = False  # people named by a common noun whom the lead does not make act: never first (groups.py)
    retyped: ActorType | None = None  # the type settled last (retype_late.py), read only by the records

    def add(self, mention: Mention, name: str | None = None) -> None:
        self.mentions.append(mention)
        shouting = (
            self.name.isupper() and not name.isupper() and name.casefold() == self.name.casefold() if name else False
        )
        if name and (len(name) > len(self.name) or not self.named or shouting):
            # the canonical name is the fullest proper form the article uses, in capitals only if always so
            self.name = name
            self.named = True

    def add_title(self, title: str) -> None:
        if title and title not in self.titles:
            self.titles.append(title)


# An abbreviation in points written without its last one (transcripts): "the U.S government".
_SHOUTED_CITY = 4  # letters of a name in capitals read as a capital or a country, more than this
_CUT_POINT = re.compile(r"(?:[A-Z]\.)+[A-Z]")

_COLUMNS = (ORTH, LOWER, POS, DEP, TAG, ENT_TYPE, IS_TITLE, IS_UPPER)


@dataclass(frozen=True, slots=True)
class Tokens:
    """The token attributes the steps scan, as arrays read once from the Doc: finding candidates
    in them costs no Python object per token (iterating a Doc creates one per token)."""

    orth: np.ndarray
    lower: np.ndarray
    pos: np.ndarray
    dep: np.ndarray
    tag: np.ndarray
    ent_type: np.ndarray
    is_title: np.ndarray
    is_upper: np.ndarray
    strings: StringStore  # string -> its id (a symbol's id for labels such as "nsubj", else its hash)

    @classmethod
    def of(cls, doc: Doc) -> Tokens:
        orth, lower, pos, dep, tag, ent_type, is_title, is_upper = columns(doc, _COLUMNS)
        return cls(orth, lower, pos, dep, tag, ent_type, is_title, is_upper, doc.vocab.strings)

    def where(self, mask: np.ndarray) -> list[int]:
        return np.flatnonzero(mask).tolist()

    def any_of(self, column: np.ndarray, strings: set[str] | frozenset[str]) -> np.ndarray:
        """True where the column's string is one of ``strings``."""
        return any_of(column, strings)


@dataclass(slots=True)
class WhoState:
    """Per-document state: the Doc and what is known of it, the clusters, and who owns each token."""

    doc: Doc
    text: str  # doc.text, read once (spaCy rebuilds it on every access)
    tokens: Tokens
    gaz: Gazetteer
    furniture: Boilerplate
    sents: list[SpacySpan]
    sent_of: list[int]  # token index -> sentence index
    lead: int  # the first sentence with a verb: a dateline or a kicker is not the lead
    # capitalised words that head a noun phrase somewhere ("Arsenal go into the game"): such a
    # word before a title is a name the NER missed ("Arsenal manager"), not part of the title
    heads: set[str]
    title: str = ""  # the article's title as the client sent it ("" without one)
    heading_end: int = 0  # the text opens on the title itself up to this offset: it weighs as the title
    # the lead's main actor is its reporter ("..., economists said"), not the doer of its clause
    lead_source: bool = False
    # a one-word name the NER missed that the title and the lead's subject give ("Prince earned ..."):
    # a name though it is a role word
    lead_name: str = ""
    # names a band's or a group's kind introduces ("rock band Queen"): names though they are role words
    body_names: set[str] = field(default_factory=set)
    clusters: dict[str, Cluster] = field(default_factory=dict)
    owner: dict[int, str] = field(default_factory=dict)  # token index -> cluster key, for every mention token
    members: dict[str, list[int]] = field(default_factory=dict)  # cluster key -> the tokens it owns
    turns: dict[int, bool] = field(default_factory=dict)  # speaker label token -> the turn asks a question
    # the forms that named a former state at the article's date ("Moscow" in 1969): form -> (code, how)
    former: dict[str, tuple[str, str]] = field(default_factory=dict)
    # states divided at the article's date: the whole's code -> its halves' codes (DIVIDED_STATES)
    divided: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _acronyms: set[str] | None = None
    ents: tuple[SpacySpan, ...] = ()  # doc.ents, read once (spaCy makes a Span of each entity on every access)
    # tokens [first, last] -> the root and the text of their Span, read once (every step asks them of the mentions)
    _roots: dict[tuple[int, int], Token] = field(default_factory=dict)
    _texts: dict[tuple[int, int], str] = field(default_factory=dict)
    _countries: dict[str, tuple[str, str] | None] = field(default_factory=dict)  # text -> ``country_of``, read once

    @classmethod
    def of(cls, doc: Doc, title: str | None = None, text: str | None = None, reference: date | None = None) -> WhoState:
        text = doc_text(doc, text)  # the caller's text kept for `what` and the headline (spaCy rebuilds it)
        tokens = Tokens.of(doc)
        sents = sentences(doc)  # split once for `who`, `what` and the headline
        sent_of = [0] * len(doc)
        for i, sent in enumerate(sents):
            sent_of[sent.start : sent.end] = [i] * (sent.end - sent.start)
        furniture = boilerplate(doc, text)
        head = heading(text, title)
        lead = next(
            (
                i
                for i, s in enumerate(sents)
                if s.start_char + len(s.text.rstrip()) > head
                and any(t.pos_ in ("VERB", "AUX") and not furniture.token(t.i) for t in s)
            ),
            0,
        )
        roles = tokens.any_of(tokens.dep, SUBJECT | {"dobj", "pobj", "poss"})
        named = tokens.where((tokens.pos == PROPN) & roles & (tokens.is_title == 1))
        heads = {doc[i].text for i in named}
        st = cls(doc, text, tokens, gazetteer(), furniture, sents, sent_of, lead, heads, title or "", head)
        st.ents = tuple(doc.ents)
        if reference is not None:
            st.former = {form: (code, how) for form, code, how, until in _former_forms() if reference < until}
            st.divided = {whole: halves for whole, halves, until in _divided() if reference < until}
        return st

    def acronyms(self) -> set[str]:
        """The words in capitals of the article (2 to 5 letters), points aside: "UN", "U.N."."""
        if self._acronyms is None:
            found = (self.doc[i].text.replace(".", "") for i in self.tokens.where(self.tokens.is_upper == 1))
            self._acronyms = {t for t in found if 2 <= len(t) <= 5}
        return self._acronyms

    def root_of(self, first: int, last: int) -> Token:
        """``doc[first : last + 1].root``, made once per range."""
        found = self._roots.get((first, last))
        if found is None:
            found = self._roots[first, last] = self.doc[first : last + 1].root
        return found

    def text_of(self, first: int, last: int) -> str:
        """``doc[first : last + 1].text``, made once per range."""
        found = self._texts.get((first, last))
        if found is None:
            found = self._texts[first, last] = self.doc[first : last + 1].text
        return found

    def cluster(self, key: str, kind: ActorType, name: str) -> Cluster:
        found = self.clusters.get(key)
        if found is None:
            found = self.clusters[key] = Cluster(kind=kind, name=name)
        return found

    def mention(self, key: str, kind: ActorType, name: str, first: int, last: int, *, canonical: bool = True) -> None:
        """Add a mention of tokens [first, last] to cluster ``key`` (made if new); page furniture is no mention."""
        if self.furniture.token(first) or self.doc[first].idx < self.heading_end:
            return
        cluster = self.cluster(key, kind, name)
        cluster.add(Mention(first, last), name if canonical else None)
        self.own(key, first, last)

    def own(self, key: str, first: int, last: int) -> None:
        """Tokens [first, last] belong to cluster ``key``, unless another cluster has them."""
        for i in range(first, last + 1):
            if self.owner.setdefault(i, key) == key:
                self.members.setdefault(key, []).append(i)

    def merge_into(self, key: str, target: str, name: str | None = None) -> None:
        """Move every mention of cluster ``key`` to cluster ``target``, which takes ``name`` when given (else
        the longer of the two names of one kind, and a written form over one in capitals)."""
        into = self.clusters[target]
        moved = self.clusters.pop(key)
        into.mentions.extend(moved.mentions)
        shouting = into.name.isupper() and not moved.name.isupper() and into.name.casefold() == moved.name.casefold()
        if name is not None:
            into.name = name
        elif (len(moved.name) > len(into.name) or shouting) and moved.kind == into.kind:
            into.name = moved.name
        for i in self.members.pop(key, []):
            if self.owner.get(i) == key:
                self.owner[i] = target
                self.members.setdefault(target, []).append(i)

    def move(self, mention: Mention, key: str, target: str) -> None:
        """Move one mention of cluster ``key`` (dropped if left empty) to cluster ``target``."""
        self.clusters[key].mentions.remove(mention)
        self.clusters[target].mentions.append(mention)
        for i in range(mention.first, mention.last + 1):
            if self.owner.get(i) == key:
                self.owner[i] = target
                self.members[key].remove(i)
                self.members.setdefault(target, []).append(i)
        if not self.clusters[key].mentions:
            drop(self, key)

    def country_named(self, text: str) -> str | None:
        """The ISO code of the country ``text`` names by its name or capital, not its demonym ("Nigeria",
        "Abuja"; not "Nigerian"), else None."""
        found = self.country_of(text)
        return found[0] if found is not None and found[1] != "demonym" else None

    def country_of(self, text: str) -> tuple[str, str] | None:
        """(ISO code, how) for a country name, capital or demonym; how is 'name', 'capital' or 'demonym'
        (each text read once: the steps ask the same names again and again)."""
        if text in self._countries:
            return self._countries[text]
        found = self._countries[text] = self._country_of(text)
        return found

    def _country_of(self, text: str) -> tuple[str, str] | None:
        gaz = self.gaz
        forms = [text]
        if text.isupper() and len(text) > _SHOUTED_CITY:
            forms.append(text.title())  # datelines shout: "SEOUL"
        elif text.isupper() and len(text) == _SHOUTED_CITY and text.title() in gaz.names and text not in gaz.names:
            # a transcript's heading shouts a country of four letters ("IRAN: SANCTIONS"); a capital or a
            # word that short in capitals is too often something else ("MALE", "LIMA")
            return gaz.names[text.title()], "name"
        if _CUT_POINT.fullmatch(text):
            forms.append(text + ".")  # "the U.S government": a transcript's abbreviation without its last point
        for form in forms:
            if form in self.former:
                return self.former[form]
            if form in METONYM_ALIASES:
                return gaz.names[form], "capital"
            if form in gaz.names:
                return gaz.names[form], "name"
            if form in gaz.capitals:
                return gaz.capitals[form], "capital"
            if form in gaz.demonyms:
                return gaz.demonyms[form], "demonym"
        return None

    def add_country(self, code: str, first: int, last: int, *, named: bool = False) -> None:
        """A mention of a country; ``named`` when the words are its name as the article writes it
        ("Britain"), which then names the actor. A country named only by an abbreviation, a
        capital or a demonym ("UK", "Moscow", "British") gets the gazetteer's name."""
        key = f"C:{code}"
        if key not in self.clusters:
            self.clusters[key] = Cluster(kind="location", name=self.gaz.countries[code].name, named=False)
        text = self.doc[first : last + 1].text
        if text.endswith(('"s', "’s")) and first == last:
            text = text[:-2]  # 'Brazil"s output'
        written = named and not text.isupper() and "." not in text
        self.mention(key, "location", text, first, last, canonical=written)


@cache
def _divided() -> tuple[tuple[str, tuple[str, ...], date], ...]:
    return tuple((whole, halves, date.fromisoformat(until)) for whole, halves, until in DIVIDED_STATES)


@cache
def _former_forms() -> tuple[tuple[str, str, str, date], ...]:
    return tuple((form, code, how, date.fromisoformat(until)) for form, code, how, until in FORMER_STATE_FORMS)


def words(line: str) -> list[str]:
    """A line's words, case and punctuation aside (a title repeated with other punctuation is the same)."""
    return re.findall(r"\w+", line.casefold())


def heading(text: str, title: str | None) -> int:
    """The end of the text's first lines when they are the title repeated (a scraped page's heading,
    on one line or more: "London's mayor rebuffs Zenco;\nSpurns offer."), else 0: its names are
    weighed once, as the title's. Words are compared, not punctuation (``words``)."""
    if not title:
        return 0
    wanted = words(title)
    if not wanted:
        return 0
    seen: list[str] = []
    end = len(text) - len(text.lstrip())
    for _ in range(_HEADING_LINES):
        start, end = end, text.find("\n", end + 1)
        end = len(text) if end == -1 else end
        seen += words(text[start:end])
        if len(seen) >= len(wanted):
            return end if seen == wanted and end < len(text) else 0
    return 0


# The lines a repeated title may take at the top of a text.
_HEADING_LINES = 3


def drop(st: WhoState, key: str) -> None:
    """Remove a cluster and free its tokens."""
    st.clusters.pop(key, None)
    for i in st.members.pop(key, []):
        if st.owner.get(i) == key:
            del st.owner[i]
