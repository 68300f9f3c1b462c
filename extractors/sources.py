"""Sources: who said what (attributions), and the article's sourcing profile.

Rules over the dependency parse, in three passes:

1. Cues. A reporting verb (lexicon classes in ``lexicons.attribution``) with its subject as the
   source and its clause, quote or object as the content; "according to X"; agency credit lines
   ("(AP) —", "Source: With information from AP", "Reporting by ..."); "X declined to comment".
2. Quotes. Quotation marks are paired on the raw text (straight and curly, across paragraphs when
   the next paragraph reopens the quote); a cue next to a quote takes the whole quote as content,
   and a quote with no cue of its own continues the speaker of the sentence before it.
3. Sources. Each source phrase is typed (person, organization, agency, unnamed, document) and
   named: through the article's actors when ``who`` knows them, else from the text itself
   (a surname to its fullest form, "the minister" to the person named with that title, "he" to
   the last person quoted).

Offsets follow PolNeAR's extents (the benchmark we measure on): the source is the subject as
written ("he", "who"); the cue is the verb; the content includes "that" and quotation marks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

import msgspec
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from extractors.actors import ActorIndex
from extractors.lexicons import attribution as lex
from extractors.spans import char_span
from extractors.types import Actor, Attribution, SourceType, Sourcing, Span

VERSION = 34

_SUBJECTS = ("nsubj", "csubj")
_CHUNK_INDEX = "newsum.sources.noun_chunks"  # user_data key, only while extract_sources runs
_RELATIVE = frozenset(["who", "that", "which", "whom"])
_LIGHT_PREPS = frozenset(["of", "about", "on", "at", "against", "over", "with", "that", "for"])
_PARTICLE_VERBS = frozenset(verb for verb, _ in lex.PARTICLE_CUES)
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»‟"
_QUOTE_CHARS = frozenset('"“”«»„‟')
# Quotation marks as tokens: wire and NYT copy writes straight double quotes as two apostrophes.
_QUOTE_TOKENS = _QUOTE_CHARS | {"''", "``"}
_CLOSING_TOKENS = frozenset(['"', "”", "''"])
_ASIDE_OPENERS = frozenset([",", "—", "–", "-", "--", "("])
_ASIDE_CLOSERS = frozenset([",", "—", "–", "-", "--", ")"])
_JUNK = frozenset(",.;:—–-!?…()[]{}/*•'’")
# Text allowed between a quote and the "X said" next to it: commas, dashes, colons and space.
_GAP = re.compile(r"[\s,:;—–-]*")
# "and" / "but" left at the end of a content once a phrase after it is cut off.
_TRAILING_CONJUNCTION = re.compile(r"[\s,]+(?:and|but)$")
# A quotation mark or paragraph break: what a parse that runs over sentences crosses.
_QUOTE_OR_BREAK = re.compile(r"[\n\"“”«»„‟]|''")
# A cue phrase that ends just before a quote: "X said Monday, “...”" or "X said: “...”".
_LEAD_IN = re.compile(r"[^.!?\"“”\n]{0,40}[,:]\s*")
# A quotation mark.
_MARK = re.compile(r"[\"“”«»„‟]|''")


@dataclass(frozen=True)
class _Layout:
    """The article's text (read once from the Doc) and where its paragraphs start."""

    text: str
    paragraphs: list[int]


@dataclass
class _Rel:
    """One attribution while it is being built (offsets are characters)."""

    cue: tuple[int, int]
    cue_label: str
    source: tuple[int, int] | None = None
    source_head: Token | None = None
    antecedent: Token | None = None  # the noun a relative pronoun source stands for
    content: tuple[int, int] | None = None
    direct: bool = False
    no_comment: bool = False
    kind: SourceType | None = None
    name: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


def extract_sources(doc: Doc, *, reference: date | None = None, who: list[Actor]) -> list[Attribution]:
    """Attributions in order of appearance (by cue): source, cue, content, type, canonical source."""
    text = doc.text  # Doc.text joins every token: read it once
    if not text.strip() or len(doc) == 0:
        return []
    doc.user_data[_CHUNK_INDEX] = _chunk_index(doc)
    try:
        return _extract(doc, text, who)
    finally:
        doc.user_data.pop(_CHUNK_INDEX, None)


def _extract(doc: Doc, text: str, who: list[Actor]) -> list[Attribution]:
    quotes = _quote_spans(text)
    layout = _Layout(text=text, paragraphs=_paragraph_starts(text))
    rels: list[_Rel] = []
    taken: set[int] = set()  # cue token indices already used
    for token in doc:
        if token.i in taken:
            continue
        rel = (
            _verb_cue(doc, token, quotes, layout)
            or _agentless(doc, token, quotes, layout)
            or _adjective_cue(doc, token, quotes, layout)
        )
        if rel is not None:
            rels.append(rel)
            taken.add(token.i)
    rels.extend(_prepositional_cues(doc, layout, quotes))
    rels.extend(_nominal_cues(doc, layout, quotes))
    rels.extend(_view_cues(doc, layout, quotes))
    rels.extend(_finding_cues(doc, layout, quotes, taken))
    rels.extend(_fill_citing(doc, rels))
    _cut_phrases(text, rels)
    rels = [r for r in rels if r.content is not None or r.no_comment]
    rels = _drop_nested_stances(rels)
    rels.extend(_dash_credits(text, quotes, rels))
    rels.extend(_headline_speakers(doc, text))
    rels.extend(_headline_verbs(doc, text, rels))
    rels.extend(_headline_inverted(doc, text, rels))
    rels.extend(_colon_quotes(doc, text, quotes))
    rels.extend(_quote_frames(doc, text, quotes, rels))
    rels.extend(_fragment_cues(doc, text, quotes, rels, layout))
    _orphan_quotes(text, quotes, rels, layout.paragraphs)
    rels.extend(_credits(text))
    rels = _dedupe(rels)
    return _drop_nested(doc, _resolve(doc, text, rels, ActorIndex(who), quotes))


def sourcing_profile(doc: Doc, *, reference: date | None = None, sources: list[Attribution]) -> Sourcing:
    """How many attributions rest on each kind of source.

    The link "X citing Y" of a chain (its content is Y, the source of another attribution) is not a
    claim of its own: "X said A, citing Y" counts A once for X and once for Y.
    """
    counts = {kind: 0 for kind in Sourcing.__struct_fields__}
    named = {a.source_span for a in sources if a.source_span is not None}
    for attribution in sources:
        if attribution.content_span is not None and attribution.content_span in named:
            continue
        counts[attribution.source_type] += 1
    return Sourcing(**counts)


# ---------------------------------------------------------------------------- text structure


def _paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs begin (a blank line, or a line break, separates paragraphs)."""
    return [0] + [m.end() for m in re.finditer(r"\n\s*", text)]


def _paragraph_of(paragraphs: list[int], offset: int) -> int:
    """Index of the paragraph holding ``offset`` (binary search over the starts)."""
    lo, hi = 0, len(paragraphs) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if paragraphs[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted stretches (quotation marks included), paired per paragraph.

    A quote left open at the end of a paragraph continues when the next paragraph opens with a
    quotation mark (the newspaper convention for a quote running over several paragraphs);
    otherwise it ends with its paragraph.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    skip = -1  # the closing mark of a quote nested in the open one
    for match in re.finditer(r"'''|''|[\"“”«»„‟]|\n\s*", text):
        char, at = match.group(), match.start()
        if at == skip:
            continue
        if char == "'''":
            char = '"'  # a quote inside a quote ending with it: "... the word 'old-school,''' said X"
        elif char == "“" and open_at is not None and text[at - 1 : at].strip() and not text[at + 1 : at + 2].strip():
            char = "”"  # an opening mark typed where the closing one belongs: "... here,“ said X"
        elif char == "''":
            char = '"'  # NYT style: two apostrophes open and close a quote like a straight '"'
            if not _double_apostrophe(text, at):
                continue
        if char[0].isspace():
            if open_at is not None:
                following = text[match.end() : match.end() + 1]
                if text.startswith("''", match.end()):
                    following = '"'
                if following not in _QUOTE_CHARS or following in _CLOSE_QUOTES:
                    spans.append((open_at, _rstrip(text, at)))
                    open_at = None
            continue
        if open_at is None:
            if char in _CLOSE_QUOTES and not _opens_line(text, at):
                continue  # a stray closing mark opens nothing (but one typed for the opening mark does)
            open_at = at
        elif char in _OPEN_QUOTES and text[open_at] in _OPEN_QUOTES and _paragraph_break(text, open_at, at):
            continue  # the reopening mark of a continued paragraph
        elif char == '"' and text[at - 1 : at].isspace() and _paragraph_break(text, open_at, at):
            continue
        elif char in _OPEN_QUOTES and (inner := _nested_close(text, at)) is not None:
            skip = inner  # '“... what he calls “hell” than ...”': a quote inside a quote
        elif char in _OPEN_QUOTES:
            open_at = at  # two openings in a row: the first was stray
        else:
            spans.append((open_at, match.end()))
            open_at = None
    if open_at is not None:
        spans.append((open_at, _rstrip(text, len(text))))
    return [s for s in spans if s[1] - s[0] > 2]


def _nested_close(text: str, at: int) -> int | None:
    """The closing mark of a quote opened at ``at`` inside an open one, when the paragraph's next two marks both
    close (“ … “ … ” … ”): then the inner pair nests, and the second closing mark ends the outer quote."""
    end = text.find("\n", at)
    after = [m.start() for m in _MARK.finditer(text, at + 1, len(text) if end < 0 else end)][:2]
    if len(after) == 2 and all(text[m] in _CLOSE_QUOTES for m in after):
        return after[0]
    return None


def _opens_line(text: str, at: int) -> bool:
    """A mark at the start of its line, before a word: '”Mr. Trump embodies ...”' opens a quote."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return not line.strip(" \t\u00a0\u202a\u202c\u200e\ufeff") and text[at + 1 : at + 2].isalnum()


def _double_apostrophe(text: str, at: int) -> bool:
    """'' used as a quotation mark, not inside a word or a longer run of apostrophes."""
    return text[at + 2 : at + 3] != "'" and text[at - 1 : at] != "'"


def _paragraph_break(text: str, start: int, end: int) -> bool:
    """Whether a line break lies between start and end and ``end`` opens its line."""
    before = text[start:end]
    return "\n" in before and before.rstrip(" \t").endswith("\n")


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _quote_at(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quote overlapping [start, end), if any (quotes are sorted and disjoint)."""
    i = bisect.bisect_left(quotes, end, key=lambda q: q[0]) - 1
    if i >= 0 and quotes[i][1] > start:
        return quotes[i]
    return None


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


# ---------------------------------------------------------------------------- verb cues


def _verb_lemma(token: Token) -> str:
    """The token's lemma, with the small model's known slips mended ('hoping' -> 'hop')."""
    return lex.LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


def _verb_cue(doc: Doc, token: Token, quotes: list[tuple[int, int]], layout: _Layout) -> _Rel | None:
    """An attribution whose cue is this verb, or None."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    lemma = _verb_lemma(token)
    speech, cognition = lemma in lex.SPEECH_VERBS, lemma in lex.COGNITION_VERBS
    accusation = lemma in lex.JUDGING_VERBS
    no_comment = lemma in lex.NO_COMMENT_VERBS
    objective = lemma in lex.OBJECT_CONTENT_VERBS
    stance = (
        lemma in lex.STANCE_VERBS
        or lemma in lex.INTENTION_VERBS
        or lemma in lex.VERB_PREPOSITION_CUES
        or lemma in _PARTICLE_VERBS
    )
    light = lemma in lex.LIGHT_VERBS and _light_object(token) is not None
    framing = lemma in lex.FRAMING_VERBS and _as_phrase(token) is not None
    if not (speech or cognition or accusation or objective or no_comment or stance or light or framing) and (
        lemma != "call"
    ):
        return None
    if _quote_at(quotes, token.idx, token.idx + len(token)) is not None:
        return None  # words inside a quote belong to the quoted speaker, not the article's sourcing
    children = list(token.children)
    deps = {c.dep_ for c in children}
    if ((cognition or stance) and not speech) and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in children):
        # "if you think ...": the generic reader holds no view. "I think ...", "we want ..." outside quotes (an
        # opinion column's writer) are attributions in PolNeAR train, held by the writer.
        return None
    if cognition and not speech and not framing and _idle_infinitive(token, lemma, children):
        return None  # "hard to imagine ...", "reason to believe ...", "went to see X speak": no one's view
    if token.dep_ == "xcomp" and _verb_lemma(token.head) in lex.NO_COMMENT_VERBS:
        return None  # "declined to say whether ...": one attribution, cued by "declined"
    if token.i > 0 and doc[token.i - 1].text == "<":
        return None  # markup ("<tweet ...>") is not speech
    perfect = _contracted_perfect(token, children)
    if ("auxpass" in deps or "nsubjpass" in deps) and perfect is None:
        return _passive(doc, token, children, layout)
    rel = _Rel(cue=(token.idx, token.idx + len(token)), cue_label=token.text.lower())
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in lex.SEEMING_VERBS and token.head.i < token.i:
        rel.cue = (token.head.idx, rel.cue[1])  # "seemed to urge": the hedge is part of the cue
        rel.cue_label = doc[token.head.i : token.i + 1].text.lower()
    particle = next((c for c in children if c.dep_ == "prt" and (lemma, c.lower_) in lex.PARTICLE_CUES), None)
    if particle is not None:  # "pointed out": the particle is part of the cue
        rel.cue = (token.idx, particle.idx + len(particle))
        rel.cue_label = doc[token.i : particle.i + 1].text.lower()
    _attach_source(token, children, rel, quotes)
    if perfect is not None and rel.source is None:
        rel.source = phrase_chars(doc, perfect)
        rel.source_head = perfect
    stranded = _stranded_subject(token) or _opening_subject(token) if rel.source is None else None
    if stranded is not None:
        rel.source = (stranded.start_char, stranded.end_char)
        rel.source_head = stranded.root
    if no_comment:
        xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
        if xcomp is None or rel.source is None:
            return None
        if xcomp.lemma_.lower() not in lex.NO_COMMENT_OBJECTS:
            # "declined to say whether ...", "refused to disavow X": the refusal is the cue, what is
            # refused its content (the inner verb is not a cue of its own, see the check above)
            rel.content = _subtree_chars(doc, xcomp, (), layout, token)
            return rel if rel.content is not None else None
        rel.no_comment = True
        rel.cue_label = doc[token.i : xcomp.i + 1].text.lower()
        rel.content = _subtree_chars(doc, xcomp, (), layout, token)
        return rel
    content = _content_of(doc, token, children, lemma, quotes, layout)
    if content is None:
        content = _stance_content(doc, token, children, lemma, rel, quotes, layout)
        rel.extra["weak"] = True
    if content is None:
        return None
    rel.content = _to_closing_mark(layout.text, content, quotes)
    if rel.extra.get("continues"):
        # "X said A, adding B": B is the second attribution, not part of what X said first
        rel.extra["phrase"] = (rel.cue[0], content[1])
    if lemma in lex.CITING_VERBS and token.tag_ == "VBG":
        rel.extra["citing"] = True
    return rel


