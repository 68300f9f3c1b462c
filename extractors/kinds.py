"""What kind of article this is — news, an interview, a news-conference transcript, an opinion piece, a
review — and the transcript's headline (an interview's is extractors/interviews.py's, an opinion
piece's and a review's extractors/opinions.py's).

An interview or a transcript is told by its layout: lines that open with a speaker's label ("Wikinews:",
"Marymegan Daly:", "THE PRESIDENT.", "Q."), or an opening that says an interview took place ("Wikinews
interviewed X", "spoke with X about Y"). Its events are people's answers, not news, so its headline
says what it is; for a transcript "The President holds a news conference on <its first topic>".

An opinion piece or a review is told by a label or a rating printed over it ("Comment", "Editorial:",
"Film review:", "★★★★", "Rating: 4/5"; the rows of extractors/lexicons/pieces.py), or by its writer's
own voice: a named writer (a byline, "Ana Ruiz writes:", "X tells BBC News of his personal response")
followed by a body mostly in the first person outside quotes. A news story quoting someone's views is
in the reporter's voice, its first person inside quotes: news."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extractors.clauses import doc_text, furniture, quoted, sentence_of, sentences
from extractors.lexicons.attribution import COGNITION_VERBS, REPORTING_VERBS, SPEECH_VERBS
from extractors.lexicons.events import (
    ANSWER_LABELS,
    INTERVIEW_VERBS,
    INTERVIEWER_LABELS,
    QUESTION_LABELS,
    SECTION_WORDS,
)
from extractors.lexicons.pieces import (
    BYLINE,
    CLAIM_FRAMES,
    FIRST_PERSON,
    HANDOVER_VERBS,
    PIECE_CUES,
    VIEW_NOUNS,
    VOICE_SENTENCES,
    VOICE_SHARE,
    WRITER_VERBS,
)
from extractors.tree import noun_chunks
from extractors.types import Actor
from extractors.writers import named_writer

# "Name: words", "THE PRESIDENT. words", "[1.] Q. words": a speaker's turn
_TURN = re.compile(r"^[ \t]*(?:\[[\dIVX]+\.?\][ \t]*)?([A-Z][\w.'’ -]{0,40}?)(?::|(?<=[A-Z])\.)[ \t]+(?=\S)", re.M)
_HEADING = re.compile(r"^[ \t]*([A-Z][A-Z0-9 ,'’&-]{6,80})[ \t]*$", re.M)
_CACHE_KEY = "newsum.kind"
_UNNAMED = QUESTION_LABELS | ANSWER_LABELS | INTERVIEWER_LABELS
_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of letters: a turn says something ("Clinton: 1,769." does not)
_MIN_TURNS = 4
# "U.S", "N.V", "S.p.A", "T.J": a label cut at an abbreviation's last point
_ABBREVIATED = re.compile(r"\.\w{1,2}$")
_INTRO_SENTENCES = 8
_TOP_LINES = 3  # a label or a byline stands on one of the first lines
_BOX_LINE = 120  # characters at most of a line of a review's box ("Verdict: ...", "Rating: 4/5")
_SAYING = SPEECH_VERBS | REPORTING_VERBS
_FRAMING = _SAYING | COGNITION_VERBS
_HANDING = HANDOVER_VERBS | WRITER_VERBS
_GENERIC = frozenset(
    {"thing", "things", "lot", "way", "time", "people", "year", "years", "kind", "question", "questions", "part"}
)


@dataclass(slots=True)
class Kind:
    """The article's kind and its speakers' turns (character ranges of the turn lines)."""

    name: str = "news"  # news | interview | transcript | opinion | review
    text: str = ""
    turns: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, speaker)
    _starts: list[int] = field(default_factory=list)
    writer: int | None = None  # an opinion piece's or a review's writer: the token of the name, if named
    voice: int = 0  # the token where the writer's own voice begins (after the sentence that hands over)
    label: str | None = None  # the label printed over the piece ("editorial", "review"), if any
    written: str | None = None  # the writer's name as a bio line or an editorial's frame writes it
    role: str | None = None  # the writer's role as the piece gives it ("the Republican governor of Florida")
    cues: tuple[str, ...] = ()  # the names of the rows that told the kind

    @property
    def spoken(self) -> bool:
        """An interview or a transcript: speakers' turns, not a writer's text."""
        return self.name in ("interview", "transcript")

    def in_turn(self, offset: int) -> bool:
        """Whether a character offset lies in a speaker's turn."""
        return self.speaker(offset) is not None

    def speaker(self, offset: int) -> str | None:
        """The speaker whose turn line holds a character offset, if any."""
        k = self._opened_before(offset)
        return self.turns[k][2] if k >= 0 and offset < self.turns[k][1] else None

    def _opened_before(self, offset: int) -> int:
        """The index of the last turn that opens at or before an offset, or -1."""
        return bisect_right(self._starts, offset) - 1

    def label_at(self, offset: int) -> tuple[int, int] | None:
        """The characters of the label of the speaker whose turn holds an offset, if any: the turn that
        opened last before it (an answer may run over several paragraphs)."""
        k = self._opened_before(offset)  # a turn runs on, paragraph after paragraph, to the next
        if k < 0:
            return None
        start, _, label = self.turns[k]
        at = self.text.find(label, start)
        return (at, at + len(label)) if at >= 0 else None

    def speakers(self) -> Counter[str]:
        """About how many words each speaker says."""
        counts: Counter[str] = Counter()
        for start, end, speaker in self.turns:
            counts[speaker] += max(1, (end - start) // 6)
        return counts


def article_kind(doc: Doc) -> Kind:
    """News, an interview or a transcript, from the article's layout and opening (read once per Doc)."""
    found = doc.user_data.get(_CACHE_KEY)
    if isinstance(found, Kind):
        return found
    kind = _read_kind(doc)
    doc.user_data[_CACHE_KEY] = kind
    return kind


def _read_kind(doc: Doc) -> Kind:
    text = doc_text(doc)
    turns: list[tuple[int, int, str]] = []
    said: Counter[str] = Counter()  # the turns that say something: words after the label
    for match in _TURN.finditer(text):
        label = match.group(1).strip()
        if len(label.split()) > 5 or label.lower() in SECTION_WORDS or not _label(label):
            continue
        if _ABBREVIATED.search(label) and not match.group(0).rstrip().endswith(":"):
            continue  # "U.S. Surgeon General ...", "The U.S. team": an abbreviation's point ends no label
        end = text.find("\n", match.end())
        turns.append((match.start(), end if end >= 0 else len(text), label))
        said[label] += bool(_WORD.search(text[match.end() : turns[-1][1]]))
    kind = Kind(text=text, turns=turns, _starts=[t[0] for t in turns])
    if _exchange(said):
        # "Q:" / "A:" name no speaker: a Q&A is an interview ("THE PRESIDENT." under "Q." a transcript)
        caps = [label for label in said if label.isupper() and label.lower() not in _UNNAMED]
        asked = any(label.lower() in QUESTION_LABELS for label in said)
        kind.name = "transcript" if caps and asked else "interview"
    elif sum(said.values()) >= 2 and introduces_interview(doc) is not None:
        kind.name = "interview"  # an opening that says an interview follows, and its turns
    else:
        _read_piece(doc, text, kind)
    return kind


def _exchange(said: Counter[str]) -> bool:
    """Turns that go back and forth: at least four that say something, two speakers with two turns
    each. A list under labels ("Iowa: ...", "Nevada: ...", each once) or a tally ("Clinton: 1,769.") is
    no interview."""
    return sum(said.values()) >= _MIN_TURNS and sum(1 for n in said.values() if n >= 2) >= 2


def _read_piece(doc: Doc, text: str, kind: Kind) -> None:
    """An opinion piece or a review, by a label or a rating printed over it, else by its writer's voice."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    top = lines[:_TOP_LINES]
    boxes = [line for line in lines if len(line) <= _BOX_LINE]  # a rating or a verdict box is a short line
    byline = next((m for m in BYLINE.finditer(text) if m.group(0).strip() in top), None)
    writer = _token_at(doc, byline.end(1) - 1) if byline is not None else None
    for name in ("review", "opinion"):
        fired = [c for c in PIECE_CUES if c.kind == name and any(c.regex.search(x) for x in (top if c.top else boxes))]
        if any(c.strong for c in fired) or len(fired) >= 2:
            kind.name, kind.writer, kind.cues = name, writer, tuple(c.name for c in fired)
            kind.label = next((found for c in fired for x in top if (found := c.label(x))), None)
            return
    named = named_writer(doc)
    if named is not None:  # an op-ed's closing bio line, a wire's frame of an editorial
        kind.name, kind.writer, kind.label, kind.cues = "opinion", named.token, named.label, (named.cue,)
        kind.written, kind.role = named.written, named.role
        return
    handover = _handover(doc) if writer is None else None
    if handover is not None:
        writer, kind.voice = handover
    if writer is not None and _own_voice(doc, kind.voice):
        kind.name, kind.writer = "opinion", writer
        kind.cues = ("byline" if byline is not None else "writer's handover", "first-person voice")


def _token_at(doc: Doc, offset: int) -> int | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.root.i if span is not None else None


def _handover(doc: Doc) -> tuple[int, int] | None:
    """(the writer's token, where the voice begins) of an opening sentence that hands the page to a
    named writer: "Ana Ruiz writes:", "Here, Ana Ruiz argues:", "Ana Ruiz gives her view", "thriller
    writer Ana Ruiz tells BBC News of her personal response to the move"."""
    for k, sent in enumerate(sentences(doc)):
        if k >= _INTRO_SENTENCES:
            break
        for verb in (t for t in sent if t.lemma_ in _HANDING and t.pos_ == "VERB"):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.ent_type_ != "PERSON":
                continue
            views = verb.lemma_ in HANDOVER_VERBS and any(_own_view(t) for t in verb.subtree)
            bare = verb.lemma_ in WRITER_VERBS and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
            if views or bare:
                return subject.i, sent.end
    return None


def _own_view(token: Token) -> bool:
    """ "his view", "her personal response", "their thoughts": a view of the subject's own."""
    return token.lower_ in VIEW_NOUNS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def _own_voice(doc: Doc, start: int) -> bool:
    """Whether the text from a token on is the writer's own: most sentences in the first person outside
    quotes and outside anyone's reported speech, and at least one of them arguing ("I believe", "we
    must", "My point is", a question put to the reader)."""
    inside = quoted(doc)
    marked = furniture(doc)
    total = first = argued = 0
    for sent in sentences(doc):
        if sent.start < start or marked.token(sent.root.i):
            continue
        words = [t for t in sent if not t.is_space and not inside[t.i]]
        if len(words) * 2 < len(sent) or any(reports(t) for t in words):
            continue  # a quote, or a clause someone else is said to have said
        total += 1
        mine = [t for t in words if t.lower_ in FIRST_PERSON]
        first += bool(mine)
        argued += bool(mine) and (any(frames_claim(t) for t in mine) or sent.text.rstrip().endswith("?"))
        argued += any(t.lower_ in ("should", "must", "ought") for t in words)
    return first >= VOICE_SENTENCES and first >= VOICE_SHARE * total and argued > 0


def reports(token: Token) -> bool:
    """A verb of saying that frames a clause with someone else as its speaker ("..., she said", "the
    minister argues that ..."); "the board should explain why" frames nothing."""
    if token.lemma_ not in _SAYING or token.pos_ != "VERB":
        return False
    if not (token.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "parataxis") for c in token.children)):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON for c in token.children)


