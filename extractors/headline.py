"""The headline: one grammatical sentence stating the article's main news, with a named subject.

Built from the top reliable event's clause as written, compressed the way a sub-editor cuts a lead:

1. The event: the first of the top events whose subject names someone (a `who` actor, a resolved
   pronoun or description, or a concrete noun phrase: never "it", "they", "the pair") and that is
   not page furniture; when none of the top events is reliable, the main clause of the lead.
2. The subject: a pronoun or a description becomes the canonical `who` name; a common noun with
   a named apposition becomes the name ("The UK's biggest brewer, Scottish and Newcastle (S&N)" →
   "Scottish and Newcastle"); a titled name keeps the name ("Actor Daniel Day-Lewis" → "Daniel
   Day-Lewis").
3. The predicate: the verb group with its auxiliaries, negation and hedges, the objects and
   complements; noun phrases keep determiners, possessives, modifiers and "of" phrases, and lose
   appositions, relative clauses, participle phrases and brackets; adverbial clauses, dates and
   trailing prepositional phrases go, but a phrase naming a party ("from Qatar Airways") or
   completing the object stays.
4. The attribution: kept only where the news is a claim — a named source's statement, or an
   opinion or forecast of an unnamed one — in the article's own frame ("North Korea said it is
   ready to launch ..."), naming the source as `sources` does; never for an agency or a
   publication.

Interviews and news-conference transcripts get a headline saying what they are (extractors/kinds.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from extractors.clauses import dateline_end, doc_text, furniture, phrase, sentences, subject_of, text_of
from extractors.compress import (
    addition,
    background,
    cut_list,
    evaluation,
    governing_verb,
    own_act,
    pro_verb,
    split_subject,
)
from extractors.coref import Coref, agrees, coref_for
from extractors.kinds import Kind, article_kind, kind_headline
from extractors.lexicons.actors import HEDGE_ADVERBS, PROVIDE_VERBS
from extractors.lexicons.attribution import NEWS_AGENCIES, REPORTING_VERBS
from extractors.lexicons.events import ARGUMENT_PREPOSITIONS, PLACING_VERBS, VAGUE_SUBJECTS
from extractors.tense import conjunct_tense, headline_tense, plural_of
from extractors.types import Actor, Attribution, Event
from extractors.what import CLAIM_ACTS, main_participle, plain_report, question, reports, speech_act

VERSION = 14

_MAX_WORDS = 30
_MIN_WORDS = 4
_SHORT = 8  # words: a headline this short takes back a trailing participle ...
_BARE = 6  # words: ... this short, the subject's apposition, and a phrase of circumstance completes it
_EXTRA = 10  # tokens: ... of at most this length
_WHOLE_PP = 6  # tokens: a prepositional phrase this short is kept whole ("to three years in prison")
_BUDGET = 18  # words: optional phrases are added while the headline stays this short (titles: ~7)
_ACTS_BUDGET = 20  # tokens: the same doer's second act is added while the headline stays this short
# Prepositions whose phrase is circumstance rather than part of the news ("despite", "amid").
_LOOSE_PREPS = frozenset({"despite", "amid", "after", "before", "during", "since", "following", "like"})
_GROUP_ADVERBS = HEDGE_ADVERBS | {"never", "not", "hardly", "barely", "scarcely", "no"}
# Adverbs that complete a phrasal verb when they follow it at once, though the parser calls them
# advmod, not prt: "has struck back", "walked away from the talks", "pulled out of the deal".
_PARTICLE_ADVERBS = frozenset({"back", "away", "out", "off", "apart", "ahead"})
_INTERVIEW_LEMMAS = frozenset({"interview", "speak", "talk", "sit", "chat", "catch"})
_NP_KEEP = frozenset({"det", "poss", "compound", "amod", "nummod", "quantmod", "nmod", "case", "predet", "neg"})
_VERB_KEEP = frozenset({"aux", "auxpass", "neg", "prt"})
_TEMPORAL = frozenset({"DATE", "TIME"})
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_AMOUNT_TOKENS = 5
# What may follow a described noun and go without leaving its phrase unfinished
# ("against her eight-year doping ban [with the Court of Arbitration]", "[, up from ...]").
_LOOSE_DEPS = frozenset({"acl", "relcl", "punct", "prep", "appos", "advmod"})
_TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "by", "until", "till", "before", "after", "from", "over"})
_OPEN, _CLOSE = "([{", ")]}"


@dataclass(slots=True)
class _Builder:
    """Token choices for one headline: the kept tokens and the subject's replacement text."""

    doc: Doc
    coref: Coref
    keep: set[int] = field(default_factory=set)
    replace: dict[int, tuple[int, str]] = field(default_factory=dict)  # first token -> (last token, text)
    forms: dict[int, str] = field(default_factory=dict)  # token -> the word written instead (tense)

    def render(self) -> str:
        out: list[str] = []
        previous = -2
        skip_to = -1
        marked = furniture(self.doc)
        kept = {i for i in set(self.keep) | set(self.replace) if i in self.replace or not marked.token(i)}
        for i in list(kept):  # "long-range": a hyphen between two kept words stays
            hyphen = i + 2 < len(self.doc) and self.doc[i + 1].text in ("-", "–", "/", "&")
            if hyphen and i + 2 in kept and not self.doc[i].whitespace_:
                kept.add(i + 1)
        for i in sorted(kept):
            # "caused damage [and] an emergency was declared" (a misparse of two clauses): a coordinator
            # after its kept head and before a kept word stays, or the headline is a run-on
            cc = self.doc[i - 1] if i > 0 else None
            if cc is not None and cc.dep_ == "cc" and cc.i not in kept and cc.head.i in kept and cc.head.i < cc.i:
                kept.add(cc.i)
        for i in sorted(kept):
            if i <= skip_to:
                continue
            if i in self.replace:
                last, text = self.replace[i]
                piece, skip_to = text, last
            else:
                token = self.doc[i]
                if token.is_space:
                    continue
                piece = self.forms.get(i, token.text)
                if token.text == "," and cut_list(token, kept):
                    piece = " and"
            glue = "" if piece.startswith(("'", "’", "n't", "n’t", ",", ".", ")", "%")) else " "
            if out and i == previous + 1 and not self.doc[previous].whitespace_ and i not in self.replace:
                glue = ""
            out.append(glue + piece if out else piece)
            previous = max(i, skip_to)
        return re.sub(r"\s+", " ", "".join(out)).strip()


