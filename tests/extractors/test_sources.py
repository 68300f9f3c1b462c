"""Sources: each attribution form on hand-made sentences, naming and typing, and the seed article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractors.sources import extract_sources, sourcing_profile
from extractors.types import Actor, Attribution, Span


def _sources(nlp: Language, text: str, who: list[Actor] | None = None) -> list[Attribution]:
    doc = nlp(text)
    found = extract_sources(doc, who=who or [])
    for a in found:
        for span in (a.source_span, a.cue_span, a.content_span):
            if span is not None:
                assert span.text == text[span.start : span.end]
    return found


def _by_cue(found: list[Attribution], cue: str) -> Attribution:
    matches = [a for a in found if a.cue == cue]
    assert matches, f"no cue {cue!r} in {[a.cue for a in found]}"
    return matches[0]


# The attribution forms as data: one case per row (tests/extractors/sources_cases.json).
CASES: list[dict[str, Any]] = json.loads((Path(__file__).with_name("sources_cases.json")).read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['form']}: {c['text'][:40]}" for c in CASES])
def test_sources_case(nlp: Language, case: dict[str, Any]) -> None:
    """Each case's offsets match its text; then the attribution cued there has that source and content."""
    text = case["text"]
    for part in ("cue", "source", "content"):
        start, end = case[f"{part}_at"]
        assert text[start:end] == case[part], f"the case's {part} offsets do not match its text"
    found = [a for a in _sources(nlp, text) if [a.cue_span.start, a.cue_span.end] == case["cue_at"]]
    assert found, f"no cue at {case['cue_at']} ({case['cue']!r})"
    attribution = found[0]
    assert attribution.cue == case.get("label", case["cue"])
    assert attribution.source_span is not None and attribution.content_span is not None
    assert [attribution.source_span.start, attribution.source_span.end] == case["source_at"]
    assert [attribution.content_span.start, attribution.content_span.end] == case["content_at"]
    if "direct" in case:
        assert attribution.direct is case["direct"]


def _relation(nlp: Language, text: str, cue: str, source: str, content: str) -> Attribution:
    """The attribution cued by ``cue``, checked to have this source and content as written."""
    found = _by_cue(_sources(nlp, text), cue)
    assert found.source_span is not None and found.source_span.text == source
    assert found.content_span is not None and found.content_span.text == content
    return found


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('"We will win," she said.', "said", '"We will win,"'),
        ("“The talks failed,” said Mr. Lee.", "said", "“The talks failed,”"),
        ("She said: “We are ready for anything that comes.”", "said", "“We are ready for anything that comes.”"),
        ("“We will win,” she said, “and soon.”", "said", "“We will win,” she said, “and soon.”"),
        ('"We will win," she said, "and soon."', "said", '"We will win," she said, "and soon."'),
    ],
)
def test_sources_direct_quotes(nlp: Language, text: str, cue: str, content: str) -> None:
    found = _by_cue(_sources(nlp, text), cue)
    assert found.content_span is not None and found.content_span.text == content
    assert found.direct


def test_sources_quote_continues_the_previous_speaker(nlp: Language) -> None:
    # PolNeAR's convention: the next quote of the same speaker joins the same relation
    text = (
        "Mayor Ana Ruiz spoke after the vote.\n\n“This is a great day for the whole city of Lima,” she said.\n\n"
        "“We have waited for this bridge for twenty years and more.”"
    )
    found = _by_cue(_sources(nlp, text), "said")
    assert found.content_span is not None and found.content_span.text.startswith("“This is")
    assert found.content_span.text.endswith("twenty years and more.”")
    assert found.direct and found.source == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz said the bridge would open in May.\n\n“We have waited for twenty years and more.”",
        "The bridge “will change the city,” Mayor Ana Ruiz said. “We have waited for twenty years and more.”",
    ],
)
def test_sources_quote_with_speaker_in_previous_sentence(nlp: Language, text: str) -> None:
    # one relation whose content runs on over the speaker's next quote (PolNeAR's extent), not a second one
    found = _sources(nlp, text)
    assert len(found) == 1 and found[0].source == "Ana Ruiz"
    assert found[0].content_span is not None and found[0].content_span.text.endswith("twenty years and more.”")


def test_sources_quote_spanning_paragraphs(nlp: Language) -> None:
    text = (
        "The coach said: “We played well in the first half and we kept our shape.\n\n"
        "“But in the second half we lost our heads completely.”"
    )
    found = _by_cue(_sources(nlp, text), "said")
    assert found.content_span is not None
    assert found.content_span.text.startswith("“We played") and found.content_span.text.endswith("completely.”")


