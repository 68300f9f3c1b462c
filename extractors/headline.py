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
   completing the object stays, as does the phrase of a noun that says little without it ("sounds
   a call [for the country to accept more refugees]", "remains in a tight race [with Clinton]").
4. The attribution: kept only where the news is a claim — a named source's statement, or an
   opinion or forecast of an unnamed one — in the article's own frame ("North Korea said it is
   ready to launch ..."), naming the source as `sources` does; never for an agency or a
   publication.

A text that opens with its own heading (extractors/heading.py) has one part of it (the title, else the
deck) as its headline where that part is a sentence whose subject names a `who` actor; a label heading,
or one whose subject is a role or a common noun ("Mayor urges ...") is never copied, and the lead is read
under it. A clause that is no sentence of its own (a list item under "She:", a condition's "if" clause)
is never stated.

Interviews (extractors/interviews.py), news-conference transcripts (extractors/kinds.py), opinion pieces
and reviews (extractors/opinions.py) get a headline saying what they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from extractors.boilerplate import boilerplate
from extractors.clauses import (
    breaks_between,
    dateline_end,
    doc_text,
    furniture,
    heading_end,
    phrase,
    sentence_span,
    sentences,
    subject_of,
    text_of,
)
from extractors.completion import completion, no_statement, past_fronted_clause
from extractors.compress import (
    background,
    condition,
    cut_list,
    evaluation,
    governing_verb,
    half_words,
    own_act,
    pro_verb,
    split_subject,
)
from extractors.coref import Coref, coref_for
from extractors.headline_text import MAX_WORDS as _MAX_WORDS
from extractors.headline_text import MIN_WORDS as _MIN_WORDS
from extractors.headline_text import sentence as _sentence
from extractors.headline_text import unshouted as _unshouted
from extractors.interviews import interview_headline
from extractors.introduced import description_kind
from extractors.kinds import Kind, article_kind, transcript_headline
from extractors.lexicons.attribution import NEWS_AGENCIES, PARTICLE_CUES, REPORTING_VERBS, SPEECH_VERBS
from extractors.lexicons.events import BARE_PRONOUNS, VAGUE_SUBJECTS
from extractors.opinions import argued, piece_headline
from extractors.phrases import (
    BARE,
    OPEN,
    TEMPORAL,
    bracketed,
    complements,
    noun_phrase,
    np_text,
    verb_group,
    verb_phrase,
)
from extractors.referring import agrees
from extractors.tense import conjunct_tense, headline_tense, plural_of
from extractors.tree import tokens_of
from extractors.types import Actor, Attribution, Event
from extractors.what import (
    CLAIM_ACTS,
    event_lemma,
    main_participle,
    noun_act,
    plain_report,
    question,
    reduced_relative,
    reports,
    speech_act,
    stance_act,
)
from extractors.what.speech_nouns import owned_act

VERSION = 51

# a described subject these open stands for the named actor coref gives it ("the company", "a union ... , the X")
_DESCRIBING_DETERMINERS = frozenset(["the", "this", "a", "an"])
_EXTRAPOSING = frozenset(["be", "seem", "appear", "become", "remain"])  # "it is wrong to ...", "it seems that ..."
_FINITE_TAGS = frozenset(["VBZ", "VBP", "VBD", "MD"])  # a finite verb however the parse hangs it
_NAME_WORDS = 3  # words: a name before a heading's colon ("Ryan", "Marco Rubio")
_SHORT = 8  # words: a headline this short takes back a trailing participle (under BARE words, its subject's apposition)
_EXTRA = 10  # tokens: ... of at most this length
_OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})
_ACTS_BUDGET = 20  # tokens: the same doer's second act is added while the headline stays this short


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
        kept -= half_words(self.doc, kept) - set(self.replace)
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
    title: str | None = None,
) -> str | None:
    """One plain sentence stating the main news, or None when the article states nothing. The first
    candidate that names its subject wins; one opening on a bare pronoun ("He battled tuberculosis",
    "It will allow ...") only when no other candidate is left."""
    if not len(doc) or not doc.has_annotation("DEP") or boilerplate(doc).menu_page:
        return None  # (a page of site menus only states nothing)
    first: str | None = None
    for built in _candidates(doc, what=what, who=who or [], sources=sources or [], title=title):
        if not built:
            continue
        opener = built.split(maxsplit=1)[0].strip(",.'\"")
        if opener.lower() not in BARE_PRONOUNS or (opener.isupper() and len(opener) > 1):  # "IT workers"
            return _unshouted(doc, built)
        first = first or built
    return _unshouted(doc, first) if first else None