def _idle_infinitive(token: Token, lemma: str, children: list[Token]) -> bool:
    """A verb of thinking in the infinitive that states no one's view: one not controlled by a verb ('it is
    hard to imagine ...', 'reason to believe ...', 'stood in the rain to hear X speak'), or one of perceiving
    ('wanted to see the bill pass', 'waited to see if ...')."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children) or any(c.dep_ == "auxpass" for c in children):
        return False  # a passive ("the chance to be considered a genius") frames its subject: see _passive
    return lemma in lex.PERCEPTION_VERBS or token.dep_ != "xcomp" or token.head.pos_ != "VERB"


def _contracted_perfect(token: Token, children: list[Token]) -> Token | None:
    """The subject of 'he's said (that) ...', which the parser reads as a passive ('he is said'): a
    contracted 'has' before a participle that takes a clause or object is the perfect, not the passive."""
    if token.tag_ not in ("VBN", "VBD") or not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in children):
        return None
    if not any(c.dep_ in ("ccomp", "dobj", "obj") and c.i > token.i for c in children):
        return None
    return next((c for c in children if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "there")), None)


def _agentless(doc: Doc, token: Token, quotes: list[tuple[int, int]], layout: _Layout) -> _Rel | None:
    """Attributions without a source: 'X seemed to ...', 'X is expected to ...', 'X reportedly ...'."""
    lemma = token.lemma_.lower()
    if lemma not in lex.AGENTLESS_CUES or _quote_at(quotes, token.idx, token.idx + len(token)) is not None:
        return None
    if token.pos_ == "ADV":
        head = token.head  # "reportedly": the clause it hedges is the content
        if head.pos_ not in ("VERB", "AUX") or _verb_lemma(head) in lex.SPEECH_VERBS:
            return None  # "X reportedly said ...": one attribution, X's, cued by the verb
        content = _clip(doc, trim_tokens(doc, head.left_edge.i, head.right_edge.i), token, layout)
        if content is None:
            return None
        return _Rel(cue=(token.idx, token.idx + len(token)), cue_label=token.text.lower(), content=content)
    children = list(token.children)
    if any(c.dep_ in ("nsubj", "agent") and c.lower_ not in ("it", "there") for c in children) and lemma not in (
        "seem",
        "appear",
    ):
        return None
    ccomp = next((c for c in children if c.dep_ == "ccomp"), None)
    xcomp = next((c for c in children if c.dep_ in ("xcomp", "acomp", "attr")), None)
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = [c for c in children if c.dep_ in ("aux", "auxpass", "neg") and c.i < token.i]
    cue_start = min([token, *aux], key=lambda t: t.i)
    if ccomp is not None and (subject is None or subject.lower_ == "it"):
        content = _subtree_chars(doc, ccomp, (), layout, token)
    elif (
        lemma in lex.SEEMING_VERBS
        and xcomp is not None
        and xcomp.dep_ == "xcomp"
        and _verb_cue(doc, xcomp, quotes, layout) is not None
    ):
        return None  # "Rubio seemed to urge ...": the inner verb is the cue, and Rubio its source
    elif xcomp is not None and subject is not None and subject.lower_ not in ("it", "there"):
        content = trim_tokens(doc, subject.left_edge.i, xcomp.right_edge.i)
    else:
        return None
    if content is None:
        return None
    return _Rel(
        cue=(cue_start.idx, token.idx + len(token)),
        cue_label=doc[cue_start.i : token.i + 1].text.lower(),
        content=content,
    )


def _passive(doc: Doc, token: Token, children: list[Token], layout: _Layout) -> _Rel | None:
    """'It is expected that ...', 'X was accused of ...', 'as reported by Y': source is the agent or none."""
    agent = next((c for c in children if c.dep_ == "agent"), None)
    lemma = token.lemma_.lower()
    ccomp = next((c for c in children if c.dep_ == "ccomp"), None)
    if agent is None and lemma in lex.ASKED_CUES:
        return _asked(doc, token, children, layout)
    if agent is None and lemma not in lex.PASSIVE_CUES and lemma not in lex.PASSIVE_FRAMING_CUES:
        return None
    rel = _Rel(cue=(token.idx, token.idx + len(token)), cue_label=token.text.lower())
    if agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        rel.source = phrase_chars(doc, pobj)
        rel.source_head = pobj
    if ccomp is not None:
        rel.content = _subtree_chars(doc, ccomp, (), layout, token)
    elif agent is not None:
        subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ not in ("it", "there"):
            rel.content = _subtree_chars(doc, subj, (), layout, token)
    elif lemma in lex.PASSIVE_FRAMING_CUES:
        # "X is best known for ...", "X was said to be furious": the writer's hearsay, the whole clause its content
        framing = next(
            (c for c in children if _framing_complement(c)),
            None,
        )
        if framing is None or framing.i < token.i:
            return None
        subj = next((c for c in children if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "there")), None)
        first = subj.left_edge.i if subj is not None and subj.i < token.i else framing.i
        rel.content = _clip(doc, trim_tokens(doc, first, framing.right_edge.i), token, layout)
        if framing.dep_ == "prep":  # "known as": the preposition belongs to the cue
            rel.cue = (token.idx, framing.idx + len(framing))
            rel.cue_label = doc[token.i : framing.i + 1].text.lower()
    else:
        return None
    return rel if rel.content is not None else None


def _framing_complement(child: Token) -> bool:
    """What a framing passive says of its subject: 'as a bully', 'for his temper', 'to be furious',
    'a contender' (not a participle: 'was seen sobbing' is a sighting, not a view)."""
    if child.dep_ == "prep":
        return child.lower_ in ("as", "for")
    if child.dep_ == "xcomp":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.dep_ == "oprd"


def _asked(doc: Doc, token: Token, children: list[Token], layout: _Layout) -> _Rel | None:
    """'X was asked whether ...', 'X was asked about Y': an attribution with no source, the question its content."""
    start = token
    while (
        start.i > 0 and doc[start.i - 1].head == token and doc[start.i - 1].dep_ in ("aux", "auxpass", "neg", "advmod")
    ):
        start = doc[start.i - 1]  # "has even been asked": the auxiliaries right before the verb
    rel = _Rel(cue=(start.idx, token.idx + len(token)), cue_label=doc[start.i : token.i + 1].text.lower())
    asked = next((c for c in children if c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > token.i), None)
    if asked is None:
        asked = next((c for c in children if c.dep_ == "prep" and c.lower_ == "about" and c.i > token.i), None)
    if asked is None:
        return None
    rel.content = _subtree_chars(doc, asked, (), layout, token)
    return rel if rel.content is not None else None


def _adjective_cue(doc: Doc, token: Token, quotes: list[tuple[int, int]], layout: _Layout) -> _Rel | None:
    """'X is critical of Y', 'X was adamant that Y', 'X is eager to Y': a stance adjective after a copula.

    The cue runs from the copula (with its auxiliaries) to the adjective and its preposition; the
    source is the copula's subject, the content the preposition's object, the clause or the infinitive.
    """
    if token.dep_ != "acomp" or token.lemma_.lower() not in lex.STANCE_ADJECTIVES:
        return None
    copula = token.head
    if copula.lemma_.lower() not in lex.COPULAS or _quote_at(quotes, token.idx, token.idx + len(token)) is not None:
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in ("you", "it", "there") for c in copula.children):
        return None  # "you are right to ...": the generic reader; "it is clear that ...": no one holds it
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in copula.children) and copula.head.pos_ != "VERB":
        return None  # "it is easy to be cynical about ...", "reason to be skeptical": no one holds it
    target: Token | None = None
    cue_end = token
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in lex.STANCE_ADJECTIVE_PREPS and child.i > token.i:
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            cue_end = child
        elif child.i > token.i and (
            child.dep_ == "ccomp" or (child.dep_ == "xcomp" and token.lemma_.lower() in lex.WILLING_ADJECTIVES)
        ):
            target = child  # "is sure that ...", but "is sure to win" is a forecast, not a stance
        if target is not None:
            break
    if target is None:
        return None
    auxiliaries = [c for c in copula.children if c.dep_ in ("aux", "neg") and c.i < copula.i]
    start = min([copula, *auxiliaries], key=lambda t: t.i)
    rel = _Rel(cue=(start.idx, cue_end.idx + len(cue_end)), cue_label=doc[start.i : cue_end.i + 1].text.lower())
    _attach_source(copula, list(copula.children), rel, quotes)
    if rel.source is None:
        return None
    rel.content = _subtree_chars(doc, target, (), layout, token)
    rel.extra["weak"] = True
    return rel if rel.content is not None else None


def _attach_source(token: Token, children: list[Token], rel: _Rel, quotes: list[tuple[int, int]]) -> None:
    """The subject of the cue, or of the verb or noun it hangs from.

    'he said, adding that ...' (participle), 'likely to say' (adjective), 'by saying' (preposition),
    'voters saying they ...' (participle on a noun), 'who said' (relative clause).
    """
    agent = next((c for c in children if c.dep_ == "agent"), None)
    asker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if asker is not None and token.tag_ == "VBN":
        # "Asked by a reporter whether ...": a participle without its auxiliary, its agent the source
        rel.source = phrase_chars(token.doc, asker)
        rel.source_head = asker
        return
    verb: Token = token
    for _ in range(4):
        subj = _subject(verb, quotes)
        if subj is None and verb is not token:
            # "X was forced into damage control and said ...", "X was pressed to explain ...": the
            # passive subject of the verb the cue hangs from is who speaks
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "there")), None)
        if subj is not None:
            if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
                rel.antecedent = verb.head
            rel.source = phrase_chars(token.doc, subj)
            rel.source_head = subj
            return
        if verb is not token and verb.pos_ in ("NOUN", "PROPN"):
            # "Cruz's refusal to disavow ...", "their strategy of attacking ...": the noun's owner speaks;
            # "mounted a campaign to condemn ...", "took the step of criticizing ...": the one who acts
            owner = next((c for c in verb.children if c.dep_ == "poss"), None)
            if owner is not None:
                rel.source = phrase_chars(token.doc, owner)
                rel.source_head = owner
                return
            holder = _noun_holder(verb)
            if holder is None:
                return
            verb = holder
            continue
        head = verb.head
        controller = _object_controller(verb)
        if controller is not None:
            rel.source = phrase_chars(token.doc, controller)
            rel.source_head = controller
            return
        if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if (
                verb.dep_ == "acl"
                and verb.tag_ == "VB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            ):
                verb = head  # "an effort to paint X as ...": whoever makes the effort
                continue
            if verb.dep_ == "acl" and verb.tag_ != "VBG" and head.dep_ != "ROOT":
                return  # "the remarks made ...": a passive participle's noun is not its speaker
            if verb.dep_ == "acl" and _carrier(head):
                verb = head.head  # "the council approved a resolution condemning ...": the council speaks
                continue
            if verb.dep_ == "acl" and verb.tag_ == "VBG" and _carrier_in(head):
                verb = head.head.head  # "X shot back in an article stating ...": X speaks
                continue
            rel.source = phrase_chars(token.doc, head)
            rel.source_head = head
            return
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            verb = head.head  # "distanced himself by saying ..."
        elif verb.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX", "ADJ"):
            if verb.dep_ == "advcl" and verb.tag_ != "VBG" and not any(c.lower_ == "to" for c in verb.children):
                return  # participles ("..., saying") and purposes ("met to discuss") share the subject
            verb = head
            reporter = verb.head
            if (
                verb.dep_ == "ccomp"
                and verb.i > reporter.i
                and _reporting(reporter)
                and not _QUOTE_OR_BREAK.search(token.doc[reporter.i : verb.left_edge.i].text_with_ws)
                and _quote_at(quotes, reporter.idx, reporter.idx + len(reporter)) is None
                and _reports_again(token)
            ):
                # "X said he would win, adding ...": the parser hangs the second cue on the reported
                # clause, but it shares the subject of the reporting verb, not of what was reported
                verb = reporter
                rel.extra["continues"] = True
        elif verb.dep_ == "acomp" and head.pos_ in ("VERB", "AUX"):
            verb = head  # "X was quick to point out ...", "voters are more likely to say ..."
        else:
            return


def _reports_again(token: Token) -> bool:
    """A second cue that reports on its own ('said A, adding B'), not one more thing in what was reported
    ('said he would sit Putin down and tell him ...', 'said they are going ahead and will see ...')."""
    lemma = _verb_lemma(token)
    if _infinitive(token):
        return False
    held = lemma in lex.STANCE_VERBS or lemma in lex.INTENTION_VERBS or lemma in lex.COGNITION_VERBS
    return lemma in lex.SPEECH_VERBS or lemma in lex.JUDGING_VERBS or not held


def _infinitive(token: Token) -> bool:
    """'will see', 'to say', 'would sit ... and tell': a verb under a modal or 'to', its own or its first conjunct's
    (not a present tense the small model tags as a base form: 'they want A and suggest B')."""
    if token.tag_ != "VB":
        return False
    return token.head.tag_ == "VB" or any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in token.children)


def _noun_holder(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition ('look for chances to ...')."""
    if noun.dep_ in ("dobj", "obj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def _chunk_at(doc: Doc, i: int, *, starting: bool = False) -> SpacySpan | None:
    """The noun chunk holding token ``i`` (or starting at it). ``doc.noun_chunks`` runs over the whole
    Doc, so its chunks are indexed once per Doc (kept in ``user_data`` while sources are extracted)."""
    index = doc.user_data.get(_CHUNK_INDEX)
    if not isinstance(index, list):
        index = _chunk_index(doc)
    chunk = index[i] if 0 <= i < len(index) else None
    return None if chunk is None or (starting and chunk.start != i) else chunk


def _chunk_index(doc: Doc) -> list[SpacySpan | None]:
    index: list[SpacySpan | None] = [None] * len(doc)
    for chunk in doc.noun_chunks:
        for k in range(chunk.start, chunk.end):
            index[k] = chunk
    return index


def _stranded_subject(token: Token) -> SpacySpan | None:
    """The noun phrase that opens a finite cue's clause but that the parser hung elsewhere:
    'Sen. Jane Doe, facing a close race, said ...', '“...,” said retired judge Ann Lee', or a
    paragraph's first words read into the sentence before (sentences run over paragraph breaks)."""
    if token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].dep_ == "advmod" and doc[i].head == token:
        i -= 1  # "also accused", "bluntly suggested"
    if i >= 0 and doc[i].text == ",":
        j = i - 1
        while j > max(i - 30, 0) and doc[j].text not in (",", "\n") and not doc[j].is_space:
            j -= 1
        if doc[j].text != ",":
            return None
        i = j - 1
    chunk = _chunk_at(doc, i) if i >= 0 else None
    if chunk is None or chunk.end != i + 1 or (chunk.root.pos_ == "PRON" and chunk.root.lower_ in _RELATIVE):
        chunk = None
    elif chunk.start > 0 and not (doc[chunk.start - 1].text == "," or doc[chunk.start - 1].is_space):
        chunk = None  # the clause must open with it (or an introductory phrase before a comma)
    if chunk is None and _after_quote(token) and token.i + 1 < len(doc):
        chunk = _chunk_at(doc, token.i + 1, starting=True)
    if chunk is not None and chunk.root.tag_ in ("WP", "WDT", "WP$"):
        return None  # "Asked what ...": a question, not a speaker
    return chunk