@pytest.mark.parametrize(
    ("text", "cue", "source", "kind"),
    [
        (
            "A senior official who spoke on condition of anonymity said the plan was dead.",
            "said",
            "A senior official",
            "unnamed",
        ),
        (
            "People familiar with the matter said the deal was close.",
            "said",
            "People familiar with the matter",
            "unnamed",
        ),
        ("Sources said the minister would resign.", "said", "Sources", "unnamed"),
        (
            "U.S. and South Korean officials said the launch failed.",
            "said",
            "U.S. and South Korean officials",
            "unnamed",
        ),
        ("A report by the UN found that 300 people died.", "found", "A report by the UN", "document"),
        ("Court filings show the company lied about its debts.", "show", "Court filings", "document"),
        ("Reuters reported that the deal collapsed.", "reported", "Reuters", "agency"),
        (
            "The South Korean and Japanese militaries said a missile was fired.",
            "said",
            "The South Korean and Japanese militaries",
            "organization",
        ),
        ("Microsoft said its profits rose.", "said", "Microsoft", "organization"),
    ],
)
def test_sources_types(nlp: Language, text: str, cue: str, source: str, kind: str) -> None:
    found = _by_cue(_sources(nlp, text), cue)
    assert found.source_span is not None and found.source_span.text == source
    assert found.source_type == kind


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("SEOUL, South Korea (AP) — North Korea fired a missile on Monday.", "AP"),
        ("North Korea fired a missile on Monday.\n\nSource: With information from AP", "AP"),
        ("North Korea fired a missile on Monday.\n\nReporting by Hyonhee Shin; Editing by Ed Davies", "Hyonhee Shin"),
    ],
)
def test_sources_agency_credits(nlp: Language, text: str, credit: str) -> None:
    found = [a for a in _sources(nlp, text) if a.source_type == "agency"]
    assert [a.source for a in found] == [credit]
    assert found[0].source_span is not None and found[0].source_span.text == credit


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The governor said the state would cut taxes, adding that the budget was balanced.", "said", "adding"),
        (
            "The mayor told reporters the bridge would reopen in May and added that repairs would cost millions.",
            "told",
            "added",
        ),
    ],
)
def test_sources_added_cue_ends_the_first_content(nlp: Language, text: str, first: str, second: str) -> None:
    # "X said A, adding B": two attributions of one speaker; A stops where the second cue begins
    found = _sources(nlp, text)
    one, two = _by_cue(found, first), _by_cue(found, second)
    assert one.content_span is not None and two.content_span is not None
    assert one.content_span.end < two.cue_span.start
    assert not one.content_span.text.endswith(("and", ","))
    assert two.source_span == one.source_span


def test_sources_second_cue_inside_the_first_content(nlp: Language) -> None:
    # the parser hangs "saying" on the reported clause: it is the same speaker's second report, and the
    # first content ends before it
    text = (
        "Ms. Ortiz argued that a new clinic would keep patients from driving to the city, "
        "saying it was “a matter of time.”"
    )
    _relation(nlp, text, "argued", "Ms. Ortiz", "that a new clinic would keep patients from driving to the city")
    _relation(nlp, text, "saying", "Ms. Ortiz", "it was “a matter of time.”")


@pytest.mark.parametrize(
    ("text", "content", "inner"),
    [
        (
            "She says the team is going ahead with the sale and will see what happens.",
            "the team is going ahead with the sale and will see what happens",
            "see",
        ),
        (
            "The governor says he will sit the mayor down and tell him the budget is too big.",
            "he will sit the mayor down and tell him the budget is too big",
            "tell",
        ),
    ],
)
def test_sources_infinitive_conjunct_stays_in_the_report(nlp: Language, text: str, content: str, inner: str) -> None:
    # "says A and will see B": one more thing in what was said, not a second attribution
    found = _sources(nlp, text)
    assert [a.content_span.text for a in found if a.content_span is not None] == [content]
    assert all(a.cue != inner for a in found)


def test_sources_quoted_show_title_is_no_second_cue(nlp: Language) -> None:
    # the quoted show after "said on" is where it was said, not a second attribution of the same verb
    text = '"I have always said that we would pay for the roads," she said on "Face the Nation." "Nothing has changed."'
    found = _sources(nlp, text)
    assert [a.cue for a in found] == ["said"]


def test_sources_citing_keeps_both_links(nlp: Language) -> None:
    # PolNeAR's reading: "X said, citing Y" is X citing Y; X's own content stays without the phrase.
    # The chain's other link, Y as a source of what X reported, is kept for the sourcing profile.
    found = _sources(nlp, "Reuters reported, citing two sources, that the deal collapsed.")
    reported = _by_cue(found, "reported")
    assert reported.source_span is not None and reported.source_span.text == "Reuters"
    assert reported.content_span is not None and reported.content_span.text == "that the deal collapsed"
    citing = {
        (a.source_span and a.source_span.text, a.content_span and a.content_span.text, a.source_type)
        for a in found
        if a.cue == "citing"
    }
    assert citing == {
        ("Reuters", "two sources", "agency"),
        ("two sources", "that the deal collapsed", "unnamed"),
    }


