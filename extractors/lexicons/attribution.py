"""Attribution and denial lexicons: reporting verbs, source nouns, agency names, denial cues.

Written for newsum by its engineers. The verb classes follow the usual grouping of reporting
verbs in the attribution literature (speech, cognition, evaluation; cf. the PolNeAR annotation
guidelines and PropBank's say.01 / deny.01 frames) and were checked against which cue words
occur in news text; the word lists themselves are our own.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text (easier to read and edit than a list literal)."""
    return frozenset(text.split())


def names(text: str) -> frozenset[str]:
    """Names written as text separated by "|" (names hold spaces), each stripped of the line's indent."""
    return frozenset(name.strip() for name in text.split("|") if name.strip())


# Reporting verbs, one concept in tiers (each word written once): the commonest verbs of saying; the
# reporting verbs proper, whose clause reports an event rather than being one ("Shin said X": `who`,
# `what` and coreference read them so; from textacy's REPORTING_VERBS and PolNeAR's most frequent cues);
# and the full classes of speech and cognition verbs that `sources` takes as cues.

# The commonest verbs of saying. `dates` reads their present tense as a past act ("Shin says").
SAYING_VERBS: frozenset[str] = words("say tell report announce confirm state add note claim insist")

_REPORTING_SPEECH: frozenset[str] = SAYING_VERBS | words(
    """
    acknowledge admit allege argue assert comment concede conclude contend declare disclose emphasise
    emphasize estimate explain find indicate maintain observe predict recall reiterate remark reveal show
    stress suggest testify warn write
    """
)
_REPORTING_COGNITION: frozenset[str] = words("agree believe consider expect fear hope know see think understand")

# Reporting verbs proper (lemmas). "told" too: the small model sometimes leaves it as its own lemma.
REPORTING_VERBS: frozenset[str] = _REPORTING_SPEECH | _REPORTING_COGNITION | {"told"}

# Verbs of saying whose clause or quote is the content ("X said that ...", "..., X said").
# A verb here is a cue when it governs a clause, a quote, or sits parenthetically by one. Pruned on
# training-split counts: "advise" (advisers, "advised to ..." as counsel) was wrong about three times in four.
# Verbs that tell only how words were said ("'Hallelujah,' Albright exclaimed", "'No,' he replied"): with no
# object of their own they frame a quote, attribution only (what.verbs.plain_report); "replied to the letter",
# "joked about stereotypes" act on something and stay events.
MANNER_OF_SAYING: frozenset[str] = words(
    """
    reply respond answer exclaim shout cry whisper mutter grumble scream yell quip joke muse retort chant
    """
)
SPEECH_VERBS: frozenset[str] = (
    _REPORTING_SPEECH
    | MANNER_OF_SAYING
    | words(
        """
    tweet post charge complain promise pledge vow remind repeat mention tout boast
    brag caution signal hint propose demand recommend urge ask question wonder continue
    forecast project counter protest proclaim concur speculate inform assure instruct order
    threaten advertise reason surmise posit opine lament
    express describe echo affirm reaffirm underscore highlight specify clarify elaborate divulge
    publish cite quote read imply email plead recount recite articulate
    """
    )
)

# Verbs of thinking: a cue only when they govern a clause ("she believes the war will end"). "decide"
# left out: "decided to run", "decided that ..." is an act more often than a view in PolNeAR train.
COGNITION_VERBS: frozenset[str] = _REPORTING_COGNITION | words(
    """
    doubt suspect assume feel worry guess figure reckon realize realise recognize recognise disagree
    imagine anticipate calculate conclude judge suppose learn hear notice determine
    """
)

# Of those, the verbs of perceiving: in the infinitive they are an errand, not a view ("tuned in to see X accept
# the nomination", "waited to see if ...", "wants to see the bill pass"), except when they frame ("see X as Y").
PERCEPTION_VERBS: frozenset[str] = words("see hear notice")