def _candidates(
    doc: Doc, *, what: list[Event], who: list[Actor], sources: list[Attribution], title: str | None = None
) -> Iterator[str | None]:
    """The headlines an article offers, best first: a kind's own (a transcript's announcement, an
    interview's or an opinion's), each top event's clause, the lead's main clause, the lead as written."""
    coref = coref_for(doc, who)
    kind = article_kind(doc)
    if kind.name == "transcript":
        yield _announcement(what, who) or transcript_headline(doc, kind, who)
        return
    if kind.name == "interview":
        yield interview_headline(doc, kind, who, coref.actor, _compress_clause_text(doc, coref), title)
    news = _news(doc, coref, kind, what=what, who=who, sources=sources)
    if kind.name in ("opinion", "review"):
        piece = piece_headline(doc, kind, coref.actor, _compress_clause_text(doc, coref, own_tense=True))
        yield piece
        if piece is None and kind.writer is not None:  # no claim of the writer's framing: the news as argued
            for built in news:
                opener = built.split(maxsplit=1)[0].strip(",.'\"").lower() if built else ""
                yield argued(doc, kind, coref.actor, built) if built and opener not in BARE_PRONOUNS else built
    yield from news


def _news(
    doc: Doc, coref: Coref, kind: Kind, *, what: list[Event], who: list[Actor], sources: list[Attribution]
) -> Iterator[str | None]:
    """The news headlines, best first: the heading's, each top event's clause, the lead's main clause, the lead
    as written."""
    top = heading_end(doc)
    if top >= 0:
        yield _heading_sentence(doc, coref, top, who)
    # the heading block is stated only as written, above (its telegraphic grammar misparses: "Historians:
    # Clinton, Obama linked no matter what"); the story's own top events are weighed among themselves
    placed = [(e.salience, _verb_at(doc, e)) for e in what[:5]]
    weighed = [(w, v) for w, v in placed if v is not None and v.i > top]
    best = max((w for w, _ in weighed), default=0.0)
    found = [_reported(v) for w, v in weighed if w >= 0.5 * best]
    # a question states no news: the headline comes from a clause that does
    verbs = [v for v in found if v is not None and not (kind.in_turn(v.idx) and kind.spoken) and not _asked(v)]
    # an event before a judgement ("X is another blow") and before a clause of circumstance ("since he
    # took office"): those only when no other top event makes a headline
    built = (
        _from_verb(doc, coref, v, None, sources) for v in sorted(verbs, key=lambda v: (background(v), evaluation(v)))
    )
    first = next((h for h in built if h), None)

    def lead_clause() -> str | None:  # (built only when asked: the first event's clause mostly wins)
        root = _reported(_lead_root(doc, kind))
        return _from_verb(doc, coref, root, None, sources, strict=False) if root is not None else None

    weighed_lead = first is not None and _main_person(who) and not _opens_on_main(first, who)
    lead = lead_clause() if weighed_lead else None
    if lead is not None and first is not None and _main_actors_lead(lead, first, who):
        yield lead  # the lead's clause is the main actor's act, and the top event is another's
    yield first
    yield from built
    yield lead if weighed_lead else lead_clause()
    yield _lead_text(doc, kind)


def _main_actors_lead(lead: str, event: str, who: list[Actor]) -> bool:
    """Whether the lead's clause opens on the article's main person while the top event's clause does not."""
    return _main_person(who) and _opens_on_main(lead, who) and not _opens_on_main(event, who)


def _main_person(who: list[Actor]) -> bool:
    """Whether the article's main actor is a person: only then is the lead's clause weighed against the top
    event's ("Ted Cruz refuses to disavow the endorsement of Sen. Lindsey Graham" over "Graham comes out in
    support of Cruz"); a place or a body first in `who` is often the setting ("America", "NBA")."""
    return bool(who) and who[0].type == "person"


def _opens_on_main(clause: str, who: list[Actor]) -> bool:
    """Whether a headline clause opens on the main actor, by any form the article writes them in."""
    return any(clause.startswith(n) for n in {who[0].name, *(m.text for m in who[0].mentions)})


