"""Phrase compression for the headline: which words of a clause a sub-editor keeps.

A noun phrase keeps its determiners, possessives, modifiers and "of" phrases and loses appositions,
relative clauses, participle phrases and brackets; a verb keeps its auxiliaries, negation, hedges and
particles, its objects and complements, and the prepositional phrases that complete the clause while
the headline stays short. Each function returns the token indices kept (read by extractors/headline.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extractors.clauses import text_of
from extractors.compress import addition
from extractors.lexicons.actors import HEDGE_ADVERBS, PROVIDE_VERBS
from extractors.lexicons.events import (
    ARGUMENT_PREPOSITIONS,
    CHARGE_PREPOSITIONS,
    COMPLEMENT_PREPOSITIONS,
    COMPLEMENTED_NOUNS,
    INFINITIVE_NOUNS,
    LIGHT_OBJECTS,
    PLACING_VERBS,
    VENUE_ENTITIES,
    VENUE_PREPOSITIONS,
)
from extractors.what import plain_report, speech_act

BARE = 6  # words: a headline this short takes back the subject's apposition, and a phrase of circumstance completes it
_WHOLE_PP = 6  # tokens: a prepositional phrase this short is kept whole ("to three years in prison")
_VENUE_TOKENS = 6  # a venue phrase this short is kept past the budget ("in London's Leicester Square")
_BUDGET = 18  # words: optional phrases are added while the headline stays this short (titles: ~7)
# Prepositions whose phrase is circumstance rather than part of the news ("despite", "amid").
_LOOSE_PREPS = frozenset({"despite", "amid", "after", "before", "during", "since", "following", "like"})
_GROUP_ADVERBS = HEDGE_ADVERBS | {"never", "not", "hardly", "barely", "scarcely", "no"}
# Adverbs that complete a phrasal verb when they follow it at once, though the parser calls them
# advmod, not prt: "has struck back", "walked away from the talks", "pulled out of the deal".
_PARTICLE_ADVERBS = frozenset({"back", "away", "out", "off", "apart", "ahead"})
_INTERVIEW_LEMMAS = frozenset({"interview", "speak", "talk", "sit", "chat", "catch"})
_NP_KEEP = frozenset(
    {"det", "poss", "compound", "amod", "nummod", "quantmod", "nmod", "case", "predet", "preconj", "neg"}
)
_VERB_KEEP = frozenset({"aux", "auxpass", "neg", "prt"})
TEMPORAL = frozenset({"DATE", "TIME"})
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_AMOUNT_TOKENS = 5
_AGENT_TOKENS = 6  # a nominal's doer ("the bid by ...") this short stays
_LIST_ITEMS = 3  # a list of at most this many items ...
_LIST_TOKENS = 8  # ... whose items after the first take at most this many tokens is kept whole
_WHICH_TOKENS = 12  # a light object's clause is kept when its compressed form is this short
_DASHES = frozenset({"—", "–", "--", ":", ";"})  # ... up to the mark that opens what it adds
# What may follow a described noun and go without leaving its phrase unfinished
# ("against her eight-year doping ban [with the Court of Arbitration]", "[, up from ...]").
_LOOSE_DEPS = frozenset({"acl", "relcl", "punct", "prep", "appos", "advmod"})
_TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "by", "until", "till", "before", "after", "from", "over"})
OPEN, _CLOSE = "([{", ")]}"


def np_text(doc: Doc, head: Token, floor: int = -1) -> str:
    """A noun phrase compressed, as text (words after ``floor`` only)."""
    keep = {i for i in noun_phrase(head) if i > floor} or {head.i}  # never the "LONDON -" dateline before it
    return words_text(doc, keep)


def words_text(doc: Doc, keep: set[int]) -> str:
    """Kept tokens as text: as written when they run on, else word by word."""
    return (
        text_of(doc, min(keep), max(keep))
        if keep == set(range(min(keep), max(keep) + 1))
        else " ".join(doc[i].text for i in sorted(keep))
    )


def noun_phrase(head: Token, depth: int = 0, keep_appositions: bool = False) -> set[int]:
    """A noun phrase compressed: determiners, possessives, modifiers and "of" phrases stay;
    appositions, relative clauses, participle phrases, brackets and other phrases go."""
    keep = {head.i}
    for child in head.children:
        dep = child.dep_
        if bracketed(child):
            continue
        if dep in _NP_KEEP:
            if dep == "amod" and child.i > head.i and sum(1 for _ in child.subtree) > 1:
                continue  # "containers full of ammunition": the trailing adjective phrase goes
            keep |= noun_phrase(child, depth + 1) if dep in ("poss", "compound") else {t.i for t in child.subtree}
        elif dep == "prep" and child.lower_ == "of" and child.i > head.i and depth < 2:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                keep |= {child.i} | noun_phrase(obj, depth + 1)
            act = next((c for c in child.children if c.dep_ == "pcomp"), None)
            if obj is None and act is not None:
                keep |= {child.i} | verb_phrase(act, 2)  # "claims of appearing in a sex tape"
        elif depth == 0 and _complement(head, child):
            keep |= prep_phrase(child) if dep == "prep" else verb_phrase(child, 2)  # "a call [for X to do Y]"
        elif (
            dep in ("prep", "agent")
            and child.i == head.i + 1
            and depth == 0
            and _names_party(child, _party_tokens(child))
        ):
            keep |= {t.i for t in child.subtree}  # "A court in Cairo", "Shares of Apple", "the bid by Paribas"
        elif dep == "prep" and child.i == head.i + 1 and depth == 0 and head.pos_ == "NOUN" and _bare(head):
            # "Shares in Saudi Arabia's National Company ...": a bare noun needs its phrase
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                keep |= {child.i} | noun_phrase(obj, depth + 1)
        elif dep == "prep" and depth == 0 and child.i > head.i and head.pos_ == "NOUN" and _venue(child):
            keep |= {t.i for t in child.subtree}  # "an award [at the Berlin Film Festival]": where it happens
        elif dep == "prep" and child.ent_iob_ == "I" and head.ent_type_ and child.i > head.i:
            keep |= {t.i for t in child.subtree}  # "National Company for Cooperative Insurance": one name
        elif dep == "conj" and child.pos_ in ("NOUN", "PROPN") and depth < 2 and not _has_verb(child):
            if addition(child):
                continue  # "tape recordings [as well as sheet music]": the addition goes
            whole = _short_list(head)
            if whole is not None:
                keep |= whole  # "Poland, Hungary and the Czech Republic": cut to two, the list would say less
                continue
            listed = any(c.dep_ == "conj" for c in child.children)  # "A, B, C, D and E": "A and B"
            keep |= noun_phrase(child, 2 if listed else depth + 1)
            keep |= {c.i for c in head.children if c.dep_ == "cc"}
            comma = child.left_edge.i - 1
            if listed and head.doc[comma].text == ",":
                keep.add(comma)  # written "and" (render)
        elif dep == "prep" and keep_appositions and child.lower_ in ("about", "on") and child.i > head.i:
            keep |= prep_phrase(child)  # "spoke with X, founder of Y, about Z": the interview's topic
        elif dep in ("acl", "relcl") and depth == 0 and child.i > head.i and _infinitive(child):
            infinitive = verb_phrase(child, 2)  # "looking for gamers [to beta-test the update]"
            if any(i > child.i for i in infinitive) or not _transitive(child):
                keep |= infinitive  # never "a report on the decision [to allow]." with its object cut
        elif dep in ("acl", "relcl") and depth == 0 and child.i > head.i and _negative(child):
            keep |= {t.i for t in child.subtree}  # "any players [not involved in the league]": it restricts
        elif depth == 0 and _which_clause(head, child):
            keep |= _which_clause(head, child)  # "found someone [he would like to enter the race]"
        elif depth == 0 and child.i > head.i and (_measure(child) or _comparison(child)):
            keep |= {t.i for t in child.subtree}  # "fewer jobs [than expected]"
        elif dep == "acl" and depth == 0 and child.i > head.i and _content_clause(child):
            keep |= verb_phrase(child, 1) | {c.i for c in child.children if c.dep_ == "mark"}  # "claims that ..."
        elif dep == "appos" and child.i == head.i + 1 and child.pos_ == "PROPN" and head.pos_ == "NOUN":
            keep |= noun_phrase(child, depth + 1)  # "online auction house eBay": a name right after its description
        elif dep == "appos" and keep_appositions and child.i > head.i:
            # "William Evans, president of the International Brotherhood of Magicians,": commas kept
            keep |= {t.i for t in child.subtree}
            doc = head.doc
            for edge in (child.left_edge.i - 1, child.right_edge.i + 1):
                if 0 <= edge < len(doc) and doc[edge].text == ",":
                    keep.add(edge)
    return _without_brackets(head.doc, keep)


def _complement(head: Token, child: Token) -> bool:
    """The phrase right after a noun that says little without it (lexicon ``COMPLEMENTED_NOUNS``): "a call
    [for more aid]", "a warning [to operators]", "a tight race [with Clinton]", "a call [for the country to
    accept more refugees]" (a "for ... to" clause the parser hangs on the noun); never a time or a place."""
    if head.lemma_.lower() not in COMPLEMENTED_NOUNS or head.pos_ != "NOUN" or child.left_edge.i != head.i + 1:
        return False
    if child.dep_ == "prep":
        return child.lower_ in COMPLEMENT_PREPOSITIONS and not _temporal(child) and not _venue(child)
    marks = [c.lower_ for c in child.children if c.dep_ == "mark"]
    return child.dep_ in ("advcl", "acl") and marks == ["for"] and _infinitive(child)