def test_sources_no_comment(nlp: Language) -> None:
    found = _sources(nlp, "Park Ji-hoon declined to comment.")
    assert len(found) == 1 and found[0].no_comment and found[0].source == "Park Ji-hoon"


def test_sources_pronoun_resolves_to_last_person(nlp: Language) -> None:
    found = _sources(
        nlp,
        "Defense Minister Shin Won-sik spoke on Monday. Shin said the North was ready. He added that talks were off.",
    )
    added = _by_cue(found, "added")
    assert added.source_span is not None and added.source_span.text == "He"
    assert added.source == "Shin Won-sik" and added.source_type == "person"


def test_sources_surname_resolves_to_fullest_name(nlp: Language) -> None:
    found = _sources(nlp, "Shin Won-sik arrived in Tokyo on Monday. Later, Shin said the talks would go on.")
    assert _by_cue(found, "said").source == "Shin Won-sik"


def test_sources_title_resolves_to_named_person_in_next_sentence(nlp: Language) -> None:
    text = (
        "The port will close next month, Chile's transport minister said Monday.\n\n"
        "Rodrigo Alvarez announced the decision at a news conference in Santiago."
    )
    found = _by_cue(_sources(nlp, text), "said")
    assert found.source_span is not None and found.source_span.text == "Chile's transport minister"
    assert found.source == "Rodrigo Alvarez" and found.source_type == "person"


def test_sources_title_resolves_through_actor_titles(nlp: Language) -> None:
    text = "The ceasefire will hold, the foreign minister said."
    who = [Actor(name="Maria Lopez", type="person", titles=["foreign minister"], mentions=[])]
    found = _by_cue(_sources(nlp, text, who), "said")
    assert found.source == "Maria Lopez"


def test_sources_actor_index_names_the_source(nlp: Language) -> None:
    text = "Pyongyang said the drills were a provocation."
    who = [Actor(name="North Korea", type="location", mentions=[Span(start=0, end=9, text="Pyongyang")])]
    found = _by_cue(_sources(nlp, text, who), "said")
    assert found.source == "North Korea" and found.source_type == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "The river rose two meters overnight.",
        "He said.",
        "",
        "“”",
        '"',
        "According to",
    ],
)
def test_sources_nothing_to_attribute(nlp: Language, text: str) -> None:
    assert _sources(nlp, text) == []


def test_sources_sorted_by_cue(nlp: Language) -> None:
    text = "Shin said the North had fired. It fired twice, according to Yonhap. Officials accused Seoul of lying."
    found = _sources(nlp, text)
    starts = [a.cue_span.start for a in found]
    assert starts == sorted(starts) and len(found) == 3


def test_sources_profile_counts_each_link_of_a_chain_once(nlp: Language) -> None:
    doc = nlp("Officials said the bridge will reopen in May, citing two engineers.")
    found = extract_sources(doc, who=[])
    assert len(found) == 3  # said; Officials citing two engineers; two engineers as a source of the claim
    profile = sourcing_profile(doc, sources=found)
    assert (profile.unnamed, profile.person) == (2, 0)


def test_sources_profile_counts_types(nlp: Language) -> None:
    text = "Shin said the North had fired. Officials said it was a test. Reuters reported the launch failed."
    doc = nlp(text)
    profile = sourcing_profile(doc, sources=extract_sources(doc, who=[]))
    assert (profile.person, profile.unnamed, profile.agency) == (1, 1, 1)


def _seed_item(found: list[Attribution], source: str, cue: str, gist: str) -> Attribution | None:
    for a in found:
        content = a.content_span.text if a.content_span else ""
        if a.source == source and cue in a.cue and gist in content:
            return a
    return None


@pytest.mark.parametrize(
    ("source", "kind", "cue", "gist"),
    [
        ("Shin Won-sik", "person", "said", "North Korea has sent Russia about 7,000 containers"),
        ("Shin Won-sik", "person", "said", "North Korea has received more than 9,000 Russian containers"),
        ("the South Korean and Japanese militaries", "organization", "said", "Pyongyang had launched several"),
        ("U.S. and South Korean officials", "unnamed", "accused", "Pyongyang of providing Russia with artillery"),
        ("South Korean officials and private experts", "unnamed", "according to", "North Korea could have received"),
        ("Shin Won-sik", "person", "said", "increasingly using its rail network"),
        ("Shin Won-sik", "person", "said", "the North could increase its testing"),
    ],
)
def test_sources_seed(nlp: Language, seed_text: str, source: str, kind: str, cue: str, gist: str) -> None:
    found = _sources(nlp, seed_text)
    item = _seed_item(found, source, cue, gist)
    assert item is not None, [(a.source, a.cue) for a in found]
    assert item.source_type == kind


