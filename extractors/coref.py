"""Coreference for events: a pronoun or a definite description resolved to a canonical `who` name.

No coreference library fits: coreferee's English weights are fetched from its source repository at
install time (its wheel ships none), and fastcoref or maverick need torch and a model hub download,
so none installs and runs offline from a package. These are rules over the parse, in the order a
reader applies them:

1. A phrase that covers a `who` mention is that actor ("the minister" when `who` linked the title).
2. A pronoun subject of a reported clause is its reporter ("GM said it had lost ...").
3. he / she: the person who was a subject in this or the previous sentence (a pronoun keeps the
   topic), else the person named last; a person whose honorific or gendered title tells the other
   gender is skipped.
4. it / they: the organisation, country or group that was a subject in this or the previous
   sentence ("Chelsea ... they collapsed"); "it said" is the organisation named last. An "it"
   that only fills a slot ("it is unfair that", "it appears") resolves to nothing.
5. Definite descriptions by their head: "the company" / "the firm" the organisation named last
   (the story's main one when none is near), "the country" the country, "the club" the team,
   "the minister" / "the 36-year-old" / "the singer" the person bearing that title, else the
   person subject of this or the previous sentence; a company's epithet ("the insurance concern")
   the company named in a sentence before, "the university" / "the board" the body whose name
   holds the word, and with a place before them "the New York bank", "the Vermont senator" as
   "the bank", "the senator" (doers.py).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from extractors.actors import actor_index
from extractors.arrays import any_of, columns
from extractors.bodies import led_group, named_body, named_kind_start
from extractors.clauses import (
    RELATIVE,
    SUBJECTS,
    after_dateline,
    breaks_between,
    dateline_end,
    doc_text,
    quoted,
    sentences,
    text_of,
)
from extractors.doers import (
    affiliated_body,
    described_by_title,
    last_naming_subject,
    placed_body,
    placed_description,
    topic_across_quotes,
)
from extractors.genders import told_genders
from extractors.introduced import named_later
from extractors.kinds import article_kind
from extractors.lexicons.actors import (
    FEMALE_HONORIFICS,
    GROUP_HEADS,
    HONORIFICS,
    INSTITUTION_HEADS,
    MALE_HONORIFICS,
    ORG_DESCRIPTIONS,
    ROLE_HEADS,
    SUBORDINATE_RANKS,
    TITLE_EQUIVALENTS,
    TITLE_HEADS,
    gazetteer,
)
from extractors.lexicons.attribution import REPORTING_VERBS
from extractors.lexicons.events import (
    ACT_DESCRIPTIONS,
    ACTING_FOR_HEADS,
    COLLECTIVE_NOUNS,
    COMPANY_EPITHETS,
    COUNTRY_DESCRIPTIONS,
    FEMALE_NOUNS,
    MALE_NOUNS,
    NAMED_BODY_HEADS,
    OPERATED_NOUNS,
    PERSON_DESCRIPTIONS,
    SOME,
    SPEAKING_FOR_HEADS,
    TEAM_DESCRIPTIONS,
)
from extractors.lexicons.events import (
    SPEECH_ACT_EVENTS as SPEECH_ACTS,
)
from extractors.lexicons.names import ORG_NOUNS
from extractors.owners import carried_topic
from extractors.referring import (
    MALE_PRONOUNS,
    PERSON_PRONOUNS,
    aged,
    agrees,
    agrees_in_number,
    apposed_name,
    close_name,
    dummy_it,
    epithet_key,
    introducing,
    main_clause,
    name_extent,
    partitive_of,
    proper_word,
    reference_kind,
    several,
    subsidiary_of,
    titled_of,
)
from extractors.tree import children_of, subtree_range, tokens_of
from extractors.types import Actor
from extractors.who.mentions import COUNTRY_GOVERNMENTS

_APPOS = frozenset({"appos"})
_THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
# First person in a speaker's turn of an interview or a transcript: the speaker ("THE PRESIDENT. I have ordered",
# "Ann Berg: together we founded it").
_SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "myself", "mine", "we", "us", "our"})
_WE = frozenset({"we", "us", "our", "ours", "ourselves"})
_BODIES = ("organization", "location")  # what a speaker's "we" can be
# Verbs whose "it" is a situation rather than a thing referred back to ("what it means", "it would not happen
# now", "it sounds like", "It reflects how ..."): no antecedent is taken for them (the slot fillers are
# `DUMMY_IT_VERBS`).
_SITUATION_IT_VERBS = frozenset({"mean", "happen", "sound", "reflect", "feel"})
_PERSON_HEADS = TITLE_HEADS | ROLE_HEADS | PERSON_DESCRIPTIONS
_NAMED_ROLES = TITLE_HEADS | ROLE_HEADS
_FOR_BODY_HEADS = SPEAKING_FOR_HEADS | ACTING_FOR_HEADS  # those who speak or act for a body (``_speaking_for``)
_AGE = re.compile(r"^\d+-year-old$")
_CACHE_KEY = "newsum.coref"
# What "it" / "they" can stand for when they carry on a chain (as in `Coref._thing`).
_THING_TYPES = {"it": ("organization", "location"), "they": ("organization", "group")}
_NEAR = 2  # sentences back a pronoun or description looks for its subject antecedent
# Sentences ahead that a feature's opening pronoun looks for the person it is ("In his twenties he battled
# tuberculosis ... And the 101-year-old Torao Toshitsune has eaten ... Mr Toshitsune is"): the first naming may
# be one `who` took no mention of.
_OPENING_AHEAD = 2


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # character offset
    name: str
    type: str
    subject: bool  # the mention heads a clause subject
    sent: int  # index of its sentence
    source: bool = False  # ... of a reporting verb or a speech act ("Christian Aid condemned")
    main: bool = (
        False  # ... of its sentence's main clause ("Qantas is facing ...", not "to allow Singapore Airlines to fly")
    )


class Coref:
    """Maps subject and object tokens to canonical actor names."""

    def __init__(self, doc: Doc, who: list[Actor]) -> None:
        self.doc = doc
        self.index = actor_index(doc, who)
        self.salience = {a.name: a.salience for a in who}
        self.types = {a.name: reference_kind(a) for a in who}
        self.floor = dateline_end(doc)
        self.sent_starts = [s.start for s in sentences(doc)]
        countries = gazetteer().names  # (asked of a few names: no set of them all made per article)
        self.countries = {a.name for a in who if a.type == "location" and a.name in countries}
        self.gender: dict[str, str] = {}
        for actor in who:
            for title in actor.titles:
                word = title.split()[-1].lower() if title.split() else ""
                if word in MALE_NOUNS or word in FEMALE_NOUNS:
                    self.gender.setdefault(actor.name, "m" if word in MALE_NOUNS else "f")
        mentions: list[_Mention] = []
        tokens = tokens_of(doc)
        for actor in who:
            for m in actor.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                root = span.root
                head = root.head  # (a new Token on every read of ``root.head``)
                before = tokens[span.start - 1].lower_ if span.start > 0 else ""
                if actor.type == "person" and (before in MALE_HONORIFICS or before in FEMALE_HONORIFICS):
                    self.gender.setdefault(actor.name, "m" if before in MALE_HONORIFICS else "f")
                dep = root.dep_
                subject = dep in ("nsubj", "nsubjpass") or (dep == "conj" and head.dep_ in SUBJECTS)
                # "US state [Texas] has filed a lawsuit": a name run into the subject noun is the subject
                # (not one set off by a comma: "A new book, [Brown's Britain], says")
                subject = subject or (dep == "appos" and head.dep_ in SUBJECTS and span.start == head.i + 1)
                lemma = head.lemma_
                source = subject and (lemma in REPORTING_VERBS or lemma in SPEECH_ACTS)
                kind = self.types[actor.name]
                main = subject and main_clause(root)
                mentions.append(_Mention(m.start, actor.name, kind, subject, self.sent_of(root.i), source, main))
        mentions.sort(key=lambda m: m.start)
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        # "Hillary Clinton will hold her next press conference": a bare name's gender as the article tells it
        for name, told in told_genders(self).items():
            self.gender.setdefault(name, told)
        orgs = [a for a in who if a.type == "organization"]
        self.epithets = self._epithets()
        self.main_org = max(orgs, key=lambda a: a.salience).name if orgs else None
        # token index -> ``actor``, ``phrase``: read once (what and the headline ask them again)
        self._actors: dict[int, str | None] = {}
        self._phrases: dict[int, str] = {}

    def _epithets(self) -> dict[tuple[str, ...], str]:
        """Descriptions the article puts in apposition to an actor ("Ann Berg, a leading space expert,"
        "a leading space expert, Ann Berg,"), by their words: the same description elsewhere is that
        actor ("..., a leading space expert said"); one given to two actors names neither."""
        found: dict[tuple[str, ...], set[str]] = {}
        doc = self.doc
        appos = np.flatnonzero(any_of(columns(doc, (DEP,))[0], _APPOS)).tolist() if len(doc) else []
        for token in (doc[i] for i in appos):  # the apposed tokens only: no Python object per token
            for description, name in ((token, token.head), (token.head, token)):
                key = epithet_key(description) if description.pos_ == "NOUN" and name.pos_ == "PROPN" else ()
                if len(key) < 2 or description.tag_ != "NN" or {"other", "another"} & set(key):
                    continue  # one actor's ("Moody's and Fitch, the other two agencies": two, and others)
                # the name in apposition with all its words ("Scottish and Newcastle (S&N)", not the
                # demonym "Scottish"); a name the description hangs on, without the description
                first, last = apposed_name(name) if name is token else name_extent(name)
                end = self.doc[last]
                actor = self.index.best(self.doc[first].idx, end.idx + len(end.text))
                if actor is not None:
                    found.setdefault(key, set()).add(actor.name)
        return {key: names.pop() for key, names in found.items() if len(names) == 1}

    def sent_of(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def actor(self, token: Token) -> str | None:
        """Canonical name of the actor a noun phrase headed by ``token`` denotes, if known."""
        if token.doc is not self.doc:
            return self._actor(token)
        i = token.i
        if i in self._actors:
            return self._actors[i]
        found = self._actors[i] = self._actor(token)
        return found

    def _actor(self, token: Token) -> str | None:
        lower = token.lower_
        if lower in PERSON_PRONOUNS and token.pos_ == "PRON":
            return self._reporter(token) or self._person(token)
        if lower in _THING_PRONOUNS and token.pos_ == "PRON":
            return (
                self._reporter(token)
                or self._subject_body(token)
                or self._thing(token)
                or self._carried_on(token)
                or carried_topic(self, token)
            )
        if lower in _SPEAKER_PRONOUNS and token.pos_ == "PRON":
            return self._speaker(token)
        governed = self._government_of(token)
        if governed is not None:
            return governed  # "The government of Nigeria is hoping": Nigeria, as "the Nigerian government" is
        titled = self._titled_name(token) if token.pos_ == "NOUN" else None
        if titled is not None:
            return titled  # titles run before one name ("Council chairman and Mines Minister Ola Brandt")
        found = self.index.best(token.idx, token.idx + len(token.text))
        titled = described_by_title(self, token) if found is None else None
        if titled is not None:
            return titled  # "The 65-year-old NFL Coach of the Year": the person described (doers.py)
        if found is None and token.pos_ == "PROPN":
            found_name = self._untagged_name(token) or (
                self._name_part(token) if token.ent_type_ in ("", "PERSON") else None
            )
            if found_name:
                return found_name
        body = named_body(self, token, found.name if found is not None else None)
        body = body or (led_group(self, token) if found is None else None)
        if body is not None:
            return body  # "immigration officials": the INS; "a group led by Acme": Acme (bodies.py)
        if found is None and (token.pos_ == "NOUN" or aged(token)):
            # (most articles put no description in apposition: then the token's words are not read)
            epithet = self.epithets.get(epithet_key(token)) if self.epithets else None
            described = epithet or self._description(token) or self._partitive(token)
            described = described or self._speaking_for(token) or placed_body(self, token)
            described = described or affiliated_body(self, token)  # "her board": her company's (doers.py)
            if described:
                return described
        if found is None:
            # "European aircraft manufacturer, Airbus, has won": the apposition names the doer; "One of the
            # largest makers ... The company, Acme, ...": the doer the lead describes, named next (introduced.py)
            return self._apposed(token) or named_later(self, token)
        # "Both Moscow and Pyongyang have denied": the first doer names the event; one canonical
        # name keeps the actor comparable across events and with `who`
        return found.name

    def _government_of(self, token: Token) -> str | None:
        """ "The government of Nigeria", "the administration of Ghana": the country it governs."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in COUNTRY_GOVERNMENTS:
            return None
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        land = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        found = self.actor(land) if land is not None and land.pos_ == "PROPN" else None
        return found if found in self.countries else None

    def _speaker(self, token: Token) -> str | None:
        """ "Anna Berg: I started Bookshare": in a speaker's turn, "I" is the speaker, when an actor."""
        kind = article_kind(self.doc)
        label = kind.label_at(token.idx) if kind.spoken else None
        found = self.index.best(*label) if label is not None else None
        return found.name if found is not None and found.type == "person" else None

    def first_person(self, speaker: str, pronoun: Token) -> str:
        """ "'We have sanctioned its use,' said Uefa spokesman Rob Faulkner": "I" is the speaker, "we" the
        body the speaker speaks for, when `who` gives the speaker an affiliation that is an organisation or
        a country (Uefa; a coach's "we" his national team), not a former one ("former advisor"). Quoted words
        only: in a transcript's turns "we" is as often the people in the room ("we'll reserve 20 minutes")."""
        if pronoun.lower_ not in _WE:
            return speaker
        actor = self.index.named(speaker)
        if actor is None or actor.affiliation is None or self.types.get(actor.affiliation) not in _BODIES:
            return speaker
        if any(t.lower().startswith(("former", "ex-")) for t in actor.titles):
            return speaker
        return actor.affiliation

    def _apposed(self, token: Token) -> str | None:
        """The actor an apposition names: "The UK's biggest brewer, Scottish and Newcastle (S&N),"
        is S&N, not the place a demonym in the name stands for (a place only when nothing else)."""
        names: list[str] = []
        nested = [c for c in children_of(token) if c.dep_ == "appos"]
        for named in nested[:1] + [g for g in children_of(nested[0]) if g.dep_ == "appos"] if nested else []:
            found = self.actor(named)
            if found is not None:
                names.append(found)
        return next((n for n in names if self.types.get(n) != "location"), names[0] if names else None)

    def _titled_name(self, token: Token) -> str | None:
        """ "Tin council chairman and Ruritania's Mines Minister Ola Brandt has pledged", "Acme president and
        chief executive Ann Berg said": titles run before a name, which the parser coordinated with it and
        made the head, are the person named at the end (a bare title: "The chairman and the treasurer" are two)."""
        if token.lemma_.lower() not in _NAMED_ROLES or any(c.dep_ in ("det", "poss") for c in children_of(token)):
            return None
        joined: list[Token] = []
        for c in token.subtree:  # the conjuncts of the head and of its conjuncts, in order
            if c.dep_ == "conj" and (c.head.i == token.i or c.head in joined):
                joined.append(c)
        if not joined or any(c.lemma_.lower() not in _NAMED_ROLES for c in joined[:-1]):
            return None
        last = joined[-1]
        if last.pos_ != "PROPN":  # "... and chief executive [Ann Berg]": the name ends the last title
            end = subtree_range(last)[1]
            last = self.doc[end] if last.lemma_.lower() in _NAMED_ROLES and end > last.i else last
        found = self.index.best(last.idx, last.idx + len(last.text)) if last.pos_ == "PROPN" else None
        return found.name if found is not None and found.type == "person" else None

    def _partitive(self, token: Token) -> str | None:
        """ "Members of the union", "hundreds of Unite members": the organisation or group counted; "A unit of
        DPC Acquisition Partners": the organisation it is part of."""
        counted = partitive_of(token)
        kinds: tuple[str, ...] = ("organization", "group")
        if counted is None:
            counted, kinds = subsidiary_of(token), ("organization",)  # "A unit of DPC Acquisition Partners"
        found = self.actor(counted) if counted is not None else None
        return found if found is not None and self.types.get(found) in kinds else None

    def name(self, token: Token) -> str:
        return self.actor(token) or self.phrase(token)

    def phrase(self, token: Token) -> str:
        """The noun phrase up to its head, as written ("The latest missile launches")."""
        if token.doc is not self.doc:
            return self._phrase(token)
        found = self._phrases.get(token.i)
        if found is None:
            found = self._phrases[token.i] = self._phrase(token)
        return found

    def _phrase(self, token: Token) -> str:
        left = subtree_range(token)[0]
        breaks = breaks_between(self.doc, left, token.i)
        if breaks:
            left = breaks[-1] + 1  # not the dateline paragraph before it
        if left <= self.floor < token.i:
            left = self.floor + 1  # not the "LONDON, March 1 -" dateline before it
        named = close_name(token)
        if named is not None:
            # "safety regulator Safe Work NSW": a description run into the name it describes is the name
            return text_of(self.doc, *name_extent(named))
        counted = partitive_of(token) or titled_of(token)
        # "A group of MPs", not "A group": the "of" phrase says who the group is; "A Series of Unfortunate
        # Events", not "A Series": a title runs on through its "of"
        right = subtree_range(counted)[1] if counted is not None else token.i
        described = [c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower]
        if described and proper_word(token) and left <= described[-1]:
            left = described[-1] + 1  # "Record company SonyBMG": the name, without the kind of thing it is
        if self.doc[left].dep_ == "det" and self.doc[left].head.i == token.i and self.doc[left].lower_ in SOME:
            left += 1  # "some South Korean and Japanese banks": the group, not a part of it left unsaid
        left = named_kind_start(token, left)  # "A new Essex County task force": "Essex County task force" (bodies.py)
        return text_of(self.doc, self._name_opening(left, right), right)

    def _untagged_name(self, token: Token) -> str | None:
        """ "B.F. Goodrich Co": a name whose head is a corporate suffix outside the mention, or a name
        the NER missed here but tagged elsewhere."""
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names:
            found = self.index.best(names[0].idx, token.idx + len(token.text))
            if found is not None:
                return found.name
        words = {t.text for t in (*names, token)}
        known = [n for n in self.salience if set(n.split()) <= words and n[:1].isupper()]
        return max(known, key=lambda n: (len(n), self.salience[n])) if known else None

    def _name_part(self, token: Token) -> str | None:
        """ "Pullman", "Mr Straw", "World of Warcraft": a name the NER did not tag here that is one of an
        actor's forms (its name, or a mention of it elsewhere), or a person's surname after an honorific or
        alone ("Straw" for "Jack Straw"), when one person of `who` bears it."""
        first, last = name_extent(token)
        words = [t for t in self.doc[first : last + 1] if not t.is_punct]
        while words and words[0].lower_ in HONORIFICS:
            words = words[1:]
        if not words:
            return None
        found = self.index.named(text_of(self.doc, words[0].i, last))
        if found is not None:
            return found.name
        if len(words) > 1:
            return None
        bearers = {
            a.name
            for a in self.index.actors
            if a.type == "person" and a.name.split()[1:] and a.name.split()[-1] == words[0].text
        }
        return bearers.pop() if len(bearers) == 1 else None

    def _reporter(self, token: Token) -> str | None:
        """ "GM announced it had lost ...": a pronoun subject of a reported clause is its reporter."""
        if token.dep_ not in SUBJECTS or self._quoted[token.i]:
            return None  # '"They have seven days to appeal," an SFA spokesman said': not the speaker
        clause = token.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING_VERBS:
            return None
        reporter = next((c for c in children_of(clause.head) if c.dep_ == "nsubj"), None)
        if reporter is not None and reporter.i <= self.floor:
            reporter = after_dateline(reporter, self.floor)
        if reporter is None or reporter.pos_ == "PRON":
            return None
        found = self.actor(reporter)
        if found is None or not agrees(token.lower_, self.types.get(found), self.gender.get(found)):
            return None
        if token.lower_ in ("it", "its") and self.types.get(found) == "person" and " " in found:
            return None  # "Pavel Durov said it had been removed": "it" is never a named person
        return found

    def _before(self, token: Token, types: tuple[str, ...], near: int = _NEAR) -> list[_Mention]:
        """Mentions of these types before the token, nearest first, within the last ``near`` sentences."""
        k = bisect.bisect_left(self.starts, token.idx)
        sent = self.sent_of(token.i)
        out = []
        for j in range(k - 1, -1, -1):
            m = self.mentions[j]
            if m.sent < sent - near:
                break
            if m.type in types:
                out.append(m)
        return out

    def _person(self, token: Token) -> str | None:
        """he/she: the person who was a subject in this or the previous sentence (a pronoun keeps
        the topic), else the person named last; the other gender is skipped."""
        gender = "m" if token.lower_ in MALE_PRONOUNS else "f"
        k = bisect.bisect_left(self.starts, token.idx)
        fits = [
            m
            for m in (self.mentions[j] for j in range(k - 1, -1, -1))
            if m.type == "person" and self.gender.get(m.name, gender) == gender
        ]
        sent = self.sent_of(token.i)
        if not fits:
            # "In his twenties he battled tuberculosis ..., Torao Toshitsune has": a feature's
            # opening pronoun points forward to the person named next
            after = (self.mentions[j] for j in range(k, len(self.mentions)))
            reach = _OPENING_AHEAD if sent <= 0 else 1  # the article's opening looks further ahead
            ahead = next((m for m in after if m.type == "person" and m.sent <= sent + reach), None)
            return ahead.name if ahead is not None and self.gender.get(ahead.name, gender) == gender else None
        for m in fits:
            if m.sent < sent - 1:
                break
            if m.subject:
                return m.name
        return last_naming_subject(self, token, fits, sent) or fits[0].name  # the subject of the last naming (doers.py)

    def _thing(self, token: Token) -> str | None:
        """it / they: the organisation, country or group that was a subject nearby; "it said" the
        organisation named last."""
        lower = token.lower_
        if lower in ("it", "its") and token.dep_ in SUBJECTS and dummy_it(token.head):
            return None
        types = ("organization", "location") if lower in ("it", "its") else ("organization", "group")
        near = [m for m in self._before(token, types) if m.type != "location" or m.name in self.countries]
        if lower == "its" and token.dep_ == "poss":
            # "Shares in Acme fell after its profits slipped": a possessive is the one named last in its sentence
            here = [m for m in near if m.sent == self.sent_of(token.i)]
            if here:
                return here[0].name
        if lower == "it" and token.head.lemma_ in REPORTING_VERBS:
            orgs = [m for m in near if m.type == "organization"]
            return orgs[0].name if orgs else None
        # any place as the subject just before, not only a country ("US state Texas has sued two men. It
        # is seeking damages")
        recent = self.sent_of(token.i) - 1
        subjects = [m for m in self._before(token, types) if m.subject and m.sent >= recent]
        return subjects[0].name if subjects else self._described_subject(token, types)

    def _described_subject(self, token: Token, types: tuple[str, ...]) -> str | None:
        """ "The court indicted her on Monday. It extended her remand": the subject last before the
        pronoun (in its sentence or the one before), when it is a description of an actor of a type
        the pronoun can stand for (the nearest subject only: "The footage spread. It ..." is the footage;
        a description resolved by name or nearness, not by the guess of the story's main organisation)."""
        sent = self.sent_of(token.i)
        start = self.sent_starts[max(sent - 1, 0)] if sent >= 0 else 0
        for i in range(token.i - 1, start - 1, -1):
            t = self.doc[i]
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != token.head.i:
                if t.pos_ == "PRON" and t.lower_ in _THING_PRONOUNS:
                    found = self.actor(t)  # "The court indicted her. It extended ... It also said"
                else:
                    found = self._description(t, guess=False) if t.pos_ == "NOUN" else None
                return found if found is not None and self.types.get(found) in types else None
        return None

    def antecedent(self, token: Token) -> str | None:
        """ "The Tokyo Grain Exchange said it will raise", "The three-year project will work ... as it develops",
        "Members of the committee will tour ... They will also talk": an "it" / "they" subject that no `who`
        actor stands for is the subject it refers back to, as written (the nearest subject before it, in its
        sentence, or for "they" the one before, agreeing in number; "it" passes over a person; another "it" /
        "they" carries on the chain). None where the nearest subject disagrees or is no noun phrase, and in a
        condition ("If it sounds too good to be true"): a situation, not a doer. A sentence opening on "It"
        often goes back to the story's topic rather than the last subject ("It has the power to suspend him"
        after "The allegation relates to ..."), so "it" looks in its own sentence only."""
        lower = token.lower_
        if token.pos_ != "PRON" or lower not in ("it", "they") or token.dep_ not in SUBJECTS:
            return None
        if lower == "it" and (dummy_it(token.head) or token.head.lemma_ in _SITUATION_IT_VERBS):
            return None  # "it is unclear", "It follows ...", "what it means": no doer
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children_of(token.head)):
            return None
        sent = self.sent_of(token.i)
        start = max(self.sent_starts[max(sent - (lower == "they"), 0)], self.floor + 1)
        for i in range(token.i - 1, start - 1, -1):
            t = self.doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.i == token.head.i or t.lower_ in RELATIVE:
                continue
            if t.pos_ == "PRON":
                return (self.actor(t) or self.antecedent(t)) if t.lower_ == lower else None
            if lower == "it" and self._personal(t):
                continue  # "The Texas attorney general said it started the action": not the official
            if t.pos_ not in ("NOUN", "PROPN") or not agrees_in_number(t, lower):
                return None
            found = self.actor(t)
            if found is not None and found == self.main_org and t.pos_ == "NOUN" and not self._description(t, False):
                found = None  # "The company named in the ruling": not the story's main organisation by guess
            return found or self.operator(t) or self.phrase(t)
        return None

    def _description(self, token: Token, guess: bool = True) -> str | None:
        """ "the company", "the country", "the club", "the minister": the actor it refers back to
        (``guess``: else the story's main organisation for "the company" with none named near)."""
        det = next((c.lower_ for c in children_of(token) if c.dep_ == "det"), None)
        placed = placed_description(self, token)  # "the New York bank": the bank named before (doers.py)
        if placed is not None and (guess or placed != self.main_org):
            return placed
        if any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in children_of(token)):
            return None  # "the Labour party", "Britain's biggest bank": a description of its own
        lemma = token.lemma_.lower()
        if any(c.lower_ in ("other", "another") for c in children_of(token)):
            return None  # "The other two agencies", "the other man": not the one named
        if det in ("a", "an") or (det == "the" and introducing(token)):
            found = self._introduced(token, lemma)
            if found or det != "the":
                return found
        owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
        if det is None and owner is not None and owner.pos_ in ("NOUN", "PRON") and lemma in _NAMED_ROLES:
            # "the singer's agent has confirmed ... said Aguilera's agent Meghan Prophet": the one
            # person `who` knows by that title
            said = {c.lower_ for c in children_of(token) if c.dep_ in ("amod", "compound", "nmod")}
            bearers = {
                m.name
                for m in self.mentions
                if m.type == "person"
                and self._bears(m.name, token)
                # "the assembly's first health minister" is not a "new health minister"
                and any(said <= set(t.lower().split()) for t in self._titles(m.name))
            }
            return bearers.pop() if len(bearers) == 1 else None
        if det is None and owner is not None and owner.pos_ == "NOUN" and lemma in ORG_DESCRIPTIONS | ORG_NOUNS:
            # "Uefa says it will allow ... European football's governing body made the decision": an
            # epithet of the organisation that was the subject just before (not "its parent company")
            recent = self.sent_of(token.i) - 1
            subjects = [m for m in self._before(token, ("organization",), near=1) if m.subject and m.sent >= recent]
            return subjects[0].name if subjects else None
        if det not in ("the", "this"):
            return None
        if lemma == "group" and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in children_of(token)):
            # "the majority producer group": a group of its own, not the company named last ("the
            # terrorist group" still is the one named)
            return None
        if several(token):
            return None  # "The two firms signed", "the countries": not one of them
        if lemma in ORG_DESCRIPTIONS or lemma in TEAM_DESCRIPTIONS:
            orgs = self._subjects_first(token, self._before(token, ("organization",)))
            return orgs[0].name if orgs else (self.main_org if lemma in ORG_DESCRIPTIONS and guess else None)
        if lemma in COMPANY_EPITHETS and token.tag_ == "NN":
            return self.epithet_org(token)  # "The insurance concern said": the company named just before
        if lemma in ORG_NOUNS and token.tag_ == "NN":
            # "the agency", "the industry body": the organisation of that name ("... Energy Agency"), else
            # the story's main one (the nearest may be any company the body's spokesman named)
            named = [
                m for m in self._before(token, ("organization",), near=len(self.sent_starts)) if lemma in m.name.lower()
            ]
            return named[0].name if named else self.main_org if guess else None
        if lemma in COUNTRY_DESCRIPTIONS:
            places = [m for m in self._before(token, ("location",)) if m.name in self.countries]
            return places[0].name if places else None
        if lemma in INSTITUTION_HEADS or lemma in NAMED_BODY_HEADS:
            # "An Israeli military court indicted ... The court ...": the one of that name, however far back
            everyone = self._before(token, ("organization",), near=len(self.sent_starts))
            orgs = [m for m in everyone if lemma in m.name.lower()]
            if orgs or lemma not in NAMED_BODY_HEADS or self.sent_of(token.i) > 1:
                return orgs[0].name if orgs else None
            # "The university rebutted ... (later) Columbia University": a lead's, the one body of that name
            bodies = {a.name for a in self.index.actors if a.type == "organization" and lemma in a.name.lower()}
            return bodies.pop() if len(bodies) == 1 else None
        if lemma in ACT_DESCRIPTIONS:
            return self._act(token)
        if lemma in _PERSON_HEADS or _AGE.match(token.text) or aged(token):
            return self._described_person(token, lemma)
        return None

    def _introduced(self, token: Token, lemma: str) -> str | None:
        """ "..., a charity has warned. ... Christian Aid said": a lead's indefinite source is the one
        of its kind named as a subject in the next sentences (news introduces, then names)."""
        sent = self.sent_of(token.i)
        if sent > 1 or token.dep_ not in ("nsubj",):
            return None
        kind = "organization" if lemma in ORG_DESCRIPTIONS | ORG_NOUNS else "person" if lemma in _PERSON_HEADS else None
        reported = token.head.lemma_ in REPORTING_VERBS or token.head.lemma_ in SPEECH_ACTS
        if kind is None or (not reported and kind == "person" and lemma not in _NAMED_ROLES):
            # "A man has died ...": a plain description of a person is not introduced for a name
            # later on (the next person named may be anyone); a title or a role is ("A chief
            # constable has backed ... Norfolk police chief Andy Hayman also warned")
            return None
        gender = "m" if lemma in MALE_NOUNS else "f" if lemma in FEMALE_NOUNS else None
        k = bisect.bisect_right(self.starts, token.idx)
        for m in self.mentions[k:]:
            if m.sent > sent + 3:
                break
            # a source names the lead's source; the lead's doer is named as the doer of a later clause
            named = m.source or (not reported and m.subject)
            if (
                named
                and m.sent > sent
                and (m.type == kind or self._untyped_org(m, kind))
                and (gender is None or self.gender.get(m.name, gender) == gender)
            ):
                return m.name
        return None

    def _untyped_org(self, m: _Mention, kind: str) -> bool:
        """A name the NER typed as a person though nothing shows it is one (no honorific, gender or
        title: "Christian Aid"), when an organisation is sought."""
        if kind != "organization" or m.type != "person" or m.name in self.gender:
            return False
        actor = self.index.named(m.name)
        return actor is not None and not actor.titles

    def _described_person(self, token: Token, lemma: str, guess: bool = True) -> str | None:
        """ "the minister": the person bearing the title, else the person subject nearby (``guess``: else the
        person named last, named next or the topic before a quotation; without it, the subject only for a title)."""
        owned = self._owned_before(token, lemma)
        if owned is not None:
            # "... from its anonymous owner. ... the owner has agreed": the one introduced so, by the
            # name given there ("its owner, Ann Berg") or none (not the nearest person named)
            named = next((c for c in children_of(owned) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            found = self.actor(named) if named is not None else None
            return found if found is not None and self.types.get(found) == "person" else None
        persons = [m for m in self._before(token, ("person",))]
        gender = "m" if lemma in MALE_NOUNS else "f" if lemma in FEMALE_NOUNS else None
        if gender:
            persons = [m for m in persons if self.gender.get(m.name, gender) == gender]
        titled = [m for m in persons if self._bears(m.name, token)]
        if titled:
            return titled[0].name
        holder = self._one_holder(token, gender)
        if holder is not None:
            return holder
        if lemma in TITLE_HEADS:
            # "the mayor" is not the prime minister named last: known titles that say otherwise rule one out
            persons = [m for m in persons if not self._titles(m.name)]
        sent = self.sent_of(token.i)
        subjects = [m for m in persons if m.subject and m.sent >= sent - 1]
        if not guess:
            # a description told only by the person's kind ("the New York billionaire") is no one's without the title
            return subjects[0].name if subjects and lemma in TITLE_HEADS else None
        if subjects:
            return subjects[0].name
        if persons and lemma in TITLE_HEADS:
            # "The chancellor has previously planned ...": the person named last whose known
            # titles do not say otherwise (a description refers back; the nearest fits best)
            return persons[0].name
        if not persons and sent <= 1:
            return self._named_next(token, lemma)
        return topic_across_quotes(self, token, lemma)  # the topic before a quotation (doers.py)

    def _owned_before(self, token: Token, lemma: str) -> Token | None:
        """The earlier mention of a relational description with its possessor ("its owner", "the
        club's owner") that "the owner" refers back to, in the sentences before it; or None."""
        sent = self.sent_of(token.i)
        for prior in reversed(self.doc[: token.i]):
            if self.sent_of(prior.i) < sent - _NEAR:
                break
            if (
                prior.lemma_.lower() == lemma
                and prior.pos_ == "NOUN"
                and any(c.dep_ == "poss" for c in children_of(prior))
            ):
                return prior
        return None

    def _named_next(self, token: Token, lemma: str) -> str | None:
        """ "..., the courts minister has told MPs. ... said courts minister Christopher Leslie": a
        lead's description of a person not named before is the one bearing its title named next
        (within three sentences)."""
        sent = self.sent_of(token.i)
        k = bisect.bisect_right(self.starts, token.idx)
        for m in self.mentions[k:]:
            if m.sent > sent + 3:
                break
            if m.type == "person" and self._bears(m.name, token):
                return m.name
        return None

    def _titles(self, name: str) -> list[str]:
        actor = self.index.named(name)
        return list(actor.titles) if actor else []

    def _bears(self, name: str, description: Token) -> bool:
        """Whether a person bears the title a description names by its head: "the mayor" is the
        "mayor" or "London mayor", not the "deputy mayor" (a rank the description does not say);
        "the minister" is the "Minister of Defence" (the head before its "of" phrase)."""
        said = {c.lower_ for c in children_of(description)}
        for title in self._titles(name):
            words = title.lower().split()
            cut = next((i for i, w in enumerate(words) if w in ("of", "for", "to") and i), len(words))
            head = description.lemma_.lower()  # "the congressman" is the "representative" too (TITLE_EQUIVALENTS)
            named = words[cut - 1] == head or words[cut - 1] in TITLE_EQUIVALENTS.get(head, ())
            if named and not (set(words[:cut]) & SUBORDINATE_RANKS) - said:
                return True
        return False

    # Doers told in other words (what v31, issue 10)

    def _subjects_first(self, token: Token, found: list[_Mention]) -> list[_Mention]:
        """Mentions nearest first, those whose name holds the description's head first ("the airline": "American
        Airlines"), then those that were a subject in this or the previous sentence (a main clause's first): "Acme
        bought Zenith last year. The company now plans ..." is Acme (a description keeps the topic, as a pronoun
        does), not Zenith named last."""
        recent = self.sent_of(token.i) - 1
        head = token.lemma_.lower()

        def rank(m: _Mention) -> tuple[bool, int]:
            # "The airline claimed" is the organisation named for an airline before one that was a subject
            topic = 0 if m.main and m.sent >= recent else 1 if m.subject and m.sent >= recent else 2
            return head not in m.name.lower(), topic

        return sorted(found, key=rank)

    def epithet_org(self, token: Token) -> str | None:
        """ "Conseco Inc. said ... The insurance concern said": a company's epithet (COMPANY_EPITHETS) is the
        organisation named in the sentences before its own, a subject first (`_subjects_first`); not one named
        earlier in its own sentence (a description there is another's) and no guess of the story's main one."""
        sent = self.sent_of(token.i)
        earlier = [m for m in self._before(token, ("organization",)) if m.sent < sent]
        found = self._subjects_first(token, earlier)
        return found[0].name if found else None

    def _speaking_for(self, token: Token) -> str | None:
        """ "An Apple spokesman denied", "Equifax's spokesperson said", "SpaceX officials expect", "a spokesman for
        Acme", "industry analysts sources said": one who speaks for a body (SPEAKING_FOR_HEADS), unnamed, is the
        body that premodifies or possesses it, when `who` knows it as an organisation, a group or a country; so
        too those who act for it (ACTING_FOR_HEADS, what v68: "FBI agents searched", "the PBS debate moderators")."""
        if token.pos_ != "NOUN" or token.lower_ not in _FOR_BODY_HEADS:
            return None
        for child in children_of(token):
            named: Token | None = None
            if child.dep_ in ("compound", "poss", "amod", "nmod") and child.i < token.i:
                if any(c.dep_ == "conj" for c in children_of(child)):
                    return None  # "the British and American representatives": several bodies, none of them
                named = child
                if child.pos_ == "NOUN" and child.dep_ == "compound":
                    # "the PBS debate moderators" (what v68): the body named before the kind of work
                    named = next((c for c in children_of(child) if c.dep_ == "compound" and c.pos_ == "PROPN"), child)
            elif child.dep_ == "prep" and child.lower_ in ("for", "at", "from", "of"):
                named = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            found = self.actor(named) if named is not None else None
            if found is not None and (found in self.countries or self.types.get(found) in ("organization", "group")):
                return found
        return None

    def _carried_on(self, token: Token) -> str | None:
        """ "Acme reported a loss. Revenues were $37m. For the year it reported a profit": an "it" / "they" subject
        that nothing near names carries on the nearest "it" / "they" subject before it (within two sentences) when
        no subject between could be what it stands for (a noun agreeing in number; for "it", not a person)."""
        lower = token.lower_
        if lower not in ("it", "they") or token.dep_ not in SUBJECTS:
            return None
        if lower == "it" and (dummy_it(token.head) or token.head.lemma_ in _SITUATION_IT_VERBS):
            return None  # "it is unclear", "what it means": no doer
        sent = self.sent_of(token.i)
        start = max(self.sent_starts[max(sent - _NEAR, 0)], self.floor + 1)
        for i in range(token.i - 1, start - 1, -1):
            t = self.doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.i == token.head.i or t.lower_ in RELATIVE:
                continue
            if t.pos_ == "PRON":
                if t.lower_ != lower:
                    continue
                found = self.actor(t)  # the chain goes on: "it reported ... it changed"
                return found if found is not None and self._thing_like(found, lower) else None
            if t.pos_ in ("NOUN", "PROPN") and agrees_in_number(t, lower) and not (lower == "it" and self._personal(t)):
                return None  # a subject between that the pronoun may stand for
        return None

    def operator(self, subject: Token) -> str | None:
        """ "The Hawaiian Airlines flight left Auckland", "... The flight (it) landed in Honolulu": a service a company
        runs under its name (OPERATED_NOUNS) does what the company does, the company named right before the noun
        here or, for "the flight", before the same noun earlier in the article ("a Hawaiian Airlines flight"), when
        `who` knows it as an organisation; None for any other subject."""
        lemma = subject.lemma_.lower()
        if subject.pos_ not in ("NOUN", "PROPN") or lemma not in OPERATED_NOUNS:
            return None
        doc = subject.doc
        det = next((c.lower_ for c in children_of(subject) if c.dep_ == "det"), None)
        for noun in reversed(doc[: subject.i + 1]):  # the subject first, then the same noun before it, nearest first
            if noun.i != subject.i and (det not in ("the", "this", "that") or noun.lemma_.lower() != lemma):
                continue
            found = self._named_before(noun)
            if found is not None and self.types.get(found) == "organization":
                return found
        return None

    def _named_before(self, noun: Token) -> str | None:
        """The `who` actor named by the proper words right before a noun ("Hawaiian Airlines [flight]"): the mention
        there, or the actor of that name where `who` took no mention (a title line)."""
        doc = noun.doc
        first = noun.i
        while first > 0 and doc[first - 1].pos_ == "PROPN":
            first -= 1
        if first == noun.i:
            return None
        start, end = doc[first].idx, doc[noun.i - 1].idx + len(doc[noun.i - 1].text)
        found = self.index.best(start, end) or self.index.named(doc_text(doc)[start:end])
        return found.name if found is not None else None

    def _act(self, token: Token) -> str | None:
        """ "US band Scissor Sisters led the winners. The flamboyant act scored a hat-trick": "the band" / "the act" is
        the actor that was a subject in this or the previous sentence (a main clause's first) when the article names
        it as a band ("band Scissor Sisters"); not a person of known gender, not "the Act" a law names."""
        recent = self.sent_of(token.i) - 1
        found = self._before(token, ("person", "organization", "group"))
        topic = next((m for m in self._subjects_first(token, found) if m.subject and m.sent >= recent), None)
        if topic is None or topic.name in self.gender or not self._billed(topic.name):
            return None
        return topic.name

    def _billed(self, name: str) -> bool:
        """Whether the article names an actor right after a kind of band ("US band [Scissor Sisters]")."""
        for m in self.mentions:
            if m.name != name:
                continue
            span = self.doc.char_span(m.start, m.start + 1, alignment_mode="expand")
            if span is not None and span.start > 0 and self.doc[span.start - 1].lower_ in ACT_DESCRIPTIONS:
                return True
        return False

    def _thing_like(self, name: str, pronoun: str) -> bool:
        """Whether "it" / "they" can carry an actor on: an organisation or a country for "it", an organisation or a
        group for "they"; "it" also a one-word "person" of no known gender (the NER's person for "Goodrich")."""
        kind = self.types.get(name)
        if pronoun == "it" and kind == "person":
            return name not in self.gender and " " not in name
        return kind in _THING_TYPES[pronoun]

    @cached_property
    def _quoted(self) -> list[bool]:
        return quoted(self.doc)

    def _personal(self, t: Token) -> bool:
        """Whether a subject names a person (by the NER, a person's title or role, or its `who` actor)."""
        return (
            t.ent_type_ == "PERSON"
            or t.lemma_.lower() in _PERSON_HEADS
            or self.types.get(self.actor(t) or "") == "person"
        )

    def _name_opening(self, left: int, right: int) -> int:
        """ "Why We Fight scooped the prize ... Both Why We Fight and ...": a name whose first word opens its
        sentence, which the parser read as an adverb and left out, starts there when the article writes the
        longer name elsewhere too; else the phrase starts at ``left``."""
        doc = self.doc
        if left == 0 or left <= self.floor + 1:
            return left
        first = doc[left - 1]
        opens = first.i == self.sent_starts[self.sent_of(first.i)] or (first.i > 0 and doc[first.i - 1].is_space)
        if not opens or not first.is_alpha or not first.is_title or first.pos_ in ("DET", "CCONJ", "ADP", "PRON"):
            return left
        if not all(t.text[:1].isupper() or t.is_punct for t in tokens_of(doc)[left : right + 1]):
            return left  # a name only: every word capitalised
        return left - 1 if doc_text(doc).count(text_of(doc, left - 1, right)) >= 2 else left

    # A country as 'they', a title's one holder named further back (what v32, issue 10)

    def _subject_body(self, token: Token) -> str | None:
        """ "China is rocketing ahead in space. In 2018 they will launch": a "they" subject is the country that is the
        nearest subject before it, in its sentence or the one before (a body of people, as "they" is for a team or
        a firm); none when a subject between is what it stands for ("China's engineers say they"), or the subject
        names several ("China and India ... they"), nor with people named between (plural or a body of people)."""
        if token.lower_ != "they" or token.dep_ not in SUBJECTS:
            return None
        sent = self.sent_of(token.i)
        start = max(self.sent_starts[max(sent - 1, 0)], self.floor + 1)
        for i in range(token.i - 1, start - 1, -1):
            t = self.doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.i == token.head.i or t.lower_ in RELATIVE:
                continue
            if t.pos_ != "PROPN" or any(c.dep_ == "conj" for c in children_of(t)):
                return None
            found = self.actor(t)
            if found not in self.countries or any(_people(w) for w in self.doc[t.i + 1 : token.i]):
                return None  # "China arrested two activists. They were charged": the people named between
            return found
        return None

    def _one_holder(self, description: Token, gender: str | None) -> str | None:
        """ "Foreign Minister Ann Berg flew to Oslo. ... (four sentences on) ... The minister said": a description by
        a title is the one person of `who` the article gives that title (as `_bears` reads it), however far back,
        when it names exactly one (two ministers: neither)."""
        if description.lemma_.lower() not in TITLE_HEADS:
            return None
        bearers = {
            m.name
            for m in self.mentions
            if m.type == "person"
            and m.start < description.idx
            and (gender is None or self.gender.get(m.name, gender) == gender)
            and self._bears(m.name, description)
        }
        everyone = {a.name for a in self.index.actors if a.type == "person" and self._bears(a.name, description)}
        return bearers.pop() if len(bearers) == 1 and len(everyone) == 1 else None


def _people(word: Token) -> bool:
    """Whether a word names people "they" may stand for: a group ("activists", "workers": GROUP_HEADS), a plural of
    a person's title or role ("engineers"), a body of people ("the crew"), a plural nationality ("Norwegians")."""
    plural = word.tag_ in ("NNS", "NNPS")
    lemma = word.lemma_.lower()
    return (
        word.lower_ in GROUP_HEADS
        or (plural and (lemma in _PERSON_HEADS or word.ent_type_ in ("NORP", "PERSON")))
        or (word.pos_ == "NOUN" and lemma in COLLECTIVE_NOUNS)
    )


def coref_for(doc: Doc, who: list[Actor]) -> Coref:
    """The Coref of a parsed article and its actors, built once and kept on the Doc (what and the
    headline both read it)."""
    found = doc.user_data.get(_CACHE_KEY)
    if isinstance(found, tuple) and found[0] is who and isinstance(found[1], Coref):
        return found[1]
    coref = Coref(doc, who)
    doc.user_data[_CACHE_KEY] = (who, coref)
    return coref
