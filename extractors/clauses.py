"""Clause-level reading of the parse, shared by `what` and the headline.

A clause's subject (inherited through coordination and raising verbs, never a wire dateline), the
phrase a head word heads, the article's wire dateline, quotation marks and photo captions: the
small readings both the events and the headline are built from.
"""

from __future__ import annotations

import bisect
import re

import numpy as np
from spacy.attrs import IS_ALPHA, IS_SPACE, IS_UPPER, LEMMA, LENGTH, ORTH, POS
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span, Token

from extractors.arrays import any_of, columns
from extractors.boilerplate import boilerplate
from extractors.heading import find_heading
from extractors.lexicons.actors import CAPTION_CUES, CREDIT_CUES
from extractors.lexicons.attribution import ACCUSATION_VERBS, REPORTING_VERBS
from extractors.tree import children_of, subtree_ids, subtree_range, tokens_of

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_FURNITURE_KEY = "newsum.furniture"
_SENTS_KEY = "newsum.sentences"
_TEXT_KEY = "newsum.text"
_STARTS_KEY = "newsum.sentence_starts"
_BREAKS_KEY = "newsum.line_breaks"
_QUOTED_KEY = "newsum.quoted"
_DATELINE_KEY = "newsum.dateline_end"
_HEADING_KEY = "newsum.heading_end"
_LOUD_KEY = "newsum.loud_words"
_REPORTING_KEY = "newsum.reporting_verbs"
# "in this undated photo released by ...", "in this photo taken on ...": a wire photo caption
_PHOTO = re.compile(r"\b[Ii]n this (?:[\w-]+ ){0,3}(?:photo|picture|image|handout)\b")
RELATIVE = frozenset({"who", "which", "that", "whom"})
_QUOTE_MARKS = frozenset({"“", "``", "”", "''", '"'})
_SPACES = re.compile(r"\s+")


def subject_of(verb: Token, floor: int = -1) -> tuple[Token | None, bool]:
    """(subject token, passive) of a verb, inherited through coordination and raising verbs.

    Tokens up to ``floor`` (a wire dateline) are never the subject; of two subjects the parser
    gives one verb, the one nearest before the verb is.
    """
    for _ in range(6):
        # (each with the relation it stands in to the verb: a subject the parser hung on the dateline keeps its
        # voice, "BUFFALO (AP) -- An abortion foe was charged" is passive though "foe" is BUFFALO's apposition)
        subjects = [(c, c.dep_) for c in children_of(verb) if c.dep_ in SUBJECTS and c.i > floor]
        if not subjects:
            hung = [
                (after_dateline(c, floor), c.dep_) for c in children_of(verb) if c.dep_ in SUBJECTS and c.i <= floor
            ]
            subjects = [(c, dep) for c, dep in hung if c is not None]
        if subjects:
            before = [(c, dep) for c, dep in subjects if c.i < verb.i]
            child, dep = before[-1] if before else subjects[0]
            if child.lower_ in RELATIVE and verb.dep_ == "relcl" and verb.head.pos_ not in ("VERB", "AUX"):
                return verb.head, dep == "nsubjpass"
            return past_dateline(child), dep == "nsubjpass"
        for child in verb.lefts:
            # "June 13, 2005 \n\n European aircraft manufacturer, Airbus, has won": the parser
            # hangs the subject on the dateline
            if child.ent_type_ == "DATE" and child.dep_ in ("npadvmod", "nsubj", "dep"):
                found = past_dateline(child)
                if found is not child:
                    return found, False
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ == "acomp" and verb.head.i != verb.i:
            # "Viewers will be able [to vote]", "Baxley looks set [to take]": the linking verb's subject
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.head.lemma_ in ACCUSATION_VERBS:
            # "accused Y of providing": Y provides; "Y was accused (by X) of providing": Y too
            accused = [c for c in children_of(verb.head.head) if c.dep_ in ("dobj", "nsubjpass")]
            return (past_dateline(accused[0]), False) if accused else (None, False)
        return None, False
    return None, False


def by_agent(verb: Token) -> Token | None:
    """A passive's doer: the object of its "by" phrase ("was released [by] the army"), or None."""
    agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
    return next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None


def after_dateline(subject: Token, floor: int) -> Token | None:
    """The real subject when the parser made a wire dateline the subject and hung it on the
    dateline ("AKRON, Ohio, March 2 - B.F. Goodrich Co said", "ROTTERDAM, March 3 - Employers ...
    are to meet"): the noun nearest the top of the dateline's subtree after its dash."""
    after = [t for t in subject.subtree if t.i > floor and t.pos_ in ("NOUN", "PROPN")]
    return min(after, key=lambda t: (depth(t), t.i)) if after else None


# The dashes that end a wire dateline ("LONDON, March 1 -", "SEOUL (AP) —", "MIAMI (AP) --").
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})


