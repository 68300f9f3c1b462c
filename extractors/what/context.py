"""What every event of one article is read against: attributions, the title's words, the lead."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, LEMMA, LENGTH, LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from extractors.arrays import any_of, columns
from extractors.clauses import (
    breaks_between,
    by_agent,
    captions,
    doc_text,
    furniture,
    present_caption,
    quoted,
    sentences,
    subject_of,
)
from extractors.coref import Coref, coref_for
from extractors.kinds import Kind, article_kind
from extractors.lexicons.attribution import ACCUSATION_VERBS
from extractors.lexicons.events import BACKGROUND_OPENERS, SCENE_OPENERS
from extractors.tree import children_of, subtree_range, tokens_of
from extractors.types import Actor, Attribution
from extractors.voices import guest_bodies
from extractors.what.verbs import _inverted_report, main_participle, plain_report, reports

# Cognition cues that make the reported clause a belief rather than a stated fact.
_BELIEF_CUES = frozenset({"believe", "suspect", "allege", "think", "estimate", "fear", "suggest", "claim"})


class _Contents:
    """The named sources' content spans, found by position without scanning them all per verb."""

    def __init__(self, sources: list[Attribution]) -> None:
        spans = sorted(
            ((a.content_span.start, a.content_span.end, a) for a in sources if a.content_span and a.source),
            key=lambda t: (t[0], t[1]),
        )
        self.starts = [start for start, _, _ in spans]
        self.spans = spans
        self.longest = max((end - start for start, end, _ in spans), default=0)
        self.by_cue = {a.cue_span.start: a for _, _, a in spans}

    def innermost(self, offset: int) -> Attribution | None:
        """The attribution with the shortest content span containing ``offset``."""
        best: tuple[int, Attribution] | None = None
        i = bisect.bisect_right(self.starts, offset) - 1
        while i >= 0 and self.spans[i][0] >= offset - self.longest:
            start, end, a = self.spans[i]
            if start <= offset < end and (best is None or end - start < best[0]):
                best = (end - start, a)
            i -= 1
        return best[1] if best else None


def _attribution(verb: Token, coref: Coref, contents: _Contents) -> tuple[str | None, bool]:
    """(who reported the event, whether the report is a belief) from the sources part, else the syntax."""
    found = contents.innermost(verb.idx)
    dateline = tokens_of(verb.doc)[coref.floor].idx if coref.floor >= 0 else -1
    if found is not None and (found.source_span is None or found.source_span.start > dateline):
        return found.source, found.cue in _BELIEF_CUES  # never "TORONTO", the dateline
    token = verb
    for _ in range(8):
        for child in children_of(token):
            # "according to X" on the clause, or a trailing "..., X said" attached to it
            if child.lower_ == "according":
                for to in children_of(child):
                    for obj in children_of(to):
                        if obj.dep_ == "pobj":
                            return coref.name(obj), False
            if child.dep_ == "conj" and _inverted_report(child):
                source = next(c for c in children_of(child) if c.dep_ == "dobj")
                return coref.name(source), child.lemma_ in _BELIEF_CUES
            if child.dep_ in ("parataxis", "ccomp") and plain_report(child) and child.i > verb.i:
                subject, _ = subject_of(child, coref.floor)
                if subject is not None:
                    return coref.name(subject), child.lemma_ in _BELIEF_CUES
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ in ("ccomp", "parataxis") and reports(head):
            subject, _ = subject_of(head, coref.floor)
            return (coref.name(subject) if subject is not None else None), head.lemma_ in _BELIEF_CUES
        if token.dep_ == "pcomp" and head.head.lemma_ in ACCUSATION_VERBS:
            subject, passive = subject_of(head.head, coref.floor)
            if passive:  # "Y was accused by X of providing": X's word
                subject = by_agent(head.head)
            return (coref.name(subject) if subject is not None else None), True
        if token.dep_ not in ("conj", "xcomp", "prep", "pcomp", "acomp"):
            break
        token = head
    return None, False


