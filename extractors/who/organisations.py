"""Step 2 of `who`: one actor per organisation and per name.

"Ford" joins "Ford Motor Company" (the core name without legal suffixes), "UN" joins "United
Nations" (initials), and a name the NER typed two ways keeps the type it has most often.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc

from extractors.lexicons.actors import COMPANY_ROLES, HONORIFICS, ORG_DESCRIPTIONS, ORG_SUFFIXES, subdivision_names
from extractors.lexicons.attribution import NEWS_AGENCIES
from extractors.lexicons.names import (
    COMPANY_HEADS,
    GENERIC_ORG_WORDS,
    NOT_ACTOR_HEADS,
    ORG_ALIASES,
    ORG_DROPPED_HEADS,
    ORG_SCOPE_WORDS,
    PARTY_NAMES,
    UNIT_NOUNS,
)
from extractors.who.mentions import COUNTRY_GOVERNMENTS
from extractors.who.state import Cluster, Mention, WhoState, drop
from extractors.who.words import ACRONYM_SKIP, MODIFIER, TITLES, fold, name_key, org_core, setting


def merge_names(st: WhoState) -> None:
    """One actor per name: "Ford" joins "Ford Motor Company"; a name the NER typed two ways
    ("Cardi B" as a person and as an organisation) keeps the type it has most often; a person's
    surname the NER took for a group ("Arians announces retirement": "Arians" as NORP) is the person."""
    by_name: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        if key[:1] in ("P", "O", "L") or (key[:1] == "G" and " " not in cluster.name and cluster.affiliation is None):
            by_name.setdefault(name_key(cluster.name), []).append(key)
    # "Trump" typed as an organisation in a story about Donald Trump is Donald Trump
    # (case counts: "UN" is not the "Un" of Kim Jong Un)
    parts: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        if cluster.kind == "person" and len(cluster.parts) > 1:
            # the first and the last part, and a middle one of a Spanish name's two surnames ("Alemán" of
            # "Álvaro Alemán Healy"), not an initial
            middle = [p for p in cluster.parts[1:-1] if len(p) > 2 and p[:1].isupper() and p.isalpha()]
            for part in dict.fromkeys((cluster.parts[0], cluster.parts[-1], *middle)):
                parts.setdefault(part, []).append(key)
    groups: list[list[str]] = []
    for keys in by_name.values():
        # in the clusters' order, never a set's (hash order): the tie between two owners named as often
        # goes to the one introduced first
        spelled = dict.fromkeys(st.clusters[k].name for k in keys if k[:1] in ("O", "L", "G"))
        owners = sorted(
            dict.fromkeys(o for n in spelled for o in parts.get(n, [])), key=lambda k: -len(st.clusters[k].mentions)
        )
        if any(" " in n for n in spelled):
            # "Tata Group" beside "Tata": a company named after a person ("Ratan Tata") is no person; but the
            # uses the NER read as the person's ("Bloomberg" beside "Bloomberg L.P." and "Michael R. Bloomberg")
            # stay the person's
            bare = [k for k in keys if k[:1] == "P" and " " not in st.clusters[k].name]
            if owners and bare:
                groups.append([owners[0], *bare])
                keys = [k for k in keys if k not in bare]
            owners = []
        if owners and any(k[:1] in ("O", "L", "G") for k in keys):  # the person named most often
            groups.append([owners[0], *(k for k in keys if k[:1] in ("O", "L", "G"))])
        elif len(keys) > 1 and all(k[:1] != "G" for k in keys):  # the same name typed two ways: the commoner type wins
            keys = sorted(keys, key=lambda k: (-len(st.clusters[k].mentions), -len(st.clusters[k].name)))
            # a spelling with a legal suffix ("Montedison S.p.A.") makes the name a company's, however often
            # the NER took the bare word for a person
            suffixed = [k for k in keys if k[:1] == "O" and _suffixed(st.clusters[k].name)]
            groups.append(sorted(keys, key=lambda k: not (_company_stem(st, k, keys) or k in suffixed[:1])))
    for keys in groups:
        keys = [k for k in keys if k in st.clusters]
        for key in keys[1:]:
            st.merge_into(key, keys[0])


def _suffixed(name: str) -> bool:
    """The name ends on a legal suffix ("Montedison S.p.A.", "Bloomberg L.P.")."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in ORG_SUFFIXES


def _company_stem(st: WhoState, key: str, keys: list[str]) -> bool:
    """ "Cineplex" typed a place six times and a body three, in a story on Cineplex Odeon Corp.: the body's
    reading of a word that opens exactly one company's name of the article (ending on a legal suffix) wins
    when the word is never the scene of anything ("in Cineplex"), as a town's would be."""
    cluster = st.clusters[key]
    if key[:1] != "O" or " " in cluster.name or not any(k[:1] == "L" for k in keys):
        return False
    homes = [
        c
        for c in _orgs(st).values()
        if len(words := c.name.split()) > 1 and words[0] == cluster.name and words[-1].casefold() in ORG_SUFFIXES
    ]
    doc = st.doc
    scenes = [m for k in keys for m in st.clusters[k].mentions if setting(doc[m.last])]
    return len(homes) == 1 and not scenes


