"""Step 3 of `who`: titles and affiliation of persons.

From pre-modifiers ("North Korean leader Kim Jong Un"), appositions ("the president of Russia,
Vladimir Putin"), definite copulas ("X is the minister of Y"), and bare title subjects ("South
Korea's defense minister said ...") linked to the person who bears that title or who is named
first in the next sentence. A person's country, when the title phrase names none, comes from a
country modifying a governing phrase, or for an office of state from the sentence or the story's
dominant country. A surname used before the full name joins it when it bears no title.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from extractors.lexicons.actors import (
    NATION_LEADER_OFFICES,
    STATE_TITLES,
    SUBORDINATE_RANKS,
    TIME_QUALIFIERS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_INNER,
)
from extractors.referring import several
from extractors.who.state import Cluster, Mention, WhoState
from extractors.who.words import (
    SUBJECT,
    TITLES,
    agentive,
    describes,
    person_noun,
    phrase_start,
    portfolio,
    title_from,
    title_noun_left,
)


def titles(st: WhoState) -> None:
    """Step 3: titles and affiliation of persons."""
    persons = [(k, c) for k, c in st.clusters.items() if c.kind == "person"]
    for _, cluster in persons:
        for m in cluster.mentions:
            title_around(st, cluster, m)
    link_bare_titles(st, persons)
    for _, cluster in persons:
        if cluster.titles and cluster.affiliation is None:
            cluster.affiliation = context_country(st, cluster)


def title_around(st: WhoState, cluster: Cluster, m: Mention) -> None:
    doc = st.doc
    # (1) pre-modifiers: "North Korean leader Kim Jong Un", "former U.S. President Donald Trump"
    words, aff = premodifiers(st, m.first)
    # (the tagger may call such a word an adjective or plural noun: "Arsenal manager", "Gunners coach")
    while len(words) > 1 and words[0].is_title and words[0].text in st.heads:
        if words[0].lower_ in TITLES or words[0].lower_ in TITLE_INNER or words[1].lower_ in ("and", "&"):
            break  # (and "Trade and Industry Secretary": portfolios joined by "and" share the title)
        words = words[1:]
    title = title_from(words)
    if not title and words and _role_noun(words[-1], m):
        title = title_from(words, head=words[-1])  # "jeweller Stephen Webster", "Keane frontman Tom Chaplin"
    if title:
        cluster.add_title(title)
        cluster.affiliation = cluster.affiliation or aff
    elif aff and not cluster.affiliation and words:
        cluster.affiliation = aff  # "Russian Vladimir Putin"
    if m.first > 0 and doc[m.first - 1].lower_ in TITLE_ABBREVIATIONS:
        cluster.add_title(TITLE_ABBREVIATIONS[doc[m.first - 1].lower_])
    root = st.root_of(m.first, m.last)
    # (2a) the name in apposition to a title: "the president, conservative Yoon Suk Yeol"
    head = root.head
    if root.dep_ == "appos" and head.lemma_.lower() in TITLES and head.i not in st.owner:
        if describes(head):
            title_from_np(st, cluster, head)
    # (2b) the title right before the name across a comma: "the president of Russia, Vladimir Putin"
    elif m.first >= 2 and doc[m.first - 1].text == ",":
        noun = title_noun_left(doc[m.first - 2], m.first - 1)
        if noun is not None and describes(noun) and noun.i not in st.owner:
            title_from_np(st, cluster, noun, any_head=True)
    # (2c) a title in apposition to the name: "Shin Won-sik, South Korea's defense minister,"
    for child in root.children:
        # any common noun in apposition to a name is a role ("Nick Ross, top tester at PC Pro")
        if child.dep_ == "appos" and child.tag_ == "NN" and child.i not in st.owner and agentive(child):
            title_from_np(st, cluster, child, any_head=True)
        # a capitalised title in apposition: "Robin Smith, Assistant Chief Constable at the BTP,"
        elif child.dep_ == "appos" and child.tag_ == "NNP" and child.lower_ in TITLES and not child.ent_type_:
            title_from_np(st, cluster, child)
    # (3) copula: "Kim is the leader of North Korea"
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for child in root.head.children:
            # only a definite office is a title: "the leader of", not "a good player"
            definite = any(c.dep_ == "poss" or c.lower_ == "the" for c in child.children)
            office = child.dep_ == "attr" and child.lemma_.lower() in TITLES
            if office and definite and child.i not in st.owner:
                title_from_np(st, cluster, child)


def _office_before(st: WhoState, i: int) -> bool:
    """A capitalised title word no actor holds right before token ``i`` ("Secretary" of "Secretary of")."""
    before = st.doc[i - 1] if i > 0 else None
    return before is not None and before.lower_ in TITLES and before.is_title and st.owner.get(i - 1) is None


def _role_noun(noun: Token, m: Mention) -> bool:
    """A lower-case agent noun the parser makes a modifier of the name right after it: a role
    ("jeweller Stephen Webster", "the Dutch film maker Theo van Gogh"); not a noun of another
    phrase that happens to precede a name ("after a dinner Tony Blair hosted")."""
    return (
        noun.i == m.first - 1
        and noun.dep_ == "compound"
        and m.first <= noun.head.i <= m.last
        and person_noun(noun)
        and not _indefinite(noun)
    )


def _indefinite(noun: Token) -> bool:
    """The noun phrase before a name opens on "a": a thing that precedes the name ("in a recently
    accepted Evolution paper Bos and colleagues describe"), not a role of the person."""
    doc = noun.doc
    for i in range(noun.i - 1, max(noun.i - 7, -1), -1):
        if doc[i].lower_ in ("a", "an"):
            return True
        if doc[i].pos_ not in ("NOUN", "PROPN", "ADJ", "ADV", "VERB", "PUNCT") or doc[i].is_space:
            return False
    return False


# Ranks written as a word of their own before a title, or before the body that closes it ("shadow
# chancellor", "Shadow Treasury chief secretary", "Deputy Labour leader"); not the prefixes and the
# preposition ("under President X" is no title "under president").
_RANKS = SUBORDINATE_RANKS - {"under", "sub", "co", "ex", "ex-"}


def premodifiers(st: WhoState, first: int) -> tuple[list[Token], str | None]:
    """Words right before a name that may form its title, and the country/organisation among them."""
    doc = st.doc
    words: list[Token] = []
    aff: str | None = None
    i = first - 1
    while i >= 0:
        t = doc[i]
        key = st.owner.get(i)
        if key is not None and key[:1] in ("C", "O", "L"):
            # a country or organisation closes the title; only time words may precede it
            if key in st.clusters:
                aff = aff or st.clusters[key].name
            start = i
            while start > 0 and st.owner.get(start - 1) == key:
                start -= 1
            words[:0] = time_words(doc, start)
            break
        if t.tag_ == "POS":
            if i == 0 or st.owner.get(i - 1) is None:
                break  # "the singer's agent": a common-noun possessor is not part of the title
            i -= 1
            continue
        # "Economy and Labour Minister": two capitalised portfolios share the title
        joined = words and words[0].is_title and i > 0 and doc[i - 1].is_title
        if t.lower_ == "and" and joined and st.owner.get(i - 1) is None:
            words.insert(0, t)
            i -= 1
            continue
        if t.lower_ == "of" and words and all(w.is_title for w in words) and _office_before(st, i):
            words.insert(0, t)  # a formal title with "of" before a name: "Secretary of State Rex Tillerson"
            i -= 1
            continue
        if t.text == "-" and words:  # "President-elect": the hyphen joins the title's words
            words.insert(0, t)
            i -= 1
            continue
        phrase = phrase_start(doc, i)
        if phrase is not None and all(st.owner.get(j) is None for j in range(phrase, i)):
            words[:0] = doc[phrase : i + 1]  # "number eight", "scrum-half": a position of two words
            i = phrase - 1
            continue
        lower = t.lower_
        # capitalised title words before a name are proper nouns to the tagger ("Finance Minister")
        titleish = t.pos_ in ("NOUN", "ADJ") or (t.pos_ == "PROPN" and t.is_title and not t.ent_type_)
        titleish = titleish or (key is None and t.ent_type_ == "ORG" and _in_portfolio(t))
        titleish = titleish or lower in TITLES or lower in TITLE_INNER
        titleish = titleish or lower.rstrip("-") in TIME_QUALIFIERS or lower in _RANKS
        if not titleish and key is None and t.ent_type_ in ("NORP", "ORG") and t.pos_ == "PROPN" and words:
            # a party or people no actor holds closes the title too: "former Tory leader" keeps "former"
            words[:0] = time_words(doc, i)
            break
        if not titleish or key is not None or t.is_punct:
            break
        words.insert(0, t)
        i -= 1
    return words, aff


def _in_portfolio(t: Token) -> bool:
    """A token of a portfolio the NER took for an organisation ("Home" of "Home Secretary")."""
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None) if t.ent_iob_ in ("B", "I") else None
    return ent is not None and portfolio(ent)


