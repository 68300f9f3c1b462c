"""Step 1 of `who`: mentions from the entities, countries from the gazetteer, groups and acronyms.

Country names and spellings ("U.S."), capitals standing for their country ("Pyongyang" acting, or
"Seoul" named in passing in a story about South Korea; a capital named often as a place stays a
city), demonyms ("North Korean"), and "the North" / "the South" when exactly one "North X" /
"South X" country is named. Groups and institutions named by a country ("South Korean
officials"). Acronyms the NER missed but the story uses as a doer or object.
"""

from __future__ import annotations

import re

from spacy.symbols import PROPN
from spacy.tokens import Span as SpacySpan

from extractors.lexicons.actors import GROUP_HEADS, HONORIFICS, INSTITUTION_HEADS, NOT_ORG_ACRONYMS, TITLE_INNER
from extractors.lexicons.attribution import NEWS_AGENCIES
from extractors.lexicons.dates import WEEKDAY_ABBREVIATIONS
from extractors.lexicons.names import EPITHETS, NOT_SPEAKERS, ORG_NAME_WORDS
from extractors.types import ActorType
from extractors.who.firms import join_firms
from extractors.who.persons import add_persons
from extractors.who.possessors import owned_name
from extractors.who.state import Mention, WhoState
from extractors.who.untagged import (
    ORG_HEADS,
    after_body_kind,
    body_names,
    in_heading,
    lead_name,
    title_lead_name,
    untagged_names,
)
from extractors.who.words import (
    LABELS,
    MODIFIER,
    SUBJECT,
    TITLES,
    acts,
    fold,
    has_person_role,
    phrase_start,
    portfolio,
    trim,
)


def _capitals_and_compass(
    st: WhoState,
    capitals: list[tuple[str, int, int]],
    compass: list[tuple[str, int, int]],
    persons: list[tuple[int, int]],
) -> None:
    """Capitals and compass words, once the story's named countries are known (persons: a capital that is a
    person's given name joins them)."""
    doc = st.doc
    named = {k[2:] for k in st.clusters if k.startswith("C:")}
    # A capital stands for its country when it acts ("Moscow denied"); a capital named only as a
    # place is folded into its country when the story names that country and mentions the city
    # at most twice ("a news conference in Seoul"), else it is a city of its own ("south London").
    acting = {code for code, first, last in capitals if acts(doc[first : last + 1].root)}
    places: dict[str, int] = {}
    for _, first, last in capitals:
        city = doc[first : last + 1].text.casefold()
        places[city] = places.get(city, 0) + 1
    # a capital that is the given name of a person the story names in full, its country unnamed, is that
    # person ("Hamilton Jordan ... Hamilton is not one of my advisers": not Bermuda's capital)
    given = {ent[0].text for ent in st.ents if ent.label_ == "PERSON" and len(ent) > 1}
    for code, first, last in capitals:
        text = doc[first : last + 1].text
        if first == last and text in given and code not in named:
            persons.append((first, last))
        elif code in acting or (code in named and places[text.casefold()] <= 2):
            st.add_country(code, first, last)
        else:
            st.mention(f"L:{text.casefold()}", "location", text.title() if text.isupper() else text, first, last)
    for word, first, last in compass:
        # "the North" in a Korea story: the one named country that starts with that word
        codes = [c for c in named if st.gaz.countries[c].name.startswith(word + " ")]
        if len(codes) == 1:
            st.add_country(codes[0], first, last)


