"""Lexicons for `what` and the headline: speech acts that are news, descriptions that corefer, article kinds.

Reporting verbs, hedges and the organisation descriptions live in ``lexicons/actors.py`` (shared with
`who` and `sources`); the lists here are only what the events, their coreference and the headline
need beyond them.
"""

from __future__ import annotations

from extractors.lexicons.names import BODY_KINDS

# Speech acts that are themselves the news ("Moscow denied ...", "the minister announced ...",
# "Obama urged ..."): events, unlike plain reporting ("said", "told", "added"), which only
# attributes the clause it reports. The list of the contract (shared/DESIGN.md) plus the
# near-synonyms news uses for the same acts (FrameNet's Statement, Judgment_communication,
# Request and Commitment frames).
SPEECH_ACT_EVENTS: frozenset[str] = frozenset(
    [
        *("announce", "deny", "accuse", "warn", "threaten", "urge", "criticise", "criticize", "claim"),
        *("reject", "confirm", "admit", "vow", "pledge", "demand", "order", "condemn", "blame"),
        *("promise", "propose", "dismiss", "apologise", "apologize", "declare", "concede", "allege", "rule"),
        # a forecast or a stance taken is news too: "economists forecast", "Blair insisted"; "acknowledged" admits,
        # "contended", "asserted" claim
        *("forecast", "predict", "insist", "argue", "acknowledge", "contend", "assert"),
    ]
)

# Speech acts that are news with a noun object ("Sony confirmed the launch") but only report a
# clause that states a fact ("A plane has crashed ..., the government has confirmed"): with a
# clause, the clause is the event, attributed to the speaker, as with "said".
CLAUSE_REPORTS: frozenset[str] = frozenset(["confirm"])

# Verbs that direct someone when they take an object and an infinitive ("told councils to find
# sites", "asked the court to delay"): then a speech act (Request frame), not plain reporting.
DIRECTIVE_VERBS: frozenset[str] = frozenset(["tell", "ask", "advise", "instruct", "encourage", "invite"])

# Verbs of expecting or weighing (reporting verbs of cognition) that state the subject's own plan or forecast
# when what they take is no clause with a subject of its own: a noun ("Acme expects margins of 10% next year"),
# a gerund ("the chairman is considering bidding $600 million for the firm") or an infinitive ("the firm expects
# to report a charge"). The expectation is the event, as "announced a plan" is; "expects that prices will rise",
# "expects the firm to fail" and the passive "is expected to" still report the clause.
EXPECTING_VERBS: frozenset[str] = frozenset(["expect", "consider"])

# Verbs whose infinitive carries the act ("sought to reassure", "tried to block", "continue to
# rise", "agreed to acquire", "decided to close"): the infinitive is the event, its doer the
# governor's subject. Not "refuse" or "fail", which invert it, nor "vote" (the vote is the news).
# With a noun object the verb is the act itself ("agreed a deal to supply kit").
CATENATIVE_VERBS: frozenset[str] = frozenset(
    [
        *("seek", "try", "attempt", "aim", "strive", "move", "manage", "continue", "begin", "start", "set"),
        *("agree", "decide", "plan", "intend", "prepare", "opt", "choose"),
        # "it appeared to suffer", "seems to work": a raising verb (which hedges it) states no act of its own
        *("appear", "seem"),
        # "had to be shot": necessity, the infinitive is what happened (with a noun object, "has a
        # plan to", the having is not that)
        "have",
    ]
)

# Adjectives after a copula whose infinitive carries the act ("is ready to launch", "will be able to
# vote", "are unlikely to happen", "is due to open"): the infinitive is the event, its doer the
# copula's subject, and the copula states none of its own ("likely" and "unlikely" hedge it: they
# are HEDGE_GOVERNORS).
RAISING_ADJECTIVES: frozenset[str] = frozenset(
    [
        *("able", "unable", "ready", "set", "due", "poised", "about", "eligible", "prepared", "likely"),
        *("unlikely", "willing", "unwilling", "keen", "eager", "determined", "certain", "sure", "bound"),
    ]
)

# Of those, the ones that deny the act: "is unable to pay" (the paying is negated).
NEGATING_ADJECTIVES: frozenset[str] = frozenset(["unable", "unwilling"])

# Adverbs that mark a clause as background rather than the day's news ("The chancellor has
# previously planned the strategy").
BACKGROUND_ADVERBS: frozenset[str] = frozenset(
    ["previously", "formerly", "originally", "initially", "traditionally", "historically"]
)

# A clause that places the news after or beside another event rather than telling an act: "The probe
# follows the mayor's comments", "It follows a Home Office move", "The alliance comes as a boost for
# Mitsubishi", "The approval comes one day after ...". The verb (with an object for "follow", with one
# of these prepositions or a measure of time for "come") whose subject names no actor: a frame for
# the news, told for context (not "Robots follows a robot inventor", "the law comes into force").
SEQUEL_VERBS: frozenset[str] = frozenset(["follow", "come"])
SEQUEL_PREPOSITIONS: frozenset[str] = frozenset(["after", "as", "amid", "at", "ahead", "against", "in"])

# "Nasa is doing it", "couples did so": a pro-verb whose object points back or ahead to an act told in
# another clause ("It is podcasting"): the act is told there, this clause only repeats it. The verb
# with one of these objects ("the same", or none but these adverbs) is no main event.
PRO_VERBS: frozenset[str] = frozenset(["do"])
PRO_VERB_OBJECTS: frozenset[str] = frozenset(["it", "so", "this", "that", "too", "also", "likewise"])