def merge_acronyms(st: WhoState) -> None:
    """ "UN" joins "United Nations"; "U.N." too; "DPRK" the Democratic People's Republic of Korea
    and "NCCI" the National Company for Cooperative Insurance whatever type the NER gave either; an
    acronym with a legal suffix too ("BT Group" / "British Telecom"). The longer name is canonical."""
    bodies = {k: c for k, c in st.clusters.items() if k[:1] in ("O", "L", "C") and c.kind != "person"}
    by_initials: dict[str, str] = {}
    ordered = sorted(bodies.items(), key=lambda kc: kc[0][:1] != "O")  # organisations first
    # the whole names' initials first, then those without a legal suffix or opening country
    for initials_of in (name_initials, lambda name: _bare_initials(st, name)):
        for key, cluster in ordered:
            for initials in initials_of(cluster.name):
                by_initials.setdefault(initials, key)
    for key, cluster in bodies.items():
        words = cluster.name.split()
        while len(words) > 1 and words[-1].casefold() in ORG_SUFFIXES:
            words.pop()  # "BT Group" is "BT" for British Telecom
        short = " ".join(words).replace(".", "").replace("&", "")
        target = by_initials.get(short) if key[:1] != "C" and short.isupper() and 2 <= len(short) <= 6 else None
        if target and target != key and target in st.clusters and key in st.clusters:
            st.merge_into(key, target)
    merge_word_acronyms(st)


def _bare_initials(st: WhoState, name: str) -> list[str]:
    """The initials of a name without its legal suffix or the country opening it, which its acronym often
    leaves out ("EDS" for Electronic Data Systems Corp., "INS" for the U.S. Immigration and Naturalization
    Service); asked after the whole name's ("GMAC" for General Motors Acceptance Corp.), of three letters
    or more (two are too often another name's)."""
    words = name.split()
    if len(words) > 2 and words[-1].casefold() in ORG_SUFFIXES:
        words = words[:-1]
    if len(words) > 2 and (found := st.country_of(words[0])) is not None and found[1] != "capital":
        words = words[1:]
    if len(words) == len(name.split()):
        return []
    return [i for i in name_initials(" ".join(words)) if len(i) >= _BARE_INITIALS]


_BARE_INITIALS = 3


def merge_word_acronyms(st: WhoState) -> None:
    """ "Nato" for the North Atlantic Treaty Organization, "Ofcom" for the Office of Communications,
    "Interpol" for the International Criminal Police Organization: an organisation's one-word name
    written as a word (not in capitals) that is made of the openings of two or more words of exactly
    one longer organisation's name, in order and from its first word, is that organisation. A bare
    "person" of that spelling ("Uefa said") is the body when it is the name's initials exactly."""
    orgs = {k: c for k, c in st.clusters.items() if c.kind == "organization"}
    longer = {k: _significant(c.name) for k, c in orgs.items()}
    longer = {k: w for k, w in longer.items() if len(w) >= _ACRONYM_WORDS}
    bare = {k: c for k, c in st.clusters.items() if c.kind == "person" and len(c.parts) <= 1 and not c.titles}
    for key, cluster in [*orgs.items(), *bare.items()]:
        word = cluster.name
        if cluster.kind == "person" and not any(
            word.upper() == "".join(x[0] for x in w).upper() for w in longer.values()
        ):
            continue
        if (
            " " in word
            or not word.isalpha()
            or word.isupper()
            or not _ACRONYM_LETTERS[0] <= len(word) <= _ACRONYM_LETTERS[1]
        ):
            continue
        homes = [k for k, w in longer.items() if k != key and _pieces(word.casefold(), tuple(w))]
        if len(homes) == 1 and homes[0] in st.clusters and key in st.clusters:
            st.merge_into(key, homes[0])


_ACRONYM_WORDS = 2  # words of the long name drawn from, at least
_ACRONYM_LETTERS = (3, 8)  # letters of a word acronym ("Nato", "Interpol"), at least and at most


def _significant(name: str) -> list[str]:
    """The words of a name an acronym draws from, case-folded: joiners ("of", "the") aside."""
    return [w for w in name.replace("-", " ").casefold().split() if w not in ACRONYM_SKIP and w.isalpha()]


def _pieces(short: str, words: tuple[str, ...]) -> bool:
    """``short`` is the opening of ``words[0]`` followed by openings of later words, in order,
    from two words at least ("nato": n|a|t|o, "ofcom": of|com, "interpol": inter|pol)."""

    def rest(i: int, j: int, used: int) -> bool:
        if i == len(short):
            return used >= _ACRONYM_WORDS
        for k in range(j, len(words)):
            n = 0
            while n < len(words[k]) and i + n < len(short) and words[k][n] == short[i + n]:
                n += 1
                if rest(i + n, k + 1, used + 1):
                    return True
        return False

    first = words[0] if words else ""
    n = 0
    while n < len(first) and n < len(short) and first[n] == short[n]:
        n += 1
        if rest(n, 1, 1):
            return True
    return False


def name_initials(name: str) -> list[str]:
    """The acronyms a name of two capitalised words or more can have: its words' initials, a
    hyphenated word's parts counted apart ("World Anti-Doping Agency": WADA) or as one
    ("Organization for Economic Co-Operation and Development": OECD); ACRONYM_SKIP words aside."""
    out = []
    for form in (name.replace("-", " "), name):
        words = [w for w in form.split() if w.lower() not in ACRONYM_SKIP]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            out.append("".join(w[0] for w in words).upper())
    return list(dict.fromkeys(out))


