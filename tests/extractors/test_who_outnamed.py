"""who: the lead's doer goes first unless the article names it in a sentence or two while another
actor runs through it (a feature that opens on a scene; extractors/who/outnamed.py)."""

from __future__ import annotations

from spacy.language import Language

from extractors.who.outnamed import OUTNAMED
from tests.extractors.helpers import who_of

_THREAD = (
    "Norway has the oldest workforce in Europe. Norway now counts more workers over 65 than under 25. "
    "Economists say Norway must raise its retirement age again. Norway's pension fund is the largest in the world. "
    "Critics say Norway has relied on oil for too long. Norway plans new rules for older workers next year. "
    "Norway will also pay firms that hire staff over 60."
)


def test_a_scene_in_the_lead_yields_to_the_actor_the_article_is_about(nlp: Language) -> None:
    text = "Tilda Marsh, 71, still opens her bakery in Bergen at five every morning. " + _THREAD
    assert [a.name for a in who_of(nlp, text)[:2]] == ["Norway", "Tilda Marsh"]


def test_a_lead_doer_named_again_keeps_first_place(nlp: Language) -> None:
    text = (
        "Tilda Marsh, 71, still opens her bakery in Bergen at five every morning. " + _THREAD + " "
        "Tilda Marsh says she will never retire. Tilda Marsh has worked there for fifty years."
    )
    assert who_of(nlp, text)[0].name == "Tilda Marsh"


def test_the_row_has_its_example() -> None:
    assert OUTNAMED.example and OUTNAMED.sentences >= 2 and OUTNAMED.ratio > 1