def frames_claim(pronoun: Token) -> bool:
    """The writer framing a claim: "I believe ...", "I would argue ...", "My point is ..."."""
    head = pronoun.head
    if pronoun.dep_ == "nsubj" and head.lemma_ in _FRAMING and any(c.dep_ == "ccomp" for c in head.children):
        return True
    return pronoun.dep_ == "poss" and head.lower_ in CLAIM_FRAMES and head.dep_ == "nsubj"


def _label(label: str) -> bool:
    """A speaker label: capitalised words ("Isabel Ruiz", "THE PRESIDENT", "Q"), not a sentence."""
    words = label.split()
    return all(w[:1].isupper() or w.lower() in ("the", "of", "de", "van", "von") for w in words)


def introduces_interview(doc: Doc) -> Token | None:
    """The verb of an opening sentence that says an interview took place ("Wikinews interviewed X")."""
    for k, sent in enumerate(sentences(doc)):
        if k >= _INTRO_SENTENCES:
            break
        for token in sent:
            preps = INTERVIEW_VERBS.get(token.lemma_)
            if preps is None or token.pos_ != "VERB":
                continue
            if not preps or any(c.dep_ == "prep" and c.lower_ in preps for c in token.children):
                return token
    return None


def _interviewee(kind: Kind) -> tuple[str | None, str | None]:
    """(who answers, who asks): the speaker with most words, and the one with the most questions."""
    words = kind.speakers()
    if not words:
        return None, None
    answerer = max(words, key=lambda s: words[s])
    askers = [s for s in words if s != answerer]
    asker = max(askers, key=lambda s: words[s]) if askers else None
    return answerer, asker