def _which_clause(head: Token, child: Token) -> set[int]:
    """The first clause right after a light object (lexicon ``LIGHT_OBJECTS``), up to a dash and short once
    compressed: it says which one ("found someone [he would like to enter the race] — ...", "mentioned the man
    [who was likely to beat him]"); none for a described object ("two men"), for a clause set off by or holding
    a comma (it adds to a noun already named, or runs into the sentence's next part)."""
    if child.dep_ not in ("acl", "relcl") or child.i < head.i or head.lemma_.lower() not in LIGHT_OBJECTS:
        return set()
    if any(c.dep_ in ("amod", "nummod", "compound", "poss") for c in head.children):
        return set()
    first = min((c.i for c in head.children if c.dep_ in ("acl", "relcl") and c.i > head.i), default=child.i)
    doc = head.doc
    stop = next((t.i for t in child.subtree if t.i > child.i and t.text in _DASHES), child.right_edge.i + 1)
    if first != child.i or doc[child.left_edge.i - 1].is_punct or any(t.text == "," for t in doc[child.i : stop]):
        return set()
    keep = {i for i in verb_phrase(child, 1) if i < stop}
    return keep if len(keep) <= _WHICH_TOKENS else set()


def _negative(clause: Token) -> bool:
    """A noun's clause that holds a negation ("players [not involved in the league]", "landlords [who do
    not register]"): it says which ones, and the noun without it says the opposite."""
    return any(c.dep_ == "neg" for c in clause.children)


