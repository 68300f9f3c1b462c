"""Step 1b of `who`: persons clustered by name parts.

In text order, a short form joins a full name containing it that was already introduced ("Shin"
joins "Shin Won-sik"); the full name used most wins when several contain the short form; a titled
surname used before any full name is a person of its own; surnames the NER missed are found by
their spelling.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.heading import find_heading, summary_block
from extractors.lexicons.actors import HONORIFICS, KIN_NOUNS, TITLE_ABBREVIATIONS, state_demonyms
from extractors.lexicons.attribution import SAYING_VERBS
from extractors.lexicons.names import (
    COMPANY_HEADS,
    EPITHETS,
    GENERIC_ORG_WORDS,
    GIVEN_NAME_FORMS,
    NAME_OPENERS,
    ORG_NAME_WORDS,
)
from extractors.who.state import Cluster, WhoState
from extractors.who.words import TITLES, contains, part_key

# "Added Haynes", "Says Smith": inflected verbs of saying that open a sentence before the speaker.
_SAYING_FORMS = frozenset(f for v in SAYING_VERBS for f in (v + "s", v + "d", v + "ed")) | {"said", "told"}


def add_persons(st: WhoState, persons: list[tuple[int, int]]) -> None:
    """Cluster person mentions by name parts: a short form joins a full name containing it."""
    doc = st.doc
    spans = []
    for first, last in persons:
        # an honorific or abbreviated title inside the entity is not part of the name
        while first < last and (doc[first].lower_ in HONORIFICS or doc[first].lower_ in TITLE_ABBREVIATIONS):
            first += 1
        if first < last and doc[first].lower_ in _SAYING_FORMS:
            first += 1  # "Added Haynes, ...": a verb of saying opening the sentence
        if first < last and doc[first].lower_ in EPITHETS:
            first += 1  # "Devastated Hayley added": the popular press's epithet is no part of the name
        if first < last and doc[first].lower_ in NAME_OPENERS:
            first += 1  # "Eyewitness Damien Allemend told": a description, no part of the name
        if first + 1 < last and _demonym(st, doc[first].text) and doc[first + 1].is_title:
            first += 1  # "Californian Thomas Slattery filed the suit": a person's home, not a name
        # a capitalised title the NER took into the name ("Striker Thierry Henry") is a title
        while first < last and doc[first].lower_ in TITLES and doc[first + 1].is_title:
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
    # person of its own ("President Obama" is not the "Michelle Obama" named later). A heading
    # block the text opens with is read after the story: a headline's bare surname ("Clinton,
    # Obama linked") is the person the story names in full, not a person of its own; so is the sent
    # title repeated on the text's first lines (``heading_end``: "State calls emails of Clinton 'top
    # secret'" over a story that names Hillary Clinton first); and the bare names of a syndicated copy's
    # summary between its markers ("ABSTRACT. ... Mrs. Clinton's differences with President Obama ... FULL
    # TEXT."), whose full names still introduce the persons in their place.
    used = Counter(parts for *_, parts in spans)
    heading = find_heading(st.text)
    top = max(heading.end if heading is not None else 0, st.heading_end)
    summary = summary_block(st.text) or (0, 0)
    spans.sort(
        key=lambda s: (
            doc[s[0]].idx < top or (len(s[2]) == 1 and summary[0] <= doc[s[0]].idx < summary[1]),
            s[0],
        )
    )
    homes: dict[tuple[str, ...], tuple[str, ...]] = {}  # introduced form -> its cluster's full form
    last_seen: dict[tuple[str, ...], int] = {}
    # part key -> the introduced forms holding it, in the order introduced: a form that contains a
    # short one holds its first part (only those are asked, not every form of the article)
    holding: dict[str, list[tuple[str, ...]]] = {}
    for first, last, parts in spans:
        # in the order the full names were introduced (a dict, not a set: never hash order)
        forms = holding.get(part_key(parts[0]), [])
        options = dict.fromkeys(homes[f] for f in forms if len(f) > len(parts) and contains(f, parts))
        if parts in homes:
            options[homes[parts]] = None
        home = _home(parts, list(options), homes, used, last_seen)
        if parts not in homes:
            homes[parts] = home
            for k in dict.fromkeys(part_key(p) for p in parts):
                holding.setdefault(k, []).append(parts)
        last_seen[home] = first
        key = f"P:{' '.join(home)}"
        cluster = st.cluster(key, "person", " ".join(home))
        cluster.parts = home
        st.mention(key, "person", " ".join(parts), first, last)
    add_untagged_surnames(st)


def _home(
    parts: tuple[str, ...],
    options: list[tuple[str, ...]],
    homes: dict[tuple[str, ...], tuple[str, ...]],
    used: Counter[tuple[str, ...]],
    last_seen: dict[tuple[str, ...], int],
) -> tuple[str, ...]:
    """The full name a form joins among ``options`` (the full names containing it, and its own home).

    A short form that already joined a full name keeps it: where two persons share a surname, the story
    gives the bare surname to the one it named first and names the other in full ("Bill Clinton ...
    Clinton ... his wife, Hillary Clinton ... Clinton"). A bare surname is not the person the story calls
    by the given name alone ("Elian" beside "Juan Miguel Gonzalez": "Gonzalez" is the father). Else the
    full name used most often wins ("Cardi" is Cardi B, not the single "Bartier Cardi"); between equals, the
    one named last before; then the one introduced first."""
    if not options:
        return parts
    own = homes.get(parts)
    if own is not None and own != parts:
        return own
    if len(parts) == 1:
        called = [f for f in options if len(f) > 1 and f[0] != parts[0] and used[f[:1]] >= _GIVEN_ALONE]
        options = [f for f in options if f not in called] or options
    return max(options, key=lambda f: (used[f], last_seen.get(f, -1)))


# Mentions of a person by the given name alone from which the bare surname is read as another person's.
_GIVEN_ALONE = 2


def _demonym(st: WhoState, word: str) -> bool:
    """A country's or a US state's demonym ("British", "Californian")."""
    if word in state_demonyms():
        return True
    found = st.country_of(word)
    return found is not None and found[1] == "demonym"


def add_untagged_surnames(st: WhoState) -> None:
    """Short forms the NER missed: a capitalised token equal to the first or last part of one full name."""
    doc = st.doc
    parts: dict[str, str | None] = {}
    for key, cluster in st.clusters.items():
        if cluster.kind != "person" or len(cluster.parts) < 2:
            continue
        for part in {cluster.parts[0], cluster.parts[-1]}:
            if len(part) > 2:
                parts[part] = None if part in parts and parts[part] != key else key
    if not parts:
        return
    # "O’Neill" for "Paul O'Neill": scraped pages mix curly and straight apostrophes
    spellings = {p.replace("\u2019", "'").replace("'", c): p for p in parts for c in ("'", "\u2019")}
    for i in st.tokens.where(st.tokens.any_of(st.tokens.orth, set(spellings)) & (st.tokens.is_title == 1)):
        token = doc[i]
        home = parts.get(spellings[token.text])
        if home is None or token.i in st.owner:
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        if any(n.pos_ == "PROPN" and n.is_title and n.i not in st.owner for n in neighbours):
            continue  # part of another name ("Kim Yo Jong" is not "Kim Jong Un")
        st.mention(home, "person", token.text, token.i, token.i, canonical=False)


def merge_early_short_forms(st: WhoState) -> None:
    """A surname used before the full name ("Massa ... Felipe Massa") is that person, when one
    full name contains it and the short form bears no title of its own: "President Obama" stays
    apart from a "Michelle Obama" named later. A titled short form joins the one full name that
    bears the same office ("Senator Goldwater ... Barry Goldwater, the Arizona senator")."""
    persons = [(k, c) for k, c in st.clusters.items() if c.kind == "person"]
    for key, cluster in persons:
        if not cluster.parts:
            continue
        # one part, or the surname with a particle ("Van Gisbergen ... Mark van Gisbergen")
        last = part_key(cluster.parts[-1])
        homes = [
            k
            for k, c in persons
            if len(c.parts) > len(cluster.parts)
            and contains(c.parts, cluster.parts)
            and (len(cluster.parts) == 1 or part_key(c.parts[-1]) == last)
            and k in st.clusters
        ]
        if len(homes) != 1 or key not in st.clusters:
            continue
        home = st.clusters[homes[0]]
        # "his sister, Juanita" is Juanita Castro; "her husband Clinton" is no Hillary Clinton
        given = len(cluster.parts) == 1 and part_key(cluster.parts[0]) == part_key(home.parts[0])
        # "President Obama ... Barack Obama", the article calling the untitled full name by the bare surname too
        # (a use the NER missed: "four more years of Obama"): one person; "her husband Clinton" keeps its word of kin
        called = not given and not home.titles and _called_bare(st, home, cluster.parts[0])
        kin = any(t and t.casefold().split()[-1] in KIN_NOUNS for t in cluster.titles)
        if _same_office(cluster.titles, home.titles, kin=given):
            st.merge_into(key, homes[0])
        elif called and not kin:
            for title in cluster.titles:  # the titles were read before: "President Obama" gives Barack Obama his
                home.add_title(title)
            home.affiliation = home.affiliation or cluster.affiliation
            st.merge_into(key, homes[0])


def _called_bare(st: WhoState, cluster: Cluster, word: str) -> bool:
    """One of the cluster's mentions is the bare word (a surname written alone)."""
    return any(m.first == m.last and part_key(st.doc[m.first].text) == part_key(word) for m in cluster.mentions)


def _same_office(short: list[str], full: list[str], *, kin: bool = False) -> bool:
    """No title on the short form, or (``kin``: a given name) only a word of kin ("his sister, Juanita": kin
    is no office), or a title of the full name with the same head word ("senator")."""
    if not short or (kin and all(t.casefold().split()[-1] in KIN_NOUNS for t in short if t)):
        return True
    return bool({t.casefold().split()[-1] for t in short if t} & {t.casefold().split()[-1] for t in full if t})


def adopt_full_names(st: WhoState) -> None:
    """ "Philip Pullman's His Dark Materials ... Philip is very supportive": a person's bare name
    (one word, no title) that opens or closes exactly one two- or three-word name the NER took for
    an organisation, with no word of an organisation's name, no place and no other person holding
    that word, is that person's full name."""
    bare = {c.parts[0]: k for k, c in st.clusters.items() if c.kind == "person" and len(c.parts) == 1 and not c.titles}
    if not bare:
        return
    held = {p for c in st.clusters.values() if c.kind == "person" and len(c.parts) > 1 for p in c.parts}
    found: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        words = cluster.name.split()
        if cluster.kind != "organization" or not 2 <= len(words) <= 3 or not all(_name_part(w) for w in words):
            continue
        if (
            any(
                w.casefold() in ORG_NAME_WORDS or w.casefold() in GENERIC_ORG_WORDS or w.casefold() in TITLES
                for w in words
            )
            or words[-1].casefold() in COMPANY_HEADS
        ):  # "Miller Brewing" is no person's full name
            continue
        if any(st.country_of(w) is not None for w in words):
            continue
        for word in dict.fromkeys((words[0], words[-1])):
            if word in bare and word not in held:
                found.setdefault(word, []).append(key)
    for word, keys in found.items():
        person = bare[word]
        if len(keys) != 1 or keys[0] not in st.clusters or person not in st.clusters:
            continue
        full = st.clusters[keys[0]].name
        st.merge_into(keys[0], person, name=full)
        st.clusters[person].parts = tuple(full.split())


def _name_part(word: str) -> bool:
    """A word of a person's name: "Pullman", "O'Neill", "Smith-Jones" (not "AT&T", "3M")."""
    return word[:1].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _given(part: str) -> str:
    key = part_key(part)
    return GIVEN_NAME_FORMS.get(key, key)


def merge_given_name_forms(st: WhoState) -> None:
    """ "Larry Lessig" and "Lawrence Lessig", "Chuck Robb" and "Charles S. Robb", "John McCain" and "John
    S. McCain III": one surname (a generational suffix aside) and two forms of one given name are one
    person (the one named most keeps the actor); "Moon Jae" and
    "Moon Jae-in": a name the NER cut at a hyphen is the full one."""
    persons = [(k, c) for k, c in st.clusters.items() if c.kind == "person" and len(c.parts) > 1]
    by_name: dict[tuple[str, str], list[str]] = {}
    for key, cluster in persons:
        by_name.setdefault((_given(cluster.parts[0]), _surname(cluster.parts)), []).append(key)
    for keys in by_name.values():
        generations = {_generation(st.clusters[k].parts) for k in keys} - {None}
        if len(keys) < 2 or len(generations) > 1:
            continue  # "Martin Luther King Jr." and "Martin Luther King III": father and son
        keys = sorted(keys, key=lambda k: -len(st.clusters[k].mentions))
        for key in keys[1:]:
            if key in st.clusters and keys[0] in st.clusters:
                st.merge_into(key, keys[0])
    names = {c.name: k for k, c in st.clusters.items() if c.kind == "person"}
    for name, key in names.items():
        cut = name.rsplit("-", 1)[0] if "-" in name.split()[-1] else None
        home = names.get(cut) if cut else None
        if home is not None and home in st.clusters and key in st.clusters:
            st.merge_into(home, key)


# Generational suffixes after a surname ("John S. McCain III", "Martin Luther King Jr."), lower case.
_GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _generation(parts: tuple[str, ...]) -> str | None:
    """The generational suffix of a name ("iii", "jr"), if it has one."""
    last = parts[-1].casefold().rstrip(",.") if len(parts) > 1 else ""
    return last if last + "." in _GENERATIONS or last in _GENERATIONS else None


def _surname(parts: tuple[str, ...]) -> str:
    """The surname of a name, a generational suffix aside ("John S. McCain III" -> "mccain")."""
    words = [p for p in parts[1:] if p.casefold().rstrip(",") not in _GENERATIONS] or list(parts[-1:])
    return part_key(words[-1].rstrip(","))


def merge_long_name_forms(st: WhoState) -> None:
    """ "John Rauschenberg" and "John-Christian G. Rauschenberg", "J.P. Damiani" and "Juan Pedro
    Damiani": one surname, and one given name the first part of the other's hyphenated one or the
    initials of the other's given names, are one person when exactly two persons bear that surname
    (middle initials aside). Two given names that differ ("George" and "Walt Whitman") stay apart."""
    by_surname: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for key, cluster in st.clusters.items():
        parts = cluster.parts if cluster.kind == "person" else tuple(cluster.name.split())
        initialled = cluster.kind == "organization" and all(_initial(p) for p in parts[:-1]) and _name_part(parts[-1])
        if len(parts) > 1 and (cluster.kind == "person" or initialled):  # the NER's organisation "J.P. Damiani"
            by_surname.setdefault(part_key(parts[-1]), []).append((key, parts))
    for found in by_surname.values():
        if len(found) != 2 or not all(k in st.clusters for k, _ in found):
            continue
        a, b = (parts[:-1] for _, parts in found)
        if _given_prefix(a, b) or _given_prefix(b, a) or _initials_of(a, b) or _initials_of(b, a):
            clusters = st.clusters
            keys = sorted(
                (k for k, _ in found), key=lambda k: (clusters[k].kind != "person", -len(clusters[k].mentions))
            )
            home = max(keys, key=lambda k: (clusters[k].kind == "person", len(clusters[k].mentions)))
            other = next(k for k in keys if k != home)
            st.merge_into(other, home)


def _given_prefix(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """ "John" of "John-Christian G.": the short given name the first part of the full one's
    hyphenated first name, the rest of the full one initials only."""
    first = full[0].split("-")
    return (
        len(short) == 1
        and len(first) > 1
        and part_key(short[0]) == part_key(first[0])
        and all(_initial(p) for p in full[1:])
    )


def _initials_of(initials: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """ "J.P." or "J. P." of "Juan Pedro": initials only, one per given name of the other."""
    letters = [c for p in initials for c in p.replace(".", " ").split()]
    if not letters or not all(_initial(p) for p in initials) or not all(len(c) == 1 for c in letters):
        return False
    full = [w for p in names for w in p.split("-")]
    return len(full) == len(letters) and all(not _initial(w) for w in full) and [w[0] for w in full] == letters


def _initial(part: str) -> bool:
    """ "G.", "J.P.", "J": a given name written as initials."""
    return bool(_INITIALS.fullmatch(part))


_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")


def merge_spellings(st: WhoState) -> None:
    """Two spellings of one name ("Mario JLucero", "Mario J. Lucero", "Pascal Pape", "Pascal
    Papé"): the same letters, spaces, points, hyphens and accents aside, are one person."""
    seen: dict[str, str] = {}
    for key, cluster in list(st.clusters.items()):
        if cluster.kind != "person" or key not in st.clusters:
            continue
        letters = "".join(c for c in part_key(cluster.name) if c.isalnum())
        if len(letters) < 6:
            continue
        home = seen.setdefault(letters, key)
        if home != key and home in st.clusters:
            st.merge_into(key, home)


# Letters of a surname from which a one-letter slip is read as a typo of another person's, at least.
_TYPO_LETTERS = 7


def merge_misspelt_surnames(st: WhoState) -> None:
    """ "Mr. Ehrlictman" once beside "Ehrlichman" named often, "Bouhel" beside "Mohamed Bouhlel": a bare
    surname written once that is one letter off (changed, added or dropped; not the first) the surname
    of exactly one person named more often is that person (transcripts and tabloids misspell)."""
    persons = [(k, c) for k, c in st.clusters.items() if c.kind == "person" and c.parts]
    for key, cluster in persons:
        word = part_key(cluster.parts[-1])
        if len(cluster.parts) != 1 or len(cluster.mentions) != 1 or not word.isalpha():
            continue
        homes = [
            k for k, c in persons if k != key and len(c.mentions) > 1 and _one_letter_off(word, part_key(c.parts[-1]))
        ]
        if len(homes) == 1 and homes[0] in st.clusters and key in st.clusters:
            st.merge_into(key, homes[0])


def _one_letter_off(a: str, b: str) -> bool:
    """One letter changed, added or dropped between two long words of one first letter."""
    if a == b or a[:1] != b[:1] or max(len(a), len(b)) < _TYPO_LETTERS or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long)))
