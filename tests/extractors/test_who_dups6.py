"""who: one actor per real-world entity, eighth round (issue 10): an acronym that leaves out the legal suffix
or the country of the name it stands for. Hand-written sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import holders_of, who_of


def test_an_acronym_without_the_legal_suffix_is_the_company(nlp: Language) -> None:
    text = (
        "Meanwhile, net at the finance arm, Northern Motors Acceptance Corp., fell 3.1%. By contrast, Digital Record "
        "Services Corp., the data processing subsidiary, boosted net 16%. At DRS, third-quarter profit jumped 16% "
        "to a record $110.9 million. In the nine months, DRS earned $315.8 million. NMAC said its loans fell."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "DRS")] == ["Digital Record Services Corp."]
    assert [a.name for a in holders_of(actors, "NMAC")] == ["Northern Motors Acceptance Corp."]


def test_an_acronym_without_the_country_is_the_agency(nlp: Language) -> None:
    text = (
        "The U.S. Agricultural Research and Marketing Service made a reasonable decision Wednesday in ruling that "
        "the farm should be closed. Jane Doe, the ARMS commissioner, made it clear that the service had followed "
        "established policy. The ARMS decided that under its policies the farm failed the test. ARMS officials "
        "declined to comment."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "ARMS")] == ["U.S. Agricultural Research and Marketing Service"]
