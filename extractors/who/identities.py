"""Step 2c of `who`: one actor per real-world entity across its other names.

- A person's or body's other name, introduced by the text right after its name: "Paul Hewson
  (Bono, vocals)", "David Evans (The Edge, guitar)", "Robyn Fenty, better known as Rihanna", "the
  Islamic State group, also known as Isis".
- A country's people named by the demonym ("the Chinese want the embargo lifted", "the Russians
  built the first stage") are that country as an actor when the story names the country; a
  counted group ("10 Americans were killed") is people, not the country.
- One country's group named by synonyms ("Israeli troops", "Israeli forces") is one group, and
  with a count or a lower-case word before its name ("three French fighters", "French fighters").
- A person named with a title that the NER took for an organisation ("General Okafor" beside
  "Okafor") is that person.
- A body's other names listed in brackets after its name: "Islamic State (IS, formerly ISIS/ISIL)",
  "the Workers' League (WL, previously the Labour Front)": acronyms and the names after "formerly".
- A company's name misspelt once ("Brightcorex" beside "Brightcorax", one letter of a long
  one-word name, not the first) is that company.
- In sports copy a team is one actor under its nickname, its city and both ("the Falcons",
  "Harlow", "the Harlow Falcons"): a city that acts ("Harlow beat Denver 24-10") is its team.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extractors.lexicons.actors import BODY_STAFF_HEADS, GROUP_SYNONYMS
from extractors.lexicons.attribution import NEWS_AGENCIES
from extractors.lexicons.names import ALIAS_CUES, SPORT_WORDS
from extractors.who.state import WhoState
from extractors.who.words import TITLES, acts, fold

# "X, better known as Y", "X (aka Y)", "X - aka Y -": the cue between the two names, then an optional quote;
# a short form in brackets may come first ("EverQuest (EQ) nicknamed EverCrack").
_CUE = re.compile(
    r"\s*(?:\([^()\n]{1,12}\)\s*)?[,\u2013\u2014-]?\s*\(?\s*(?:"
    + "|".join(re.escape(c) for c in sorted(ALIAS_CUES, key=len, reverse=True))
    + r")\s+[\"“‘']?",
    re.IGNORECASE,
)
# Words of an alias: "The Edge", "Bono", "Isis"; at most this many.
_ALIAS_WORDS = 3
# Determiners and quantities that make a demonym a counted set of people, not the nation.
_COUNTED = frozenset({"nummod", "quantmod"})
_QUANTIFIERS = frozenset({"some", "many", "few", "several", "most", "all", "two", "three", "no", "these", "those"})
# Letters of a one-word organisation name from which one letter's misspelling is read as a typo, at least.
_TYPO_LETTERS = 8
# Words in brackets that introduce a body's earlier or other name: "(IS, formerly ISIS)".
_FORMER = re.compile(r"\b(?:formerly|previously|once|also|aka|or|later|now|known as|then)\b", re.IGNORECASE)
_ITEMS = re.compile(r"\s*(?:[,;/]|\bor\b)\s*")
_BRACKET_TOKENS = 16  # tokens inside the brackets, at most
# A score or a win-loss record: "34-6", "(12-3)"; sports copy has this many at least, and a word of sport.
# (the first digit before its look-behind: the engine then scans for a digit, not tries every character;
# the same matches as "(?<![\d.,-])\d{1,3} ...")
SCORE = re.compile(r"\d(?<![\d.,-]\d)\d{0,2} ?[-–] ?\d{1,3}(?![\d.,-])")
_SCORES = 2
# Words before a nickname that make a team's full name ("Harlow Falcons", "New Harlow Falcons"), at most.
_CITY_WORDS = 3
# Words of a counted group's name, at least: a count or a word before a name of two ("three French fighters").
_GROUP_WORDS = 3


def merge_identities(st: WhoState) -> None:
    """Other names of one person or body, a nation named by its demonym, one group's synonyms."""
    merge_introduced_aliases(st)
    merge_relative_aliases(st)
    merge_bracketed_names(st)
    merge_titled_names(st)
    merge_misspelt_names(st)
    merge_demonym_groups(st)
    merge_group_synonyms(st)
    merge_counted_groups(st)
    merge_country_descriptions(st)
    merge_team_names(st)