def _reported(verb: Token | None) -> Token | None:
    """An event told by a plain reporting verb (a judgement: "X said it was wrong to compare ...", the event
    "X argue") is headlined from the clause it reports, framed by its speaker: never "..., X said." alone."""
    if verb is None or not plain_report(verb):
        return verb
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), verb)


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


def _heading_sentence(doc: Doc, coref: Coref, top: int, who: list[Actor]) -> str | None:
    """The heading the text opens with, as written, from its first part that is a sentence (the title,
    else the deck after its semicolon or line break) with the deck after it when that is one too ("Ryan
    calls Trump line 'racist,' but backs him; Criticism within party drives ..."), a quote under a person's
    name said by them ("Rubio says 'You don't win ...'"); None for a label ("America the shiny, or gloomy")
    or a question ("Why X is leading")."""
    parts: list[tuple[int, int]] = []
    start = 0
    for i in range(top + 1):
        if i < top and doc[i].text != ";" and not (doc[i].is_space and "\n" in doc[i].text):
            continue
        words = [t.i for t in doc[start : i + (i == top)] if not t.is_space and not (t.is_punct and t.text != "'")]
        if words:
            parts.append((words[0], words[-1]))
        start = i + 1
    said = [_states(doc, first, last, who) for first, last in parts]
    for k, (first, last) in enumerate(parts):
        claim = None if said[k] else _named_claim(doc, coref, first, last)
        if not said[k] and claim is None:
            continue
        for more in parts[k + 1 :]:  # "X; Y; Z": the deck's clauses, as the heading joins them
            if not _deck(doc, *more) or _alpha(doc, first, more[1]) > _MAX_WORDS - 2:
                break
            last = more[1]
        end = last + 1
        while end <= top and doc[end].text in ("'", "’", '"', "”", "."):
            end += 1  # the closing quote of "... 'as soon as possible.'"
        text = text_of(doc, first, max(last, end - 1))
        if claim is not None:
            colon, _ = claim  # "Rubio: 'You don't win ...'" -> "Rubio says 'You don't win ...'"
            text = f"{text_of(doc, first, colon - 1)} says {text_of(doc, colon + 1, max(last, end - 1))}"
        # never "according to" (as the lead's text): the source may be no actor of ours
        return _sentence(text.split(" according to ")[0])
    return None


def _alpha(doc: Doc, first: int, last: int) -> int:
    return sum(1 for t in doc[first : last + 1] if t.is_alpha)


def _deck(doc: Doc, first: int, last: int) -> bool:
    """A deck part that goes on the stated title: a clause of its own, told by a finite verb however the
    parse hangs it ("Cruz fields most attacks from rivals", "At convention, he revisits his promises",
    "Dems in a dead heat as caucuses loom"); never a column's label ("Window on Wall Street", "The
    Upshot"), a question or a quote under a name."""
    span = doc[first : last + 1]
    if _alpha(doc, first, last) < _MIN_WORDS - 1 or any(t.text in (":", "?") for t in span):
        return False
    if span[0].tag_ in ("WRB", "WP", "WDT") or any(t.text in (".", "!") for t in span[:-1]):
        return False  # a question's clause; two sentences ("Campaigns are long. Maybe that's good.")
    return any(t.tag_ in _FINITE_TAGS and t.dep_ != "relcl" for t in span)


def _named_claim(doc: Doc, coref: Coref, first: int, last: int) -> tuple[int, str] | None:
    """A heading that quotes a named person ("Rubio: 'You don't win the nomination by states'",
    "Clinton: Trump's view of the world is 'dangerously wrong'"): (the colon, the person's name) when
    the words before the colon are one `who` person's mention and the words after it a statement."""
    colon = next((t.i for t in doc[first : last + 1] if t.text == ":"), None)
    if colon is None or colon == first or _alpha(doc, colon + 1, last) < _MIN_WORDS - 1:
        return None
    mention = _mention_at(coref, doc[colon - 1])
    if mention is None:
        name = _heading_person(doc, coref, first, colon)  # a heading that repeats the title holds no mentions
    elif (mention[0], mention[1]) != (doc[first].idx, doc[colon - 1].idx + len(doc[colon - 1])):
        return None
    else:
        name = coref.actor(doc[colon - 1])
    if name is None or coref.types.get(name) != "person":
        return None
    stated = doc[colon + 1 : last + 1]
    if not any(t.pos_ in ("VERB", "AUX") for t in stated) or any(t.text == "?" for t in stated):
        return None
    return colon, name