@dataclass(frozen=True, slots=True)
class Interview:
    """Who is interviewed, by whom, about what, and the characters that say so."""

    name: str
    title: str | None
    asker: str | None
    topic: str | None
    start: int
    end: int


_INTERVIEW_KEY = "newsum.interview"


def interview(doc: Doc, kind: Kind, who: list[Actor]) -> Interview | None:
    """The interview an interview or transcript is: the one who answers most, the one who asks,
    the topic, and the span of the opening that introduces it (else of the first answer). Read once per
    Doc, kind and actors (what's ranking and the headline both ask; its topic counts every noun chunk)."""
    found = doc.user_data.get(_INTERVIEW_KEY)
    if isinstance(found, tuple) and found[0] is kind and found[1] is who:
        read: Interview | None = found[2]
        return read
    read = _interview(doc, kind, who)
    doc.user_data[_INTERVIEW_KEY] = (kind, who, read)
    return read


def _interview(doc: Doc, kind: Kind, who: list[Actor]) -> Interview | None:
    answerer, asker = _interviewee(kind)
    if answerer is None:
        return None
    actor = _actor_named(who, answerer)
    name = actor.name if actor is not None and len(actor.name) >= len(answerer) else answerer
    title = actor.titles[0] if actor is not None and actor.titles else None
    about = _topic(doc, kind, {answerer, asker or "", name})
    intro = introduces_interview(doc)
    if intro is not None and not kind.in_turn(intro.idx):
        sent = sentences(doc)[sentence_of(doc, intro.i)]
        start, end = sent.start_char, sent.end_char
    else:
        start, end = next(((s, e) for s, e, who_ in kind.turns if who_ == answerer), kind.turns[0][:2])
    return Interview(name, title, asker, about, start, end)


