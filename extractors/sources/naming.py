"""Typing and naming sources: person, organization, agency, document or unnamed, and the canonical name."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from extractors.actors import ActorIndex
from extractors.lexicons import attribution as lex
from extractors.sources.context import Context, Rel
from extractors.sources.grammar import RELATIVE, SUBJECTS
from extractors.sources.quotemarks import QUOTE_CHARS
from extractors.sources.spans import People, entity_text, sentence_of, surname_keys
from extractors.spans import char_span
from extractors.tree import children_of
from extractors.types import Attribution, SourceType


def resolve(ctx: Context, rels: Sequence[Rel]) -> list[Attribution]:
    """Type and name every source, in article order so pronouns find their antecedent."""
    doc, text, actors, quotes = ctx.doc, ctx.text, ctx.actors, ctx.quotes
    people = People.of(doc)
    inside = list(accumulate((q[1] - q[0] for q in quotes), initial=0))  # quoted characters before quote k
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
            quoted = _quoted_chars(quotes, inside, content.start, content.end)
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


def _quoted_ends(content: str) -> bool:
    """Quoted words with the speaker inside: '"We will win," she said, "and soon."'."""
    content = content.replace("''", '"')
    return len(content) > 2 and content[0] in QUOTE_CHARS and content.rstrip(".,?!")[-1:] in QUOTE_CHARS


def _type_and_name(
    doc: Doc,
    text: str,
    rel: Rel,
    actors: ActorIndex,
    people: People,
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
    if head.lower_ in RELATIVE and head.dep_ in SUBJECTS and head.head.dep_ == "relcl":
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
        return "person", people.fullest(head)
    lemma = head.lemma_.lower()
    # a title with the name alongside: "the minister, Shin Won-sik" / "spokesman Josh Earnest"
    named = next((t for t in head.subtree if t.ent_type_ == "PERSON" and rel.source[0] <= t.idx < rel.source[1]), None)
    if named is not None and (lemma in lex.TITLE_NOUNS or head.pos_ == "PROPN"):
        return "person", people.fullest(named)
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
    head: Token, rel: Rel, history: list[tuple[int, SourceType, str]], phrase: str
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
            return People.of(doc).fullest(candidate)
        if candidate.dep_ == "nsubj" and candidate.pos_ == "PROPN" and not candidate.ent_type_:
            names = [t for t in candidate.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            names = [t for t in names if t.lemma_.lower() not in lex.TITLE_NOUNS]
            first = min([candidate, *names], key=lambda t: t.i)
            return doc[first.i : candidate.i + 1].text
    return None


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
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "some", "another") for c in children_of(head))


def _title_bearer(doc: Doc, head: Token, rel: Rel, actors: ActorIndex, people: People) -> str | None:
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
    titled = people.titled(lemma)
    if titled:
        # the nearest (the earlier of two as near), by bisection over the entities in order
        k = bisect_left(titled, head.idx, key=_start_char)
        near = titled[max(k - 1, 0) : k + 1]
        nearest = min(near, key=lambda e: abs(e.start_char - head.idx))
        return people.fullest(nearest[-1])
    sent = sentence_of(head)
    if sent.end < len(doc):
        following = sentence_of(doc[sent.end])
        subject = next((t for t in following if t.dep_ in SUBJECTS and t.head.dep_ == "ROOT"), None)
        if subject is not None and subject.ent_type_ == "PERSON":
            named = people.at(subject.i)
            if named is not None and not people.surname_seen_by(surname_keys(named)[1], sent.end):
                return people.fullest(subject)
    return None


def _quoted_chars(quotes: Sequence[tuple[int, int]], inside: list[int], start: int, end: int) -> int:
    """Characters of start..end inside quotes, in logarithmic time: the quotes are sorted and disjoint,
    ``inside`` their running total (a sum over every quote for each content was quadratic)."""
    first, last = bisect_right(quotes, start, key=_end), bisect_left(quotes, end, key=_start)
    if first >= last:
        return 0
    total = inside[last] - inside[first]
    return total - max(0, start - quotes[first][0]) - max(0, quotes[last - 1][1] - end)


def _start_char(ent: SpacySpan) -> int:
    return ent.start_char


def _start(quote: tuple[int, int]) -> int:
    return quote[0]


def _end(quote: tuple[int, int]) -> int:
    return quote[1]
