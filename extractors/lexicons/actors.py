"""Lexicons for `who` and `what`: title words, group nouns, hedges, and the country gazetteer.

Reporting verbs, accusation verbs and news agencies are defined once, in ``lexicons.attribution``.

Country names, ISO alternative spellings, capitals and demonyms come from two well-kept, MIT/LGPL
libraries rather than hand tables: pycountry (ISO 3166 names) and countryinfo (capitals, demonyms,
alternative spellings, population). The few hand lists here are newsroom usage the libraries lack
(AP Stylebook abbreviations such as "U.S.", historic names such as "Burma").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

# Head nouns of a title or role, as written before or after a person's name ("defense minister
# Shin", "Putin, the president of Russia"). Compiled from the AP Stylebook's titles entry and the
# PropBank/NomBank role nouns most frequent in news; lower-case lemmas.
TITLE_HEADS: frozenset[str] = frozenset(
    [
        "president",
        "vice-president",
        "premier",
        "minister",
        "secretary",
        "chancellor",
        "treasurer",
        "leader",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "lawmaker",
        "legislator",
        "mayor",
        "ambassador",
        "envoy",
        "diplomat",
        "general",
        "admiral",
        "commander",
        "colonel",
        "lieutenant",
        "captain",
        "sergeant",
        "major",
        "marshal",
        "chief",
        "director",
        "head",
        "ceo",
        "cfo",
        "coo",
        "executive",
        "founder",
        "co-founder",
        "owner",
        "manager",
        "officer",
        "official",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "sultan",
        "emir",
        "sheikh",
        "pope",
        "cardinal",
        "bishop",
        "archbishop",
        "rabbi",
        "imam",
        "cleric",
        "judge",
        "justice",
        "prosecutor",
        "attorney",
        "lawyer",
        "counsel",
        "commissioner",
        "constable",  # British police ranks: "Assistant Chief Constable"
        "inspector",
        "superintendent",
        "sheriff",
        "professor",
        "researcher",
        "scientist",
        "economist",
        "analyst",
        "expert",
        "adviser",
        "advisor",
        "aide",
        "strategist",
        "consultant",
        "editor",
        "correspondent",
        "reporter",
        "journalist",
        "columnist",
        "anchor",
        "author",
        "writer",
        "coach",
        "player",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "captain",
        "manager",
        "owner",
        "athlete",
        "candidate",
        "nominee",
        "incumbent",
        "speaker",
        "whip",
        "delegate",
        "deputy",
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "mp",
        "mep",
        "minister-president",
        "prime-minister",
        "dictator",
        "ruler",
        "monarch",
        "regent",
        "spokesperson",
        "founder",
        "partner",
        "president-elect",
        "boss",
        "heir",
        "negotiator",
    ]
)

# Offices of a nation's leader: "the Cuban leader" is the one person of the article holding one ("President Fidel
# Castro ... The Cuban leader said"), whatever person was named last. Lower case, as held.
NATION_LEADER_OFFICES: frozenset[str] = frozenset(
    ["president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "dictator", "supreme leader"]
)

# Titles of state office: a holder's country may be read from the story's context when the title
# phrase names none ("Finance Minister Antonio Palocci" in a story about Brazil).
STATE_TITLES: frozenset[str] = frozenset(
    [
        "president",
        "vice-president",
        "premier",
        "minister",
        "secretary",
        "chancellor",
        "treasurer",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "monarch",
        "dictator",
        "ruler",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "president-elect",
        "mp",
    ]
)

# Occupational roles that news puts before a name like a title ("pop star Christina Aguilera",
# "guitarist Brian May"); the occupations most frequent before PERSON names in news text.
ROLE_HEADS: frozenset[str] = frozenset(
    [
        "star",
        "singer",
        "musician",
        "actor",
        "actress",
        "artist",
        "rapper",
        "guitarist",
        "drummer",
        "bassist",
        "composer",
        "driver",
        "sprinter",
        "runner",
        "swimmer",
        "cyclist",
        "jockey",
        "batsman",
        "bowler",
        "boxer",
        "golfer",
        "footballer",
        "cricketer",
        "chef",
        "designer",
        "producer",
        "filmmaker",
        "novelist",
        "poet",
        "comedian",
        "presenter",
        "host",
        "broadcaster",
        "entrepreneur",
        "investor",
        "businessman",
        "businesswoman",
        "activist",
        "campaigner",
        "soldier",
        "pilot",
        "doctor",
        "surgeon",
        "nurse",
        "teacher",
        "engineer",
        "banker",
        "trader",
        "photographer",
        "student",
        "model",
        "supermodel",
        "champion",
        "tycoon",
        "magnate",
        "mogul",
        "economist",
        "historian",
        "physicist",
        "biologist",
        "chemist",
        "astronaut",
        "inventor",
        "architect",
        "lawyer",
        "barrister",
        "solicitor",
        # team-sport positions and sporting roles: "Steelers quarterback Ben Roethlisberger",
        # "Ninth seed David Nalbandian", "Home favourite Lleyton Hewitt" (common news usage)
        "quarterback",
        "fielder",
        "outfielder",
        "infielder",
        "pitcher",
        "catcher",
        "receiver",
        "linebacker",
        "goalkeeper",
        "goalie",
        "defender",
        "midfielder",
        "winger",
        "seed",
        "favourite",
        "favorite",
        # representatives and professions named before a name: "Aguilera's agent Meghan Prophet"
        "agent",
        "publicist",
        "analyst",
        "strategist",
        "researcher",
        "scientist",
        "journalist",
        "reporter",
        "correspondent",
        "editor",
        "columnist",
    ]
)

# Playing positions that news puts before a player's name like a title ("France centre Damien
# Traille", "Bourgoin lock Pascal Pape", "number eight Imanol Harinordoquy", "Steelers guard X"):
# rugby union and league, association football, basketball and American football, from the
# positions' names in the Laws of each game as newspapers write them. One row per position, its
# words lower case (a hyphen written as a space: "scrum half" is read from "scrum-half" too) and an
# example. Kept apart from ROLE_HEADS: several are common nouns ("the lock", "the wing") that
# coreference must not take for a person; they are titles only before or beside a name.
SPORT_POSITIONS: tuple[tuple[str, str], ...] = (
    ("centre", "France centre Damien Traille"),
    ("center", "Knicks center Patrick Ewing"),
    ("lock", "Bourgoin lock Pascal Pape"),
    ("prop", "England prop Phil Vickery"),
    ("hooker", "France hooker Sebastien Bruno"),
    ("flanker", "Ireland flanker Keith Gleeson"),
    ("wing", "England wing Josh Lewsey"),
    ("winger", "Chelsea winger Arjen Robben"),
    ("scrum half", "England scrum-half Matt Dawson"),
    ("fly half", "fly-half Charlie Hodgson"),
    ("outside half", "Wales outside-half Stephen Jones"),
    ("stand off", "stand-off Jonny Wilkinson"),
    ("full back", "full-back Pepito Elhorga"),
    ("fullback", "fullback Josh Lewsey"),
    ("number eight", "number eight Imanol Harinordoquy"),
    ("number 8", "number 8 Imanol Harinordoquy"),
    ("back row", "back-row Simon Taylor"),
    ("forward", "forward Trahson Burrell"),
    ("guard", "guard Marquis Teague"),
    ("striker", "Arsenal striker Thierry Henry"),
    ("midfielder", "midfielder Aaron Mokoena"),
    ("defender", "Chelsea defender John Terry"),
    ("centre back", "centre-back Rio Ferdinand"),
    ("left back", "left-back Ashley Cole"),
    ("right back", "right-back Gary Neville"),
    ("wing back", "wing-back Roberto Carlos"),
    ("goalkeeper", "goalkeeper Petr Cech"),
    ("keeper", "keeper Roy Carroll"),
    ("skipper", "England skipper Martin Johnson"),
    ("playmaker", "playmaker Juan Roman Riquelme"),
    ("substitute", "Malcolm, a substitute on the day,"),
    ("rookie", "the rookie JuJu Smith-Schuster"),
    ("backup", "the backup Landry Jones"),
    ("point guard", "point guard Jeff Teague"),
    ("tight end", "tight end Heath Miller"),
    ("running back", "running back Le'Veon Bell"),
    ("wide receiver", "wide receiver Antonio Brown"),
)
# The one-word positions, read as title heads beside a name.
POSITION_WORDS: frozenset[str] = frozenset(words for words, _ in SPORT_POSITIONS if " " not in words)
# The positions of two words, as word pairs ("scrum", "half"); the head is the last word.
POSITION_PHRASES: frozenset[tuple[str, str]] = frozenset(
    (words.split()[0], words.split()[1]) for words, _ in SPORT_POSITIONS if " " in words
)

# Words that belong to a title when they precede its head ("prime minister", "chief executive",
# "defense minister"): any lower-case noun or adjective may, but these are the ones that are not
# nouns in spaCy's tagging and still belong ("vice", "deputy", "foreign").
TITLE_INNER: frozenset[str] = frozenset(
    [
        "vice",
        "deputy",
        "assistant",
        "associate",
        "acting",
        "interim",
        "chief",
        "senior",
        "junior",
        "foreign",
        "prime",
        "general",
        "attorney",
        "first",
        "second",
        "executive",
        "managing",
        "supreme",
        "high",
        "special",
        "top",
        "lead",
        "principal",
        "state",
        "federal",
        "national",
        # field positions: "left fielder", "centre back"
        "left",
        "right",
        "centre",
        "center",
    ]
)

# Ranks that make a title another office than its head alone: a "deputy mayor" is not "the mayor",
# a "vice-president" not "the president" (a bare title never links to a bearer of such a title).
SUBORDINATE_RANKS: frozenset[str] = frozenset(
    ["vice", "deputy", "assistant", "associate", "junior", "shadow", "under", "sub", "co", "former", "ex", "ex-"]
)

# Time-scoped qualifiers kept with a title ("former president"): the contract.
TIME_QUALIFIERS: frozenset[str] = frozenset(
    [
        "former",
        "acting",
        "interim",
        "then",
        "then-",
        "outgoing",
        "incoming",
        "late",
        "newly",
        "appointed",
        "elected",
        "designate",
        "elect",
        "ex",
        "ex-",
        "retired",
    ]
)

# Adjectives that characterise a person without being a title ("conservative Yoon Suk Yeol").
NOT_TITLES: frozenset[str] = frozenset(
    [
        "conservative",
        "liberal",
        "progressive",
        "moderate",
        "populist",
        "nationalist",
        "socialist",
        "communist",
        "hardline",
        "hard-line",
        "veteran",
        "young",
        "old",
        "elderly",
        "famous",
        "popular",
        "embattled",
        "beleaguered",
        "controversial",
        "outspoken",
        "wealthy",
        "billionaire",
        # praise is no title: "a renowned astrophysicist" -> "astrophysicist"
        *("renowned", "legendary", "mercurial", "prominent", "eminent", "acclaimed", "celebrated", "respected"),
        *("noted", "influential", "distinguished", "charismatic", "flamboyant", "notorious"),
        # the present office is the title itself: "current chief operating officer" -> "chief operating officer"
        "current",
        "incumbent",
    ]
)

# Endings of English agent nouns (-er, -or, -ist, -ian ...): a common noun in apposition to a
# name is a role when it ends so ("Nick Ross, top tester at PC Pro"); from English derivational
# morphology of agent nouns.
AGENT_SUFFIXES: tuple[str, ...] = (
    "er",
    "or",
    "ist",
    "ian",
    "ant",
    "ent",
    "man",
    "woman",
    "person",
    "ee",
    "ive",
    "ary",
    "ess",
    "crat",
    "at",
)

# The endings of AGENT_SUFFIXES that name a person almost only ("jeweller", "co-ordinator",
# "biochemist", "comedian", "frontman", "referee"), not those that end many things too ("statement",
# "address", "thoroughness", "giant"): a lower-case noun right before a name, or before a comma and
# a name, is a role by these alone.
PERSON_SUFFIXES: tuple[str, ...] = ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "eer")

# Honorifics that may open a PERSON entity; they are titles of courtesy, not names.
HONORIFICS: frozenset[str] = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "madam"]
)

# Honorifics that tell a person's gender, for he/she agreement ("Ms Clinton" is not "he").
# Words of kin right before a name make it a person's ("her sister Jane Roe", "his wife Ann Lee"):
# no body is anybody's sister. Lower case.
KIN_NOUNS: frozenset[str] = frozenset(
    [
        *("sister", "brother", "wife", "husband", "daughter", "son", "mother", "father", "cousin", "uncle"),
        *("aunt", "niece", "nephew", "grandson", "granddaughter", "grandmother", "grandfather", "widow"),
        *("widower", "fiancee", "fiancée", "fiance", "fiancé", "girlfriend", "boyfriend", "stepson", "stepdaughter"),
    ]
)
MALE_HONORIFICS: frozenset[str] = frozenset(["mr", "mr.", "sir", "lord"])
FEMALE_HONORIFICS: frozenset[str] = frozenset(["mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam"])

# Words news uses for a title in a description of its bearer (what v63, issue 10): "Rep. Peter Welch ... The Vermont
# congressman voted" is the representative, "the lawmaker" a representative or a senator (`Coref._bears`). The
# description's head word, then the titles `who` may give its bearer. Lower-case.
TITLE_EQUIVALENTS: dict[str, frozenset[str]] = {
    "congressman": frozenset({"representative"}),
    "congresswoman": frozenset({"representative"}),
    "lawmaker": frozenset({"representative", "senator", "congressman", "congresswoman", "legislator"}),
    "legislator": frozenset({"representative", "senator", "congressman", "congresswoman"}),
}

# Abbreviated titles before names (AP Stylebook), mapped to the title they stand for.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "gov.": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "sgt.": "sergeant",
    "capt.": "captain",
    "adm.": "admiral",
    "prof.": "professor",
    "pres.": "president",
    "supt.": "superintendent",
    "atty.": "attorney",
}

# Plural (or mass) nouns for groups of people that act and speak in news ("South Korean officials"):
# an actor of type group when a country or organisation modifies them, or when they act in the
# story's important places (who/groups.py: "Protesters blocked the road").
GROUP_HEADS: frozenset[str] = frozenset(
    [
        "official",
        "officials",
        "authorities",
        "experts",
        "analysts",
        "lawmakers",
        "legislators",
        "diplomats",
        "leaders",
        "militaries",
        "troops",
        "soldiers",
        "forces",
        "rebels",
        "militants",
        "fighters",
        "insurgents",
        "protesters",
        "demonstrators",
        "residents",
        "citizens",
        "voters",
        "workers",
        "employees",
        "investigators",
        "prosecutors",
        "officers",
        "police",
        "scientists",
        "researchers",
        "doctors",
        "activists",
        "students",
        "critics",
        "supporters",
        "opponents",
        "negotiators",
        "sources",
        "people",
        "ministers",
        "politicians",
        "envoys",
    ]
)

# Plural nouns of people a story names by what they do, own or are, who act as one ("Parents are
# angry", "PS4 owners can sign up", "Ontario corn growers complained", "Labour MPs backed him"): a
# group actor only when they act in the story's important places (who/groups.py), not whenever a
# country modifies them (GROUP_HEADS). Not "players" ("digital music players"). Plural, lower case.
PEOPLE_HEADS: frozenset[str] = frozenset(
    [
        *("parents", "families", "fans", "gamers", "users", "owners", "consumers", "customers"),
        *("shoppers", "buyers", "investors", "traders", "bankers", "economists", "farmers", "growers"),
        *("producers", "exporters", "importers", "delegates", "hackers", "mps", "teachers", "nurses"),
        *("patients", "passengers", "travellers", "tourists", "pilots", "drivers", "staff", "organisers"),
        *("organizers", "campaigners", "lawyers", "bosses", "executives", "shareholders", "creditors"),
        *("borrowers", "homeowners", "landlords", "tenants", "viewers", "listeners", "readers", "subscribers"),
        *("developers", "engineers", "astronauts", "firefighters", "paramedics", "rescuers", "witnesses"),
        *("eyewitnesses", "survivors", "refugees", "migrants", "immigrants", "pensioners", "retirees"),
        *("applicants", "bloggers", "podcasters", "celebrities", "athletes", "villagers", "fishermen"),
        *("miners", "backbenchers", "councillors", "senators", "congressmen", "rabbis", "clerics", "priests"),
        *("inspectors", "detectives", "guards", "rioters", "looters", "gunmen", "attackers", "kidnappers"),
        *("terrorists", "extremists", "protestors", "volunteers", "regulators", "councils", "judges"),
    ]
)

# Roles a company's name premodifies without a determiner ("American CEO Doug Parker", "British spokeswoman
# Ann Lee" in a story about American Airlines, British Airways): a demonym before one is the company that
# opens on it, when the article names exactly one. Lower case.
COMPANY_ROLES: frozenset[str] = frozenset(
    ["ceo", "cfo", "coo", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson"]
)

# Heads of GROUP_HEADS that name the staff of one body acting for it: "the American investigators" after
# "the US Secret Service" is that service when the article names no other body of the country (not
# "the American people", "the American voters").
BODY_STAFF_HEADS: frozenset[str] = frozenset(
    ["officials", "investigators", "prosecutors", "officers", "negotiators", "inspectors", "agents"]
)

# Head nouns that name the same group of one country ("Israeli troops" and "Israeli forces" are one
# actor; "US officials" and "US authorities" too): each row is one class of synonyms, plural forms.
GROUP_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset(["troops", "forces", "soldiers"]),
    frozenset(["officials", "authorities"]),
    frozenset(["protesters", "protestors", "demonstrators"]),
    frozenset(["lawmakers", "legislators"]),
    frozenset(["rebels", "insurgents"]),
)

# Definite descriptions that, as a subject, refer back to the story's main organisation ("the firm said").
ORG_DESCRIPTIONS: frozenset[str] = frozenset(
    [
        "company",
        "firm",
        "group",
        "automaker",
        "carmaker",
        "manufacturer",
        "bank",
        "lender",
        "insurer",
        "retailer",
        "airline",
        "operator",
        "maker",
    ]
)

# Legal-form and generic trailing words of company names, dropped to match short forms
# ("Ford" / "Ford Motor Company"); from common legal-form abbreviations (ISO 20275 usage).
ORG_SUFFIXES: frozenset[str] = frozenset(
    [
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "co",
        "co.",
        "company",
        "companies",
        "ltd",
        "ltd.",
        "limited",
        "plc",
        "llc",
        "lp",
        "group",
        "holdings",
        "international",
        "motor",
        "motors",
        "ag",
        "sa",
        "nv",
        "se",
        "gmbh",
        # the same forms written with points or in the plural, as wire copy does ("Institut Merieux S.A.",
        # "Anheuser-Busch Cos.", "Philips N.V.", "Fiat S.p.A.")
        *("s.a.", "n.v.", "a.g.", "s.p.a.", "cos", "cos.", "l.p.", "llp", "pty", "pty.", "oy", "ab", "asa"),
    ]
)

# Singular institution nouns that act as organisations ("the South Korean military", "An Israeli
# military court indicted ...", "the jury found ...").
INSTITUTION_HEADS: frozenset[str] = frozenset(
    [
        "court",
        "jury",
        "committee",
        "military",
        "army",
        "navy",
        "government",
        "ministry",
        "administration",
        "regime",
        "parliament",
        "congress",
        "cabinet",
        "police",
    ]
)

# Verbs whose clause is reported only when a clause follows; with a plain object they are events
# themselves ("Apple announced a phone" is news, "Apple announced that it would ..." reports).
ANNOUNCE_VERBS: frozenset[str] = frozenset(
    # "agreed a deal", "reported a loss" are events too; "agreed that ...", "reported that ..." report
    [
        *("announce", "confirm", "reveal", "disclose", "warn", "declare", "admit", "acknowledge", "show", "find"),
        *("agree", "report"),
    ]
)

# "X provided Y with Z": Y is the recipient, Z the object (FrameNet Supply frame).
PROVIDE_VERBS: frozenset[str] = frozenset(["provide", "supply", "furnish", "equip", "arm", "present", "reward", "fund"])

# Modals and adverbs that state an event as possible or reported, not as fact.
HEDGE_MODALS: frozenset[str] = frozenset(["could", "may", "might", "can"])
HEDGE_ADVERBS: frozenset[str] = frozenset(
    [
        "reportedly",
        "allegedly",
        "likely",
        "possibly",
        "probably",
        "apparently",
        "perhaps",
        "maybe",
        "purportedly",
        "supposedly",
        "seemingly",
        "presumably",
        "potentially",
        "unlikely",
    ]
)
# Verbs and adjectives that hedge the clause they govern ("is believed to have", "appears to").
HEDGE_GOVERNORS: frozenset[str] = frozenset(
    ["appear", "seem", "likely", "unlikely", "believe", "suspect", "allege", "rumor", "rumour"]
)

# Country aliases in newsroom usage that neither library lists (AP Stylebook; common English exonyms).
EXTRA_COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US",
    "U.S.A.": "US",
    "US": "US",
    "USA": "US",
    "America": "US",
    "the States": "US",
    "U.K.": "GB",
    "UK": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "Burma": "MM",
    "Holland": "NL",
    "UAE": "AE",
    "U.A.E.": "AE",
    "DRC": "CD",
    "DR Congo": "CD",
    "Czechia": "CZ",
    "Turkiye": "TR",
    "Türkiye": "TR",
    "Vatican": "VA",
    "the Kremlin": "RU",
    "Kremlin": "RU",
    "the White House": "US",
    "Kiev": "UA",
    "Peking": "CN",
    # Cold War press names of the People's Republic ("a better understanding with Red China")
    "Red China": "CN",
    "Communist China": "CN",
    # the hyphened spelling of government transcripts of the 1960s
    "Viet-Nam": "VN",
    # a state's earlier or other name, and a wire's spelling without accents
    "Macedonia": "MK",
    "Zaire": "CD",
    "Cote d'Ivoire": "CI",
    "Vatican City": "VA",
    "Holy See": "VA",
}

# Aliases above that are metonyms (a seat of power standing for its country): they count as the
# country only where used as an actor or where the country itself is named.
METONYM_ALIASES: frozenset[str] = frozenset({"the Kremlin", "Kremlin", "the White House", "Kiev", "Peking"})

# Demonyms the library lacks or gives only in the singular.
EXTRA_DEMONYMS: dict[str, str] = {
    "U.S.": "US",
    "US": "US",
    "British": "GB",
    "Briton": "GB",
    "Britons": "GB",
    "UK": "GB",
    "English": "GB",
    "Scottish": "GB",
    "Welsh": "GB",
    "Saudi": "SA",
    "Saudis": "SA",
    "Argentine": "AR",
    "Argentinian": "AR",
    "Kazakh": "KZ",
    "Uzbek": "UZ",
    "Bosnian": "BA",
    "Icelandic": "IS",
    "Belarussian": "BY",
}


# States that no longer exist, as news and transcripts name them (neither library lists them): one
# row each, code (ISO 3166-3's four letters; a state both libraries still hold keeps its code), name,
# other names, demonyms. A 1969 "Soviet" is the Soviet Union, not Russia; "West Germany" is the
# Federal Republic, today's Germany, so it takes Germany's code ("the West German Government" and
# "the German Government" are one actor); "North Vietnamese" is not "Vietnamese"; "Yugoslavia" is
# the libraries' Serbia and Montenegro (its name until 2003).
FORMER_STATES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("SUHH", "Soviet Union", ("USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"), ("Soviet", "Soviets")),
    ("DDDE", "East Germany", ("German Democratic Republic", "GDR"), ("East German", "East Germans")),
    ("DE", "Germany", ("West Germany",), ("West German", "West Germans")),
    ("CS", "Yugoslavia", (), ("Yugoslav", "Yugoslavs", "Yugoslavian", "Yugoslavians")),
    ("CSHH", "Czechoslovakia", (), ("Czechoslovak", "Czechoslovaks", "Czechoslovakian", "Czechoslovakians")),
    # "Viet-Nam": the hyphened spelling of 1960s government transcripts
    ("VDVN", "North Vietnam", ("Democratic Republic of Vietnam", "North Viet-Nam"), ("North Vietnamese",)),
    ("VNSV", "South Vietnam", ("Republic of Vietnam", "South Viet-Nam"), ("South Vietnamese",)),  # none in ISO
    ("RHZW", "Rhodesia", ("Southern Rhodesia",), ("Rhodesian", "Rhodesians")),
)


# Names that stood for a former state until its end (the first day it no longer held, ISO date): read at
# the article's date, a 1969 "the Russians" or "Moscow" is the Soviet Union and a 1970 "Hanoi" is North
# Vietnam; from that day on (or with no date) they are today's state. One row each: the form as written,
# the former state's code (FORMER_STATES, or a state both libraries still hold), how it names it ('name',
# 'capital' for a seat of power, 'demonym') and the date.
FORMER_STATE_FORMS: tuple[tuple[str, str, str, str], ...] = (
    ("Russia", "SUHH", "name", "1991-12-26"),
    ("Russian", "SUHH", "demonym", "1991-12-26"),
    ("Russians", "SUHH", "demonym", "1991-12-26"),
    ("Moscow", "SUHH", "capital", "1991-12-26"),
    ("Kremlin", "SUHH", "capital", "1991-12-26"),
    ("the Kremlin", "SUHH", "capital", "1991-12-26"),
    ("Hanoi", "VDVN", "capital", "1976-07-02"),
    ("Saigon", "VNSV", "capital", "1975-04-30"),
    ("East Berlin", "DDDE", "capital", "1990-10-03"),
    ("Bonn", "DE", "capital", "1990-10-03"),  # West Germany's seat of government
    ("Belgrade", "CS", "capital", "2006-06-05"),
    ("Prague", "CSHH", "capital", "1993-01-01"),
    ("Salisbury", "RHZW", "capital", "1980-04-18"),
)


# States divided in two until a date (ISO, the first day of the whole state again): the whole's code, the
# halves' codes (FORMER_STATES). Before that date the whole's bare name in an article that names only
# one of the halves means that half: a 1963 transcript's "Viet-Nam" beside "South Viet-Nam", with no
# North named, is South Viet-Nam (`who/divided.py`).
DIVIDED_STATES: tuple[tuple[str, tuple[str, ...], str], ...] = (("VN", ("VNSV", "VDVN"), "1976-07-02"),)


@dataclass(frozen=True, slots=True)
class Country:
    """One country of the gazetteer."""

    code: str  # ISO 3166 alpha-2 (a former state's: FORMER_STATES)
    name: str  # the common English name ("North Korea", "United States")
    capital: str | None
    demonym: str | None
    population: int


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Surface forms -> ISO code: names and spellings, capitals, demonyms (adjective and plural)."""

    countries: dict[str, Country]
    names: dict[str, str]  # case-sensitive surface name -> code
    capitals: dict[str, str]
    demonyms: dict[str, str]


