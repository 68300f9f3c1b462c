"""ActorIndex: resolving spans to the article's actors."""

from __future__ import annotations

from extractors.actors import ActorIndex
from extractors.types import Actor, ActorType, Span


def _actor(name: str, *spans: tuple[int, int], kind: ActorType = "location") -> Actor:
    text = "U.S. and South Korean officials met South Korea's defense minister Shin Won-sik."
    return Actor(name=name, type=kind, mentions=[Span(start=s, end=e, text=text[s:e]) for s, e in spans])


US = _actor("United States", (0, 4))
SK = _actor("South Korea", (9, 21), (36, 47))
GROUP = _actor("U.S. and South Korean officials", (0, 31), kind="group")
SHIN = _actor("Shin Won-sik", (36, 66), (67, 79), kind="person")


def test_who_index_at_lists_overlapping_actors_in_order() -> None:
    index = ActorIndex([SHIN, GROUP, SK, US])
    assert [a.name for a in index.at(0, 31)] == ["U.S. and South Korean officials", "United States", "South Korea"]
    assert index.at(100, 120) == []


def test_who_index_best_prefers_the_mention_holding_the_head() -> None:
    index = ActorIndex([SHIN, GROUP, SK, US])
    assert index.best(0, 31) is GROUP  # the officials, not the United States
    assert index.best(36, 66) is SHIN  # the minister, not South Korea
    assert index.best(9, 21) is SK
    assert index.best(200, 210) is None


def test_who_index_named_is_case_insensitive_over_mentions() -> None:
    index = ActorIndex([SHIN, SK])
    assert index.named("shin won-sik") is SHIN
    assert index.named(" South Korea ") is SK
    assert index.named("Pyongyang") is None