# "The accident happened late Tuesday on the Rhine", "The attack took place at dawn": a verb of
# happening whose subject is a definite description of an act told elsewhere ("when the vessel hit a
# pillar") dates and places that act; it is a frame for the news, not the news. An indefinite subject
# ("An explosion occurred at a plant") introduces the act and stays.
HAPPENING_VERBS: frozenset[str] = frozenset(["happen", "occur", "unfold"])
DEFINITE_DETERMINERS: frozenset[str] = frozenset(["the", "this", "that", "these", "those"])

# Subordinators of a clause that tells the time the news is measured from ("... have been two constants
# since he took office"): background, below its main clause's other acts.
BACKGROUND_MARKS: frozenset[str] = frozenset(["since"])

# Weak events (ranking), each a class of clause that tells little news on its own; demoted, never dropped.
# Opinion and feeling verbs with no object: a stance, not an act ("Wenger feels his side can win": the
# winning is what is told; "I felt that it would not be right ...", "he might look a lot like Musk").
OPINION_VERBS: frozenset[str] = frozenset(
    [
        *("feel", "think", "believe", "reckon", "guess", "suspect", "fear", "worry"),
        *("hope", "wish", "want", "seem", "look", "sound", "like", "love", "hate", "prefer"),
    ]
)
# Light verbs that tell little without a noun object or a particle ("a 3-year-old got into the
# enclosure", "could have got away with ..."; not "got a public airing", "took off", "made the decision").
EMPTY_LIGHT_VERBS: frozenset[str] = frozenset(["get", "make", "take", "give", "put"])

# An empty act of announcing: a verb of having or making (``EMPTY_ANNOUNCING_VERBS``) whose object is a
# noun of announcing (``ANNOUNCING_NOUNS``), said by the speaker of himself ("I have two announcements",
# "I have a brief statement to make on ...", "I am going to make my opening statement quite brief"): the
# news is what is announced next, told in its own clauses. Not "we made a statement of intent" by a
# third party ("the ministry made a statement"): only a first-person doer.
EMPTY_ANNOUNCING_VERBS: frozenset[str] = frozenset(["have", "make", "read", "give"])
ANNOUNCING_NOUNS: frozenset[str] = frozenset(["announcement", "statement", "remark", "comment"])

# Verbs that list the members of a set ("Other items include an evening gown", "The line-up features
# three bands"): a description of the set, weighed as a copula with a noun.
LISTING_VERBS: frozenset[str] = frozenset(["include", "comprise"])

# Sentence openers that turn to a side story ("Meanwhile, ...", "Separately, ..."): what follows
# is rarely the article's main news.
SIDE_STORY_OPENERS: frozenset[str] = frozenset(["meanwhile", "separately", "elsewhere"])

# First words of a scene-setting sentence that addresses the reader rather than reports ("Imagine
# editing Titanic down to ...", "Picture the scene: ..."): a feature's opening, not its news.
SCENE_OPENERS: frozenset[str] = frozenset(["imagine", "picture", "suppose", "consider"])

# A fronted time phrase that puts its sentence in the past before the news ("Last year, the firm
# ...", "More than five years ago, Al Qaeda called on ...", "In the past, ..."): background. Each row
# is the phrase's words before its comma, matched at its end ("more than five years ago" ends with
# "years ago"). "Last week" and "on Monday" are not here: they date the news itself.
BACKGROUND_OPENERS: tuple[tuple[str, ...], ...] = (
    ("last", "year"),
    ("years", "ago"),
    ("decades", "ago"),
    ("year", "ago"),
    ("months", "ago"),
    ("in", "the", "past"),
    ("in", "recent", "years"),
    ("over", "the", "years"),
    ("for", "years"),
    ("for", "decades"),
)

# Heads of a subject that measure an organisation rather than act ("eBay shares fell", "Apple's
# profits rose"): the organisation is the event's actor (financial news usage).
METRIC_NOUNS: frozenset[str] = frozenset(
    [
        *("share", "stock", "profit", "sale", "revenue", "earnings", "price", "value", "output", "turnover"),
        # a country's economy measured ("Dutch feed usage fell", "Japanese exports rose", "Japan's
        # population will shrink")
        *("usage", "export", "import", "production", "consumption", "demand", "population"),
        # an index its compiler publishes ("Its index of manufacturing activity rose": the institute's)
        "index",
        # a company's results ("Aetna's third-quarter net income fell", "net at GM's finance arm fell",
        # "its net loss narrowed"): what `RESULT_NOUNS` measures
        *("income", "loss", "net"),
    ]
)