def dateline_end(doc: Doc) -> int:
    """Index of the dash that ends a wire dateline ("LONDON, March 1 -", "SEOUL (AP) —"), or -1; under
    a heading block the text opens with (extractors/heading.py), the dateline that opens the story. Found
    once and kept on the Doc (coref and the headline ask it)."""
    found = doc.user_data.get(_DATELINE_KEY)
    if isinstance(found, int):
        return found
    found = doc.user_data[_DATELINE_KEY] = _dateline_end(doc)
    return found


def _dateline_end(doc: Doc) -> int:
    top = heading_end(doc) + 1
    for token in doc[top : top + 15]:
        if token.text in DATELINE_DASHES and token.i > top:
            before = doc[top : token.i]
            if any(t.is_upper and t.is_alpha and len(t) > 2 for t in before) and not any(
                t.pos_ == "VERB" for t in before
            ):
                return token.i
    return -1


def heading_end(doc: Doc) -> int:
    """Index of the last token of the heading block the text opens with (its title and deck, and the
    section markers under them: extractors/heading.py), or -1. Found once and kept on the Doc."""
    end = doc.user_data.get(_HEADING_KEY)
    if isinstance(end, int):
        return end
    end = doc.user_data[_HEADING_KEY] = _heading_end(doc)
    return end


def _heading_end(doc: Doc) -> int:
    found = find_heading(doc_text(doc))
    if found is None:
        return -1
    span = doc.char_span(0, found.markers_end, alignment_mode="contract")
    return span.end - 1 if span is not None and len(span) else -1


def past_dateline(subject: Token) -> Token:
    """The real subject when a paragraph before ran into the sentence: the parser makes "November
    18, 2008 \n\n Japan ... has entered" a sentence about November, and '"...," said Takashi
    Kiuchi, economist for the Bank of Japan Ltd. \n\n The government ... did not make' one whose
    subject is Kiuchi (a clause never runs across a paragraph break)."""
    verb = subject.head.i
    breaks: list[int] = []
    if subject.ent_type_ == "DATE":
        breaks = [t.i for t in subject.subtree if t.is_space and "\n" in t.text]
    elif breaks_between(subject.doc, subject.i + 1, verb):  # (no break before the verb: none in the subtree)
        breaks = [t.i for t in subject.subtree if subject.i < t.i < verb and t.is_space and "\n" in t.text]
    if not breaks:
        return subject
    after = [t for t in subject.subtree if t.i > breaks[-1] and t.pos_ in ("NOUN", "PROPN", "PRON")]
    # the noun nearest the root of the subject's subtree after the break heads the real subject
    return min(after, key=lambda t: (depth(t), t.i)) if after else subject


def heading(subject: Token) -> bool:
    """True for a subject in capitals ("UNION OF SOVIET SOCIALIST REPUBLICS"): a heading the parser
    ran into the next sentence, not a doer. A single acronym ("NATO") is a name, and so are the
    acronyms in brackets after one ("Islamic State (IS, formerly ISIS/ISIL)")."""
    doc = subject.doc
    loud = _loud(doc)
    first, last, size = subtree_range(subject)
    found = loud[bisect.bisect_left(loud, first) : bisect.bisect_right(loud, last)]
    if len(found) < 2:
        return False
    if size != last - first + 1:  # (a subtree with a gap: the words in capitals it holds)
        held = set(subtree_ids(subject))
        found = [i for i in found if i in held]
    tokens = tokens_of(doc)
    return sum(not _in_brackets(tokens[i]) for i in found) >= 2


def _loud(doc: Doc) -> list[int]:
    """The words in capitals of three letters or more, in order, from the Doc's columns (kept on the Doc)."""
    found = doc.user_data.get(_LOUD_KEY)
    if isinstance(found, list):
        return found
    alpha, upper, length = columns(doc, (IS_ALPHA, IS_UPPER, LENGTH))
    found = doc.user_data[_LOUD_KEY] = np.flatnonzero((alpha == 1) & (upper == 1) & (length > 2)).tolist()
    return found


def _in_brackets(token: Token) -> bool:
    """Whether an opening bracket before ``token`` on its line is not closed before it."""
    depth_ = 0
    for t in reversed(token.doc[max(0, token.i - 12) : token.i]):
        if t.text == ")":
            depth_ -= 1
        elif t.text == "(":
            depth_ += 1
            if depth_ > 0:
                return True
        elif t.is_space and "\n" in t.text:
            break
    return False


def depth(token: Token) -> int:
    steps = 0
    while token.head.i != token.i and steps < 50:
        token = token.head
        steps += 1
    return steps