def merge_introduced_aliases(st: WhoState) -> None:
    """ "Paul Hewson (Bono, vocals)", "Paul Hewson, better known as Bono": the other name joins the
    person or body named right before it (an unowned name becomes a mention of it)."""
    doc = st.doc
    for key, cluster in list(st.clusters.items()):
        if cluster.kind not in ("person", "organization") or key not in st.clusters:
            continue
        for m in list(cluster.mentions):
            found = _alias_after(st, m.last, parenthesis=cluster.kind == "person")
            if found is None:
                continue
            first, last, nickname = found
            owner = next((st.owner[i] for i in range(first, last + 1) if i in st.owner), None)  # "Lady Gaga"
            if owner is None:
                alias = doc[first : last + 1].text
                st.mention(key, cluster.kind, alias, first, last, canonical=False)
                # the alias named again elsewhere, where the NER tagged it: "The Lanterns won two prizes"
                owner = next((k for k, c in st.clusters.items() if c.name == alias and k != key), None)
            if owner is not None and owner != key and owner in st.clusters and _same_kind(st, key, owner, nickname):
                st.merge_into(owner, key)
            _merge_inside(st, key, first, last)
            break


def merge_relative_aliases(st: WhoState) -> None:
    """ "the G League, which is the NBA's minor league and was formerly known as the NBA Development
    League", "Acme Holdings, now known as Brightwater": a body's other name given by "known as" in a
    clause on its name (a relative clause, or a participle after it) is that body, which keeps the
    name the article gives it first."""
    doc = st.doc
    for i in st.tokens.where(st.tokens.any_of(st.tokens.lower, {"known"})):
        verb = doc[i]
        cue = next((c for c in verb.children if c.lower_ == "as" and c.dep_ == "prep"), None)
        alias = next((c for c in cue.children if c.dep_ == "pobj"), None) if cue is not None else None
        clause = verb
        while clause.dep_ == "conj" and clause.head.i < clause.i:
            clause = clause.head  # "which is ... and was formerly known as"
        if alias is None or clause.dep_ not in ("relcl", "acl"):
            continue
        name, other = st.owner.get(clause.head.i), st.owner.get(alias.i)
        if name is None or other is None or name == other or name not in st.clusters or other not in st.clusters:
            continue
        home = st.clusters[name]
        if home.kind == "organization" and st.clusters[other].kind == "organization":
            st.merge_into(other, name, name=home.name)


def merge_bracketed_names(st: WhoState) -> None:
    """ "Islamic State (IS, formerly ISIS/ISIL)": the acronyms listed in brackets right after a body's
    name, and the names after "formerly" / "also" there, are that body, wherever the article uses
    them ("an IS-affiliated website"). A bracket of one word is merge_parenthesised's; a place or a
    role in the list ("(DUP, Belfast)") names no alias."""
    doc = st.doc
    found: dict[str, str] = {}  # other name -> the body's key
    for i in st.tokens.where(st.tokens.any_of(st.tokens.orth, {"("})):
        owner = st.owner.get(i - 1) if i > 0 else None
        if owner is None or owner not in st.clusters or st.clusters[owner].kind != "organization":
            continue
        close = next((j for j in range(i + 1, min(len(doc), i + _BRACKET_TOKENS)) if doc[j].text in ")("), None)
        if close is None or doc[close].text != ")" or close - i < 3:
            continue
        inner = st.text[doc[i].idx + 1 : doc[close].idx]
        cued = False
        for part in _ITEMS.split(inner):
            name = _FORMER.sub("", part).strip()
            cued = cued or name != part.strip()
            words = name.split()
            acronym = name.isupper() and name.isalpha() and 2 <= len(name) <= 8
            if acronym or (cued and words and len(words) <= _ALIAS_WORDS and all(w[:1].isupper() for w in words)):
                found.setdefault(name, owner)
    if not found:
        return
    for key, cluster in list(st.clusters.items()):
        owner = found.get(cluster.name)
        forms = [w for w in re.split(r"\s*/\s*", cluster.name) if w]
        if owner is None and forms and all(found.get(w) == found.get(forms[0]) for w in forms):
            owner = found.get(forms[0])  # "ISIS/ISIL": one name of the list joined by a slash
        if owner not in (None, key) and owner in st.clusters and key in st.clusters and cluster.kind != "person":
            st.merge_into(key, owner)
    for i in st.tokens.where(st.tokens.any_of(st.tokens.orth, {n for n in found if " " not in n})):
        owner = found[doc[i].text]
        shouting = any(doc[j].is_upper and doc[j].is_alpha for j in (i - 1, i + 1) if 0 <= j < len(doc))
        if i not in st.owner and owner in st.clusters and not shouting:  # not a word of a heading in capitals
            st.mention(owner, "organization", doc[i].text, i, i, canonical=False)