# Verbs whose object is the content on its own ("revealed the estimate", "announced a plan"). "challenge" left
# out: its object is mostly a rival run against ("challenge Clinton for the nomination"), not a claim disputed.
OBJECT_CONTENT_VERBS: frozenset[str] = words(
    """
    reveal announce report confirm acknowledge admit disclose cite predict estimate tweet post write
    describe propose recommend express echo repeat reiterate highlight underscore publish quote
    suggest question mention claim promise pledge vow demand criticize criticise praise blame
    dispute deny reject dismiss refute rebut contradict debunk endorse condemn denounce slam blast
    imply list recite recount detail articulate reference document disavow repudiate rebuff
    liken envision deem note recall stress emphasize emphasise tout declare explain order outline
    """
)

# "X accused Y of doing Z": Z is an act of Y's that X reports (`what`, `who` and the clause reader read it so).
ACCUSATION_VERBS: frozenset[str] = words("accuse blame charge condemn criticize criticise suspect")

# Accusations whose agentless passive in a lead names its accuser as the next sentences' speaker
# ("X has been accused of using the 'politics of confusion'. Tory spokesman David Davis told MPs ...").
# Not "charge" (police and prosecutors charge; the next speaker is often the accused's lawyer) nor
# "suspect" (a view).
NAMED_NEXT_ACCUSATIONS: frozenset[str] = ACCUSATION_VERBS - {"charge", "suspect"}

# Verbs of judging a person: the object and its "of" / "for" phrase are the content of the attribution
# ("accused Pyongyang of providing Russia with shells", "praised her for ..."). The accusation verbs but
# "suspect" (a view: see COGNITION_VERBS), with the verbs of blame and praise.
JUDGING_VERBS: frozenset[str] = (ACCUSATION_VERBS - {"suspect"}) | words(
    """
    fault denounce slam blast attack praise credit thank applaud commend chide rebuke scold castigate
    lambaste portray assail
    """
)

# Speech acts that make their subject salient in `who` ("Seoul warned", "the ministry rejected ...").
SALIENT_SPEECH_VERBS: frozenset[str] = ACCUSATION_VERBS | words("warn urge welcome reject deny call")

# Verbs whose first object is the hearer, not the content ("told reporters the North ...").
HEARER_VERBS: frozenset[str] = words(
    """
    tell inform assure remind warn ask notify brief caution promise instruct urge
    """
)

# Participles that introduce a second, embedded source: "X said, citing Y".
CITING_VERBS: frozenset[str] = frozenset(["cite", "quote"])

# Reporting verbs that in the passive make an agentless attribution ("it is expected that ...").
PASSIVE_CUES: frozenset[str] = words(
    """
    say report expect believe think estimate allege rumor rumour understand know consider
    """
)

# Passives without an agent that frame their subject as the writer's hearsay: "X is known as / for ...",
# "X was said to be furious", "X is widely seen as ...", "X is considered a contender". The subject and
# its framing are the content. ("viewed as", "described as", "regarded as" annotated less often than not
# in PolNeAR train: left out.)
PASSIVE_FRAMING_CUES: frozenset[str] = words("know say see consider deem")

# Verbs whose passive without an agent still attributes: the question put is the content ("X was asked
# whether ...", "X was asked about the merger"), the one who asked is left unnamed.
ASKED_CUES: frozenset[str] = frozenset(["ask"])

# Phrases (lowercase, as token sequences) that attribute like a preposition: "according to X".
PREPOSITIONAL_CUES: tuple[tuple[str, ...], ...] = (
    ("according", "to"),
    ("as", "reported", "by"),
    ("in", "the", "words", "of"),
    ("as", "quoted", "by"),
)

# Opinion nouns that attribute through a possessive in a prepositional phrase: "in Ash's view",
# "in my opinion", "to his mind", "from Trump's point of view" (the preposition the noun takes, the noun).
POSSESSIVE_VIEW_CUES: frozenset[tuple[str, str]] = frozenset(
    [
        ("in", "view"),
        ("in", "opinion"),
        ("in", "mind"),
        ("in", "words"),
        ("in", "estimation"),
        ("in", "judgment"),
        ("to", "mind"),
        ("from", "point"),
        ("from", "perspective"),
        ("from", "standpoint"),
    ]
)

# Heads of a subject that make "declined to comment" a no-comment answer.
NO_COMMENT_VERBS: frozenset[str] = frozenset(["decline", "refuse"])
NO_COMMENT_OBJECTS: frozenset[str] = frozenset(["comment", "respond", "answer", "elaborate", "discuss", "confirm"])