def collect(st: WhoState) -> None:
    """Step 1: mentions from entities (persons wait for clustering; capitals wait for context)."""
    doc = st.doc
    persons: list[tuple[int, int]] = []
    capitals: list[tuple[str, int, int]] = []
    compass: list[tuple[str, int, int]] = []
    st.ents = join_firms(st.ents)  # "Standard" + "& Poor's Corp.": one firm
    for ent in st.ents:
        if ent.label_ not in LABELS:
            continue
        span = trim(ent)
        if span is not None and ent.label_ in ("ORG", "LOC", "FAC"):
            span = owned_name(st, span)  # "China's Politburo": the country and the body it has
        text = span.text if span is not None else ""  # (a Span's text is joined from its tokens on each access)
        if span is None or "  " in text or "\n" in text:
            continue  # a table row or a heading run together, not a name
        if len(span) >= _HEADING_NAME and (in_heading(st, span.start) or _title_only(st, span, text)):
            continue  # "Storm Hits Coastal Towns As Council Meeting": a heading's capitals, not a name
        if ent.label_ in ("PERSON", "GPE", "LOC") and any(c.isdigit() for c in text):
            continue  # "8x10" is a print size, not a place
        first, last = span.start, span.end - 1
        if not any(c.isupper() for c in text) or (len(span) == 1 and span[0].lower_ in EPITHETS):
            continue  # "the kwacha's devaluation", "Heartbroken relatives": no name
        if text.casefold() in WEEKDAY_ABBREVIATIONS and last + 2 < len(doc) and doc[last + 1].text == ".":
            continue  # "Sun. Dec. 31": a weekday, not a name
        if text.endswith(('"s', "’s")) and len(span) == 1 and len(text) > 3:
            text = text[:-2]  # wire copy's possessive in one token: 'Brazil"s output'
        found = st.country_of(text)
        if found is not None:
            code, how = found
            if how == "capital":
                capitals.append((code, first, last))
            elif how == "demonym":
                add_demonym(st, code, span)
            else:
                st.add_country(code, first, last, named=True)
            continue
        if text in ("North", "South") and ent.label_ in ("LOC", "GPE", "NORP"):
            compass.append((text, first, last))
        elif after_body_kind(span) and ent.label_ != "NORP":
            add_org(st, span)  # "rock band Vox", "the group Lumen": a band, not a person or a place
            st.body_names.add(text)
        elif ent.label_ == "PERSON" and len(span) == 1 and text.isupper() and text.isalpha() and len(text) <= 6:
            add_org(st, span)  # "ODPM": an acronym names an organisation, not a person
        elif ent.label_ == "PERSON" or (ent.label_ == "ORG" and person_like(span)):
            # the NER tags rare names as ORG; "X, chief economist at Y", "analyst X", "Ms X" make X a person
            persons.append((first, last))
        elif ent.label_ == "ORG":
            if portfolio(ent):
                continue  # "Home Secretary Charles Clarke": "Home" is the title's portfolio, no body
            if len(span) == 1 and span.text.casefold() in NOT_ORG_ACRONYMS:
                continue  # the NER's "UTC" or "CEO" is a time zone or a job, not an organisation
            add_org(st, with_country(st, span))
        elif ent.label_ in ("GPE", "LOC"):
            st.mention(f"L:{text.casefold()}", "location", text, first, last)
        elif ent.label_ == "NORP" and span.root.tag_ in ("NNPS", "NNS"):
            st.mention(f"G:{text.casefold()}", "group", text, first, last)  # "Republicans said"
    _capitals_and_compass(st, capitals, compass, persons)
    missed, bodies = untagged_names(st)
    for first, last in bodies:
        add_org(st, doc[first : last + 1])
    persons.extend(missed)
    for first, last in body_names(st):  # "the remaining members of rock band Vox": a band the NER missed
        add_org(st, doc[first : last + 1])
        st.body_names.add(doc[first : last + 1].text)
    uses, one_person = lead_name(st)
    st.lead_name = doc[uses[0]].text if uses else ""
    # names the NER missed: one word the lead makes its subject ("Prince earned more than any other pop star"),
    # the words the title opens on and the lead repeats ("Filmmaker Dinesh D’Souza made his prediction")
    for spans, person in (([(i, i) for i in uses], one_person), title_lead_name(st)):
        for first, last in spans:
            if person:
                persons.append((first, last))
            else:
                add_org(st, doc[first : last + 1])
    labels = speaker_labels(st)
    taken = {i for first, last in persons for i in range(first, last + 1)}
    persons.extend((first, last) for first, last in labels if first not in taken and first not in st.owner)
    add_persons(st, persons)
    add_untagged_acronyms(st)
    add_groups(st)