def time_words(doc: Doc, start: int) -> list[Token]:
    """The time qualifiers and ranks right before token ``start`` ("former", "Ex-" in "Ex-Labour
    leader", "Shadow" in "Shadow Treasury chief secretary"), with the hyphen that joins one to the name."""
    i = start - 1
    if i >= 1 and doc[i].text == "-" and not doc[i - 1].whitespace_:
        i -= 1  # "Ex-Labour": the prefix's hyphen
    found: list[Token] = []
    while i >= 0 and (doc[i].lower_.rstrip("-") in TIME_QUALIFIERS or doc[i].lower_ in _RANKS):
        found.insert(0, doc[i])
        i -= 1
    if found and doc[found[-1].i + 1].text == "-":
        found.append(doc[found[-1].i + 1])
    return found


def title_from_np(st: WhoState, cluster: Cluster, noun: Token, *, any_head: bool = False) -> None:
    """The title of a noun phrase headed by a title noun, and the country or organisation it names."""
    doc = st.doc
    for child in noun.children:
        owner = st.owner.get(child.i)
        if child.dep_ == "poss" and owner is not None and st.clusters.get(owner) is cluster:
            return  # nobody is his own "head of press": the parse tied the wrong name
    left = min((t.i for t in noun.subtree if t.i <= noun.i), default=noun.i)
    left = max(left, noun.i - 5)
    # the possessor before "'s" is not part of the title: "the singer's agent" -> "agent"
    left = max([left] + [i + 1 for i in range(left, noun.i) if doc[i].tag_ == "POS"])
    words = [doc[i] for i in range(left, noun.i + 1) if i not in st.owner]
    title = title_from(words, head=noun if any_head else None)
    if title:
        # "head of equities trading": an "of" phrase that names no country or organisation
        # belongs to the title; one that does ("president of Russia") is the affiliation
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = [t for t in of.subtree] if of is not None else []
        plain = all(t.is_alpha and t.i not in st.owner for t in inner)
        if 0 < len(inner) <= 4 and plain and not any(t.dep_ == "prep" for t in inner[1:]):
            title = f"{title} {' '.join(t.lower_ for t in inner)}"
            after = doc[inner[-1].i + 1] if inner[-1].i + 1 < len(doc) else None
            if after is not None and _activity(after):
                title = f"{title} {after.lower_}"  # "head of equities trading": the parser cut the desk's name
        cluster.add_title(title)
    if cluster.affiliation is None:
        cluster.affiliation = affiliation_of(st, noun)