# News agencies (wire services) as written in bylines and credit lines: the major wires first.
MAJOR_WIRES: frozenset[str] = names(
    """
    AP|Associated Press|Reuters|AFP|Agence France-Presse|Agence France Presse|Bloomberg News|Yonhap|
    Xinhua|Kyodo|TASS|RIA Novosti|dpa|EFE|ANSA|UPI|United Press International|Press Association|PA Media|
    Anadolu
    """
)
AGENCIES: frozenset[str] = MAJOR_WIRES | names(
    """
    The Associated Press|Bloomberg|Yonhap News Agency|Xinhua News Agency|Kyodo News|Tass|Interfax|DPA|KCNA|
    Korean Central News Agency|PTI|Press Trust of India|IANS|Bernama|Antara|AAP|
    Australian Associated Press|The Canadian Press|Canadian Press|WAFA|IRNA|Anadolu Agency|Ukrinform|
    Jiji Press|Notimex|Belga|ANP|Europa Press|Kyodo News Agency|SANA|KUNA|Fars News Agency|Tasnim|ISNA
    """
)
AGENCIES_LOWER: frozenset[str] = frozenset(a.casefold() for a in AGENCIES)

# The agencies and channels whose mentions weigh little in `who` (lowercase): the major wires, "PA" alone
# (not read as a credit in sources: it is Pennsylvania as often), picture agencies and a syndication site
# ("told Reuters", "according to the Associated Press", "SWNS", "Getty Images").
NEWS_AGENCIES: frozenset[str] = frozenset(a.casefold() for a in MAJOR_WIRES) | frozenset(
    ["pa", "swns", "getty images", "getty", "epa", "cnnmoney.com", "reuter"]  # "Reuter": the wire's older copy
)

# Credit-line cues: "Source: With information from AP", "Reporting by ...", "(AP) —".
CREDIT_CUES: tuple[str, ...] = (
    "with information from",
    "with reporting from",
    "with reporting by",
    "additional reporting by",
    "reporting by",
    "compiled by",
    "contributed to this report",
    "contributed reporting",
)

# Heads of a source phrase that make it a document rather than a speaker.
DOCUMENT_NOUNS: frozenset[str] = words(
    """
    report study survey poll analysis memo memorandum letter filing document record transcript
    lawsuit complaint indictment affidavit ruling decision verdict order statement release
    communique communiqué email e-mail cable dossier assessment audit review investigation research
    paper article book data figure estimate census tally count chart map image video footage ad
    advertisement commercial spot clip post tweet message note minutes budget bill legislation law
    resolution agreement treaty contract proposal plan platform manifesto guideline guidance notice
    bulletin directive petition testimony evidence finding findings account story editorial column
    op-ed op_ed blog website site page diary textbook forecast model projection index ranking polls
    surveys reports statistics numbers
    """
)

# Heads of a source phrase that name an organisation without a proper name ("the ministry").
ORGANIZATION_NOUNS: frozenset[str] = words(
    """
    government ministry military army navy force forces militaries administration department agency
    office embassy council committee commission parliament congress senate court tribunal police
    campaign party company firm group organization organisation association union bank board
    regulator authority authorities cabinet presidency kremlin pentagon bureau service team
    coalition alliance network newspaper paper broadcaster station channel outlet magazine daily
    institute university school hospital federation league club church foundation fund corporation
    business operator manufacturer maker airline insurer lab laboratory prosecutor prosecution
    prosecutors junta regime command headquarters staff secretariat
    """
)

# Heads of a source phrase that describe people without naming them: an unnamed source
# when no name goes with them ("officials", "a senior official", "people familiar ...").
UNNAMED_PERSON_NOUNS: frozenset[str] = words(
    """
    official officials source sources people person expert experts analyst analysts diplomat
    diplomats resident residents witness witnesses critic critics aide aides adviser advisers
    advisor advisors observer observers insider insiders officer officers staffer staffers employee
    employees worker workers member members lawmaker lawmakers legislator legislators politician
    politicians leader leaders activist activists economist economists scientist scientists
    researcher researchers investigator investigators authority insider supporter supporters
    opponent opponents voter voters citizen citizens someone somebody many some others most several
    few both all neighbor neighbours neighbors relatives family friend friends colleague colleagues
    counterpart counterparts
    """
)