def _heading_person(doc: Doc, coref: Coref, first: int, colon: int) -> str | None:
    """The one `who` person a heading's name before its colon stands for ("Ryan" for Paul Ryan), read where
    `who` weighed the heading as the sent title and made no mention of it."""
    words = [t.text for t in doc[first:colon]]
    if not 1 <= len(words) <= _NAME_WORDS or not all(t.is_title for t in doc[first:colon]):
        return None
    found = [n for n, kind in coref.types.items() if kind == "person" and n.split()[-len(words) :] == words]
    return found[0] if len(found) == 1 else None


def _states(doc: Doc, first: int, last: int, who: list[Actor]) -> bool:
    """Whether a heading's part is a sentence with a named subject: one finite verb heading it, whose
    subject is a `who` actor's name as the story writes it ("Obama lays out stakes for a divided nation",
    "U.S. presses for truce"); never a role or a common noun ("Mayor urges ...", "Council leader says
    ...", "candidates make effort ...")."""
    span = doc[first : last + 1]
    if _alpha(doc, first, last) < _MIN_WORDS or any(t.text in (":", "?") for t in span):
        return False
    if span[0].tag_ in ("WRB", "WP", "WDT"):
        return False  # "Why Donald Trump is leading in the polls": a question's clause
    roots = [t for t in span if not (first <= t.head.i <= last) or t.head.i == t.i]
    verb = roots[0] if len(roots) == 1 else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not _finite(verb):
        return False
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and first <= c.i < verb.i), None)
    if reported is not None and plain_report(verb):
        verb = reported  # "Her fate hinges on ..., pollster says": the reported clause's subject
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False  # "it", "two are now sparring"
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return False  # "Her fate in November hinges on ...": whose, the heading does not say
    return subject.lower_ not in VAGUE_SUBJECTS


def _lead_text(doc: Doc, kind: Kind) -> str | None:
    """The last resort: the lead sentence as written, cut to the headline's length; in an article
    that is all furniture (a photo gallery), its first caption."""
    floor = max(dateline_end(doc), heading_end(doc))
    marked = furniture(doc)
    for any_line in (False, True):
        for sent in sentences(doc):
            if sent.end <= floor + 1 or (kind.in_turn(sent.start_char) and kind.spoken):
                continue
            if (marked.token(sent.root.i) or _asked(sent.root) or no_statement(sent)) and not any_line:
                continue
            start = max(sent.start, floor + 1)
            if _opens_on_verb(doc[start]) and doc[sent.end - 1].text != "?":
                continue  # "Is the first mayor in years to ...": a list item, its subject above it
            start = past_fronted_clause(sent.root, start)
            words = [t for t in doc[start : sent.end] if t.is_alpha]
            if len(words) >= _MIN_WORDS:
                text = text_of(doc, start, sent.end - 1).split(" according to ")[0]
                found = _sentence(text)
                if found:
                    return found
    return None


def _opens_on_verb(token: Token) -> bool:
    """A sentence's first word is a finite verb ("Is the first ...", "Has refused to ..."): a fragment."""
    return token.tag_ in ("VBZ", "VBD", "VBP") and token.is_title and token.pos_ in ("VERB", "AUX")


def _asked(verb: Token) -> bool:
    """Whether a verb's sentence (to the line's end) is a question ("Will the bank raise rates?")."""
    sent = sentence_span(verb)
    doc = verb.doc
    end = next((t.i for t in doc[verb.i : sent.end] if t.is_space and "\n" in t.text), sent.end)
    return question(doc[sent.start : end])


def _compress_clause_text(doc: Doc, coref: Coref, *, own_tense: bool = False) -> Callable[[Token], str | None]:
    """The interview opening's clause, compressed with its appositions ("X, founder of Y,"); a
    writer's claim (``own_tense``) compressed as a headline's, in the tense it is written in."""

    def compress(verb: Token) -> str | None:
        if own_tense:
            verb = _reported(verb) or verb
            return _from_verb(doc, coref, verb, None, [], strict=False, own_tense=True)
        return _from_verb(doc, coref, verb, None, [], strict=False, keep_appositions=True)

    return compress