def _activity(token: Token) -> bool:
    """A lower-case "-ing" noun closing a department's name ("equities trading", "retail banking"),
    which the parser hangs off the title as a clause of its own; not a clause with an object."""
    return (
        token.is_lower
        and token.is_alpha
        and token.lower_.endswith("ing")
        and token.dep_ in ("acl", "compound", "amod", "appos")
        and not any(c.dep_ in ("dobj", "nsubj", "attr", "ccomp", "xcomp") for c in token.children)
    )


def affiliation_of(st: WhoState, noun: Token) -> str | None:
    """Country or organisation in a title phrase: "South Korea's", "North Korean", "of Russia"."""
    for child in noun.children:
        candidates: Iterable[Token] = ()
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            candidates = (child,)
        elif child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "from"):
            candidates = (c for c in child.children if c.dep_ == "pobj")
        for c in candidates:
            key = st.owner.get(c.i)
            # "from" names an employer only when it is a body ("an astrophysicist from Harvard
            # University"); a place after it is where the person comes from ("a teacher from Leeds")
            kinds = ("O",) if child.lower_ == "from" else ("C", "O", "L")
            if key is not None and key[:1] in kinds and key in st.clusters:
                return st.clusters[key].name
            if child.dep_ == "prep" and c.pos_ == "PROPN" and c.is_title and key is None:
                # "top tester at PC Pro": a proper name the NER missed still names the employer
                first = min(t.i for t in c.subtree if t.i <= c.i)
                return st.doc[first : c.i + 1].text
    return None


