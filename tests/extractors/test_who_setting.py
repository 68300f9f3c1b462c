"""who: a place that is only the setting of the news (where it happened, a label, a demonym) ranks
below the people and bodies that act in it; a country that acts stays an actor."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extractors.types import Actor
from extractors.who.salience import _is_name, _noun_read_as_verb
from tests.extractors.helpers import who_of


def _rank(actors: list[Actor], name: str) -> int:
    return next(i for i, a in enumerate(actors) if a.name == name)


def test_a_demonym_in_the_lead_subject_is_a_person_not_the_country(nlp: Language) -> None:
    # "including a Briton": a person of that country, not the United Kingdom doing anything
    text = (
        "Thirty people, including a Briton, have been arrested after a raid on a forged passport ring. "
        "The raid was planned by Europol, which tracked the ring for a year. Europol said more arrests "
        "would follow, and Europol will publish a report in May."
    )
    who = who_of(nlp, text)
    assert who[0].name == "Europol"


def test_a_body_named_in_the_lead_subject_goes_before_the_place_that_owns_its_description(nlp: Language) -> None:
    # "The UK's biggest brewer, <name>,": the name is the doer, the UK only places it (and "Scottish"
    # in the name is no demonym acting)
    text = (
        "The UK's biggest brewer, Scottish and Hollin, is to buy 40% of Mumbai Breweries for 90m. "
        "Scottish and Hollin makes Gold Ale, and its chief executive Tom Ash said the deal was a good "
        "one. Mumbai Breweries has twelve plants."
    )
    who = who_of(nlp, text)
    assert who[0].name != "United Kingdom"
    assert _rank(who, "Mumbai Breweries") < _rank(who, "United Kingdom")


def test_a_country_named_only_by_labels_and_scenes_ranks_below_the_people_who_act(nlp: Language) -> None:
    # the United Kingdom acts once ("Britain has ..."), but is otherwise the stage: "British fans",
    # "in London", "UK cinemas", "Britain's summer": those mentions weigh as the setting's
    text = (
        "Anna Kessler and Paul Dray attended the British premiere of their film Cold Harbour in London. "
        "Kessler said British fans had been kind to her. Dray thanked UK cinemas for showing it in "
        "Britain's summer. The film opens in Manchester and Glasgow next week, after a run in Britain. "
        "Britain has a large audience for war films, and British critics praised it."
    )
    who = who_of(nlp, text)
    names = [a.name for a in who]
    assert names[0] == "Anna Kessler"
    assert _rank(who, "Paul Dray") < _rank(who, "Britain")


def test_a_country_that_acts_stays_first(nlp: Language) -> None:
    text = (
        "Britain has signed a trade deal with Chile after two years of talks. Britain said the deal "
        "would cut tariffs on wine and copper. British exporters welcomed it, and Britain will send "
        "a trade envoy to Santiago in June."
    )
    who = who_of(nlp, text)
    assert who[0].name == "Britain"


def test_a_possessive_of_a_name_labels_it_the_named_body_acts(nlp: Language) -> None:
    # "Britain's Harwell Telecom said": the company speaks, Britain only places it
    text = (
        "Britain's Harwell Telecom has cut the price of its fastest broadband package by a third. "
        "Britain's Harwell Telecom said the move would bring fast internet to more homes in Britain. "
        "Rival Sky said it would respond, and Harwell chief Ben Ross said prices in Britain would fall."
    )
    who = who_of(nlp, text)
    assert _rank(who, "Ben Ross") < _rank(who, "Britain")


def test_a_possessive_of_the_states_own_body_is_the_state_acting() -> None:
    # "South Korea's Unification Ministry said": the ministry is the state's; "Britain's BT" is a name
    words = ["Korea", "'s", "Unification", "Ministry", "said", "and", "Britain", "'s", "BT", "agreed"]
    doc = Doc(Vocab(), words=words, pos=["PROPN", "PART", "PROPN", "PROPN", "VERB", "CCONJ"] + ["PROPN", "PART"] * 2)
    doc[3].lemma_ = "ministry"
    doc[8].lemma_ = "BT"
    assert not _is_name(doc[3])
    assert _is_name(doc[8])


def _misparsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    lemmas = [w.lower().removesuffix("s") if t == "VBZ" else w.lower() for w, t in zip(words, tags, strict=True)]
    ents = ["B-GPE", "O", "B-PERSON", "I-PERSON"] + ["O"] * (len(words) - 4)
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas, ents=ents)


def test_a_plural_noun_read_as_the_leads_verb_leaves_the_clause_to_its_names() -> None:
    # "Hollywood stars Ann Lee and Tom Ash attended the premiere": the parser may make "Hollywood" the
    # subject of "stars" and "attended" its clause; a verb of neither saying nor thinking takes no
    # clause without "that", so the clause is the lead's and Ann Lee its doer
    words = ["Hollywood", "stars", "Ann", "Lee", "attended", "the", "premiere"]
    heads = [1, 1, 3, 4, 1, 6, 4]
    deps = ["nsubj", "ROOT", "compound", "nsubj", "ccomp", "det", "dobj"]
    tags = ["NN", "VBZ", "NNP", "NNP", "VBD", "DT", "NN"]
    pos = ["NOUN", "VERB", "PROPN", "PROPN", "VERB", "DET", "NOUN"]
    doc = _misparsed(words, heads, deps, tags, pos)
    assert _noun_read_as_verb(doc[1]) == doc[4]
    # a verb of thinking takes that clause: "Britain hopes Iran will talk" stays Britain's
    words = ["Britain", "hopes", "Iran", "will", "talk"]
    heads = [1, 1, 4, 4, 1]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp"]
    tags = ["NNP", "VBZ", "NNP", "MD", "VB"]
    pos = ["PROPN", "VERB", "PROPN", "AUX", "VERB"]
    assert _noun_read_as_verb(_misparsed(words, heads, deps, tags, pos)[1]) is None


def test_a_wire_dateline_the_parser_makes_the_subject_is_no_doer_before_the_named_actor(nlp: Language) -> None:
    # "ACCRA, Ghana (AP) _  <title> <name> paid ...": the dateline's capital (Ghana's) is where the story
    # was filed; the official named after the wire's underscore does the lead's act
    text = (
        "ACCRA, Ghana (AP) _  U.S. Secretary of State Helen Varga paid tribute Tuesday to flood victims "
        "on a short visit to West Africa, and promised new aid. Varga met Ghanaian workers at a shelter "
        "in Accra. Varga said more help would come, and Ghanaian officials said Accra needed pumps. Varga "
        "flew on to Togo later."
    )
    who = who_of(nlp, text)
    assert who[0].name == "Helen Varga"


def test_a_dateline_in_capitals_before_a_double_dash_is_only_the_setting(nlp: Language) -> None:
    # "DENVER (AP) -- After ..., attention returned": no one does the lead's act, so the scores decide,
    # and the dateline weighs as a dateline, not as the lead's subject
    text = (
        "DENVER (AP) --  After a week of angry claims from both sides of the river dispute, attention "
        "returned today to the water court. Rancher Tom Okafor said he would not give up his claim. "
        "Okafor filed a new brief in Denver on Monday, and Okafor told Denver reporters the court had "
        "misread the law. Denver water managers back the city's claim, and Denver lawyers said they "
        "expected a ruling in May."
    )
    who = who_of(nlp, text)
    assert who[0].name == "Tom Okafor"


def test_a_place_that_is_the_lead_subject_outside_a_dateline_stays_the_doer(nlp: Language) -> None:
    # a country that acts in the lead is an actor, whatever follows
    text = (
        "Norway has recalled its ambassador to Chile after a row over fishing rights. Norway said the "
        "talks had failed. Chilean officials declined to comment, and Norway will raise the issue in May."
    )
    who = who_of(nlp, text)
    assert who[0].name == "Norway"