def _actor_named(who: list[Actor], label: str) -> Actor | None:
    folded = re.sub(r"\W+", "", label).casefold()
    for actor in who:
        if actor.type != "person":
            continue
        forms = {actor.name, *(m.text for m in actor.mentions)}
        if any(re.sub(r"\W+", "", f).casefold() in (folded,) for f in forms):
            return actor
        if folded and re.sub(r"\W+", "", actor.name).casefold().endswith(folded[-6:]) and len(folded) > 6:
            return actor
    return None


def asked_topic(doc: Doc, kind: Kind, asker: str, speakers: set[str]) -> str | None:
    """What the interviewer asks about: the noun phrase named in most of the asker's turns, three at
    least (each turn counted once); the answers wander ("the history", "the work", "the one")."""
    turns = [(start, end) for start, end, speaker in kind.turns if speaker == asker]
    return _topic(doc, kind, speakers, within=turns)


def _topic(doc: Doc, kind: Kind, speakers: set[str], within: list[tuple[int, int]] | None = None) -> str | None:
    """What the interview is about: the noun phrase most often named in it (not a speaker, not a
    pronoun, not a generic word); ``within`` given, counted once in each of those character ranges."""
    folded = {s.casefold() for s in speakers if s}
    counts: Counter[str] = Counter()
    named: dict[str, list[Span]] = {}  # the noun chunks of each head noun's lemma, in order
    seen: set[tuple[str, int]] = set()
    for chunk in noun_chunks(doc):
        if within is not None:
            at = next((k for k, (start, end) in enumerate(within) if start <= chunk.start_char < end), -1)
            if at < 0 or (chunk.root.lemma_.lower(), at) in seen:
                continue
            seen.add((chunk.root.lemma_.lower(), at))
        root = chunk.root
        if root.pos_ == "PRON" or not root.is_alpha or root.lower_ in _GENERIC or len(root) < 3:
            continue
        if root.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL"):
            continue
        text = doc_text(doc)[chunk.start_char : chunk.end_char].casefold()  # (not a Span's text, joined anew)
        if any(f in text for f in folded):
            continue
        key = root.lemma_.lower()
        counts[key] += 1
        named.setdefault(key, []).append(chunk)
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    if n < 3:
        return None
    # (the forms of the topic's noun only: a Span makes a Token of every word it yields)
    forms = Counter(_form(chunk) for chunk in named[key])
    form = forms.most_common(1)[0][0]
    return form if form.endswith("s") or form[:1].isupper() else f"the {form}"