def _content_clause(clause: Token) -> bool:
    """ "claims [that she and Venus are a declining force]": a noun's "that" clause with a subject of its
    own states what the claim, fear or report is (a relative clause has "that" as its subject or
    object, not as its marker)."""
    children = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children) and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children
    )


def _short_list(head: Token) -> set[int] | None:
    """A list of three short names ("Poland, Hungary and the Czech Republic join NATO"): its items
    (each compressed), commas and coordinator, or None for a longer list or one of things (cut to its first two
    items) or a pair."""
    items, edge = [], [head]
    while edge:
        item = edge.pop()
        items.append(item)
        edge += [c for c in item.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and not _has_verb(c)]
    if not 2 < len(items) <= _LIST_ITEMS or any(i.pos_ != "PROPN" or addition(i) for i in items):
        return None  # a list of things ("storylines, plots and sets") may be cut; a list of parties may not
    keep = set().union(*(noun_phrase(i, 2) for i in items[1:]))
    if len(keep) > _LIST_TOKENS:
        return None
    joints = {c.i for i in items for c in i.children if c.dep_ == "cc" or (c.text == "," and c.i > head.i)}
    last = max(i.i for i in items)
    return keep | {j for j in joints if j < last}


def _has_verb(head: Token) -> bool:
    """ "control and people living under it": a conjunct with a clause of its own is no plain noun
    ("19 others of insulting the judiciary" is one: a gerund after a preposition is a noun's phrase)."""
    return any(t.pos_ == "VERB" and t.dep_ != "pcomp" for t in head.subtree)


