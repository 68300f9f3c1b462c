"""A short list in the headline is kept whole ("Poland, Hungary and the Czech Republic"); a long one is still cut to
its first two items, whose comma then reads "and"."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import headline_of


def test_headline_keeps_a_list_of_three_short_names(nlp: Language) -> None:
    text = (
        "Estonia, Latvia and Lithuania signed a defence pact with Finland in Helsinki on Monday. "
        "The agreement covers air patrols over the Baltic Sea."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and headline.startswith("Estonia, Latvia and Lithuania sign")


def test_headline_keeps_a_short_list_inside_an_of_phrase(nlp: Language) -> None:
    text = (
        "Leaders of Chile, Peru and Bolivia met in Lima on Monday to discuss a shared water treaty. "
        "The three presidents agreed to meet again in May."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and "Chile, Peru and Bolivia" in headline


def test_headline_still_cuts_a_long_list(nlp: Language) -> None:
    text = (
        "The United States, the United Kingdom, the Kingdom of the Netherlands, the Republic of Korea and the "
        "Federal Republic of Germany signed a climate accord in Paris on Monday. Critics said it was too weak."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and "Federal Republic of Germany" not in headline
