"""Groups of people named by a common noun that act in the story ("Parents are angry", "PS4 owners
can sign up", "Ontario corn growers complained"): one group actor per head noun, made when the
group acts in an important place and not when it passes.

A candidate is a plural noun of people: a word of ``GROUP_HEADS`` or ``PEOPLE_HEADS``, or one
ending like a person only ("-ist", "-ian": "seismologists", "pyrotechnicians"), or one the text
takes up with "who" ("players who sign up"); not the staff of a body ("officials", "police"). It
acts as a subject (not of "said": a source), a passive's agent, or the people of a counted subject
("Thousands of revellers fled"). It is made an actor when it acts in the lead (the first two
sentences), when the title names it and the body mentions it, or when it acts in two sentences;
every mention of the head joins it. Its name is the head with the words that modify it, not a
determiner, a number or a quantity ("some", "many", "other"): "PS4 owners", "Labour MPs". One the
lead sentence does not make act is never the first actor.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Token

from extractors.lexicons.actors import BODY_STAFF_HEADS, GROUP_HEADS, PEOPLE_HEADS
from extractors.lexicons.attribution import REPORTING_VERBS
from extractors.lexicons.events import PARTITIVE_HEADS
from extractors.who.state import Cluster, Mention, WhoState
from extractors.who.words import MODIFIER, SUBJECT, word_at

# Plural nouns of people that say nothing of who they are, or only who told the news ("sources
# said"): no group of their own.
_NO_GROUP = frozenset({"people", "persons", "men", "women", "sources", "others", "members"})
# The staff of a body, who act for it ("officials said", "investigators found"): the body is the
# actor, or the country's group (mentions.add_groups: "US officials"), not the bare noun.
_STAFF = BODY_STAFF_HEADS | {"authorities", "police"}
# Endings of nouns that name a person only, long enough not to be "lists" or "median":
# "seismologists", "pyrotechnicians".
_PERSON_ENDINGS = ("ist", "ian")
_ENDING_MIN = 7
# Words before the head that count or pick the people, not name them ("some parents", "many MPs").
_QUANTITY = frozenset(
    {"many", "some", "other", "several", "more", "most", "few", "all", "both", "such", "various", "certain"}
    | {"numerous", "own", "fellow", "those", "these", "any", "anyone", "no", "only", "about", "up", "to"}
)
_LEAD_SENTENCES = 2  # the lead and the sentence after it
_ACTING_SENTENCES = 2  # a group acting in this many sentences acts in the story
_TITLE_BONUS = 1.0  # salience.W.title_other: a group the title names, as any actor it names after its first
_BEHIND_SHARE = 0.99  # a group kept behind the next actor scores this share of its score


# The tags of a plural noun ("MPs" is tagged either way: `_acronym`).
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _acronym(token: Token) -> bool:
    return _acronym_text(token.text)


def _acronym_text(text: str) -> bool:
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper()


def _plural_words(st: WhoState) -> list[int]:
    """The words that may name a group, from the Doc's columns (no Token made of every word): a
    plural's tag, or an acronym's plural ("MPs", whatever its tag)."""
    cols = st.tokens
    mask = cols.any_of(cols.tag, _PLURAL_TAGS)
    # (a word written as its lower case holds no capital: no acronym's; the others' texts looked up once each)
    cased = set(cols.orth[cols.orth != cols.lower].tolist())
    acronyms = [orth for orth in cased if _acronym_text(cols.strings[orth])]
    if acronyms:
        mask |= np.isin(cols.orth, np.array(acronyms, dtype="uint64"))
    return cols.where(mask)


def _head(token: Token) -> str:
    """The head's form that every mention of the group shares ("MPs" whatever the tagger made its lemma)."""
    return token.lower_[:-1] if _acronym(token) else token.lemma_.lower()


def _candidate(st: WhoState, token: Token) -> bool:
    """A plural common noun of people (``token`` is one of `_plural_words`), heading its phrase, that no other
    actor holds."""
    acronym = _acronym(token)  # "MPs", whatever its tag
    if token.dep_ == "compound" or token.i in st.owner or token.ent_type_ not in ("", "NORP"):
        return False
    if token.lower_ in _NO_GROUP | _STAFF or not token.text.isalpha() or (token.is_upper and not acronym):
        return False
    lemma = token.lemma_.lower()
    if token.lower_ in GROUP_HEADS or token.lower_ in PEOPLE_HEADS:
        return True
    if lemma.endswith(_PERSON_ENDINGS) and len(lemma) >= _ENDING_MIN:
        return True
    # "players who sign up": the text takes the noun up as people
    return any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in token.children)


