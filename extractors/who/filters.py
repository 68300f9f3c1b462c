"""Step 2b of `who`: the type of each actor, and what is not an actor at all.

A name with a word of an organisation's name is an organisation whatever the NER said
("Manchester United"). Not actors: events, laws, awards and feasts ("Brexit", "the Constitutional
Reform Bill", "the Grammys"), common nouns the NER capitalised ("the State", "Court",
"Professors") that name no body of the article, places named only as the scene of something, once
or twice and not in the lead ("a plant in Norwood": countries and places are actors where they act,
and the scene of the lead when no other place acts: where the news happened), platforms
named only as where something was posted ("wrote on Twitter"), outlets named only as the medium
of a report ("said on MSNBC's Morning Joe", "polls from Quinnipiac and Fox News"), and bodies
named only to qualify a noun ("the GOP nomination": who.modifiers).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extractors.kinds import article_kind
from extractors.lexicons.attribution import DOCUMENT_NOUNS, NEWS_AGENCIES, SAYING_VERBS
from extractors.lexicons.names import (
    BODY_KIND_TITLES,
    COMPANY_HEADS,
    DATA_HEADS,
    DESIGNATION,
    GENERIC_ORG_WORDS,
    GROUPS_OF_STATES,
    NEWSROOM_WORDS,
    NOT_ACTOR_HEADS,
    NOT_ACTOR_NAMES,
    ORG_NAME_WORDS,
    OUTLET_NOUNS,
    PLATFORMS,
    PRODUCT_NOUNS,
    STRUCTURE_HEADS,
    WORK_NOUNS,
)
from extractors.who.modifiers import qualifier_only
from extractors.who.state import Cluster, Mention, WhoState, drop
from extractors.who.words import LOCATIVE, SUBJECT, TITLES, acts, fold, setting
from extractors.who.works import in_quotes, listed_work, noun_before, quoted_title, tied_work

# A place named this often is the story's place even as its scene ("Cologne"): an actor.
_SETTING_MENTIONS = 3
# Tags of words that are no name alone: verbs, adverbs, interjections ("Educate", "Kneel", "Calm").
_NOT_NAME_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB", "UH"})
# A line of the body this short that ends no sentence is a crosshead, a teaser or a label: names only
# there are not the story's actors.
_TEASER_WORDS = 10
_TEASER_CHARS = 160  # longer than any line of that many words but a run of long words
_SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "…")
# Prepositions that make a platform the medium of a post ("on Twitter", "via Facebook").
_MEDIUM = frozenset({"on", "via", "through", "onto"})
# Where an outlet is the medium of a report: "told BBC Sport", "confirmed to", "reported by", "in an
# interview with", "televised on", "polled by Reuter correspondents"; the verbs whose object it then is.
_REPORT_PREPS = frozenset({"to", "by", "with", "on", "in"})
_TOLD = frozenset({"tell", "watch"})
_REPORT_NOUNS = frozenset({"correspondent", "correspondents", "reporter", "reporters", "website", "documentary"})


# Heads of events, laws and awards that end no person's name either ("the Grammy Awards" typed a person);
# not "Bill", "Deal", "Act" (names: "Buffalo Bill", "Nathan Deal") nor "Games" ("Argonaut Games", a firm).
_NEVER_SURNAMES = NOT_ACTOR_HEADS - {"bill", "deal", "act", "games", "cup", "index", "language", "scheme", "initiative"}
_DESIGNATION = re.compile(DESIGNATION)
_GROUP_OF_STATES = re.compile(GROUPS_OF_STATES)
# Words before a name that make it a thing of which there are several or that someone has: "the S9",
# "its Pixel 2", "both S9 handsets" (a band's or a body's name goes bare: "U2 have it").
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "both", "each"})
# Verbs and prepositions that list a product noun's examples: "its brands include A, B and C", "drugs
# such as A", "brands like A", "drugs including A".
_LISTING = frozenset({"include", "includes", "including", "as", "like"})


# Prepositions whose object is a scene, a path or a destination, not a party to the event.
_SCENE = LOCATIVE | {"over", "toward", "towards", "via", "through", "along", "off", "past", "beyond", "within", "of"}


def _acting(token: Token) -> bool:
    """A place that takes part: subject, object, possessor, agent, partner, recipient ("sent
    weapons to Russia"), target ("sanctions on Iran"); not a scene ("in", "over", "travelled to")."""
    if acts(token):
        return True
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj":
        return False
    prep = token.head.lower_
    if prep == "to":
        return any(c.dep_ == "dobj" for c in token.head.head.children)
    return prep not in _SCENE


def settle(st: WhoState) -> None:
    """Retype organisations the NER took for persons, and drop what is not an actor."""
    for cluster in st.clusters.values():
        words = cluster.name.casefold().split()
        if cluster.kind == "person" and len(words) > 1 and any(w in ORG_NAME_WORDS for w in words[1:]):
            cluster.kind = "organization"  # "Manchester United", "Sumitomo Bank"
        elif cluster.kind == "person" and len(words) > 1 and words[-1] in COMPANY_HEADS:
            cluster.kind = "organization"  # "Miller Brewing", "Restaurant Investment Partnership"
        elif cluster.kind == "person" and all(_work(st, m, quoted=True) for m in cluster.mentions):
            cluster.kind = "organization"  # "the album Final Straw", "“Kill Bill”": a work, not a person
        elif cluster.kind != "location" and _place_head(words):
            cluster.kind = "location"  # "the Statue of Liberty", "the Cabinet Room": a place, not a body
    for key in [k for k, c in st.clusters.items() if not is_actor(st, c)]:
        drop(st, key)


def _place_head(words: list[str]) -> bool:
    """The name's head names a structure, a road or a feature ("Statue of Liberty", "Apollo 11 pad")."""
    head = words[: words.index("of")] if "of" in words else words
    return len(words) > 1 and (head[-1] in STRUCTURE_HEADS or " ".join(head[-2:]) in STRUCTURE_HEADS)


def retype_described_bodies(st: WhoState) -> None:
    """After titles: a "person" whose every title is an organisation's kind is that organisation ("Virgin
    Blue, the low-cost carrier", "the reinsurer Munich Re"); the kind is no person's title."""
    for cluster in st.clusters.values():
        if cluster.kind == "person" and cluster.titles and all(_body_kind(t) for t in cluster.titles):
            cluster.kind = "organization"
            cluster.titles = []
            cluster.affiliation = None


def _body_kind(title: str) -> bool:
    words = title.casefold().split()
    return words[-1] in BODY_KIND_TITLES or " ".join(words[-2:]) in BODY_KIND_TITLES


def _work(st: WhoState, m: Mention, *, quoted: bool) -> bool:
    """A work's title: introduced by a work noun ("her hit song Bodak Yellow", "the single, Car
    Wash") or, if ``quoted`` counts, in quotes ("“Kill Bill”": a body's name may be quoted, "known as
    the “Judges Club”", a person's is not)."""
    doc = st.doc
    if quoted and in_quotes(st, m):
        return True
    i = noun_before(st, m)
    return i >= 0 and doc[i].is_lower and doc[i].pos_ not in ("VERB", "AUX") and doc[i].lower_ in WORK_NOUNS


def _work_modifier(st: WhoState, m: Mention) -> bool:
    """A name before a work noun it modifies: "a Batman film", "his Musicology tour", "the Radio
    Times website" (a person's name so is the work's maker or star: "a Will Smith comedy"). Not a
    sentence's last word ("figures from X show." is a verb the parser took for a noun)."""
    doc = st.doc
    root = st.root_of(m.first, m.last)
    head = root.head
    if root.dep_ != "compound" or head.i <= m.last or head.pos_ != "NOUN" or head.lemma_.lower() not in WORK_NOUNS:
        return False
    return head.i + 1 < len(doc) and not doc[head.i + 1].is_sent_end and doc[head.i + 1].text not in (".", "\n")


def _common(st: WhoState, token: Token) -> bool:
    """A capitalised word the tagger reads as a common noun, and that is one: plural, opening its
    sentence, or written in lower case elsewhere ("Professors", "Debris"; not "He will say Labour")."""
    if token.tag_ not in ("NN", "NNS"):
        return False
    if token.tag_ == "NNS" or token.is_sent_start:
        return True
    return bool(st.tokens.where(st.tokens.any_of(st.tokens.orth, {token.lower_})))


def drop_scenes(st: WhoState) -> None:
    """After titles (a person's country is an actor, whatever its mentions): places named only as
    the scene; the scene of the lead is where the news happened, kept when no other place acts."""
    homes = {c.affiliation for c in st.clusters.values() if c.affiliation}
    scenes: list[str] = []
    for key, cluster in list(st.clusters.items()):
        if cluster.kind != "location" or cluster.name in homes or len(cluster.mentions) >= _SETTING_MENTIONS:
            continue
        roots = [st.root_of(m.first, m.last) for m in cluster.mentions]
        if any(_acting(r) for r in roots):
            continue
        if any(setting(r) and st.sent_of[r.i] == st.lead for r in roots):
            scenes.append(key)
        else:
            drop(st, key)  # a place named only as the scene ("a plant in Norwood"), not an actor
    if scenes and any(c.kind == "location" for k, c in st.clusters.items() if k not in scenes):
        for key in scenes:
            drop(st, key)


def _role_speaker(st: WhoState, cluster: Cluster) -> bool:
    """A news-conference transcript's speaker named by role ("THE PRESIDENT. I have ordered ..."):
    the person who answers, an actor though the name is a title."""
    return article_kind(st.doc).name == "transcript" and all(m.first in st.turns for m in cluster.mentions)


def is_actor(st: WhoState, cluster: Cluster) -> bool:
    name = fold(cluster.name)
    words = name.replace("-", " ").split()
    if not words or name in NOT_ACTOR_NAMES:
        return False
    heads = NOT_ACTOR_HEADS if cluster.kind != "person" else _NEVER_SURNAMES
    if len(words) > 1 and (words[-1] in heads or " ".join(words[-2:]) in heads):
        return False  # "the International Coffee Agreement", "the Winter Olympics", "the Grammy Awards"
    if len(words) > 1 and words[-1] in DATA_HEADS and not {"of", "for"} & set(words):
        return False  # "Social Security Numbers": kinds of data, not a body ("Ministry of Information" is one)
    named = _role_speaker(st, cluster) or cluster.kind == "location" or st.lead_name == cluster.name
    named = named or cluster.name in st.body_names
    if len(words) == 1 and name in TITLES and not named:
        return False  # "HOST", "President": a role word, not a name
    if cluster.kind in ("organization", "location") and len(words) == 1 and name in GENERIC_ORG_WORDS:
        return False  # a common noun named as a body the article does not name
    doc = st.doc
    roots = [st.root_of(m.first, m.last) for m in cluster.mentions]
    if cluster.kind == "person" and len(words) == 1 and name in GENERIC_ORG_WORDS:
        determined = all(m.first > 0 and doc[m.first - 1].lower_ in ("the", "this", "that") for m in cluster.mentions)
        if determined:
            return False  # "the Bill": a common noun, not a person
    if roots and all(m.first == m.last and _common(st, r) for m, r in zip(cluster.mentions, roots, strict=True)):
        return False  # "Professors", "Debris": a capitalised common noun, not a name
    if cluster.kind == "person" and all(
        m.first == m.last and r.tag_ in _NOT_NAME_TAGS for m, r in zip(cluster.mentions, roots, strict=True)
    ):
        return False  # "Calm down": a capitalised verb or adverb, not a person (a band may be "Busted")
    speaks = any(r.dep_ in SUBJECT and r.head.lemma_ in SAYING_VERBS for r in roots)  # "Pfizer said": no product
    product = _product(st, cluster, roots) or (cluster.kind != "person" and _model(st, cluster))
    if product and not speaks:
        return False  # "cholesterol drug Crestor", "the S9": a product, not an actor (its maker is)
    if cluster.mentions and all(_short_line(st, m) for m in cluster.mentions):
        return False  # named only in a crosshead or a link's teaser ("PROBLEM", "Apple unveils a phone")
    quoted = cluster.kind == "person"
    works = all(_work(st, m, quoted=quoted) or (not quoted and _work_modifier(st, m)) for m in cluster.mentions)
    pairs = list(zip(cluster.mentions, roots, strict=True))
    if works and all(r.dep_ not in SUBJECT or tied_work(st, m) for m, r in pairs):
        return False  # a work named in passing ("her hits include the single Dirrty", "the album Exodus came
        # out"); one that acts stays ("in the game Henry scored": the noun is not the name's)
    listed = bool(roots) and all(listed_work(r) for r in roots)
    if quoted_title(st, cluster, roots) or listed:
        return False  # "songs included “Suit & Tie,”", "the trilogy - Northern Lights, The Subtle Knife and ..."
    single = all(m.first == m.last for m in cluster.mentions)
    modifier = all(r.dep_ in ("compound", "amod") and r.head.pos_ == "NOUN" for r in roots)
    if cluster.kind == "person" and single and modifier:
        return False  # "Gypsy sites", "Gypsy communities": a word used as an adjective
    if qualifier_only(st, cluster):
        return False  # "the GOP nomination", "the Benghazi attacks", "a UN mandate": a kind, not a doer
    if _outlet(cluster.name, roots) and all(_medium(r) for r in roots):
        return False  # "he told BBC Sport", "reported by the Swiss daily Le Matin": the medium, not an actor
    # "posted on Twitter": the medium, not an actor
    return not (name in PLATFORMS and all(r.dep_ == "pobj" and r.head.lower_ in _MEDIUM for r in roots))


def _product(st: WhoState, cluster: Cluster, roots: list[Token]) -> bool:
    """A product's or a work's name: right after a product noun once ("cholesterol drug Crestor", "rival
    medicine Tarceva"), or one of the examples a product or work noun lists ("its top brands include
    Newcastle Brown Ale, Foster's and Strongbow", "her hits include Dirrty", "games like Ultima", "the
    trilogy - Northern Lights, The Subtle Knife") and never a subject ("devices, Real, Sony and so on"
    and "Sony said": a maker). A subject is never so introduced ("the drug Pfizer makes": the maker)."""
    doc = st.doc
    listed = False
    for m, root in zip(cluster.mentions, roots, strict=True):
        if root.dep_ in SUBJECT:
            continue  # "the drug Pfizer makes", "in the game Henry scored twice": the noun is not the name's
        if m.first > 0 and _product_noun(doc[m.first - 1]):
            return True  # introduced: the rest need not be read
        listed = listed or _listed(doc, root) or _owned(root)
    return _introduced_elsewhere(st, cluster) or (listed and not any(r.dep_ in SUBJECT for r in roots))


def _owned(root: Token) -> bool:
    """A name before a product noun that someone has: "its Dragon craft capsule", "its pioneering Lisa
    computer", "its Iressa drug" (with "the" the name may be the maker's: "the Sony camera"; before a
    work's noun it may be the work's topic or maker: "his Warcraft game", "her Will Smith film")."""
    head = root.head
    owner = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children)
    product = head.is_lower and head.pos_ == "NOUN" and head.lemma_ in PRODUCT_NOUNS  # not a work: "his Warcraft game"
    return root.dep_ == "compound" and head.i > root.i and product and owner


