"""The headline keeps a charge after the object ("blames X for Y"), and an "it" that stands for a clause ("X said it
was wrong to ...") is never given the speaker's name."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import headline_of


def test_headline_keeps_the_charge(nlp: Language) -> None:
    text = (
        "The transport minister blamed the rail operator for the delays that stranded thousands of commuters over "
        "the holiday weekend. The operator rejected the claim."
    )
    assert headline_of(nlp, text) == "The transport minister blames the rail operator for the delays."


def test_headline_never_names_the_speaker_for_an_extraposed_it(nlp: Language) -> None:
    text = (
        "When guests on his Friday night show made the point that people of other faiths also kill people in mass "
        "shootings, the talk-show host Dan Weller said it was wrong to compare the violence of the two religions. "
        "Weller spoke to an audience of 300."
    )
    headline = headline_of(nlp, text)
    assert headline is not None
    assert "host was wrong" not in headline and "Weller was wrong" not in headline


def test_headline_of_a_judgement_keeps_its_speaker_frame(nlp: Language) -> None:
    text = (
        "When guests on his Friday night show made the point that people of other faiths also kill people in mass "
        "shootings, the talk-show host Dan Weller said it was wrong to compare the violence of the two religions. "
        "Weller has long criticised religion."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and headline.endswith("says it was wrong to compare the violence of the two religions.")


def test_headline_a_companys_it_with_a_purpose_clause_is_the_company(nlp: Language) -> None:
    text = (
        "Avonport Shipping Co. said it hired an investment bank to assist in evaluating merger alternatives. "
        "Its shares rose 4%."
    )
    assert headline_of(nlp, text) == (
        "Avonport Shipping Co. hires an investment bank to assist in evaluating merger alternatives."
    )