# Titles that name a single office-holder ("the minister", "South Korea's defense minister"):
# such a source is a person, and usually the article names him or her nearby.
TITLE_NOUNS: frozenset[str] = words(
    """
    minister president prime premier chancellor secretary spokesman spokeswoman spokesperson
    chairman chairwoman chair chief director head governor mayor senator representative ambassador
    envoy general commander admiral colonel king queen prince emperor pope leader ceo founder owner
    judge prosecutor attorney lawyer counsel sheriff commissioner superintendent chancellor dean
    principal coach captain manager treasurer speaker deputy nominee candidate
    """
)

# Personal pronouns as sources, by what they may refer to.
PERSON_PRONOUNS: frozenset[str] = frozenset(["he", "she", "him", "her"])
GROUP_PRONOUNS: frozenset[str] = frozenset(["they", "them", "it", "we"])

# Denial cues (lemmas) and what they take: the claim denied is a clause, a gerund or a
# claim-like noun. "deny" also means "refuse to grant" ("denied permits"): see below.
DENIAL_VERBS: frozenset[str] = words(
    """
    deny reject dismiss dispute refute rebut debunk contest
    """
)

# Phrasal denial cues: verb lemma + particle ("brushed off reports", "pushed back on").
DENIAL_PHRASALS: frozenset[tuple[str, str]] = frozenset(
    {("brush", "off"), ("brush", "aside"), ("push", "back"), ("shoot", "down"), ("wave", "off")}
)

# Nouns that make an object a claim that can be denied ("rejected the claim", "dismissed reports").
CLAIM_NOUNS: frozenset[str] = words(
    """
    claim allegation accusation charge report suggestion assertion notion rumor rumour story account
    speculation characterization characterisation statement existence involvement wrongdoing link
    connection tie role responsibility knowledge participation complicity theory premise contention
    insinuation criticism critique attack argument point label concern description portrayal finding
    conclusion figure estimate number assessment interpretation version narrative analysis reporting
    accuracy truth validity authenticity veracity presence possibility guilt affair relationship
    contact meeting suspicion impression perception reading inference implication comparison
    """
)

# Objects that make "deny"/"reject" a refusal, not a denial ("denied permits", "rejected the bill").
REFUSAL_NOUNS: frozenset[str] = words(
    """
    permit permits request requests application applications access entry visa visas bail parole
    status license licence approval permission offer offers bill bills plan plans proposal proposals
    deal deals treaty agreement nomination nominee candidate appeal appeals motion petition demand
    demands call calls invitation bid bids service coverage benefits benefit funding loan loans
    recognition asylum citizenship admission request
    """
)

# Adjectives that turn "called X <adj>" or "said X was <adj>" into a denial of X.
FALSITY_ADJECTIVES: frozenset[str] = words(
    """
    baseless false untrue unfounded groundless absurd ridiculous fabricated fake bogus inaccurate
    wrong misleading nonsense preposterous lies lie erroneous incorrect
    """
)

# Verb + preposition cues whose object is the content ("talked about the border", "called for a ban").
# Not "speak on": mostly "spoke on condition of anonymity", "spoke on Monday", "speaking on a radio show".
VERB_PREPOSITION_CUES: dict[str, frozenset[str]] = {
    verb: words(preps)
    for verb, preps in {
        "talk": "about of",
        "speak": "about of against",
        "comment": "on about",
        "ask": "about",
        "call": "for on",
        "write": "about of",
        "testify": "about on",
        "complain": "about of",
        "warn": "about of against",
        "argue": "for against about",
        "push": "for",
        "advocate": "for",
        "campaign": "for against",
        "worry": "about",
        "focus": "on",
        "rail": "against",
        "joke": "about",
        "boast": "about of",
        "brag": "about of",
        "insist": "on",
        "elaborate": "on",
        "reflect": "on",
        "touch": "on",
        "dwell": "on",
        "weigh": "in on",
        "lash": "out at",
        "tweet": "about",
        "point": "to at",
        "refer": "to",
        "respond": "to",
        "reply": "to",
        "hint": "at",
        "swing": "at",
        "object": "to",
        "allude": "to",
        "apologize": "for to",
        "apologise": "for to",
        "distance": "from",
        "balk": "at",
        "vouch": "for",
        "say": "about of",
        "vote": "against",
        "agree": "with",
        "hope": "for",
    }.items()
}