def make_headline(
    doc: Doc,
    *,
    reference: date | None = None,
    what: list[Event],
    who: list[Actor] | None = None,
    sources: list[Attribution] | None = None,
) -> str | None:
    """One plain sentence stating the main news, or None when the article states nothing."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return None
    who = who or []
    coref = coref_for(doc, who)
    kind = article_kind(doc)
    if kind.name == "transcript":
        announced = _announcement(what, who)
        if announced:
            return announced
    if kind.name != "news":
        special = kind_headline(doc, kind, who, _compress_clause_text(doc, coref))
        if special:
            return special
    found = [_verb_at(doc, event) for event in what[:5] if event.salience >= 0.5]
    # a question states no news: the headline comes from a clause that does
    verbs = [v for v in found if v is not None and not (kind.in_turn(v.idx) and kind.name != "news") and not _asked(v)]
    # an event before a judgement ("X is another blow") and before a clause of circumstance ("since he
    # took office"): those only when no other top event makes a headline
    for verb in sorted(verbs, key=lambda v: (background(v), evaluation(v))):
        built = _from_verb(doc, coref, verb, None, sources or [])
        if built:
            return built
    root = _lead_root(doc, kind)
    built = _from_verb(doc, coref, root, None, sources or [], strict=False) if root is not None else None
    return built or _lead_text(doc, kind)


def _announcement(what: list[Event], who: list[Actor]) -> str | None:
    """A news conference whose speaker opens with an announcement ("I announce the resignation of
    ..."): the announcement is its news, told as made at the conference; None otherwise."""
    speaker = who[0].name if who else None
    for event in what[:3]:
        if event.action != "announce" or event.actor != speaker or event.salience < 0.5:
            continue
        words = (event.object or "").split()
        if words and len(words) <= 15 and not event.negated:
            return _sentence(f"{speaker} announces {' '.join(words)} at a news conference")
    return None


def _lead_text(doc: Doc, kind: Kind) -> str | None:
    """The last resort: the lead sentence as written, cut to the headline's length; in an article
    that is all furniture (a photo gallery), its first caption."""
    floor = dateline_end(doc)
    marked = furniture(doc)
    for any_line in (False, True):
        for sent in sentences(doc):
            if sent.end <= floor + 1 or (kind.in_turn(sent.start_char) and kind.name != "news"):
                continue
            if (marked.token(sent.root.i) or _asked(sent.root)) and not any_line:
                continue
            start = max(sent.start, floor + 1)
            words = [t for t in doc[start : sent.end] if t.is_alpha]
            if len(words) >= _MIN_WORDS:
                text = text_of(doc, start, sent.end - 1).split(" according to ")[0]
                found = _sentence(text)
                if found:
                    return found
    return None


def _asked(verb: Token) -> bool:
    """Whether a verb's sentence (to the line's end) is a question ("Will the bank raise rates?")."""
    sent = verb.sent
    doc = verb.doc
    end = next((t.i for t in doc[verb.i : sent.end] if t.is_space and "\n" in t.text), sent.end)
    return question(doc[sent.start : end])


def _compress_clause_text(doc: Doc, coref: Coref) -> Callable[[Token], str | None]:
    """The interview opening's clause, compressed with its appositions ("X, founder of Y,")."""

    def compress(verb: Token) -> str | None:
        return _from_verb(doc, coref, verb, None, [], strict=False, keep_appositions=True)

    return compress


def _lead_root(doc: Doc, kind: Kind) -> Token | None:
    """The main verb of the lead: the first sentence of the story with a verb."""
    floor = dateline_end(doc)
    marked = furniture(doc)
    for sent in sentences(doc):
        if sent.end <= floor + 1 or (kind.in_turn(sent.start_char) and kind.name != "news"):
            continue
        if marked.token(sent.root.i) or _asked(sent.root):
            continue
        words = [t for t in sent if t.is_alpha]
        if len(words) < 4:
            continue
        root = sent.root
        if root.pos_ in ("VERB", "AUX"):
            return root
    return None


def _from_verb(
    doc: Doc,
    coref: Coref,
    verb: Token,
    event: Event | None,
    sources: list[Attribution],
    *,
    strict: bool = True,
    keep_appositions: bool = False,
) -> str | None:
    """The headline stated by one verb's clause, or None when its subject names nobody (strict)."""
    b = _Builder(doc, coref)
    frame = _report_frame(verb)
    if frame is verb:
        # the lead is "X said Y": Y is the news, in X's frame
        verb = next(c for c in verb.children if c.dep_ in ("ccomp", "parataxis"))
    subject, passive = subject_of(verb, coref.floor)
    if subject is None and main_participle(verb):
        subject = verb.head  # "A fireball streaked across the sky", parsed as a noun and a participle
    if subject is None or not _finite(verb) or pro_verb(verb):
        return None
    reporter = _reporter(b, verb, frame, sources) if frame is not None else None
    if reporter is not None and frame is not None and plain_report(frame) and own_act(verb, passive):
        doer = coref.actor(subject)
        if (
            subject.pos_ == "PRON" and doer in (reporter[2], None) and subject.lower_ in ("it", "they", "he", "she")
        ) or (doer is not None and doer == reporter[2]):
            # "Acme said it has opened an inquiry": the doer's own act, stated as titles state it
            b.replace[subject.left_edge.i if subject.pos_ != "PRON" else subject.i] = (
                subject.right_edge.i if subject.pos_ != "PRON" else subject.i,
                reporter[0],
            )
            reporter = None
    if reporter is not None and frame is not None and _institutions_fact(coref, reporter[2], verb, frame):
        reporter = None  # "House prices dipped, the statistics office said": the fact is the news
    own = reporter is not None and frame is not None and not speech_act(frame) and subject.pos_ != "PRON"
    if own and reporter is not None and coref.actor(subject) == reporter[2] is not None:
        reporter = None  # "ICIJ reports ICIJ helped ...": the doer's own statement needs no frame
    bound = (
        reporter is not None
        and subject.pos_ == "PRON"
        and coref.actor(subject) in (reporter[2], None)
        and (reporter[2] is None or agrees(subject.lower_, coref.types.get(reporter[2]), coref.gender.get(reporter[2])))
        and not (subject.lower_ == "it" and coref.types.get(reporter[2] or "") in ("person", None))
    )
    if reporter is None and frame is not None and subject.pos_ == "PRON" and coref.actor(subject) is None:
        stated = _unnamed_reporter(b, frame, subject)
        if stated is not None:
            b.replace[subject.i] = (subject.i, stated)  # "Police in Cologne said they had ..."
    split = split_subject(subject)
    if split is not None and subject.i not in b.replace:
        b.replace[split.left_edge.i] = (subject.right_edge.i, text_of(doc, split.left_edge.i, subject.right_edge.i))
    elif subject.i not in b.replace and not _subject(
        b, subject, bound=bound, strict=strict, keep_appositions=keep_appositions
    ):
        return None
    _predicate(b, verb, keep_appositions=keep_appositions)
    _enrich(b, verb, subject)
    _same_paragraph(b, verb)
    if reporter is None:
        _headline_tense(b, verb, subject)  # a claim keeps its own tense, in a frame that "says"
    if (reports(verb) or speech_act(verb)) and not any(i > verb.i for i in b.keep if not doc[i].is_punct):
        return None  # "The Law Lords have ruled.": a speech act without what was said is no news
    content = b.render()
    if reporter is not None:
        first = doc[min((i for i in b.keep | set(b.replace) if i > coref.floor), default=verb.i)]
        named = first.pos_ == "PROPN" and bool(first.ent_type_)  # "Domestic demand ..." is no name
        opening = first.is_sent_start or first.i == coref.floor + 1  # "CANBERRA, Feb 27 - [Domestic] demand"
        if opening and not named and first.text != "I" and first.i not in b.replace:
            content = content[:1].lower() + content[1:]
        content = f"{reporter[0]} {reporter[1]} {content}"
    return _sentence(content)


def _institutions_fact(coref: Coref, name: str | None, verb: Token, frame: Token) -> bool:
    """An organisation's plain report of a fact ("prices dipped, the statistics office said"): no claim
    to attribute; a person's statement, an opinion or a forecast keeps its frame."""
    return coref.types.get(name or "") == "organization" and not _opinion(verb) and plain_report(frame)


def _headline_tense(b: _Builder, verb: Token, subject: Token) -> None:
    """The finite verb group in headline tense ("has filed" -> "files"), with the same doer's second
    act; a clause that keeps a date stays in its own tense ("left on Jan. 1" is no "leaves")."""
    if any(_dates_the_clause(b.doc[i]) for i in b.keep):
        return
    finite = verb
    while finite.dep_ in ("xcomp", "acomp") and finite.head.i != finite.i:
        finite = finite.head
    if any(_year_after(verb, c) for c in verb.children):
        return  # a story of a past year, though the year was cut: "worked with Marley [from 1977] until ..."
    if any(a.i in b.keep and a.pos_ in ("VERB", "AUX") for a in finite.ancestors):
        return  # the event is a clause of a kept frame ("has confirmed a plane has crashed")
    rewrite = headline_tense(finite, subject, b.keep)
    if _words(b) - len(rewrite.drop) < _MIN_WORDS:
        return
    if finite is verb:
        plural = plural_of(verb, subject)
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.i in b.keep):
            conjunct_tense(verb, conj, rewrite, plural)
    b.keep -= rewrite.drop
    b.forms.update(rewrite.forms)