def test_sources_seed_agency_credit(nlp: Language, seed_text: str) -> None:
    found = [a for a in _sources(nlp, seed_text) if a.source_type == "agency"]
    assert [(a.source, a.cue) for a in found] == [("AP", "with information from")]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is sure to win a second term.",  # a forecast, not a stance
        "It is easy to be cynical about the deal.",  # no one holds the stance
        "The data is critical to the investigation.",  # "critical to" means needed
    ],
)
def test_sources_stance_adjectives_not_a_stance(nlp: Language, text: str) -> None:
    assert _sources(nlp, text) == []


def test_sources_dash_credited_quote(nlp: Language) -> None:
    text = "“He represents our greatest shame and our worst fears.” ― Sonya Herridge"
    found = _sources(nlp, text)
    assert [(a.source, a.source_type, a.direct) for a in found] == [("Sonya Herridge", "person", True)]


def test_sources_headline_speaker(nlp: Language) -> None:
    text = "John McCain: Republican Anger Appeals to the Worst in Us\n\nThe senator spoke on Sunday."
    found = _by_cue(_sources(nlp, text), ":")
    assert found.source_span is not None and found.source_span.text == "John McCain"
    assert found.content_span is not None and found.content_span.text == "Republican Anger Appeals to the Worst in Us"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # a speaker with a common noun after the name
        (
            "Warren camp: Tax plan favors the wealthy\n\nThe campaign spoke on Monday.",
            "Warren camp",
            "Tax plan favors the wealthy",
        ),
        # the audience or the occasion between the speaker and the colon
        (
            "Kaine to union members: Trade deal will cost jobs\n\nThe senator spoke in Ohio.",
            "Kaine",
            "Trade deal will cost jobs",
        ),
        # a label in capitals and a dash before the speaker
        (
            "EXCLUSIVE – Rand Paul: Congress Must Vote on the War\n\nThe senator spoke on Monday.",
            "Rand Paul",
            "Congress Must Vote on the War",
        ),
        # the headline's verb and object between the speaker and the colon before the quote
        (
            "Sherrod Brown scolds bank chief: ‘You should resign today.’\n\nThe hearing lasted three hours.",
            "Sherrod Brown",
            "‘You should resign today.’",
        ),
    ],
)
def test_sources_headline_speaker_forms(nlp: Language, text: str, source: str, content: str) -> None:
    found = _by_cue(_sources(nlp, text), ":")
    assert found.source_span is not None and found.source_span.text == source
    assert found.content_span is not None and found.content_span.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Ohio Business Report: The difficulty of building a new stadium downtown.",
        "Monday’s Morning Email: The Senate Votes on the Budget Today.",
        "Q: Will you run again in the fall?\n\nA: I have not decided yet, and I will talk it over with my family.",
    ],
)
def test_sources_labels_before_a_colon_are_not_speakers(nlp: Language, text: str) -> None:
    assert [a.cue for a in _sources(nlp, text) if a.cue == ":"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a cue inside a quote is the quoted speaker's own sourcing
        "“I think we said that the plan would work,” the mayor told the council.",
        # the generic reader holds no view
        "If you think the plan will work, vote for it.",
    ],
)
def test_sources_no_nested_or_generic_opinions(nlp: Language, text: str) -> None:
    cues = [a.cue for a in _sources(nlp, text)]
    assert "think" not in cues and "said" not in cues


def test_sources_first_person_writer_holds_a_view(nlp: Language) -> None:
    found = _by_cue(_sources(nlp, "I believe the council will approve the plan next week."), "believe")
    assert found.source_span is not None and found.source_span.text == "I"
    assert found.content_span is not None and found.content_span.text == "the council will approve the plan next week"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Hundreds of voters stood in the rain to hear the governor speak about taxes.", "hear"),
        ("It is hard to imagine the council approving the budget this year.", "imagine"),
        ("The senator said she wants to see the bill pass before the recess.", "see"),
    ],
)
def test_sources_idle_infinitive_is_not_a_view(nlp: Language, text: str, cue: str) -> None:
    assert cue not in [a.cue for a in _sources(nlp, text)]


def test_sources_speaker_after_quote_despite_second_subject(nlp: Language) -> None:
    text = "“The campaign is in panic mode. Full panic mode,” said Leslie Wimes, a Florida activist."
    found = _by_cue(_sources(nlp, text), "said")
    assert found.source == "Leslie Wimes" and found.direct
    assert found.content_span is not None and found.content_span.text.startswith("“The campaign")


def test_sources_pronoun_resolved_by_who(nlp: Language) -> None:
    text = "She said the vote would be held in May."
    who = [Actor(name="Maria Lopez", type="person", mentions=[Span(start=0, end=3, text="She")])]
    assert _by_cue(_sources(nlp, text, who), "said").source == "Maria Lopez"


