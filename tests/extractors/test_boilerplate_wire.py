"""boilerplate: the furniture of wire and broadcast copy (datelines, sign-offs, hand-offs, credits) is no actor,
while a news agency that is the subject of the news stays one."""

from __future__ import annotations

import pytest

from extractors.boilerplate import Furniture, find_boilerplate
from extractors.pipeline import Article, Summarizer


def _marked(found: list[Furniture], text: str) -> list[str]:
    return [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    "dateline",
    [
        "HAVANA (AP) --",
        "WASHINGTON (AP) _",
        "NAIROBI, August 21 (Xinhua) --",
        "MIAMI _",
        "NEWARK, N.J. _",
        "INDEPENDENCE, MO. (AP)--",
    ],
)
def test_wire_dateline_alone_on_its_line_is_furniture(dateline: str) -> None:
    text = f"\n{dateline}\n\nThe mayor of the town resigned on Monday after a week of protests.\n"
    assert _marked(find_boilerplate(text), text) == [dateline]


def test_wire_dateline_glued_to_its_underscore_is_furniture_and_the_lead_is_not() -> None:
    text = "BONN, Germany (AP)_ A donor's false address will cost the party a fine, officials said.\n"
    assert _marked(find_boilerplate(text), text) == ["BONN, Germany (AP)_"]


def test_a_dateline_in_mixed_case_is_furniture_only_with_its_agency() -> None:
    text = "Mexico City (AFP) – It featured drama fit for a telenovela, the critics said.\n"
    assert _marked(find_boilerplate(text), text) == ["Mexico City (AFP) –"]
    assert find_boilerplate("Mexico City – It featured drama fit for a telenovela, the critics said.\n") == []


def test_broadcast_hand_off_and_sign_off_are_furniture_and_the_report_is_not() -> None:
    text = (
        "Flood waters rose across the state on Tuesday. NPR's Ann Doe has more from Sacramento.\n\n"
        "Thousands of people left their homes as the river broke its banks near the city.\n\n"
        "More rain is forecast for the weekend. Ann Doe, NPR News, Sacramento.\n"
    )
    assert _marked(find_boilerplate(text), text) == [
        "NPR's Ann Doe has more from Sacramento.",
        "Ann Doe, NPR News, Sacramento.",
    ]


def test_a_reporter_quoted_by_a_broadcaster_is_no_sign_off() -> None:
    text = (
        "The senator will run again, she told CNN's Jim Doe on Sunday.\n"
        '"We are not done," Ann Doe told NBC News.\n'
        "Jim Doe, the VOA News director, resigned on Monday.\n"
    )
    assert find_boilerplate(text) == []


def test_reporters_credits_closing_a_wire_story_are_furniture() -> None:
    text = (
        "The senator won the primary by nine points, the count showed.\n"
        "Doe reported from Denver. Associated Press writer Jill Roe contributed from Albuquerque.\n"
    )
    assert _marked(find_boilerplate(text), text) == [text.splitlines()[1]]


WIRE = """
HAVANA (AP) --

The Cuban government urged its people on Friday to keep up their demonstrations for the boy's return.

Thousands of people marched past the American mission in the capital, waving flags and banners.

Officials said more rallies were planned for the weekend in every province of the island.
"""

AGENCY_NEWS = """
NEW YORK (AP) --

The Associated Press reported on Monday that its staff would strike next week over pay.

Reuters cut 500 jobs in its newsroom, the company said, and Xinhua opened two new bureaus in Africa.

The unions said the talks with the agencies had failed after three months.
"""


def test_the_agency_of_a_dateline_is_no_actor_but_an_agency_in_the_news_is(summarizer: Summarizer) -> None:
    wire, agencies = summarizer.summarize_many([Article(text=WIRE), Article(text=AGENCY_NEWS)])
    assert not {a.name for a in wire.who} & {"AP", "Associated Press"}, [a.name for a in wire.who]
    names = {a.name for a in agencies.who}
    assert "Reuters" in names and "Xinhua" in names, names
    assert names & {"The Associated Press", "Associated Press", "AP"}, names