def _transitive(verb: Token) -> bool:
    """The verb has an object or a complement in the text (which a cut may have left out)."""
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative") for c in verb.children)


def _infinitive(verb: Token) -> bool:
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _bare(head: Token) -> bool:
    """A noun with no determiner, possessive or modifier of its own ("Shares", "Prices")."""
    return not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in head.children)


def bracketed(token: Token) -> bool:
    """A bracket, or an apposition that opens with one ("(S&N)")."""
    left = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return token.text in OPEN or (left is not None and left.text in OPEN and token.dep_ == "appos")


def _without_brackets(doc: Doc, keep: set[int]) -> set[int]:
    """Drop what stands between brackets, and the brackets."""
    out: set[int] = set()
    depth = 0
    for i in sorted(keep):
        text = doc[i].text
        if text in OPEN:
            depth += 1
            continue
        if text in _CLOSE:
            depth = max(0, depth - 1)
            continue
        if depth == 0:
            out.add(i)
    return out


def verb_group(verb: Token) -> set[int]:
    """Auxiliaries, negation ("not", "never", "no longer"), hedges and particles of a verb."""
    out: set[int] = set()
    for child in verb.children:
        if (
            child.dep_ in ("aux", "auxpass")
            and child.is_alpha
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        ):
            continue  # "- where Cruz was not present - was worded": a clause's own verb the parser hung as an auxiliary
        if child.dep_ in _VERB_KEEP or (child.dep_ == "advmod" and child.lower_ in _GROUP_ADVERBS):
            out.add(child.i)
        elif child.i == verb.i + 1 and child.lower_.replace("’", "'") == "n't":
            out.add(child.i)  # "isn’t criminal": a negation the parser tagged as something else is still kept
        elif child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in _PARTICLE_ADVERBS:
            out.add(child.i)  # "struck back": without it the verb says something else
            for prep in (c for c in child.children if c.dep_ == "prep" and not _temporal(c)):
                out |= prep_phrase(prep)  # "walked away [from the talks]"
        elif child.dep_ == "advmod" and child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
            out |= {t.i for t in child.subtree}
    return out


def _comma_between(doc: Doc, first: int, last: int) -> bool:
    return any(doc[i].text == "," for i in range(first + 1, last))