@pytest.mark.parametrize(
    "text",
    [
        # a programme title before the speaker is not what the speaker said
        "On “Fox News Sunday,” Mike Pence said the tweet was a joke.",
        # a finished quoted sentence before a new speaker's sentence belongs to someone else
        'She said "the question is the timing." Gov. Pat McCrory said it would be improper.',
    ],
)
def test_sources_quote_before_speaker_must_open_the_sentence(nlp: Language, text: str) -> None:
    found = _sources(nlp, text)
    last = max(found, key=lambda a: a.cue_span.start)
    assert last.content_span is not None and not last.content_span.text.startswith(("“", '"'))


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Trump is expected to deliver a victory speech tonight.",
            "is expected",
            "Trump is expected to deliver a victory speech tonight",
        ),
        ("The senator seemed to be losing ground.", "seemed", "The senator seemed to be losing ground"),
        ("Bloomberg is reportedly considering a run.", "reportedly", "Bloomberg is reportedly considering a run"),
    ],
)
def test_sources_agentless(nlp: Language, text: str, cue: str, content: str) -> None:
    found = _by_cue(_sources(nlp, text), cue)
    assert found.source is None and found.source_span is None and found.source_type == "unnamed"
    assert found.content_span is not None and found.content_span.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Sanders pointed out that veterans were ignored.", "pointed out", "that veterans were ignored"),
        ("Bush referred to Rubio as a bright leader.", "referred to", "Rubio as a bright leader"),
    ],
)
def test_sources_particle_and_preposition_cues(nlp: Language, text: str, cue: str, content: str) -> None:
    found = _by_cue(_sources(nlp, text), cue)
    assert found.content_span is not None and found.content_span.text == content


@pytest.mark.parametrize("text", ["She made a cake for the party.", "He took the bus to work."])
def test_sources_light_verbs_need_a_speech_object(nlp: Language, text: str) -> None:
    assert _sources(nlp, text) == []


def test_sources_double_apostrophe_quotes(nlp: Language) -> None:
    text = "''We will win,'' Mr. Lee said, ''and soon.''"
    found = _by_cue(_sources(nlp, text), "said")
    assert found.content_span is not None and found.content_span.text == text
    assert found.direct


def test_sources_poll_as_document_source(nlp: Language) -> None:
    found = _by_cue(_sources(nlp, "In a recent CBS News poll, the governor led by 12 points."), "in")
    assert found.source_type == "document"
    assert found.source_span is not None and found.source_span.text == "a recent CBS News poll"
    assert found.content_span is not None and found.content_span.text == "the governor led by 12 points"


def test_sources_refusal_cues_the_refused_speech(nlp: Language) -> None:
    found = _sources(nlp, "Cook declined to say whether it was a violation.")
    assert [a.cue for a in found] == ["declined"]
    assert found[0].content_span is not None and found[0].content_span.text == "to say whether it was a violation"
    assert not found[0].no_comment


def test_sources_framing_verb_without_as_is_no_cue(nlp: Language) -> None:
    assert _sources(nlp, "She cast a vote in the morning.") == []


def test_sources_finding_verb_needs_a_document_subject(nlp: Language) -> None:
    assert _sources(nlp, "The team showed a lot of heart.") == []


def test_sources_put_it_without_speech_is_no_cue(nlp: Language) -> None:
    assert _sources(nlp, "She put it on the table.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor was asked whether he would run again.", "whether he would run again"),
        ("Mr. Ortiz was asked about the budget during a radio interview.", "about the budget"),
    ],
)
def test_sources_was_asked_has_no_source(nlp: Language, text: str, content: str) -> None:
    found = _by_cue(_sources(nlp, text), "was asked")
    assert found.source_span is None
    assert found.content_span is not None and found.content_span.text == content


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("The governor said she believes the budget will pass in June.", "said", "believes"),
        ("Aides told reporters that the senator thinks the deal is dead.", "told", "thinks"),
    ],
)
def test_sources_attribution_inside_content_dropped(nlp: Language, text: str, outer: str, inner: str) -> None:
    found = _sources(nlp, text)
    assert [a.cue for a in found] == [outer]


def test_sources_earlier_cue_of_same_speaker_kept(nlp: Language) -> None:
    # the content of 'said' runs back over the sentence: 'suggested' is the speaker's own attribution
    text = 'Mr. Lee suggested that the rival admired strongmen - "He would have loved Stalin," Mr. Lee said twice.'
    found = _by_cue(_sources(nlp, text), "suggested")
    assert found.source_span is not None and found.source_span.text == "Mr. Lee"
    assert found.content_span is not None and found.content_span.text.startswith("that the rival admired strongmen")


