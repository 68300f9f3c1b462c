"""Resolving a stretch of text to one of the article's actors (the `who` part).

Sources, denials and events name actors canonically: they look a span up here.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from extractors.types import Actor

_INDEX_KEY = "newsum.actor_index"


def actor_index(doc: Doc, who: list[Actor]) -> ActorIndex:
    """``ActorIndex(who)``, built once per Doc and list of actors (kept in ``doc.user_data``): the sources, the
    denials and coref (what, the headline) all look the same actors up."""
    found = doc.user_data.get(_INDEX_KEY)
    if isinstance(found, tuple) and found[0] is who:
        index: ActorIndex = found[1]
        return index
    index = ActorIndex(who)
    doc.user_data[_INDEX_KEY] = (who, index)
    return index


class ActorIndex:
    """Looks actors up by the character offsets of their mentions, or by name."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors = list(actors)
        self._mentions = sorted(((m.start, m.end, a) for a in self.actors for m in a.mentions), key=lambda t: t[0])
        self._starts = [m[0] for m in self._mentions]
        # no mention is longer than this: a lookup skips every mention starting further back
        self._longest = max((m_end - m_start for m_start, m_end, _ in self._mentions), default=0)
        self._names: dict[str, Actor] = {}
        for actor in self.actors:
            for key in {actor.name, *(m.text for m in actor.mentions)}:
                self._names.setdefault(key.casefold(), actor)

    def at(self, start: int, end: int) -> list[Actor]:
        """Actors with a mention overlapping [start, end), in order of their mentions, without repeats."""
        found: list[Actor] = []
        for _, m_end, actor in self._near(start, end):
            if m_end > start and actor not in found:
                found.append(actor)
        return found

    def best(self, start: int, end: int) -> Actor | None:
        """The one actor a phrase [start, end) denotes: the mention holding the phrase's last word.

        English noun phrases end in their head ("South Korea's defense minister" is the minister,
        "U.S. and South Korean officials" the officials), so the mention that covers the end of the
        phrase wins; then the one overlapping most, the narrower on a tie.
        """
        best: tuple[int, int, int, Actor] | None = None
        for m_start, m_end, actor in self._near(start, end):
            overlap = min(end, m_end) - max(start, m_start)
            if overlap <= 0:
                continue
            rank = (int(m_end >= end and m_start < end), overlap, -(m_end - m_start))
            if best is None or rank > best[:3]:
                best = (*rank, actor)
        return best[3] if best else None

    def _near(self, start: int, end: int) -> Iterator[tuple[int, int, Actor]]:
        """Mentions that may overlap [start, end), in order of their start."""
        k = bisect.bisect_left(self._starts, start - self._longest)
        while k < len(self._mentions) and self._mentions[k][0] < end:
            yield self._mentions[k]
            k += 1

    def named(self, text: str) -> Actor | None:
        """The actor with this name or mention text (case-insensitive), if any."""
        return self._names.get(text.strip().casefold())
