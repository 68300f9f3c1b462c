"""Fixed-shape cues as spaCy patterns, built once per vocabulary from the lexicons.

A ``PhraseMatcher`` on lowercase forms finds the prepositional cues ("according to", "as reported by").
The possessive-view phrases ("in Ash's view": a preposition, its object noun and the noun's possessor)
and verb particles ("pointed out", "laid out") are one arc or two from a token, read from the token's
head and children: spaCy's ``DependencyMatcher`` maps every token's ancestors and descendants
first, which on a deep tree (a chain of nested reports, 'He said "She said ...') costs quadratic
time (issue 14). What is left to decide (which pairs the lexicon pairs, the first of several
children) is decided in code, as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from extractors.lexicons import attribution as lex
from extractors.sources.grammar import verb_lemma

_VIEW_PREPOSITIONS = frozenset(prep for prep, _ in lex.POSSESSIVE_VIEW_CUES)
_PARTICLES = frozenset(particle for _, particle in lex.PARTICLE_CUES)


@dataclass(frozen=True, slots=True)
class _Matchers:
    prepositional: PhraseMatcher


@cache
def _matchers(vocab: Vocab) -> _Matchers:
    """The matchers for one vocabulary (the model's: one per process)."""
    prepositional = PhraseMatcher(vocab, attr="LOWER")
    for k, words in enumerate(lex.PREPOSITIONAL_CUES):
        prepositional.add(f"newsum.sources.prepositional.{k}", [Doc(vocab, words=list(words))])
    return _Matchers(prepositional=prepositional)


def prepositional_matches(doc: Doc) -> list[tuple[tuple[str, ...], int]]:
    """Each prepositional cue in the text, as (its words, its first token), by lexicon order then position."""
    found: list[tuple[int, int]] = []
    for match_id, start, _ in _matchers(doc.vocab).prepositional(doc):
        found.append((int(doc.vocab.strings[match_id].rsplit(".", 1)[1]), start))
    return [(lex.PREPOSITIONAL_CUES[k], start) for k, start in sorted(found)]


def view_matches(doc: Doc) -> list[tuple[Token, Token, Token]]:
    """(preposition, noun, possessor) of each possessive-view phrase whose pair the lexicon lists, in order:
    the noun is the preposition's first object, the possessor the noun's first ('in Ash's view')."""
    found: list[tuple[Token, Token, Token]] = []
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in _VIEW_PREPOSITIONS:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or (prep.lower_, noun.lemma_.lower()) not in lex.POSSESSIVE_VIEW_CUES:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            found.append((prep, noun, owner))
    return found


def particles(doc: Doc) -> dict[int, Token]:
    """The cue particle of each verb that has one ('pointed out', 'laid out'): its first particle child
    that the lexicon pairs with the verb's lemma, by the verb's index."""
    found: dict[int, Token] = {}
    for particle in doc:
        if particle.dep_ != "prt" or particle.lower_ not in _PARTICLES or particle.head == particle:
            continue
        verb = particle.head
        if (verb_lemma(verb), particle.lower_) not in lex.PARTICLE_CUES:
            continue
        if verb.i not in found or particle.i < found[verb.i].i:
            found[verb.i] = particle
    return found