# Heads of a subject that state a company's results (what v57): "Net income fell 22%" with no owner
# written is the results of the organisation that reports them ("GM Hughes said net income fell"), else
# of the story's first organisation ("Net income rose 11%" in a story on one company). Not prices,
# values or output, which a market or a country has as well ("oil prices fell").
RESULT_NOUNS: frozenset[str] = frozenset(["income", "loss", "net", "profit", "earnings", "revenue", "sale", "turnover"])
# Words that qualify a result without naming whose it is ("[third-quarter] [net] income", "[operating]
# revenue", "[pretax] profit"): a result noun so qualified is still a bare one.
RESULT_QUALIFIERS: frozenset[str] = frozenset(
    [
        *("net", "gross", "operating", "pretax", "pre-tax", "after-tax", "taxable", "quarterly", "annual"),
        *("half-year", "full-year", "first-half", "second-half", "interim", "consolidated", "total", "overall"),
        *("first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "fiscal", "year-end"),
    ]
)

# Heads of "a unit of X" (what v57): a part of an organisation that the article does not name acts for
# it ("A unit of DPC Acquisition Partners launched a tender offer": DPC's offer). The indefinite only:
# "the unit" may be one bought or sold ("Acme bought a unit of Zenith. The unit makes pumps").
SUBSIDIARY_HEADS: frozenset[str] = frozenset(["unit", "subsidiary", "affiliate", "arm", "division"])

# Heads of definite descriptions that refer back to the body whose name holds the word (what v59, issue 10): "Columbia
# University ... The university rebutted" is Columbia University, "the Illinois Board of Elections ... the board of
# elections rejected" the board, however far back (as INSTITUTION_HEADS); in a lead that names it only after ("The
# university rebutted ... Columbia University said"), the one organisation whose name holds it; else nothing (the
# board of an unnamed company stays "the board"). Kinds of body news names itself by, not "office" or "service" (a
# place, a rite). Lower-case lemmas.
NAMED_BODY_HEADS: frozenset[str] = frozenset(
    [
        *("university", "college", "school", "academy", "board", "commission", "foundation", "federation"),
        *("society", "museum", "hospital", "league", "exchange", "embassy", "bureau", "authority", "tribunal"),
    ]
)

# Bodies news tells as a person's own (what v63, issue 10): "Acme chairman Ann Berg said her board rejected the bid" is
# Acme's board, "his company", "her party": the organisation `who` gives the person as affiliation (doers.py
# `affiliated_body`). Bodies a person leads or belongs to, not a relation ("his family", "her lawyers"). Lower-case
# lemmas.
MEMBER_BODY_HEADS: frozenset[str] = frozenset(["board", "company", "firm", "party", "club", "team", "union", "bank"])
# ... and the organs that act for an organisation ("The bank's board announced", "Acme's management rejected"): the
# organisation itself. Lower-case lemmas.
BODY_ORGAN_HEADS: frozenset[str] = frozenset(["board", "management", "leadership"])

# Words business news uses for a company already named, beside "the company" (ORG_DESCRIPTIONS) (what v59, issue 10):
# "Conseco Inc. said it is calling ... The insurance concern said", "RJR Nabisco Inc. agreed ... helps the food and
# tobacco giant raise funds", "Benjamin Franklin Federal Savings said ... The Portland, Ore., thrift said". They refer
# back to an organisation named in an earlier sentence (a subject first), never by the guess of the story's main one,
# and not to one named earlier in their own sentence ("StatesWest withdrew its offer for Mesa because the carrier
# didn't respond": Mesa, or nobody). Not words for people too ("producer", "publisher", "broker"). Lower-case lemmas.
COMPANY_EPITHETS: frozenset[str] = frozenset(
    [
        *("concern", "giant", "thrift", "carrier", "conglomerate", "utility", "chain", "brewer", "supplier"),
        *("distributor", "exporter", "refiner", "drugmaker", "chipmaker", "steelmaker"),
    ]
)

# "call for X", "call on X to ...": the verb call is a speech act only with these prepositions.
CALL_PREPOSITIONS: frozenset[str] = frozenset(["for", "on"])

# Heads of definite descriptions that refer back to a person ("the minister", "the 36-year-old",
# "the singer"): besides the title and role heads of lexicons/actors.py, the words news uses for
# a person already named (hand-kept from common news usage).
PERSON_DESCRIPTIONS: frozenset[str] = frozenset(
    [
        *("star", "singer", "actor", "actress", "musician", "rapper", "artist", "player", "striker"),
        *("man", "woman", "boy", "girl", "father", "mother", "son", "daughter", "husband", "wife"),
        *("veteran", "winner", "champion", "victim", "suspect", "defendant", "boss", "businessman"),
        *("businesswoman", "politician", "billionaire", "entrepreneur", "tycoon", "chef", "designer"),
        *("director", "producer", "comedian", "presenter", "host", "novelist", "poet", "scientist"),
    ]
)

# Nouns of a person a lead may introduce its doer by before naming them ("A user of the service is suing the firm
# ... Tom Ash filed the suit", "A British teenager has been charged ... Jack Smith, 17, appeared"), beside
# PERSON_DESCRIPTIONS: people by what they do or are, never a body. Lower-case lemmas.
INTRODUCED_PERSON_NOUNS: frozenset[str] = frozenset(
    [
        *("user", "customer", "teenager", "pensioner", "student", "pupil", "schoolboy", "schoolgirl", "youngster"),
        *("resident", "motorist", "driver", "passenger", "tourist", "worker", "employee", "teacher", "doctor"),
        *("nurse", "patient", "soldier", "officer", "pilot", "fan", "shopper", "owner", "grandmother"),
        *("grandfather", "gunman", "hacker", "programmer", "inventor", "lawyer", "farmer", "fanatic", "engineer"),
        *("friend", "neighbour", "neighbor"),
    ]
)

# Heads of definite descriptions that refer back to a country ("the country said").
COUNTRY_DESCRIPTIONS: frozenset[str] = frozenset(["country", "nation", "state", "kingdom", "republic"])

# Heads of definite descriptions that refer back to a team or club ("the club confirmed").
TEAM_DESCRIPTIONS: frozenset[str] = frozenset(["club", "team", "side", "squad", "champions", "holders"])

# Nouns whose gender is fixed: a person described so ("the actress", "chairman") takes he or she.
MALE_NOUNS: frozenset[str] = frozenset(
    [
        *("man", "boy", "father", "son", "husband", "brother", "king", "prince", "actor", "chairman"),
        *("spokesman", "businessman", "congressman", "councilman", "sir", "lord", "duke", "emperor"),
    ]
)
FEMALE_NOUNS: frozenset[str] = frozenset(
    [
        *("woman", "girl", "mother", "daughter", "wife", "sister", "queen", "princess", "actress"),
        *("chairwoman", "spokeswoman", "businesswoman", "congresswoman", "councilwoman", "dame", "lady"),
        *("duchess", "empress"),
    ]
)

# Determiners of an unsaid part of a group, left out of an actor's name ("some Japanese banks" have
# tested it: the actor is the Japanese banks; "several MPs", "many analysts"). Lower-case.
SOME: frozenset[str] = frozenset(["some", "several", "many"])

# Subjects that name nobody: an event whose doer is only this is no headline ("The pair were ...",
# "It appears ...", "News ..."). Lower-case.
# Pronouns that name nobody on their own: a headline opening on one ("He battled tuberculosis") is
# the last choice.
BARE_PRONOUNS: frozenset[str] = frozenset(
    ["it", "they", "them", "this", "that", "these", "those", "there", "he", "she", "we", "i", "you"]
)

VAGUE_SUBJECTS: frozenset[str] = frozenset(
    [
        *BARE_PRONOUNS,
        *("one", "some", "others", "many", "all", "both", "each", "who", "which", "what", "news"),
        *("the pair", "the two", "the couple", "the trio", "the duo", "the group", "everyone"),
        *("everybody", "someone", "somebody", "nobody", "anyone"),
    ]
)

# Verbs and phrases that introduce an interview in its opening ("Wikinews interviewed X",
# "spoke with", "sat down with"): lemmas of the verb, each with the prepositions it takes.
INTERVIEW_VERBS: dict[str, frozenset[str]] = {
    "interview": frozenset(),
    "speak": frozenset(["with", "to"]),
    "talk": frozenset(["with", "to"]),
    "sit": frozenset(["with"]),
    "chat": frozenset(["with"]),
    "catch": frozenset(["with"]),
}

# Turn labels of a question-and-answer transcript ("Q.", "Q:", "THE PRESIDENT."): a line that
# opens with one of these, or with a name and a colon, is a turn.
QUESTION_LABELS: frozenset[str] = frozenset(["q", "question", "q&a"])
# Verbs with which an interview's opening says what its guest talks about ("In the interview, Ana Ruiz
# explains [why she founded the site]", "With Wikinews, Ruiz discusses [her background]").
INTERVIEW_TOPIC_VERBS: frozenset[str] = frozenset(["discuss", "explain", "describe", "reflect", "share", "outline"])

# Turn labels that name no speaker: the answer of a Q&A ("A:", "Answer:") and the one who asks
# ("Interviewer:"). A Q&A whose answers are labelled "A" is an interview of the guest its opening
# introduces ("Q&A with Vice President Ana Ruiz ... Q: ... A: ..."), not a news conference of "A".
ANSWER_LABELS: frozenset[str] = frozenset(["a", "answer", "a.", "ans"])
INTERVIEWER_LABELS: frozenset[str] = frozenset(["interviewer", "int", "host", "moderator"])

# Words that open a standfirst or heading rather than a sentence of the story (section
# headings in interviews: "Interview", "Background", "General questions").
SECTION_WORDS: frozenset[str] = frozenset(
    ["interview", "background", "questions", "general questions", "transcript", "related news", "sources"]
)

# A reported clause that states what will, may or should happen rather than what happened is a
# claim, and the claim is the news ("Thailand's reserves will rise, bankers said": the bankers'
# forecast). Rows: the words that make the clause such a claim, and the act it names.
# - future or possibility: "will rise", "would be made", "could fall" -> forecast
CLAIM_FUTURE_AUX: frozenset[str] = frozenset(["will", "would", "'ll", "wo", "could", "may", "might", "shall"])
# - obligation or advice: "should be appointed", "must act" -> argue
CLAIM_DEONTIC_AUX: frozenset[str] = frozenset(["should", "must", "ought"])
# - likelihood with an infinitive: "is expected to climb", "are unlikely to happen", "is set to",
#   "is forecast to dip", "is seen rising" -> forecast
CLAIM_LIKELIHOOD: frozenset[str] = frozenset(
    ["expect", "expected", "likely", "unlikely", "set", "due", "forecast", "predict", "project", "see"]
)
# - the reporter's own act, negated, to come: "We will not lend our resources," the mayor said; "he says he won't
#   vote for Trump" -> rule out (a refusal told by "said": the speech is the news). The auxiliaries that make the
#   negated clause an act to come of the reporter's (not "did not", a past fact, "does not watch", a habit, "cannot
#   name", an inability, nor "may not", a hedge):
RULE_OUT_AUX: frozenset[str] = frozenset(["will", "wo", "'ll", "would", "shall"])
# - a judgement of an act told after "it" ("it was wrong to compare ...", "it is important that voters see
#   ...", "it would be a mistake to raise taxes") -> argue: any adjective but a raising one (``RAISING_ADJECTIVES``:
#   "it is ready to launch" is a thing's), or one of these nouns
CLAIM_JUDGEMENT_NOUNS: frozenset[str] = frozenset(
    [
        *("mistake", "error", "shame", "disgrace", "outrage", "scandal", "travesty", "time", "insult"),
        *("tragedy", "pity", "duty", "responsibility", "obligation", "priority", "necessity", "folly"),
    ]
)

# Verbs whose subject undergoes the event rather than doing it (unaccusatives: "a plane crashed",
# "two trains collided", "the bridge collapsed"). When that subject is no actor of `who`, the event
# is told like an agentless passive: actor null, the subject as the object (what it happened to).
UNACCUSATIVE_VERBS: frozenset[str] = frozenset(
    [
        *("crash", "collide", "collapse", "derail", "sink", "capsize", "explode", "burn", "erupt"),
        *("die", "drown", "occur", "happen", "break", "crumble", "fail", "flood", "overturn"),
        # an item at a sale: "a guitar of the late singer is expected to fetch $1m"
        "fetch",
    ]
)

# Heads of a subject that is a force or a mishap rather than a doer ("A knee injury has forced the
# striker out", "the earthquake that hammered the coast", "Floods destroyed 300 homes"): no actor of
# `who` does the event, so it is told with actor null (the cause stays in the clause's span).
FORCE_NOUNS: frozenset[str] = frozenset(
    [
        *("earthquake", "quake", "tremor", "tsunami", "wave", "storm", "hurricane", "typhoon", "cyclone"),
        *("tornado", "flood", "flooding", "fire", "blaze", "wildfire", "bushfire", "drought", "heatwave"),
        *("landslide", "mudslide", "avalanche", "eruption", "explosion", "blast", "snow", "rain", "wind"),
        *("injury", "illness", "disease", "virus", "infection", "outbreak", "epidemic", "pandemic"),
        *("accident", "crash", "collision", "fault", "failure", "glitch", "outage", "weather"),
    ]
)

# Heads of a subject that count or group the people of an "of" phrase rather than act for
# themselves ("A group of MPs are on ...", "Members of the committee will tour ...", "Hundreds of
# workers marched"): the doer is the "of" phrase's organisation or group when `who` knows it
# ("Members of the Unite union voted": Unite), else the whole phrase as written, never the bare
# "A group".
PARTITIVE_HEADS: frozenset[str] = frozenset(
    [
        *("group", "member", "delegation", "team", "panel", "number", "majority", "minority", "handful"),
        *("dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "score"),
        *("scores", "crowd", "crowds", "contingent"),
    ]
)

# Quantifier pronouns that count a part of an "of" phrase ("One of the world's largest drug makers has
# launched", "Some of the games industry's main players", "Most of the other cryptocurrencies"): the
# actor is the whole phrase as written, not "One" (a number counts so too: "Two of the sites"). Not
# for who's salience, which reads PARTITIVE_HEADS.
PART_OF_HEADS: frozenset[str] = frozenset(
    ["one", "some", "most", "many", "all", "none", "both", "each", "either", "neither", "few", "several"]
)

# A win told by the verdict on it ("Sanders was projected as the winner of the primary", "Cruz was declared the
# winner of the caucuses", "she emerged as the winner"): the one declared wins what the "of" phrase names.
# Verbs of declaring (passive) or of emerging, and the nouns of a winner.
DECLARING_VERBS: frozenset[str] = frozenset(
    ["project", "declare", "name", "call", "proclaim", "crown", "confirm", "announce", "emerge"]
)
WINNER_NOUNS: frozenset[str] = frozenset(["winner", "victor"])

# A news event told as a noun ("An investigation by the Standards Board is under way", "Six MPs
# are on a visit to Scotland", "Workers are on strike"): the noun's verb is the act, the "by"
# phrase (or the possessor, "the FBI's investigation") its doer, the "into" / "of" phrase what it
# acts on. Noun -> the verb lemma the event takes (hand-kept from news usage; NomBank's
# nominalisations of the same verbs).
EVENT_NOUNS: dict[str, str] = {
    **{"investigation": "investigate", "inquiry": "investigate", "enquiry": "investigate", "probe": "investigate"},
    **{"review": "review", "audit": "audit", "search": "search", "hunt": "hunt", "manhunt": "hunt"},
    **{"visit": "visit", "trip": "visit", "mission": "visit", "tour": "tour", "strike": "strike"},
    **{"talks": "talk", "negotiations": "negotiate", "protest": "protest", "protests": "protest"},
    **{"trial": "try", "hearing": "hear", "recount": "recount", "vote": "vote", "voting": "vote"},
    **{"rescue": "rescue", "evacuation": "evacuate", "crackdown": "crack down", "offensive": "attack"},
    **{"campaign": "campaign", "clean-up": "clean up", "cleanup": "clean up", "consultation": "consult"},
}

# An act told by a noun its doer owns, as a clause's subject ("Hungary's accession to NATO has brought about
# changes": Hungary joined NATO; "Clinton's victory in the primary has brought Sanders to a crossroads": Clinton
# won it): the act is the event, its doer the possessor, its object the noun's preposition's. One row per noun,
# the verb the event takes; nouns whose possessor may undergo the act ("defeat", "election", "arrest") stay out.
POSSESSED_ACT_NOUNS: dict[str, str] = {
    "accession": "join",  # "Hungary's accession to NATO has brought about new changes"
    "entry": "enter",  # "Poland's entry into the alliance marks a turning point"
    "move": "move",  # "Malaysia's aggressive move into the information age could not come at a better time"
    "victory": "win",  # "Clinton's victory in the New York primary has brought Sanders to a crossroads"
    "win": "win",  # "Leicester's win over Chelsea sends them top"
    "resignation": "resign",  # "the minister's resignation from the cabinet came as a surprise"
    "departure": "leave",  # "Smith's departure from the bank follows months of losses"
    "withdrawal": "withdraw",  # "Ruritania's withdrawal from the treaty alarmed its neighbours"
    "endorsement": "endorse",  # "the governor's endorsement of Cruz angered Trump"
    "invitation": "invite",  # "the president's invitation to the Pope was accepted"
}

# ... and an act told by the noun its beneficiary receives ("Cruz received the endorsement of Gov. Pence": Pence
# endorsed Cruz; "she won the backing of the union"): with a `who` actor as the giver (the noun's "of" or "from"
# phrase, or its possessor), the giver does the act to the receiver. The verbs of receiving, then one row per noun.
RECEIVING_VERBS: frozenset[str] = frozenset(["receive", "win", "get", "gain", "secure", "earn", "land", "pick"])
RECEIVED_ACT_NOUNS: dict[str, str] = {
    "endorsement": "endorse",  # "Cruz received the endorsement of Gov. Mike Pence on Friday"
    "backing": "back",  # "the bill won the backing of the Senate's leaders"
    "support": "support",  # "Rubio has won support from members of Congress"
    "approval": "approve",  # "the merger received the approval of the regulator"
    "blessing": "bless",  # "the plan got the blessing of the board"
}

# A speech act told as a light verb with its noun ("issued a warning that ...", "launched an attack on
# Sanders", "levelled charges against", "made a pledge to ..."): the noun's verb is the act. The light
# verbs and the nouns they take are ``lexicons.attribution.LIGHT_VERB_OBJECTS`` (shared with `sources`);
# this maps those nouns that name a speech act to the verb the event takes. One row per act, with an
# example; nouns of plain saying ("statement", "comment", "remark") or of thinking ("view", "concern")
# name no act and stay out, as do those the gold reads as the light verb's own ("gave his assessment").
SPEECH_NOUN_ACTS: dict[str, str] = {
    "warning": "warn",  # "Mitsubishi issued its third profits warning", "issued a warning that ..."
    "threat": "threaten",  # "the rebels issued a threat to kill the hostages"
    "denial": "deny",  # "the ministry issued a denial of the reports"
    "apology": "apologize",  # "the airline issued an apology to the players", "offered an apology for ..."
    "attack": "attack",  # "Clinton launched a new round of attacks on Sanders"
    "accusation": "accuse",  # "levelled accusations of fraud against the board", "made the accusation that"
    "allegation": "allege",  # "made allegations that the vote was rigged"
    "charge": "accuse",  # "levelled the charge that ...", "made the charge against ..."
    "criticism": "criticize",  # "levelled criticism at the plan", "voiced criticism of the deal"
    "critique": "criticize",  # "delivered a scathing critique of the budget"
    "rebuke": "rebuke",  # "delivered a sharp rebuke to the minister"
    "claim": "claim",  # "made the claim that the figures were wrong"
    "promise": "promise",  # "made a promise to cut taxes", "offered a promise of aid"
    "pledge": "pledge",  # "made a pledge to cut taxes"
    "commitment": "pledge",  # "made a commitment to protect the NHS"
    "appeal": "appeal",  # "made an appeal to voters for calm"
    "plea": "appeal",  # "made a plea for calm"
    "prediction": "predict",  # "made a bold prediction that prices would fall"
    "objection": "object",  # "lodged an objection to the plan", "raised objections to the merger"
    "complaint": "complain",  # "lodged a complaint with the regulator about the advert"
    "opposition": "oppose",  # "voiced opposition to the war"
    "praise": "praise",  # "offered praise for the rescuers"
    "defense": "defend",  # "delivered a robust defense of the policy"
    "defence": "defend",  # "offered a spirited defence of his record"
    "support": "support",  # "voiced support for Donald Trump", "expressed support for the strike"
}

# Heads that count a series of acts, the act being the "of" phrase ("launched a new round of attacks",
# "issued a string of warnings", "unleashed a barrage of criticism").
SERIES_HEADS: frozenset[str] = frozenset(
    ["round", "series", "wave", "barrage", "string", "volley", "flurry", "salvo", "spate", "torrent"]
)

# What makes a clause with an event noun as subject state that event: the event is in progress
# ("is under way", "is ongoing", "has begun", "continues"). The copula's predicates (lower-case)
# and the verbs (lemmas) that say so.
EVENT_IN_PROGRESS: frozenset[str] = frozenset(["underway", "ongoing", "continuing", "imminent"])
EVENT_PROGRESS_VERBS: frozenset[str] = frozenset(["begin", "start", "continue", "resume", "open", "get"])

# Verbs of feeling whose passive tells the experiencer's reaction ("Johnson was horrified by the
# attack", "fans were stunned by the news"): the experiencer is the actor of the reaction, the
# "by" phrase what caused it (VerbNet's amuse-31.1 class, the ones news uses).
PSYCH_VERBS: frozenset[str] = frozenset(
    [
        *("horrify", "shock", "sadden", "appal", "appall", "dismay", "stun", "outrage", "anger", "delight"),
        *("disappoint", "alarm", "devastate", "surprise", "upset", "frustrate", "disgust", "worry", "concern"),
        *("thrill", "encourage", "trouble", "astonish", "amaze", "baffle", "infuriate"),
    ]
)

# Participles a copula's subject does, not undergoes: "Sanders is prepared for a floor fight", "Clinton is committed
# to a strike", "the party is opposed to the plan" (the stance taken is the act; with PSYCH_VERBS, "was worried
# about"). Not "is known as", "is based in": their subject is what someone else acts on.
STANCE_PARTICIPLES: frozenset[str] = frozenset(
    [
        *("prepare", "commit", "oppose", "dedicate", "devote", "determine", "resolve", "pledge", "poise"),
        *("involve", "engage", "convince", "satisfy", "please", "divide"),
    ]
)

# Headline compression keeps a verb's arguments past its length budget. Prepositions that, after
# the object, give its role or the goal of its motion ("view X as Y", "forced X out of the tie",
# "turned X into Y"), not a circumstance (VerbNet's caused-motion and characterize classes) ...
ARGUMENT_PREPOSITIONS: frozenset[str] = frozenset(["as", "into", "out", "onto", "off", "from"])
# ... the verbs whose charge or ground comes in a phrase after the object, which a headline must keep
# whatever its length ("accuses X [of Y]", "charged the mayor [with fraud]", "blamed X [for Y]"; VerbNet's
# judgement class): without it "Clinton accuses Sanders." says nothing ...
CHARGE_PREPOSITIONS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("accuse", "convict", "suspect", "acquit", "clear", "absolve"), frozenset(["of"])),
    **dict.fromkeys(("charge", "credit"), frozenset(["with"])),
    **dict.fromkeys(
        ("blame", "fault", "criticise", "criticize", "fine", "sue", "praise", "punish"), frozenset(["for"])
    ),
}
# ... and the verbs that need their place ("put the economy at the centre", "spend the weekend in
# jail", "did so on behalf of").
PLACING_VERBS: frozenset[str] = frozenset(
    ["put", "place", "set", "lay", "keep", "leave", "base", "station", "spend", "do"]
)