def _opening_subject(token: Token) -> SpacySpan | None:
    """'Sen. Jane Doe, facing a close race in Iowa, a swing state, said ...': the noun phrase that opens the
    sentence (or its paragraph), when only asides set off by commas, dashes or brackets lie between it and
    a finite cue the parser left without a subject."""
    if token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].head == token and doc[i].dep_ in ("advmod", "npadvmod", "aux", "neg"):
        i -= 1  # "also said", "last week said"
    if i < 0 or doc[i].text not in _ASIDE_CLOSERS:
        return None
    start = sentence_of(token).start
    for k in range(i, start - 1, -1):
        if "\n" in doc[k].text:
            start = k + 1  # sentences run over paragraph breaks
            break
    chunk = _chunk_at(doc, start, starting=True) if start < len(doc) else None
    if chunk is not None and chunk.text.isupper() and doc[chunk.end].text in _ASIDE_OPENERS:
        # a dateline ("WASHINGTON -- President Obama, ..., said"): the sentence opens after its dash
        dash = next((t for t in doc[chunk.end : i] if t.text in ("—", "–", "--")), None)
        chunk = _chunk_at(doc, dash.i + 1, starting=True) if dash is not None else None
    if chunk is None or chunk.end >= i or doc[chunk.end].text not in _ASIDE_OPENERS:
        return None
    if chunk.root.tag_ in ("WP", "WDT", "WP$") or chunk.root.lower_ in ("it", "there", "this", "that"):
        return None
    return chunk


def _after_quote(token: Token) -> bool:
    """The token follows a closing quotation mark, with at most a comma between ('“...,” added X')."""
    i = token.i - 1
    while i >= 0 and (token.doc[i].is_space or token.doc[i].text in (",", "—", "–")):
        i -= 1
    return i >= 0 and token.doc[i].text in _CLOSING_TOKENS


def _object_controller(verb: Token) -> Token | None:
    """The object that is the understood subject of an infinitive: 'led some to speculate ...',
    'forced his rival to distance herself from ...' (the object speaks, not the subject)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if _verb_lemma(head) not in lex.OBJECT_CONTROL_VERBS:
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)


def _carrier(noun: Token) -> bool:
    """A thing that carries someone's words as the object of what they did ('released a statement')."""
    if noun.dep_ not in ("dobj", "obj") or noun.pos_ != "NOUN" or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = noun.lemma_.lower()
    return not (noun.ent_type_ or lemma in lex.UNNAMED_PERSON_NOUNS or lemma in lex.TITLE_NOUNS)


def _carrier_in(noun: Token) -> bool:
    """A thing someone speaks in or during ('in an article', 'during a speech'), the phrase on their verb."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or prep.lower_ not in ("in", "during", "on", "at"):
        return False
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = noun.lemma_.lower()
    return not (noun.ent_type_ or lemma in lex.UNNAMED_PERSON_NOUNS or lemma in lex.TITLE_NOUNS)


def _reporting(token: Token) -> bool:
    """A verb that reports speech or thought ('said', 'noted', 'told', 'insisted')."""
    lemma = _verb_lemma(token)
    return lemma in lex.SPEECH_VERBS or lemma in lex.COGNITION_VERBS or lemma in lex.HEARER_VERBS


def _subject(verb: Token, quotes: list[tuple[int, int]]) -> Token | None:
    """The verb's subject; when the parser gives two, the one outside quotation marks ('“...,” said X')."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) > 1:
        outside = [c for c in subjects if _quote_at(quotes, c.idx, c.idx + len(c)) is None]
        # a timestamp line or dateline before the real subject ("9:30 p.m. / Donald Trump says"):
        # of several subjects, the one nearest the verb
        return min(outside, key=lambda c: abs(c.i - verb.i)) if outside else subjects[0]
    return subjects[0] if subjects else None


