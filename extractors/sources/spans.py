"""Span and naming helpers shared by the passes and by ``denials``: token runs to character offsets
(trimmed, kept within the cue's paragraph), sentences, and person names at their fullest."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from extractors.sources.context import Context
from extractors.sources.grammar import CLOSING_TOKENS, QUOTE_TOKENS
from extractors.sources.quotemarks import paragraph_of, rstrip
from extractors.spans import char_span
from extractors.tree import children_of

_JUNK = frozenset(",.;:—–-!?…()[]{}/*•'’")


def phrase_chars(doc: Doc, head: Token) -> tuple[int, int]:
    """A noun phrase without its relative clauses and comma-set appositions, as characters."""
    drop: set[int] = set()
    for child in children_of(head):
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


def subtree_chars(
    doc: Doc, root: Token, exclude: tuple[Token, ...], ctx: Context, cue: Token
) -> tuple[int, int] | None:
    """The subtree of ``root`` minus the subtrees in ``exclude``, trimmed, within the cue's sentence."""
    if not exclude:
        # Only the subtree's ends matter: its edges, read in constant time (a walk over the subtree
        # for each cue made nested reports quadratic).
        return trim_tokens(doc, root.left_edge.i, root.right_edge.i)
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
    return any(doc[i].text in QUOTE_TOKENS for i in indices)


def span_union(doc: Doc, roots: list[Token], ctx: Context, cue: Token) -> tuple[int, int] | None:
    return union(subtree_chars(doc, r, (), ctx, cue) for r in roots)


def union(pieces: object) -> tuple[int, int] | None:
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
    if last + 1 < len(doc) and doc[last + 1].text in CLOSING_TOKENS and doc[last].is_punct:
        last += 1
    return (doc[first].idx, doc[last].idx + len(doc[last]))


def _edge_junk(token: Token, *, leading: bool) -> bool:
    """Punctuation that never starts or ends a span (but '%', '$' and quotation marks do)."""
    if token.is_space:
        return True
    if token.text in QUOTE_TOKENS:
        return False
    if all(c in _JUNK for c in token.text):
        return not (not leading and token.text in (".", "?", "!") and _closes_quote(token))
    return leading and token.dep_ == "cc" and token.i == token.head.i + 1