def phrase(head: Token, floor: int = -1) -> list[int]:
    """Token indices of the phrase ``head`` heads, up to a reporting clause the parser hung inside
    it ("music executive Jordan Bratman, the singer's agent has confirmed")."""
    doc = head.doc
    tokens = tokens_of(doc)
    subtree = subtree_ids(head)
    indices = [i for i in subtree if i > floor or i >= head.i]
    verbs = _reporting_verbs(doc)  # (a Token's attributes read word by word cost more than the phrase)
    last = subtree[-1] if subtree else head.i
    reports = [i for i in verbs[bisect.bisect_right(verbs, head.i) : bisect.bisect_right(verbs, last)] if i in subtree]
    if reports:
        cut = min(subtree_range(tokens[i])[0] for i in reports)
        indices = [i for i in indices if i < cut] or [head.i]
    held = set(indices)
    breaks = [i for i in breaks_between(doc, indices[0], head.i) if i in held]
    if breaks:
        # "Getty Images\nTelegram's official app": a line above the phrase is never part of it
        indices = [i for i in indices if i > breaks[-1]]
    while len(indices) > 1 and (tokens[indices[-1]].is_punct or tokens[indices[-1]].is_space):
        if tokens[indices[-1]].text == "%":
            break  # "%" ends its number
        indices.pop()
    return indices


def _reporting_verbs(doc: Doc) -> list[int]:
    """Indices of the verbs whose lemma is a reporting verb's, in order: from the Doc's columns, once per Doc."""
    found = doc.user_data.get(_REPORTING_KEY)
    if isinstance(found, list):
        return found
    pos, lemma = columns(doc, (POS, LEMMA))
    found = np.flatnonzero((pos == VERB) & any_of(lemma, REPORTING_VERBS)).tolist() if len(doc) else []
    doc.user_data[_REPORTING_KEY] = found
    return found


def text_of(doc: Doc, first: int, last: int) -> str:
    """Tokens first..last as one line of text."""
    if not 0 <= first <= last < len(doc):
        return _SPACES.sub(" ", doc[first : last + 1].text).strip()
    tok = tokens_of(doc)
    end = tok[last]
    # cut from the Doc's text by offsets: a Span's text is joined from every token
    return _one_line(doc_text(doc)[tok[first].idx : end.idx + len(end.text)])


def _one_line(text: str) -> str:
    """``text`` with every run of whitespace one space, stripped. (A text with no whitespace but single spaces
    is kept as it is, without the regex: every whitespace character but the space is unprintable.)"""
    if text.isprintable() and "  " not in text:
        return text.strip()
    return _SPACES.sub(" ", text).strip()


def quoted(doc: Doc) -> list[bool]:
    """For each token, whether it stands inside quotation marks (a paragraph break closes them): found once
    and kept on the Doc (who's coref, what's context and the article's kind all read it; never changed)."""
    found = doc.user_data.get(_QUOTED_KEY)
    if isinstance(found, list) and len(found) == len(doc):
        return found
    found = _quoted(doc)
    doc.user_data[_QUOTED_KEY] = found
    return found


def _quoted(doc: Doc) -> list[bool]:
    inside = [False] * len(doc)
    if not len(doc):
        return inside
    # only the marks and the line breaks change the state: the tokens between them take it
    marks = any_of(columns(doc, (ORTH,))[0], _QUOTE_MARKS).nonzero()[0].tolist()
    state = False
    after = 0  # the first token after the last mark
    for i in sorted([*marks, *line_breaks(doc)]):
        if state:
            inside[after:i] = [True] * (i - after)
        text = doc[i].text
        if "\n" in text:
            state = False
        elif text in ("“", "``"):
            state = True
        elif text in ("”", "''"):
            state = False
        else:  # '"'
            state = not state
        after = i + 1
    if state:
        inside[after:] = [True] * (len(doc) - after)
    return inside


def captions(text: str, sents: list[Span]) -> list[bool]:
    """Per sentence: is it part of a photo caption or credit ("Image caption ...", "In this file
    photo ...")? A cue marks its sentence, and its whole paragraph when the paragraph is short."""
    out: list[bool] = []
    cued_scopes: dict[str, bool] = {}
    paragraphs = "\n" in text.strip()
    for sent in sents:
        start = text.rfind("\n", 0, sent.start_char) + 1
        root_line = text.rfind("\n", 0, sent.root.idx) + 1
        above = text[start:root_line].casefold() if root_line > start else ""  # (folded once, not per cue)
        if above and any(cue in above for cue in CREDIT_CUES):
            start = root_line  # "Image copyright Getty Images\nTelegram's app has been removed ..."
        end = text.find("\n", sent.end_char)
        para = text[start : end if end >= 0 else len(text)]
        own = text[max(start, sent.start_char) : sent.end_char]
        scope = para if paragraphs and len(para) <= 600 else own
        hit = cued_scopes.get(scope)  # (a paragraph's sentences share it: folded and looked through once)
        if hit is None:
            folded = scope.casefold()
            hit = cued_scopes[scope] = any(cue in folded for cue in CAPTION_CUES)
        cued = hit or ("n this " in own and bool(_PHOTO.search(own)))  # (the words it needs, looked for first)
        # "Image caption" split off as a sentence of its own captions the sentence after it
        after_cue = bool(out) and out[-1] and len(sents[len(out) - 1]) <= 4
        out.append(cued or after_cue)
    return out