def test_sources_call_for_after_a_fronted_date(nlp: Language) -> None:
    # "On Friday" is a preposition of 'called' too, but before it: a date, not what was called for
    found = _by_cue(_sources(nlp, "On Friday, the governor called for a new inquiry into the crash."), "called")
    assert found.content_span is not None and found.content_span.text == "a new inquiry into the crash"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a second cue the parser hangs on the reported clause shares the reporting verb's subject
        ("The governor said the state would cut taxes, adding that the budget was balanced.", "adding", "The governor"),
        (
            "The mayor told reporters the bridge would reopen in May and added that repairs would cost millions.",
            "added",
            "The mayor",
        ),
        # "quick to", "more likely to": the subject of the copula speaks
        ("The senator was quick to point out that the bill had passed twice.", "point out", "The senator"),
        ("Voters are more likely to say the economy is improving.", "say", "Voters"),
        # a participle on the statement someone released: the one who released it speaks
        (
            "The city council approved a resolution condemning the plan to close the hospital.",
            "condemning",
            "The city council",
        ),
        ("The union released a statement saying the strike would go on.", "saying", "The union"),
        # a live blog's timestamp line is not the speaker
        (
            "The Latest: storm nears coast.\n\n9:30 p.m.\n\nGovernor Ann Lee says she may move.",
            "says",
            "Governor Ann Lee",
        ),
        # causing verbs: their object is the one who then speaks or thinks
        (
            "The surprise defeat led some analysts to speculate that the coalition would collapse.",
            "speculate",
            "some analysts",
        ),
        ("The scandal forced the mayor to acknowledge that mistakes had been made.", "acknowledge", "the mayor"),
        # a subject the parser hung elsewhere: after an introductory phrase, or after the quote
        (
            "In a statement to the Gazette, her campaign manager, Tom Reed, said the ads would continue.",
            "said",
            "her campaign manager",
        ),
        ("“Voters should stay home,” opined the Daily Herald.", "opined", "the Daily Herald"),
        ("“How tall is the wall?” asked the boy, who wore a red hat.", "asked", "the boy"),
    ],
)
def test_sources_speaker_of_a_cue_without_its_own_subject(nlp: Language, text: str, cue: str, source: str) -> None:
    found = _by_cue(_sources(nlp, text), cue)
    assert found.source_span is not None and found.source_span.text == source


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # 'X said A and added, “B”': two relations, the quote is what 'added' reports
        (
            "Ms. Ortiz said she supported the measure and added, “It is long overdue.”",
            "she supported the measure",
            "“It is long overdue.”",
        ),
        # '“A,” she said, adding, “B”': the lead-in holds a cue of its own
        (
            "“The plan is sound,” she said, adding, “We will not change course now.”",
            "“The plan is sound,”",
            "“We will not change course now.”",
        ),
    ],
)
def test_sources_second_cue_keeps_its_quote(nlp: Language, text: str, first: str, second: str) -> None:
    found = _sources(nlp, text)
    said = _by_cue(found, "said")
    added = next(a for a in found if a.cue in ("added", "adding"))
    assert said.content_span is not None and said.content_span.text == first
    assert added.content_span is not None and added.content_span.text == second


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the passive subject of the verb a cue hangs from speaks
        ("Mr. Hale was forced into a rare retreat and said that his words had been misconstrued.", "said", "Mr. Hale"),
        ("The senator was pressed to explain why she had changed her vote.", "explain", "The senator"),
        # a participle without its auxiliary: the one who asked is the source
        ("Asked by a reporter whether she would run again, the governor smiled.", "asked", "a reporter"),
        # a cue on a noun: the noun's owner, or whoever acts with it
        ("Smith's refusal to condemn the militia angered the party's donors.", "condemn", "Smith's"),
        ("The mayor mounted a public campaign to denounce the new tax.", "denounce", "The mayor"),
        ("The union took the unusual step of criticizing the court.", "criticizing", "The union"),
        # "'s said" is "has said", not a passive
        ("He's said he will fight all the way to the convention.", "said", "He"),
        # a finite verb the parser hangs on the subject noun as a participle
        (
            "A Marist College poll found last week that the governor would win by six points.",
            "found",
            "A Marist College poll",
        ),
    ],
)
def test_sources_speaker_through_passives_nouns_and_participles(
    nlp: Language, text: str, cue: str, source: str
) -> None:
    found = _by_cue(_sources(nlp, text), cue)
    assert found.source_span is not None and found.source_span.text == source