def _lead_root(doc: Doc, kind: Kind) -> Token | None:
    """The main verb of the lead: the first sentence of the story with a verb (under its heading)."""
    floor = max(dateline_end(doc), heading_end(doc))
    marked = furniture(doc)
    for sent in sentences(doc):
        if sent.end <= floor + 1 or (kind.in_turn(sent.start_char) and kind.spoken):
            continue
        if marked.token(sent.root.i) or _asked(sent.root):
            continue
        words = [t for t in sent if t.is_alpha]
        if len(words) < 4:
            continue
        root = sent.root
        if root.pos_ in ("VERB", "AUX") and root.i > floor:
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
    own_tense: bool = False,
) -> str | None:
    """The headline stated by one verb's clause, or None when its subject names nobody (strict);
    ``own_tense``: a claim kept in the tense it is written in."""
    b = _Builder(doc, coref)
    frame = _report_frame(verb)
    if frame is verb:
        # the lead is "X said Y": Y is the news, in X's frame
        verb = next(c for c in verb.children if c.dep_ in ("ccomp", "parataxis"))
    subject, passive = subject_of(verb, coref.floor)
    main = reduced_relative(verb)  # "The candidate labeled 'X' continues to lead": "continues" is the main verb
    verb, passive = (main, False) if main is not None else (verb, passive)
    if subject is None and main_participle(verb):
        subject = verb.head  # "A fireball streaked across the sky", parsed as a noun and a participle
    if subject is None or not _finite(verb) or pro_verb(verb) or _fragment(doc, subject) or condition(verb):
        return None
    reporter = _reporter(b, verb, frame, sources) if frame is not None else None
    if reporter is not None and frame is not None and plain_report(frame) and own_act(verb, passive):
        # "X said it was wrong to ...": that "it" is the clause after it, not X
        doer = None if _extraposed(subject) else coref.actor(subject)
        if (
            subject.pos_ == "PRON"
            and doer in (reporter[2], None)
            and subject.lower_ in ("it", "they", "he", "she")
            and not _extraposed(subject)
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
    bound = (reporter is not None and _extraposed(subject)) or (
        reporter is not None
        and subject.pos_ == "PRON"
        and coref.actor(subject) in (reporter[2], None)
        and (reporter[2] is None or agrees(subject.lower_, coref.types.get(reporter[2]), coref.gender.get(reporter[2])))
        and not (subject.lower_ == "it" and coref.types.get(reporter[2] or "") in ("person", None))
    )
    if (
        reporter is None
        and frame is not None
        and subject.pos_ == "PRON"
        and coref.actor(subject) is None
        and not _extraposed(subject)
    ):
        stated = _unnamed_reporter(b, frame, subject)
        if stated is not None:
            b.replace[subject.i] = (subject.i, stated)  # "Police in Cologne said they had ..."
    split = split_subject(subject)
    if split is not None and subject.i not in b.replace:
        b.replace[split.left_edge.i] = (subject.right_edge.i, text_of(doc, split.left_edge.i, subject.right_edge.i))
    elif subject.i not in b.replace and not _subject(
        b, subject, bound=bound, strict=strict, keep_appositions=keep_appositions, before=_relative_start(verb, subject)
    ):
        return None
    if reporter is not None or not _opinion(verb):
        _owner(b, subject, reporter[2] if reporter is not None else None)
    _predicate(b, verb, keep_appositions=keep_appositions)
    b.keep |= completion(verb, b.keep)
    _enrich(b, verb, subject)
    _same_paragraph(b, verb)
    if reporter is None and not own_tense:
        _headline_tense(b, verb, subject)  # a claim keeps its own tense, in a frame that "says"
    said = [
        i for i in b.keep if i > verb.i and not doc[i].is_punct and not (doc[i].dep_ == "prt" and doc[i].head == verb)
    ]
    claim_cut = any(c.dep_ == "ccomp" and c.i not in b.keep for c in verb.children) or any(
        c.dep_ == "prt" and (verb.lemma_, c.lower_) in PARTICLE_CUES for c in verb.children
    )
    if (reports(verb) or speech_act(verb) or claim_cut) and not said:
        return None  # "The Law Lords have ruled.", "X points out.": a speech act without what was said is no news
    if (reports(verb) or speech_act(verb) or verb.lemma_ in SPEECH_VERBS) and _claim_before(b, verb):
        return None  # "Guns are a crisis, X proclaimed to a crowd": the claim before its frame, cut, leaves no news
    if _stranded(b):
        return None  # "stolen personal data from up [to 44 million Britons]": the object was lost in the parse
    content = b.render()
    if reporter is not None:
        first = doc[min((i for i in b.keep | set(b.replace) if i > coref.floor), default=verb.i)]
        named = first.pos_ == "PROPN" and bool(first.ent_type_)  # "Domestic demand ..." is no name
        opening = first.is_sent_start or first.i == coref.floor + 1  # "CANBERRA, Feb 27 - [Domestic] demand"
        if opening and not named and first.text != "I" and first.i not in b.replace:
            content = content[:1].lower() + content[1:]
        content = f"{reporter[0]} {reporter[1]} {content}"
    return _sentence(content)


def _fragment(doc: Doc, subject: Token) -> bool:
    """A clause that is no sentence of its own: a list item whose subject stands above it ("She:\n\nIs the
    first candidate in years to not release her tax returns."), parted from its verb by a line break. Stated,
    it would read "X Is to not release ...": a capital mid-sentence, and the news changed."""
    verb = subject.head
    return subject.i < verb.i and bool(breaks_between(doc, subject.i + 1, verb.i))


def _claim_before(b: _Builder, verb: Token) -> bool:
    """A reporting verb whose claim stands before it and is cut: a fronted clause ("'...,' X said to the
    crowd"), or the clause the parser made the verb a conjunct of ("Guns are a crisis and must be stopped,
    X proclaimed to a cheering crowd") when the verb reports nothing after it."""
    if any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and c.i not in b.keep for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.i not in b.keep and not _reports_after(verb)


def _stranded(b: _Builder) -> bool:
    """The headline would end on a word whose completion was cut: a preposition ("data from up."), a
    possessive ("visits NBC's."), a verb whose object or clause went ("a report saying.", "the era of big
    government was."), a pronoun whose clause went ("gives those [attending ...]."); a verb's own
    particle ends a sentence well ("The deal was called off.")."""
    words = [i for i in b.keep if not b.doc[i].is_punct and not b.doc[i].is_space]
    if not words or max(words) < max(b.replace, default=-1):
        return False
    last = b.doc[max(words)]
    if (last.pos_ == "ADP" and last.dep_ != "prt") or last.tag_ == "POS":
        return True
    cut = [c for c in last.children if c.i > last.i and c.i not in b.keep]
    if last.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "acomp") for c in cut)
    return (
        last.tag_ in ("DT", "JJ", "PRP")
        and last.dep_ in ("dobj", "pobj")
        and any(c.dep_ in ("acl", "relcl", "xcomp", "prep") for c in cut)
    )


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
    person = b.coref.types.get(b.coref.actor(subject) or "") == "person"
    rewrite = headline_tense(finite, subject, b.keep, person=person)
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
        token.ent_type_ in TEMPORAL
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
    appos = appos if _words(b) < BARE else None
    renamed = any(subject.left_edge.i <= i <= subject.right_edge.i for i in b.replace)
    if appos is not None and not renamed and not bracketed(appos):
        whole = {t.i for t in appos.subtree}
        if len(whole) <= _EXTRA and not any(doc[i].text in OPEN for i in whole):
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
        if len(whole) <= _EXTRA and doc[comma].text == "," and not any(doc[i].text in OPEN for i in whole):
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
    return np_text(b.doc, reporter, b.coref.floor)