def clause_range(verb: Token) -> tuple[int, int]:
    """Token range of the clause: the verb's subtree without coordinated clauses and reporting frames."""
    first = last = verb.i
    for child in children_of(verb):
        dep = child.dep_
        if dep in ("conj", "cc") and child.pos_ in ("VERB", "AUX", "CCONJ"):
            continue
        if dep in ("parataxis", "ccomp") and plain_report(child) and child.i > verb.i:
            continue
        a, b, _ = subtree_range(child)
        first, last = min(first, a), max(last, b)
    tokens = tokens_of(verb.doc)
    while first < last and (tokens[first].is_punct or tokens[first].is_space):
        first += 1
    while last > first and (tokens[last].is_punct or tokens[last].is_space):
        last -= 1
    return first, last


def title_words(title: str | None) -> tuple[str, ...]:
    """The content words of a title, folded: what its news is about ("eBay shares fall as profits
    miss forecasts" -> ebay, shares, fall, profits, miss, forecasts)."""
    if not title:
        return ()
    words = (w.casefold() for w in re.findall(r"[^\W_]+", title))
    return tuple(dict.fromkeys(w for w in words if w not in STOP_WORDS and (len(w) > 2 or w.isdigit())))


def same_word(a: str, b: str) -> bool:
    """Two folded words of one stem: "fired" and "fire", "upgrades" and "upgraded" (not "plan" and
    "plant" beyond four letters: the shorter may differ from the common part by two letters at most)."""
    if a == b:
        return True
    if a[:4] != b[:4]:
        return False  # (asked of every word against every title word: the common case first)
    shorter = min(len(a), len(b))
    common = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return shorter >= 4 and common >= max(4, shorter - 2)


# "21 girls released by Boko Haram", "Bank Fined By Watchdog": a title's passive verb and the words after "by".
_TITLE_AGENT = re.compile(r"\b([A-Za-z]+(?:ed|en|wn|ht|id|lt|nt))\s+[Bb]y\s+((?:[\w'’&.-]+\s*){1,6})")


def title_agents(title: str | None, who: list[Actor]) -> tuple[tuple[str, str], ...]:
    """(verb word, canonical actor) for each passive of the title whose by-agent `who` knows (the
    longest run of words after "by" that names an actor): the doer the article's lead may leave out
    ("The girls were released" under "... Released by Boko Haram, Nigeria Says")."""
    if not title:
        return ()
    forms: dict[str, str] = {}
    for actor in who:
        for form in (actor.name, *(m.text for m in actor.mentions)):
            forms.setdefault(form.casefold(), actor.name)
    found = []
    for verb, after in _TITLE_AGENT.findall(title):
        words = re.findall(r"[\w'’&.-]+", after)
        if words and words[0].casefold() == "the":
            words = words[1:]
        runs = (" ".join(words[:n]).casefold() for n in range(len(words), 0, -1))
        name = next((forms[k] for k in runs if k in forms), None) or _described_agent(words, who)
        if name is not None:
            found.append((verb.casefold(), name))
    doer = _title_doer(title, forms)
    if doer is not None:
        found.append(doer)
    return tuple(found)


# A title's present-tense verb after its opening name ("Vantor Bank sacks its chief").
_TITLE_VERB = re.compile(r"[a-z]+s")


def _title_doer(title: str, forms: dict[str, str]) -> tuple[str, str] | None:
    """ "Firm X sacks boss": (verb word, canonical actor) when the title opens with a name `who`
    knows (the longest run of words) followed by a present-tense verb: the doer of the lead's
    agentless passive of that verb ("Its chief executive has been sacked")."""
    words = re.findall(r"[\w'’&.-]+", title)
    for n in range(min(len(words) - 1, 6), 0, -1):
        name = forms.get(" ".join(words[:n]).casefold())
        if name is not None:
            verb = words[n]
            return (verb.casefold(), name) if _TITLE_VERB.fullmatch(verb) else None
    return None


# Possessives before a title's described agent ("fired by her airline", "sold by its owner").
_POSSESSIVES = frozenset(["her", "his", "its", "their"])