def _year_after(verb: Token, prep: Token) -> bool:
    """A phrase after the verb that dates it to a year ("from 1977", "in 1981"): a past told as past,
    never in headline present (a recent "on Monday" may be)."""
    if prep.dep_ != "prep" or prep.i < verb.i:
        return False
    return any(t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4 and t.text.isdigit() for t in prep.subtree)


def _dates_the_clause(token: Token) -> bool:
    """A date or time that says when the event happened ("on 1 January", "last week"), not one inside
    a noun phrase ("the 101-year-old", "an eight-year ban", "decades of tradition")."""
    return (
        token.ent_type_ in _TEMPORAL
        and token.dep_ in ("pobj", "npadvmod", "tmod")
        and token.head.pos_ in ("VERB", "AUX", "ADP")
    )


def _enrich(b: _Builder, verb: Token, subject: Token) -> None:
    """A headline cut too short to tell the news ("Jef Raskin has died.", "Turkey is to relaunch
    its currency.") takes back what says who the subject is ("Jef Raskin, head of the team behind
    the first Macintosh computer, has died") or the act's trailing participle ("..., knocking six
    zeros off the lira"), when short."""
    doc = b.doc
    if _words(b) >= _SHORT:
        return
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    appos = appos if _words(b) < _BARE else None
    renamed = any(subject.left_edge.i <= i <= subject.right_edge.i for i in b.replace)
    if appos is not None and not renamed and not _bracketed(appos):
        whole = {t.i for t in appos.subtree}
        if len(whole) <= _EXTRA and not any(doc[i].text in _OPEN for i in whole):
            commas = {
                e for e in (appos.left_edge.i - 1, appos.right_edge.i + 1) if 0 <= e < len(doc) and doc[e].text == ","
            }
            if len(commas) == 2:
                b.keep |= whole | commas
    if _words(b) >= _SHORT:
        return
    governors = [verb]
    while governors[-1].dep_ in ("xcomp", "acomp") and governors[-1].head.i != governors[-1].i:
        governors.append(governors[-1].head)  # "is to relaunch its currency, knocking ..."
    participle = next(
        (c for g in governors for c in g.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > max(b.keep)),
        None,
    )
    if participle is not None and participle.lemma_ not in REPORTING_VERBS:
        whole = {t.i for t in participle.subtree}
        comma = participle.left_edge.i - 1
        if len(whole) <= _EXTRA and doc[comma].text == "," and not any(doc[i].text in _OPEN for i in whole):
            b.keep |= whole | {comma}