def _finite(verb: Token) -> bool:
    """The clause has a finite verb ("have their conversations relayed" has none: no headline)."""
    verb = governing_verb(verb)  # "appears to have sent", "will be able to vote"
    if verb.tag_ in _FINITE_TAGS:
        return True
    if verb.tag_ == "VBN" and (any(c.dep_ == "nsubj" for c in verb.children) or main_participle(verb)):
        return True  # "the policy discriminated": a past tense the tagger read as a participle
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children)


def _relative_start(verb: Token, subject: Token) -> int | None:
    """Where the relative clause the verb heads begins, when its subject is the noun the clause hangs on
    ("President Obama, [who endorsed Clinton on Thursday], is making his pitch": Obama endorsed Clinton)."""
    if verb.dep_ != "relcl" or verb.head.i != subject.i:
        return None
    return verb.left_edge.i


def _subject(
    b: _Builder, subject: Token, *, bound: bool, strict: bool, keep_appositions: bool, before: int | None = None
) -> bool:
    """Put the subject in: its canonical name for a pronoun or description, else compressed (``before``: where the
    subject's phrase stops, the relative clause the headline's verb heads)."""
    coref = b.coref
    words = phrase(subject, coref.floor)
    if before is None and subject.head.i > subject.i:
        before = subject.head.i  # "A union ..., another example of ...": an apposition the parser hung past the verb
    if before is not None:
        words = [i for i in words if i < before] or [subject.i]
        while len(words) > 1 and b.doc[words[-1]].is_punct:
            words.pop()
    first, last = words[0], words[-1]
    written = text_of(b.doc, first, last)
    if subject.pos_ == "PRON" or subject.lower_ in VAGUE_SUBJECTS:
        if bound:
            b.keep.add(subject.i)  # "North Korea said it is ready": the pronoun is bound by the frame
            return True
        name = None if _extraposed(subject) else coref.actor(subject)
        if name is None:
            return not strict and subject.pos_ != "PRON" and _keep_np(b, subject)
        b.replace[subject.i] = (subject.i, name)
        return True
    if written.lower() in VAGUE_SUBJECTS and strict:
        return False
    named = _named_apposition(subject)
    if named is not None and not keep_appositions:
        b.replace[first] = (last, np_text(b.doc, named))
        return True
    name = coref.actor(subject)
    described = subject.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in _own_words(subject))
    opened = any(c.lower_ in _DESCRIBING_DETERMINERS for c in subject.children)
    if name is not None and described and opened and _kind_fits(b.coref, subject, name, written):
        b.replace[first] = (last, name)  # "the company" -> "Apple", "A union representing ..." -> its name
        return True
    bare = _bare_name(coref, subject)
    if keep_appositions and name is not None and name != (bare or written) and name.endswith(bare or written):
        bare = name  # an interview names its guest in full ("Professor Chomsky" -> "Noam Chomsky")
    if bare is not None:
        b.replace[first] = (last, bare)
        return True
    return _keep_np(b, subject)