def merge_titled_names(st: WhoState) -> None:
    """ "General de Gaulle" typed as an organisation beside the person "de Gaulle": a title and a
    person's name (or its last words) are that person, when one person fits."""
    persons = [(k, c.name) for k, c in st.clusters.items() if c.kind == "person"]
    for key, cluster in list(st.clusters.items()):
        words = cluster.name.split()
        if cluster.kind == "person" or len(words) < 2 or words[0].casefold().rstrip(".") not in TITLES:
            continue
        rest = " ".join(words[1:])
        homes = [k for k, name in persons if k != key and (name == rest or name.endswith(" " + rest))]
        if len(homes) == 1 and homes[0] in st.clusters and key in st.clusters:
            st.merge_into(key, homes[0])


def merge_misspelt_names(st: WhoState) -> None:
    """ "AcmeZeneca" beside "AcmeZenica": a one-word name of ``_TYPO_LETTERS`` letters or more that
    differs in one letter (not the first) from an organisation's is that organisation (the NER
    types a misspelt name at random), the organisation's spelling used more often winning."""
    words = [(k, c) for k, c in st.clusters.items() if " " not in c.name and k[:2] != "C:"]
    words = [(k, c) for k, c in words if len(c.name) >= _TYPO_LETTERS and c.name.isalpha()]
    words.sort(key=lambda kc: (kc[1].kind != "organization", -len(kc[1].mentions)))
    for n, (key, cluster) in enumerate(words):
        name = cluster.name
        for other, home in words[:n]:
            spelt = home.name
            if home.kind != "organization" or len(spelt) != len(name) or spelt[0] != name[0]:
                continue
            if (
                other in st.clusters
                and key in st.clusters
                and sum(a != b for a, b in zip(spelt, name, strict=True)) == 1
            ):
                more_often = len(cluster.mentions) > len(home.mentions)  # the spelling used more often names it
                st.merge_into(key, other, name=name if more_often else None)
                break


def _merge_inside(st: WhoState, key: str, first: int, last: int) -> None:
    """ "Ellen Simonetti, known as Queen of the Sky": a name inside the alias ("Sky") is no actor of
    its own when the article names it only inside that alias; it is the alias's bearer."""
    doc = st.doc
    alias = doc[first : last + 1].text
    if " " not in alias:
        return
    inside = [(m.start(), m.end()) for m in re.finditer(re.escape(alias), st.text)]
    for other in {st.owner[i] for i in range(first + 1, last + 1) if i in st.owner} - {key}:
        cluster = st.clusters.get(other)
        if cluster is None or cluster.kind == "person":
            continue
        spans = [(doc[m.first].idx, doc[m.last].idx + len(doc[m.last])) for m in cluster.mentions]
        if all(any(s <= a and b <= e for s, e in inside) for a, b in spans):
            st.merge_into(other, key)