# Heads of a subject that make it a poll's share of a group ("56 percent", "a majority of voters", "half").
SHARE_NOUNS: frozenset[str] = words("percent % majority plurality half third quarter fifth")
# Verb + preposition cues only with such a subject: "27 percent would vote for Trump" reports a poll
# (PolNeAR train annotates it), "voters voted for Trump" reports a result (it does not).
SHARE_VERB_PREPOSITIONS: dict[str, frozenset[str]] = {"vote": words("for in")}

# Verbs of stance whose object is the content ("endorsed Clinton", "defended the plan").
STANCE_VERBS: frozenset[str] = words(
    """
    support oppose endorse back defend mock congratulate welcome embrace favor favour prefer discuss
    champion ridicule hail applaud lament decry deplore acknowledge bemoan
    """
)

# Verbs of intention whose infinitive is the content ("wants to build a wall").
INTENTION_VERBS: frozenset[str] = words("want plan intend hope expect seek aim refuse pledge promise vow threaten")
# Of those, the ones whose object is the content too ("wants a vast expansion of ..."). Kept on training-split
# counts: "seeks the nomination" is annotated less often than not.
DESIRE_VERBS: frozenset[str] = words("want")

# Verbs of causing whose object is the one who then speaks or thinks ("the defeat led some to
# speculate", "forced his rival to distance herself"). Persuading verbs ("urged voters to say",
# "pushed Democrats to reject") are cues of their own in PolNeAR, with the persuader as source.
OBJECT_CONTROL_VERBS: frozenset[str] = words("lead prompt force cause require leave spur drive compel")

# Nouns that attribute when a possessor or "by" phrase names the source ("his critique of ...",
# "Kerry's announcement that ...").
NOMINAL_CUES: frozenset[str] = words(
    """
    statement announcement claim claims critique criticism comment comments remark remarks support
    opposition call calls warning warnings promise promises pledge praise defense defence denial
    accusation accusations assertion estimate estimates prediction predictions acknowledgement
    acknowledgment admission view views position stance message argument concern concerns proposal
    vow insistence suggestion testimony endorsement allegation allegations complaint complaints
    demand demands response answer explanation assessment belief hope fear fears objection
    objections characterization description opinion account plea appeal insistence
    """
)

# Cues of attributions without a source: appearance and expectation ("X seemed to ...",
# "X is expected to ...") and hearsay adverbs ("X reportedly ...").
AGENTLESS_CUES: frozenset[str] = words("seem appear expect reportedly allegedly purportedly supposedly")
# Of those, the verbs that hedge a cue of their own ("Rubio seemed to urge ...", "she appeared to imply
# ..."): the inner verb is the cue, with the hedge, and the subject its source.
SEEMING_VERBS: frozenset[str] = words("seem appear")

# Verb + particle cues ("pointed out that ...", "laid out his vision", "called out companies").
PARTICLE_CUES: frozenset[tuple[str, str]] = frozenset(
    {
        ("point", "out"),
        ("lay", "out"),
        ("spell", "out"),
        ("call", "out"),
        ("sound", "off"),
        ("lash", "out"),
        ("hit", "back"),
        ("fire", "back"),
        ("speak", "out"),
        ("weigh", "in"),
        ("shrug", "off"),
    }
)

# Word forms the small English model lemmatizes wrongly ("hoping" -> "hop"), mended before lookup.
LEMMA_FIXES: dict[str, str] = {
    "hoping": "hope",
    "hoped": "hope",
    "hopes": "hope",
    "lambasted": "lambaste",
    "lambasting": "lambaste",
    "lambasts": "lambaste",
}