def _described_agent(words: list[str], who: list[Actor]) -> str | None:
    """ "US blogger fired by her airline": an agent told by a description, not a name — the
    organisation whose name holds the description's noun ("Delta Airlines"), the first `who` lists."""
    if len(words) != 2 or words[0].casefold() not in _POSSESSIVES:
        return None
    noun = words[1].casefold()
    for actor in who:
        if actor.type == "organization" and any(same_word(noun, w.casefold()) for w in actor.name.split()[1:]):
            return actor.name
    return None


class _TitleIndex:
    """Which title words each stretch of the article holds, by the sorted positions of the tokens that hold them."""

    def __init__(self, doc: Doc, title: tuple[str, ...], agents: tuple[tuple[str, str], ...] = ()) -> None:
        self.size = len(title)
        self.agents = agents
        self.words = title
        self.advcl: list[int] = []  # the tokens that head an adverbial clause
        self.marked: set[int] = set()  # the tokens that hold a title word
        self._marks: list[int] = []  # the same, in order
        self._held_at: dict[int, tuple[int, ...]] = {}  # a token that holds title words -> those words
        self._names: dict[str, set[int]] = {}
        self._clauses: dict[int, tuple[int, int] | None] = {}  # advcl head -> its range when it has a subject
        self._by_prefix: dict[str, list[int]] = {}  # words of one stem share their first four letters (same_word)
        for j, word in enumerate(title):
            self._by_prefix.setdefault(word[:4], []).append(j)
        if not title or not len(doc):
            return
        lower_ids, lemma_ids, deps = columns(doc, (LOWER, LEMMA, DEP))
        # each distinct word is compared with the title once, by its form and its first use's lemma
        lowers, first, inverse = np.unique(lower_ids, return_index=True, return_inverse=True)
        strings, prefixes = doc.vocab.strings, self._by_prefix
        holds: dict[int, set[int]] = {}  # distinct word -> the title words it holds
        for u, (lower, lemma_id) in enumerate(zip(lowers.tolist(), lemma_ids[first].tolist(), strict=True)):
            key = strings[lower]
            # (a word whose lemma is its lower-case form needs no second look-up: most nouns and adjectives)
            lemma = key.lower() if lemma_id == lower else strings[lemma_id].lower()
            if key[:4] in prefixes or lemma[:4] in prefixes:
                found = self._holding(key, lemma)
                if found:
                    holds[u] = found
        if holds:
            chosen = np.zeros(len(lowers), dtype=bool)
            chosen[list(holds)] = True
            inverse = inverse.reshape(-1)
            for i in np.flatnonzero(chosen[inverse]).tolist():  # (in order: the marks are sorted)
                self.marked.add(i)
                self._held_at[i] = tuple(holds[int(inverse[i])])
                self._marks.append(i)
        self.advcl = np.flatnonzero(any_of(deps, _ADVCL)).tolist()

    def agent_of(self, verb: Token) -> str | None:
        """The title's by-agent of the same verb ("released by Boko Haram" for "were released")."""
        for word, name in self.agents:
            if same_word(word, verb.lower_) or same_word(word, verb.lemma_.lower()):
                return name
        return None

    def overlap(self, first: int, last: int, verb: Token, actor: str | None) -> float:
        """Share of the title's words the clause ``first..last`` (with its doer's name) holds; the verb
        itself counts twice ("Moscow denies ..." titles the denial). A subordinate clause with a doer
        of its own holds its own words ("X was 20 of 29 [as Pittsburgh clinched a bye]": the bye is
        Pittsburgh's news, not the root's)."""
        if not self.size:
            return 0.0
        named = self._named(actor) if actor else set()
        if not self.marked:  # (no token holds a title word: only the doer's name can)
            return len(named) / (self.size + 1)
        inner: list[tuple[int, int]] = []
        for i in self.advcl[bisect.bisect_left(self.advcl, first) : bisect.bisect_right(self.advcl, last)]:
            if (inner and i <= inner[-1][1]) or i == verb.i:
                continue  # inside a clause already set apart
            clause = self._clause(verb.doc, i)
            if clause is not None:
                a, b = clause
                if first <= a and b <= last and not a <= verb.i <= b:
                    inner.append((a, b))
        # (the clause's tokens that hold title words, found in the sorted marks: a title word is held when
        # the clause holds it more often than its inner clauses do)
        marks = self._marks[bisect.bisect_left(self._marks, first) : bisect.bisect_right(self._marks, last)]
        count: Counter[int] = Counter()
        for i in marks:
            inside = sum(1 for a, b in inner if a <= i <= b)
            for j in self._held_at[i]:
                count[j] += 1 - inside
        held = {j for j, n in count.items() if n > 0}
        held |= named
        return (len(held) + int(verb.i in self.marked)) / (self.size + 1)

    def _clause(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """The token range of the adverbial clause token ``i`` heads, when it has a subject of its own (read once)."""
        if i not in self._clauses:
            t = doc[i]
            own = any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(t))
            self._clauses[i] = (t.left_edge.i, t.right_edge.i) if own else None
        return self._clauses[i]

    def told_before(self, verb: Token) -> bool:
        """Whether a verb of the same lemma holding a title word comes before ``verb`` (the act told earlier)."""
        doc, lemma = verb.doc, verb.lemma_
        for i in self._marks[: bisect.bisect_left(self._marks, verb.i)]:
            if doc[i].lemma_ == lemma and doc[i].pos_ in ("VERB", "AUX"):
                return True
        return False

    def held_by(self, i: int) -> tuple[str, ...]:
        """The title words token ``i`` holds."""
        return tuple(self.words[j] for j in self._held_at.get(i, ()))

    def names_before(self, actor: str, verb: Token) -> bool:
        """Whether the title names ``actor`` (a word of its name among the title's words) before the word ``verb``
        holds: the title's doer of that act ("Netanyahu rejects ...", not "Trump responds to Rubio's attack")."""
        named, held = self._named(actor), self._held_at.get(verb.i, ())
        return bool(named) and bool(held) and min(named) < min(held)

    def _named(self, actor: str) -> set[int]:
        """The title words an actor's name holds (asked once per actor)."""
        found = self._names.get(actor)
        if found is None:
            found = self._names[actor] = self._holding(*(w.casefold() for w in re.findall(r"[^\W_]+", actor)))
        return found

    def _holding(self, *forms: str) -> set[int]:
        """The title words of the same stem as one of ``forms`` (only those of its first four letters are compared)."""
        return {j for form in forms for j in self._by_prefix.get(form[:4], ()) if same_word(self.words[j], form)}