def complements(verb: Token, depth: int = 0, keep_appositions: bool = False) -> set[int]:
    """Token indices of a verb's objects, complements and the phrases that complete them."""
    out: set[int] = set()
    children = list(verb.children)
    doc = verb.doc
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    for child in children:
        dep = child.dep_
        if child.i < verb.i:
            continue
        if dep == "dobj" and child is not dobj and dobj is not None and _comma_between(doc, dobj.i, child.left_edge.i):
            continue  # a second object past a comma ends an apposition ("endorses X's campaign, ... to, now, a truce")
        if dep == "dobj" and dobj is not None and any(c.dep_ == "prep" and dobj.i < c.i < child.i for c in children):
            continue  # an object after a phrase is the parser's misreading ("beats X in the second match rubber")
        if dep == "dative" and child.pos_ == "ADP":
            out |= prep_phrase(child, keep_appositions)  # "sell the lighthouse [to a hotel group]": never a bare "to"
        elif dep in ("dobj", "dative", "attr", "oprd"):
            out |= noun_phrase(child, keep_appositions=keep_appositions)
        elif _measure(child) or _comparison(child):
            out |= _without_brackets(verb.doc, {t.i for t in child.subtree})  # "fell 9.8%", "fewer than expected"
        elif dep == "acomp":
            out |= {child.i} | _adjective(child, depth)
        elif dep in ("xcomp", "ccomp") and depth < 2 and (dep == "xcomp" or speech_act(verb) or verb.pos_ == "VERB"):
            if dep == "ccomp" and plain_report(verb) and depth == 0:
                continue  # the frame's business; deeper, "outlined what he thinks should be ..." is the content
            out |= verb_phrase(child, depth + 1)
        elif dep == "agent":
            out |= prep_phrase(child)
        elif dep == "advcl" and _noun_infinitive(dobj, child):
            out |= verb_phrase(child, depth + 1)  # "defended his call [to raise the minimum wage]"
        elif dep == "conj" and child.pos_ == "NOUN" and dobj is not None and child.i == dobj.right_edge.i + 1:
            out |= {child.i}  # "reduced Chelsea's Premiership lead": the parser made "lead" a verb's conjunct
        elif dep == "advmod" and child.lower_ in ("up", "down") and sum(1 for _ in child.subtree) <= 4:
            out |= {t.i for t in child.subtree}  # "closed down 8%"
        elif (
            dep == "advmod"
            and child.i == verb.i + 1
            and dobj is None
            and (child.lower_.endswith("ly") or (child.lower_ == "so" and verb.lemma_ == "do"))
        ):
            out.add(child.i)  # "will rise sharply", "did so"
    out |= _phrases(verb, dobj, out, keep_appositions, depth)
    return out


def _noun_infinitive(dobj: Token | None, clause: Token) -> bool:
    """An infinitive right after an object that it completes ("his call [to raise ...]"), which the parser
    hung on the verb as a purpose."""
    return (
        dobj is not None
        and dobj.lemma_.lower() in INFINITIVE_NOUNS
        and _infinitive(clause)
        and clause.left_edge.i == dobj.right_edge.i + 1
    )


def _measure(token: Token) -> bool:
    """An amount hung loose on a verb or noun ("fell [9.8%]", "$1 [m]"): part of the news, with its unit."""
    return token.dep_ == "npadvmod" and token.ent_type_ in _AMOUNTS and sum(1 for _ in token.subtree) <= _AMOUNT_TOKENS


def _comparison(token: Token) -> bool:
    """A short "than" clause ("fewer jobs [than expected]"): the comparison is the news."""
    return (
        token.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "than" for c in token.children)
        and sum(1 for _ in token.subtree) <= _AMOUNT_TOKENS
    )


def _phrases(verb: Token, dobj: Token | None, core: set[int], keep_appositions: bool, depth: int) -> set[int]:
    """The prepositional phrases that complete the clause, in order, while the headline stays short:
    "sentenced Morsi [to three years in prison] [for insulting the judiciary]". A date is skipped,
    but no phrase after one that was left out is taken (that would change what it modifies). A phrase
    of circumstance ("after a fireworks malfunction", "amid rumours of a rift") only completes a bare
    main clause ("Two people suffered minor injuries")."""
    candidates = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    if dobj is not None:
        candidates += [c for c in dobj.children if c.dep_ == "prep" and c.i > dobj.i and c.lower_ != "of"]
    out: set[int] = set()
    words = len(core) + 4  # the subject and the verb group, roughly
    for prep in sorted(candidates, key=lambda t: t.i):
        if prep.lower_ == "according":
            continue  # an attribution is the frame's business, never a phrase of the clause
        if _temporal(prep) and (out or core):
            continue
        whole = {t.i for t in prep.subtree}
        phrase_ = prep_phrase(prep, keep_appositions)
        must = _required_prep(verb, prep, dobj, keep_appositions)
        if not keep_appositions and _gap(verb.doc, core | out | {verb.i}, prep.i):
            break  # a phrase after words left out would seem to modify what it does not
        cut = phrase_ != whole and not any(t.pos_ == "PROPN" for t in prep.children)
        cut = cut and not _complete(prep, phrase_)
        loose = prep.lower_ in _LOOSE_PREPS and (depth > 0 or words > BARE)  # circumstance, unless bare
        loose = loose and not _limit(prep)
        over = words + len(phrase_) > _BUDGET and not _argument(verb, prep, dobj) and not _venue(prep)
        if not must and (over or loose or (cut and (out or core))):
            break  # "in a deal worth $50m announced on Monday" would read "in a deal": no phrase at all
        out |= phrase_
        words += len(phrase_)
    return out