def _same_kind(st: WhoState, key: str, owner: str, nickname: bool) -> bool:
    """An alias's cluster can be the same entity: a person or body, not a news agency; for a person
    named with a body in brackets ("John Smith (Labour)", "Lewis Hamilton (Mercedes)") the body is
    his party or team, unless a nickname ("(The Edge, guitar)", or after "known as")."""
    alias = st.clusters[owner]
    if alias.kind not in ("person", "organization") or fold(alias.name) in NEWS_AGENCIES:
        return False
    return nickname or alias.kind == st.clusters[key].kind or st.clusters[key].kind == "organization"


def _alias_after(st: WhoState, last: int, *, parenthesis: bool) -> tuple[int, int, bool] | None:
    """(first, last, nickname) of a name introduced as another name of the one ending at token
    ``last``; ``nickname`` when introduced by a cue ("known as") or as "The X"."""
    doc = st.doc
    if last + 2 >= len(doc):
        return None
    start = None
    bracket = parenthesis and doc[last + 1].text == "("
    if bracket:
        start = last + 2  # "Paul Hewson (Bono, vocals)"
    else:
        end_char = doc[last].idx + len(doc[last].text)
        cue = _CUE.match(st.text, end_char)
        if cue is not None:
            span = doc.char_span(cue.end(), cue.end() + 1, alignment_mode="expand")
            start = span.start if span is not None else None
    if start is None or start >= len(doc):
        return None
    end = start
    if doc[end].lower_ == "the" and doc[end].is_title:
        end += 1  # "The Edge"
    words = 0
    while end < len(doc) and words < _ALIAS_WORDS and _name_word(doc[end]):
        end += 1
        words += 1
        joined = _joined(doc, end)
        if words and joined:  # "Queen of the Sky", "Butcher of Baghdad": one name across "of (the)"
            end += joined
    if not words or (end < len(doc) and doc[end].tag_ == "POS"):
        return None  # "X, formerly Phoenix's senior vice president": a former employer, no other name
    determined = doc[start].lower_ == "the"
    first = start + 1 if determined else start
    if bracket and not _stage_name(doc, first, end, determined=determined):
        return None
    if sum(c.isalpha() for c in doc[first:end].text) < 2:
        return None  # "(D)": a party's initial
    return first, end - 1, determined or not bracket


def _stage_name(doc: Doc, first: int, end: int, *, determined: bool) -> bool:
    """A name in brackets is another name when a role follows it ("(Bono, vocals)", "(The Edge,
    guitar)"); not a club, party or place ("(Biarritz, wing)", "(Labour)"), nor a bare name: an
    actor in brackets after a character ("Gogo (Chiaki Kuryama)") is someone else."""
    if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].is_lower:
        return False
    return determined or doc[first].ent_type_ not in ("GPE", "LOC", "ORG", "NORP", "FAC")


def _joined(doc: Doc, at: int) -> int:
    """The number of joining words ("of", "of the") at token ``at`` that a name word follows."""
    n = 1 if at < len(doc) and doc[at].lower_ == "of" else 0
    if n and at + 1 < len(doc) and doc[at + 1].lower_ == "the":
        n = 2
    return n if n and at + n < len(doc) and _name_word(doc[at + n]) else 0


def _name_word(token: Token) -> bool:
    capitalised = token.is_title or token.is_upper or (token.text[:1].isupper() and token.is_alpha)  # "EverCrack"
    return capitalised and not token.is_punct and token.pos_ in ("PROPN", "NOUN", "ADJ", "X")


def merge_demonym_groups(st: WhoState) -> None:
    """ "the Chinese", "the Russians": a group named by a bare demonym joins its country when the
    story names it, unless counted ("10 Americans", "some Britons")."""
    for key, cluster in list(st.clusters.items()):
        if cluster.kind != "group" or " " in cluster.name:
            continue
        found = st.country_of(cluster.name)
        if found is None or found[1] != "demonym" or f"C:{found[0]}" not in st.clusters:
            continue
        roots = [st.root_of(m.first, m.last) for m in cluster.mentions]
        if any(_counted(r) for r in roots):
            continue
        st.merge_into(key, f"C:{found[0]}")


def _counted(token: Token) -> bool:
    return any(c.dep_ in _COUNTED or c.lower_ in _QUANTIFIERS for c in token.children)