def _introduced_elsewhere(st: WhoState, cluster: Cluster) -> bool:
    """A one-word name the text writes after a product noun where the NER did not tag it ("cholesterol
    drug Crestor ... risks on Crestor")."""
    if " " in cluster.name or cluster.name not in st.tokens.strings:
        return False
    doc = st.doc
    at = st.tokens.where(st.tokens.orth == st.tokens.strings[cluster.name])
    return any(i > 0 and doc[i].dep_ not in SUBJECT and _product_noun(doc[i - 1]) for i in at)


def _listed(doc: Doc, root: Token) -> bool:
    """One of the examples a product or work noun lists ("brands include A, B and C", "games like A")."""
    while root.dep_ in ("conj", "appos") and root.head.i < root.i and root.head.pos_ == "PROPN":
        if doc[root.left_edge.i - 1].text == "(":
            return False  # "characters including Iron Man (Robert Downey Jr.)": who plays the part
        root = root.head  # "..., Foster's and Strongbow": the list's first item
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _LISTING:
        return _product_noun(head.head.head if head.head.lower_ == "such" else head.head)
    if root.dep_ in ("dobj", "ccomp") and head.lower_ in _LISTING:  # "include What a Girl Wants": ccomp
        return any(c.dep_ == "nsubj" and _product_noun(c) for c in head.children)
    if root.dep_ != "appos" or not _product_noun(head):
        return False
    while head.dep_ in ("conj", "appos") and head.head.i < head.i:
        head = head.head
    return head.dep_ not in SUBJECT  # "Creative, other devices, Real, Sony ... are ratcheting up": makers