def _own_words(subject: Token) -> list[Token]:
    """A subject's words but those of a relative clause on it: "the body that represents the US movie
    industry" is a description whatever names its clause holds ("the mayor of Moscow" is not)."""
    clauses = [c for c in subject.children if c.dep_ == "relcl"]
    return [t for t in subject.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses)]


def _kind_fits(coref: Coref, subject: Token, name: str, written: str) -> bool:
    """A definite description stands for the actor coref gives it; an indefinite one ("a union representing
    flight attendants", "a federal judge") only for an actor of its kind (not "a conservative party" for a person)
    named otherwise than it is written ("an Israeli military court" keeps its article)."""
    if not any(c.lower_ in ("a", "an") for c in subject.children):
        return True
    if name.lower() in written.lower():
        return False
    person = description_kind(subject) == "person"  # else a body's word ("union", "court", "party") or unknown
    return any(m.name == name and (m.type == "person") == person for m in coref.mentions)


def _owner(b: _Builder, subject: Token, reporter: str | None) -> None:
    """ "[His] board unanimously rejected the bid": the owner's name for a possessive pronoun in the subject
    ("Marc Fournier's board"), unless the headline's own frame names the owner ("X says his board ..."). Not
    for an assessment out of its frame ("his world view is dangerously wrong", said by his rival): a pronoun
    left there sends the headline to another candidate."""
    poss = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS), None)
    if poss is None or any(f <= poss.i <= last for f, (last, _) in b.replace.items()):
        return
    name = b.coref.actor(poss)
    if name is not None and name != reporter:
        b.replace[poss.i] = (poss.i, name + ("'" if name.endswith("s") else "'s"))


def _extraposed(subject: Token) -> bool:
    """An "it" that stands for a clause after it ("it was wrong to compare ...", "it is time to end ...",
    "it is clear that ..."): no one's name, whatever a pronoun rule would give it."""
    verb = subject.head
    if subject.lower_ != "it" or verb.lemma_ not in _EXTRAPOSING:
        return False  # "it hired a bank to advise it": the company, not a clause
    heads = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr") and c.i > verb.i)]
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > subject.i for h in heads for c in h.children)


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


def _keep_np(b: _Builder, head: Token) -> bool:
    b.keep |= noun_phrase(head)
    return True