class Furniture:
    """Which tokens are page furniture, as `boilerplate` marks them, with one reading of our own: a
    sentence "repeated" at the very top of the story is its lead (the repeat is the caption or
    pull quote further down that copies it), so it stays content for the events and the headline."""

    def __init__(self, doc: Doc) -> None:
        marked = boilerplate(doc)
        self.marked = marked
        self.lead_start, self.lead_end = -1, -1
        text = doc_text(doc)
        previous_end = 0
        for segment in marked.segments:
            if text[previous_end : segment.start].strip():
                break  # content came before: a later repeat is a pull quote
            if segment.kind == "repeat":
                self.lead_start, self.lead_end = segment.start, segment.end
                break
            previous_end = segment.end
        self.doc = doc

    def token(self, i: int) -> bool:
        if not self.marked.token(i):
            return False
        return not (self.lead_start <= self.doc[i].idx < self.lead_end)


def furniture(doc: Doc) -> Furniture:
    """The furniture reading of a Doc, made once and kept on it."""
    found = doc.user_data.get(_FURNITURE_KEY)
    if isinstance(found, Furniture):
        return found
    made = Furniture(doc)
    doc.user_data[_FURNITURE_KEY] = made
    return made


def present_caption(sent: Span, following: Span | None) -> bool:
    """A line on its own in the simple present ("Women hold up placards", "Justin Timberlake
    performs during the show") before a story told in the past: a photo caption without its cue."""
    root = sent.root
    if root.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in children_of(root)):
        return False
    if root.lemma_ in ("be", "have", "say"):
        return False
    if any(c.dep_ == "ccomp" for c in children_of(root)):
        return False  # "Desailly insists there is no chance ...": a lead reports, a caption shows
    text = doc_text(sent.doc)
    end = sent.start_char + len(sent.text.rstrip())
    alone = "\n" in text[end : sent.end_char + 1] and (sent.start_char == 0 or text[sent.start_char - 1] == "\n")
    if not alone or following is None:
        return False
    after = following.root
    return after.tag_ == "VBD" or any(c.tag_ in ("VBD", "VBZ") and c.lemma_ == "have" for c in children_of(after))


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, split once and kept on it (``doc.sents`` walks every token each time)."""
    found = doc.user_data.get(_SENTS_KEY)
    if isinstance(found, list):
        return found
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    doc.user_data[_SENTS_KEY] = sents
    return sents


def sentence_of(doc: Doc, i: int) -> int:
    """Index of the sentence holding token ``i``."""
    sents = sentences(doc)
    starts = doc.user_data.get(_STARTS_KEY)
    if not isinstance(starts, list):
        starts = [s.start for s in sents]
        doc.user_data[_STARTS_KEY] = starts
    return max(0, bisect.bisect_right(starts, i) - 1)


def sentence_span(token: Token) -> Span:
    """``token.sent`` from the sentences split once (``Token.sent`` looks for its bounds and makes a new Span)."""
    doc = token.doc
    return sentences(doc)[sentence_of(doc, token.i)]


def line_breaks(doc: Doc) -> list[int]:
    """Indices of the whitespace tokens that hold a line break, in order: found once and kept on the Doc."""
    found = doc.user_data.get(_BREAKS_KEY)
    if isinstance(found, list):
        return found
    spaces: list[int] = np.flatnonzero(columns(doc, (IS_SPACE,))[0]).tolist() if len(doc) else []
    breaks = [i for i in spaces if "\n" in doc[i].text]
    doc.user_data[_BREAKS_KEY] = breaks
    return breaks


def breaks_between(doc: Doc, start: int, end: int) -> list[int]:
    """The line breaks (``line_breaks``) among tokens ``start`` .. ``end - 1``."""
    breaks = line_breaks(doc)
    return breaks[bisect.bisect_left(breaks, start) : bisect.bisect_left(breaks, max(start, end))]


def doc_text(doc: Doc, known: str | None = None) -> str:
    """The Doc's text, joined once and kept on it (``doc.text`` rebuilds it from every token);
    ``known`` is the text the caller has (the article as parsed), taken when its length fits."""
    found = doc.user_data.get(_TEXT_KEY)
    if isinstance(found, str):
        return found
    last = doc[-1] if len(doc) else None
    fits = known is not None and last is not None and len(known) == last.idx + len(last.text_with_ws)
    text = known if fits and known is not None else doc.text
    doc.user_data[_TEXT_KEY] = text
    return text