# Light verbs whose object noun carries the act of saying ("made the case that ...", "offered his
# assessment of ...", "raised questions about ...", "took a shot at ..."): a cue only with one of its
# objects. Pruned on training-split counts: "gave a speech", "took questions" are mostly not attributions.
LIGHT_VERB_OBJECTS: dict[str, frozenset[str]] = {
    verb: words(objects)
    for verb, objects in {
        "make": """point case clear argument claim comment remark statement allegation accusation charge
                promise pledge appeal plea pitch prediction reference observation mention secret joke commitment""",
        "raise": "question concern doubt objection",
        "take": "shot swipe aim issue jab stance position stand credit",
        "put": "it",
        "offer": """assessment thought condolence apology explanation response answer prediction prayer praise reaction
                 opinion promise defense defence critique""",
        "give": "assessment thought explanation response answer prediction praise reaction",
        "voice": "concern support opposition doubt frustration objection criticism skepticism",
        "level": "charge accusation criticism",
        "launch": "attack",
        "lodge": "complaint objection",
        "deliver": "defense defence critique rebuke",
        "issue": "statement warning apology denial threat",
        "pose": "question",
        "share": "view thought concern",
        "have": "opinion view feeling doubt concern reservation misgiving impression message argument critique",
        "express": "concern support opposition doubt frustration confidence",
    }.items()
}
LIGHT_VERBS: frozenset[str] = frozenset(LIGHT_VERB_OBJECTS)

# Documents that report findings, as the object of "in" at the head of a clause ("In a CBS News poll,
# she led by 24 points", "Trump leads in the latest survey"): the document is the source.
FINDING_DOCUMENTS: frozenset[str] = words("poll polls survey surveys study studies analysis report")
# Of those, the ones that are a source of their own even when the clause has a speaker ("In a CNN poll,
# 60 percent said ...": the poll and the respondents both attribute).
POLL_NOUNS: frozenset[str] = words("poll polls survey surveys")

# Verbs that frame someone or something "as" a kind ("viewed the challenge as a nuisance", "cast the
# Clintons as the establishment", "voters see Clinton as electable"): a cue only with the "as" phrase
# ("cast a vote" is not one; "see" without it is a verb of thinking, a cue only with a clause).
FRAMING_VERBS: frozenset[str] = words(
    "view see regard cast present identify characterize characterise label brand paint describe"
)

# Verbs by which a document states a finding ("polls show Clinton with a lead", "the emails revealed
# ties"): with a document subject (DOCUMENT_NOUNS) their object is the content.
FINDING_VERBS: frozenset[str] = words("show find indicate suggest reveal confirm")

# Adjectives of stance after a copula ("X is critical of Y", "X was adamant that ...", "X is eager to ..."):
# the subject holds the stance. Kept on training-split counts: "able", "likely", "willing", "ready",
# "happy", "interested" and "afraid" take the same frames but are seldom annotated as attributions.
STANCE_ADJECTIVES: frozenset[str] = words(
    """
    critical concerned aware eager confident worried sure proud skeptical sceptical optimistic
    pessimistic hopeful inclined reluctant convinced adamant wary upbeat keen angry pleased unhappy
    upset frustrated impressed satisfied dissatisfied supportive unsure uncertain doubtful hesitant
    insistent vocal outspoken unapologetic furious outraged bullish bearish suspicious dismissive fond
    mistrustful appreciative thankful disappointed troubled nervous cynical ambivalent unconvinced
    """
)
# Copulas that take such an adjective ("remains skeptical of", "grew frustrated with").
COPULAS: frozenset[str] = words("be remain become grow")
# Prepositions that introduce what the stance is about ("critical of", "worried about", "upbeat on"; not
# "to": "critical to" means needed).
STANCE_ADJECTIVE_PREPS: frozenset[str] = words("of about with on in by over at toward towards")
# Of those, the ones whose infinitive is the content ("eager to prove ..."); "sure to win" is a forecast.
WILLING_ADJECTIVES: frozenset[str] = words("eager reluctant hesitant inclined keen")

# Verbs of attack that headlines use for a statement against someone ("Black Lawmakers Rip Trump As ...",
# "Biden trashes Trump"): cues in a title only, where the words after them are what was said.
HEADLINE_ATTACK_VERBS: frozenset[str] = words("rip trash whack bash knock swipe")