def speaker_labels(st: WhoState) -> list[tuple[int, int]]:
    """Speakers of an interview or transcript: a name opening two lines or more as "Name: ..."
    ("Marymegan Daly: I was amazed"). Each turn is kept in ``st.turns`` (label token -> whether the
    turn asks a question), for salience: the one who answers is who the piece is about."""
    doc = st.doc
    text = st.text
    found: dict[str, list[tuple[int, int, bool]]] = {}
    for m in _SPEAKER.finditer(text):
        group = 1 if m.group(1) else 2
        label = m.group(group)
        if label.casefold() in NOT_SPEAKERS or st.furniture.overlaps(m.start(), m.end()):
            continue
        span = doc.char_span(m.start(group), m.end(group))
        if span is None:
            continue
        line_end = text.find("\n", m.end())
        question = text[m.end() : line_end if line_end != -1 else len(text)].rstrip().endswith("?")
        found.setdefault(label, []).append((span.start, span.end - 1, question))
    out = []
    for turns in found.values():
        if len(turns) < 2:
            continue
        for first, last, question in turns:
            st.turns[first] = question
            label = doc[first : last + 1].text
            if first in st.owner:
                continue
            if fold(label) in NEWS_AGENCIES or label.casefold().endswith("news") or doc[first].ent_type_ == "ORG":
                st.mention(f"O:{fold(label)}", "organization", label, first, last)  # "Wikinews: ..."
            elif label.isupper() and fold(label) in TITLES:
                # "THE PRESIDENT. I have ordered ...": a transcript's speaker named by role
                st.mention(f"P:{fold(label)}", "person", label.title(), first, last)
            elif doc[first].ent_type_ not in ("GPE", "NORP"):
                out.append((first, last))
    return out


def with_country(st: WhoState, span: SpacySpan) -> SpacySpan:
    """An institution's name with the country the NER left out of it: "the US" + "Anti-Doping
    Agency" is the US Anti-Doping Agency, when the country modifies the name and the name ends on
    a word of an institution ("agency", "ministry", "department"); "Russian Gazprom" stays Gazprom."""
    doc = span.doc
    if span.start == 0 or span[-1].lower_ not in ORG_HEADS:
        return span
    before = doc[span.start - 1]
    if before.ent_type_ not in ("GPE", "NORP") or before.head.i not in range(span.start, span.end):
        return span
    first = before.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    if st.country_of(doc[first : span.start].text) is None:
        return span
    return doc[first : span.end]


def person_like(span: SpacySpan) -> bool:
    """True for a name the NER called an organisation that reads as a person's: a role in
    apposition ("X, chief economist"), an honorific ("Ms Hessel") or a role word right before it
    ("credit analyst Helena Hessel"), with no word of an organisation's name in it."""
    words = [t for t in span if not t.is_punct]
    if not words or any(t.lower_ in ORG_NAME_WORDS for t in words):
        return False
    if has_person_role(span):
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if words[0].lower_ in HONORIFICS:
        return len(words) > 1
    rest = [t for t in words if t.lower_ not in TITLES and t.lower_ not in TITLE_INNER]
    if words[0].lower_ in TITLES and words[0].is_title and 2 <= len(rest) <= 3 and rest == words[-len(rest) :]:
        return all(t.is_title and t.is_alpha for t in rest)  # "Mayor Christian Estrosi"
    role = (
        before is not None and before.is_lower and (before.lemma_ in TITLES or phrase_start(doc, before.i) is not None)
    )
    if before is not None and (before.lower_ in HONORIFICS or role):
        return 1 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words)
    return False


def add_untagged_acronyms(st: WhoState) -> None:
    """An acronym the NER left untagged but the story uses as a doer or object at least twice
    ("the FNV refuses", "accused the FNV") names an organisation: unions, parties, agencies."""
    doc = st.doc
    seen: dict[str, list[int]] = {}
    tokens = st.tokens
    for i in tokens.where((tokens.is_upper == 1) & (tokens.pos == PROPN) & (tokens.ent_type == 0)):
        t = doc[i]
        if not (t.is_alpha and 2 <= len(t) <= 6):
            continue
        if t.i in st.owner or t.lower_ in NOT_ORG_ACRONYMS or st.country_of(t.text) is not None:
            continue
        if t.i > 0 and any(c.isdigit() for c in doc[t.i - 1].text):
            continue  # a model name's suffix: "A350 XWB"
        # a heading in capitals is not a name: a neighbour in capitals gives it away
        around = [doc[j] for j in (t.i - 1, t.i + 1) if 0 <= j < len(doc)]
        if any(n.is_upper and n.is_alpha and len(n) > 1 for n in around):
            continue
        seen.setdefault(t.text, []).append(t.i)
    for text, where in seen.items():
        if len(where) >= 2 and any(doc[i].dep_ in SUBJECT | {"dobj", "pobj"} for i in where):
            for i in where:
                st.mention(f"O:{fold(text)}", "organization", text, i, i)