# The nouns of a decided act that a light verb takes (``DECIDING_LIGHT_VERBS``: "the INS made a decision on the
# case", "the court issued a ruling", "gave its approval to the deal") and the act each names: the noun's verb is
# the event's action. Not "vote" ("gave women the vote") nor "order" ("take orders from" is to obey them).
DECIDED_NOUN_ACTS: dict[str, str] = {
    "decision": "decide",  # "made a reasonable decision", "reached a final decision to proceed with a bid"
    "ruling": "rule",  # "issued a ruling that the ban was lawful"
    "approval": "approve",  # "gave its approval to the deal"
}
# Light verbs that take a decided act's noun: "made / reached / took a decision", "issued a ruling".
DECIDING_LIGHT_VERBS: frozenset[str] = frozenset(["make", "reach", "take", "issue", "give", "hand"])
# Nouns of a decided act whose infinitive tells the act and whose possessor decided it: "Russia's
# decision to bar foreign firms" (Russia bars them), "the board's vote to close the plant", "the
# court's ruling to free him", "the regulator's approval to sell the drug". The act is an event.
DECIDED_ACT_NOUNS: frozenset[str] = frozenset(DECIDED_NOUN_ACTS) | frozenset(["move", "vote", "order"])

# ... and the nouns whose "to" infinitive says what they are, like a decided act's ("defended his call [to raise
# the minimum wage]", "dropped its bid [to buy the club]", "announced a plan [to cut jobs]"): the parser often
# hangs the infinitive on the verb as a purpose, and a headline that cut it would say "defends his call."
INFINITIVE_NOUNS: frozenset[str] = DECIDED_ACT_NOUNS | frozenset(
    [
        *("call", "plan", "bid", "effort", "push", "attempt", "proposal", "promise", "pledge", "vow"),
        *("threat", "refusal", "request", "campaign", "drive", "offer", "agreement", "deal", "right", "demand"),
    ]
)