def _content_of(
    doc: Doc, token: Token, children: list[Token], lemma: str, quotes: list[tuple[int, int]], layout: _Layout
) -> tuple[int, int] | None:
    """The content of a verb cue: an adjacent quote, its clause, its object, or the clause it interrupts."""
    adjacent = _adjacent_quotes(doc, token, quotes, layout)
    if adjacent is not None:
        return adjacent
    interrupting = _interrupting_sentence(doc, token, children, layout)
    if interrupting is not None:
        return interrupting
    ccomps = [c for c in children if c.dep_ == "ccomp" and not _inside_subject(c, token)]
    ccomps = [c for c in ccomps if not _parallel_report(c, token)] or ccomps
    if ccomps:
        # the clause after the verb ("said that ...") or before it ("..., Shin said"), without a second
        # speaker's report run on after it ("..., while 22 percent said ...": that one is its own)
        return _clip(
            doc,
            _union(
                _subtree_chars(doc, c, tuple(t for t in c.subtree if _parallel_report(t, token)), layout, token)
                for c in ccomps
            ),
            token,
            layout,
        )
    xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
    dobj = next((c for c in children if c.dep_ in ("dobj", "obj")), None)
    as_phrase = _as_phrase(token) if lemma in lex.FRAMING_VERBS else None
    if as_phrase is not None:  # "viewed Sanders' challenge as a nuisance": the framing is the content
        if dobj is not None and dobj.lower_ == "what":
            return None  # "what he sees as the real problem": a relative clause, not the sentence's claim
        return _span_union(doc, [*([dobj] if dobj is not None else []), as_phrase], layout, token)
    if lemma in lex.COGNITION_VERBS and lemma not in lex.SPEECH_VERBS:
        return None  # a clause or nothing ("voters see Clinton as electable" frames, above)
    if lemma in lex.HEARER_VERBS:
        if xcomp is not None and lemma in ("tell", "ask", "urge", "warn", "advise", "instruct", "promise"):
            return _subtree_chars(doc, xcomp, (), layout, token)
        return _following_clause(doc, token, layout)
    if lemma in ("promise", "vow", "pledge", "threaten", "threat", "propose", "demand") and xcomp is not None:
        return _subtree_chars(doc, xcomp, (), layout, token)
    if lemma == "call":
        oprd = next((c for c in children if c.dep_ in ("oprd", "xcomp")), None)
        # after the verb: "on Tuesday called ..." is a date, not "called on Republicans to ..."
        prep_for = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i > token.i), None)
        if dobj is not None and oprd is not None:
            return _span_union(doc, [dobj, oprd], layout, token)
        if dobj is not None and any(_bare_appos(c) for c in dobj.children):
            # "called Mr. Yanukovych an outstanding leader": the parser reads the name as an appositive
            return _subtree_chars(doc, dobj, (), layout, token)
        if prep_for is not None:
            # "called on Republicans to unendorse him": whom it calls on and what it asks of them
            objects = [c for c in prep_for.children if c.dep_ in ("pobj", "pcomp")]
            xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > prep_for.i), None)
            return _span_union(doc, [*objects, *([xcomp] if xcomp is not None else [])] or [prep_for], layout, token)
        return _named_in_quotes(doc, layout.text, token, quotes)
    if lemma in lex.JUDGING_VERBS and dobj is not None:
        preps = [c for c in children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over", "as")]
        return _span_union(doc, [dobj, *preps], layout, token)
    if lemma in lex.FINDING_VERBS and dobj is not None and _document_subject(token):
        # "many polls show Mrs. Clinton with a lead": the object and what it is shown with
        preps = [c for c in children if c.dep_ == "prep" and c.i > dobj.i]
        return _span_union(doc, [dobj, *preps], layout, token)
    if lemma in lex.OBJECT_CONTENT_VERBS and dobj is not None and dobj.lower_ not in ("it", "this", "that"):
        return _subtree_chars(doc, dobj, (), layout, token)
    gerund = next((c for c in children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > token.i), None)
    if gerund is not None and lemma in lex.SPEECH_VERBS and lemma != "continue":  # "continued raising rates"
        # "reported spending $6 million", "recalled being told ...": the gerund clause is what was said
        return _subtree_chars(doc, gerund, (), layout, token)
    if lemma == "say":
        # "said the same of Sanders", "said so", "said yes", "said legalizing it could ...": what was said
        said = next((c for c in children if c.dep_ in ("dobj", "obj", "xcomp", "intj") and c.i > token.i), None)
        if said is None:
            said = next((c for c in children if c.dep_ == "advmod" and c.lower_ == "so" and c.i > token.i), None)
        if said is not None and said.lower_ not in ("it", "them", "little"):
            return _subtree_chars(doc, said, (), layout, token)
    parenthetical = _interrupted_clause(doc, token, layout)
    if parenthetical is not None:
        return parenthetical
    if token.i + 1 < len(doc) and doc[token.i + 1].text == ":":
        return _following_clause(doc, token, layout)
    return None


def _named_in_quotes(doc: Doc, text: str, token: Token, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'called both Trump and Clinton “crazy”', 'called that “beyond preposterous”': what the verb
    names and the quoted name it gives, when the parser lost the second object."""
    if token.i + 1 >= len(doc) or doc[token.i + 1].is_punct:
        return None
    end = sentence_of(token).end_char
    q = next((q for q in quotes if token.idx < q[0] < end), None)
    if q is None or re.search(r"[,;:.!?()—–\n]", text[token.idx : q[0]]) or _words(text[token.idx : q[0]]) > 12:
        return None
    return (doc[token.i + 1].idx, q[1])


def _stance_content(
    doc: Doc,
    token: Token,
    children: list[Token],
    lemma: str,
    rel: _Rel,
    quotes: list[tuple[int, int]],
    layout: _Layout,
) -> tuple[int, int] | None:
    """'talked about X' (the cue grows to the preposition), 'pointed out X', 'endorsed X', 'wants to X'."""
    light = _light_object(token) if lemma in lex.LIGHT_VERBS else None
    if light is not None:
        return _light_content(doc, token, light, rel, layout)
    particle = next((c for c in children if c.dep_ == "prt" and (lemma, c.lower_) in lex.PARTICLE_CUES), None)
    if particle is not None:
        target = next((c for c in children if c.dep_ in ("ccomp", "dobj", "obj") and c.i > particle.i), None)
        if target is None:
            prep = next((c for c in children if c.dep_ == "prep" and c.i > particle.i), None)
            target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if target is None:  # "shrugged off the criticism": the parser hangs the object on the particle
            target = next((c for c in particle.children if c.dep_ == "pobj"), None)
        rel.cue = (token.idx, particle.idx + len(particle))
        rel.cue_label = doc[token.i : particle.i + 1].text.lower()
        if target is not None:
            return _subtree_chars(doc, target, (), layout, token)
        return _adjacent_quotes(doc, token, quotes, layout)
    preps = lex.VERB_PREPOSITION_CUES.get(lemma)
    if lemma in lex.SHARE_VERB_PREPOSITIONS and _share_subject(token):
        # "56 percent would vote for Clinton": a poll's share of respondents and their choice
        preps = (preps or frozenset()) | lex.SHARE_VERB_PREPOSITIONS[lemma]
    if preps:
        for child in children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i > token.i:
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    rel.cue = (token.idx, child.idx + len(child))
                    rel.cue_label = doc[token.i : child.i + 1].text.lower()
                    # "referred to Rubio as a bright leader": the "as" phrase is part of what was said
                    as_phrase = [c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i]
                    return _span_union(doc, [obj, *as_phrase], layout, token)
    if lemma in lex.STANCE_VERBS:
        dobj = next((c for c in children if c.dep_ in ("dobj", "obj")), None)
        if dobj is not None and dobj.pos_ != "PRON":
            return _subtree_chars(doc, dobj, (), layout, token)
        gerund = next((c for c in children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > token.i), None)
        if gerund is not None and rel.source is not None:
            # "Sanders supports raising the minimum wage": the gerund clause is what the stance is about
            return _subtree_chars(doc, gerund, (), layout, token)
    if lemma in lex.INTENTION_VERBS:
        xcomp = next((c for c in children if c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)), None)
        if xcomp is not None:
            return _subtree_chars(doc, xcomp, (), layout, token)
        dobj = next((c for c in children if c.dep_ in ("dobj", "obj") and c.i > token.i), None)
        if lemma in lex.DESIRE_VERBS and dobj is not None and dobj.pos_ != "PRON" and rel.source is not None:
            # "Sanders wants a vast expansion of ...": what is wanted
            return _subtree_chars(doc, dobj, (), layout, token)
    return None


def _document_subject(verb: Token) -> bool:
    """The verb's subject is a document ('polls', 'the emails', 'court records')."""
    return any(c.dep_ in _SUBJECTS and c.lemma_.lower() in lex.DOCUMENT_NOUNS for c in verb.children)


def _bare_appos(token: Token) -> bool:
    """An appositive not set off by a comma or dash ('Yanukovych an outstanding leader')."""
    return token.dep_ == "appos" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].pos_ != "PUNCT"


def _as_phrase(token: Token) -> Token | None:
    """The 'as' phrase of a framing verb, on the verb or on its object ('cast X as Y')."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            return child
        if child.dep_ in ("dobj", "obj"):
            found = next((g for g in child.children if g.dep_ == "prep" and g.lower_ == "as"), None)
            if found is not None:
                return found
    return None


def _light_object(token: Token) -> Token | None:
    """The object that makes a light verb a cue: 'made the case', 'raised questions', 'made (it) clear'."""
    objects = lex.LIGHT_VERB_OBJECTS.get(_verb_lemma(token), frozenset())
    for child in token.children:
        if child.dep_ in ("dobj", "obj") and (child.lower_ in objects or child.lemma_ in objects):
            return child
        if child.lower_ == "clear" and "clear" in objects:
            return child
    return None


def _light_content(doc: Doc, token: Token, obj: Token, rel: _Rel, layout: _Layout) -> tuple[int, int] | None:
    """What a light-verb cue is about: a 'that' clause, the noun's or verb's preposition, else the noun."""
    rel.cue = (token.idx, obj.idx + len(obj))
    rel.cue_label = doc[token.i : obj.i + 1].text.lower()
    if obj.lower_ == "it":
        return None  # "as X put it": only a quote or the clause it interrupts (found before) is content
    for child in obj.children:
        if child.dep_ in ("ccomp", "acl") or (child.dep_ == "prep" and child.lower_ in _LIGHT_PREPS):
            objects = (c for c in child.children if c.dep_ in ("pobj", "pcomp"))
            target = child if child.dep_ != "prep" else next(objects, None)
            if target is not None:
                return _subtree_chars(doc, target, (), layout, token)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _LIGHT_PREPS and child.i > obj.i:
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is not None:
                return _subtree_chars(doc, target, (), layout, token)
    if obj.lower_ == "clear" or obj.pos_ == "PRON":
        return None
    return _subtree_chars(doc, obj, (), layout, token)


_CONTRASTING = frozenset(["while", "whereas", "but", "although", "though"])


def _parallel_report(verb: Token, cue: Token) -> bool:
    """A second speaker's report set beside the cue's, which the parser hangs inside the cue's clause:
    '74 percent said A, while 22 percent said B', 'Six in 10 said A, and three-quarters said B',
    'Most said A; 46 percent said B'. Not 'X said Y said B' (a report inside what X said)."""
    if verb == cue or _verb_lemma(verb) not in lex.SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "there") or subject.i > verb.i:
        return False
    doc = verb.doc
    before = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    after = doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(doc) else None
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CONTRASTING for c in verb.children)
    if verb.dep_ == "conj":
        return True
    if verb.dep_ == "ccomp" and verb.i > cue.i:
        return before is not None and before.lower_ in ("and", "but", ";")
    return verb.dep_ == "ccomp" and verb.i < cue.i and after is not None and after.text == ";"


def _share_subject(verb: Token) -> bool:
    """The verb's subject is a share of a group, as polls report it: '56 percent', 'a majority of
    voters', 'more than half', 'six in 10', 'four out of 10 voters'."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in lex.SHARE_NOUNS or subject.text == "%":
        return True
    return any(t.dep_ == "quantmod" and t.lower_ in ("in", "out") for t in subject.subtree)


def _inside_subject(clause: Token, cue: Token) -> bool:
    """A 'ccomp' that is really part of the cue's subject phrase (a parse slip)."""
    return any(a.dep_ in _SUBJECTS and a.head == cue for a in clause.ancestors)


def _adjacent_quotes(doc: Doc, token: Token, quotes: list[tuple[int, int]], layout: _Layout) -> tuple[int, int] | None:
    """Quotes right before and/or after the 'X said' phrase: '“...,” she said, “...”'."""
    text = layout.text
    subject = _subject(token, quotes)
    lo = min(token.idx, subject.left_edge.idx if subject is not None else token.idx)
    hi = max(token.idx + len(token), subject.right_edge.idx + len(subject.right_edge) if subject is not None else 0)
    # let a short trailing adverbial ("said Monday") and appositions ride along with the phrase
    para = _paragraph_of(layout.paragraphs, token.idx)
    before = after = None
    for q in quotes:
        if q[1] <= lo and _paragraph_of(layout.paragraphs, q[1] - 1) == para:
            gap = text[q[1] : lo]
            if _GAP.fullmatch(gap) and _words(text[q[0] : q[1]]) >= 2 and _opens_sentence(text, q, layout):
                before = q
        elif q[0] >= hi:
            gap = text[hi : q[0]]
            if _paragraph_of(layout.paragraphs, q[0]) in (para, para + 1) and (
                _GAP.fullmatch(gap) or _LEAD_IN.fullmatch(gap)
            ):
                if "\n" in gap and not gap.strip().endswith(":"):
                    break
                if (
                    _words(text[q[0] : q[1]]) >= 2
                    and (gap.strip() or before is not None)
                    and not _cue_in(doc, hi, q[0])
                ):
                    after = q
            break
    if before is None and after is None:
        return None
    if before is not None and after is not None:
        return (before[0], after[1])
    return before or after


def _cue_in(doc: Doc, start: int, end: int) -> bool:
    """Whether a reporting verb of its own stands between the characters start and end: in '“...,” she
    said, adding, “...”' the second quote is what 'adding' reports, a relation of its own."""
    piece = doc.char_span(start, end, alignment_mode="contract")
    return piece is not None and any(t.pos_ == "VERB" and _reporting(t) for t in piece)


def _opens_sentence(text: str, quote: tuple[int, int], layout: _Layout) -> bool:
    """Whether a quote starts its sentence and stops mid-sentence ('“We will win,” she said'),
    unlike a title ('on “Fox News Sunday,” Pence said') or a finished sentence before a new one."""
    inner = text[quote[0] : quote[1]].rstrip("\"”»' ")
    if inner[-1:] == ".":
        return False
    start = layout.paragraphs[_paragraph_of(layout.paragraphs, quote[0])]
    before = text[start : quote[0]].rstrip()
    return not before or before[-1] in '.!?:;"”'


def _interrupting_sentence(doc: Doc, token: Token, children: list[Token], layout: _Layout) -> tuple[int, int] | None:
    """'Acts of protest, Mr. Obama said, are acts of patriotism': the cue phrase sits between commas
    inside the sentence it reports, which is then the content (as one extent, the phrase included)."""
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > token.i for c in children):
        return None
    subject = next((c for c in children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    first = min(token.i, subject.left_edge.i)
    last = max(token.i, subject.right_edge.i)
    while last + 1 < len(doc) and doc[last + 1].dep_ in ("npadvmod", "advmod") and doc[last + 1].head.i == token.i:
        last += 1  # "he said Monday,"
    if first == 0 or last + 1 >= len(doc) or doc[first - 1].text != "," or doc[last + 1].text != ",":
        return None
    sent = sentence_of(token)
    if first - 1 <= sent.start or last + 2 >= sent.end - 1:
        return None
    span = trim_tokens(doc, sent.start, sent.end - 1)
    return _clip(doc, span, token, layout)


def _interrupted_clause(doc: Doc, token: Token, layout: _Layout) -> tuple[int, int] | None:
    """'..., Shin said.' parsed with the cue hanging from the clause it reports."""
    if _as_clause(token) and _verb_lemma(token) in lex.SPEECH_VERBS:
        # "As The Post reported, Sanders would need ...", "..., as Comey noted": the clause it hangs from
        return _clip(doc, _subtree_chars(doc, token.head, (token,), layout, token), token, layout)
    if token.dep_ not in ("parataxis", "ccomp", "conj", "advcl") or token.head.i >= token.i:
        return None
    has_subject = any(c.dep_ in _SUBJECTS for c in token.children)
    if not has_subject or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in token.children):
        return None
    if token.dep_ != "parataxis" and not (token.i > 0 and _comma_before_phrase(token)):
        return None
    head = token.head
    return _clip(doc, _subtree_chars(doc, head, (token,), layout, token), token, layout)


def _as_clause(token: Token) -> bool:
    """'as X noted' / 'as X reported': a reporting clause with a subject and no object of its own."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    deps = {c.dep_ for c in token.children}
    preps = lex.VERB_PREPOSITION_CUES.get(_verb_lemma(token), frozenset())
    if any(c.dep_ == "prep" and c.lower_ in preps for c in token.children):
        return False  # "as he spoke of his faith": the preposition's object is the content
    return bool(deps & set(_SUBJECTS)) and not deps & {"ccomp", "dobj", "obj", "xcomp"}


def _comma_before_phrase(token: Token) -> bool:
    """Whether the 'X said' phrase is set off by a comma from what precedes it."""
    first = min([token, *(c.left_edge for c in token.children if c.dep_ in _SUBJECTS)], key=lambda t: t.i)
    return first.i > 0 and first.nbor(-1).text in (",", "—", "–", "--")


def _following_clause(doc: Doc, token: Token, layout: _Layout) -> tuple[int, int] | None:
    """After 'X said:' or 'X told reporters': the rest of the sentence (or the next paragraph after ':')."""
    sent = sentence_of(token)
    start = token.i + 1
    while start < sent.end and doc[start].dep_ in ("dobj", "dative", "punct", "npadvmod", "prep", "pobj", "det"):
        if doc[start].text == ":":
            start += 1
            break
        if doc[start].dep_ == "prep":
            return None
        start += 1
    if start >= sent.end:
        return None
    end = sent.end - 1
    piece = trim_tokens(doc, start, end)
    if piece is None:
        return None
    return _clip(doc, piece, token, layout)


# ---------------------------------------------------------------------------- spans


def phrase_chars(doc: Doc, head: Token) -> tuple[int, int]:
    """A noun phrase without its relative clauses and comma-set appositions, as characters."""
    drop: set[int] = set()
    for child in head.children:
        if (child.dep_ in ("relcl", "acl") and child.i > head.i) or (
            child.dep_ == "appos"
            and child.i > head.i
            and child.left_edge.nbor(-1).text == ","
            and (head.ent_type_ == "PERSON" or child.ent_type_ != "PERSON")
        ):
            drop.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in drop]
    cut = min((i for i in drop if i > head.i), default=None)
    if cut is not None:
        tokens = [t for t in tokens if t.i < cut]  # a phrase is contiguous: stop at the clause
    span = trim_tokens(doc, tokens[0].i, tokens[-1].i)
    return span if span is not None else (head.idx, head.idx + len(head))


def _subtree_chars(
    doc: Doc, root: Token, exclude: tuple[Token, ...], layout: _Layout, cue: Token
) -> tuple[int, int] | None:
    """The subtree of ``root`` minus the subtrees in ``exclude``, trimmed, within the cue's sentence."""
    drop = {t.i for x in exclude for t in x.subtree}
    kept = [t.i for t in root.subtree if t.i not in drop]
    if not kept:
        return None
    if exclude:
        # keep the side of the clause that holds its head: '..., Shin said' drops the phrase after
        kept = [i for i in kept if not (min(drop) <= i <= max(drop))]
        left = [i for i in kept if i < min(drop)]
        right = [i for i in kept if i > max(drop)]
        if left and right and not _quote_chars_in(doc, right):
            kept = left if root.i < min(drop) else right
    return trim_tokens(doc, min(kept), max(kept))


def _quote_chars_in(doc: Doc, indices: list[int]) -> bool:
    return any(doc[i].text in _QUOTE_TOKENS for i in indices)


def _span_union(doc: Doc, roots: list[Token], layout: _Layout, cue: Token) -> tuple[int, int] | None:
    return _union(_subtree_chars(doc, r, (), layout, cue) for r in roots)


def _union(pieces: object) -> tuple[int, int] | None:
    found = [p for p in pieces if p is not None]  # type: ignore[attr-defined]
    if not found:
        return None
    return (min(p[0] for p in found), max(p[1] for p in found))


def trim_tokens(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Characters of tokens first..last without edge punctuation (quotation marks are kept)."""
    while first <= last and _edge_junk(doc[first], leading=True):
        first += 1
    while last >= first and _edge_junk(doc[last], leading=False):
        last -= 1
    if first > last:
        return None
    # a closing quotation mark right after a kept comma or stop belongs to the quote
    if last + 1 < len(doc) and doc[last + 1].text in _CLOSING_TOKENS and doc[last].is_punct:
        last += 1
    return (doc[first].idx, doc[last].idx + len(doc[last]))


def _edge_junk(token: Token, *, leading: bool) -> bool:
    """Punctuation that never starts or ends a span (but '%', '$' and quotation marks do)."""
    if token.is_space:
        return True
    if token.text in _QUOTE_TOKENS:
        return False
    if all(c in _JUNK for c in token.text):
        return not (not leading and token.text in (".", "?", "!") and _closes_quote(token))
    return leading and token.dep_ == "cc" and token.i == token.head.i + 1


def _closes_quote(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.nbor(1).text in _CLOSING_TOKENS


def _clip(doc: Doc, span: tuple[int, int] | None, cue: Token, layout: _Layout) -> tuple[int, int] | None:
    """Keep a content inside the paragraph(s) of its cue: the small model's sentences run over breaks."""
    if span is None:
        return None
    text = layout.text
    para = _paragraph_of(layout.paragraphs, cue.idx)
    p_start = layout.paragraphs[para]
    p_end = layout.paragraphs[para + 1] if para + 1 < len(layout.paragraphs) else len(text)
    start, end = max(span[0], p_start), min(span[1], _rstrip(text, p_end))
    if start >= end:
        return None
    piece = char_span(text, start, end)
    return (piece.start, piece.end) if piece.text else None


# ---------------------------------------------------------------------------- other cues


def _prepositional_cues(doc: Doc, layout: _Layout, quotes: list[tuple[int, int]]) -> list[_Rel]:
    """'..., according to X.': the source is the object of the phrase, the content its clause."""
    rels: list[_Rel] = []
    lowered = [t.lower_ for t in doc]
    for pattern in lex.PREPOSITIONAL_CUES:
        n = len(pattern)
        for i in range(len(doc) - n + 1):
            if lowered[i] != pattern[0] or tuple(lowered[i : i + n]) != pattern:
                continue
            last = doc[i + n - 1]
            pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
            if pobj is None and i + n < len(doc) and doc[i + n].dep_ == "pobj":
                pobj = doc[i + n]
            if pobj is None:
                continue
            cue = doc[i]
            if _quote_at(quotes, cue.idx, cue.idx + 1) is not None:
                continue  # inside a quote: the quoted speaker's sourcing, not the article's
            rel = _Rel(cue=(cue.idx, last.idx + len(last)), cue_label=" ".join(pattern))
            rel.source = phrase_chars(doc, pobj)
            rel.source_head = pobj
            agent = _agent_of(pobj)
            if agent is not None:  # "according to a court filing made by the state": the state is the source
                rel.source, rel.source_head = phrase_chars(doc, agent), agent
            phrase = {t.i for t in doc[i : i + n]} | {t.i for t in pobj.subtree}
            rel.content = _clause_around(doc, cue, phrase, layout)
            _source_run_on(doc, rel, cue, max(phrase), layout)
            rel.extra["phrase"] = (cue.idx, max(rel.cue[1], rel.source[1]))
            if rel.content is not None:
                rels.append(rel)
    return rels


def _agent_of(noun: Token) -> Token | None:
    """The agent of a participle after a noun: 'a document filed by the county' -> 'county'."""
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.i > noun.i and acl.tag_ == "VBN":
            by = next((c for c in acl.children if c.dep_ == "agent"), None)
            obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if obj is not None:
                return obj
    return None


def _source_run_on(doc: Doc, rel: _Rel, cue: Token, last: int, layout: _Layout) -> None:
    """'..., according to three officials who spoke on condition of anonymity but were not authorized to
    speak': the parse hangs the phrase on the source's own modifier after it. With words before the phrase
    and no break between the source and that clause, the modifier is the source's and the words before are
    the content."""
    if rel.content is None or rel.source is None or last + 1 >= len(doc):
        return
    sent = sentence_of(cue)
    after = doc[last + 1]
    if rel.content[0] < after.idx or after.is_punct or not any(t.is_alpha for t in doc[sent.start : cue.i]):
        return
    before = _clip(doc, trim_tokens(doc, sent.start, cue.i - 1), cue, layout)
    if before is None:
        return
    rel.source = (rel.source[0], rel.content[1])
    rel.content = before


def _view_cues(doc: Doc, layout: _Layout, quotes: list[tuple[int, int]]) -> list[_Rel]:
    """'In Ash's view, the change would ...': the possessive is the source, the clause the content."""
    rels: list[_Rel] = []
    for token in doc:
        if token.dep_ != "prep":
            continue
        noun = next((c for c in token.children if c.dep_ == "pobj"), None)
        if noun is None or (token.lower_, noun.lemma_.lower()) not in lex.POSSESSIVE_VIEW_CUES:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or _quote_at(quotes, token.idx, token.idx + 1) is not None:
            continue
        last = noun
        if noun.lower_ == "point":  # "from Trump's point of view"
            of = next((c for c in noun.children if c.lower_ == "of" and c.dep_ == "prep"), None)
            view = next((c for c in of.children if c.lower_ == "view"), None) if of is not None else None
            if view is None:
                continue
            last = view
        rel = _Rel(cue=(noun.idx, last.idx + len(last)), cue_label=doc[noun.i : last.i + 1].text.lower())
        rel.source = phrase_chars(doc, owner)
        rel.source_head = owner
        rel.content = _clause_around(doc, token, {t.i for t in token.subtree}, layout)
        rel.extra["phrase"] = (token.idx, rel.cue[1])
        if rel.content is not None:
            rels.append(rel)
    return rels


def _finding_cues(doc: Doc, layout: _Layout, quotes: list[tuple[int, int]], taken: set[int]) -> list[_Rel]:
    """'In a CBS News poll, she led by 24 points': the poll is the source, the clause the content."""
    rels: list[_Rel] = []
    for token in doc:
        if token.lower_ != "in" or token.dep_ != "prep":
            continue
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in lex.FINDING_DOCUMENTS:
            continue
        if token.i > token.head.i:
            continue  # only fronted: "leads in the polls", "slid in the polls" are mostly not attributions
        if token.head.i in taken and pobj.lemma_.lower() not in lex.POLL_NOUNS:
            continue  # "In a report, X said" belongs to the verb; "In a poll, 60 percent said ..." is the poll's too
        if token.head.pos_ not in ("VERB", "AUX", "NOUN") or _quote_at(quotes, token.idx, token.idx + 1) is not None:
            continue
        rel = _Rel(cue=(token.idx, token.idx + len(token)), cue_label="in")
        rel.source = phrase_chars(doc, pobj)
        rel.source_head = pobj
        rel.content = _clause_around(doc, token, {t.i for t in token.subtree}, layout)
        rel.extra["phrase"] = (token.idx, rel.source[1])
        if rel.content is not None:
            rels.append(rel)
    return rels


def _nominal_cues(doc: Doc, layout: _Layout, quotes: list[tuple[int, int]]) -> list[_Rel]:
    """'his critique of X', 'Kerry's announcement that X', 'a statement by the ministry that X'."""
    rels: list[_Rel] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lex.NOMINAL_CUES:
            continue
        if _quote_at(quotes, token.idx, token.idx + len(token)) is not None:
            continue
        source = next((c for c in token.children if c.dep_ == "poss"), None)
        content: tuple[int, int] | None = None
        cue_end = token
        for child in token.children:
            if source is None and child.dep_ == "prep" and child.lower_ in ("by", "from"):
                # "a statement by the ministry", "complaints from his counterpart that ..."
                source = next((c for c in child.children if c.dep_ == "pobj"), None)
            elif content is None and child.dep_ == "prep" and child.lower_ in ("of", "on", "about", "for", "against"):
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    content, cue_end = _subtree_chars(doc, obj, (), layout, token), child
            elif (
                content is None
                and child.dep_ in ("acl", "ccomp")
                and any(g.lower_ == "that" and g.dep_ == "mark" for g in child.children)
            ):
                content = _subtree_chars(doc, child, (), layout, token)
        if source is None or content is None:
            continue
        source = _owner_as_subject(token, source)
        rel = _Rel(cue=(token.idx, cue_end.idx + len(cue_end)), cue_label=doc[token.i : cue_end.i + 1].text.lower())
        rel.source = phrase_chars(doc, source)
        rel.source_head = source
        rel.content = content
        rels.append(rel)
    return rels


_POSS_SUBJECT = {"his": ("he",), "her": ("she",), "their": ("they",), "its": ("it",), "our": ("we",), "my": ("i",)}


def _owner_as_subject(noun: Token, owner: Token) -> Token:
    """'Trump is doubling down on his support for X': the subject of the verb that takes the noun is the source.

    Only for a possessive pronoun that agrees with that subject (a name for 'his' / 'her', a plural for 'their')."""
    pronouns = _POSS_SUBJECT.get(owner.lower_)
    if pronouns is None or owner.tag_ != "PRP$":
        return owner
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return owner
    while verb.dep_ == "xcomp" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return owner
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subj is None:
        return owner
    if subj.pos_ == "PRON":
        return subj if subj.lower_ in pronouns or subj.lower_ in _RELATIVE else owner
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    if plural == (owner.lower_ in ("their", "our")) and subj.pos_ in ("PROPN", "NOUN") and owner.lower_ != "its":
        return subj
    return owner


def _clause_around(doc: Doc, cue: Token, phrase: set[int], layout: _Layout) -> tuple[int, int] | None:
    """The clause an adverbial phrase attaches to, without the phrase itself."""
    head = cue.head
    while head.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl") and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX"):
            break
        head = head.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.i in phrase:
        return None
    sent = sentence_of(cue)
    kept = [t.i for t in head.subtree if t.i not in phrase and sent.start <= t.i < sent.end]
    lo, hi = min(phrase), max(phrase)
    left = [i for i in kept if i < lo]
    right = [i for i in kept if i > hi]
    # the content is the side of the clause holding its verb, or both sides when the phrase interrupts
    if left and right:
        if head.i < lo and not any(doc[i].pos_ in ("VERB", "AUX") for i in right):
            kept = left + [i for i in right if not doc[i].is_punct]
    elif not left and not right:
        return None
    span = trim_tokens(doc, min(kept), max(kept))
    return _clip(doc, span, cue, layout)


def _fill_citing(doc: Doc, rels: list[_Rel]) -> list[_Rel]:
    """'X said, citing Y': X is the source and Y the content (PolNeAR reads what is cited as
    the content of 'citing', whether a report or a reason); the phrase is then cut off X's
    other contents like 'according to' phrases.

    Returns the chain's other link: Y as a source of what X said, so that the sourcing profile
    counts the claim's own sources ("citing two people familiar with the plan": unnamed).
    """
    cited: list[_Rel] = []
    for rel in rels:
        if not rel.extra.get("citing"):
            continue
        token = doc.char_span(rel.cue[0], rel.cue[1])
        if token is None:
            continue
        cue = token[0]
        dobj = next((c for c in cue.children if c.dep_ in ("dobj", "obj")), None)
        if dobj is None:
            continue
        rel.content = trim_tokens(doc, dobj.left_edge.i, dobj.right_edge.i)
        rel.extra["phrase"] = (rel.cue[0], max(rel.cue[1], dobj.right_edge.idx + len(dobj.right_edge)))
        # the claim X reported rests on Y too: Y is a source of the attribution 'citing' hangs on
        sent = sentence_of(cue)
        hosts = [
            r
            for r in rels
            if not r.extra.get("citing") and sent.start_char <= r.cue[0] < sent.end_char and r.content is not None
        ]
        if hosts:
            host = min(hosts, key=lambda r: abs(r.cue[0] - rel.cue[0]))
            cited.append(
                _Rel(
                    cue=rel.cue,
                    cue_label=rel.cue_label,
                    source=phrase_chars(doc, dobj),
                    source_head=dobj,
                    content=host.content,
                    extra={"cited": True},
                )
            )
    return cited


def _drop_nested_stances(rels: list[_Rel]) -> list[_Rel]:
    """'said they want the next president to ...': a stance inside reported speech is part of that speech."""
    contents = [r.content for r in rels if r.content is not None and not r.extra.get("weak")]
    return [
        r for r in rels if not (r.extra.get("weak") and any(c[0] <= r.cue[0] and r.cue[1] <= c[1] for c in contents))
    ]


def _cut_phrases(text: str, rels: list[_Rel]) -> None:
    """Take 'according to X' and 'citing X' off the edges of the other contents they sit in."""
    phrases = [p for r in rels if isinstance(p := r.extra.get("phrase"), tuple)]
    for rel in rels:
        if rel.content is None:
            continue
        start, end = rel.content
        for p_start, p_end in phrases:
            if not ((start <= p_start < end and p_end <= end) or start < p_start < end <= p_end):
                continue  # (a second cue's quote may end past the first content: "... and added, “...”")
            if (p_start, p_end) == (start, end):
                continue
            if not text[p_end:end].strip(" ,.;:—–-\n"):
                end = p_start
            elif not text[start:p_start].strip(" ,;:—–-\n"):
                start = p_end
        piece = char_span(text, start, end)
        trimmed = _TRAILING_CONJUNCTION.sub("", piece.text.strip(" ,;:—–-")).rstrip(" ,;:—–-")
        if trimmed:
            offset = piece.start + piece.text.index(trimmed)
            rel.content = (offset, offset + len(trimmed))


def _orphan_quotes(text: str, quotes: list[tuple[int, int]], rels: list[_Rel], paragraphs: list[int]) -> None:
    """A quote with no cue of its own continues the speaker just before it (same or next paragraph).

    It extends that speaker's content, as one extent over both pieces: PolNeAR annotates
    '“...,” Axelrod said. “...”' and 'Axelrod said X. “...”' as one relation, not two.
    """
    ordered = sorted(rels, key=lambda r: r.cue[0])
    for q in quotes:
        if _words(text[q[0] : q[1]]) < 4:
            continue  # scare quotes and titles, not speech
        if any(_overlaps(q, span) for r in ordered for span in (r.content, r.source, r.cue) if span is not None):
            continue
        before = [r for r in ordered if r.cue[1] <= q[0] and r.content is not None and r.source is not None]
        if not before:
            continue
        host = before[-1]
        para = _paragraph_of(paragraphs, q[0])
        if para - _paragraph_of(paragraphs, host.cue[0]) > 1:
            continue
        assert host.content is not None
        gap = text[max(host.content[1], host.cue[1]) : q[0]]
        if host.direct or _quoted(text, host.content) or not gap.strip():
            host.direct = True  # the same speaker's quote goes on
        host.content = (min(host.content[0], q[0]), max(host.content[1], q[1]))


_DASH_CREDIT = re.compile(r"[ \t\u00a0]*[―—–][ \t\u00a0]*(?P<who>(?:[A-Z][\w.’'-]*[ \t\u00a0]?){1,4})")


def _dash_credits(text: str, quotes: list[tuple[int, int]], rels: list[_Rel]) -> list[_Rel]:
    """'“...” ― Sonya Herridge': a quote credited with a dash and a name after it."""
    found: list[_Rel] = []
    for q in quotes:
        m = _DASH_CREDIT.match(text, q[1])
        if m is None or any(r.content is not None and _overlaps(r.content, q) for r in rels):
            continue
        who = m.group("who").rstrip(" \t\u00a0.")
        start = m.start("who")
        dash = text.index(m.group().strip(" \t\u00a0")[0], q[1])
        found.append(
            _Rel(
                cue=(dash, dash + 1),
                cue_label="―",
                source=(start, start + len(who)),
                content=q,
                direct=True,
                kind="person",
                name=who,
            )
        )
    return found


_HEADLINE_SPEAKER = re.compile(
    r"(?m)^[ \t]*[\"“]?(?:[A-Z]{3,}[ \t]*[–—-][ \t]*)?"
    r"(?P<who>[A-Z][\w.’'&-]*(?:[ \t][A-Z][\w.’'&-]*){0,4}(?P<noun>(?:[ \t][a-z]+){0,2}))"
    r"(?P<to>[ \t](?:[Tt]o|[Oo]n|[Aa]t)[ \t][^\n:]{2,60})?(?P<cue>:)[ \t]+(?P<what>\S[^\n]{10,})$"
)
_NOT_SPEAKERS = lex.words(
    "source sources update note editor photo video watch read related breaking correction clarification byline"
    " email exclusive wow boom look busted bombshell so stat"
)
_SECTION_LABELS = lex.words("note update email daily circle report")


def _headline_speakers(doc: Doc, text: str) -> list[_Rel]:
    """'John McCain: Republican Populist Anger ...': a headline or line that gives its speaker first."""
    found = _headline_quotes(doc, text)
    for m in _HEADLINE_SPEAKER.finditer(text):
        if any(r.cue == m.span("cue") for r in found):
            continue
        who = m.group("who")
        if who.split()[0].lower() in _NOT_SPEAKERS or any(ch.isdigit() for ch in who):
            continue
        if len(who.split()) > 1 and who.split()[-1].lower() in _SECTION_LABELS:
            continue  # "Editor's Note:", "Monday's Morning Email:", a column's name
        first = doc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
        if first is None or any(t.pos_ in ("VERB", "AUX") for t in first):
            continue
        if (m.group("noun") or m.group("to")) and not _headline_speaker(doc, text, m):
            continue
        if len(who) == 1:
            continue  # "Q:" and "A:" of an interview
        if not (any(t.pos_ == "PROPN" for t in first) or who.isupper() or len(first) == 1):
            continue  # a name, a speaker in capitals (transcripts) or a one-word outlet ("Poll: ...")
        what = char_span(text, m.start("what"), m.end("what"))
        found.append(
            _Rel(
                cue=m.span("cue"),
                cue_label=":",
                source=m.span("who"),
                source_head=first.root,
                content=(what.start, what.end),
            )
        )
    return found


# Cue verbs a headline may give in Title Case ("Glenn Beck Blasts Drudge"), where the small model reads the verb
# as one more word of the name: matched on their inflected form, with a preposition where the lexicon pairs one.
_HEADLINE_VERBS = (
    lex.SPEECH_VERBS
    | lex.OBJECT_CONTENT_VERBS
    | lex.JUDGING_VERBS
    | lex.STANCE_VERBS
    | lex.INTENTION_VERBS
    | lex.DENIAL_VERBS
    | lex.HEADLINE_ATTACK_VERBS
    | {"call"}
)
_SOURCE_POS = frozenset(["PROPN", "NOUN", "ADJ", "NUM", "DET", "PART", "CCONJ"])


def _base_forms(word: str) -> list[str]:
    """What a third-person or past form may be the inflection of: 'blasts' -> 'blast', 'urged' -> 'urge'."""
    forms: list[str] = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss"):
        forms += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    elif word.endswith("ied"):
        forms.append(word[:-3] + "y")
    elif word.endswith("ed"):
        forms += [word[:-1], word[:-2]] + ([word[:-3]] if word[-3:-2] == word[-4:-3] else [])
    return forms


def _headline_cue(doc: Doc, token: Token, *, plural: bool) -> tuple[str, Token] | None:
    """The cue verb's lemma and the cue's last token (the verb or its paired preposition), or None."""
    if not token.is_alpha or token.pos_ in ("AUX", "ADP", "PRON", "DET"):
        return None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.lower_.endswith("ed") and not token.text[:1].isupper():
        return None  # headlines tell in the present; "showed" in a sentence is the verb rules' to read
    forms = _base_forms(token.lower_) + ([token.lower_] if plural else [])
    for lemma in forms:
        preps = lex.VERB_PREPOSITION_CUES.get(lemma, frozenset())
        if nxt is not None and (nxt.lower_ in preps or (lemma, nxt.lower_) in lex.PARTICLE_CUES):
            return lemma, nxt
        if lemma in _HEADLINE_VERBS:
            return lemma, token
    return None


def _headline_verbs(doc: Doc, text: str, rels: list[_Rel]) -> list[_Rel]:
    """'Hillary Clinton Slams Donald Trump On Abortion': a title whose verb follows the name that opens it."""
    end = text.find("\n")
    if end < 0 or not text[end:].strip():
        return []  # a title is a line of its own, above the text
    title = doc.char_span(0, end, alignment_mode="contract")
    if title is None or len(title) < 3:
        return []
    colons = [t.i + 1 for t in title if t.text == ":" and not any(r.cue == (t.idx, t.idx + 1) for r in rels)]
    commas = [t.i + 1 for t in title if t.text == ","]
    for start in [title.start, *colons[:1], *commas[:1]]:
        subject = _headline_subject(doc, title, start)
        if subject is not None:
            break
    else:
        return []
    words, i, cue = subject
    source = (words[0].idx, words[-1].idx + len(words[-1]))
    found: list[_Rel] = []
    link: tuple[int, tuple[str, Token]] | None = (i, cue)
    while link is not None:
        i, (lemma, last) = link
        token = doc[i]
        stop, link = _headline_clause_end(doc, title, token, last)
        # "Sherrod Brown Scolds Bank Chief: ‘...’": the quote after the colon is an attribution of its own
        colons = [t.i for t in doc[last.i + 1 : stop] if any(r.cue_label == ":" and r.cue[0] == t.idx for r in rels)]
        stop = colons[0] if colons else stop
        content = trim_tokens(doc, last.i + 1, stop - 1)
        if content is None:
            break
        cue_span = (token.idx, last.idx + len(last))
        if any(r.cue[0] < cue_span[1] and r.cue[1] > token.idx for r in rels):
            continue  # read already by the verb rules: "Clinton Says ..., Calls ..." goes on to "Calls"
        if any(r.cue[0] < token.idx for r in rels):
            break  # the title's attribution is read already
        found.append(_Rel(cue=cue_span, cue_label=lemma, source=source, source_head=words[-1], content=content))
    return found


def _headline_inverted(doc: Doc, text: str, rels: list[_Rel]) -> list[_Rel]:
    """'Records must be released, federal judge rules.': a title that ends on its speaker and cue verb."""
    end = text.find("\n")
    if end < 0 or not text[end:].strip():
        return []
    title = doc.char_span(0, end, alignment_mode="contract")
    if title is None or any(r.cue[0] < end for r in rels):
        return []
    words = [t for t in title if not (t.is_punct or t.is_space)]
    commas = [t for t in title if t.text == ","]
    if len(words) < 4 or not commas or words[-1].i < commas[-1].i + 2:
        return []
    verb = words[-1]
    first = commas[-1].i + 1
    while doc[first].is_punct:  # "Is A ‘Natural Born Citizen,’ Board Of Election Finds"
        first += 1
    speaker = doc[first : verb.i]
    if len(speaker) == 0:
        return []
    cue = _headline_cue(doc, verb, plural=speaker[-1].tag_ in ("NNS", "NNPS"))
    if cue is None or cue[1] is not verb or len(speaker) > 6:
        return []
    if any(t.pos_ not in _SOURCE_POS and t.lower_ != "of" for t in speaker):
        return []
    if not any(t.pos_ in ("NOUN", "PROPN") for t in speaker):
        return []
    content = trim_tokens(doc, title.start, commas[-1].i - 1)
    if content is None:
        return []
    source = (speaker[0].idx, speaker[-1].idx + len(speaker[-1]))
    cue_span = (verb.idx, verb.idx + len(verb))
    return [_Rel(cue=cue_span, cue_label=cue[0], source=source, source_head=speaker[-1], content=content)]


def _headline_clause_end(
    doc: Doc, title: SpacySpan, verb: Token, last: Token
) -> tuple[int, tuple[int, tuple[str, Token]] | None]:
    """Where the headline verb's words end (a semicolon, dash or full stop before more words, or a second cue
    verb after a comma or 'and': 'Backs Trump And Denounces Clinton'), and that second verb and cue if any."""
    stop = last.i + 1
    while stop < title.end:
        t = doc[stop]
        if t.text in (";", "—", "–", "--") or (t.text in (".", "?", "!") and stop + 1 < title.end):
            return stop, None
        if (t.text == "," or t.lower_ == "and") and stop + 1 < title.end:
            after = _headline_cue(doc, doc[stop + 1], plural=False)
            if after is not None and doc[stop + 1].text[:1].isupper() == verb.text[:1].isupper():
                return stop, (stop + 1, after)
        stop += 1
    return stop, None


def _headline_subject(doc: Doc, title: SpacySpan, start: int) -> tuple[SpacySpan, int, tuple[str, Token]] | None:
    """The name or noun phrase that opens the title from start, the index of its cue verb and the cue."""
    while start < title.end and not doc[start].is_alpha:
        start += 1
    i = start + 1
    while i < min(title.end - 1, start + 9):
        token = doc[i]
        cue = _headline_cue(doc, token, plural=doc[i - 1].tag_ in ("NNS", "NNPS"))
        if cue is not None and doc[i - 1].tag_ != "POS" and not _noun_before_verb(doc, token):
            break
        if token.pos_ not in _SOURCE_POS and token.text not in ("-", "’s", "'s"):
            return None
        i += 1
    else:
        return None
    end_source = i
    while end_source > start + 1 and doc[end_source - 1].is_stop:
        end_source -= 1  # "Donald Trump Just Revealed ..."
    words = doc[start:end_source]
    if not any(t.text[:1].isupper() for t in words):
        return None
    return words, i, cue


def _noun_before_verb(doc: Doc, token: Token) -> bool:
    """'emails raise queries', 'Media Reports Reveal ...': a plural noun, the subject of the verb after it."""
    if token.i + 1 >= len(doc):
        return False
    nxt = doc[token.i + 1]
    if nxt.text[:1].isupper() == token.text[:1].isupper() and _headline_cue(doc, nxt, plural=True) is not None:
        return True
    cue = _headline_cue(doc, token, plural=True)
    if cue is not None and cue[1] is nxt:
        return False  # "calls for", "points to": a preposition the lexicon pairs with the verb
    return token.pos_ == "NOUN" and token.text[:1].islower() and nxt.pos_ in ("VERB", "AUX", "ADP")


_HEADLINE_QUOTE = re.compile(r"(?m)^[ \t]*(?P<line>[A-Z][^\n:“”\"]{2,120}?)(?P<cue>:)[ \t]+(?P<what>[‘'\"“][^\n]{8,})$")


def _headline_quotes(doc: Doc, text: str) -> list[_Rel]:
    """'Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be ...’': a title that opens with its speaker's
    name and ends with a colon and the quote; the words between are the headline's verb and object."""
    found: list[_Rel] = []
    for m in _HEADLINE_QUOTE.finditer(text):
        if text[: m.start()].strip():
            break  # the title only: in the body such a line has a verb of saying ('Trump replied: “...”')
        line = doc.char_span(m.start("line"), m.end("line"), alignment_mode="expand")
        if line is None or not line.ents:
            continue
        name = line.ents[0]
        if name.start != line.start or name.label_ not in ("PERSON", "ORG", "NORP") or name.end == line.end:
            continue
        what = char_span(text, m.start("what"), m.end("what"))
        found.append(
            _Rel(
                cue=m.span("cue"),
                cue_label=":",
                source=(name.start_char, name.end_char),
                source_head=name.root,
                content=(what.start, what.end),
            )
        )
    return found


def _headline_speaker(doc: Doc, text: str, m: re.Match[str]) -> bool:
    """The longer forms, in the title only: 'Clinton camp: ...', 'Clinton to Planned Parenthood: ...'."""
    if text[: m.start()].strip():
        return False  # a title opens the text; further down such lines are subheads ('Limited Tools to ...:')
    if any(t.pos_ not in ("NOUN", "ADJ") for t in doc.char_span(m.start("noun"), m.end("noun"), "expand") or ()):
        return False  # "Clinton camp:", "WSJ editorial:", not "Clinton says:"
    # not a clause: "Trump's appeal to working-class whites is only half the story:"
    said = doc.char_span(m.start("to"), m.end("to"), alignment_mode="expand") if m.group("to") else None
    return said is None or not any(t.tag_ in _FINITE or t.tag_ == "MD" for t in said)


# A name and a colon right before a quote, opening its line or set off by a dash: 'Bush: "The mission is
# to destroy ISIS."', '... - Carl Bialik: “One of the biggest lessons ...”', 'Rep. Trey Gowdy (R-S.C.):"...'.
_COLON_SPEAKER = re.compile(
    r"(?:^|\n|[-–—][ \t])[ \t]*(?:(?:More[ \t])?[Ff]rom[ \t]+)?"
    r"(?P<who>(?:[Tt]he[ \t])?[A-Z][\w.’'&-]*(?:[ \t](?:and[ \t])?[A-Z][\w.’'&-]*){0,5}(?:[ \t]\([^()\n]{1,30}\))?)"
    r"[ \t]*(?P<cue>:)[ \t\u00a0]*$"
)
_OPENS_AFTER_COLON = re.compile(r":[ \t\u00a0]*(?P<mark>[“\"])")


def _colon_quotes(doc: Doc, text: str, quotes: list[tuple[int, int]]) -> list[_Rel]:
    """'Carl Bialik: “...”': a quote introduced by its speaker's name and a colon."""
    found: list[_Rel] = []
    for q in quotes + _unpaired_after_colon(text, quotes):
        line_start = text.rfind("\n", 0, q[0]) + 1
        m = _COLON_SPEAKER.search(text, max(line_start - 1, 0), q[0])
        if m is None or _words(text[q[0] : q[1]]) < 4:
            continue
        who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
        if who is None or not any(t.pos_ == "PROPN" for t in who) or any(t.pos_ in ("VERB", "AUX") for t in who):
            continue
        found.append(_Rel(cue=m.span("cue"), cue_label=":", source=m.span("who"), source_head=who.root, content=q))
    return found


def _unpaired_after_colon(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotes opened after a colon that the pairing lost (a quote inside it used the same marks): each runs to
    the last closing mark of its paragraph, or to the paragraph's end."""
    starts = {q[0] for q in quotes}
    found: list[tuple[int, int]] = []
    for m in _OPENS_AFTER_COLON.finditer(text):
        at = m.start("mark")
        if at in starts or any(q[0] < at < q[1] for q in quotes):
            continue
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        close = text.rfind("”", at + 1, end)
        found.append((at, close + 1 if close > 0 else _rstrip(text, end)))
    return found


_FINITE = frozenset(["VBD", "VBZ", "VBP"])
_FRAME_STOPS = frozenset([".", ",", ";", ":", "?", "!", "(", ")", "—", "–"])


def _quote_frames(doc: Doc, text: str, quotes: list[tuple[int, int]], rels: list[_Rel]) -> list[_Rel]:
    """'“Go back to Univision,” Trump barked.', 'Hillary shot back, “I suppose ...”': a quote framed by
    a speaker and a verb of any kind (the quotation marks, not the verb, say that it is speech), or by
    a reporting verb whose subject the parser lost ('“...,” Tulsa police Chief Chuck Jordan said')."""
    covered = [span for r in rels for span in (r.content, r.cue, r.source) if span is not None]
    cues = {r.cue[0] for r in rels}
    starts = [t.idx for t in doc]
    found: list[_Rel] = []
    for q in quotes:
        if _words(text[q[0] : q[1]]) < 2:
            continue
        if any(_overlaps(q, span) for span in covered):
            # a cue found with its quote but not its speaker: '“...,” tweeted Rubio spokesman Alex Conant'
            lost = [r for r in rels if r.source is None and r.content is not None and _overlaps(q, r.content)]
            frame = _speaker_after(doc, text, q, starts, quotes) if lost else None
            for r in lost:
                if frame is not None and _overlaps(frame.cue, r.cue):
                    r.source = frame.source
            continue
        rel = _speaker_after(doc, text, q, starts, quotes) or _speaker_before(doc, text, q, starts, quotes)
        if rel is None or rel.cue[0] in cues or rel.source is None:
            continue
        cues.add(rel.cue[0])
        covered.append(q)
        found.append(rel)
    return found


def _frame_verb(tokens: list[Token]) -> Token | None:
    """The verb of a short 'X said' / 'said X' frame: a reporting verb, else its only finite verb."""
    verbs = [t for t in tokens if t.tag_ in _FINITE and t.lemma_ != "be"]
    reporting = [t for t in tokens if t.pos_ in ("VERB", "AUX") and _reporting(t)]
    if reporting:
        return reporting[0]
    return verbs[0] if len(verbs) == 1 else None


def _with_particle(doc: Doc, verb: Token) -> tuple[int, int]:
    """The cue: the verb and its particle ('shot back', 'went on', 'cut in')."""
    particle = next(
        (c for c in verb.children if c.i == verb.i + 1 and (c.dep_ == "prt" or c.lower_ in ("back", "on", "in"))), None
    )
    last = particle if particle is not None else verb
    return (verb.idx, last.idx + len(last))


def _speaker_after(
    doc: Doc, text: str, q: tuple[int, int], starts: list[int], quotes: list[tuple[int, int]]
) -> _Rel | None:
    """'“...,” Trump barked.' / '“...?” asked Ann Lee.': the frame after a quote that breaks off."""
    inner = text[q[0] : q[1]].rstrip("\"”»' ")
    comma_after = text[q[1] : q[1] + 1] == ","
    if not (inner[-1:] in (",", "?", "!", "—", "–") or comma_after):
        return None
    before = text[text.rfind("\n", 0, q[0]) + 1 : q[0]].rstrip()
    if before and before[-1] not in '.!?:;"”':
        return None  # the quote must open its sentence
    i = bisect.bisect_left(starts, q[1])
    if i < len(doc) and doc[i].text == ",":
        i += 1
    window: list[Token] = []
    while i < len(doc) and len(window) <= 12:
        t = doc[i]
        if t.text in _FRAME_STOPS or t.text in _QUOTE_TOKENS or "\n" in t.text:
            break
        window.append(t)
        i += 1
    else:
        if i < len(doc):
            return None  # no end to the frame: a sentence of its own, not a frame
    verb = _frame_verb(window)
    if verb is None or _quote_at(quotes, verb.idx, verb.idx + len(verb)) is not None:
        return None
    at = window.index(verb)
    if at == 0:  # "said Hester", "asked a reporter from Fox"
        people = window[1:]
        while people and people[0].dep_ in ("prt", "advmod", "npadvmod"):
            people = people[1:]
    else:  # "Trump barked", "an angry Hollande retaliated"
        people = window[:at]
        while people and people[-1].dep_ in ("advmod", "neg"):
            people = people[:-1]
    if not people or any(t.pos_ in ("VERB", "AUX", "ADP") and not t.is_title for t in people):
        return None  # (a capitalised word is a name the tagger took for a verb: "Tulsa police Chief ...")
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in people):
        return None
    if at > 0 and people[-1].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    source = trim_tokens(doc, people[0].i, people[-1].i)
    if source is None:
        return None
    cue = _with_particle(doc, verb)
    return _Rel(cue=cue, cue_label=text[cue[0] : cue[1]].lower(), source=source, content=q, direct=True)


def _speaker_before(
    doc: Doc, text: str, q: tuple[int, int], starts: list[int], quotes: list[tuple[int, int]]
) -> _Rel | None:
    """'Trump barked, “Go back to Univision.”', 'he demurred: “Whichever one I'm in.”': a quote
    that closes the sentence of its speaker and verb."""
    k = bisect.bisect_left(starts, q[0]) - 1
    if k < 1:
        return None
    punct = doc[k].text in (",", ":")
    if punct:
        k -= 1
    verb = doc[k]
    while verb.dep_ in ("prt", "advmod") and verb.head.i < verb.i and verb.i - verb.head.i <= 3:
        verb = verb.head  # "shot back,", "went even further:"
    if (verb.tag_ not in _FINITE and verb.tag_ != "VBG") or verb.lemma_ == "be" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.idx < q[0] for c in verb.children):
        return None
    if _quote_at(quotes, verb.idx, verb.idx + len(verb)) is not None:
        return None
    words = re.findall(r"[A-Za-z]\w*", text[q[0] : q[1]])
    if not punct and (verb.tag_ == "VBG" or all(w[0].isupper() for w in words)):
        return None  # 'chanted “What curfew?”' is speech; 'watched “The Apprentice”' a title
    first = text[q[0] + 1 : q[0] + 3].lstrip("'")
    if not first[:1].isupper():
        return None
    after = text[q[1] : q[1] + 2]
    if after.strip() and after.strip()[0] not in ".\n" and text[q[1] - 2 : q[1] - 1] not in (".", "?", "!"):
        return None  # the quote must close the sentence
    cue = _with_particle(doc, verb)
    rel = _Rel(cue=cue, cue_label=text[cue[0] : cue[1]].lower(), content=q, direct=True)
    _attach_source(verb, list(verb.children), rel, quotes)
    return rel