def _form(chunk: Span) -> str:
    """A topic's form in a noun chunk: its head noun and the adjectives and nouns on it ("the work" -> "work")."""
    root = chunk.root
    return " ".join(t.text for t in chunk if t.dep_ in ("amod", "compound") or t.i == root.i)


def transcript_headline(doc: Doc, kind: Kind, who: list[Actor]) -> str:
    """ "<The speaker> holds a news conference on <the first heading's topic>"."""
    words = kind.speakers()
    caps = [s for s in words if s.isupper() and s.lower() not in QUESTION_LABELS]
    label = max(caps, key=lambda s: words[s]) if caps else "The speaker"
    # the speaker by the name `who` gives the label ("THE PRESIDENT." under "... (Ann Lee, 2001-05-04)": Ann Lee)
    named = next((a.name for a in who if a.type == "person" and any(m.text == label for m in a.mentions)), None)
    speaker = " ".join(w.capitalize() if w.lower() != "of" else "of" for w in label.split())
    speaker = named if named is not None and named.casefold() != speaker.casefold() else speaker
    heading = next((m.group(1).strip() for m in _HEADING.finditer(doc_text(doc)) if len(m.group(1).split()) >= 2), None)
    topic = f" on {_from_capitals(heading, who, doc_text(doc))}" if heading else ""
    return f"{speaker} holds a news conference{topic}."


def _from_capitals(heading: str, who: list[Actor], body: str) -> str:
    """A heading in capitals in sentence case, names kept capitalised ("SITUATION IN IRAN" ->
    "the situation in Iran")."""
    # (a speaker named by role, "The President", is no name: "on the President's trip")
    forms = {m.text for a in who for m in a.mentions if m.text[:1].isupper()} | {a.name for a in who}
    forms = {f for f in forms if not f.startswith("The ")}
    # a heading's own words in capitals are no evidence of a name ("MIDDLE EAST"); acronyms are
    # longest first; of two spellings of one name the written one before the capitals ("Iran", "IRAN"):
    # the first that matches wins, in the same order on every run (a set's order is not)
    names = sorted((f for f in forms if not f.isupper() or " " not in f), key=lambda f: (-len(f), f.isupper(), f))
    text = heading.lower()
    for name in names:
        text = re.sub(rf"\b{re.escape(name.lower())}\b", name, text)
    # a word the article writes with a capital inside a sentence is a name ("the Middle East")
    for word in set(re.findall(r"[a-z]+", text)):
        if re.search(rf"(?<=[a-z,] ){word.capitalize()}\b", body):
            text = re.sub(rf"\b{word}\b", word.capitalize(), text)
    first = text.split()[0] if text.split() else ""
    article = "" if first in ("the", "a", "an") or text[:1].isupper() else "the "
    return article + text
