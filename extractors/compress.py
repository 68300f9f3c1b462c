"""Which clause a headline may state, and what a sub-editor cuts from it (read by extractors/headline.py).

Each rule is a named predicate over the parse, with the English form it stands for:

- ``evaluation``: "X is another blow", "X are time-consuming": a copula that judges or classifies
  states no event; a headline takes it only when the article's top events offer nothing else.
- ``background``: "since he took office", "when the game hit the shops": a clause introduced by a
  subordinator of time or cause is the circumstance of the news, never the news.
- ``split_subject``: a subject the parser split in two ("A saxophone belonging to X Y is ...") stays whole.
- ``pro_verb``: "did so", "is doing it" stand for an act told elsewhere: no headline.
- ``own_act``: "Acme said it has opened an inquiry": a doer reporting its own act; the headline
  states the act ("Acme opens an inquiry"), as titles do, without the frame.
- ``condition``: "Unless countries develop more ambitious plans, ...": a condition's clause is never stated
  as done.
- ``addition``, ``cut_list``: "A as well as B" keeps A; "A, B, C and D" reads "A and B".
- ``half_words``: "semi-final" parsed apart is kept whole or not at all, never "-final".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Subordinators whose clause is the news's circumstance: time ("since he took office", "when the
# game hit the shops", "after the vote") and cause or concession ("because ...", "although ...").
BACKGROUND_MARKS: frozenset[str] = frozenset(
    ["since", "when", "while", "whilst", "after", "before", "until", "till", "as", "because", "although", "though"]
)

# Verbs that state a feeling or a belief, not an act: "X says it is horrified", "X said it believes ..."
# keep their frame, whoever their subject is.
STANCE_VERBS: frozenset[str] = frozenset(
    ["believe", "think", "feel", "hope", "fear", "expect", "doubt", "regret", "welcome", "horrify", "shock"]
)

# The marks of a condition's clause: "If X wins, ...", "Unless countries act, ...".
CONDITION_MARKS: frozenset[str] = frozenset(["if", "unless"])

# Modals that hedge a doer's own plan: "Acme said it could close the plant" keeps its frame.
HEDGE_MODALS: frozenset[str] = frozenset(["could", "may", "might", "would", "should"])


def evaluation(verb: Token) -> bool:
    """ "Scooped-up emails are another blow", "The games are time-consuming": a copula with a noun or
    an adjective and nothing it governs ("is able to launch", "is set to", "is to" are acts to come;
    "is in hospital", "is on a mission" a state that may be news)."""
    if verb.lemma_ != "be" or any(c.dep_ in ("xcomp", "auxpass") for c in verb.children):
        return False
    predicates = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    return bool(predicates) and not any(
        g.dep_ in ("xcomp", "ccomp") or (g.dep_ == "prep" and g.i == p.i + 1 and p.dep_ == "acomp")
        for p in predicates
        for g in p.children
    )


def background(verb: Token) -> bool:
    """ "since he took office", "when video game Quest hit the shops": a subordinate clause of time or
    cause, the news's circumstance."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in verb.children)


def pro_verb(verb: Token) -> bool:
    """ "The gunman did so on behalf of the group", "Nasa is doing it": "do" with a pro-form stands for
    an act told elsewhere, and states nothing alone."""
    return verb.lemma_ == "do" and any(
        (c.dep_ == "advmod" and c.lower_ == "so") or (c.dep_ == "dobj" and c.lower_ in ("it", "this", "that", "so"))
        for c in verb.children
    )


def split_subject(subject: Token) -> Token | None:
    """ "A saxophone belonging to jazz musician Charlie Parker is expected ...": the parser cut the
    subject at a name, hanging the words before it elsewhere; the phrase those words belong to, which
    runs to the name's end, is the subject (never the name alone). None when the subject starts its
    clause (after punctuation, a date, a clause or a preposition's phrase)."""
    doc = subject.doc
    start = subject.left_edge.i
    if subject.pos_ != "PROPN" or start == 0:
        return None
    top = doc[start - 1]
    if top.pos_ not in ("NOUN", "PROPN"):
        return None
    while top.head.i != top.i and top.head.i < start:
        top = top.head
    if top.i == start - 1:
        return None  # "Chart-topping R&B star Usher": a role before the name, which the name alone states
    if (
        top.pos_ not in ("NOUN", "PROPN")
        or top.dep_ in ("npadvmod", "tmod", "pobj")
        or top.ent_type_ in ("DATE", "TIME")
    ):
        return None
    if any(
        t.is_punct or t.is_space or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod"))
        for t in doc[top.i : start]
    ):
        return None
    return top


def own_act(verb: Token, passive: bool) -> bool:
    """A reported clause that states its reporter's own act ("Acme said it has opened an inquiry",
    "it will phase out production"): an act in the active voice, not a stance, a state or a hedge."""
    if passive or verb.pos_ != "VERB" or verb.lemma_ in STANCE_VERBS or verb.lemma_ in ("be", "have"):
        return False
    governors = [verb, *(a for a in verb.ancestors if verb.dep_ == "xcomp")][:2]
    if any(g.lemma_ in STANCE_VERBS or g.lemma_ == "be" or g.pos_ == "ADJ" for g in governors[1:]):
        return False  # "is to", "is ready to launch": a state or a plan claimed, not an act done
    return not any(c.dep_ in ("aux", "neg") and c.lower_ in HEDGE_MODALS for g in governors for c in g.children)


def addition(conj: Token) -> bool:
    """ "tape recordings [as well as sheet music]": an addition a headline leaves out."""
    doc = conj.doc
    before = [t.lower_ for t in doc[max(conj.left_edge.i - 3, 0) : conj.left_edge.i]]
    return before[-2:] == ["well", "as"]


def cut_list(comma: Token, kept: set[int]) -> bool:
    """ "tea, coffee[, sugar and rice]": a list cut after its second item, whose comma then reads "and"."""
    doc = comma.doc
    if comma.i + 1 >= len(doc) or comma.i + 1 not in kept:
        return False
    item = doc[comma.i + 1]
    while item.dep_ != "conj" and item.head.i != item.i and item.head.left_edge.i == comma.i + 1:
        item = item.head  # "Sport Studies": from the compound to the item
    if item.dep_ != "conj" or item.left_edge.i != comma.i + 1 or item.head.i not in kept:
        return False
    return any(c.dep_ == "conj" and c.i not in kept for c in item.children)


def governing_verb(verb: Token) -> Token:
    """The top of a verb's group of infinitives: "is" for "is ready to [launch]", "appears" for "appears
    to have [sent]" (the finite verb, and the clause a report frames)."""
    while verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def condition(verb: Token) -> bool:
    """A condition's clause ("Unless countries develop more ambitious plans, ..."): stated alone, it would
    tell as done what may not happen."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)


def half_words(doc: Doc, kept: set[int]) -> set[int]:
    """The kept parts of a hyphenated word not kept whole ("semi-final" parsed apart, "-final" kept): never half a
    word in a headline."""
    halves: set[int] = set()
    for j in {j for i in kept for j in (i - 1, i, i + 1) if 0 < j < len(doc) - 1}:
        word = {j - 1, j, j + 1}
        joined = doc[j].text in ("-", "–") and not doc[j - 1].whitespace_ and not doc[j].whitespace_
        if joined and not word <= kept:
            halves |= word & kept
    return halves