# the parse the small model gives such sentences: the name hangs on the participle, "said" has no subject
_ASIDES_PARSE = [  # word, head, dep, tag, pos, lemma
    ("Sen.", 2, "compound", "NNP", "PROPN", "Sen."),
    ("Tom", 2, "compound", "NNP", "PROPN", "Tom"),
    ("Hardy", 4, "nsubj", "NNP", "PROPN", "Hardy"),
    (",", 4, "punct", ",", "PUNCT", ","),
    ("facing", 14, "advcl", "VBG", "VERB", "face"),
    ("a", 6, "det", "DT", "DET", "a"),
    ("challenge", 4, "dobj", "NN", "NOUN", "challenge"),
    ("in", 6, "prep", "IN", "ADP", "in"),
    ("Iowa", 7, "pobj", "NNP", "PROPN", "Iowa"),
    (",", 8, "punct", ",", "PUNCT", ","),
    ("a", 12, "det", "DT", "DET", "a"),
    ("swing", 12, "compound", "NN", "NOUN", "swing"),
    ("state", 8, "appos", "NN", "NOUN", "state"),
    (",", 14, "punct", ",", "PUNCT", ","),
    ("said", 14, "ROOT", "VBD", "VERB", "say"),
    ("he", 17, "nsubj", "PRP", "PRON", "he"),
    ("would", 17, "aux", "MD", "AUX", "would"),
    ("win", 14, "ccomp", "VB", "VERB", "win"),
    (".", 14, "punct", ".", "PUNCT", "."),
]


def test_sources_opening_subject_across_several_asides(nlp: Language) -> None:
    words, heads, deps, tags, pos, lemmas = (list(column) for column in zip(*_ASIDES_PARSE, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    found = _by_cue(extract_sources(doc, who=[]), "said")
    assert found.source_span is not None and found.source_span.text == "Sen. Tom Hardy"
    assert found.content_span is not None and found.content_span.text == "he would win"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Mr. Hale is best known for his long campaign against the tax.",
            "known for",
            "Mr. Hale is best known for his long campaign against the tax",
        ),
        (
            "The mayor was said to be furious with the council.",
            "said",
            "The mayor was said to be furious with the council",
        ),
        (
            "The senator is widely seen as a likely candidate for governor.",
            "seen as",
            "The senator is widely seen as a likely candidate for governor",
        ),
    ],
)
def test_sources_framing_passive_has_no_source(nlp: Language, text: str, cue: str, content: str) -> None:
    found = _by_cue(_sources(nlp, text), cue)
    assert found.source_span is None
    assert found.content_span is not None and found.content_span.text == content


def test_sources_sighting_is_no_framing_passive(nlp: Language) -> None:
    assert _sources(nlp, "The chess player was seen smiling after the match.") == []