def _acts(token: Token) -> bool:
    """The group does something: a subject, a passive's agent, or the people a counted subject
    counts ("Thousands of revellers fled", "Many of the parents said")."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ in SUBJECT:
        # (a source is no doer: "analysts said" tells the news; the lead's reporters are salience's)
        return token.head.lemma_ not in REPORTING_VERBS
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ in SUBJECT:
        counter = of.head
        return counter.lemma_.lower() in PARTITIVE_HEADS or counter.lower_ in _QUANTITY or counter.pos_ == "NUM"
    return False


def _left(st: WhoState, noun: Token) -> int:
    """The first word of the group's name: the words right before the noun that modify it, not a
    count, a quantity or a determiner ("about 790 salaried employees": "salaried employees")."""
    left = noun.i
    while left > 0:
        word = st.doc[left - 1]
        if word.dep_ not in MODIFIER or word.dep_ == "poss" or not (left - 1 < word.head.i <= noun.i):
            break
        if word.lower_ in _QUANTITY or word.like_num or word.tag_ in ("JJR", "JJS", "POS", "CD"):
            break
        if st.furniture.token(left - 1):
            break
        left -= 1
    return left


def _in_title(st: WhoState, noun: Token) -> bool:
    return bool(st.title) and word_at(noun.lower_, st.title.casefold()) is not None


def _existing(st: WhoState, head: str) -> str | None:
    """The one group actor already made of this head ("U.S. officials" for "officials", the lead's
    "senior economists" for "economists"); "" when there are several, None when there is none."""
    found = {
        key
        for key, cluster in st.clusters.items()
        if cluster.kind == "group" and any(_head(st.doc[m.last]) == head for m in cluster.mentions)
    }
    return found.pop() if len(found) == 1 else ("" if found else None)


def _body_word(st: WhoState, token: Token) -> bool:
    """The noun is a word of a body's name the article gives ("fans" beside "Fans United")."""
    return any(
        token.lower_ in cluster.name.casefold().split()
        for cluster in st.clusters.values()
        if cluster.kind == "organization"
    )


def people_groups(st: WhoState) -> None:
    """Group actors for people named by a plural noun who act in the title, the lead or the story.
    Run after ``salience.roles``: the editor's choices (the title's opener, the lead's doer) stay as
    they were; a group the title names gets the bonus of any actor the title names after its first;
    one the lead does not make act is kept behind the first actor (``keep_behind``)."""
    heads: dict[str, list[Token]] = {}
    # (tokens of a mention another step made without owning them: "UK customers", mentions.add_groups)
    held = {i for cluster in st.clusters.values() for m in cluster.mentions for i in range(m.first, m.last + 1)}
    for i in _plural_words(st):
        token = st.doc[i]
        if (
            token.i not in held
            and _candidate(st, token)
            and not st.furniture.token(token.i)
            and not _body_word(st, token)
        ):
            heads.setdefault(_head(token), []).append(token)
    lead_end = st.lead + _LEAD_SENTENCES
    for head, tokens in heads.items():
        acting = [t for t in tokens if _acts(t)]
        in_lead = [t for t in acting if st.sent_of[t.i] < lead_end]
        sentences = {st.sent_of[t.i] for t in acting}
        titled = any(_in_title(st, t) for t in tokens)
        if not (in_lead or titled or len(sentences) >= _ACTING_SENTENCES):
            continue
        key = _existing(st, head)
        if key == "":
            continue  # several groups of this head already ("UK customers", "US customers"): no bare one
        made = key is None  # (a group another step made keeps its rank: "A group of MPs are on ...")
        key = key or f"G:{head}"
        first = (in_lead or acting or tokens)[0]
        left = _left(st, first)
        words = st.doc[left : first.i + 1]
        name = words.text
        if words[0].is_sent_start and words[0].is_title and words[0].pos_ != "PROPN" and not words[0].ent_type_:
            name = name[:1].lower() + name[1:]  # "Parents are angry": parents
        cluster = st.cluster(key, "group", name)
        for token in tokens:
            start = _left(st, token)
            if st.furniture.token(start) or st.doc[start].idx < st.heading_end:
                continue
            cluster.mentions.append(Mention(start, token.i))
            st.own(key, start, token.i)
        if titled and cluster.mentions:
            cluster.bonus += _TITLE_BONUS
        # (a group the lead does not make act is seldom what the story is about: "Viewers will be able
        # to ..." in the third sentence, after a project the lead names)
        cluster.behind = made and not any(st.sent_of[t.i] == st.lead for t in acting)


def keep_behind(scored: list[tuple[float, int, Cluster]]) -> None:
    """A group marked ``behind`` that scores best gives first place to the next actor (its score
    lowered to just under the next)."""
    if len(scored) < 2:
        return
    order = sorted(range(len(scored)), key=lambda k: (-scored[k][0], scored[k][1]))
    top, after = order[0], order[1]
    score, first, cluster = scored[top]
    if cluster.behind:
        scored[top] = (min(score, scored[after][0] * _BEHIND_SHARE), first, cluster)