def merge_group_synonyms(st: WhoState) -> None:
    """ "Israeli troops" and "Israeli forces": groups of one country whose heads are synonyms are one."""
    classes: dict[tuple[str, int], list[str]] = {}
    for key, cluster in st.clusters.items():
        if cluster.kind != "group" or not cluster.affiliation:
            continue
        head = cluster.name.casefold().split()[-1]
        row = next((n for n, words in enumerate(GROUP_SYNONYMS) if head in words), None)
        if row is not None:
            classes.setdefault((cluster.affiliation, row), []).append(key)
    for keys in classes.values():
        if len(keys) < 2:
            continue
        target = max(keys, key=lambda k: (len(st.clusters[k].mentions), -len(st.clusters[k].name)))
        for key in keys:
            if key != target and key in st.clusters:
                st.merge_into(key, target)


def merge_counted_groups(st: WhoState) -> None:
    """ "three French fighters ... one of the French fighters", "US citizens ... affected US
    citizens": a group named with a count or lower-case words before the name of another group of
    the article is that group, which keeps the bare name. Capitalised words make another group
    ("Sunni Muslims" is not "Muslims")."""
    bare: dict[str, str] = {}
    for key, cluster in st.clusters.items():
        if cluster.kind == "group" and cluster.name[:1].isupper():
            bare.setdefault(cluster.name.casefold(), key)
    for key, cluster in list(st.clusters.items()):
        words = cluster.name.split()
        if cluster.kind != "group" or key not in st.clusters or len(words) < _GROUP_WORDS:
            continue
        n = 0
        while n < len(words) - 1 and (words[n][:1].islower() or words[n][:1].isdigit()):
            n += 1
        home = bare.get(" ".join(words[n:]).casefold()) if n else None
        if home is not None and home != key and home in st.clusters:
            st.merge_into(key, home, name=st.clusters[home].name)


def merge_country_descriptions(st: WhoState) -> None:
    """ "The US Secret Service was tipped off ... the American investigators went undercover": a
    country's staff ("investigators", "officials": BODY_STAFF_HEADS) named with "the" every time,
    after the article has named exactly one body of that country by its country ("US", "American")
    and no other staff of it, is that body."""
    doc = st.doc
    bodies: dict[str, list[str]] = {}  # country name -> the organisations named by it
    for key, cluster in st.clusters.items():
        words = cluster.name.split()
        if cluster.kind != "organization" or len(words) < 2:
            continue
        for n in (1, 2, 3):
            found = st.country_of(" ".join(words[:n])) if len(words) > n else None
            if found is not None:
                bodies.setdefault(st.gaz.countries[found[0]].name, []).append(key)
                break
    if not bodies:
        return
    groups: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        staff = cluster.name.casefold().split()[-1] in BODY_STAFF_HEADS
        if cluster.kind == "group" and cluster.affiliation in bodies and staff:
            groups.setdefault(cluster.affiliation, []).append(key)
    for country, keys in groups.items():
        homes = bodies[country]
        if len(keys) != 1 or len(homes) != 1 or homes[0] not in st.clusters:
            continue
        group, home = st.clusters[keys[0]], st.clusters[homes[0]]
        definite = all(m.first > 0 and doc[m.first - 1].lower_ == "the" for m in group.mentions)
        if definite and min(m.first for m in home.mentions) < min(m.first for m in group.mentions):
            st.merge_into(keys[0], homes[0])


def sports_copy(st: WhoState) -> bool:
    """A match report: scores or records ("won 24-10", "(3-9)") and a word of sport."""
    if len(SCORE.findall(st.text, 0, 20000)) < _SCORES:
        return False
    return bool(st.tokens.where(st.tokens.any_of(st.tokens.lower, SPORT_WORDS)))


def _nickname(st: WhoState, cluster_key: str) -> bool:
    """A team's nickname: one capitalised plural word, "the Falcons" somewhere, no country's people."""
    cluster = st.clusters[cluster_key]
    name = cluster.name
    if " " in name or not name[:1].isupper() or not name.endswith("s") or cluster_key[:2] == "C:":
        return False
    if st.country_of(name) is not None:
        return False
    return any(m.first > 0 and st.doc[m.first - 1].lower_ == "the" for m in cluster.mentions)