@cache
def state_demonyms() -> frozenset[str]:
    """Demonyms of the US states, which news puts before a person's name like a country's
    ("Californian Thomas Slattery", "Texan", "Ohioan"): the regular English forms of the names
    pycountry lists (-a + n, -s -> -n, + an, -a -> -ian), one-word names only."""
    import pycountry

    forms: set[str] = set()
    for sub in pycountry.subdivisions:
        name = sub.name
        if sub.country_code != "US" or " " in name or not name.isalpha():
            continue
        forms.add(name + "an")  # Ohioan
        if name.endswith("a"):
            forms.update((name + "n", name[:-1] + "ian"))  # Californian, Floridian
        if name.endswith("s"):
            forms.add(name[:-1] + "n")  # Texan, Kansan
    return frozenset(forms)


@cache
def subdivision_names() -> frozenset[str]:
    """The names of the states, provinces and regions pycountry lists ("Ohio", "Colorado", "Bavaria"):
    a river or a feature named after one is not that place ("the Ohio River" / "Ohio")."""
    import pycountry

    return frozenset(sub.name for sub in pycountry.subdivisions)


@cache
def gazetteer() -> Gazetteer:
    """The country gazetteer, built once per process from pycountry and countryinfo."""
    import pycountry
    from countryinfo._cache import load_countries

    raw = load_countries()["countries"]
    countries: dict[str, Country] = {}
    names: dict[str, str] = {}
    capitals: dict[str, tuple[int, str]] = {}
    demonyms: dict[str, tuple[int, str]] = {}
    for info in raw.values():
        iso = info.get("ISO") or {}
        code = str(iso.get("alpha2") or "").upper()
        if len(code) != 2 or not info.get("name"):
            continue
        population = int(info.get("population") or 0)
        capital = _clean_capital(info.get("capital"))
        demonym = (info.get("demonym") or "").strip() or None
        if code in countries and countries[code].population >= population:
            continue
        countries[code] = Country(code, str(info["name"]), capital, demonym, population)
        for form in [info["name"], *(info.get("altSpellings") or [])]:
            # ISO codes among the spellings ("KP", "PRK") are not how news names a country
            if isinstance(form, str) and form not in (code, iso.get("alpha3")) and form.isascii() and len(form) > 3:
                names.setdefault(form, code)
        # most populous wins for a shared capital or demonym ("American": not American Samoa)
        if capital and population > capitals.get(capital, (-1, ""))[0]:
            capitals[capital] = (population, code)
        if demonym and population > demonyms.get(demonym, (-1, ""))[0]:
            demonyms[demonym] = (population, code)
    for country in pycountry.countries:
        code = country.alpha_2
        if code not in countries:
            continue
        for attr in ("common_name", "name", "official_name"):
            form = getattr(country, attr, None)
            if form and "," not in form:
                names.setdefault(form, code)
    for form, code in EXTRA_COUNTRY_ALIASES.items():
        names.setdefault(form, code)
    former_demonyms: dict[str, str] = {}
    for code, name, others, people in FORMER_STATES:
        countries.setdefault(code, Country(code, name, None, people[0] if people else None, 0))
        for form in (name, *others):
            names.setdefault(form, code)
        former_demonyms.update(dict.fromkeys(people, code))
    demonym_map = {d: c for d, (_, c) in demonyms.items()}
    for demonym, code in list(demonym_map.items()):
        if not demonym.endswith(("ese", "sh", "ch", "ss")):
            demonym_map.setdefault(demonym + "s", code)  # "Russians", "Americans"
    demonym_map.update(EXTRA_DEMONYMS)
    demonym_map.update(former_demonyms)
    return Gazetteer(countries, names, {c: code for c, (_, code) in capitals.items()}, demonym_map)


