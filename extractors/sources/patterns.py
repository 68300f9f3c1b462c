"""Fixed-shape cues as spaCy patterns, built once per vocabulary from the lexicons.

A ``PhraseMatcher`` on lowercase forms finds the prepositional cues ("according to", "as reported by");
a token ``Matcher`` finds the anchors of the possessive-view phrases (a preposition the lexicon pairs with
a view noun: "in Ash's view") and of the particle cues ("pointed out"), and the one step in the tree from
the anchor (the preposition's object and its possessor, the particle's verb) is taken in code, with what
the lexicon pairs. A ``DependencyMatcher`` (preposition > pobj > poss, particle < verb) finds the same
phrases, but it made the whole sources part 1.5 times as costly (CPU time over 150 corpus articles: its
node patterns match most tokens): not worth it for one step in the tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from extractors.lexicons import attribution as lex
from extractors.sources.grammar import verb_lemma
from extractors.tree import children_of

_VIEW_PREPOSITIONS = sorted({prep for prep, _ in lex.POSSESSIVE_VIEW_CUES})
_PARTICLES = sorted({particle for _, particle in lex.PARTICLE_CUES})


@dataclass(frozen=True, slots=True)
class _Matchers:
    prepositional: PhraseMatcher
    view: Matcher
    particle: Matcher


@cache
def _matchers(vocab: Vocab) -> _Matchers:
    """The matchers for one vocabulary (the model's: one per process)."""
    prepositional = PhraseMatcher(vocab, attr="LOWER")
    for k, words in enumerate(lex.PREPOSITIONAL_CUES):
        prepositional.add(f"newsum.sources.prepositional.{k}", [Doc(vocab, words=list(words))])
    view = Matcher(vocab)
    view.add("newsum.sources.view", [[{"DEP": "prep", "LOWER": {"IN": _VIEW_PREPOSITIONS}}]])
    particle = Matcher(vocab)
    particle.add("newsum.sources.particle", [[{"DEP": "prt", "LOWER": {"IN": _PARTICLES}}]])
    return _Matchers(prepositional=prepositional, view=view, particle=particle)


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
    for _, start, _ in _matchers(doc.vocab).view(doc):
        prep = doc[start]
        noun = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
        if noun is None or (prep.lower_, noun.lemma_.lower()) not in lex.POSSESSIVE_VIEW_CUES:
            continue
        owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
        if owner is not None:
            found.append((prep, noun, owner))
    return found


def particles(doc: Doc) -> dict[int, Token]:
    """The cue particle of each verb that has one ('pointed out', 'laid out'): its first particle child
    that the lexicon pairs with the verb's lemma, by the verb's index."""
    found: dict[int, Token] = {}
    for _, start, _ in _matchers(doc.vocab).particle(doc):
        particle = doc[start]
        verb = particle.head
        if verb.i == particle.i or (verb_lemma(verb), particle.lower_) not in lex.PARTICLE_CUES:
            continue
        if verb.i not in found or particle.i < found[verb.i].i:
            found[verb.i] = particle
    return found
