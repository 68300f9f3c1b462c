"""Who: one Actor per real-world person, organisation, place or group.

The steps, each a pass over the Doc's entities or tokens:

1. Mentions from spaCy's entities, resolved against the country gazetteer: country names and
   spellings ("U.S."), capitals standing for their country ("Pyongyang" acting, or "Seoul" named in
   passing in a story about South Korea; a capital named often as a place stays a city), demonyms
   ("North Korean"), and "the North" / "the South" when exactly one "North X" / "South X" country
   is named. Groups and institutions named by a country ("South Korean officials").
2. Clusters: persons by name parts, in text order ("Shin" joins the "Shin Won-sik" named before
   it; the full name used most wins when several contain the short form; a titled surname used
   before any full name is a person of its own), organisations by core name and acronym ("Ford" /
   "Ford Motor Company", "UN" / "United Nations"), places by country code or name, one type per
   name (the commoner).
3. Titles and affiliation of persons from pre-modifiers ("North Korean leader Kim Jong Un"),
   appositions ("the president of Russia, Vladimir Putin"), definite copulas ("X is the minister
   of Y"), and bare title subjects ("South Korea's defense minister said ...") linked to the person
   who bears that title or who is named first in the next sentence. A person's country, when the
   title phrase names none, comes from a country modifying a governing phrase, or for an office of
   state from the sentence or the story's dominant country.
4. Salience from the mentions' syntactic roles (doer > source > argument > modifier > setting),
   their position (the lead counts double) and the actor's roles as doer of events and source of
   reported speech; normalised so that the top actor has 1.0.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from extractors.lexicons.actors import (
    AGENT_SUFFIXES,
    GROUP_HEADS,
    HONORIFICS,
    INSTITUTION_HEADS,
    METONYM_ALIASES,
    NEWS_AGENCIES,
    NOT_ORG_ACRONYMS,
    NOT_TITLES,
    ORG_SUFFIXES,
    REPORTING_VERBS,
    ROLE_HEADS,
    STATE_TITLES,
    TIME_QUALIFIERS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_INNER,
    gazetteer,
)
from extractors.spans import char_span
from extractors.types import Actor, ActorType, Span

VERSION = 13

_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
# Offices and occupational roles both read as titles before a name; only offices link a bare title
# subject ("the minister said") to a person.
_TITLES = TITLE_HEADS | ROLE_HEADS
_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj"})
_ARGUMENT = frozenset({"dobj", "dative", "pobj", "conj", "appos", "agent", "attr", "oprd"})
_MODIFIER = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
# Prepositions that make a capital a place ("a news conference in Seoul"), not an actor.
_LOCATIVE = frozenset({"in", "at", "near", "from", "outside", "inside", "across", "around", "into", "throughout"})
_ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "&", "de", "du", "des", "la", "le"})


@dataclass(slots=True)
class _Mention:
    """One mention: token range [first, last], the cluster key, and its salience weight."""

    first: int
    last: int
    weight: float


@dataclass(slots=True)
class _Cluster:
    """One actor being built."""

    kind: ActorType
    name: str
    mentions: list[_Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    parts: tuple[str, ...] = ()  # a person's name parts
    bonus: float = 0.0

    def add(self, mention: _Mention, name: str | None = None) -> None:
        self.mentions.append(mention)
        if name and len(name) > len(self.name):
            self.name = name  # the canonical name is the fullest proper form

    def add_title(self, title: str) -> None:
        if title and title not in self.titles:
            self.titles.append(title)


class _Article:
    """Per-document state of one extraction (built and dropped inside ``extract_who``)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.gaz = gazetteer()
        self.clusters: dict[str, _Cluster] = {}
        self.owner: dict[int, str] = {}  # token index -> cluster key, for every mention token
        sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for i, sent in enumerate(sents):
            for t in range(sent.start, sent.end):
                self.sent_of[t] = i
        # the lead is the first sentence with a verb: a dateline or a kicker is not
        self.lead = next((i for i, s in enumerate(sents) if any(t.pos_ in ("VERB", "AUX") for t in s)), 0)
        self.sents = sents
        # capitalised words that head a noun phrase somewhere ("Arsenal go into the game"): such a
        # word before a title is a name the NER missed ("Arsenal manager"), not part of the title
        self.heads = {
            t.text for t in doc if t.pos_ == "PROPN" and t.dep_ in _SUBJECT | {"dobj", "pobj", "poss"} and t.is_title
        }

    # ------------------------------------------------------------------ mentions

    def cluster(self, key: str, kind: ActorType, name: str) -> _Cluster:
        found = self.clusters.get(key)
        if found is None:
            found = self.clusters[key] = _Cluster(kind=kind, name=name)
        return found

    def mention(self, key: str, kind: ActorType, name: str, first: int, last: int, *, canonical: bool = True) -> None:
        cluster = self.cluster(key, kind, name)
        cluster.add(_Mention(first, last, self.weight(first, last)), name if canonical else None)
        for i in range(first, last + 1):
            self.owner.setdefault(i, key)

    def weight(self, first: int, last: int) -> float:
        """A mention's weight: its syntactic role, times its position (the lead counts double)."""
        doc = self.doc
        root = doc[first : last + 1].root
        dep = root.dep_
        dateline = self.sent_of[first] < self.lead or (
            # a wire dateline run into the lead: "ROTTERDAM, March 3 - Employers and ..."
            first < 12 and any(doc[j].text in ("-", "—", "–") for j in range(last + 1, min(len(doc), last + 10)))
        )
        if root.is_upper and len(root) > 3 and dateline:
            base = 0.1  # a dateline place names where the story was filed, not whom it is about
        elif dep in _SUBJECT:
            # the doer of an event weighs more than the source of reported speech: a story is
            # about what its actors did, its sources only tell it
            base = 1.0 if root.head.lemma_ in REPORTING_VERBS else 1.5
        elif root.ent_type_ in ("GPE", "LOC", "FAC") and _setting(root):
            base = 0.4  # a place where something happened is the setting, not an actor
        elif dep in _ARGUMENT:
            base = 1.0
        elif root.ent_type_ == "NORP" or dep in _MODIFIER:
            base = 0.4
        else:
            base = 0.8
        if _fold(doc[first : last + 1].text) in NEWS_AGENCIES:
            base *= 0.25  # the wire service that carried the story, or a photo credit
        sent = self.sent_of[first]
        position = 2.0 if sent == self.lead else 1.3 if sent <= self.lead + 2 else 1.0
        return base * position

    def country_of(self, text: str) -> tuple[str, str] | None:
        """(ISO code, how) for a country name, capital or demonym; how is 'name', 'capital' or 'demonym'."""
        gaz = self.gaz
        forms = [text]
        if text.isupper() and len(text) > 4:
            forms.append(text.title())  # datelines shout: "SEOUL"
        for form in forms:
            if form in METONYM_ALIASES:
                return gaz.names[form], "capital"
            if form in gaz.names:
                return gaz.names[form], "name"
            if form in gaz.capitals:
                return gaz.capitals[form], "capital"
            if form in gaz.demonyms:
                return gaz.demonyms[form], "demonym"
        return None

    def country_key(self, code: str) -> str:
        return f"C:{code}"

    def add_country(self, code: str, first: int, last: int) -> None:
        self.mention(self.country_key(code), "location", self.gaz.countries[code].name, first, last)

    def collect(self) -> None:
        """Step 1: mentions from entities (persons wait for clustering; capitals wait for context)."""
        doc = self.doc
        persons: list[tuple[int, int]] = []
        capitals: list[tuple[str, int, int]] = []
        compass: list[tuple[str, int, int]] = []
        for ent in doc.ents:
            if ent.label_ not in _LABELS:
                continue
            span = _trim(ent)
            if span is None or "  " in span.text or "\n" in span.text:
                continue  # a table row or a heading run together, not a name
            if ent.label_ in ("PERSON", "GPE", "LOC") and any(c.isdigit() for c in span.text):
                continue  # "8x10" is a print size, not a place
            first, last, text = span.start, span.end - 1, span.text
            found = self.country_of(text)
            if found is not None:
                code, how = found
                if how == "capital":
                    capitals.append((code, first, last))
                elif how == "demonym":
                    self.add_demonym(code, span)
                else:
                    self.add_country(code, first, last)
                continue
            if text in ("North", "South") and ent.label_ in ("LOC", "GPE", "NORP"):
                compass.append((text, first, last))
            elif ent.label_ == "PERSON" or (ent.label_ == "ORG" and _has_person_role(span)):
                # the NER tags rare names as ORG; "X, chief economist at Y" makes X a person
                persons.append((first, last))
            elif ent.label_ == "ORG":
                if len(span) == 1 and span.text.casefold() in NOT_ORG_ACRONYMS:
                    continue  # the NER's "UTC" or "CEO" is a time zone or a job, not an organisation
                self.add_org(span)
            elif ent.label_ in ("GPE", "LOC"):
                self.mention(f"L:{text.casefold()}", "location", text, first, last)
            elif ent.label_ == "NORP" and span.root.tag_ in ("NNPS", "NNS"):
                self.mention(f"G:{text.casefold()}", "group", text, first, last)  # "Republicans said"
        named = {k[2:] for k in self.clusters if k.startswith("C:")}
        # A capital stands for its country when it acts ("Moscow denied"); a capital named only as a
        # place is folded into its country when the story names that country and mentions the city
        # at most twice ("a news conference in Seoul"), else it is a city of its own ("south London").
        acting = {code for code, first, last in capitals if _acts(doc[first : last + 1].root)}
        places: dict[str, int] = {}
        for _, first, last in capitals:
            city = doc[first : last + 1].text.casefold()
            places[city] = places.get(city, 0) + 1
        for code, first, last in capitals:
            text = doc[first : last + 1].text
            if code in acting or (code in named and places[text.casefold()] <= 2):
                self.add_country(code, first, last)
            else:
                self.mention(f"L:{text.casefold()}", "location", text.title() if text.isupper() else text, first, last)
        for word, first, last in compass:
            # "the North" in a Korea story: the one named country that starts with that word
            codes = [c for c in named if self.gaz.countries[c].name.startswith(word + " ")]
            if len(codes) == 1:
                self.add_country(codes[0], first, last)
        self.add_persons(persons)
        self.add_untagged_acronyms()
        self.add_groups()

    def add_untagged_acronyms(self) -> None:
        """An acronym the NER left untagged but the story uses as a doer or object at least twice
        ("the FNV refuses", "accused the FNV") names an organisation: unions, parties, agencies."""
        doc = self.doc
        seen: dict[str, list[int]] = {}
        for t in doc:
            if not (t.is_upper and t.is_alpha and 2 <= len(t) <= 6 and t.pos_ == "PROPN") or t.ent_type_:
                continue
            if t.i in self.owner or t.lower_ in NOT_ORG_ACRONYMS or self.country_of(t.text) is not None:
                continue
            if t.i > 0 and any(c.isdigit() for c in doc[t.i - 1].text):
                continue  # a model name's suffix: "A350 XWB"
            # a heading in capitals is not a name: a neighbour in capitals gives it away
            around = [doc[j] for j in (t.i - 1, t.i + 1) if 0 <= j < len(doc)]
            if any(n.is_upper and n.is_alpha and len(n) > 1 for n in around):
                continue
            seen.setdefault(t.text, []).append(t.i)
        for text, where in seen.items():
            if len(where) >= 2 and any(doc[i].dep_ in _SUBJECT | {"dobj", "pobj"} for i in where):
                for i in where:
                    self.mention(f"O:{_fold(text)}", "organization", text, i, i)

    def add_demonym(self, code: str, span: SpacySpan) -> None:
        """A demonym is a (light) mention of its country; as a plural noun it names a group."""
        if span.root.tag_ in ("NNPS", "NNS") and span.root.dep_ not in _MODIFIER:
            text = span.text
            cluster = self.cluster(f"G:{text.casefold()}", "group", text)
            cluster.affiliation = self.gaz.countries[code].name
            self.mention(f"G:{text.casefold()}", "group", text, span.start, span.end - 1)
            return
        self.add_country(code, span.start, span.end - 1)

    def add_org(self, span: SpacySpan) -> None:
        text = span.text
        key = f"O:{_fold(text)}"
        self.mention(key, "organization", text, span.start, span.end - 1)

    def add_persons(self, persons: list[tuple[int, int]]) -> None:
        """Cluster person mentions by name parts: a short form joins a full name containing it."""
        doc = self.doc
        spans = []
        for first, last in persons:
            # an honorific or abbreviated title inside the entity is not part of the name
            while first < last and (doc[first].lower_ in HONORIFICS or doc[first].lower_ in TITLE_ABBREVIATIONS):
                first += 1
            # a capitalised title the NER took into the name ("Striker Thierry Henry") is a title
            while first < last and doc[first].lower_ in _TITLES and doc[first + 1].is_title:
                first += 1
            dash = next(
                (i for i in range(first + 1, last) if doc[i].text in ("-", "–", "—") and doc[i - 1].whitespace_), None
            )
            if dash is not None:
                last = dash - 1  # "Rob Partridge - Marley's": the NER ran two names together
            text = doc[first : last + 1].text
            if not any(c.isalpha() for c in text) or text.islower() or any(c in text for c in "[](){}|/"):
                continue  # a caption credit or an editor's insertion, not a clean name
            spans.append((first, last, tuple(text.split())))
        # In text order: a short form joins a full name containing it that was already introduced
        # (news names a person in full first); a short form used before any such full name is a
        # person of its own ("President Obama" is not the "Michelle Obama" named later).
        used = Counter(parts for *_, parts in spans)
        homes: dict[tuple[str, ...], tuple[str, ...]] = {}  # introduced form -> its cluster's full form
        last_seen: dict[tuple[str, ...], int] = {}
        for first, last, parts in sorted(spans):
            options = {homes[f] for f in homes if len(f) > len(parts) and _contains(f, parts)}
            if parts in homes:
                options.add(homes[parts])
            # the full name used most often wins ("Cardi" is Cardi B, not the single "Bartier
            # Cardi"); between equals, the one named last before
            home = max(options, key=lambda f: (used[f], last_seen.get(f, -1))) if options else parts
            homes.setdefault(parts, home)
            last_seen[home] = first
            key = f"P:{' '.join(home)}"
            cluster = self.cluster(key, "person", " ".join(home))
            cluster.parts = home
            self.mention(key, "person", " ".join(parts), first, last)
        self.add_untagged_surnames()

    def add_untagged_surnames(self) -> None:
        """Short forms the NER missed: a capitalised token equal to the first or last part of one full name."""
        doc = self.doc
        parts: dict[str, str | None] = {}
        for key, cluster in self.clusters.items():
            if cluster.kind != "person" or len(cluster.parts) < 2:
                continue
            for part in {cluster.parts[0], cluster.parts[-1]}:
                if len(part) > 2:
                    parts[part] = None if part in parts and parts[part] != key else key
        if not parts:
            return
        for token in doc:
            home = parts.get(token.text)
            if home is None or token.i in self.owner or not token.is_title:
                continue
            neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
            if any(n.pos_ == "PROPN" and n.is_title and n.i not in self.owner for n in neighbours):
                continue  # part of another name ("Kim Yo Jong" is not "Kim Jong Un")
            self.mention(home, "person", token.text, token.i, token.i, canonical=False)

    def add_groups(self) -> None:
        """Groups and institutions named by a country modifier: "South Korean officials", "the US military"."""
        doc = self.doc
        seen: set[int] = set()
        for i, key in list(self.owner.items()):
            if not key.startswith("C:"):
                continue
            head = doc[i]
            while head.dep_ in ("conj", "cc", "compound", "amod", "nmod", "poss") and head.head.i != head.i:
                head = head.head
                if head.lower_ in GROUP_HEADS or head.lemma_ in INSTITUTION_HEADS:
                    break
            if head.i in seen or head.i in self.owner or not (head.is_lower or head.is_title):
                continue
            group = head.is_lower and head.lower_ in GROUP_HEADS and head.tag_ in ("NNS", "NN")
            # "the Saudi Interior Ministry": an institution named by its country, untagged by the NER
            institution = head.lemma_.lower() in INSTITUTION_HEADS and head.tag_ in ("NN", "NNP")
            if not (group or institution):
                continue
            seen.add(head.i)
            left = min((t.i for t in head.lefts if t.dep_ != "det" and t.dep_ != "predet"), default=head.i)
            left = min(left, i)
            text = doc[left : head.i + 1].text
            kind: ActorType = "group" if group else "organization"
            cluster = self.cluster(f"G:{text.casefold()}", kind, text)
            cluster.affiliation = cluster.affiliation or self.gaz.countries[key[2:]].name
            cluster.mentions.append(_Mention(left, head.i, self.weight(left, head.i)))

    # ------------------------------------------------------------------ organisations

    def merge_into(self, key: str, target: str) -> None:
        """Move every mention of cluster ``key`` to cluster ``target``."""
        into = self.clusters[target]
        moved = self.clusters.pop(key)
        into.mentions.extend(moved.mentions)
        if len(moved.name) > len(into.name) and moved.kind == into.kind:
            into.name = moved.name
        for i, owner in self.owner.items():
            if owner == key:
                self.owner[i] = target

    def merge_names(self) -> None:
        """One actor per name: "Ford" joins "Ford Motor Company"; a name the NER typed two ways
        ("Cardi B" as a person and as an organisation) keeps the type it has most often."""
        by_name: dict[str, list[str]] = {}
        for key, cluster in self.clusters.items():
            if key[:1] in ("P", "O", "L"):
                by_name.setdefault(_org_core(cluster.name), []).append(key)
        # "Trump" typed as an organisation in a story about Donald Trump is Donald Trump
        parts: dict[str, list[str]] = {}
        for key, cluster in self.clusters.items():
            if cluster.kind == "person" and len(cluster.parts) > 1:
                for part in {cluster.parts[0].casefold(), cluster.parts[-1].casefold()}:
                    parts.setdefault(part, []).append(key)
        groups: list[list[str]] = []
        for name, keys in by_name.items():
            owners = sorted(parts.get(name, []), key=lambda k: -len(self.clusters[k].mentions))
            if owners and any(k[:1] in ("O", "L") for k in keys):  # the person named most often
                groups.append([owners[0], *(k for k in keys if k[:1] in ("O", "L"))])
            elif len(keys) > 1:  # the same name typed two ways: the commoner type wins
                groups.append(
                    sorted(keys, key=lambda k: (-len(self.clusters[k].mentions), -len(self.clusters[k].name)))
                )
        for keys in groups:
            keys = [k for k in keys if k in self.clusters]
            for key in keys[1:]:
                self.merge_into(key, keys[0])

    def merge_acronyms(self) -> None:
        """ "UN" joins "United Nations"; "U.N." too. The longer name is canonical."""
        orgs = {k: c for k, c in self.clusters.items() if k.startswith("O:")}
        by_initials: dict[str, str] = {}
        for key, cluster in orgs.items():
            words = [w for w in cluster.name.replace("-", " ").split() if w.lower() not in _ACRONYM_SKIP]
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                by_initials.setdefault("".join(w[0] for w in words).upper(), key)
        for key, cluster in orgs.items():
            short = cluster.name.replace(".", "")
            target = by_initials.get(short) if short.isupper() and 2 <= len(short) <= 6 else None
            if target and target != key and target in self.clusters and key in self.clusters:
                self.merge_into(key, target)

    # ------------------------------------------------------------------ titles and affiliation

    def titles(self) -> None:
        """Step 3: titles and affiliation of persons."""
        persons = [(k, c) for k, c in self.clusters.items() if c.kind == "person"]
        for _, cluster in persons:
            for m in cluster.mentions:
                self.title_around(cluster, m)
        self.link_bare_titles(persons)
        for _, cluster in persons:
            if cluster.titles and cluster.affiliation is None:
                cluster.affiliation = self.context_country(cluster)

    def title_around(self, cluster: _Cluster, m: _Mention) -> None:
        doc = self.doc
        # (1) pre-modifiers: "North Korean leader Kim Jong Un", "former U.S. President Donald Trump"
        words, aff = self.premodifiers(m.first)
        # (the tagger may call such a word an adjective or plural noun: "Arsenal manager", "Gunners coach")
        while len(words) > 1 and words[0].is_title and words[0].text in self.heads:
            if words[0].lower_ in _TITLES or words[0].lower_ in TITLE_INNER:
                break
            words = words[1:]
        title = _title_from(words)
        if title:
            cluster.add_title(title)
            cluster.affiliation = cluster.affiliation or aff
        elif aff and not cluster.affiliation and words:
            cluster.affiliation = aff  # "Russian Vladimir Putin"
        if m.first > 0 and doc[m.first - 1].lower_ in TITLE_ABBREVIATIONS:
            cluster.add_title(TITLE_ABBREVIATIONS[doc[m.first - 1].lower_])
        root = doc[m.first : m.last + 1].root
        # (2a) the name in apposition to a title: "the president, conservative Yoon Suk Yeol"
        head = root.head
        if root.dep_ == "appos" and head.lemma_.lower() in _TITLES and head.i not in self.owner:
            if _definite(head):
                self.title_from_np(cluster, head)
        # (2b) the title right before the name across a comma: "the president of Russia, Vladimir Putin"
        elif m.first >= 2 and doc[m.first - 1].text == ",":
            noun = _title_noun_left(doc[m.first - 2], m.first - 1)
            if noun is not None and _definite(noun) and noun.i not in self.owner:
                self.title_from_np(cluster, noun)
        # (2c) a title in apposition to the name: "Shin Won-sik, South Korea's defense minister,"
        for child in root.children:
            # any common noun in apposition to a name is a role ("Nick Ross, top tester at PC Pro")
            if child.dep_ == "appos" and child.tag_ == "NN" and child.i not in self.owner and _agentive(child):
                self.title_from_np(cluster, child, any_head=True)
            # a capitalised title in apposition: "Robin Smith, Assistant Chief Constable at the BTP,"
            elif child.dep_ == "appos" and child.tag_ == "NNP" and child.lower_ in _TITLES and not child.ent_type_:
                self.title_from_np(cluster, child)
        # (3) copula: "Kim is the leader of North Korea"
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            for child in root.head.children:
                # only a definite office is a title: "the leader of", not "a good player"
                definite = any(c.dep_ == "poss" or c.lower_ == "the" for c in child.children)
                office = child.dep_ == "attr" and child.lemma_.lower() in _TITLES
                if office and definite and child.i not in self.owner:
                    self.title_from_np(cluster, child)

    def premodifiers(self, first: int) -> tuple[list[Token], str | None]:
        """Words right before a name that may form its title, and the country/organisation among them."""
        doc = self.doc
        words: list[Token] = []
        aff: str | None = None
        i = first - 1
        while i >= 0:
            t = doc[i]
            key = self.owner.get(i)
            if key is not None and key[:1] in ("C", "O", "L"):
                # a country or organisation closes the title; only time words may precede it
                if key in self.clusters:
                    aff = aff or self.clusters[key].name
                start = i
                while start > 0 and self.owner.get(start - 1) == key:
                    start -= 1
                i = start - 1
                while i >= 0 and doc[i].lower_.rstrip("-") in TIME_QUALIFIERS:
                    words.insert(0, doc[i])
                    i -= 1
                break
            if t.tag_ == "POS":
                if i == 0 or self.owner.get(i - 1) is None:
                    break  # "the singer's agent": a common-noun possessor is not part of the title
                i -= 1
                continue
            # "Economy and Labour Minister": two capitalised portfolios share the title
            joined = words and words[0].is_title and i > 0 and doc[i - 1].is_title
            if t.lower_ == "and" and joined and self.owner.get(i - 1) is None:
                words.insert(0, t)
                i -= 1
                continue
            if t.text == "-" and words:  # "President-elect": the hyphen joins the title's words
                words.insert(0, t)
                i -= 1
                continue
            lower = t.lower_
            # capitalised title words before a name are proper nouns to the tagger ("Finance Minister")
            titleish = t.pos_ in ("NOUN", "ADJ") or (t.pos_ == "PROPN" and t.is_title and not t.ent_type_)
            titleish = titleish or lower in _TITLES or lower in TITLE_INNER
            titleish = titleish or lower.rstrip("-") in TIME_QUALIFIERS
            if not titleish or key is not None or t.is_punct:
                break
            words.insert(0, t)
            i -= 1
        return words, aff

    def title_from_np(self, cluster: _Cluster, noun: Token, *, any_head: bool = False) -> None:
        """The title of a noun phrase headed by a title noun, and the country or organisation it names."""
        doc = self.doc
        for child in noun.children:
            owner = self.owner.get(child.i)
            if child.dep_ == "poss" and owner is not None and self.clusters.get(owner) is cluster:
                return  # nobody is his own "head of press": the parse tied the wrong name
        left = min((t.i for t in noun.subtree if t.i <= noun.i), default=noun.i)
        left = max(left, noun.i - 5)
        # the possessor before "'s" is not part of the title: "the singer's agent" -> "agent"
        left = max([left] + [i + 1 for i in range(left, noun.i) if doc[i].tag_ == "POS"])
        words = [doc[i] for i in range(left, noun.i + 1) if i not in self.owner]
        title = _title_from(words, head=noun if any_head else None)
        if title:
            # "head of equities trading": an "of" phrase that names no country or organisation
            # belongs to the title; one that does ("president of Russia") is the affiliation
            of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = [t for t in of.subtree] if of is not None else []
            plain = all(t.is_alpha and t.i not in self.owner for t in inner)
            if 0 < len(inner) <= 4 and plain and not any(t.dep_ == "prep" for t in inner[1:]):
                title = f"{title} {' '.join(t.lower_ for t in inner)}"
            cluster.add_title(title)
        if cluster.affiliation is None:
            cluster.affiliation = self.affiliation_of(noun)

    def affiliation_of(self, noun: Token) -> str | None:
        """Country or organisation in a title phrase: "South Korea's", "North Korean", "of Russia"."""
        for child in noun.children:
            candidates: Iterable[Token] = ()
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                candidates = (child,)
            elif child.dep_ == "prep" and child.lower_ in ("of", "at", "for"):
                candidates = (c for c in child.children if c.dep_ == "pobj")
            for c in candidates:
                key = self.owner.get(c.i)
                if key is not None and key[:1] in ("C", "O", "L") and key in self.clusters:
                    return self.clusters[key].name
                if child.dep_ == "prep" and c.pos_ == "PROPN" and c.is_title and key is None:
                    # "top tester at PC Pro": a proper name the NER missed still names the employer
                    first = min(t.i for t in c.subtree if t.i <= c.i)
                    return self.doc[first : c.i + 1].text
        return None

    def context_country(self, cluster: _Cluster) -> str | None:
        """A titled person's country from context: the nearest country modifying a governing phrase
        ("South Korea's elections, ... the president, Yoon"); for a title of state ("minister",
        "president") also the nearest country in the sentence, else the article's dominant country."""
        doc = self.doc
        m = cluster.mentions[0]
        token = doc[m.first : m.last + 1].root
        while token.head.i != token.i:
            token = token.head
            for child in token.children:
                if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < m.first:
                    key = self.owner.get(child.i)
                    if key is not None and key.startswith("C:") and key in self.clusters:
                        return self.clusters[key].name
        if not any(t.split()[-1] in STATE_TITLES for t in cluster.titles):
            return None
        sent = self.sents[self.sent_of[m.first]]
        best: tuple[int, str] | None = None
        for i in range(sent.start, sent.end):
            key = self.owner.get(i)
            if key is not None and key.startswith("C:") and key in self.clusters:
                distance = abs(i - m.first)
                if best is None or distance < best[0]:
                    best = (distance, self.clusters[key].name)
        if best is not None:
            return best[1]
        counts = sorted(
            ((len(c.mentions), c.name) for k, c in self.clusters.items() if k.startswith("C:")), reverse=True
        )
        short = all(len(t.split()) <= 2 for t in cluster.titles)
        if short and counts and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
            return counts[0][1]  # one country dominates the story: a minister in it is its minister
        return None

    def merge_early_short_forms(self) -> None:
        """A surname used before the full name ("Massa ... Felipe Massa") is that person, when one
        full name contains it and the short form bears no title of its own: "President Obama" stays
        apart from a "Michelle Obama" named later."""
        persons = [(k, c) for k, c in self.clusters.items() if c.kind == "person"]
        for key, cluster in persons:
            if len(cluster.parts) != 1 or cluster.titles:
                continue
            homes = [k for k, c in persons if len(c.parts) > 1 and cluster.parts[0] in c.parts and k in self.clusters]
            if len(homes) == 1 and key in self.clusters:
                self.merge_into(key, homes[0])

    def link_bare_titles(self, persons: list[tuple[str, _Cluster]]) -> None:
        """A title subject without a name ("South Korea's defense minister said") is the person
        bearing that title elsewhere, else the untitled person named first in the next sentence."""
        doc = self.doc
        for noun in doc:
            if noun.dep_ not in _SUBJECT or noun.lemma_.lower() not in TITLE_HEADS or noun.i in self.owner:
                continue
            if noun.is_upper:
                continue  # "THE PRESIDENT." opens a transcript's turn; it is a speaker label, not a lead
            if noun.tag_ not in ("NN", "NNP") or any(
                c.dep_ in ("appos", "compound") and c.i in self.owner and self.owner[c.i].startswith("P:")
                for c in noun.children
            ):
                continue
            definite = any(
                c.dep_ in ("poss", "det", "amod") and (c.lower_ == "the" or c.i in self.owner) for c in noun.children
            )
            if not definite:
                continue
            words = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i not in self.owner]
            title = _title_from([*words, noun])
            if not title:
                continue
            bearers = [(k, c) for k, c in persons if any(t.split()[-1] == noun.lemma_.lower() for t in c.titles)]
            found = bearers[0] if len(bearers) == 1 else None if bearers else self.person_next(persons, noun.i)
            if found is None:
                continue
            key, target = found
            target.add_title(title)
            target.affiliation = target.affiliation or self.affiliation_of(noun)
            first = min(t.i for t in noun.subtree if t.i <= noun.i)
            while doc[first].dep_ in ("det", "predet"):
                first += 1
            target.mentions.append(_Mention(first, noun.i, self.weight(first, noun.i)))
            for i in range(first, noun.i + 1):
                self.owner.setdefault(i, key)

    def person_next(self, persons: list[tuple[str, _Cluster]], at: int) -> tuple[str, _Cluster] | None:
        """The untitled person first named in the sentence after ``at``'s, if named there first."""
        following = self.sent_of[at] + 1
        if following >= len(self.sents):
            return None
        sent = self.sents[following]
        for t in range(sent.start, min(sent.end, sent.start + 3)):
            for key, cluster in persons:
                if not cluster.titles and any(m.first == t for m in cluster.mentions):
                    return key, cluster
        return None

    # ------------------------------------------------------------------ salience

    def roles(self) -> None:
        """Bonus for doers of events and sources of reported speech."""
        doc = self.doc
        for cluster in self.clusters.values():
            for m in cluster.mentions:
                root = doc[m.first : m.last + 1].root
                if root.dep_ in _SUBJECT and root.head.pos_ in ("VERB", "AUX"):
                    reporting = root.head.lemma_ in REPORTING_VERBS
                    cluster.bonus += 0.3 if reporting else 0.8
                elif root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
                    cluster.bonus += 0.3
        # The doer of the lead's main event is who the story is about (the inverted pyramid):
        # the subject of the lead's main verb, or of the clause its reporting verb reports.
        if self.sents:
            verb = self.sents[self.lead].root
            if verb.lemma_ in REPORTING_VERBS:
                verb = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), verb)
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
            key = self.owner.get(subject.i) if subject is not None else None
            if key is not None and key in self.clusters:
                self.clusters[key].bonus += 2.0
        # "he said", "she added": a subject he/she most often is the person named last before it.
        # Not reliable enough to be a mention (its span would claim too much), so it only weighs.
        persons = sorted((m.first, id(c)) for c in self.clusters.values() if c.kind == "person" for m in c.mentions)
        if not persons:
            return
        by_id = {id(c): c for c in self.clusters.values()}
        starts = [first for first, _ in persons]
        for token in doc:
            if token.lower_ in ("he", "she") and token.dep_ in _SUBJECT:
                k = bisect.bisect_left(starts, token.i)
                if k:
                    by_id[persons[k - 1][1]].bonus += 0.5

    def actors(self) -> list[Actor]:
        doc = self.doc
        text = doc.text
        scored: list[tuple[float, int, _Cluster]] = []
        for cluster in self.clusters.values():
            if not cluster.mentions:
                continue
            score = sum(m.weight for m in cluster.mentions) + cluster.bonus
            scored.append((score, min(m.first for m in cluster.mentions), cluster))
        if not scored:
            return []
        top = max(s for s, *_ in scored) or 1.0
        out = []
        for score, _, cluster in sorted(scored, key=lambda x: (-x[0], x[1])):
            # doc.text is rebuilt on every access: read it once, not once per mention
            spans = _unique_spans(
                char_span(text, doc[m.first].idx, doc[m.last].idx + len(doc[m.last])) for m in cluster.mentions
            )
            spans = [s for s in spans if s.text]
            if not spans:
                continue
            out.append(
                Actor(
                    name=cluster.name,
                    type=cluster.kind,
                    titles=cluster.titles,
                    affiliation=cluster.affiliation if cluster.affiliation != cluster.name else None,
                    mentions=spans,
                    salience=round(min(1.0, score / top), 3),
                )
            )
        return out