def _words(b: _Builder) -> int:
    return sum(1 for i in b.keep if b.doc[i].is_alpha) + sum(len(t.split()) for _, t in b.replace.values())


def _same_paragraph(b: _Builder, verb: Token) -> None:
    """Keep only words of the verb's paragraph ("Result: ... Roddick \n\n Spain's Rafael Nadal")."""
    doc = b.doc
    breaks = [
        t.i for t in doc[max(0, min(b.keep | {verb.i})) : max(b.keep | {verb.i}) + 1] if t.is_space and "\n" in t.text
    ]
    if not breaks:
        return
    before = max((i for i in breaks if i < verb.i), default=-1)
    after = min((i for i in breaks if i > verb.i), default=len(doc))
    b.keep = {i for i in b.keep if before < i < after}


def _unnamed_reporter(b: _Builder, frame: Token, pronoun: Token) -> str | None:
    """ "Police in Cologne said they had received ...": a pronoun subject of a reported clause is its
    reporter, named as written, when number agrees ("they" for a plural or a group noun)."""
    reporter, _ = subject_of(frame, b.coref.floor)
    if reporter is None or reporter.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = reporter.tag_ in ("NNS", "NNPS") or reporter.lemma_ in ("police", "government", "team")
    if (pronoun.lower_ == "they") != plural or pronoun.lower_ not in ("they", "it"):
        return None
    return _np_text(b.doc, reporter, b.coref.floor)


def _finite(verb: Token) -> bool:
    """The clause has a finite verb ("have their conversations relayed" has none: no headline)."""
    verb = governing_verb(verb)  # "appears to have sent", "will be able to vote"
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    if verb.tag_ == "VBN" and (any(c.dep_ == "nsubj" for c in verb.children) or main_participle(verb)):
        return True  # "the policy discriminated": a past tense the tagger read as a participle
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