_ADVCL = frozenset({"advcl"})


@dataclass(slots=True)
class _Context:
    """What every event of one article is read against."""

    doc: Doc
    text: str
    coref: Coref
    contents: _Contents
    units: list[Span]  # sentences split at line breaks (``units``)
    unit_starts: list[int]
    lead: int
    furniture: list[bool]
    aside: list[bool]  # per sentence: a question or a scene set for the reader, not news
    past: list[bool]  # per sentence: opened by a time phrase of the past ("Last year, ...")
    quoted: list[bool]
    kind: Kind
    title: _TitleIndex
    now: int | None = None  # the article's year: the reference date's, else the latest year it dates an act to
    bodies: tuple[tuple[str, str], ...] = ()  # an interview's guests and the bodies they speak for (voices)
    side: dict[int, bool] = field(default_factory=dict)  # unit -> it turns to a side story (ranking: read once)

    def unit_of(self, i: int) -> int:
        """Index of the unit (``units``) holding token ``i``."""
        return max(0, bisect.bisect_right(self.unit_starts, i) - 1)


def units(doc: Doc) -> list[Span]:
    """The Doc's sentences split at line breaks: the parser sometimes runs a line without a stop (a
    video's title, a credit) into the paragraph after it, which a reader takes as two."""
    out: list[Span] = []
    for sent in sentences(doc):
        start = sent.start
        for i in breaks_between(doc, sent.start, sent.end):
            if start < i + 1 < sent.end:
                out.append(doc[start : i + 1])
                start = i + 1
        out.append(doc[start : sent.end])
    return out