def extract_who(doc: Doc, *, reference: date | None = None) -> list[Actor]:
    """Actors of the article, most salient first."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    article = _Article(doc)
    article.collect()
    article.merge_names()
    article.merge_acronyms()
    article.titles()
    article.merge_early_short_forms()
    article.roles()
    return article.actors()


# ---------------------------------------------------------------------- helpers


def _definite(noun: Token) -> bool:
    """A title phrase that describes ("the president of Russia,", "its chief,"), not an address
    ("Mr. President, John ...")."""
    if any(c.lower_ in HONORIFICS for c in noun.children):
        return False
    return any(c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


def _agentive(noun: Token) -> bool:
    """True for a noun that can name a person's role: a title word, or an agent noun by its
    ending ("tester", "director", "analyst", "musician", "spokesman"), not "a good show"."""
    lemma = noun.lemma_.lower()
    return lemma in _TITLES or lemma.endswith(AGENT_SUFFIXES)


def _setting(token: Token) -> bool:
    """True for a place named as the scene: "in Croydon", "in Croydon, south London"."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE


def _acts(token: Token) -> bool:
    """True when a place name is used as an actor: subject, object, possessor, agent, partner."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # an apposition to a place ("Croydon, south London") is a place
    if token.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "poss"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("by", "with", "between", "against")


def _has_person_role(span: SpacySpan) -> bool:
    """True when a person's role stands in apposition to the name: "Nimit Nonthapanthawat, chief economist"."""
    if not all(t.is_title and t.is_alpha for t in span) or len(span) < 2:
        return False  # a person's name is capitalised words; "IBM" or "Bank 3" is not one
    return any(c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in _TITLES for c in span.root.children)