def _subject(b: _Builder, subject: Token, *, bound: bool, strict: bool, keep_appositions: bool) -> bool:
    """Put the subject in: its canonical name for a pronoun or description, else compressed."""
    coref = b.coref
    words = phrase(subject, coref.floor)
    first, last = words[0], words[-1]
    written = text_of(b.doc, first, last)
    if subject.pos_ == "PRON" or subject.lower_ in VAGUE_SUBJECTS:
        if bound:
            b.keep.add(subject.i)  # "North Korea said it is ready": the pronoun is bound by the frame
            return True
        name = coref.actor(subject)
        if name is None:
            return not strict and subject.pos_ != "PRON" and _keep_np(b, subject)
        b.replace[subject.i] = (subject.i, name)
        return True
    if written.lower() in VAGUE_SUBJECTS and strict:
        return False
    named = _named_apposition(subject)
    if named is not None and not keep_appositions:
        b.replace[first] = (last, _np_text(b.doc, named))
        return True
    name = coref.actor(subject)
    described = subject.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in subject.subtree)
    if name is not None and described and any(c.lower_ in ("the", "this") for c in subject.children):
        b.replace[first] = (last, name)  # "the company" -> "Apple"
        return True
    bare = _bare_name(coref, subject)
    if keep_appositions and name is not None and name != (bare or written) and name.endswith(bare or written):
        bare = name  # an interview names its guest in full ("Professor Chomsky" -> "Noam Chomsky")
    if bare is not None:
        b.replace[first] = (last, bare)
        return True
    return _keep_np(b, subject)


def _bare_name(coref: Coref, head: Token) -> str | None:
    """ "Actor Daniel Day-Lewis", "Number eight Imanol Harinordoquy", "Tory spokesman David Davis":
    the name alone, when titles or roles stand before it."""
    mention = _mention_at(coref, head) if head.pos_ == "PROPN" else None
    if mention is None:
        return None
    start, end = mention
    before = [t for t in head.subtree if coref.floor < t.i < head.i and t.idx < start]
    if not before or any(t.dep_ not in ("compound", "amod", "nummod", "det", "punct") for t in before):
        return None
    if all(t.dep_ == "det" for t in before):
        return None  # "the UK": as written
    return doc_text(head.doc)[start:end]


def _mention_at(coref: Coref, token: Token) -> tuple[int, int] | None:
    """Character range of the `who` mention covering a token, if any."""
    for _, m_end, actor in coref.index._near(token.idx, token.idx + len(token.text)):
        for m in actor.mentions:
            if m.start <= token.idx < m.end:
                return m.start, m.end
        del m_end
    return None


def _named_apposition(subject: Token) -> Token | None:
    """ "The UK's biggest brewer, Scottish and Newcastle (S&N)": the name in apposition."""
    if subject.pos_ == "PROPN":
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _np_text(doc: Doc, head: Token, floor: int = -1) -> str:
    keep = {i for i in _np(head) if i > floor} or {head.i}  # never the "LONDON -" dateline before it
    return (
        text_of(doc, min(keep), max(keep))
        if keep == set(range(min(keep), max(keep) + 1))
        else " ".join(doc[i].text for i in sorted(keep))
    )


def _keep_np(b: _Builder, head: Token) -> bool:
    b.keep |= _np(head)
    return True


def _np(head: Token, depth: int = 0, keep_appositions: bool = False) -> set[int]:
    """A noun phrase compressed: determiners, possessives, modifiers and "of" phrases stay;
    appositions, relative clauses, participle phrases, brackets and other phrases go."""
    keep = {head.i}
    for child in head.children:
        dep = child.dep_
        if _bracketed(child):
            continue
        if dep in _NP_KEEP:
            if dep == "amod" and child.i > head.i and sum(1 for _ in child.subtree) > 1:
                continue  # "containers full of ammunition": the trailing adjective phrase goes
            keep |= _np(child, depth + 1) if dep in ("poss", "compound") else {t.i for t in child.subtree}
        elif dep == "prep" and child.lower_ == "of" and child.i > head.i and depth < 2:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                keep |= {child.i} | _np(obj, depth + 1)
            act = next((c for c in child.children if c.dep_ == "pcomp"), None)
            if obj is None and act is not None:
                keep |= {child.i} | _verb_phrase(act, 2)  # "claims of appearing in a sex tape"
        elif dep == "prep" and child.i == head.i + 1 and depth == 0 and _names_party(child, 3):
            keep |= {t.i for t in child.subtree}  # "A court in Cairo", "Shares of Apple"
        elif dep == "prep" and child.i == head.i + 1 and depth == 0 and head.pos_ == "NOUN" and _bare(head):
            # "Shares in Saudi Arabia's National Company ...": a bare noun needs its phrase
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                keep |= {child.i} | _np(obj, depth + 1)
        elif dep == "prep" and child.ent_iob_ == "I" and head.ent_type_ and child.i > head.i:
            keep |= {t.i for t in child.subtree}  # "National Company for Cooperative Insurance": one name
        elif dep == "conj" and child.pos_ in ("NOUN", "PROPN") and depth < 2 and not _has_verb(child):
            if addition(child):
                continue  # "tape recordings [as well as sheet music]": the addition goes
            listed = any(c.dep_ == "conj" for c in child.children)  # "A, B, C and D": "A and B"
            keep |= _np(child, 2 if listed else depth + 1)
            keep |= {c.i for c in head.children if c.dep_ == "cc"}
            comma = child.left_edge.i - 1
            if listed and head.doc[comma].text == ",":
                keep.add(comma)  # written "and" (render)
        elif dep == "prep" and keep_appositions and child.lower_ in ("about", "on") and child.i > head.i:
            keep |= _prep(child)  # "spoke with X, founder of Y, about Z": the interview's topic
        elif dep in ("acl", "relcl") and depth == 0 and child.i > head.i and _infinitive(child):
            infinitive = _verb_phrase(child, 2)  # "looking for gamers [to beta-test the update]"
            if any(i > child.i for i in infinitive) or not _transitive(child):
                keep |= infinitive  # never "a report on the decision [to allow]." with its object cut
        elif dep in ("acl", "relcl") and depth == 0 and child.i > head.i and _negative(child):
            keep |= {t.i for t in child.subtree}  # "any players [not involved in the league]": it restricts
        elif depth == 0 and child.i > head.i and (_measure(child) or _comparison(child)):
            keep |= {t.i for t in child.subtree}  # "fewer jobs [than expected]"
        elif dep == "acl" and depth == 0 and child.i > head.i and _content_clause(child):
            keep |= _verb_phrase(child, 1) | {c.i for c in child.children if c.dep_ == "mark"}  # "claims that ..."
        elif dep == "appos" and child.i == head.i + 1 and child.pos_ == "PROPN" and head.pos_ == "NOUN":
            keep |= _np(child, depth + 1)  # "online auction house eBay": a name right after its description
        elif dep == "appos" and keep_appositions and child.i > head.i:
            # "William Evans, president of the International Brotherhood of Magicians,": commas kept
            keep |= {t.i for t in child.subtree}
            doc = head.doc
            for edge in (child.left_edge.i - 1, child.right_edge.i + 1):
                if 0 <= edge < len(doc) and doc[edge].text == ",":
                    keep.add(edge)
    return _without_brackets(head.doc, keep)


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