# Nouns that say little without their first phrase, a light verb's eventive object or a standing's noun: a
# headline keeps the phrase that says for, to, with or about what or whom ("sounded a call [for the country
# to accept more refugees]", "issued a warning [to operators]", "made a bid [for Bolt]", "remains in a tight
# race [with Clinton]", "ordered a report [on the escape]", "responded to a question [about the claim]").
COMPLEMENTED_NOUNS: frozenset[str] = (
    INFINITIVE_NOUNS
    | frozenset(SPEECH_NOUN_ACTS)
    | frozenset(
        [
            *("race", "contest", "battle", "fight", "lead", "report", "question", "statement", "appeal", "plea"),
            *("inquiry", "investigation", "review", "debate", "talks", "role", "stake", "share", "case"),
        ]
    )
)
# ... and the prepositions of that phrase (a place, a time or a circumstance is no complement).
COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset(["for", "to", "with", "about", "on", "into", "against", "over"])

# Light objects: nouns that name nobody and nothing until their first clause says which ("has found someone [he
# would like to enter the race]", "released a statement [highlighting the role Congress played]", "never mentioned
# the man [who was likely to beat him]"); a headline keeps that relative or participle clause while it is short
# (`phrases._which_clause`). Lemmas, lower-case.
LIGHT_OBJECTS: frozenset[str] = frozenset(
    [
        *("someone", "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody"),
        *("one", "those", "people", "man", "woman", "person", "thing", "way", "role", "statement"),
    ]
)