def context_country(st: WhoState, cluster: Cluster) -> str | None:
    """A titled person's country from context: the nearest country modifying a governing phrase
    ("South Korea's elections, ... the president, Yoon"); for a title of state ("minister",
    "president") also the nearest country in the sentence, else the article's dominant country."""
    m = cluster.mentions[0]
    token = st.root_of(m.first, m.last)
    while token.head.i != token.i:
        token = token.head
        for child in token.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < m.first:
                key = st.owner.get(child.i)
                if key is not None and key.startswith("C:") and key in st.clusters:
                    return st.clusters[key].name
    if not any(t.split()[-1] in STATE_TITLES for t in cluster.titles):
        return None
    sent = st.sents[st.sent_of[m.first]]
    best: tuple[int, str] | None = None
    for i in range(sent.start, sent.end):
        key = st.owner.get(i)
        if key is not None and key.startswith("C:") and key in st.clusters:
            distance = abs(i - m.first)
            if best is None or distance < best[0]:
                best = (distance, st.clusters[key].name)
    if best is not None:
        return best[1]
    counts = sorted(((len(c.mentions), c.name) for k, c in st.clusters.items() if k.startswith("C:")), reverse=True)
    short = all(len(t.split()) <= 2 for t in cluster.titles)
    if short and counts and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
        return counts[0][1]  # one country dominates the story: a minister in it is its minister
    return None


def link_bare_titles(st: WhoState, persons: list[tuple[str, Cluster]]) -> None:
    """A title subject without a name ("South Korea's defense minister said") is the person
    bearing that title elsewhere, else the person named last before it in its or the previous
    sentence if only one is named there, else the untitled person introduced first in the next
    sentence. Someone's aide ("Mr Blair's spokesman") is nobody named."""
    doc = st.doc
    spoken: dict[str, set[str]] | None = None  # read once, when a bare title needs a person before it
    for i in st.tokens.where(st.tokens.any_of(st.tokens.dep, SUBJECT)):
        noun = doc[i]
        if noun.lemma_.lower() not in TITLE_HEADS or noun.i in st.owner:
            continue
        if noun.is_upper or st.furniture.token(noun.i):
            continue  # "THE PRESIDENT." opens a transcript's turn; it is a speaker label, not a lead
        if any(c.dep_ == "poss" and st.owner.get(c.i, "").startswith("P:") for c in noun.children):
            continue
        if noun.tag_ not in ("NN", "NNP") or any(
            c.dep_ in ("appos", "compound") and c.i in st.owner and st.owner[c.i].startswith("P:")
            for c in noun.children
        ):
            continue
        definite = any(
            c.dep_ in ("poss", "det", "amod") and (c.lower_ == "the" or c.i in st.owner) for c in noun.children
        )
        if not definite or several(noun):
            continue  # "The chairman, chief executive and three directors departed": several people, none named
        words = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i not in st.owner]
        title = title_from([*words, noun])
        if not title:
            continue
        bearers = [(k, c) for k, c in persons if any(same_office(t, title) for t in c.titles)]
        bearers = bearers or _nation_leaders(st, persons, noun, title)
        if len(bearers) == 1:
            found: tuple[str, Cluster] | None = bearers[0]
        elif bearers:
            found = None
        else:
            spoken = _spoken_of(st, persons) if spoken is None else spoken
            found = person_before(st, persons, noun, title, spoken) or person_next(st, persons, noun.i)
        if found is None:
            continue
        key, target = found
        target.add_title(title)
        target.affiliation = target.affiliation or affiliation_of(st, noun)
        first = min(t.i for t in noun.subtree if t.i <= noun.i)
        while doc[first].dep_ in ("det", "predet"):
            first += 1
        target.mentions.append(Mention(first, noun.i))
        st.own(key, first, noun.i)


