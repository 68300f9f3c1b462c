"""what v45: a generic group's words name its body (extractors/bodies.py). Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import actors_of


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # officials whose premodifier is a word of one organisation's name are that organisation
        (
            "Federal aviation officials said on Monday they will ground the Zentra jets. "
            "Paul Kerr, a spokesman for the Aviation Safety Bureau, said the order was final. "
            "The officials met airline chiefs.",
            "ground",
            "Aviation Safety Bureau",
        ),
        # a group led by an organisation is that organisation
        (
            "A group of investors led by Brantley Holdings Inc. said it bought 40% of Corvan Foods Ltd. "
            "Brantley Holdings has interests in shipping.",
            "buy",
            "Brantley Holdings Inc.",
        ),
        # a description of a named body is written as its name, without "A new"
        (
            "A new Harwick County task force opened an inquiry into the fires on Monday. "
            "Detectives said the fires were started deliberately.",
            "open",
            "Harwick County task force",
        ),
        # an indefinite body's kind before a proper modifier: the article is not the name's
        (
            "A Lorvania County tribunal ruled on Monday that the mine must close. Miners said they would appeal.",
            "rule",
            "Lorvania County tribunal",
        ),
        # what v68: authorities whose premodifier is a word of one organisation's name are that organisation
        (
            "The ferry must leave the harbour by Friday, customs authorities ruled on Tuesday. "
            "The Customs Enforcement Directorate said the owners had been warned.",
            "rule",
            "Customs Enforcement Directorate",
        ),
        # what v68: a kind of body with a noun modifier, both words of one organisation's name
        (
            "The miners will stay in the valley after a federal appeals court on Monday refused to hear the case. "
            "Lawyers said they would ask the full 9th Circuit Court of Appeals for a rehearing.",
            "refuse",
            "9th Circuit Court of Appeals",
        ),
        # what v68: agents of a body named before them are the body
        (
            "Velmont Bureau agents searched the warehouse on Monday. The Velmont Bureau said two men were held.",
            "search",
            "Velmont Bureau",
        ),
        # what v68: a body named before the kind of work its people do ("the Corvax debate moderators")
        (
            "The Corvax Network debate moderators did not ask the senator about the loans. "
            "Corvax Network said the questions were chosen in advance.",
            "ask",
            "Corvax Network",
        ),
    ],
)
def test_named_bodies(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actor in actors_of(nlp, text, action)


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # several modifiers coordinated: no one body
        (
            "State, county and local health officials warned on Monday that the virus was spreading. "
            "Ann Berg of the Health Protection Agency said tests were under way.",
            "warn",
            "Health Protection Agency",
        ),
    ],
)
def test_no_named_body(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actor not in actors_of(nlp, text, action)