_COMPLEMENTS = frozenset(["dobj", "prep", "oprd", "ccomp", "xcomp", "dative", "attr", "acomp"])
_SPEAKING_ENTITIES = frozenset(["PERSON", "ORG", "NORP", "GPE"])
_SPEAKING_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "who"])


def _fragment_cues(doc: Doc, text: str, quotes: list[tuple[int, int]], rels: list[_Rel], layout: _Layout) -> list[_Rel]:
    """'Bush described his skills as a “work in progress.”', 'Clinton decried the GOP for “turning its back”':
    a quoted fragment in the object or complement of a verb of any kind whose subject is a person or an
    organisation is that subject's words; the verb is the cue, its complement the content. Quotes whose
    words are all capitalised are titles, not words of the subject."""
    covered = [span for r in rels for span in (r.content, r.cue, r.source) if span is not None]
    cues = {r.cue[0] for r in rels}
    found: list[_Rel] = []
    starts = [t.idx for t in doc]
    for q in quotes:
        words = re.findall(r"[A-Za-z]\w*", text[q[0] : q[1]])
        if not words or all(w[0].isupper() for w in words) or any(_overlaps(q, span) for span in covered):
            continue
        inside = doc[bisect.bisect_left(starts, q[0]) : bisect.bisect_left(starts, q[1])]
        top = next((t for t in inside if not t.is_punct and not (q[0] <= t.head.idx < q[1])), None)
        if top is None:
            continue
        child, verb = top, top.head
        while verb.i != child.i and verb.pos_ not in ("VERB", "AUX"):
            child, verb = verb, verb.head
        if verb.i == child.i or child.dep_ not in _COMPLEMENTS or verb.i > child.i or verb.lemma_ == "be":
            continue
        if _quote_at(quotes, verb.idx, verb.idx + len(verb)) is not None:
            continue
        if verb.idx in cues:
            continue  # '“...,” he said on “Meet the Press.”': the verb already cues its own quote
        cue = _with_particle(doc, verb)
        rel = _Rel(cue=cue, cue_label=text[cue[0] : cue[1]].lower())
        _attach_source(verb, list(verb.children), rel, quotes)
        head = rel.source_head
        if head is None or not (
            head.ent_type_ in _SPEAKING_ENTITIES or head.lower_ in _SPEAKING_PRONOUNS or head.pos_ == "NOUN"
        ):
            continue
        parts = [c for c in verb.children if c.i > verb.i and c.dep_ in _COMPLEMENTS]
        rel.content = _clip(doc, _span_union(doc, parts, layout, verb), verb, layout)
        if rel.content is None or any(_overlaps(rel.content, span) for span in covered):
            continue
        rel.content = _to_closing_mark(text, rel.content, quotes)
        covered.append(rel.content)
        found.append(rel)
    return found