def _nation_leaders(
    st: WhoState, persons: list[tuple[str, Cluster]], noun: Token, title: str
) -> list[tuple[str, Cluster]]:
    """ "the Cuban leader", "the Russian leader": the persons holding a nation's leading office
    (NATION_LEADER_OFFICES: "President Fidel Castro"); none for another leader ("the party leader")."""
    words = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")]
    nations = {found[0] for t in words if (found := st.country_of(t.text)) is not None}
    if title != "leader" or len(words) != 1 or len(nations) != 1:
        return []
    nation = st.gaz.countries[nations.pop()].name
    # the office as held ("president", not "national assembly president")
    leaders = [(k, c) for k, c in persons if any(t.casefold() in NATION_LEADER_OFFICES for t in c.titles)]
    countries = [c.affiliation or context_country(st, c) for _, c in leaders]
    # of that nation (President Bush of America is no "Iraqi leader"); else of no nation the article tells
    return [p for p, n in zip(leaders, countries, strict=True) if n == nation] or [
        p for p, n in zip(leaders, countries, strict=True) if n is None
    ]


def same_office(held: str, bare: str) -> bool:
    """True when a bare title ("the mayor") can name the bearer of title ``held``: the same head,
    no word of the bare title that ``held`` lacks ("the prime minister" is not the "courts
    minister") and no rank in ``held`` that the bare title lacks ("deputy mayor" is not "the mayor")."""
    words, asked = held.replace("-", " ").split(), bare.replace("-", " ").split()
    if not words or not asked or words[-1] != asked[-1]:
        return False
    if any(w not in words for w in asked[:-1]):
        return False  # "the prime minister" is not the "courts minister"
    return not any(w in SUBORDINATE_RANKS and w not in asked for w in words[:-1])


def person_before(
    st: WhoState, persons: list[tuple[str, Cluster]], noun: Token, title: str, spoken: dict[str, set[str]]
) -> tuple[str, Cluster] | None:
    """The one person named before ``noun`` in its sentence or the one before, if untitled or
    bearing the same title; with two persons there it is not known which. Not one who speaks of
    that office (``spoken``, ``_spoken_of``): "Howard says the prime minister is rushing the bill.
    The prime minister denies it" names someone else twice."""
    sent = st.sent_of[noun.i]
    found = []
    for key, cluster in persons:
        if cluster.titles and not any(same_office(t, title) for t in cluster.titles):
            continue
        if key in spoken.get(title, ()):
            continue  # "Howard says the prime minister ...": someone else
        if any(m.last < noun.i and st.sent_of[m.first] >= sent - 1 for m in cluster.mentions):
            found.append((key, cluster))
    return found[0] if len(found) == 1 else None


def _spoken_of(st: WhoState, persons: list[tuple[str, Cluster]]) -> dict[str, set[str]]:
    """Title -> the persons who speak of a bearer of it in their own clause ("Howard has no doubt it
    is the prime minister who ...", "Howard says the prime minister is rushing the bill"): the
    subject of a verb whose clause holds the title is someone else, and so is a later bare use."""
    doc = st.doc
    subjects = []  # (person, subject token) of every mention that is a clause's subject
    for key, cluster in persons:
        for m in cluster.mentions:
            root = st.root_of(m.first, m.last)
            if root.dep_ in ("nsubj", "nsubjpass"):
                subjects.append((key, root))
    spoken: dict[str, set[str]] = {}
    if not subjects:
        return spoken
    for i in st.tokens.where(st.tokens.any_of(st.tokens.lower, TITLE_HEADS)):
        noun = doc[i]
        if i in st.owner or not any(c.lower_ == "the" for c in noun.children):
            continue
        sent = st.sent_of[i]
        title = None
        for key, root in subjects:
            if st.sent_of[root.i] == sent and root.head.is_ancestor(noun):
                title = title or title_from([*(t for t in noun.lefts if t.dep_ in ("compound", "amod")), noun])
                if title:
                    spoken.setdefault(title, set()).add(key)
    return spoken


def person_next(st: WhoState, persons: list[tuple[str, Cluster]], at: int) -> tuple[str, Cluster] | None:
    """The untitled person first named in the sentence after ``at``'s, if named there first and
    never before ``at`` (introduced right after the title: "... the defense minister said. Shin
    Won-sik revealed ...")."""
    following = st.sent_of[at] + 1
    if following >= len(st.sents):
        return None
    sent = st.sents[following]
    for t in range(sent.start, min(sent.end, sent.start + 3)):
        for key, cluster in persons:
            if not cluster.titles and any(m.first == t for m in cluster.mentions):
                return (key, cluster) if min(m.first for m in cluster.mentions) > at else None
    return None