# ... and a venue: where the event took place, named ("attended the premiere [in London's Leicester
# Square]", "dies [at his home in California]" keeps only a named one, "won three prizes [at the Brit
# Awards]"). Rows: the prepositions of place, the entity types a venue's name has (spaCy's labels: a
# city or country, a region, a building or stadium, an event).
VENUE_PREPOSITIONS: frozenset[str] = frozenset(["at", "in"])
VENUE_ENTITIES: frozenset[str] = frozenset(["GPE", "LOC", "FAC", "EVENT"])

# Heads of a subject that speaks for a body rather than for itself ("An Apple spokesman denied", "Equifax's
# spokesperson said", "SpaceX officials expect", "industry analysts sources said"): unnamed, they are the body
# their possessor or premodifier names, when `who` knows it (coref `speaking_for`). Not "executives" or
# "workers", who act for themselves ("three Equifax executives sold shares"). Lower-case, singular and plural.
SPEAKING_FOR_HEADS: frozenset[str] = frozenset(
    [
        *("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"),
        *("official", "officials", "source", "sources", "representative", "representatives"),
    ]
)

# Plural words for those who act for a body that `bodies.named_body` reads as SPEAKING_FOR_HEADS (what v68):
# "immigration authorities ruled" is the Immigration and Naturalization Service when `who` knows it.
AUTHORITY_HEADS: frozenset[str] = frozenset(["authorities"])