def _bracketed(token: Token) -> bool:
    left = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return token.text in _OPEN or (left is not None and left.text in _OPEN and token.dep_ == "appos")


def _without_brackets(doc: Doc, keep: set[int]) -> set[int]:
    """Drop what stands between brackets, and the brackets."""
    out: set[int] = set()
    depth = 0
    for i in sorted(keep):
        text = doc[i].text
        if text in _OPEN:
            depth += 1
            continue
        if text in _CLOSE:
            depth = max(0, depth - 1)
            continue
        if depth == 0:
            out.add(i)
    return out


def _predicate(b: _Builder, verb: Token, *, keep_appositions: bool = False) -> None:
    """The verb group and its complements, compressed."""
    keep = b.keep
    keep.add(verb.i)
    keep |= _verb_group(verb)
    governed = verb
    while governed.dep_ in ("xcomp", "acomp") and governed.head.i != governed.i:
        # "is to marry", "appears to have sent", "is expected to continue to climb", "will no longer
        # be able to force": the governing verb groups stay, with their negation, so the headline
        # keeps a finite verb and never loses a "not"
        governed = governed.head
        keep.add(governed.i)
        keep |= _verb_group(governed)
    keep |= _complements(verb, keep_appositions=keep_appositions)
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i):
        # "is mourning her cousin and calling for an end to gun violence": the same doer's second act
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            break
        cc = {c.i for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i}
        if not cc and conj.left_edge.i > 0 and verb.doc[conj.left_edge.i - 1].text == ",":
            break  # "participate in storylines, manipulate plots": a list of acts cut to two would lose its "and"
        more = cc | _verb_phrase(conj, 1)
        if len(keep) + len(more) + 3 > _ACTS_BUDGET:
            break
        keep |= more


def _verb_group(verb: Token) -> set[int]:
    """Auxiliaries, negation ("not", "never", "no longer"), hedges and particles of a verb."""
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ in _VERB_KEEP or (child.dep_ == "advmod" and child.lower_ in _GROUP_ADVERBS):
            out.add(child.i)
        elif child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in _PARTICLE_ADVERBS:
            out.add(child.i)  # "struck back": without it the verb says something else
            for prep in (c for c in child.children if c.dep_ == "prep" and not _temporal(c)):
                out |= _prep(prep)  # "walked away [from the talks]"
        elif child.dep_ == "advmod" and child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
            out |= {t.i for t in child.subtree}
    return out