def _trim(ent: SpacySpan) -> SpacySpan | None:
    """The entity without a leading determiner or a trailing possessive and punctuation."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].dep_ in ("det", "predet") or doc[start].lower_ in ("the", "both")):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].text in (".",) and len(doc[end - 2].text) <= 2 and end - 2 >= start:
            break  # keep the point of an abbreviation
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end] if end > start else None


def _org_core(name: str) -> str:
    """A name without its corporate suffixes, case-folded: "Ford Motor Company" -> "ford"."""
    words = _fold(name).replace(",", " ").split()
    while len(words) > 1 and words[-1] in ORG_SUFFIXES:
        words.pop()
    return " ".join(words)


def _fold(text: str) -> str:
    text = text.casefold()
    return text[4:] if text.startswith("the ") else text


def _contains(full: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """True when every part of a short name is a part of the full name ("Kim" in "Kim Jong Un")."""
    return all(p in full for p in parts)


def _title_from(words: list[Token], head: Token | None = None) -> str | None:
    """The title in words before (or forming) a noun phrase: up to its last title head (or the given
    head), with its time qualifiers and inner words, without characterising adjectives ("conservative")."""
    heads = [
        k
        for k, t in enumerate(words)
        if t.lemma_.lower() in _TITLES or t.lower_ in _TITLES or (head is not None and t.i == head.i)
    ]
    if not heads:
        return None
    end = heads[-1]
    while end + 1 < len(words) and (words[end + 1].text == "-" or words[end + 1].lower_ in ("elect", "designate")):
        end += 1  # "President-elect", "minister-designate"
    kept: list[Token] = []
    for t in words[: end + 1]:
        lower = t.lower_
        if lower in NOT_TITLES or (t.pos_ in ("DET", "PRON", "NUM", "PUNCT") and lower != "-"):
            kept = []  # a characterising adjective or a determiner ends what belongs to the title
            continue
        kept.append(t)
    text = ""
    for t in kept:
        text += t.text + (
            ""
            if t.text.endswith("-") or (t.whitespace_ == "" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")
            else " "
        )
    text = text.replace(" - ", "-").strip(" -")
    if not text:
        return None
    # lower case, save an acronym title ("CEO"); a heading's capitals ("FORMER PRESIDENT") are not one
    return text if text.isupper() and len(text) <= 4 and " " not in text else text.lower()


def _title_noun_left(token: Token, comma: int) -> Token | None:
    """From the word before a comma, up through "of Y" to a title noun: "the president of Russia,"."""
    for _ in range(4):
        if token.lemma_.lower() in _TITLES and token.pos_ in ("NOUN", "PROPN"):
            return token
        if token.dep_ not in ("pobj", "prep") or token.head.i >= comma or token.head.i == token.i:
            return None
        token = token.head
    return None


def _unique_spans(spans: Iterator[Span]) -> list[Span]:
    seen: set[tuple[int, int]] = set()
    out = []
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            out.append(s)
    return out