def _argument(verb: Token, prep: Token, dobj: Token | None) -> bool:
    """A phrase the verb's meaning needs, kept past the length budget: right after the verb
    ("succeeded [in launching]", "called [on its followers]"), a role or a goal after the object
    ("view X [as a violation]", "forced X [out of the tie]"), or the place of a placing verb ("put
    the economy [at the centre]")."""
    between = [t for t in verb.doc[verb.i + 1 : prep.i] if t.dep_ not in ("prt", "neg", "advmod")]
    if not between and prep.head.i == verb.i:
        return True
    if dobj is not None and prep.i > dobj.i and prep.head.i == verb.i and prep.lower_ in ARGUMENT_PREPOSITIONS:
        return True
    return verb.lemma_ in PLACING_VERBS and prep.head.i == verb.i


def _venue(prep: Token) -> bool:
    """ "[in Geneva]", "[at Wembley Stadium]": a short phrase naming where the event took place, kept
    past the length budget (lexicons `VENUE_PREPOSITIONS`, `VENUE_ENTITIES`)."""
    if prep.lower_ not in VENUE_PREPOSITIONS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        len(objects) == 1 and objects[0].ent_type_ in VENUE_ENTITIES and sum(1 for _ in prep.subtree) <= _VENUE_TOKENS
    )


def _limit(prep: Token) -> bool:
    """ "retire [before 65]", "not [before 2030]": a time preposition whose object is a bare number sets
    a limit that is the news, not a circumstance."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.like_num and sum(1 for _ in prep.subtree) == 2


def _complete(prep: Token, kept: set[int]) -> bool:
    """A phrase cut only after a described noun: its object keeps a number, an adjective, a compound
    or a possessive, and loses only clauses ("against two men [believed to be ...]"), so it reads
    whole; "in a deal [worth $50m]", "into allegations [that ...]" would not."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return False
    dropped = [c for c in obj.children if c.i > obj.i and c.i not in kept]
    described = any(c.dep_ in ("nummod", "amod", "compound", "poss") and c.i in kept for c in obj.children)
    return (described or not dropped) and all(c.dep_ in _LOOSE_DEPS or c.ent_type_ in TEMPORAL for c in dropped)


def _gap(doc: Doc, kept: set[int], start: int) -> bool:
    """Words left out between what is kept and a phrase starting at ``start`` (punctuation, dates
    and adverbs may go unnoticed)."""
    last = max((i for i in kept if i < start), default=start - 1)
    for token in doc[last + 1 : start]:
        if token.is_punct or token.is_space or token.pos_ in ("ADV", "PART"):
            continue
        if token.dep_ in ("prt", "aux", "auxpass", "neg") and token.head.i in kept:
            continue  # "has been put up [for sale]": the verb group is kept with the verb
        if token.ent_type_ in TEMPORAL or (token.dep_ == "prep" and _temporal(token)):
            continue
        return True
    return False


def _required_prep(verb: Token, prep: Token, dobj: Token | None, keep_appositions: bool) -> bool:
    """A prepositional phrase the clause needs: "provided X with Y", "sent Y to X", the party in "won an
    order from Qatar Airways", "spoke with X about Y" in an interview's opening."""
    if keep_appositions and prep.lower_ in ("with", "to", "about", "on") and verb.lemma_ in _INTERVIEW_LEMMAS:
        return True
    if keep_appositions and prep.lower_ == "for" and any(c.lemma_ == "interview" for c in prep.children):
        return True  # "sat down with X [for an interview]": what the meeting was
    if verb.lemma_ in PROVIDE_VERBS and prep.lower_ == "with":
        return True
    if prep.head.i == verb.i and prep.lower_ in CHARGE_PREPOSITIONS.get(verb.lemma_, ()):
        return True  # "accuses X [of Y]": the charge
    if dobj is not None and prep.lower_ == "to" and prep.i > dobj.i and prep.head.i == verb.i:
        return True
    return dobj is not None and prep.i > dobj.i and _names_party(prep)