def _complements(verb: Token, depth: int = 0, keep_appositions: bool = False) -> set[int]:
    """Token indices of a verb's objects, complements and the phrases that complete them."""
    out: set[int] = set()
    children = list(verb.children)
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    for child in children:
        dep = child.dep_
        if child.i < verb.i:
            continue
        if dep == "dobj" and dobj is not None and any(c.dep_ == "prep" and dobj.i < c.i < child.i for c in children):
            continue  # an object after a phrase is the parser's misreading ("beats X in the second match rubber")
        if dep == "dative" and child.pos_ == "ADP":
            out |= _prep(child, keep_appositions)  # "sell the lighthouse [to a hotel group]": never a bare "to"
        elif dep in ("dobj", "dative", "attr", "oprd"):
            out |= _np(child, keep_appositions=keep_appositions)
        elif _measure(child) or _comparison(child):
            out |= _without_brackets(verb.doc, {t.i for t in child.subtree})  # "fell 9.8%", "fewer than expected"
        elif dep == "acomp":
            out |= {child.i} | _adjective(child, depth)
        elif dep in ("xcomp", "ccomp") and depth < 2 and (dep == "xcomp" or speech_act(verb) or verb.pos_ == "VERB"):
            if dep == "ccomp" and plain_report(verb) and depth == 0:
                continue  # the frame's business; deeper, "outlined what he thinks should be ..." is the content
            out |= _verb_phrase(child, depth + 1)
        elif dep == "agent":
            out |= _prep(child)
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
        phrase_ = _prep(prep, keep_appositions)
        must = _required_prep(verb, prep, dobj, keep_appositions)
        if not keep_appositions and _gap(verb.doc, core | out | {verb.i}, prep.i):
            break  # a phrase after words left out would seem to modify what it does not
        cut = phrase_ != whole and not any(t.pos_ == "PROPN" for t in prep.children)
        cut = cut and not _complete(prep, phrase_)
        loose = prep.lower_ in _LOOSE_PREPS and (depth > 0 or words > _BARE)  # circumstance, unless bare
        loose = loose and not _limit(prep)
        over = words + len(phrase_) > _BUDGET and not _argument(verb, prep, dobj)
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
    return (described or not dropped) and all(c.dep_ in _LOOSE_DEPS or c.ent_type_ in _TEMPORAL for c in dropped)


def _gap(doc: Doc, kept: set[int], start: int) -> bool:
    """Words left out between what is kept and a phrase starting at ``start`` (punctuation, dates
    and adverbs may go unnoticed)."""
    last = max((i for i in kept if i < start), default=start - 1)
    for token in doc[last + 1 : start]:
        if token.is_punct or token.is_space or token.pos_ in ("ADV", "PART"):
            continue
        if token.dep_ in ("prt", "aux", "auxpass", "neg") and token.head.i in kept:
            continue  # "has been put up [for sale]": the verb group is kept with the verb
        if token.ent_type_ in _TEMPORAL or (token.dep_ == "prep" and _temporal(token)):
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
            out |= _verb_phrase(child, depth + 1)
        elif child.dep_ == "prep" and child.i == adj.i + 1 and not _temporal(child):
            out |= _prep(child)
    return out


def _verb_phrase(verb: Token, depth: int) -> set[int]:
    """An embedded clause or infinitive, compressed like the main one."""
    out = {verb.i}
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and child.i < verb.i and child.tag_ in ("WP", "WDT"):
            out.add(child.i)  # "outlined [what] he thinks should be ...": the fronted object
        elif child.dep_ == "compound" and child.i < verb.i:
            out |= {t.i for t in child.subtree}  # "make [staff] retire": the parser took the doer for a modifier
        elif child.dep_ in _VERB_KEEP or child.dep_ in ("mark", "nsubj", "nsubjpass", "expl"):
            if child.dep_ in ("nsubj", "nsubjpass"):
                out |= _np(child)
            elif child.dep_ == "mark" and child.lower_ == "that":
                continue  # "ruled that X": the headline drops the complementiser
            else:
                out.add(child.i)
    return out | _complements(verb, depth)


def _prep(prep: Token, keep_appositions: bool = False) -> set[int]:
    """A prepositional phrase: whole when short ("to three years in prison"), else compressed."""
    whole = {t.i for t in prep.subtree}
    if len(whole) <= _WHOLE_PP and not _temporal_inside(prep):
        return _without_brackets(prep.doc, whole)
    out = {prep.i}
    for child in prep.children:
        if child.dep_ == "prep" and child.i == prep.i + 1:
            out |= _prep(child, keep_appositions)  # "out of control"
        elif child.dep_ == "pobj":
            out |= _np(child, keep_appositions=keep_appositions)
        elif child.dep_ == "pcomp":
            out |= _verb_phrase(child, 2)
    return out


def _temporal_inside(prep: Token) -> bool:
    return any(t.dep_ == "prep" and _temporal(t) for t in prep.subtree if t.i != prep.i)


def _temporal(prep: Token) -> bool:
    """A phrase that dates the event ("on Monday", "in March"), not an argument ("to three years")."""
    if prep.lower_ not in _TIME_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(o.ent_type_ in _TEMPORAL for o in objects)


def _names_party(prep: Token, longest: int = 5) -> bool:
    """True for a short prepositional phrase naming a person, organisation or place."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        len(objects) == 1
        and objects[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC")
        and sum(1 for _ in prep.subtree) <= longest
    )


def _report_frame(verb: Token) -> Token | None:
    """The reporting verb that frames a clause: its head ("X said [clause]"), a trailing "..., X
    said", or the verb itself when it reports a clause of its own."""
    if (plain_report(verb) or speech_act(verb)) and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return verb
    # "said it is ready to [launch]": the frame of the copula's clause
    clause = governing_verb(verb) if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" else verb
    head = clause.head
    if clause.dep_ in ("ccomp", "parataxis") and head.i != clause.i and reports(head):
        return head
    children: list[Token] = [*verb.children, *(clause.children if clause is not verb else ())]
    for child in children:
        if child.dep_ in ("parataxis", "ccomp") and child.i > verb.i and plain_report(child):
            return child
    return None