# Plural words for those who do a body's work, read as SPEAKING_FOR_HEADS by `Coref._speaking_for` (what v68): "FBI
# agents searched the house" is the FBI, "the PBS debate moderators did not ask" PBS (a body `who` knows before them).
ACTING_FOR_HEADS: frozenset[str] = frozenset(["agents", "moderators"])

# Premodifiers of SPEAKING_FOR_HEADS that many bodies' names share, so name none ("federal officials", "state
# officials", "government sources"): `bodies.named_body` reads only another common noun as the body's name word
# ("immigration officials": the Immigration and Naturalization Service).
BODY_WORDS_NOT_NAMING: frozenset[str] = frozenset(
    [
        *("federal", "state", "national", "government", "department", "ministry", "agency", "office"),
        *("county", "city", "council", "party", "company", "committee", "administration", "union", "bank"),
        *("industry", "court", "service", "services", "board", "authority", "commission", "law"),
    ]
)

# Adjectives of a description of a body that are not its name's ("A new Essex County task force" is the "Essex County
# task force"; `bodies.named_kind_start`). Not "former", "acting", "rival": they change which body it is.
DESCRIBED_BODY_ADJECTIVES: frozenset[str] = frozenset(
    ["new", "newly", "special", "powerful", "influential", "prominent", "leading", "major", "small", "large", "big"]
)