def _to_closing_mark(text: str, content: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """A content that stops inside a quote, short of its closing mark by punctuation only, ends with the
    quote ('described the plan as “dead on arrival.”': the parser hangs '.”' on the verb)."""
    q = _quote_at(quotes, content[1] - 1, content[1])
    if q is not None and content[1] < q[1] and not text[content[1] : q[1]].strip(".,;:!?\"”’' "):
        return (content[0], q[1])
    return content


def _quoted(text: str, span: tuple[int, int]) -> bool:
    piece = text[span[0] : span[1]]
    return bool(piece) and (piece[0] in _QUOTE_CHARS or piece.startswith("''"))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_AGENCY_ALTERNATION = "|".join(sorted((re.escape(a.strip()) for a in lex.AGENCIES if a.strip()), key=len, reverse=True))
_DATELINE_CREDIT = re.compile(rf"\((?P<who>{_AGENCY_ALTERNATION})\)\s*(?:[—–-]{{1,2}}|:)")
_CREDIT_LINE = re.compile(
    r"(?im)^[ \t]*(?:source:\s*)?(?P<cue>"
    + "|".join(re.escape(c) for c in lex.CREDIT_CUES if " by" in c or " from" in c)
    + r")\s+(?P<who>[^\n;]+?)[ \t.]*(?:;|$)"
)
_CONTRIBUTED = re.compile(
    r"(?im)^[ \t]*(?P<who>[^\n]{2,120}?)\s+(?P<cue>contributed(?: reporting)?(?: to this report)?)\.?[ \t]*$"
)


def _credits(text: str) -> list[_Rel]:
    """Agency credits: '(AP) —' in a dateline, 'Source: With information from AP', 'Reporting by ...'."""
    rels: list[_Rel] = []
    for m in _DATELINE_CREDIT.finditer(text):
        if m.start() > 400 and text[: m.start()].count("\n") > 3:
            continue  # a credit opens the article, not the middle of it
        rels.append(
            _Rel(cue=m.span(), cue_label="dateline credit", source=m.span("who"), kind="agency", name=m.group("who"))
        )
    for m in (*_CREDIT_LINE.finditer(text), *_CONTRIBUTED.finditer(text)):
        rels.append(
            _Rel(
                cue=m.span("cue"),
                cue_label=m.group("cue").lower(),
                source=m.span("who"),
                kind="agency",
                name=m.group("who").strip(),
            )
        )
    return rels


def _dedupe(rels: list[_Rel]) -> list[_Rel]:
    """One attribution per (cue, content); citing chains keep both sources on purpose."""
    seen: set[tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int] | None]] = set()
    out: list[_Rel] = []
    for rel in sorted(rels, key=lambda r: (r.cue[0], r.content or (0, 0))):
        key = (rel.cue, rel.content, rel.source)
        if key in seen:
            continue
        seen.add(key)
        out.append(rel)
    return out