def line_break(doc: Doc, a: int, b: int) -> bool:
    """Whether a line break stands between tokens ``a`` and ``b``."""
    return bool(breaks_between(doc, min(a, b) + 1, max(a, b)))


def _context(
    doc: Doc, who: list[Actor], sources: list[Attribution], title: str | None = None, reference: date | None = None
) -> _Context:
    sents = units(doc)
    text = doc_text(doc)  # rebuilt by spaCy on every access: once per document
    marked = furniture(doc)
    furnished = [
        caption or marked.token(sent.root.i) for caption, sent in zip(captions(text, sents), sents, strict=True)
    ]
    for k in range(min(3, len(sents))):
        if present_caption(sents[k], sents[k + 1] if k + 1 < len(sents) else None):
            furnished[k] = True
    # (each read only of the sentences holding its cue: a question mark or a scene opener, a comma)
    orths, lowers = columns(doc, (ORTH, LOWER))
    cued = _spans_holding(sents, any_of(orths, {"?"}) | any_of(lowers, SCENE_OPENERS))
    aside = [cue and _aside(s) for cue, s in zip(cued, sents, strict=True)]
    commas = _spans_holding(sents, any_of(orths, {","}), width=10)  # (a sentence's first ten tokens: no Span made)
    past = [cue and _past_opener(s) for cue, s in zip(commas, sents, strict=True)]
    # the lead is the first sentence with a verb that is not furniture (a caption, a credit), nor a
    # question or a scene set for the reader ("Imagine editing Titanic down to ..."), nor background
    # told before the news ("Last year, ...")
    lead = next((k for k, s in enumerate(sents) if not (furnished[k] or aside[k] or past[k]) and _story_sentence(s)), 0)
    kind = article_kind(doc)
    return _Context(
        doc=doc,
        text=text,
        coref=coref_for(doc, who),
        contents=_Contents(sources),
        units=sents,
        unit_starts=[s.start for s in sents],
        lead=lead,
        furniture=furnished,
        aside=aside,
        past=past,
        quoted=quoted(doc),
        kind=kind,
        title=_TitleIndex(doc, title_words(title), title_agents(title, who)),
        now=reference.year if reference is not None else latest_year(doc),
        bodies=tuple(guest_bodies(text, title, kind, who)),
    )


def year_of(token: Token) -> int | None:
    """The year a token writes ("1998", "2004"), when it is one of a date."""
    text = token.text
    if len(text) != 4 or not text.isdigit() or token.ent_type_ != "DATE":
        return None
    year = int(text)
    return year if 1900 <= year <= 2099 else None


_YEARS_KEY = "newsum.years"


def years(doc: Doc) -> dict[int, int]:
    """Token index -> the year it writes (``year_of``), for every such token of the Doc: found once per Doc
    from its columns (four characters in a date), so a clause's words are not made Tokens to be asked."""
    found = doc.user_data.get(_YEARS_KEY)
    if isinstance(found, dict):
        return found
    ent_type, length = columns(doc, (ENT_TYPE, LENGTH))
    tokens = tokens_of(doc)
    found = {}
    for i in np.flatnonzero((length == 4) & any_of(ent_type, {"DATE"})).tolist() if len(doc) else []:
        year = year_of(tokens[i])
        if year is not None:
            found[i] = year
    doc.user_data[_YEARS_KEY] = found
    return found


# Words that put a year ahead of the act that names it ("will open in 2010", "by 2050", "until 2012"):
# a plan or a forecast, no sign of how recent the article is.
_AHEAD = frozenset(["will", "shall", "'ll", "would", "by", "until", "till", "to", "before"])


def latest_year(doc: Doc) -> int | None:
    """The latest year the article dates a fact to ("won the award in 2004", "the 2004 season"): the
    article is at least that recent (for an article sent without a date). A year ahead of its verb
    ("will open in 2010", "by 2050") does not count."""
    latest = None
    for token in (t for ent in doc.ents if ent.label_ == "DATE" for t in ent):  # (only a date's words)
        year = year_of(token)
        if year is None or (latest is not None and year <= latest):
            continue
        head, ahead = token.head, False
        for _ in range(4):  # "in [March] 2004" up to its verb
            ahead = ahead or head.lower_ in _AHEAD
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        if not ahead and not any(c.lower_ in _AHEAD for c in children_of(head)):
            latest = year
    return latest


