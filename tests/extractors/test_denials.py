"""Denials: the denial forms, what is not a denial, deniers' names, and the claim contested."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.denials import extract_denials
from extractors.sources import extract_sources
from extractors.types import Actor, Denial, Span


def _denials(nlp: Language, text: str, who: list[Actor] | None = None) -> list[Denial]:
    doc = nlp(text)
    actors = who or []
    found = extract_denials(doc, who=actors, sources=extract_sources(doc, who=actors))
    for d in found:
        for span in (d.denier_span, d.cue_span, d.denied_span):
            if span is not None:
                assert span.text == text[span.start : span.end]
    return found


@pytest.mark.parametrize(
    ("text", "denier", "cue", "denied"),
    [
        (
            "Both Moscow and Pyongyang have denied the existence of an arms deal.",
            "Both Moscow and Pyongyang",
            "denied",
            "the existence of an arms deal",
        ),
        (
            "The company denied that it had paid the officials.",
            "The company",
            "denied",
            "that it had paid the officials",
        ),
        ("The minister denied having met the lobbyist.", "The minister", "denied", "having met the lobbyist"),
        (
            "The Kremlin rejected the claim that it had sent troops.",
            "The Kremlin",
            "rejected",
            "the claim that it had sent troops",
        ),
        (
            "The governor dismissed reports of a rift with his deputy.",
            "The governor",
            "dismissed",
            "reports of a rift with his deputy",
        ),
        (
            "The ministry disputed the figures published by the agency.",
            "The ministry",
            "disputed",
            "the figures published by the agency",
        ),
        ("The scientist refuted the allegations in a long letter.", "The scientist", "refuted", "the allegations"),
        ("The senator called the allegations baseless.", "The senator", "called baseless", "the allegations"),
        ("The spokesman said the report was not true.", "The spokesman", "said not true", "the report"),
        ("The team brushed off reports of a feud.", "The team", "brushed off", "reports of a feud"),
    ],
)
def test_denials_forms(nlp: Language, text: str, denier: str, cue: str, denied: str) -> None:
    found = _denials(nlp, text)
    assert len(found) == 1, found
    d = found[0]
    assert d.denier_span is not None and d.denier_span.text == denier
    assert d.cue == cue
    assert d.denied == denied and d.denied_span is not None and d.denied_span.text == denied


@pytest.mark.parametrize(
    "text",
    [
        "The city denied permits for the march.",
        "The bank denied him access to the account.",
        "The council rejected the plan to build a stadium.",
        "Voters rejected the bill in a referendum.",
        "The union rejected the offer of a 3% raise.",
        "She did not deny the report.",
        "He has never disputed the figures.",
        "The company refused to deny the allegations.",
        "The spokesman declined to comment.",
        "The drills, which Pyongyang considers an invasion rehearsal, ended on Friday.",
        "The court rejected his request for bail.",
    ],
)
def test_denials_not_denials(nlp: Language, text: str) -> None:
    assert _denials(nlp, text) == []


def test_denials_deniers_resolved_through_actors(nlp: Language) -> None:
    text = "Both Moscow and Pyongyang have denied the existence of an arms deal."
    who = [
        Actor(name="Russia", type="location", mentions=[Span(start=5, end=11, text="Moscow")]),
        Actor(name="North Korea", type="location", mentions=[Span(start=16, end=25, text="Pyongyang")]),
    ]
    assert _denials(nlp, text, who)[0].deniers == ["Russia", "North Korea"]


def test_denials_deniers_without_actors_keep_the_names_as_written(nlp: Language) -> None:
    found = _denials(nlp, "Both Moscow and Pyongyang have denied the existence of an arms deal.")
    assert found[0].deniers == ["Moscow", "Pyongyang"]


def test_denials_contests_the_accusation(nlp: Language) -> None:
    text = (
        "Officials in Seoul said the North fired two missiles on Monday. "
        "U.S. officials have accused Pyongyang of selling weapons to Russia. "
        "Pyongyang denied the accusation of selling weapons."
    )
    doc = nlp(text)
    sources = extract_sources(doc, who=[])
    found = extract_denials(doc, who=[], sources=sources)
    assert len(found) == 1 and found[0].contests is not None
    contested = sources[found[0].contests]
    assert contested.cue == "accused" and contested.content_span is not None
    assert "selling weapons to Russia" in contested.content_span.text


def test_denials_contests_nothing_without_a_prior_claim(nlp: Language) -> None:
    found = _denials(nlp, "The company denied that it had paid the officials.")
    assert found[0].contests is None


def test_denials_seed(nlp: Language, seed_text: str) -> None:
    doc = nlp(seed_text)
    sources = extract_sources(doc, who=[])
    found = extract_denials(doc, who=[], sources=sources)
    assert len(found) == 1
    d = found[0]
    assert d.denier_span is not None and d.denier_span.text == "Both Moscow and Pyongyang"
    assert d.cue == "denied" and d.denied == "the existence of an arms deal between the two countries"
    assert d.contests is not None
    contested = sources[d.contests]
    assert contested.cue == "accused" and contested.source == "U.S. and South Korean officials"
