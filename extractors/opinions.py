"""The headline of an opinion piece or a review: what the writer argues, said as the writer's.

An opinion piece's clauses are its writer's views, a review's its verdict: not news, so the headline
says whose view it is, as an editor heads a column: the writer named ("Thriller writer Ana Ruiz argues
that <claim>"), or, for a piece signed by no one we can name, the piece itself ("<Claim>, an editorial
argues"; "a commentary" unless a label names it). A review: "<Verdict>, <Writer> writes in a review",
or "<Verdict>, a review says".

The claim is the first of the writer's own sentences (outside quotes and reported speech) that frames
one ("I believe <claim>", "My point is, <claim>", "In my view ..."), else the first that argues with a
modal of obligation ("Ministers should resign"), else, in a review, the first that judges with a
linking verb ("The game is stupendous"); its clause is compressed as any headline's, keeping its tense,
and a claim whose subject is the writer or the reader ("we must", "you control") is passed over.
Without a claim the news headline stands.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from extractors.clauses import furniture, quoted, sentences
from extractors.kinds import Kind, frames_claim, reports
from extractors.lexicons.events import CLAIM_DEONTIC_AUX
from extractors.lexicons.names import WORK_NOUNS
from extractors.lexicons.pieces import CLAIM_FRAMES, FIRST_PERSON, WRITER_CUE_NAMES

_MAX_WORDS = 30  # a headline's words (the writer's role is left out past them)
_SANE_WORDS = 40  # ... and no headline at all past these
_READER = FIRST_PERSON | {"you", "your", "it", "this", "that", "there", "they"}
# the piece as a label names it ("Editorial: ..." -> "an editorial argues"); else "a commentary"
_PIECES = {
    **{"opinion": "an opinion piece", "analysis": "an analysis", "editorial": "an editorial", "op-ed": "an op-ed"},
    **{"column": "a column", "letter to the editor": "a letter", "letters to the editor": "a letter"},
}


def piece_headline(
    doc: Doc,
    kind: Kind,
    name_of: Callable[[Token], str | None],
    clause: Callable[[Token], str | None],
) -> str | None:
    """ "<Writer> argues that <claim>" / "<Claim>, a commentary argues" for an opinion piece, "<Verdict>,
    <Writer> writes in a review" / "<Verdict>, a review says" for a review; None without a claim.
    ``name_of`` gives a token's `who` name; ``clause`` a verb's clause compressed, in its own tense."""
    if set(kind.cues) & WRITER_CUE_NAMES:
        return None  # a bio line's or an editorial frame's writer argues the lead's news (headline.py)
    writer = _writer(doc, kind, name_of)
    for verb in _claims(doc, kind):
        said = clause(verb)
        if not said or said.split()[0].lower() in _READER:
            continue
        claim = said.rstrip(".")
        if kind.name == "review":
            return f"{claim}, {writer} writes in a review." if writer else f"{claim}, a review says."
        if writer:
            return _argues(writer, kind, _lower_first(doc, verb, claim))
        piece = _PIECES.get(kind.label or "", "a commentary")
        return f"{claim}, {piece} argues."
    return None


def argued(doc: Doc, kind: Kind, name_of: Callable[[Token], str | None], headline: str) -> str | None:
    """A news headline as a named writer's argument, for an opinion piece without a claim of the writer's
    own framing ("The Second Amendment works." -> "Brett M. Decker, co-author of ..., argues that the Second
    Amendment works."): None without a named writer, or when it would run too long."""
    writer = _writer(doc, kind, name_of)
    if kind.name != "opinion" or not writer:
        return None
    first, _, rest = headline.rstrip(".").partition(" ")
    if _common(doc, first):
        first = first.lower()  # "The Second Amendment works", "New ideas are ...": no names
    return _argues(writer, kind, f"{first} {rest}".strip())


def _common(doc: Doc, first: str) -> bool:
    """Whether a headline's first word is no name: where the text opens a sentence or a line on it, never
    tagged a proper noun ("New ideas are ...", not "Bureau illegally helped ..."); else a stop word ("The") or a
    word the text writes in lower case."""
    if first.lower() == "i":
        return False
    opening = [t for t in doc if t.text == first and (t.is_sent_start or t.i == 0 or doc[t.i - 1].is_space)]
    if opening:
        return all(t.pos_ != "PROPN" for t in opening)
    # a word the headline opens on though the text does not ("[Convincing] victories by ..."): as the text writes it
    return bool(doc.vocab[first.lower()].is_stop) or any(t.text == first.lower() for t in doc)


def _argues(writer: str, kind: Kind, claim: str) -> str | None:
    """ "<Writer>[, <role>,] argues [in an editorial] that <claim>.", the role left out past the headline's
    length, None past the sane length."""
    where = " in an editorial" if kind.label == "editorial" else ""
    for named in ((f"{writer}, {kind.role}," if kind.role else writer), writer):
        said = f"{named} argues{where} that {claim}."
        if len(said.split()) <= _MAX_WORDS:
            return said
    return said if len(said.split()) <= _SANE_WORDS else None


def _lower_first(doc: Doc, verb: Token, claim: str) -> str:
    """The claim after "that": its first word in lower case unless it is a name ("the British")."""
    first = claim.split()[0]
    named = any(t.text == first and (t.pos_ == "PROPN" or t.text == "I") for t in verb.subtree)
    return claim if named or first.isupper() else claim[:1].lower() + claim[1:]


def _writer(doc: Doc, kind: Kind, name_of: Callable[[Token], str | None]) -> str | None:
    """The writer as the piece introduces them: the name, with the role written before it ("thriller
    writer Ana Ruiz")."""
    if kind.writer is None:
        return None
    token = doc[kind.writer]
    name = name_of(token) or _written_name(token)
    if kind.written and kind.written.endswith(name):
        name = kind.written  # "The New York Times" as its editorial's frame writes it
    before = [t for t in token.subtree if t.i < token.i]
    role = before[: next((k for k, t in enumerate(before) if t.ent_type_ == "PERSON"), len(before))]
    if not role or any(t.pos_ not in ("NOUN", "ADJ") and t.dep_ != "amod" for t in role):
        return name  # "Ana Ruiz", or a role we would not know how to write ("the paper's own Ana Ruiz")
    written = " ".join(t.text for t in role)
    return f"{written[:1].upper()}{written[1:]} {name}"


def _written_name(token: Token) -> str:
    """A name as written: the person's entity holding the token, else the capitalised words that end on it
    ("By Ana Ruiz": a byline the tagger may leave untyped)."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ == "PERSON"), None)
    if entity is not None:
        return entity.text
    first = token.i
    while first > 0 and token.doc[first - 1].is_title and token.doc[first - 1].lower_ != "by":
        first -= 1
    return token.doc[first : token.i + 1].text


def _claims(doc: Doc, kind: Kind) -> list[Token]:
    """The verbs of the writer's claims, best first: framed ("I believe X", "My point is, X"), argued
    with a modal of obligation, and (a review) judged with a linking verb; each kind in text order."""
    inside = quoted(doc)
    marked = furniture(doc)
    framed: list[Token] = []
    argued: list[Token] = []
    judged: list[Token] = []
    for sent in sentences(doc):
        if sent.start < kind.voice or marked.token(sent.root.i) or sent.text.rstrip().endswith("?"):
            continue
        words = [t for t in sent if not t.is_space and not inside[t.i]]
        if len(words) * 2 < len(sent) or any(reports(t) for t in words):
            continue
        framed += [c for t in words if frames_claim(t) for c in _content(t)]
        argued += [t.head for t in words if t.lower_ in CLAIM_DEONTIC_AUX and t.dep_ == "aux"]
        if kind.name == "review":
            judged += [t for t in words if t.dep_ == "ROOT" and t.lemma_ == "be" and _judges(t)]
    judged.sort(key=lambda verb: not _of_the_work(verb))  # "The film is ..." before "The battles are ..."
    return [*framed, *argued, *judged]


def _content(pronoun: Token) -> list[Token]:
    """The claim a frame holds: the clause of "I believe [X]", of "My point is, [X]"."""
    head = pronoun.head if pronoun.dep_ == "nsubj" else pronoun.head.head
    return [c for c in head.children if c.dep_ == "ccomp"][:1]


def _judges(verb: Token) -> bool:
    """ "The game is stupendous", "It is an instant classic": a linking verb with a judgement."""
    return any(c.dep_ in ("acomp", "attr") for c in verb.children) and not _claim_frame(verb)


def _of_the_work(verb: Token) -> bool:
    """A judgement of the work itself: its subject a name or a work's noun ("the sequel", "the album")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.pos_ == "PROPN" or subject.lemma_ in WORK_NOUNS)


def _claim_frame(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in CLAIM_FRAMES for c in verb.children)