# Kinds of body that an indefinite article before a proper modifier describes, not names ("A United Nations
# tribunal ruled": the "United Nations tribunal"; `bodies.named_kind_start`). Lemmas; not people ("a London dealer").
BODY_KIND_HEADS: frozenset[str] = frozenset(
    ["force", "tribunal", "committee", "commission", "panel", "court", "council", "agency", "board", "lodge"]
)

# Group nouns that "led by X" / "headed by X" makes X's doing ("A group of investors led by Acme Corp. said it
# filed": Acme; `bodies.led_group`). Lemmas, lower-case.
LED_GROUPS: frozenset[str] = frozenset(["group", "consortium", "coalition", "syndicate", "alliance"])

# Singular nouns for a body of people that news refers back to as "they" ("The rescue crew reached the
# village, and they found no survivors", "The committee met; they will report"): number agreement lets
# "they" stand for them (coref). Lower-case lemmas.
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    [
        *("crew", "team", "squad", "staff", "police", "government", "committee", "council", "board", "panel"),
        *("jury", "family", "band", "group", "army", "navy", "public", "audience", "crowd", "couple", "pair"),
    ]
)

# Nouns for a service that a company runs under its name ("The Hawaiian Airlines flight left Auckland ... The
# flight landed"): its doer is the company named with it (coref `operator`). Not "plane" or "train": a vehicle
# that crashes undergoes the event (UNACCUSATIVE_VERBS) rather than being the company's act.
OPERATED_NOUNS: frozenset[str] = frozenset(["flight"])

# Heads of definite descriptions that refer back to a band or another act named as one before ("US band Scissor
# Sisters led the winners. The flamboyant act scored a hat-trick"): the kinds of body a band is named by and the
# words news uses for a performing act (coref `_act`).
ACT_DESCRIPTIONS: frozenset[str] = BODY_KINDS | frozenset(["act", "outfit"])

# Dependencies inside a noun phrase, climbed from its first word to its head when a finite main verb was left
# without a subject ("Brazil's plan, initially hailed as ..., is limping": the parser hung "plan" on the
# dateline; "Brazil" -> "plan"): a compound, a possessor, a modifier (``lost_subject``).
NOUN_PHRASE_DEPS: frozenset[str] = frozenset(["compound", "poss", "nmod", "amod", "det", "nummod", "case"])

# The dependencies of an opening word that starts an adverbial before the subject ("To mark the anniversary,
# Rob Partridge ... remembers", "After the draw in Paris, Ireland face ..."): the subject comes after its comma.
OPENER_DEPS: frozenset[str] = frozenset(["prep", "advcl", "mark", "aux", "advmod", "npadvmod"])

# Words between a verb and a figure that bound the figure rather than complete the verb: "earned up to
# £820,000" (not "earn up"), "cut down to 3%" (``_action``: no particle).
BOUND_PARTICLES: frozenset[str] = frozenset(["up", "down"])

# Verbs of taking to a medium or a stage, with the preposition that names it, whose infinitive of purpose is
# the act: "took to Twitter to announce his stunt", "went on television to deny the claims", "appeared on
# radio to defend the plan" (the announcing, the denying, the defending is the news; ranking ``vehicle``).
VEHICLE_VERBS: dict[str, frozenset[str]] = {
    "take": frozenset(["to"]),
    "go": frozenset(["on"]),
    "appear": frozenset(["on"]),
}