_PRODUCT_OR_WORK = PRODUCT_NOUNS | WORK_NOUNS  # (joined once, not on every ask)


def _product_noun(token: Token) -> bool:
    """A product's or a work's noun ("drug", "brands", "hits", "games"), as written (not "Hits")."""
    kinds = _PRODUCT_OR_WORK
    return token.is_lower and token.pos_ == "NOUN" and (token.lower_ in kinds or token.lemma_ in kinds)


def _model(st: WhoState, cluster: Cluster) -> bool:
    """A model designation ("S9", "CDP-101", "Pixel 2") that the article writes as a thing: after an
    article or a possessive ("the S9", "Sony's CDP-101") or before a product noun ("S9 handsets", "the
    Chang'e-5 lunar probe"); not an outlet's or a body's name ("BBC Radio 4", "the G8")."""
    words = cluster.name.split()
    if not any(_DESIGNATION.fullmatch(w) for w in words) or any(_GROUP_OF_STATES.fullmatch(w) for w in words):
        return False
    if any(w.casefold() in ORG_NAME_WORDS or w.casefold() in NEWSROOM_WORDS for w in words):
        return False
    doc = st.doc
    for m in cluster.mentions:
        root = st.root_of(m.first, m.last)
        if root.dep_ in ("compound", "nmod"):
            if root.head.i > m.last and _product_noun(root.head):
                return True  # "the S9 handsets", "the Chang'e-5 lunar probe" ("the U2 concert" is the band's)
        elif m.first > 0 and (doc[m.first - 1].lower_ in _DETERMINERS or doc[m.first - 1].tag_ == "POS"):
            return True  # "the S9", "Sony's CDP-101" ("the U2 frontman": the article is the frontman's)
    return False