def test_sources_reportedly_said_is_one_attribution(nlp: Language) -> None:
    found = _sources(nlp, "Mr. Hale reportedly said the deal was dead.")
    assert [(a.cue, a.source_span and a.source_span.text) for a in found] == [("said", "Mr. Hale")]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Among union members, 61 percent said the deal was fair, while 30 percent said it went too far.",
            ("61 percent", "the deal was fair"),
            ("30 percent", "it went too far"),
        ),
        (
            "The mayor said the bridge would reopen in May, while the governor said it could take longer.",
            ("The mayor", "the bridge would reopen in May"),
            ("the governor", "it could take longer"),
        ),
        (
            "Six in 10 farmers said the drought was severe, and three-quarters said the same of the floods.",
            ("Six in 10 farmers", "the drought was severe"),
            ("three-quarters", "the same of the floods"),
        ),
        (
            "Most growers said prices were too low; 40 percent said they would sell their land.",
            ("Most growers", "prices were too low"),
            ("40 percent", "they would sell their land"),
        ),
    ],
)
def test_sources_parallel_reports_are_two_attributions(
    nlp: Language, text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    found = [_source_content(a) for a in _sources(nlp, text) if a.cue == "said"]
    assert found == [first, second]


def _source_content(a: Attribution) -> tuple[str | None, str | None]:
    return (a.source_span and a.source_span.text, a.content_span and a.content_span.text)


def test_sources_poll_share_votes_for(nlp: Language) -> None:
    found = _sources(nlp, "Among Republicans, 27 percent would vote for the governor.")
    vote = _by_cue(found, "vote for")
    assert _source_content(vote) == ("27 percent", "the governor")
    assert not [a for a in _sources(nlp, "Voters in the county voted for the governor.") if a.cue == "voted for"]


def test_sources_see_as_frames(nlp: Language) -> None:
    found = _sources(nlp, "Many farmers see the new tariff as a threat to their livelihood.")
    see = _by_cue(found, "see")
    assert _source_content(see) == ("Many farmers", "the new tariff as a threat to their livelihood")
    assert not [a for a in _sources(nlp, "She talked about what she sees as a threat.") if a.cue == "sees"]


@pytest.mark.parametrize(
    "text",
    [
        # a plural noun subject, not a verb: "emails" (email) before the headline's own verb
        "Leaked emails raise doubts about stadium deal\n\nThe team moved in 1990.",
        # a possessed noun: "Attacks" after "Mayor's"
        "Mayor's Attacks On Council Could Backfire\n\nThe team moved in 1990.",
    ],
)
def test_sources_headline_nouns_are_not_verbs(nlp: Language, text: str) -> None:
    assert [a.cue_span.text for a in _sources(nlp, text) if a.cue_span.text in ("emails", "Attacks")] == []


def test_sources_quoted_fragment_in_any_verb_complement(nlp: Language) -> None:
    found = _sources(nlp, "The senator derided the trade deal as “a gift to Wall Street.”")
    derided = _by_cue(found, "derided")
    assert _source_content(derided) == ("The senator", "the trade deal as “a gift to Wall Street.”")
    toasted = _by_cue(_sources(nlp, "Mrs. Lane toasted the volunteers for “keeping this town alive.”"), "toasted")
    assert _source_content(toasted) == ("Mrs. Lane", "the volunteers for “keeping this town alive.”")
    assert not _sources(nlp, "The mayor reads “The Daily Planet” every morning.")  # a title, not words


def test_sources_quote_nested_with_the_same_marks(nlp: Language) -> None:
    text = (
        "The committee adjourned.\n\n“I would rather lose in what he calls “the swamp” than win his way,” Jones said."
    )
    said = _by_cue(_sources(nlp, text), "said")
    assert _source_content(said) == ("Jones", "“I would rather lose in what he calls “the swamp” than win his way,”")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("She described the plan as “dead on arrival.”", "She", "the plan as “dead on arrival.”"),
        (
            "The governor described the budget as a disaster for schools.",
            "The governor",
            "the budget as a disaster for schools",
        ),
    ],
)
def test_sources_described_as_frames(nlp: Language, text: str, source: str, content: str) -> None:
    # the framing is what was said, up to the closing quotation mark the parser hangs on the verb
    _relation(nlp, text, "described", source, content)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # verbs dropped from the lexicon: mostly not attributions in news copy
        ("The treasurer spoke on Monday at the county fair in Ames.", "spoke"),
        ("The former governor will challenge the incumbent for the nomination next year.", "challenge"),
        ("The bank advises big companies on mergers and acquisitions.", "advises"),
        ("Mr. Lee, a banker who has advised the governor, left in May.", "advised"),
        ("Voters in the state will decide whether the levy passes.", "decide"),
    ],
)
def test_sources_dropped_lexicon_verbs_are_no_cue(nlp: Language, text: str, word: str) -> None:
    found = _sources(nlp, text)
    assert not [a for a in found if a.cue.split()[0] == word], [a.cue for a in found]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Dock Strike Will Spread To Southern Ports, Board Of Trade Warns.\n\nThe board met on Monday.",
            "Board Of Trade",
            "warn",
            "Dock Strike Will Spread To Southern Ports",
        ),
        (
            "Toll roads his answer to the budget gap, Kerry hints;\nThe plan is due in May.",
            "Kerry",
            "hint",
            "Toll roads his answer to the budget gap",
        ),
    ],
)
def test_sources_headline_speaker_last(nlp: Language, text: str, source: str, cue: str, content: str) -> None:
    found = _by_cue(_sources(nlp, text), cue)
    assert found.source_span is not None and found.source_span.text == source
    assert found.content_span is not None and found.content_span.text == content


def test_sources_according_to_source_modifier(nlp: Language) -> None:
    text = (
        "Turnout fell sharply in the north, according to three officials who spoke to the paper but were not "
        "authorized to speak publicly."
    )
    found = _by_cue(_sources(nlp, text), "according to")
    assert found.content_span is not None and found.content_span.text == "Turnout fell sharply in the north"
    assert found.source_span is not None
    assert found.source_span.text == "three officials who spoke to the paper but were not authorized to speak publicly"


def test_sources_according_to_agent(nlp: Language) -> None:
    text = "The bridge failed its last inspection, according to a report released by the state auditor."
    found = _by_cue(_sources(nlp, text), "according to")
    assert found.source_span is not None and found.source_span.text == "the state auditor"
    assert found.content_span is not None and found.content_span.text == "The bridge failed its last inspection"


def test_sources_possessive_of_nominal_cue_kept_when_it_disagrees(nlp: Language) -> None:
    text = "We are puzzled over his support for a higher gasoline tax."
    found = _by_cue(_sources(nlp, text), "support for")
    assert found.source_span is not None and found.source_span.text == "his"


def test_sources_participle_on_a_carrier_in_a_phrase(nlp: Language) -> None:
    text = "The union answered on Monday in a long statement warning that the strike would go ahead."
    found = _by_cue(_sources(nlp, text), "warning")
    assert found.source_span is not None and found.source_span.text == "The union"
    assert found.content_span is not None and found.content_span.text == "that the strike would go ahead"
