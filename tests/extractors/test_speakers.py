"""Speakers of interviews and news-conference transcripts: a role label ("THE PRESIDENT.") is an
actor, and "I" in a speaker's turn is that speaker, for who's ranking and what's actors."""

from __future__ import annotations

from spacy.language import Language

from extractors.headline import make_headline
from extractors.sources import extract_sources
from extractors.what import extract_what
from extractors.who import extract_who

TRANSCRIPT = """TAX REFORM

THE PRESIDENT. Good morning. I have signed the budget bill this morning, and I have asked the Senate to pass the
farm bill before the recess.

The bill cuts taxes for families. Canada and Mexico have welcomed it, and Canada has promised to lower its tariffs.

Q. Mr. President, will you veto the water bill?

THE PRESIDENT. I will veto it if it reaches my desk. I think Canada and Mexico will agree.

Q. Mr. President, what about Canada?

THE PRESIDENT. I spoke with the Prime Minister of Canada yesterday.

Q. Thank you, Mr. President.
"""

INTERVIEW = """Wikinews interviewed Anna Berg, the founder of Bookshare, about the project.

Wikinews: How did Bookshare start?
Anna Berg: I started Bookshare in 2004 because I wanted free audiobooks for everyone.
Wikinews: How many volunteers do you have?
Anna Berg: About 3,000 volunteers. I recruited the first fifty myself.
Wikinews: What comes next?
Anna Berg: A mobile app next year.
"""


def test_a_transcripts_role_speaker_is_its_main_actor(nlp: Language) -> None:
    who = extract_who(nlp(TRANSCRIPT))
    assert who[0].name == "The President"
    assert who[0].type == "person"
    assert all(m.end - m.start == len("THE PRESIDENT") for m in who[0].mentions)


def test_a_role_word_alone_is_still_no_actor_in_news(nlp: Language) -> None:
    text = "President: the word appears as a label. The President of the club resigned on Monday, the club said."
    assert all(a.name not in ("President", "The President") for a in extract_who(nlp(text)))


def test_i_in_a_transcript_turn_is_the_speaker(nlp: Language) -> None:
    doc = nlp(TRANSCRIPT)
    who = extract_who(doc)
    events = extract_what(doc, who=who, sources=extract_sources(doc, who=who))
    acts = {(e.actor, e.action) for e in events}
    assert ("The President", "sign") in acts
    assert ("The President", "veto") in acts  # a later turn
    assert all(e.actor != "I" for e in events)


def test_i_in_an_interview_answer_is_the_interviewee(nlp: Language) -> None:
    doc = nlp(INTERVIEW)
    who = extract_who(doc)
    events = extract_what(doc, who=who, sources=extract_sources(doc, who=who))
    assert ("Anna Berg", "start") in {(e.actor, e.action) for e in events}


def test_a_transcript_headline_takes_no_role_speaker_for_a_name_in_its_topic(nlp: Language) -> None:
    text = TRANSCRIPT.replace("TAX REFORM", "THE PRESIDENT'S TRIP TO CANADA")
    doc = nlp(text)
    who = extract_who(doc)
    sources = extract_sources(doc, who=who)
    headline = make_headline(doc, what=extract_what(doc, who=who, sources=sources), who=who, sources=sources)
    assert headline is not None and headline.startswith("The President holds a news conference on the ")
