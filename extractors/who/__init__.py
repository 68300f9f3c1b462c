"""Who: one Actor per real-world person, organisation, place or group.

The steps, each a module of this package working on one ``WhoState`` (state.py):

1. ``mentions``: mentions from spaCy's entities, resolved against the country gazetteer
   (countries, capitals, demonyms, "the North"), groups and institutions named by a country,
   acronyms the NER missed; ``persons``: persons clustered by name parts. Page furniture
   (``extractors.boilerplate``) gives no mention.
2. ``organisations``: one actor per organisation and per name (core names and spellings: "Warner
   Bros."/"Warner Bros", "Amazon.com", "Department of Justice"/"Justice Department"; acronyms of any
   type, parenthesised short forms, names with or without their country or parent body, newsroom
   aliases, a generic word standing for the one body that holds it, a demonym standing alone for the
   company opening on it: "at American"); ``identities``: other names introduced in the text ("Paul
   Hewson (Bono)", "known as Queen of the Sky"), a nation named by its demonym, one country's group
   under synonyms; ``branches``: a body named with and without its branch's country ("Age Concern
   England" / "Age Concern"); ``divided``: a divided state's bare name for the one half named
   ("Viet-Nam" / "South Viet-Nam" in 1963); ``listings``: a company's ticker ("Boeing (NYSE:BA)");
   ``couples``: two persons the NER ran into one name ("Petrov and Juninho"); ``handles`` (once persons
   are clustered): a social-media handle is the actor whose name it spells ("@realDonaldTrump");
   ``partplaces`` (once the types are final): a place named in full and in part ("the Rhine River" /
   "the Rhine", "Duisburg Inner Harbor" / "Inner Harbor", "a united Germany" / "Germany");
   ``filters``: types settled, non-actors dropped
   (events, laws, awards, capitalised common nouns, platforms as media; after titles, places
   named only as a scene).
3. ``titles``: titles and affiliation of persons.
4. ``salience``: weights from roles and position; ``retype_late``: types settled last (parties, companies by
   their legal suffix or their kind, places that play as teams); the Actor records sorted by salience.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from extractors.types import Actor
from extractors.who.branches import merge_country_branches
from extractors.who.couples import split_person_couples
from extractors.who.divided import merge_divided_states
from extractors.who.filters import drop_scenes, retype_described_bodies, settle
from extractors.who.firms import merge_firm_short_forms
from extractors.who.groups import people_groups
from extractors.who.handles import merge_handles
from extractors.who.identities import merge_identities
from extractors.who.listings import merge_listings
from extractors.who.mentions import collect
from extractors.who.organisations import mention_descriptions, merge_acronyms, merge_aliases, merge_names
from extractors.who.partplaces import merge_place_parts
from extractors.who.persons import (
    adopt_full_names,
    merge_early_short_forms,
    merge_given_name_forms,
    merge_long_name_forms,
    merge_misspelt_surnames,
    merge_spellings,
)
from extractors.who.retype import (
    retype_bare_names,
    retype_bare_places,
    retype_named_bodies,
    retype_named_persons,
    retype_placed_names,
)
from extractors.who.retype_late import retype_kinds
from extractors.who.rolenames import name_role_speakers
from extractors.who.salience import acting_government, actors, roles
from extractors.who.shortnames import merge_trimmed_names
from extractors.who.state import WhoState
from extractors.who.titles import titles

VERSION = 73


def extract_who(
    doc: Doc, *, reference: date | None = None, title: str | None = None, text: str | None = None
) -> list[Actor]:
    """Actors of the article, most salient first; the title, when the client sends one, weighs
    for the actors it names. ``text`` is the article as sent (``doc.text``), if the caller has it."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    st = WhoState.of(doc, title, text, reference)
    collect(st)
    merge_names(st)
    merge_firm_short_forms(st)  # "Goldman" beside "Goldman, Sachs & Co."
    merge_acronyms(st)
    merge_aliases(st)
    merge_trimmed_names(st)  # "T. Rowe Price" for T. Rowe Price Associates Inc.
    merge_identities(st)
    merge_country_branches(st)
    merge_divided_states(st)
    merge_listings(st)
    split_person_couples(st)
    settle(st)
    adopt_full_names(st)
    retype_bare_places(st)  # persons before their titles are read: "Singer X"
    retype_named_persons(st)
    titles(st)
    retype_described_bodies(st)
    drop_scenes(st)
    merge_early_short_forms(st)
    merge_spellings(st)
    merge_given_name_forms(st)
    merge_long_name_forms(st)
    merge_misspelt_surnames(st)
    merge_handles(st)  # "@realDonaldTrump" beside Donald Trump
    retype_bare_names(st)
    retype_named_bodies(st)
    retype_placed_names(st)
    merge_place_parts(st)  # the types settled: "Rhine" a place beside "the Rhine River"
    name_role_speakers(st)  # "THE PRESIDENT." under "... (Ann Lee, 2001-05-04)": Ann Lee
    mention_descriptions(st)
    roles(st)
    acting_government(st)
    people_groups(st)
    retype_kinds(st)  # parties, companies, teams: types settled on what the article does with them
    return actors(st)