# Entity labels of things, not actors: an acronym in brackets after one abbreviates a thing.
THING_LABELS = frozenset({"LANGUAGE", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"})


def merge_aliases(st: WhoState) -> None:
    """Short forms and aliases of one organisation: a parenthesised acronym, a name with or
    without its country or parent body, a short form that drops a word, a newsroom alias."""
    merge_split_expansions(st)
    merge_parenthesised(st)
    merge_or_short_forms(st)
    merge_expanded_acronyms(st)
    merge_prefixed(st)
    merge_scoped(st)
    merge_lexicon_aliases(st)  # "Man City" joins Manchester City before "City" looks for its one home
    merge_possessive_names(st)
    merge_letter_spellings(st)
    merge_short_forms(st)
    merge_name_stems(st)
    merge_name_openings(st)
    merge_generic_words(st)
    merge_party_members(st)
    merge_tickers(st)
    merge_demonym_names(st)
    merge_country_governments(st)


def _orgs(st: WhoState) -> dict[str, Cluster]:
    return {k: c for k, c in st.clusters.items() if c.kind == "organization"}


def merge_parenthesised(st: WhoState) -> None:
    """ "the Congress of South African Trade Unions (Cosatu)": the word in brackets right after an
    organisation's name is its short form, wherever the article uses it. After a common noun or a
    thing ("remotely operated vehicle (ROV)", "British Sign Language (BSL)"), or before its
    expansion in lower case ("CTC (crushed, torn and curled)"), an acronym names no actor."""
    doc = st.doc
    found: dict[str, str] = {}  # short form -> the cluster it names
    things: set[str] = set()
    named = {c.name: k for k, c in _orgs(st).items()}
    for i in st.tokens.where(st.tokens.any_of(st.tokens.orth, {"("})):
        if not 0 < i < len(doc) - 2:
            continue
        t = doc[i]
        before, inner = doc[t.i - 1], doc[t.i + 1]
        if inner.is_lower and st.owner.get(t.i - 1) in st.clusters and before.is_upper:
            things.add(before.text)  # "CTC (crushed, torn and curled)"
        if doc[t.i + 2].text != ")":
            continue
        name_like = inner.is_alpha and inner.text[:1].isupper() and 2 <= len(inner) <= 10
        if not name_like or fold(inner.text) in NEWS_AGENCIES:
            continue
        owner = st.owner.get(t.i - 1)
        if owner is None and before.text in named and before.is_title:
            # "Broadcom (AVGO) fell": a company named elsewhere that the NER missed here, then its ticker
            owner = named[before.text]
            st.mention(owner, "organization", before.text, t.i - 1, t.i - 1, canonical=False)
        if before.is_lower or before.ent_type_ in THING_LABELS or before.lower_ in NOT_ACTOR_HEADS:
            things.add(inner.text)
        elif owner is not None and owner in st.clusters and _bracket_owner(st.clusters[owner], inner.text):
            found.setdefault(inner.text, owner)
            st.clusters[owner].kind = "organization"
    for short in things:
        for key in (f"O:{fold(short)}", f"P:{short}", f"L:{short.casefold()}"):
            if key in st.clusters:
                drop(st, key)
    where: dict[str, list[int]] = {}
    if found:
        for i in st.tokens.where(st.tokens.any_of(st.tokens.orth, set(found))):
            where.setdefault(doc[i].text, []).append(i)
    for short, owner in found.items():
        key = f"O:{fold(short)}"
        if key in st.clusters and key != owner and owner in st.clusters:
            st.merge_into(key, owner)
        if owner not in st.clusters:
            continue
        for i in where.get(short, []):  # the short form where the NER missed it
            if i not in st.owner:
                st.mention(owner, "organization", short, i, i, canonical=False)


# Words inside a body's name that its acronym skips ("Scottish and Newcastle": S&N), lower case.
_NAME_JOINERS = frozenset({"and", "&", "of", "the", "for", "de"})
_EXPANSION_TOKENS = 10  # tokens of a name before its acronym in brackets, at most


def merge_split_expansions(st: WhoState) -> None:
    """ "Scottish and Newcastle (S&N)": the capitalised words right before an acronym in brackets whose
    initials they are name one body, the acronym's, though the NER split them into a demonym and a
    city or missed them; their pieces are no actors of their own. A name the NER took whole is
    merge_parenthesised's."""
    doc = st.doc
    for i in st.tokens.where(st.tokens.any_of(st.tokens.orth, {"("})):
        if not 1 < i < len(doc) - 2 or doc[i + 2].text != ")":
            continue
        short = doc[i + 1].text
        letters = short.replace("&", "").replace(".", "")
        if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6):
            continue
        if doc[i - 1].ent_type_ in THING_LABELS:
            continue  # "British Sign Language (BSL)": a thing's acronym
        start = _expansion_start(doc, i, letters)
        if start is None:
            continue
        owners = {st.owner.get(j) for j in range(start, i)}
        if len(owners) == 1 and None not in owners:
            continue  # one name already
        key = st.owner.get(i + 1) or f"O:{fold(short)}"
        full = doc[start:i].text
        if i + 1 not in st.owner:
            st.mention(key, "organization", short, i + 1, i + 1, canonical=False)
        if key not in st.clusters:
            continue
        for other in {o for o in owners if o is not None and o != key and o in st.clusters}:
            for m in list(st.clusters[other].mentions):
                if start <= m.first and m.last < i:
                    st.move(m, other, key)
                    st.clusters[key].mentions.remove(m)  # the pieces are one mention of the name
        st.mention(key, "organization", full, start, i - 1)
        st.clusters[key].kind = "organization"
        st.clusters[key].name = full


def _expansion_start(doc: Doc, bracket: int, letters: str) -> int | None:
    """The first token of the shortest run of capitalised words (and joiners) ending before
    ``bracket`` whose initials are ``letters``; None when there is none."""
    initials = ""
    for j in range(bracket - 1, max(-1, bracket - 1 - _EXPANSION_TOKENS), -1):
        token = doc[j]
        if token.lower_ in _NAME_JOINERS:
            continue
        if not (token.is_alpha and token.text[:1].isupper()) or "\n" in token.whitespace_:
            return None
        initials = token.text[0] + initials
        if initials == letters:
            return j if sum(doc[k].text[:1].isupper() for k in range(j, bracket)) >= 2 else None
        if not letters.endswith(initials):
            return None
    return None


def merge_or_short_forms(st: WhoState) -> None:
    """ "the Nuclear Spectroscopic Telescope Array, or NuSTAR,": a short form in capitals after ", or"
    right after a body's name, whose letters come in order from that name (its first letter first),
    is that body's other name."""
    doc = st.doc
    for key, cluster in list(_orgs(st).items()):
        words = cluster.name.split()
        for m in cluster.mentions if len(words) > 1 else []:
            at = m.last + 3
            if at + 1 >= len(doc) or doc[m.last + 1].text != "," or doc[m.last + 2].lower_ != "or":
                continue
            other = st.owner.get(at)
            short = doc[at].text
            if other is None or other == key or other not in st.clusters or st.clusters[other].name != short:
                continue
            if doc[at + 1].is_punct and _abbreviates(short, cluster.name) and key in st.clusters:
                st.merge_into(other, key)
                break


def _abbreviates(short: str, full: str) -> bool:
    """ "NuSTAR" of "Nuclear Spectroscopic Telescope Array": two capitals at least, the first letter
    the name's, every letter in order in the name."""
    if sum(c.isupper() for c in short) < 2 or short[:1] != full[:1]:
        return False
    rest = iter(full.casefold())
    return all(c in rest for c in short.casefold())


def _bracket_owner(cluster: Cluster, short: str) -> bool:
    """A name that a short form in brackets abbreviates: an organisation's, or a one-word "person"
    before a ticker in capitals ("Qualcomm (QCOM)": the NER often takes a company for a person)."""
    if cluster.kind == "organization":
        return True
    return cluster.kind == "person" and " " not in cluster.name and short.isupper() and len(short) <= _TICKER_LETTERS


_TICKER_LETTERS = 5


def merge_expanded_acronyms(st: WhoState) -> None:
    """ "Opec (the Organisation of Petroleum Exporting Countries)", "the EEOC [US Equal Employment
    Opportunity Commission]": a body's name in brackets right after an acronym whose letters are its
    initials (a country word before them aside) is the acronym's body, and names it."""
    doc = st.doc
    for i in st.tokens.where(st.tokens.any_of(st.tokens.orth, {"(", "["})):
        if not 0 < i < len(doc) - 2:
            continue
        short = st.owner.get(i - 1)
        inner = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        body = st.owner.get(inner)
        if short is None or body is None or short == body or short not in st.clusters or body not in st.clusters:
            continue
        acronym = doc[i - 1].text.replace(".", "").upper()
        named = st.clusters[body]
        if named.kind != "organization" or not 2 <= len(acronym) <= 6 or not acronym.isalpha():
            continue
        for form in (named.name.replace("-", " "), named.name):
            words = [w for w in form.split() if w.lower() not in ACRONYM_SKIP]
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if len(words) >= 2 and initials.endswith(acronym):
                st.merge_into(short, body)
                break


def _prefix(st: WhoState, words: list[str], names: dict[str, str]) -> tuple[str, int] | None:
    """(anchor, words used) when a name opens on a country ("US", "South Korean"), another
    organisation's name ("United Nations") or an acronym the article uses ("UN" in "UN Security
    Council", and "United Nations" read as "UN"): the anchor names it."""
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        head = " ".join(words[:n])
        found = st.country_of(head)
        if found is not None:
            return f"C:{found[0]}", n
        if head.casefold() in names:
            return names[head.casefold()], n
    acronym = words[0].replace(".", "")
    if len(words) > 1 and acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 5:
        return f"A:{acronym}", 1
    for n in (3, 2):
        if len(words) > n and all(w[:1].isupper() for w in words[:n]):
            initials = "".join(w[0] for w in words[:n])
            if initials in st.acronyms():
                return f"A:{initials}", n
    return None


def merge_prefixed(st: WhoState) -> None:
    """ "US Federal Reserve" / "Federal Reserve", "UN Security Council" / "United Nations Security
    Council" / "Security Council": one body, named with or without its country or parent. Names
    with different countries ("Russian" and "Ukrainian Foreign Ministry") stay apart, and a bare
    name then joins neither."""
    orgs = _orgs(st)
    names: dict[str, str] = {}  # every form an organisation is named by -> its key
    for key, cluster in orgs.items():
        for form in {cluster.name, *(st.text_of(m.first, m.last) for m in cluster.mentions)}:
            names.setdefault(form.casefold(), key)
    groups: dict[str, list[tuple[str | None, str]]] = {}
    for key, cluster in orgs.items():
        words = cluster.name.split()
        found = _prefix(st, words, names)
        if found is not None and found[0] != key:
            anchor, n = found
            # name_key: "G-League" and "NBA G League" are one spelling without the prefix
            rest = name_key(" ".join(words[n:]))
            groups.setdefault(rest, []).append((anchor, key))
        else:
            groups.setdefault(name_key(cluster.name), []).append((None, key))
    for members in groups.values():
        if len(members) < 2:
            continue
        anchors = {a for a, _ in members if a is not None}
        if len(anchors) > 1:
            for anchor in anchors:
                _merge_all(st, [k for a, k in members if a == anchor])
        else:
            _merge_all(st, [k for _, k in members])


def merge_scoped(st: WhoState) -> None:
    """ "the Press Club" for the National Press Club: a body's name of two words or more that is
    exactly one longer name without the word of scope opening it (ORG_SCOPE_WORDS); when two scopes
    share the rest ("National" and "International Press Club"), it joins neither."""
    orgs = _orgs(st)
    scoped: dict[str, list[str]] = {}
    for key, cluster in orgs.items():
        words = cluster.name.split()
        if len(words) > 2 and words[0] in ORG_SCOPE_WORDS:
            scoped.setdefault(org_core(" ".join(words[1:])).casefold(), []).append(key)
    if not scoped:
        return
    for key, cluster in orgs.items():
        homes = scoped.get(org_core(cluster.name).casefold(), [])
        one = len(homes) == 1 and homes[0] != key and homes[0] in st.clusters
        if one and " " in cluster.name and key in st.clusters:
            st.merge_into(key, homes[0])


def _merge_all(st: WhoState, keys: list[str]) -> None:
    keys = [k for k in dict.fromkeys(keys) if k in st.clusters]
    if len(keys) < 2:
        return
    target = max(keys, key=lambda k: (len(st.clusters[k].name), len(st.clusters[k].mentions)))
    for key in keys:
        if key != target and key in st.clusters:
            st.merge_into(key, target)


def merge_short_forms(st: WhoState) -> None:
    """A one-word name that opens or closes exactly one longer name of an organisation or place:
    "SITE" for the SITE Intelligence Group, "Sumitomo" for Sumitomo Bank, "Tate" for Tate Britain,
    "Lords" for the House of Lords, "Qaeda" for al Qaeda, whatever type the NER gave the word.
    Opening it, the word is an acronym or the rest is a place or a generic head; a generic word
    ("Bank") is resolved elsewhere, and a person's short name by the persons step. Not a part the
    text states it to have (``stated_unit``: "Acme" is not "Acme Workforce Solutions, a unit of
    Acme"), nor a place closing a name after "of" ("England" is not the Bank of England)."""
    bodies = {k: c for k, c in st.clusters.items() if c.kind in ("organization", "location") and k[:1] != "C"}
    longer = [(k, words, _core(words)) for k, c in bodies.items() if len(words := c.name.split()) > 1 or "-" in c.name]
    for key, cluster in list(st.clusters.items()):
        word = cluster.name
        if " " in word or word.casefold() in GENERIC_ORG_WORDS or key not in st.clusters or key[:1] == "C":
            continue
        held = any(" " in c.name for c in st.clusters.values() if word in c.parts)
        if cluster.kind == "person" and (held or cluster.titles or addressed(st, cluster)):
            continue  # "Mr. Miller" is a person, whatever company bears the name
        homes = []
        for other, words, core in longer:
            rest = words[1:]
            opens = (
                words[0] == word
                and not stated_unit(st, word, " ".join(words))
                and (
                    word.isupper()
                    or (key[:1] == "O" and other[:1] == "O")  # "Shearson" for Shearson Lehman Bros.
                    or all(_dropped(w, trade=key[:1] != "L") for w in rest)
                    # "Stroh" for the Stroh Brewery Co., "McCaw" for McCaw Cellular Communications
                    or (key[:1] == "P" and _dropped(words[-1]) and words[-1].casefold() not in ORG_DROPPED_HEADS)
                    # "Kofcoh" typed a place for Kofcoh Imports Inc.: a town's name is a scene somewhere
                    or (key[:1] == "L" and words[-1].casefold() in ORG_SUFFIXES and _no_place(st, cluster))
                    or st.country_of(" ".join(rest)) is not None
                )
            )
            # "England" in "the Bank of England": a place that closes a body's name after "of" is the place
            closes = core[-1] == word and not (key[:1] == "L" and core[-2:-1] == ["of"])
            if (opens or closes or _hyphen_stem(word, key, other, words)) and other != key:
                homes.append(other)
        # "Shearson Lehman" and "Shearson Lehman Hutton" are one home (merge_name_openings joins them)
        names = [st.clusters[h].name.split() for h in homes]
        homes = [
            h for h, n in zip(homes, names, strict=True) if not any(len(m) > len(n) and m[: len(n)] == n for m in names)
        ]
        if len(homes) == 1 and homes[0] in st.clusters:
            st.merge_into(key, homes[0])


def _dropped(word: str, *, trade: bool = True) -> bool:
    """A word a company's short form drops after its distinctive word: a legal suffix, a generic head or,
    with ``trade`` (not for a place's name: "Pacific" is no short form of Pacific Enterprises), a trade
    ("Brewery Co.", "Bank"; "Investment Partnership" is not: "Investment" names the firm)."""
    folded = word.casefold()
    return folded in ORG_DROPPED_HEADS or folded in ORG_SUFFIXES or (trade and folded in COMPANY_HEADS)


def _hyphen_stem(word: str, key: str, other: str, words: list[str]) -> bool:
    """ "Anheuser" for Anheuser-Busch Cos.: an organisation's (or a bare person's) one-word name that is the
    part before the hyphen of the first word of a company's name (not a place's: "Baden" is no short form of
    Baden-Wuerttemberg)."""
    stem = words[0].split("-")[0]
    # a bare person's guards (a title, an honorific, a full name holding it) are asked before: "Hewlett announced";
    # the home is a company's name of several words ("Dodd" is no short form of the law Dodd-Frank)
    company = len(words) > 1 and (key[:1] == "O" or _dropped(words[-1]))
    hyphened = "-" in words[0] and len(stem) >= _STEM_LETTERS and stem == word
    return key[:1] in ("O", "P") and other[:1] == "O" and company and hyphened


def _no_place(st: WhoState, cluster: Cluster) -> bool:
    """A one-word "place" that no gazetteer knows (no country, no state or province) and that the article never
    names as a scene ("in X")."""
    word = cluster.name
    if st.country_of(word) is not None or word in subdivision_names():
        return False
    return not any(setting(st.doc[m.last]) for m in cluster.mentions)


def addressed(st: WhoState, cluster: Cluster) -> bool:
    """The article writes an honorific before one of the cluster's mentions ("Mr. Stroh")."""
    doc = st.doc
    return any(m.first > 0 and doc[m.first - 1].lower_ in HONORIFICS for m in cluster.mentions)


def _core(words: list[str]) -> list[str]:
    """A name's words without its legal suffix ("Shell" closes "Royal Dutch Shell plc")."""
    core = list(words)
    while len(core) > 2 and core[-1].casefold() in ORG_SUFFIXES:
        core.pop()
    return core


def merge_name_stems(st: WhoState) -> None:
    """ "Glaxo" for GlaxoSmithKline, "Smith" for SmithKline: an organisation's one-word name that
    opens exactly one one-word name written in camel case, up to a capital ("Glaxo|SmithKline"), is
    that company, whatever type the NER gave the longer word (a word in camel case is no person's
    name)."""
    words = {k: c.name for k, c in st.clusters.items() if k[:2] != "C:" and " " not in c.name and c.name.isalpha()}
    for key, word in list(words.items()):
        if len(word) < _STEM_LETTERS or st.clusters[key].kind != "organization" or not word[-1].islower():
            continue
        homes = [
            k for k, w in words.items() if k != key and w.startswith(word) and w[len(word) : len(word) + 1].isupper()
        ]
        if len(homes) == 1 and homes[0] in st.clusters and key in st.clusters:
            st.merge_into(key, homes[0])
            st.clusters[homes[0]].kind = "organization"


_STEM_LETTERS = 4  # letters of a stem read as a company's short name, at least ("Glaxo"; not "Mc")


def stated_unit(st: WhoState, short: str, full: str) -> bool:
    """The text states the longer name to be a part of the organisation its first word names:
    "Acme Workforce Solutions, a unit of Acme", "Acme's staffing subsidiary, Acme Workforce
    Solutions", "Acme subsidiary Acme Workforce Solutions", "TALX, an Acme subsidiary also called Acme
    Workforce Solutions" (UNIT_NOUNS): a cue naming ``short`` as
    the owner, with ``full`` next to it."""
    text = st.text
    if full not in text:
        return False
    for start, end, owners in _unit_cues(text):
        if short in owners:
            near = text[max(0, start - len(full) - _UNIT_GAP) : end + len(full) + _UNIT_GAP]
            if full in near:
                return True
    return False


@lru_cache(maxsize=4)
def _unit_cues(text: str) -> tuple[tuple[int, int, tuple[str | None, ...]], ...]:
    """The ``_UNIT_CUE`` matches of a text as (start, end, (of, own, pre)), found once per text (``stated_unit``
    is asked of many pairs of names)."""
    return tuple((m.start(), m.end(), m.group("of", "own", "pre")) for m in _UNIT_CUE.finditer(text))


_UNIT = "(?:" + "|".join(sorted(UNIT_NOUNS, key=len, reverse=True)) + ")"
# "an Acme subsidiary also called Acme Workforce Solutions": the part's other name after the cue
_CALLED = r"(?:also |now |formerly )?(?:called|known as|named|trading as)"
_NAME = r"[A-Z][\w&.-]*"
_UNIT_CUE = re.compile(
    rf"\b{_UNIT} of (?:the )?(?P<of>{_NAME})|\b(?P<own>{_NAME})['’]s(?: [\w-]+){{0,2}} {_UNIT}\b"
    rf"|\b(?P<pre>{_NAME}) {_UNIT}(?: {_CALLED})? [A-Z]"
)
_UNIT_GAP = 24  # characters between the cue and the part's name, at most ("..., a staffing unit of")


def merge_lexicon_aliases(st: WhoState) -> None:
    """ "the Fed" joins the Federal Reserve, "the Gunners" Arsenal, "Tories" the Conservative
    Party: a newsroom alias joins the one full name of its list the article names."""
    by_core: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        by_core.setdefault(org_core(cluster.name), []).append(key)
        words = cluster.name.split()
        found = _prefix(st, words, {}) if cluster.kind == "organization" else None
        if found is not None:
            by_core.setdefault(org_core(" ".join(words[found[1] :])), []).append(key)
    for key, cluster in list(st.clusters.items()):
        fulls = ORG_ALIASES.get(fold(cluster.name))
        if not fulls or key not in st.clusters:
            continue
        homes = {k for full in fulls for k in by_core.get(full, []) if k != key and k in st.clusters}
        # a full name over another alias of it ("ISIL" joins the Islamic State the article names, not "ISIS")
        homes = {k for k in homes if fold(st.clusters[k].name) not in ORG_ALIASES} or homes
        if len(homes) == 1:
            home = next(iter(homes))  # the full name, never the alias ("the Cottagers" is Fulham)
            other = st.clusters[home]
            if fold(other.name) in ORG_ALIASES and other.kind != "organization" and cluster.kind == "organization":
                st.merge_into(home, key)  # two aliases: the one the NER read as a body keeps it ("ISIL" a place)
            else:
                st.merge_into(key, home, name=other.name)


# "SpaceX's Falcon Heavy", "Earth’s Northern Hemisphere": an owner's possessive run into a name.
_POSSESSIVE_NAME = re.compile(r"^(?P<owner>[A-Z][^'’]*)['’]s (?P<rest>[A-Z].*)$")


def merge_possessive_names(st: WhoState) -> None:
    """ "SpaceX's Falcon Heavy" beside "Falcon Heavy", "Earth’s Northern Hemisphere" beside "Northern
    Hemisphere": a body's or place's name that the NER ran on from its owner's possessive is the one
    actor named by the rest, which keeps its name (the owner stays an actor of its own)."""
    names: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        names.setdefault(name_key(cluster.name), []).append(key)
    for key, cluster in list(st.clusters.items()):
        found = _POSSESSIVE_NAME.match(cluster.name)
        if found is None or cluster.kind not in ("organization", "location") or key[:2] == "C:":
            continue
        homes = [k for k in names.get(name_key(found.group("rest")), []) if k != key and k in st.clusters]
        if len(homes) == 1 and key in st.clusters:
            st.merge_into(key, homes[0], name=st.clusters[homes[0]].name)


_SPELLING_LETTERS = 5  # letters of a name compared letter by letter, at least ("Wal-Mart" / "Walmart")


def merge_letter_spellings(st: WhoState) -> None:
    """ "Wal-Mart" and "Walmart", "J.P. Morgan" and "JPMorgan": a name whose letters, case, points,
    hyphens, spaces and accents aside, are those of exactly one organisation's name or short form is
    that organisation, whatever type the NER gave it."""
    forms: dict[str, set[str]] = {}
    for key, cluster in _orgs(st).items():
        for text in {cluster.name, *(st.text_of(m.first, m.last) for m in cluster.mentions)}:
            forms.setdefault(_letters(text), set()).add(key)
    for key, cluster in list(st.clusters.items()):
        letters = _letters(cluster.name)
        if key[:2] == "C:" or key not in st.clusters or len(letters) < _SPELLING_LETTERS:
            continue
        homes = [k for k in forms.get(letters, set()) - {key} if k in st.clusters]
        if len(homes) == 1:
            st.merge_into(key, homes[0], name=st.clusters[homes[0]].name)


@lru_cache(maxsize=8192)  # (every cluster's name and form, step after step)
def _letters(name: str) -> str:
    """A name's letters and digits only, case and accents aside ("Wal-Mart" -> "walmart")."""
    text = unicodedata.normalize("NFKD", fold(name.replace("\u2019", "'")))
    return "".join(c for c in re.sub(r"'s$", "", text) if c.isalnum())


def merge_generic_words(st: WhoState) -> None:
    """ "the Church" in a story about the Church of England is that church: a generic word named
    as if it were a name joins the one organisation whose name holds it. (One that joins none is
    dropped later: a common noun is not an actor.)"""
    orgs = _orgs(st)
    for key, cluster in list(orgs.items()):
        word = fold(cluster.name)
        if " " in word or word not in GENERIC_ORG_WORDS or key not in st.clusters:
            continue
        if all(_office_word(st.doc, m) for m in cluster.mentions):
            continue  # "Secretary of State Madeleine Albright": the title's word, not the State Department
        homes = [
            k
            for k, c in _orgs(st).items()
            if k != key and " " in c.name and word in c.name.casefold().replace("-", " ").split()
        ]
        if len(homes) == 1:
            st.merge_into(key, homes[0])


def _office_word(doc: Doc, m: Mention) -> bool:
    """A one-word name closing a formal title before a person's name: "State" in "Secretary of State
    Madeleine Albright", "Defense" in "Secretary of Defense William Cohen"."""
    first, last = m.first, m.last
    return (
        first >= 2
        and last + 1 < len(doc)
        and doc[first - 1].lower_ == "of"
        and doc[first - 2].lemma_.lower() in TITLES
        and doc[last + 1].ent_type_ == "PERSON"
    )


# Head words of a body's name that, as "the <word>" alone, stand for the one body of the article so
# named ("the embassy" after "the U.S. Embassy said"): the generic words of names, less a company's
# descriptions (coreference reads "the company"), the state and its government (`acting_government`),
# portfolios and what is no body ("the bill", "the project").
_DESCRIBED_HEADS = (
    GENERIC_ORG_WORDS
    - ORG_DESCRIPTIONS
    - COUNTRY_GOVERNMENTS
    - {
        *("state", "company", "firm", "group", "house", "office", "service", "opposition", "station"),
        *("programme", "program", "bill", "act", "project", "agreement", "treaty", "team", "school"),
        *("finance", "health", "education", "defence", "defense", "justice", "interior", "trade", "environment"),
    }
)


def mention_descriptions(st: WhoState) -> None:
    """ "The U.S. Embassy said ... the embassy's report": "the <word>", alone and lower case, after the
    first mention of the one organisation whose name's head is that word (its last word, or the word
    before "of": "the ministry" for the Ministry of Finance), is a mention of it."""
    heads: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        words = cluster.name.casefold().split()
        if cluster.kind != "organization" or len(words) < 2:
            continue
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        if head in _DESCRIBED_HEADS:
            heads.setdefault(head, []).append(key)
    heads = {head: keys for head, keys in heads.items() if len(keys) == 1}
    if not heads:
        return
    doc, tokens = st.doc, st.tokens
    for i in tokens.where(tokens.any_of(tokens.lower, set(heads))):
        noun = doc[i]
        key = heads[noun.lower_][0]
        alone = [c.lower_ for c in noun.children if c.dep_ not in ("punct", "case")] == ["the"]
        if i in st.owner or not noun.is_lower or noun.tag_ != "NN" or noun.dep_ == "compound" or not alone:
            continue
        if key in st.clusters and min(m.first for m in st.clusters[key].mentions) < i:
            st.mention(key, "organization", st.clusters[key].name, i, i, canonical=False)


def merge_party_members(st: WhoState) -> None:
    """ "Republicans" in a story that names the Republican Party are that party, "Democrats" the
    Democratic Party: a plural group name joins the one party whose name opens on its singular. In a story
    that names no such party, the party's newsroom alias ("GOP" beside "Republicans") joins the members."""
    parties = [(k, c.name.casefold()) for k, c in st.clusters.items() if c.kind == "organization"]
    parties = [(k, n) for k, n in parties if n.endswith(" party") and len(n.split()) >= 2]
    members = [(k, c.name.casefold()) for k, c in st.clusters.items() if c.kind == "group"]
    members = [(k, n) for k, n in members if n.endswith("s") and " " not in n]
    for key, name in members:
        homes = [k for k, n in parties if n.split()[0].startswith(name[:-1])]
        if len(homes) == 1 and key in st.clusters:
            st.merge_into(key, homes[0])
    for key, cluster in list(st.clusters.items()):
        alias = fold(cluster.name)
        if cluster.kind != "organization" or alias not in PARTY_NAMES or alias not in ORG_ALIASES:
            continue
        # the members' singular and "party" exactly ("Liberals" are no Lib Dems' "Liberal Democrat Party")
        homes = [k for k, n in members if k in st.clusters and f"{n[:-1]} party" in ORG_ALIASES[alias]]
        if len(homes) == 1 and key in st.clusters:
            st.merge_into(key, homes[0])


def merge_tickers(st: WhoState) -> None:
    """ "Panhandle Eastern Corp <PEL>": a wire's stock ticker in angle brackets right after a
    company's name is that company, wherever the article uses it."""
    doc = st.doc
    for i in st.tokens.where(st.tokens.any_of(st.tokens.orth, {"<"})):
        if not 0 < i < len(doc) - 1:
            continue
        name, ticker = st.owner.get(i - 1), st.owner.get(i + 1)
        if name is None or ticker is None or name == ticker or name not in st.clusters or ticker not in st.clusters:
            continue
        short = st.clusters[ticker].name
        if st.clusters[name].kind == "organization" and short.isupper() and short.isalpha() and len(short) <= 5:
            st.merge_into(ticker, name)


def merge_name_openings(st: WhoState) -> None:
    """ "Consolidated TVX" for Consolidated TVX Mining Corp, "Royal Bank" for the Royal Bank of
    Scotland: a company's name of two words or more that opens exactly one longer company name; and
    "First Chicago" for the First National Bank of Chicago: two words that are the first and the last
    of exactly one name of four words or more."""
    orgs = [(k, c.name.split()) for k, c in st.clusters.items() if k[:1] == "O" and c.kind == "organization"]
    for key, words in orgs:
        if len(words) < 2 or key not in st.clusters:
            continue
        homes = [
            k
            for k, w in orgs
            if k in st.clusters
            and len(w) > len(words)
            and (w[: len(words)] == words or (len(words) == 2 and len(w) >= 4 and [w[0], w[-1]] == words))
        ]
        homes = [k for k in homes if not stated_unit(st, " ".join(words), st.clusters[k].name)]
        if len(homes) == 1:
            st.merge_into(key, homes[0])


def merge_demonym_names(st: WhoState) -> None:
    """ "Our team at American", "British has cut flights": a demonym standing alone as a noun (no
    noun after it, not plural, no determiner: "the disbelieving American" is a person) is the one
    organisation the article names that opens on it ("American Airlines", "British Airways"), not
    its country; so is one before a company's role ("American CEO Doug Parker": COMPANY_ROLES)."""
    doc = st.doc
    opening: dict[str, list[str]] = {}
    for key, cluster in _orgs(st).items():
        words = cluster.name.split()
        if len(words) > 1:
            opening.setdefault(words[0], []).append(key)
    for key, cluster in list(st.clusters.items()):
        if key[:2] != "C:":
            continue
        for m in list(cluster.mentions):
            token = doc[m.first]
            homes = opening.get(token.text, [])
            after = doc[m.first + 1] if m.first + 1 < len(doc) else None
            role = after is not None and after.lower_ in COMPANY_ROLES and token.head.i == after.i
            if m.first != m.last or len(homes) != 1 or token.tag_ in ("NNS", "NNPS"):
                continue
            if (token.dep_ in MODIFIER and not role) or any(c.dep_ in ("det", "amod", "poss") for c in token.children):
                continue  # "the disbelieving American": a person named by nationality
            if role and after is not None and any(c.dep_ in ("det", "poss") for c in after.children):
                continue  # "the American CEO of a bank": a nationality
            found = st.country_of(token.text)
            named = after is not None and after.pos_ in ("NOUN", "PROPN") and not role
            if found is None or found[1] != "demonym" or named:
                continue
            if homes[0] in st.clusters and key in st.clusters:
                st.move(m, key, homes[0])


def merge_country_governments(st: WhoState) -> None:
    """ "the Peruvian Government", "the Government of South Vietnam": a country's government named
    as an organisation is the country as an actor (as "the Canadian government" is, untagged); a
    state the gazetteer lacks is the place the article names ("North Arcadia"). The NER's place
    "the Soviet Government" is one too."""
    bodies = {k: c for k, c in st.clusters.items() if c.kind == "organization" or k[:2] == "L:"}
    for key, cluster in list(bodies.items()):
        words = cluster.name.split()
        if len(words) < 2 or key not in st.clusters:
            continue
        if words[-1].casefold() in COUNTRY_GOVERNMENTS:
            place = " ".join(words[:-1])
        elif words[0].casefold() in COUNTRY_GOVERNMENTS and words[1] == "of":
            place = " ".join(words[3:] if words[2:3] == ["the"] else words[2:])
        else:
            continue
        found = st.country_of(place) if place else None
        if found is None:
            place_key = f"L:{place.casefold()}"  # a state the gazetteer lacks ("South Vietnam"), named as a place
            if place and place_key in st.clusters:
                st.merge_into(key, place_key)
            continue
        country = f"C:{found[0]}"
        if country not in st.clusters:
            st.clusters[country] = Cluster(kind="location", name=st.gaz.countries[found[0]].name, named=False)
        home = st.clusters[country]  # "Soviet Union", not its "Soviet Government"
        st.merge_into(key, country, name=home.name if home.named else None)