def _short_line(st: WhoState, m: Mention) -> bool:
    """The mention lies on a short line of the body that ends no sentence: a crosshead in capitals
    ("PROBLEM"), a link's teaser between paragraphs ("Apple unveils its new phone"), a list's label
    ("Lakeside: 12 killed"); not the first line (the title or the lead)."""
    text = st.text
    at = st.doc[m.first].idx
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    if end - start > _TEASER_CHARS:
        return False  # a paragraph
    line = text[start:end].strip()
    if len(line.split()) > _TEASER_WORDS or line.endswith(_SENTENCE_ENDS):
        return False
    first = next((t.idx for t in st.doc if not t.is_space), 0)
    return text.find("\n", first, at) != -1  # not the first line


def _outlet(name: str, roots: list[Token]) -> bool:
    """A news outlet: a wire, a name ending on a newsroom's word, or one introduced as a paper."""
    last = fold(name).replace("-", " ").split()[-1]
    introduced = any(r.head.lower_ in OUTLET_NOUNS and r.dep_ in ("appos", "compound") for r in roots)
    return fold(name) in NEWS_AGENCIES or last in NEWSROOM_WORDS or introduced


def _medium(root: Token) -> bool:
    """An outlet's mention as the medium of a report: the one told or reported to or by, a report's
    place, a reporter's employer ("BBC correspondent Ann Lee"), never a doer."""
    if root.dep_ in ("appos", "compound") and root.head.lower_ in OUTLET_NOUNS:
        root = root.head  # "the Swiss daily Le Matin"
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head  # "on CNN, MSNBC and Fox News": the list's first
    head = root.head
    if root.dep_ == "pobj":
        # "polls from Quinnipiac and Fox News": the source of a poll or a report
        return head.lower_ in _REPORT_PREPS or _document(head.head)
    if root.dep_ in ("dobj", "dative"):
        return head.lemma_ in _TOLD
    programme = (head.pos_ == "PROPN" or head.is_title) and head.ent_type_ != "PERSON"
    if root.dep_ in ("poss", "compound") and head.i > root.i and programme:
        return _medium(head)  # "said on MSNBC's Morning Joe", "told ABC's This Week": the outlet's programme
    if root.dep_ in ("compound", "poss", "nmod"):
        report = head.lower_ in _REPORT_NOUNS or _document(head)  # "a CNN poll"
        return report or head.lower_ in TITLES or head.ent_type_ == "PERSON"
    return False


def _document(noun: Token) -> bool:
    """A poll's, a report's or a survey's noun, as written ("polls", "survey"; not "Poll")."""
    return noun.is_lower and noun.pos_ == "NOUN" and (noun.lower_ in DOCUMENT_NOUNS or noun.lemma_ in DOCUMENT_NOUNS)