def _closes_quote(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.nbor(1).text in CLOSING_TOKENS


def clip(doc: Doc, span: tuple[int, int] | None, cue: Token, ctx: Context) -> tuple[int, int] | None:
    """Keep a content inside the paragraph(s) of its cue: the small model's sentences run over breaks."""
    if span is None:
        return None
    text = ctx.text
    para = paragraph_of(ctx.paragraphs, cue.idx)
    p_start = ctx.paragraphs[para]
    p_end = ctx.paragraphs[para + 1] if para + 1 < len(ctx.paragraphs) else len(text)
    start, end = max(span[0], p_start), min(span[1], rstrip(text, p_end))
    if start >= end:
        return None
    piece = char_span(text, start, end)
    return (piece.start, piece.end) if piece.text else None


def person_entities(doc: Doc) -> list[SpacySpan]:
    return [e for e in doc.ents if e.label_ == "PERSON"]


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


def surname_keys(ent: SpacySpan) -> tuple[str, str]:
    parts = [t.text for t in ent if t.text not in ("-", ".") and not t.text.endswith(".")]
    if not parts:
        return ("", "")
    return (parts[0], parts[-1])


class People:
    """The article's PERSON entities, indexed once per Doc (``People.of``): the entity holding a token, a
    name at its fullest, the entities a title word stands next to, where each surname first appears.

    Each question was a walk over every entity, asked for every source and denial: quadratic in
    articles that name many people many times.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ents = person_entities(doc)
        self._starts = [e.start for e in self.ents]
        self._names: dict[str, int] = {}  # each cleaned name, with the index of its first entity
        self._by_word: dict[str, list[str]] = {}  # first and last words (and hyphen parts) -> names
        for k, ent in enumerate(self.ents):
            name = _clean_name(ent.text)
            if name in self._names:
                continue
            self._names[name] = k
            words, parts = name.split(), name.replace("-", " - ").split()
            for word in {*words[:1], *words[-1:], *parts[:1], *parts[-1:]}:
                self._by_word.setdefault(word, []).append(name)
        self._fullest: dict[str, str] = {}
        self._titled: dict[str, list[SpacySpan]] = {}
        self._surnames: dict[str, int] | None = None

    @classmethod
    def of(cls, doc: Doc) -> People:
        """The index of ``doc``'s people, built on first use (kept in ``doc.user_data``)."""
        found = doc.user_data.get(_PEOPLE_KEY)
        if not isinstance(found, People) or found.doc is not doc:
            found = doc.user_data[_PEOPLE_KEY] = cls(doc)
        return found

    def at(self, i: int) -> SpacySpan | None:
        """The PERSON entity holding token ``i`` (entities do not overlap)."""
        k = bisect_right(self._starts, i) - 1
        return self.ents[k] if k >= 0 and i < self.ents[k].end else None

    def fullest(self, token: Token) -> str:
        """The longest PERSON name in the article that this short name is part of ('Shin' -> 'Shin Won-sik')."""
        ent = self.at(token.i)
        if ent is None:
            return token.text
        short = _clean_name(ent.text)
        if short not in self._fullest:
            self._fullest[short] = self._longest_with(short)
        return self._fullest[short]

    def _longest_with(self, short: str) -> str:
        # a longer name that starts or ends with the short one, or (one word) whose first or last part it
        # is; of the longest such names, the first named. Only names sharing a word with it are tried.
        words = short.split()
        found = {name for word in {*words[:1], *words[-1:]} for name in self._by_word.get(word, ())}
        best, first = short, -1
        for name in found:
            if len(name) < len(best) or len(name) <= len(short):
                continue
            parts = name.replace("-", " - ").split()
            if not (
                name.startswith(short + " ")
                or name.endswith(" " + short)
                or (len(words) == 1 and words[0] in (parts[0], parts[-1]))
            ):
                continue
            if len(name) > len(best) or self._names[name] < first:
                best, first = name, self._names[name]
        return best

    def titled(self, lemma: str) -> list[SpacySpan]:
        """The entities with a title word of this lemma just before them ('Defense Minister Shin'), or
        right after a comma ('Shin, the minister')."""
        if lemma not in self._titled:
            doc = self.doc
            found: list[SpacySpan] = []
            for ent in self.ents:
                window = doc[max(ent.start - 3, 0) : ent.start]
                after = doc[ent.end : min(ent.end + 4, len(doc))]
                if any(t.lemma_.lower() == lemma for t in window) or (
                    len(after) > 1 and after[0].text == "," and any(t.lemma_.lower() == lemma for t in after)
                ):
                    found.append(ent)
            self._titled[lemma] = found
        return self._titled[lemma]

    def surname_seen_by(self, surname: str, end: int) -> bool:
        """Whether an entity with this surname ends at or before token ``end``."""
        if self._surnames is None:
            self._surnames = {}
            for ent in self.ents:
                key = surname_keys(ent)[1]
                self._surnames[key] = min(self._surnames.get(key, ent.end), ent.end)
        return self._surnames.get(surname, end + 1) <= end


_PEOPLE_KEY = "newsum.sources.people"


def fullest_person(doc: Doc, token: Token) -> str:
    """The longest PERSON name in the article that this short name is part of ('Shin' -> 'Shin Won-sik')."""
    return People.of(doc).fullest(token)


def _clean_name(name: str) -> str:
    """A PERSON entity without honorifics and possessives ('Mr. Lee's' -> 'Lee')."""
    name = re.sub(r"[’']s$", "", name.strip())
    return re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+", "", name)