def _predicate(b: _Builder, verb: Token, *, keep_appositions: bool = False) -> None:
    """The verb group and its complements, compressed."""
    keep = b.keep
    keep.add(verb.i)
    keep |= verb_group(verb)
    governed = verb
    while governed.dep_ in ("xcomp", "acomp") and governed.head.i != governed.i:
        # "is to marry", "appears to have sent", "is expected to continue to climb", "will no longer
        # be able to force": the governing verb groups stay, with their negation, so the headline
        # keeps a finite verb and never loses a "not"
        governed = governed.head
        keep.add(governed.i)
        keep |= verb_group(governed)
    keep |= complements(verb, keep_appositions=keep_appositions)
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i):
        # "is mourning her cousin and calling for an end to gun violence": the same doer's second act
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            break
        cc = {c.i for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i}
        if not cc and conj.left_edge.i > 0 and verb.doc[conj.left_edge.i - 1].text == ",":
            break  # "participate in storylines, manipulate plots": a list of acts cut to two would lose its "and"
        more = cc | verb_phrase(conj, 1)
        if len(keep) + len(more) + 3 > _ACTS_BUDGET:
            break
        keep |= more


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
        if child.dep_ == "conj" and child.i > verb.i and _trailing_report(child):
            return child  # "Guns are a crisis and must be stopped, X proclaimed": parsed as two conjuncts
    return None


def _trailing_report(verb: Token) -> bool:
    """A verb of saying with a subject of its own and nothing it reports after it: the frame of the
    clause before it ("..., Jane Mercer proclaimed to a cheering crowd")."""
    if not (plain_report(verb) or verb.lemma_ in SPEECH_VERBS) or speech_act(verb):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return not _reports_after(verb)


def _reports_after(verb: Token) -> bool:
    """Whether a verb of saying has what it says after it (a clause, an object, an infinitive)."""
    return any(c.dep_ in ("ccomp", "parataxis", "dobj", "xcomp") and c.i > verb.i for c in verb.children)


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
    written = _bare_name(b.coref, reporter) or np_text(b.doc, reporter, b.coref.floor)
    if (name or written).casefold() in NEWS_AGENCIES:
        return None
    named = name is not None and b.coref.types.get(name) in ("person", "organization", "location")
    if not (named or _opinion(verb) or speech_act(frame)):
        return None  # "Police arrested three men, officials said": a fact, its unnamed source left out
    listed = {a.source for a in sources if a.source}
    if sources and name not in listed and written not in listed and reporter.text not in listed:
        return None  # a source the sources part does not list (a document, a publication)
    described = reporter.pos_ == "NOUN" and not any(_naming_modifier(c) for c in reporter.children)
    shown = name if name is not None and (reporter.pos_ == "PRON" or described) else written
    return shown, _said(frame, reporter), name


def _naming_modifier(child: Token) -> bool:
    """A modifier that makes a reporter's description a name of its own ("the bank's board", "the Labour
    spokesman"); a common noun before a title only says its office ("the courts minister", "the health
    secretary"), and the description still stands for the named person coref gives it."""
    if child.dep_ == "poss":
        return True
    return child.dep_ == "compound" and not (child.pos_ == "NOUN" and child.text.islower())


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


def _verb_at(doc: Doc, event: Event) -> Token | None:
    """The verb of an event: the token in its clause whose lemma is the action."""
    lemma = event.action.split()[0]
    span = doc.char_span(event.span.start, event.span.end, alignment_mode="expand")
    if span is None:
        return None
    if event.action in CLAIM_ACTS and plain_report(span.root):
        return span.root  # a reported claim ("..., bankers said"): the report and its clause
    words = tokens_of(doc)[span.start : span.end]  # (the span's tokens without a new Token per word)
    # "delivered a defense of ...": the light verb of an act its noun names (action "defend")
    # "Hungary's accession to NATO has brought about changes" (action "join"): the verb its act's noun is subject of;
    # "is prepared for a fight" (action "prepare", ``stance_act``): the copula
    candidates = [
        t
        for t in words
        if t.pos_ in ("VERB", "AUX")
        and (event_lemma(t) == lemma or event.action in (noun_act(t), owned_act(t), stance_act(t)))
    ]
    if not candidates:
        return None
    root = span.root.i
    return min(candidates, key=lambda t: abs(t.i - root))
