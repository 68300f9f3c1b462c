"""who: unnamed officials the lead makes its doer yield to the one of them the next sentence names by a
title (or to the body a spokesperson speaks for); a reporter named by a role and the name beside it is
that name."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import who_of


def test_officials_in_the_lead_yield_to_the_titled_person_named_next(nlp: Language) -> None:
    text = (
        "Senior Norwegian officials signalled on Monday that Norway is ready to reopen fishing talks with "
        "Iceland. Prime Minister Ola Strand told parliament that Norway would send a delegation to Reykjavik "
        "within a month. Norway and Iceland have argued over herring quotas for years, and Norway fears "
        "Iceland will set its own quota. Iceland has not replied."
    )
    assert who_of(nlp, text)[0].name == "Ola Strand"


def test_officials_in_the_lead_yield_to_the_body_their_spokeswoman_speaks_for(nlp: Language) -> None:
    text = (
        "Federal transport officials said Tuesday they will close the old Harbor Bridge to trucks for a year. "
        '"Safety comes first," said Karen Holt, a spokeswoman for the Federal Highway Administration. '
        "Truckers said the officials gave them no warning, and the officials said trucks could use the "
        "river ferry. The officials will meet truckers next week."
    )
    assert who_of(nlp, text)[0].name == "Federal Highway Administration"


def test_officials_named_by_no_title_next_stay_the_lead_actor(nlp: Language) -> None:
    text = (
        "Hundreds of nurses marched through Leeds on Saturday to demand better pay. Ann Walsh, who watched "
        "the march from a cafe, said the nurses were cheerful. The nurses plan another march in May."
    )
    assert who_of(nlp, text)[0].name != "Ann Walsh"


def test_a_reporter_named_by_a_role_and_a_name_beside_it_is_the_lead_actor(nlp: Language) -> None:
    text = (
        "Norland Motors' big engine unit, Norland Power Systems, said net income fell 12% in the second "
        "quarter. Meanwhile, profit at Norland Finance, the group's lending arm, rose 3%, and Norland "
        "Finance raised its dividend. Norland Finance expects growth next year, and Norland Finance will "
        "open ten branches."
    )
    assert who_of(nlp, text)[0].name == "Norland Power Systems"


def test_a_place_the_lead_tells_what_it_is_yields_to_its_teller(nlp: Language) -> None:
    text = (
        "Norway had the right to defend its fishing boats against armed raiders, Iceland said on Friday in "
        "response to Norwegian navy patrols near Svalbard. Norway sent two frigates north last week. "
        "Norway said the patrols would go on."
    )
    assert who_of(nlp, text)[0].name == "Iceland"


def test_a_title_telling_what_someone_is_goes_to_its_teller(nlp: Language) -> None:
    text = (
        "Karl Hansen, who has run the port of Bergen since 2009, was praised on Monday by Astrid Lund, who "
        "called him the best harbour master in Europe. Hansen took over the port after a fire, and Hansen has "
        "doubled its trade. Hansen will retire in May."
    )
    title = "Karl Hansen Is The Best Harbour Master In Europe, Astrid Lund Says"
    assert who_of(nlp, text, title)[0].name == "Astrid Lund"


def test_a_title_telling_what_someone_did_keeps_its_doer(nlp: Language) -> None:
    text = (
        "Rebels in the north released twelve hostages taken from a bus in March, the army said on Monday. "
        "The rebels handed the hostages to a church mission, and the rebels said more would follow."
    )
    title = "Twelve Hostages Freed By Rebels, Army Says"
    assert who_of(nlp, text, title)[0].name != "army"