def _clean_capital(capital: object) -> str | None:
    """'Washington D.C.' -> 'Washington'; multi-capital strings are skipped."""
    if not isinstance(capital, str) or not capital.strip() or "/" in capital:
        return None
    return capital.replace(" D.C.", "").replace(", D.C.", "").strip()


# Capitalised abbreviations that are not organisations, so an untagged one used twice is not made an
# actor ("the CEO said", "GDP rose"): job titles, economic measures, common technical terms (hand-kept).
NOT_ORG_ACRONYMS: frozenset[str] = frozenset(
    [
        *("ceo", "cfo", "coo", "cto", "md", "mp", "mep", "pm", "vp", "gm", "mvp", "phd", "mba"),
        *("gdp", "gnp", "cpi", "ipo", "eps", "pct", "dlrs", "mln", "bln", "vat", "roi"),
        *("tv", "dvd", "cd", "pc", "gps", "dna", "hiv", "aids", "sms", "url", "ai", "it", "ok", "am", "pm"),
        *("us", "uk", "usa", "eu", "id", "et", "est", "edt", "pst", "gmt", "utc", "bst"),
        *("ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"),  # regnal and sequel numerals
    ]
)

# Phrases that mark a photo caption or credit pasted into an article's text (BBC's "Image caption",
# AP's "In this ... file photo", "(AP Photo/...)"): hand-kept from common wire and web layouts.
CAPTION_CUES: tuple[str, ...] = (
    "image caption",
    "image copyright",
    "media caption",
    "file photo",
    "ap photo",
    "getty images",
    "photograph:",
    "photo:",
    "pictured:",
)
# Of these, the credits: they name a picture's source on a line of their own and caption nothing
# after them ("Image copyright Getty Images" above the lead is not part of the lead).
CREDIT_CUES: tuple[str, ...] = ("image copyright", "getty images", "ap photo")