# Sentence-final marks besides punctuation tokens (a closing quote the tokenizer keeps as a word).
_STOPS = frozenset({".", "!", "?", '"', "”", "'", "’", ")"})


def question(sent: Span) -> bool:
    """A sentence that asks ("Will the bank raise rates?", "What happens when the money runs out?"):
    a feature's way in or a reader's doubt, stating no news of its own."""
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text == "?"


def _spans_holding(spans: list[Span], mask: np.ndarray, width: int = 0) -> list[bool]:
    """Per span, whether it holds a token of ``mask`` (with ``width``: among its first ``width`` tokens)."""
    counts = np.concatenate(([0], np.cumsum(mask))).tolist()
    if width:
        return [counts[min(s.end, s.start + width)] > counts[s.start] for s in spans]
    return [counts[s.end] > counts[s.start] for s in spans]


def _aside(sent: Span) -> bool:
    """A question or a scene set for the reader ("Imagine editing Titanic down to ..."): a
    feature's way in, stating no news of its own (the headline skips them too)."""
    if all(t.is_space or t.is_quote for t in sent):  # (stops at the first word: no list of them all)
        return False
    if question(sent):
        return True
    first = next((t for t in sent if t.is_alpha), None)  # a letter is never a space or a quote
    after = first.nbor() if first is not None and first.i + 1 < len(sent.doc) else None
    return (
        first is not None
        and first.lower_ in SCENE_OPENERS
        and after is not None
        and (after.is_lower or after.tag_ in ("VBG", "DT", "PRP"))
    )


def _past_opener(sent: Span) -> bool:
    """A sentence opened by a time phrase of the past before a comma ("Last year, ...", "More than
    five years ago, ..."): background to the news, not the news."""
    words: list[str] = []
    for token in tokens_of(sent.doc)[sent.start : min(sent.start + 10, sent.end)]:  # (sent[:10] without a Span)
        if token.text == ",":
            return any(tuple(words[-len(row) :]) == row for row in BACKGROUND_OPENERS if len(words) >= len(row))
        if not token.is_space:
            words.append(token.lower_)
    return False


def _story_sentence(sent: Span) -> bool:
    """A sentence of the story: a verb, and not a heading or a bare dateline, nor a line that ends
    without a stop (a repeated headline, a video's title with its timestamp)."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < 4 or not any((t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT") or main_participle(t) for t in sent):
        return False
    last = next((t for t in reversed(sent) if not t.is_space), None)
    after = sent.doc[sent.end] if sent.end < len(sent.doc) else None
    line_end = after is None or (after.is_space and "\n" in after.text) or "\n" in sent[-1].text
    return not line_end or (last is not None and (last.is_punct or last.text in _STOPS))


def above_floor(verb: Token, floor: int) -> int:
    """The dateline floor a verb's words are read above: none for a verb before the dateline (the heading block
    above a wire dateline, "Calderon calls Trump's idea 'stupid'\n\nMEXICO CITY, Feb. 8 (UPI) —": its subject
    stands before the dateline, so a floor would leave it no subject and no event; extractors/heading.py)."""
    return floor if verb.i > floor else -1


def _story_range(verb: Token, ctx: _Context) -> tuple[int, int]:
    """The clause's token range without the dateline before it ("LONDON, March 1 -") or after it."""
    first, last = clause_range(verb)
    first = max(first, min(above_floor(verb, ctx.coref.floor) + 1, verb.i))
    breaks = breaks_between(ctx.doc, first, verb.i)
    if breaks:
        first = breaks[-1] + 1  # a dateline paragraph the parser ran into the sentence
    after = breaks_between(ctx.doc, verb.i, last) if verb.i <= ctx.coref.floor else []
    if after:
        last = after[0] - 1  # the heading above the dateline ends at its line: the parser ran the dateline into it
    return first, last
