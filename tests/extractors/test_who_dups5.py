"""who: one actor per real-world entity, seventh round (issue 10): a bare surname shared by two persons
(a headline's surname, the one named first keeps it, a person called by the given name alone) and name
spans (a firm named after several people, a possessive run into a name). Hand-written sentences; the
opposite errors (a wrong merge) are tested beside each form."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import holders_of, who_of


def test_a_headlines_surname_is_the_person_the_story_names_in_full(nlp: Language) -> None:
    text = (
        "Experts: Pelham, Moreau tied together no matter what; \nHer fate hinges on the governor, analyst says.\n\n"
        "For better or worse, Diane Pelham's success in November will be tied to what voters think of Governor "
        "Moreau. Fortunately for Pelham, the governor is popular. Her rival Sam Pelham stayed away. Diane Pelham "
        "said on Monday she would campaign with Moreau. Pelham thanked her staff."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Pelham")] == ["Diane Pelham"]


def test_a_bare_surname_stays_with_the_person_named_first(nlp: Language) -> None:
    text = (
        "A woman who has accused former Governor Walter Morgan of fraud said on Sunday that Morgan was trying to "
        "meet her weeks after the trial. She also described a meeting with Karen Morgan, his wife, who is running "
        "for the Senate. Karen Morgan knew about the fraud, she said. Karen Morgan has not commented. Apparently, "
        "Morgan did not give up. She said Morgan placed several calls to her office."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Morgan")] == ["Walter Morgan"]
    assert [len(a.mentions) for a in holders_of(actors, "Karen Morgan")] == [3]


def test_a_bare_surname_is_not_the_person_called_by_the_given_name(nlp: Language) -> None:
    text = (
        "Tomas Ortega's father wrote in a letter published on Wednesday that he wants to see his son. "
        "Raul Ortega said Tomas was happy in Miami. Relatives of Tomas say Ortega is controlled by the "
        "government. Ortega had written a letter earlier this week, demanding Tomas be returned."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Ortega")] == ["Raul Ortega"]
    assert [a.name for a in holders_of(actors, "Tomas")] == ["Tomas Ortega"]


def test_a_firm_named_after_several_people_is_one_name(nlp: Language) -> None:
    text = (
        "The utility sold $200 million of notes through Goldman, Sachs & Co. on Friday. Both Moody's Investors "
        "Service Inc. and Standard amp Poor's Corp. lowered their ratings on the notes, said Ann Ruiz, an analyst "
        "with Smith Barney, Harris Upham amp Co. The coats sell at Macy's, Nordstrom, Lord & Taylor and other stores."
    )
    names = {a.name for a in who_of(nlp, text)}
    assert {"Goldman, Sachs & Co.", "Standard amp Poor's Corp.", "Smith Barney, Harris Upham amp Co."} <= names
    assert not names & {"Goldman", "Standard", "Poor's Corp.", "Smith Barney"}
    assert "Nordstrom, Lord & Taylor" not in names  # a list of stores, no company suffix: cut at its commas


def test_a_possessor_glued_to_a_name_is_a_name_of_its_own(nlp: Language) -> None:
    text = (
        "The leak outed relatives of China’s Politburo. Nasa’s Orion capsule flew on Monday, and Nasa said it went "
        "well. Their corporate law was modeled after Delaware’s. Guernsey's Auction House sold the guitar."
    )
    names = {a.name for a in who_of(nlp, text)}
    assert {"China", "Nasa"} <= names
    assert not names & {"China’s Politburo", "Nasa’s Orion", "Delaware’s"}


def test_a_firms_first_names_alone_are_that_firm(nlp: Language) -> None:
    text = (
        "The utility sold $200 million of notes through Goldman, Sachs & Co. on Friday. Goldman said demand was "
        "strong. Ann Ruiz, an analyst with Smith Barney, Harris Upham amp Co., agreed. Smith Barney raised its "
        "rating on the notes."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Goldman")] == ["Goldman, Sachs & Co."]
    assert [a.name for a in holders_of(actors, "Smith Barney")] == ["Smith Barney, Harris Upham amp Co."]