# ---------------------------------------------------------------------------- naming and typing


def _resolve(
    doc: Doc, text: str, rels: list[_Rel], actors: ActorIndex, quotes: list[tuple[int, int]]
) -> list[Attribution]:
    """Type and name every source, in article order so pronouns find their antecedent."""
    people = person_entities(doc)
    out: list[Attribution] = []
    history: list[tuple[int, SourceType, str]] = []  # (offset, type, name) of sources resolved so far
    for rel in rels:
        if rel.cue[0] >= rel.cue[1]:
            continue  # never emit an empty or inverted span
        kind, name = _type_and_name(doc, text, rel, actors, people, history)
        if rel.source is not None and name is not None:
            history.append((rel.cue[0], kind, name))
        content = None
        direct = rel.direct
        if rel.content is not None:
            content = char_span(text, *rel.content)
            quoted = sum(max(0, min(q[1], content.end) - max(q[0], content.start)) for q in quotes)
            direct = direct or (bool(content.text) and quoted >= 0.8 * len(content.text)) or _quoted_ends(content.text)
            if not content.text:
                content = None
        out.append(
            Attribution(
                source=name,
                source_type=kind,
                source_span=char_span(text, *rel.source) if rel.source is not None else None,
                cue=rel.cue_label,
                cue_span=char_span(text, *rel.cue),
                content_span=content,
                direct=direct,
                no_comment=rel.no_comment,
            )
        )
    return out


_NESTED_KEPT = ("advcl", "conj")