def _adjective(adj: Token, depth: int) -> set[int]:
    """ "ready to launch satellites", "ill-prepared for the act": the adjective's complement."""
    out: set[int] = set()
    for child in adj.children:
        if child.dep_ in ("advmod", "npadvmod") and child.i < adj.i and child.lower_ not in ("very", "so", "too"):
            out |= {t.i for t in child.subtree}
        elif child.dep_ == "xcomp" and depth < 2:
            out |= verb_phrase(child, depth + 1)
        elif child.dep_ == "prep" and child.i == adj.i + 1 and not _temporal(child):
            out |= prep_phrase(child)
    return out


def verb_phrase(verb: Token, depth: int) -> set[int]:
    """An embedded clause or infinitive, compressed like the main one."""
    out = {verb.i}
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and child.i < verb.i and child.tag_ in ("WP", "WDT"):
            out.add(child.i)  # "outlined [what] he thinks should be ...": the fronted object
        elif child.dep_ == "advmod" and child.i < verb.i and child.tag_ == "WRB":
            out.add(child.i)  # "a view of [how] a president should handle ...": the clause's wh-word
        elif child.dep_ == "compound" and child.i < verb.i:
            out |= {t.i for t in child.subtree}  # "make [staff] retire": the parser took the doer for a modifier
        elif child.dep_ in _VERB_KEEP or child.dep_ in ("mark", "nsubj", "nsubjpass", "expl"):
            if child.dep_ in ("nsubj", "nsubjpass"):
                out |= noun_phrase(child)
            elif child.dep_ == "mark" and child.lower_ == "that":
                continue  # "ruled that X": the headline drops the complementiser
            else:
                out.add(child.i)
    # "threatened to run [away from the field]", "vowed to [never] return": its particle and negation too
    return out | verb_group(verb) | complements(verb, depth)


def prep_phrase(prep: Token, keep_appositions: bool = False) -> set[int]:
    """A prepositional phrase: whole when short ("to three years in prison"), else compressed."""
    whole = {t.i for t in prep.subtree}
    if len(whole) <= _WHOLE_PP and not _temporal_inside(prep):
        if prep.doc[max(whole)].text == ",":
            whole.discard(max(whole))  # a comma that closes the phrase is the sentence's, not the phrase's
        return _without_brackets(prep.doc, whole)
    out = {prep.i}
    for child in prep.children:
        if child.dep_ == "prep" and child.i == prep.i + 1:
            out |= prep_phrase(child, keep_appositions)  # "out of control"
        elif child.dep_ == "pobj":
            out |= noun_phrase(child, keep_appositions=keep_appositions)
        elif child.dep_ == "pcomp":
            out |= verb_phrase(child, 2)
    return out


def _temporal_inside(prep: Token) -> bool:
    return any(t.dep_ == "prep" and _temporal(t) for t in prep.subtree if t.i != prep.i)


def _temporal(prep: Token) -> bool:
    """A phrase that dates the event ("on Monday", "in March"), not an argument ("to three years")."""
    if prep.lower_ not in _TIME_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(o.ent_type_ in TEMPORAL for o in objects)


def _party_tokens(prep: Token) -> int:
    """How long a party's phrase after its noun may be: a nominal's doer ("the bid [by Cie. Financiere de
    Paribas]") says who acts, and may take a company's full name."""
    return _AGENT_TOKENS if prep.lower_ == "by" else 3


def _names_party(prep: Token, longest: int = 5) -> bool:
    """True for a short prepositional phrase naming a person, organisation or place."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        len(objects) == 1
        and objects[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC")
        and sum(1 for _ in prep.subtree) <= longest
    )
