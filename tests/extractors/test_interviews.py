"""interviews: an interview's opening told from the guest's side, "X, <role>, talks to <outlet> about <topic>"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.guests import title_billing
from extractors.headline import make_headline
from extractors.kinds import article_kind
from extractors.sources import extract_sources
from extractors.what import extract_what
from extractors.who import extract_who
from tests.extractors.helpers import headline_of

_TURNS = (
    "Harbour Times: When did you start?\n\n"
    "Omar Velde: In a small shed, twenty years ago. Boats were cheap then.\n\n"
    "Harbour Times: And now?\n\n"
    "Omar Velde: Now we build forty boats a year.\n\n"
    "Harbour Times: Thank you.\n\n"
    "Omar Velde: Thank you."
)


@pytest.mark.parametrize(
    ("opening", "headline"),
    [
        # "X interviewed Y about Z": the guest first, the outlet after "talks to", the topic kept
        (
            "The Harbour Times interviewed Omar Velde, owner of a boatyard in Bergen, about wooden sailing boats.",
            "Omar Velde, owner of a boatyard in Bergen, talks to The Harbour Times about wooden sailing boats.",
        ),
        # a description with a named apposition: the name leads, the description is the role
        (
            "The Harbour Times interviewed the yard's founder, Omar Velde.",
            "Omar Velde, the yard's founder, talks to The Harbour Times.",
        ),
        # a passive opening; a pronoun guest by its name
        (
            "Omar Velde builds boats in Bergen. He was interviewed by the Harbour Times.",
            "Omar Velde talks to the Harbour Times.",
        ),
    ],
)
def test_interviews_opening_told_from_the_guests_side(nlp: Language, opening: str, headline: str) -> None:
    text = f"{opening}\n\n{_TURNS}"
    assert article_kind(nlp(text)).name == "interview"
    assert headline_of(nlp, text) == headline


def test_interviews_a_date_is_no_topic(nlp: Language) -> None:
    text = f"On Monday, the Harbour Times spoke with Omar Velde on Tuesday.\n\n{_TURNS}"
    headline = headline_of(nlp, text)
    assert headline is not None and headline.startswith("Omar Velde talks to") and "Tuesday" not in headline


def test_interviews_speaking_to_someone_is_no_interview_of_them(nlp: Language) -> None:
    # without speakers' turns, "X spoke to Y" says nothing of who answers: never "Y talks to X"
    text = "The mayor of Bergen spoke to fishermen about the new harbour fees on Monday. The fees rise in May."
    headline = headline_of(nlp, text)
    assert headline is not None and not headline.startswith("Fishermen")


def test_interviews_a_kind_of_person_is_no_topic(nlp: Language) -> None:
    # the noun most named is the people talked of ("the mayor"), not what the interview is about
    text = (
        "Harbour Times: Have you met the mayor?\n\n"
        "Omar Velde: I met the mayor twice. The mayor likes boats.\n\n"
        "Harbour Times: Will the mayor help the yard?\n\n"
        "Omar Velde: The mayor promised a new slipway.\n\n"
        "Harbour Times: Thank you.\n\n"
        "Omar Velde: Thank you."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and headline.startswith("Omar Velde") and "about" not in headline


_QA = (
    "Q: When did you start writing?\n\n"
    "A: At fourteen, after my parents left Ohio. I wrote every night.\n\n"
    "Q: Did anyone help you?\n\n"
    "A: No one did. My aunt took me in later.\n\n"
    "Q: What do you tell young writers?\n\n"
    "A: Keep a notebook. Write what scares you."
)


def test_interviews_a_qa_is_an_interview_of_the_guest_its_opening_introduces(nlp: Language) -> None:
    # "Q:" / "A:" name no speaker: no news conference held by "A", the guest is who the opening introduces
    text = f"Actress Lena Morrow has written a memoir about her childhood. Her answers were edited.\n\n{_QA}"
    assert article_kind(nlp(text)).name == "interview"
    assert headline_of(nlp, text) == "Actress Lena Morrow talks in an interview."


def test_interviews_the_opening_states_the_topic(nlp: Language) -> None:
    opening = (
        "The Harbour Times interviewed Omar Velde, owner of a boatyard in Bergen. "
        "In the interview, Velde explains why he still builds wooden boats."
    )
    assert headline_of(nlp, f"{opening}\n\n{_TURNS}") == (
        "Omar Velde, owner of a boatyard in Bergen, talks to The Harbour Times about why he still builds wooden boats."
    )


def test_interviews_the_title_bills_the_guest(nlp: Language) -> None:
    # the title's role and topic over the text's; without one, "talks in an interview", never "X talks."
    doc = nlp(_TURNS)
    who = extract_who(doc)
    sources = extract_sources(doc, who=who)
    what = extract_what(doc, who=who, sources=sources)
    title = "Interview with boatbuilder Omar Velde on the future of wooden boats"
    assert make_headline(doc, what=what, who=who, sources=sources, title=title) == (
        "Boatbuilder Omar Velde talks to Harbour Times about the future of wooden boats."
    )


@pytest.mark.parametrize(
    ("title", "role", "before", "topic"),
    [
        ("Harbour Times interviews Omar Velde, owner of the Bergen yard", "owner of the Bergen yard", False, None),
        ("Omar Velde, boatyard owner interviewed by Harbour Times", "boatyard owner", False, None),
        ("Interview with boatbuilder Omar Velde", "boatbuilder", True, None),
        ("Q&A with Mayor Omar Velde", "Mayor", True, None),
        ("Omar Velde: An interview with the 'Boat King'", "the 'Boat King'", False, None),
        ("Harbour Times interviews Omar Velde of Velde Yachts", "of Velde Yachts", False, None),
        ("Harbour Times interviews Omar Velde on wooden sailing boats", None, False, "wooden sailing boats"),
        ("Harbour Times interviews Omar Velde on new harbour crane", None, False, "the new harbour crane"),
        ("Interview with Ómar Véldé", None, False, None),  # found though written with accents
        # no cue: the words before the name are the title's news, not a role; a date is no topic
        ("Boat prices rise for builder Omar Velde", None, False, None),
        ("Harbour Times interviews Omar Velde on Monday", None, False, None),
    ],
)
def test_interviews_title_billing(title: str, role: str | None, before: bool, topic: str | None) -> None:
    billing = title_billing(title, ["Omar Velde"])
    assert (billing.role, billing.before, billing.topic) == (role, before, topic)
    assert billing.name is not None


def test_interviews_a_title_without_the_guest_gives_a_topic_only() -> None:
    billing = title_billing("Harbour Times interviews boatyard owner on wooden boats", ["Omar Velde"])
    assert (billing.name, billing.role, billing.topic) == (None, None, "wooden boats")
    assert title_billing("Boat prices rise in Bergen", ["Omar Velde"]).topic is None


def test_interviews_a_list_under_labels_is_no_interview(nlp: Language) -> None:
    # labels each used once, or a tally with no words, do not go back and forth: news
    text = (
        "Party officials named their picks on Monday.\n\n"
        "Avonshire: Omar Velde, the harbour master, and two farmers.\n\n"
        "Bellcombe: Lena Morrow and the town's baker.\n\n"
        "Corrin: Three teachers from the north.\n\n"
        "Deeford: Nobody has been named yet.\n\n"
        "Velde: 1,204.\n\nMorrow: 988.\n\nVelde: 310.\n\nMorrow: 97."
    )
    assert article_kind(nlp(text)).name == "news"


def test_interviews_an_opening_without_turns_is_news(nlp: Language) -> None:
    text = "The mayor spoke to reporters about the harbour fees on Monday. The fees will rise in May, she said."
    assert article_kind(nlp(text)).name == "news"


def test_interviews_paragraphs_opening_on_an_abbreviation_are_no_turns(nlp: Language) -> None:
    text = (
        "LAGOS, Nigeria (AP) _\n\n"
        "U.S. Health Secretary Ann Ward on Monday led a team of doctors to Lagos to help victims of the floods.\n\n"
        "``We want to help,'' Ward said at a news conference.\n\n"
        "The U.S. team includes surgeons and a psychiatrist who worked in Texas after the storms.\n\n"
        "U.S. officials said the team would leave for Abuja on Thursday.\n\n"
        "The U.S. government has already given $3 million in aid."
    )
    kind = article_kind(nlp(text))
    assert kind.name == "news" and not kind.turns
