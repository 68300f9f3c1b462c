"""who: the main actor first where the title and the lead name it by other words than its name
(extractors/who/leadactor.py): a speaker that tells its own act, a dateline the parser made the subject,
a role with a possessive, people led by a named actor, a place the title names as its scene, a title
repeated over the text's first lines."""

from __future__ import annotations

from spacy.language import Language

from extractors.who.state import WhoState, heading
from tests.extractors.helpers import who_of


def test_a_speaker_telling_its_own_act_is_the_doer(nlp: Language) -> None:
    text = (
        "Harlow Pumps Inc. said it holds a 9.1% stake in Vance Meters Corp., a maker of gauges, and may seek "
        "control of the company. Vance Meters shares rose $2 on Friday. Vance Meters makes gauges in Ohio, "
        "and Vance Meters employs 900 people. A spokesman for Vance Meters declined to comment. Vance Meters "
        "has had two other suitors this year."
    )
    assert who_of(nlp, text)[0].name == "Harlow Pumps Inc."


def test_a_dateline_reporter_gives_way_to_the_person_set_beside_it(nlp: Language) -> None:
    text = (
        "\n\nNAIROBI, August 21 (Xinhua) --\n\nDirector of the U.S. Federal Bureau of Investigation (FBI) "
        "Louis Freeh said here Friday that U.S. air raid on Afghanistan and Sudan is not directly linked with "
        'the probe into the bombings.\n\n"This is an investigation proceeding on many fronts," said Freeh. '
        "Afghanistan has denied any link. Afghanistan said it would protest to the United Nations."
    )
    assert who_of(nlp, text)[0].name == "Louis Freeh"


def test_a_role_with_a_possessive_names_the_person_named_next(nlp: Language) -> None:
    text = (
        "Tomas Varga's father said in a letter published Wednesday that he wants doctors to visit his son in "
        "Vienna. Peter Varga wrote that the family lacks news of the boy. Tomas Varga has lived with his "
        "uncle since March, and Tomas Varga goes to school there. Tomas Varga is nine."
    )
    assert who_of(nlp, text)[0].name == "Peter Varga"


def test_a_place_the_title_opens_on_as_the_scene_is_not_its_first_actor(nlp: Language) -> None:
    text = (
        "OSLO - There was an element of surprise in the capital. Marit Kellner's latest victories in the race "
        "unleashed a wave of comments across Norway, and Kellner was praised in Norway's papers. Norway's "
        "foreign ministry said Norway was watching the race. Kellner thanked her fans. Norway has a long "
        "tradition of such races, and Norway's fans followed Kellner."
    )
    title = "In Norway, wake of Kellner's wins churns up unlikely fans"
    assert who_of(nlp, text, title)[0].name == "Marit Kellner"


def test_people_telling_their_own_act_do_not_veto_the_titles_opener(nlp: Language) -> None:
    text = (
        "Many conservatives have said they will not vote for Dana Morrow under any circumstances. But one "
        "prominent conservative, radio host Glen Pryor, disagrees with their position. Pryor said conservatives "
        "should change course. Conservatives have criticised Morrow for months, and conservatives wrote many "
        "columns about her."
    )
    title = "Glen Pryor Tells Conservatives They Need To Change Course"
    assert who_of(nlp, text, title)[0].name == "Glen Pryor"


def test_a_title_repeated_over_the_first_lines_is_the_heading() -> None:
    text = "Mayor rebuffs Morrow on 'exception' to ban;\nSpurns offer, blasts 'ignorant view.'\n\nThe mayor spoke."
    title = "Mayor rebuffs Morrow on 'exception' to ban; Spurns offer, blasts 'ignorant view'"
    assert heading(text, title) == text.index("\n\nThe")
    assert heading("Mayor rebuffs Morrow\n\nThe mayor spoke.", "Mayor rebuffs Morrow again") == 0


def test_the_lead_is_the_first_sentence_after_a_repeated_title(nlp: Language) -> None:
    text = "Mayor rebuffs Morrow on ban.\n\nThe capital's new mayor on Tuesday rejected an offer by Dana Morrow."
    st = WhoState.of(nlp(text), "Mayor rebuffs Morrow on ban", text)
    assert st.sents[st.lead].text.startswith("The capital's")
