"""what (issue 10, ranking): one act told twice is one event, so the top events tell different acts; an
act dated years before the article, a frame for the news ("The ban follows ...", a scene whose time clause tells a
named doer's act) and a copula past the lead are context, below the news. Invented names throughout."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from extractors.types import Event, Span
from extractors.what import extract_what
from extractors.what.ranking import happening_frame, pro_verb, same_act
from extractors.who import extract_who
from tests.extractors.helpers import what_of


def _event(actor: str | None, action: str, obj: str | None, negated: bool = False, hedged: bool = False) -> Event:
    span = Span(start=0, end=1, text="x")
    return Event(actor=actor, action=action, object=obj, negated=negated, hedged=hedged, span=span)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a title line run into the page ("Norland Bank Confirms Another Incident") over its lead
        (("Norland Bank", "confirm", "an additional security incident"), ("Norland Bank", "confirm", None), True),
        (
            ("a new iceberg", "calve", "from Pine Island Glacier"),
            ("The new iceberg", "calve", "from the glacier"),
            True,
        ),
        (("Brindley embassy", "forecast", "Soybean imports will rise"), (None, "forecast", "Soybean imports"), True),
        # two figures, two things, two doers, an untold doer with an untold object
        (
            ("Cenergy", "report", "net income of 790,000 dlrs"),
            ("Cenergy", "report", "net income of 3.7 mln dlrs"),
            False,
        ),
        (("Dutch feed usage", "fall", "to 6.5 mln tonnes"), ("Tapioca usage", "fall", "to 6.5 mln tonnes"), False),
        (("the rebels", "release", "21 schoolgirls"), ("the rebels", "release", "a baby boy"), False),
        ((None, "crash", "a plane"), (None, "crash", None), False),
    ],
)
def test_what_ranking_same_act(
    a: tuple[str | None, str, str | None], b: tuple[str | None, str, str | None], same: bool
) -> None:
    assert same_act(_event(*a), _event(*b)) is same
    assert same_act(_event(*b), _event(*a)) is same


def test_what_ranking_a_denial_or_a_maybe_is_not_the_act() -> None:
    assert not same_act(_event("Acme", "close", "the plant"), _event("Acme", "close", "the plant", negated=True))
    # "could have received aid" beside "has received containers filled with aid"
    assert not same_act(_event("Vantor", "receive", "food aid"), _event("Vantor", "receive", "aid", hedged=True))


def test_what_ranking_the_lead_told_again_later_is_one_act(nlp: Language) -> None:
    text = (
        "A Vantor court sentenced Ana Verro to three years in prison on Monday for insulting the judiciary.\n\n"
        "Her lawyers said they would appeal. Protesters gathered outside the court.\n\n"
        "The Vantor court sentenced former minister Ana Verro to three years in prison along with 19 others."
    )
    events = what_of(nlp, text)
    assert [e.action for e in events].count("sentence") == 1, [(e.actor, e.action) for e in events]
    assert events[0].span.text.startswith("A Vantor court sentenced")


def test_what_ranking_a_forecast_and_its_passive_are_one_act(nlp: Language) -> None:
    # the report as a claim (the embassy forecasts) and the passive it reports ("are forecast")
    text = (
        "Soybean imports are forecast to rise to 425,000 tonnes next year, the Brindley embassy said. "
        "Farmers planted less this season."
    )
    events = what_of(nlp, text)
    assert [e.action for e in events].count("forecast") == 1, [(e.actor, e.action) for e in events]


def test_what_ranking_two_figures_are_two_acts(nlp: Language) -> None:
    text = (
        "Cenergy Corp reported fourth quarter net income of 790,000 dlrs. "
        "For the year it reported a net loss of 6.5 mln dlrs."
    )
    events = what_of(nlp, text)
    assert [e.action for e in events].count("report") == 2, [(e.actor, e.action, e.object) for e in events]


def test_what_ranking_the_same_verb_on_another_thing_is_another_act(nlp: Language) -> None:
    text = (
        "The rebels released 21 schoolgirls on Thursday. "
        "A baby boy born in captivity was also released by the rebels. Families wept."
    )
    events = what_of(nlp, text)
    assert [e.action for e in events].count("release") == 2, [(e.actor, e.action, e.object) for e in events]


def _salience(events: list[Event], action: str) -> float:
    return next(e.salience for e in events if e.action == action)


@pytest.mark.parametrize(
    ("when", "reference"),
    [
        ("in 1998", None),  # the article's latest dated fact is in 2004
        ("in March 2001", None),
        ("in 1998", date(2005, 3, 1)),
    ],
)
def test_what_ranking_an_act_of_years_before_is_background(nlp: Language, when: str, reference: date | None) -> None:
    def built(time: str) -> float:
        text = (
            "The Brindley Harbour Company opened a new ferry terminal in Vantor on Monday. "
            f"The company built its first terminal {time}. Its ferries carried two million passengers in 2004."
        )
        doc = nlp(text)
        return _salience(extract_what(doc, who=extract_who(doc), sources=[], reference=reference), "build")

    assert built(when) < built("last month")


def test_what_ranking_a_year_ahead_does_not_date_the_article(nlp: Language) -> None:
    # "will ... by 2050" is a plan: the article is not of 2050, so 2004 is no background
    text = (
        "The Brindley Harbour Company opened a new ferry terminal in Vantor on Monday. "
        "The company built its first terminal in 2004. It will carry ten million passengers by 2050."
    )
    doc = nlp(text)
    dated = _salience(extract_what(doc, who=extract_who(doc), sources=[]), "build")
    doc = nlp(text.replace("in 2004", "last month"))
    assert dated == _salience(extract_what(doc, who=extract_who(doc), sources=[]), "build")


@pytest.mark.parametrize(
    "frame",
    ["The ban follows a sharp rise in air pollution.", "The decision comes after a sharp rise in air pollution."],
)
def test_what_ranking_a_frame_for_the_news_is_context(nlp: Language, frame: str) -> None:
    text = (
        f"The Vantor council has banned cars from the old town. {frame} "
        "Shopkeepers protested outside the town hall on Friday."
    )
    assert [e.action for e in what_of(nlp, text)[:2]] == ["ban", "protest"]


def test_what_ranking_a_named_subject_that_follows_is_no_frame(nlp: Language) -> None:
    text = (
        "The Vantor council has banned cars from the old town. The Meridian Film follows a young inventor. "
        "Shopkeepers protested outside the town hall on Friday."
    )
    assert [e.action for e in what_of(nlp, text)[:2]] == ["ban", "follow"]


def test_what_ranking_a_copula_past_the_lead_is_a_description(nlp: Language) -> None:
    text = (
        "Ana Verro has won the Brindley marathon for a third time. She is the first woman to win it three times. "
        "Her coach praised her training on Sunday. Organisers thanked the volunteers."
    )
    assert [e.action for e in what_of(nlp, text)[:3]] == ["win", "praise", "thank"]


def test_what_ranking_a_copula_in_the_lead_may_be_the_news(nlp: Language) -> None:
    text = (
        "UK retail sales were better than expected in November. Shoppers flocked to the High Street. "
        "Analysts praised the figures."
    )
    assert what_of(nlp, text)[0].action == "be"


@pytest.mark.parametrize(
    "text",
    [
        "Brindley Air is doing it, small clubs are doing it, and even farmers are doing it. "
        "They are racing tiny drones across the fields of Vantor. Racers pay fees to fly.",
        "The Meridian Bank is doing it and the Vantor Bank did it too. "
        "Both banks have closed their branches in small towns.",
    ],
)
def test_what_ranking_a_pro_verb_is_below_the_act_it_repeats(nlp: Language, text: str) -> None:
    events = what_of(nlp, text)
    assert events[0].action != "do"
    assert [e.action for e in events].index("do") > 0


@pytest.mark.parametrize(
    ("phrase", "pro"),
    [
        ("did it", True),
        ("did so", True),
        ("did the same", True),
        ("did it on behalf of the rebels", True),
        ("did the work", False),
        ("did well", False),
        ("did well in the vote", False),
    ],
)
def test_what_ranking_pro_verb(nlp: Language, phrase: str, pro: bool) -> None:
    doc = nlp(f"The Vantor council {phrase} last year.")
    verb = next(t for t in doc if t.lemma_ == "do")
    assert pro_verb(verb) is pro


@pytest.mark.parametrize(
    ("lead", "frame"),
    [
        ("The accident happened late on Tuesday on the Vantor river.", True),
        ("The attack took place at dawn near the Vantor bridge.", True),
        ("An explosion occurred at a chemical plant near Vantor on Tuesday.", False),
        ("Ana Verro took the lead in the last lap.", False),
    ],
)
def test_what_ranking_a_happening_of_a_told_act_is_its_frame(nlp: Language, lead: str, frame: bool) -> None:
    doc = nlp(lead)
    assert happening_frame(doc[:].root) is frame


def test_what_ranking_the_act_outranks_its_happening(nlp: Language) -> None:
    text = (
        "The accident happened late on Tuesday on the Vantor river. "
        "The ferry hit a bridge pillar after its engine failed."
    )
    assert what_of(nlp, text)[0].action == "hit"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Retail sales in Vantor were strong in May. Shops sold more shoes than ever, the statistics office said.",
            "sell",
        ),
        ("Vantor is a quiet town of farmers. Rebels shelled its market on Monday.", "shell"),
        # a negated state is often the news itself ("is not out of control")
        ("The Brindley space station is not out of control. Engineers tracked it on Monday, the agency said.", "be"),
    ],
)
def test_what_ranking_a_copula_yields_to_an_act(nlp: Language, text: str, first: str) -> None:
    assert what_of(nlp, text)[0].action == first


def test_what_ranking_an_act_told_by_its_noun_keeps_its_weight(nlp: Language) -> None:
    text = (
        "An investigation by the Vantor Standards Board is under way after complaints about the mayor. "
        "The complaints relate to a failure to respect others."
    )
    assert what_of(nlp, text)[0].action == "investigate"


def test_what_ranking_a_since_clause_is_background(nlp: Language) -> None:
    text = (
        "Trade and security have been the two constants in the speeches of Ana Verro since she took office. "
        "Verro struck a softer note on Tuesday. Brindley rejected her offer."
    )
    assert [e.action for e in what_of(nlp, text)[:2]] == ["strike", "reject"]


def test_what_ranking_a_list_of_members_describes(nlp: Language) -> None:
    text = (
        "The Vantor museum will sell 300 items from the estate of singer Ana Verro. "
        "Other items include an evening gown and two pianos. A buyer from Brindley paid £5,000 for her guitar."
    )
    assert [e.action for e in what_of(nlp, text)[:2]] == ["sell", "pay"]


@pytest.mark.parametrize(
    ("text", "news"),
    [
        (
            "The drumbeat of criticism from the party's elders grew louder as Maria Olsen, the former governor's "
            "daughter, attacked the nominee on Wednesday. The nominee spoke in Ohio on Tuesday. His remarks drew "
            "wide comment.",
            "attack",
        ),
        (
            "The quarrel over the harbour deepened on Monday as the Vantor Council sued the ferry company. "
            "The company runs six boats. Its shares fell.",
            "sue",
        ),
        (
            "The long dispute between the unions took a bitter turn when Peter Hale accused the board of fraud. "
            "The board met on Friday. It did not comment.",
            "accuse",
        ),
        # the parser reads "as" as a preposition, "Maria Olsen" its object: the name is still the doer
        (
            "The chorus of criticism from the party's elders grew louder as Maria Olsen, the former governor's "
            "daughter, lashed out at the nominee on Wednesday. The nominee spoke in Ohio on Tuesday. His remarks "
            "drew wide comment.",
            "lash out",
        ),
    ],
)
def test_what_ranking_a_scene_yields_to_the_named_act_its_time_clause_tells(
    nlp: Language, text: str, news: str
) -> None:
    assert what_of(nlp, text)[0].action == news


def test_what_ranking_a_time_clause_without_a_name_is_no_framed_act(nlp: Language) -> None:
    text = (
        "The angry crowd surged forward as she left the courthouse on Monday. Maria Olsen later filed a motion in "
        "the court. Her lawyer declined to comment."
    )
    assert what_of(nlp, text)[0].action == "surge"


def test_what_ranking_a_comment_clause_is_no_framed_act(nlp: Language) -> None:
    text = (
        "The old figures changed over the summer, as Maria Olsen has acknowledged. The Vantor council cut its "
        "budget on Friday. Shopkeepers protested outside the town hall."
    )
    assert "acknowledge" not in [e.action for e in what_of(nlp, text)[:2]]