def _drop_nested(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Keep the outer attribution of 'X said Y thinks Z': PolNeAR annotates what X said, not the
    attributions inside it (under 1% of its relations are nested), so 'thinks' would be a false hit.

    Kept: a cue before the outer cue with the same speaker ('Biden suggested ..., Biden said'),
    where the outer content has run back over an attribution of its own.
    """

    def inside(inner: Attribution, outer: Attribution) -> bool:
        content = outer.content_span
        return content is not None and content.start <= inner.cue_span.start and inner.cue_span.end <= content.end

    def same_speaker_before(a: Attribution, o: Attribution) -> bool:
        same = a.source is not None and a.source.lower() == (o.source or "").lower()
        return same and a.cue_span.start < o.cue_span.start

    def same_speaker_after(a: Attribution, o: Attribution) -> bool:
        # 'X said A and proposed B', 'X said A, noting B': a second cue of the same speaker that the
        # parser hangs inside the first content is a report of its own (the first content ends before it)
        same = a.source is not None and a.source.lower() == (o.source or "").lower()
        inner = roots[a.cue_span]
        return (
            same
            and a.cue_span.start > o.cue_span.start
            and inner is not None
            and (inner.dep_ == "conj" or (inner.dep_ == "advcl" and inner.tag_ == "VBG"))
            and not any(c.dep_ in _SUBJECTS for c in inner.children)
            and not _infinitive(inner)
            and (_verb_lemma(inner) in lex.SPEECH_VERBS or _verb_lemma(inner) in lex.JUDGING_VERBS)
        )

    def root(a: Attribution) -> Token | None:
        piece = doc.char_span(a.cue_span.start, a.cue_span.end, alignment_mode="expand")
        return piece.root if piece is not None else None

    roots = {a.cue_span: root(a) for a in found}

    def linked(a: Attribution, o: Attribution) -> bool:
        inner, outer = roots[a.cue_span], roots[o.cue_span]
        if inner is None or outer is None:
            return False
        if _answers(outer, inner):
            return True  # 'Asked if ..., Cruz said no': the question's content ran over the answer
        if inner.dep_ == "ccomp" and inner.head.i == outer.i and inner.i < outer.i:
            return True  # 'Most voters said ..., according to exit polls': both are reports
        return inner.dep_ in _NESTED_KEPT and inner.head.i == outer.i and inner.i > outer.i

    # only attributions whose content starts at most the longest content's length before a cue can hold
    # it: look those up by content start instead of comparing every pair (long articles have thousands)
    outers = sorted(
        ((o.content_span.start, o.content_span.end, o) for o in found if o.content_span), key=lambda x: x[0]
    )
    starts = [start for start, _, _ in outers]
    longest = max((end - start for start, end, _ in outers), default=0)

    def nested(a: Attribution) -> bool:
        window = [
            o
            for _, _, o in outers[
                bisect.bisect_left(starts, a.cue_span.start - longest) : bisect.bisect_right(starts, a.cue_span.start)
            ]
        ]
        return any(
            o.cue_span != a.cue_span
            and inside(a, o)
            and not inside(o, a)
            and not same_speaker_before(a, o)
            and not linked(a, o)
            and not same_speaker_after(a, o)
            for o in window
        )

    kept = [a for a in found if not nested(a)]
    seconds = [a for a in kept if (r := roots[a.cue_span]) is not None and r.dep_ in ("conj", "advcl")]
    kept = [
        _end_before_second_cue(doc, o, [a for a in seconds if inside(a, o) and same_speaker_after(a, o)]) for o in kept
    ]
    return [_trim_question(doc, o, roots, kept) for o in kept]


def _end_before_second_cue(doc: Doc, o: Attribution, seconds: list[Attribution]) -> Attribution:
    """End the content of 'X said A and proposed B' before the second cue's clause."""
    content = o.content_span
    if content is None or not seconds:
        return o
    cue = min(seconds, key=lambda a: a.cue_span.start)
    piece = doc.char_span(cue.cue_span.start, cue.cue_span.end, alignment_mode="expand")
    if piece is None:
        return o
    first = piece.root.left_edge.i
    if doc[first].idx <= max(content.start, o.cue_span.end):
        return o
    last = first - 1
    while (
        last >= 0
        and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ == "cc")
        and doc[last].text not in _CLOSING_TOKENS
    ):
        last -= 1
    if last < 0 or doc[last].idx < content.start:
        return o
    end = doc[last].idx + len(doc[last])
    if not content.start < end < content.end:
        return o
    cut = Span(start=content.start, end=end, text=content.text[: end - content.start])
    return msgspec.structs.replace(o, content_span=cut)


def _answers(question: Token, answer: Token) -> bool:
    """'Asked if ..., Cruz said no': the answer governs the question."""
    return question.dep_ == "advcl" and question.head.i == answer.i and question.i < answer.i


def _trim_question(doc: Doc, o: Attribution, roots: dict[Span, Token | None], kept: list[Attribution]) -> Attribution:
    """End the content of 'Asked if ..., Cruz said no' at the question, before the answer."""
    outer, content = roots[o.cue_span], o.content_span
    if outer is None or content is None or outer.dep_ != "advcl":
        return o  # only a question hung on its answer is trimmed (see _answers)
    answers = [r for a in kept if (r := roots[a.cue_span]) is not None and _answers(outer, r)]
    if not answers:
        return o
    last = outer.right_edge
    while last.i > outer.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    end = last.idx + len(last)
    if not content.start < end < content.end:
        return o
    cut = Span(start=content.start, end=end, text=content.text[: end - content.start])
    return msgspec.structs.replace(o, content_span=cut)


def _quoted_ends(content: str) -> bool:
    """Quoted words with the speaker inside: '"We will win," she said, "and soon."'."""
    content = content.replace("''", '"')
    return len(content) > 2 and content[0] in _QUOTE_CHARS and content.rstrip(".,?!")[-1:] in _QUOTE_CHARS


def person_entities(doc: Doc) -> list[SpacySpan]:
    return [e for e in doc.ents if e.label_ == "PERSON"]


def _type_and_name(
    doc: Doc,
    text: str,
    rel: _Rel,
    actors: ActorIndex,
    people: list[SpacySpan],
    history: list[tuple[int, SourceType, str]],
) -> tuple[SourceType, str | None]:
    if rel.kind is not None:
        return rel.kind, rel.name
    if rel.source is None:
        return "unnamed", None
    phrase = text[rel.source[0] : rel.source[1]]
    head = rel.antecedent if rel.antecedent is not None else rel.source_head
    if head is None:
        return "unnamed", phrase
    if head.lower_ in _RELATIVE and head.dep_ in _SUBJECTS and head.head.dep_ == "relcl":
        head = head.head.head
    if _is_agency(phrase) or _is_agency(head.text) or (head.ent_type_ and _is_agency(entity_text(head))):
        return "agency", _strip_the(phrase if _is_agency(phrase) else entity_text(head) or head.text)
    lower = head.lower_
    found = actors.at(head.idx, head.idx + len(head))
    if head.pos_ == "PRON" or lower in lex.PERSON_PRONOUNS or lower in lex.GROUP_PRONOUNS:
        if found and found[0].type == "person" and lower in lex.PERSON_PRONOUNS:
            return "person", found[0].name  # `who` resolved the pronoun itself
        return _pronoun(head, rel, history, phrase)
    if found:
        actor = found[0]
        kind: SourceType = {"person": "person", "organization": "organization", "location": "organization"}.get(
            actor.type, "unnamed"
        )  # type: ignore[assignment]
        if actor.type != "group" or head.ent_type_:
            return kind, actor.name
    if head.ent_type_ == "PERSON":
        return "person", fullest_person(doc, head, people)
    lemma = head.lemma_.lower()
    # a title with the name alongside: "the minister, Shin Won-sik" / "spokesman Josh Earnest"
    named = next((t for t in head.subtree if t.ent_type_ == "PERSON" and rel.source[0] <= t.idx < rel.source[1]), None)
    if named is not None and (lemma in lex.TITLE_NOUNS or head.pos_ == "PROPN"):
        return "person", fullest_person(doc, named, people)
    if lemma in lex.DOCUMENT_NOUNS or head.lower_ in lex.DOCUMENT_NOUNS:
        return "document", phrase
    if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC") and head.pos_ == "PROPN":
        return "organization", _strip_the(entity_text(head) or phrase)
    if lemma in lex.ORGANIZATION_NOUNS or lower in lex.ORGANIZATION_NOUNS:
        return "organization", phrase
    if lemma in lex.TITLE_NOUNS and head.tag_ in ("NN", "NNP") and not _indefinite(head):
        bearer = _title_bearer(doc, head, rel, actors, people)
        return "person", bearer or phrase
    if head.pos_ == "PROPN":
        if head.ent_type_:
            return "organization", _strip_the(entity_text(head) or phrase)
        return "person", _strip_titles(_strip_the(phrase))
    return "unnamed", phrase


def _pronoun(
    head: Token, rel: _Rel, history: list[tuple[int, SourceType, str]], phrase: str
) -> tuple[SourceType, str | None]:
    """'He said' -> the last person quoted before; 'it'/'they' -> the last organisation or group."""
    lower = head.lower_
    if lower in ("i", "we", "you", "me", "us"):
        # first person inside a quote: the quoted speaker; bare first person: the writer
        if history:
            return history[-1][1], history[-1][2]
        return "unnamed", phrase
    wanted: tuple[SourceType, ...] = (
        ("person",) if lower in lex.PERSON_PRONOUNS else ("organization", "agency", "unnamed", "document")
    )
    for offset, kind, name in reversed(history):
        if rel.cue[0] - offset > 3000:
            break
        if kind in wanted:
            return kind, name
    if lower in lex.PERSON_PRONOUNS:
        return "person", _last_person_before(head) or phrase
    return "unnamed", phrase


def _last_person_before(token: Token) -> str | None:
    """The nearest person before a pronoun: a PERSON entity, or a proper-noun subject the model left untyped."""
    doc = token.doc
    for i in range(token.i - 1, max(token.i - 400, -1), -1):
        candidate = doc[i]
        if candidate.ent_type_ == "PERSON":
            return fullest_person(doc, candidate, person_entities(doc))
        if candidate.dep_ == "nsubj" and candidate.pos_ == "PROPN" and not candidate.ent_type_:
            names = [t for t in candidate.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            names = [t for t in names if t.lemma_.lower() not in lex.TITLE_NOUNS]
            first = min([candidate, *names], key=lambda t: t.i)
            return doc[first.i : candidate.i + 1].text
    return None


def entity_text(token: Token) -> str:
    """The named entity a token belongs to, found by walking its IOB tags (cheaper than doc.ents)."""
    if not token.ent_type_:
        return ""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def sentence_of(token: Token) -> SpacySpan:
    """The sentence holding a token, found from its boundaries (``Token.sent`` walks the whole Doc)."""
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = token.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


def _strip_the(phrase: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", phrase.strip())


def _strip_titles(name: str) -> str:
    """'Mayor Ana Ruiz' -> 'Ana Ruiz': a name the model left untyped, without its leading titles."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in lex.TITLE_NOUNS:
        words = words[1:]
    return " ".join(words)


def _is_agency(phrase: str) -> bool:
    return _strip_the(phrase).casefold() in lex.AGENCIES_LOWER


def _indefinite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "some", "another") for c in head.children)


def _surname_keys(ent: SpacySpan) -> tuple[str, str]:
    parts = [t.text for t in ent if t.text not in ("-", ".") and not t.text.endswith(".")]
    if not parts:
        return ("", "")
    return (parts[0], parts[-1])


def fullest_person(doc: Doc, token: Token, people: list[SpacySpan]) -> str:
    """The longest PERSON name in the article that this short name is part of ('Shin' -> 'Shin Won-sik')."""
    ent = next((e for e in people if e.start <= token.i < e.end), None)
    if ent is None:
        return token.text
    short = _clean_name(ent.text)
    words = short.split()
    best = short
    for other in people:
        if other.end_char - other.start_char <= len(best):
            continue  # cheap length test before cleaning the name
        name = _clean_name(other.text)
        parts = name.replace("-", " - ").split()
        if len(name) <= len(best):
            continue
        if (
            name.startswith(short + " ")
            or name.endswith(" " + short)
            or (len(words) == 1 and words[0] in (parts[0], parts[-1]))
        ):
            best = name
    return best


def _clean_name(name: str) -> str:
    """A PERSON entity without honorifics and possessives ('Mr. Lee's' -> 'Lee')."""
    name = re.sub(r"[’']s$", "", name.strip())
    return re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+", "", name)


def _title_bearer(doc: Doc, head: Token, rel: _Rel, actors: ActorIndex, people: list[SpacySpan]) -> str | None:
    """The named person holding the title of a nominal source ('South Korea's defense minister').

    In order: an actor of the article with that title; a person named with that title in the
    text ('Defense Minister Shin Won-sik'); the person who is the subject of the next sentence
    when it is that person's first mention (the news convention: title first, name after).
    """
    lemma = head.lemma_.lower()
    modifiers = {t.lower_ for t in head.subtree if t.i != head.i and t.is_alpha}
    best: tuple[int, str] | None = None
    for actor in actors.actors:
        if actor.type != "person":
            continue
        for title in actor.titles:
            words = set(title.lower().split())
            if lemma in words or head.lower_ in words:
                score = len(words & modifiers) + (
                    2 if actor.affiliation and actor.affiliation.lower() in modifiers else 0
                )
                if best is None or score > best[0]:
                    best = (score, actor.name)
    if best is not None:
        return best[1]
    titled: list[SpacySpan] = []
    for ent in people:
        window = doc[max(ent.start - 3, 0) : ent.start]
        after = doc[ent.end : min(ent.end + 4, len(doc))]
        if any(t.lemma_.lower() == lemma for t in window) or (
            len(after) > 1 and after[0].text == "," and any(t.lemma_.lower() == lemma for t in after)
        ):
            titled.append(ent)
    if titled:
        nearest = min(titled, key=lambda e: abs(e.start_char - head.idx))
        return fullest_person(doc, nearest[-1], people)
    sent = sentence_of(head)
    if sent.end < len(doc):
        following = sentence_of(doc[sent.end])
        subject = next((t for t in following if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"), None)
        if subject is not None and subject.ent_type_ == "PERSON":
            named = next((e for e in people if e.start <= subject.i < e.end), None)
            if named is not None and not any(
                _surname_keys(e)[1] == _surname_keys(named)[1] for e in people if e.end <= sent.end
            ):
                return fullest_person(doc, subject, people)
    return None
