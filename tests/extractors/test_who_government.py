"""who: "the government" that acts outside the lead is an actor: the country named near its first use,
else the story's own country (named three times, more than all others), else an organisation "the
government"; one use, or none as a subject, makes no actor."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import holders_of, who_of

_BAN = (
    "Employers will no longer be able to force workers to retire before 65, unless they can justify it. "
    "Firms will be barred from imposing arbitrary retirement ages from next year. Business leaders had "
    "opposed the plan as too costly. The British Chambers of Commerce welcomed the latest proposal. "
    "But Age Concern said the plan was a complete u-turn. "
)


def test_the_government_that_announces_is_an_actor(nlp: Language) -> None:
    text = _BAN + "The government has announced it. The change will not affect pensions, the government has said."
    found = holders_of(who_of(nlp, text), "the government")
    assert [a.name for a in found] == ["the government"]
    assert len(found[0].mentions) == 2


def test_one_use_of_the_government_makes_no_actor(nlp: Language) -> None:
    text = _BAN + "The plan follows a consultation that the government ran last year."
    assert not holders_of(who_of(nlp, text), "the government")


def test_the_government_of_the_storys_own_country_is_that_country(nlp: Language) -> None:
    text = (
        "Indonesia's exports of tea will rise this year, the embassy said. Indonesia expects a record crop, "
        "and Indonesia will sell more to Asia. Prices fell in Indonesia last year. Traders in the "
        "Netherlands buy most of the crop. Exporters say quality is improving. Growers planted more trees "
        "in the spring. The government has set new quality rules, and the government will inspect the farms."
    )
    who = who_of(nlp, text)
    assert [a.name for a in holders_of(who, "government")] == ["Indonesia"]
    assert not [a for a in who if a.name == "the government"]


_EMBASSY = (
    "Indonesia's exports of tea will rise this year, the U.S. Embassy said. The embassy's annual report "
    "forecast a record crop, and the embassy expects prices to fall."
)


def test_the_embassy_after_the_one_embassy_named_is_a_mention_of_it(nlp: Language) -> None:
    embassy = [a for a in who_of(nlp, _EMBASSY) if a.name == "U.S. Embassy"]
    assert len(embassy) == 1 and len(embassy[0].mentions) == 3


def test_the_embassy_with_two_embassies_named_is_no_mention(nlp: Language) -> None:
    text = _EMBASSY.replace("The embassy's", "The Australian Embassy in Jakarta disagreed, but the embassy's")
    embassy = [a for a in who_of(nlp, text) if a.name == "U.S. Embassy"]
    assert len(embassy) == 1 and len(embassy[0].mentions) == 1