def add_demonym(st: WhoState, code: str, span: SpacySpan) -> None:
    """A demonym is a (light) mention of its country; as a plural noun it names a group; "the
    American", "the Spaniard" or "a Libyan" as a noun is a person named by nationality, not the country."""
    root = span.root
    doc = span.doc
    if len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an"):
        # "the British", "the Chinese", "the Palestinians": the people, not one person; "a Libyan" is one person
        plural = root.tag_ in ("NNS", "NNPS") or root.lower_.endswith(("ish", "ch", "ese", "s"))
        plural_sense = plural and doc[span.start - 1].lower_ == "the"
        after = doc[span.end] if span.end < len(doc) else None
        modifier = after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ")  # "the American embassy"
        # "a Russian uranium company": the parse's modifier too, after "a"
        modifier = modifier or (doc[span.start - 1].lower_ != "the" and root.dep_ in ("amod", "compound", "nmod"))
        if not plural_sense and not modifier:
            return
    if span.root.tag_ in ("NNPS", "NNS") and span.root.dep_ not in MODIFIER:
        text = span.text
        cluster = st.cluster(f"G:{text.casefold()}", "group", text)
        cluster.affiliation = st.gaz.countries[code].name
        st.mention(f"G:{text.casefold()}", "group", text, span.start, span.end - 1)
        return
    st.add_country(code, span.start, span.end - 1)


def add_org(st: WhoState, span: SpacySpan) -> None:
    text = span.text.strip("<> ")  # a wire's ticker brackets run into the name: "<Goodrich Corp>"
    if not text:
        return
    key = f"O:{fold(text)}"
    st.mention(key, "organization", text, span.start, span.end - 1)


# "Name: words" opening a line: a speaker's turn in an interview or a transcript.
_SPEAKER = re.compile(
    r"^[ \t]*(?:([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}): +\S"
    # a news-conference transcript's "THE PRESIDENT. words" (capitals and a full stop; never "Q.")
    r"|(?:\[[\dIVX]+\.?\][ \t]*)?([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})\. +\S)",
    re.MULTILINE,
)

# Words of an entity on a heading line from which on it is taken for the heading's capitals.
_HEADING_NAME = 4


def _title_only(st: WhoState, span: SpacySpan, text: str) -> bool:
    """A run of capitals on the lines that repeat the sent title (``heading_end``), never written again in the
    body ("Clinton Cash Debunks Hillary: Only ‘One or Two Instances’ where ..."): the title's words, not a name."""
    end = st.heading_end
    return span.end_char <= end and st.text.find(text, end) == -1


# Institutions that are their country as an actor: "the Canadian government" is Canada.
COUNTRY_GOVERNMENTS = frozenset({"government", "administration"})
# Plural heads that, after a country alone, are its government as an actor: "the Iranian authorities"
# is Iran ("local authorities", "Iranian health authorities" and "Iranian officials" stay groups).
COUNTRY_AUTHORITIES = frozenset({"authorities"})


def _country_alone(st: WhoState, key: str, first: int, head: int) -> bool:
    """The words before ``head`` are the country's name or demonym alone ("the Iranian", "US"), not
    its capital ("Berlin authorities" are the city's) nor with other words ("local", "aviation")."""
    if first >= head or any(st.owner.get(j) != key for j in range(first, head)):
        return False
    found = st.country_of(st.doc[first:head].text)
    return found is not None and found[1] != "capital"


def add_groups(st: WhoState) -> None:
    """Groups and institutions named by a country modifier: "South Korean officials", "the US military"."""
    doc = st.doc
    seen: set[int] = set()
    for i, key in list(st.owner.items()):
        if not key.startswith("C:"):
            continue
        head = doc[i]
        while head.dep_ in ("conj", "cc", "compound", "amod", "nmod", "poss") and head.head.i != head.i:
            head = head.head
            if head.lower_ in GROUP_HEADS or head.lemma_ in INSTITUTION_HEADS:
                break
        if head.i in seen or head.i in st.owner or not (head.is_lower or head.is_title):
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
        if st.furniture.token(left):
            continue
        governs = not group and head.lemma_.lower() in COUNTRY_GOVERNMENTS
        if governs or (group and head.lower_ in COUNTRY_AUTHORITIES and _country_alone(st, key, left, head.i)):
            st.mention(
                key, "location", st.clusters[key].name, left, head.i, canonical=False
            )  # "the Canadian government", "the Iranian authorities"
            continue
        cluster = st.cluster(f"G:{text.casefold()}", kind, text)
        cluster.affiliation = cluster.affiliation or st.gaz.countries[key[2:]].name
        cluster.mentions.append(Mention(left, head.i))