def _reporter(b: _Builder, verb: Token, frame: Token, sources: list[Attribution]) -> tuple[str, str, str | None] | None:
    """(reporter as named, reporting verb group, canonical name) when the news is a claim worth its
    frame: a named source's, or an unnamed one's opinion or forecast; None for an agency, a
    publication, a speech act (the act is the news) or a fact reported by an unnamed source."""
    if speech_act(verb):
        return None
    reporter, _ = subject_of(frame, b.coref.floor)
    if reporter is None:
        return None
    name = b.coref.actor(reporter)
    if (reporter.pos_ == "PRON" and name is None) or (reporter.lower_ in VAGUE_SUBJECTS and name is None):
        return None
    written = _bare_name(b.coref, reporter) or _np_text(b.doc, reporter, b.coref.floor)
    if (name or written).casefold() in NEWS_AGENCIES:
        return None
    named = name is not None and b.coref.types.get(name) in ("person", "organization", "location")
    if not (named or _opinion(verb) or speech_act(frame)):
        return None  # "Police arrested three men, officials said": a fact, its unnamed source left out
    listed = {a.source for a in sources if a.source}
    if sources and name not in listed and written not in listed and reporter.text not in listed:
        return None  # a source the sources part does not list (a document, a publication)
    described = reporter.pos_ == "NOUN" and not any(c.dep_ in ("poss", "compound") for c in reporter.children)
    shown = name if name is not None and (reporter.pos_ == "PRON" or described) else written
    return shown, _said(frame, reporter), name


def _said(frame: Token, reporter: Token) -> str:
    """The reporting verb group in headline tense: "says" for "said" or "has said", "insists",
    "tells MPs"."""
    words = [c for c in frame.children if c.dep_ in ("aux", "neg") and c.i < frame.i] + [frame]
    hearer = next((c for c in frame.children if c.dep_ in ("dobj", "dative") and c.i > frame.i), None)
    tense = headline_tense(frame, reporter, {frame.i}, inverted=True)
    words = [t for t in words if t.i not in tense.drop]
    said = " ".join(tense.forms.get(t.i, t.text) for t in sorted(words, key=lambda t: t.i)).lower()
    if hearer is not None and sum(1 for _ in hearer.subtree) <= 3:
        said += " " + text_of(frame.doc, hearer.left_edge.i, hearer.right_edge.i)
    return said


def _opinion(verb: Token) -> bool:
    """A forecast, an assessment or a hedge rather than a reported fact."""
    if verb.lemma_ == "be" or any(c.dep_ == "acomp" for c in verb.children):
        return True
    return any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "should") for c in verb.children
    )


def _sentence(text: str) -> str | None:
    """One line with balanced brackets and quotes, a capital and a full stop; None when nothing is
    left (a name or a frame taken across a line break never breaks the headline's line)."""
    text = re.sub(r"\s+", " ", text).strip()
    while text.count("(") > text.count(")"):
        text = text[: text.rindex("(")].rstrip()
    text = re.sub(r"\s+([,;:])", r"\1", text)
    text = text.rstrip(" ,;:-–—")
    if text.count('"') % 2:
        text = text.replace('"', "")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    text = _single_quotes(text)
    words = text.split()
    if len(words) < _MIN_WORDS:
        return None
    if len(words) > _MAX_WORDS:
        text = " ".join(words[:_MAX_WORDS]).rstrip(" ,;:-–—")
    text = text.rstrip(".!?") + "."
    return text[:1].upper() + text[1:]


def _single_quotes(text: str) -> str:
    """Straight single quotes used as quotation marks, balanced: a closing one whose opening was cut
    ("Another Security Incident'") goes, and an opening one left without its close; an apostrophe inside
    a word ("don't") or after a plural's s ("the players' union") is no quotation mark."""
    opening = re.findall(r"(?:^|(?<=[\s(]))'(?=\w)", text)
    closing = re.findall(r"(?<=[^\Ws])'(?=[\s.,;:!?)]|$)", text)
    if closing and not opening:
        text = re.sub(r"(?<=[^\Ws])'(?=[\s.,;:!?)]|$)", "", text)
    elif opening and not closing and not re.search(r"s'(?=[\s.,;:!?)]|$)", text):
        text = re.sub(r"(?:^|(?<=[\s(]))'(?=\w)", "", text)
    return text


def _verb_at(doc: Doc, event: Event) -> Token | None:
    """The verb of an event: the token in its clause whose lemma is the action."""
    lemma = event.action.split()[0]
    span = doc.char_span(event.span.start, event.span.end, alignment_mode="expand")
    if span is None:
        return None
    if event.action in CLAIM_ACTS and plain_report(span.root):
        return span.root  # a reported claim ("..., bankers said"): the report and its clause
    candidates = [t for t in span if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX")]
    return min(candidates, key=lambda t: abs(t.i - span.root.i)) if candidates else None