def merge_team_names(st: WhoState) -> None:
    """ "the Falcons", "the Harlow Falcons" and "Harlow" acting ("Harlow beat Denver 24-10") in a
    match report: one team. The nickname joins the one "City Nickname" name; a city that acts is
    the team it names ("City Nickname"), or the one nickname no city names. A city only named as
    the scene stays a place; countries stay countries (a national side is its country)."""
    if not sports_copy(st):
        return
    nicknames = {st.clusters[k].name: k for k in list(st.clusters) if _nickname(st, k)}
    teams: dict[str, str] = {}  # city -> the team's key
    cities = {c.name for k, c in st.clusters.items() if k[:2] == "L:"}
    for key, cluster in list(st.clusters.items()):
        words = cluster.name.split()
        if not 2 <= len(words) <= _CITY_WORDS + 1 or key not in st.clusters or cluster.kind in ("person", "location"):
            continue
        if not all(w[:1].isupper() for w in words) or not words[-1].endswith("s"):
            continue
        if words[-1] not in nicknames and " ".join(words[:-1]) not in cities:
            continue
        nick = nicknames.pop(words[-1], None)
        if nick is not None and nick in st.clusters and nick != key:
            st.merge_into(nick, key)
        cluster.kind = "organization"
        teams[" ".join(words[:-1])] = key
    lone = [k for k in nicknames.values() if k in st.clusters and not _introduced_nickname(st, k)]
    acting = [
        k
        for k, c in st.clusters.items()
        if k[:2] == "L:" and any(acts(st.root_of(m.first, m.last)) for m in c.mentions)
    ]
    unnamed = [k for k in acting if st.clusters[k].name not in teams]
    for key in acting:
        # the city's own team, or the one team named by nickname alone when one acting city is left
        team = teams.get(st.clusters[key].name) or (lone[0] if len(lone) == 1 and unnamed == [key] else None)
        if team is not None and team in st.clusters:
            st.merge_into(key, team)
            st.clusters[team].kind = "organization"


def _introduced_nickname(st: WhoState, nick: str) -> bool:
    """ "Leicester withstood a Wasps comeback. The Tigers stormed 22-6 ahead": a nickname no "City
    Nickname" name gives, first named as a subject, is the one team or city that is a subject in
    the sentence before (or earlier in its own), named in one word: no country, person, other
    nickname, or team with a nickname of its own ("the Arizona Cardinals ... the Steelers team that
    beat Arizona": two teams). Joins it and says so."""
    first = min(st.clusters[nick].mentions, key=lambda m: m.first)
    doc = st.doc
    if not _subject(st.root_of(first.first, first.last)):
        return False
    sent = doc[first.first].sent
    since = doc[sent.start - 1].sent.start if sent.start else 0
    found = []
    for key, cluster in st.clusters.items():
        # a club named by its town, in one word ("Leicester"): not a country, a person, a team with a
        # nickname of its own ("Arizona Cardinals") or a place of several words ("Hong Kong Island")
        if key == nick or cluster.kind == "person" or " " in cluster.name or not cluster.name[:1].isupper():
            continue
        if st.country_of(cluster.name) is not None:
            continue
        if any(since <= m.first < first.first and _subject(st.root_of(m.first, m.last)) for m in cluster.mentions):
            found.append(key)
    if len(found) != 1 or _nickname(st, found[0]):
        return False
    # a club the NER took for a body keeps its name ("Leicester"); a city that acts is its team,
    # named by the nickname as merge_team_names names it ("Pittsburgh ... the Steelers": Steelers)
    st.merge_into(nick, found[0], name=st.clusters[nick if found[0][:2] == "L:" else found[0]].name)
    st.clusters[found[0]].kind = "organization"
    return True


def _subject(token: Token) -> bool:
    """The subject of its clause, or joined to one ("Harlow and Denton drew"); not an owner ("at
    Franklin's Gardens": a ground)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")
