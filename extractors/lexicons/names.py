"""Lexicons for `who` about proper names: what makes a name an organisation, what is not an actor
at all, generic words the NER capitalises into names, and the aliases news uses for institutions.

Hand-kept from newsroom usage (AP and BBC style guides' lists of institutions and their short
forms); each list says what it is for and gives examples.
"""

from __future__ import annotations

# Words inside a name that make it an organisation, whatever the NER said ("Manchester United"
# tagged PERSON is a team; "Helena Hessel" has none of them). Lower case.
ORG_NAME_WORDS: frozenset[str] = frozenset(
    [
        *("united", "city", "fc", "afc", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers"),
        *("inc", "inc.", "corp", "corp.", "ltd", "ltd.", "limited", "plc", "llc", "group", "party", "bank"),
        "university",
        *("council", "committee", "ministry", "agency", "association", "federation", "union", "institute"),
        *("foundation", "corporation", "company", "airlines", "airways", "motors", "organisation", "organization"),
        *("commission", "department", "authority", "society", "trust", "league", "club", "college", "academy"),
        *("observatory", "laboratory", "museum", "hospital", "school", "stadium", "airport", "institution"),
    ]
)

# Heads of companies' names that name a trade or a firm's form, not a person ("Miller Brewing", "Restaurant
# Investment Partnership", "Beer Marketers Insights", "Drexel Burnham Lambert Securities"): a name of several
# words ending on one is a body, whatever the NER said, and a one-word short form opening it stands for it
# (ORG_NAME_WORDS' heads are bodies of every kind; these are firms'). Lower case.
COMPANY_HEADS: frozenset[str] = frozenset(
    [
        *("brewing", "brewery", "breweries", "publishing", "publishers", "mining", "banking", "broadcasting"),
        *("shipping", "engineering", "manufacturing", "marketing", "trading", "holding", "consulting", "printing"),
        *("partnership", "partners", "associates", "enterprises", "industries", "securities", "investments"),
        *("investors", "advisers", "advisors", "ventures", "properties", "resources", "technologies", "systems"),
        *("communications", "pharmaceuticals", "electronics", "products", "foods", "stores", "insights"),
        *("entertainment", "brands", "capital", "financial", "insurance", "services", "chemicals", "labs"),
        *("brothers", "bros", "bros."),  # "Lehman Brothers", "Salomon Bros."
    ]
)

# Trailing words a short form drops ("Labour" for the Labour Party, "Sumitomo" for Sumitomo Bank,
# "the Tate" for the Tate Gallery), besides the legal suffixes of ORG_SUFFIXES. Lower case.
ORG_DROPPED_HEADS: frozenset[str] = frozenset(
    ["party", "bank", "gallery", "museum", "airlines", "airways", "group", "network", "foundation", "institute"]
)

# Heads of an institution's or a medium's name that a short form drops after the distinctive words, besides
# ORG_DROPPED_HEADS, ORG_SUFFIXES and COMPANY_HEADS: "Monmouth" for Monmouth University (a poll's source),
# "Bloomberg" for Bloomberg Politics or Bloomberg News (its desk). Asked only of a name that opens exactly one
# longer name of the article (who/shortnames.py). Lower case.
SHORT_FORM_HEADS: frozenset[str] = frozenset(["university", "college", "news", "politics"])

# Words that open a company's formal name before the words news keeps as its short form: "Navigation Mixte" for
# Cie. de Navigation Mixte, "Generale des Eaux" for Compagnie Generale des Eaux; a French or Spanish joiner
# ("de", "des", "du") after one goes too. Lower case.
FORMAL_OPENERS: frozenset[str] = frozenset(["cie.", "cie", "compagnie", "societe", "société", "compania", "compañía"])
FORMAL_JOINERS: frozenset[str] = frozenset(["de", "des", "du", "d'", "la"])

# Words that open a body's full name to give its scope, which its shorter name drops: "the Press Club" is the
# National Press Club, "the Court of Appeals" the Federal Court of Appeals, when the article names one such
# body (two scopes, "National" and "International Press Club", keep both apart and the short name joins
# neither). As written.
ORG_SCOPE_WORDS: frozenset[str] = frozenset(
    ["National", "International", "Federal", "European", "World", "Royal", "Global", "Imperial", "Supreme"]
)

# Nouns that state one organisation to be a part of another ("Acme Workforce Solutions, a unit of
# Acme", "Acme's staffing subsidiary, Acme Workforce Solutions"): a longer name that opens on a
# company's name is then another actor, the part, not the company's full name. Lower case.
UNIT_NOUNS: frozenset[str] = frozenset(
    ["subsidiary", "unit", "division", "arm", "affiliate", "offshoot", "branch", "spin-off", "spinoff", "subsidiaries"]
)

# Heads of public bodies that news names either way round: "the Department of Justice" / "the
# Justice Department", "the Ministry of Defence" / "the Defence Ministry". Lower case.
BODY_HEADS: frozenset[str] = frozenset(["department", "ministry", "office", "bureau", "agency"])

# Last words of names that are events, laws, awards, works or programmes, not actors: "the
# Constitutional Reform Bill", "the International Coffee Agreement", "the Six Nations Championship",
# "the Winter Olympics", "the Americans with Disabilities Act". Lower case.
NOT_ACTOR_HEADS: frozenset[str] = frozenset(
    [
        *("act", "bill", "treaty", "agreement", "accord", "convention", "protocol", "amendment", "constitution"),
        *("cup", "games", "olympics", "paralympics", "championship", "championships", "tournament", "grand prix"),
        *("award", "awards", "prize", "festival", "index", "scheme", "initiative", "doctrine", "deal", "language"),
    ]
)

# Last words of capitalised common nouns that name kinds of data, not bodies ("stole Social Security
# Numbers and Personal Identifying Information"): no actor unless "of" or "for" makes the data a body's
# remit ("the Ministry of Information", "the Office for National Statistics"). Lower case.
DATA_HEADS: frozenset[str] = frozenset(["numbers", "information", "data", "details", "passwords", "addresses"])

# Whole names the small model often takes for persons or organisations that are events, awards,
# feasts, diseases or things: "Britain voted for Brexit", "a Grammy", "Christmas". Lower case.
NOT_ACTOR_NAMES: frozenset[str] = frozenset(
    [
        *("brexit", "grexit", "obamacare", "medicare", "medicaid", "grammy", "grammys", "oscar", "oscars"),
        *("emmy", "emmys", "bafta", "baftas", "olympics", "paralympics", "christmas", "easter", "ramadan", "eid"),
        *("thanksgiving", "halloween", "hanukkah", "diwali", "new year", "internet", "covid", "covid-19"),
        *("coronavirus", "ebola", "zika", "aids", "hiv", "juche", "allah", "god"),
        # technologies, formats and standards (tech news: "calls over VoIP", "RSS feeds", "the GUI")
        *("voip", "xml", "html", "rss", "gui", "tcp/ip", "ipv4", "ipv6", "wi-fi", "wifi", "bluetooth", "mp3"),
        *("dvd", "sms", "gps", "dtt", "usb", "3g", "4g", "5g", "broadband", "podcast", "podcasts"),
        # products known by name alone, whose makers are the actors ("their iPod", "on the Xbox")
        *("ipod", "ipods", "iphone", "iphones", "ipad", "xbox", "playstation", "macintosh", "walkman"),
        # a government's yearly statement ("when he delivers his Budget"); the Office of Management and
        # Budget keeps its name (a whole name, not a last word)
        "budget",
        # the shops of a town centre as a sector ("flock to the High Street", "High Street sales")
        "high street",
        # sports competitions whose name ends on no event word ("crushed in the Champions League
        # quarter-final", "his website coverage of the Tour de France"): events, their organisers the actors
        *("champions league", "europa league", "tour de france", "giro d'italia", "super bowl", "world series"),
    ]
)

# Common nouns (and portfolios) the NER capitalises into names ("the State must pay", "the Court ruled", "the
# Government said", "the Church has been divided"): as a name of one word they are an actor only
# when the article names exactly one such body ("the Church of England ... the Church said").
GENERIC_ORG_WORDS: frozenset[str] = frozenset(
    [
        *("state", "court", "government", "church", "bank", "party", "commission", "council", "committee"),
        *("ministry", "department", "agency", "union", "company", "board", "university", "college", "school"),
        *("police", "army", "navy", "cabinet", "administration", "authority", "institute", "foundation"),
        *("museum", "hospital", "club", "team", "league", "federation", "association", "office", "service"),
        *("group", "corporation", "fund", "trust", "society", "tribunal", "house", "assembly", "bureau"),
        *("embassy", "firm", "centre", "center", "network", "opposition", "coalition", "regime", "zoo"),
        *("gallery", "programme", "program", "bill", "act", "project", "station", "agreement", "treaty"),
        # portfolios the NER takes out of a title ("Finance Minister Omar Davies")
        *("finance", "health", "education", "defence", "defense", "justice", "interior", "trade", "environment"),
    ]
)

# Places closing a branch's name beside its body's ("Age Concern England" / "Age Concern", "Amnesty
# International UK"): the UK's nations, which the country gazetteer does not list, and the short forms
# of countries news writes there; other countries by their gazetteer name only (not every spelling:
# "Island" is Iceland's own). Lower case.
BRANCH_PLACES: frozenset[str] = frozenset(
    ["england", "scotland", "wales", "northern ireland", "cymru", "uk", "us", "usa", "gb"]
)

# Stock exchanges named in a company's listing in brackets ("Boeing (NYSE:BA)", "Tesla (NASDAQ:
# TSLA)", "(LSE: BP)"): the ticker is the company, the exchange no actor there. Matched in any case.
STOCK_EXCHANGES: frozenset[str] = frozenset(
    ["NYSE", "NASDAQ", "AMEX", "NYSEARCA", "NYSEMKT", "LSE", "LON", "TSX", "TSE", "ASX", "HKEX", "OTC", "OTCMKTS"]
)

# Short forms news uses for an institution whose full name the article also gives, mapped to
# the full names they may stand for ("the Fed" -> "Federal Reserve"; "Tories" -> "Conservative
# Party"); team nicknames mapped to their clubs ("the Gunners" -> Arsenal). A short form joins the
# one full name of its list that the article names. Keys and values lower case, without "the".
ORG_ALIASES: dict[str, tuple[str, ...]] = {
    "fed": ("federal reserve", "federal reserve board", "federal reserve system"),
    "tories": ("conservative party", "conservatives"),
    "tory": ("conservative party", "conservatives"),
    "conservatives": ("conservative party",),
    "lib dems": ("liberal democrats", "liberal democrat party"),
    "lib dem": ("liberal democrats", "liberal democrat party"),  # "Conservative and Lib Dem opposition"
    "gop": ("republican party",),
    "met": ("metropolitan police", "metropolitan police service", "metropolitan opera", "metropolitan museum of art"),
    "scotland yard": ("metropolitan police", "metropolitan police service"),
    "commons": ("house of commons",),
    "lords": ("house of lords",),
    "pentagon": ("department of defense", "defense department"),
    "bundesbank": ("deutsche bundesbank",),
    "red devils": ("manchester united",),
    "man utd": ("manchester united",),
    "man united": ("manchester united",),
    "man city": ("manchester city",),
    "gunners": ("arsenal",),
    "spurs": ("tottenham hotspur", "tottenham"),
    "toffees": ("everton",),
    "magpies": ("newcastle united", "newcastle"),
    "hammers": ("west ham united", "west ham"),
    "reds": ("liverpool", "nottingham forest"),
    "blues": ("chelsea", "everton", "birmingham city"),
    "citizens": ("manchester city",),
    # more clubs' nicknames in British sports copy ("the Saints" beside Southampton, "Boro" beside
    # Middlesbrough); a nickname two clubs share lists both and joins the one the article names
    "saints": ("southampton", "st johnstone", "st mirren"),
    "villans": ("aston villa",),
    "canaries": ("norwich city", "norwich"),
    "foxes": ("leicester city", "leicester"),
    "owls": ("sheffield wednesday",),
    "blades": ("sheffield united",),
    "boro": ("middlesbrough",),
    "pompey": ("portsmouth",),
    "baggies": ("west bromwich albion", "west brom"),
    "wolves": ("wolverhampton wanderers", "wolverhampton"),
    "black cats": ("sunderland",),
    "trotters": ("bolton wanderers", "bolton"),
    "toon": ("newcastle united", "newcastle"),
    "clarets": ("burnley",),
    "cottagers": ("fulham",),
    "addicks": ("charlton athletic", "charlton"),
    "tractor boys": ("ipswich town", "ipswich"),
    "gers": ("rangers",),
    "bhoys": ("celtic",),
    "hoops": ("celtic", "queens park rangers"),
    "azzurri": ("italy",),
    "les bleus": ("france",),
    "socceroos": ("australia",),
    "all blacks": ("new zealand",),
    "wallabies": ("australia",),
    "springboks": ("south africa",),
    "mideast": ("middle east",),  # wire and transcript style for the region
    # the seat for the legislature ("the disenchantment on Capitol Hill", "threats from Capitol Hill")
    "capitol hill": ("congress", "congress of the united states", "united states congress", "us congress"),
    # the stock exchange's newsroom name ("shares closed up on the Big Board")
    "big board": ("new york stock exchange", "nyse"),
    # one group under its names in English news ("ISIS fighters", "ISIL", "the so-called Islamic State"); where the
    # article gives no full name, one alias joins the other (a full name, when named, is preferred)
    "isis": ("islamic state", "islamic state group", "islamic state of iraq and syria", "isil", "daesh"),
    "isil": ("islamic state", "islamic state group", "islamic state of iraq and the levant", "isis", "daesh"),
    "daesh": ("islamic state", "islamic state group", "isis", "isil"),
}

# The names of parties among ORG_ALIASES' rows: the short forms of a party and the names they stand for
# ("gop", "tories", "conservatives", "lib dems", "liberal democrats", "conservative party"). Lower case.
PARTY_NAMES: frozenset[str] = frozenset(
    name
    for short, fulls in ORG_ALIASES.items()
    if any(full.endswith(" party") for full in fulls)
    for name in (short, *fulls)
)

# Words of sports copy: with scores ("won 34-6", "(12-3)") they tell a match report, where a team is
# named by its nickname, its city or both ("the Steelers", "Pittsburgh", "the Pittsburgh Steelers").
# Lower case.
SPORT_WORDS: frozenset[str] = frozenset(
    [
        *("game", "games", "match", "season", "coach", "halftime", "half-time", "playoff", "playoffs", "league"),
        *("quarterback", "touchdown", "touchdowns", "goal", "goals", "innings", "inning", "striker", "pitcher"),
        *("win", "won", "victory", "defeat", "beat", "rout", "scored", "score", "points", "title", "cup"),
    ]
)

# Nouns a team owns and a place does not, after a place's name in sports copy ("France coach Bernard
# Laporte", "England's defeat", "the Ireland game", "Manchester City boss Kevin Keegan"): the place
# names its side. Lower case.
TEAM_POSSESSIONS: frozenset[str] = frozenset(
    [
        *("coach", "boss", "manager", "captain", "skipper", "squad", "side", "team", "players", "fans"),
        *("supporters", "striker", "keeper", "goalkeeper", "defence", "defense", "lineup", "forwards", "pack"),
        *("game", "match", "win", "victory", "defeat", "loss", "lead", "hopes", "campaign", "scrum", "tries"),
    ]
)

# Verbs of a game whose subject or object is a side ("Wales beat France", "Spain lead 1-0", "France,
# who lost to Wales", "Chelsea have not played Barcelona"): a place so used in sports copy is its team. Lemmas.
GAME_VERBS: frozenset[str] = frozenset(
    [
        *("beat", "defeat", "win", "lose", "draw", "play", "face", "host", "trail", "lead", "edge", "thrash"),
        *("crush", "overcome", "outplay", "score", "concede", "suffer"),
    ]
)

# Heads of a body's name that a one-word name modifies ("the San Francisco-based Balco laboratory",
# "the Acme agency", "the Vestey firm"): the word names that body, whatever the NER said. Lower case.
BODY_NAME_HEADS: frozenset[str] = frozenset(
    ["laboratory", "laboratories", "lab", "labs", "agency", "firm", "company", "corporation", "studio", "studios"]
)

# Outlets: the last word of a newsroom's name ("BBC News", "the Radio Times", "CBS News"), the
# broadcasters known by letters, and the nouns that introduce an outlet ("the Swiss daily Le Matin").
# An outlet named only as the medium of a report ("told BBC Sport", "reported by the daily X", "BBC
# correspondent Y", "televised on ITV1") is no actor (who.filters); one that acts ("Reuters reported")
# is. Lower case.
NEWSROOM_WORDS: frozenset[str] = frozenset(
    [
        *("news", "times", "press", "daily", "radio", "tv", "television", "sport", "sports", "magazine"),
        *("herald", "tribune", "journal", "gazette", "telegraph", "chronicle", "inquirer", "bbc", "cnn"),
        *("itv", "itv1", "bbc1", "bbc2", "abc", "nbc", "cbs", "sky", "msnbc", "npr", "pbs"),
    ]
)
OUTLET_NOUNS: frozenset[str] = frozenset(
    ["daily", "paper", "newspaper", "weekly", "magazine", "broadcaster", "channel", "tabloid", "website"]
)

# Platforms that news names as the place of a post ("wrote on Twitter"): there they are a medium,
# not an actor; they act only as companies ("Twitter suspended the account"). Lower case.
PLATFORMS: frozenset[str] = frozenset(
    [
        *("twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "whatsapp", "telegram"),
        *("weibo", "wechat", "reddit", "linkedin", "periscope", "tumblr", "x"),
    ]
)

# Labels that open a line like a speaker's name but name no speaker ("Source: ...", "Q: ...").
# Lower case.
NOT_SPEAKERS: frozenset[str] = frozenset(
    [
        *("q", "a", "question", "answer", "interview", "note", "editor's note", "update", "source", "sources"),
        *("photo", "video", "image", "related", "read more", "more", "watch", "listen", "warning", "disclaimer"),
        *("correction", "clarification", "background", "context", "analysis", "timeline", "summary", "transcript"),
    ]
)

# Words that address an audience at the opening of a sentence ("Ladies and gentlemen, the purpose of
# this conference is to report ...", "Friends, we have won"): a vocative is spoken to, not a doer, even
# where the parser makes it the subject. Lower case.
VOCATIVES: frozenset[str] = frozenset(
    [
        # only words that are an address whenever they open a sentence before a comma ("Members, however,
        # voted" is a subject)
        *("ladies", "gentlemen", "folks", "sir", "madam", "comrades"),
    ]
)

# Nouns that describe an organisation when a lead introduces it before naming it ("..., a charity
# has warned", "one of the world's leading credit rating agencies says"), besides ORG_DESCRIPTIONS.
# Lower-case lemmas.
ORG_NOUNS: frozenset[str] = frozenset(
    [
        *("charity", "agency", "organisation", "organization", "body", "union", "association", "watchdog"),
        *("regulator", "lobby", "think-tank", "institute", "party", "council", "campaigner", "newspaper"),
    ]
)

# Phrases that introduce another name of the same person or body right after its name: "Paul
# Hewson, better known as Bono", "Robyn Fenty, aka Rihanna", "Islamic State, also known as Isis",
# "Stefani Germanotta, whose real name ..." is the other way round and is not listed. Lower case;
# the name follows the phrase (optionally quoted).
ALIAS_CUES: tuple[str, ...] = (
    *("better known as", "also known as", "more commonly known as", "commonly known as", "popularly known as"),
    *("widely known as", "professionally known as", "affectionately known as", "known as", "aka", "a.k.a.", "a.k.a"),
    *("nicknamed", "also called", "otherwise known as"),
    # a body's or a person's earlier or later name: "Zentrix, formerly Brontal Group,", "now called"
    *("formerly known as", "previously known as", "now known as", "formerly", "previously", "now called"),
    # a married woman's maiden or working name, an artist's stage name: "Cherie Blair, née Booth", "Cherie
    # Blair, who works as Cherie Booth", "Mike Skinner, performing as The Streets"
    *("née", "nee", "who works as", "who performs as", "performing as", "who records as", "recording as"),
    *("who writes as", "writing as", "trading as", "under the name"),
)

# Adjectives the popular press puts before a first name as an epithet ("Devastated Hayley added",
# "Tragic Victoria died", "Heartbroken relatives"): no part of a name, and no name alone (the
# tagger reads them as proper nouns at a sentence's start). Lower case; none is a given name.
EPITHETS: frozenset[str] = frozenset(
    [
        *("devastated", "tragic", "heartbroken", "grieving", "distraught", "tearful", "shocked"),
        *("stunned", "furious", "horrified", "terrified", "proud", "heroic", "frantic", "doomed", "crazed"),
        *("evil", "twisted", "sick", "tormented", "heartbreaking", "brokenhearted", "bereaved", "emotional"),
        *("fuming", "angry", "delighted", "thrilled", "relieved", "plucky", "tireless", "courageous", "frightened"),
    ]
)

# Nouns news puts before a name as a description, capitalised at a sentence's start ("Eyewitness
# Damien Allemend told ...", "Newcomer Ciara's four nominations", "Veterans Simon and Garfunkel",
# "Pensioner Mary Smith"): no part of the name; the NER runs them into it. Lower case; none is a
# given name.
NAME_OPENERS: frozenset[str] = frozenset(
    [
        *("eyewitness", "eyewitnesses", "witness", "newcomer", "newcomers", "veteran", "veterans", "rookie"),
        *("pensioner", "teenager", "youngster", "schoolboy", "schoolgirl", "grandmother", "grandfather"),
        *("widow", "widower", "survivor", "victim", "bystander", "passer-by", "onlooker", "holidaymaker"),
        *("tourist", "motorist", "mum", "dad", "debutant", "newlywed", "superstar", "hitmaker"),
    ]
)

# Prefixes joined by a hyphen to a name that make it a modifier ("pro-Chavez squatters", "Ex-Labour
# leader Neil Kinnock", "an anti-EU party"): no part of the name. Lower case.
NAME_PREFIXES: frozenset[str] = frozenset(["ex", "pro", "anti", "non", "post", "pre", "neo", "pan"])

# Quantifiers the NER runs into a name at a sentence's start ("Several Cineplex directors", "Many Boeing
# workers", "Some Labour MPs"): no part of the name. Not "All" ("All Nippon Airways"). Lower case.
NAME_QUANTIFIERS: frozenset[str] = frozenset(["several", "many", "some", "most", "few", "various", "numerous"])

# Lower-case words that join a work's title to its last word ("Tears of the Sun", "Escape from
# Alcatraz"): a name right after "Capitalised of (the)" starts with the title's last word.
TITLE_JOINS: frozenset[str] = frozenset(["of", "from"])

# Nouns that introduce the title of a work right before it ("her hit song Bodak Yellow", "the
# album Final Straw", "his film Kill Bill", "the opera La Boheme"): the title is no person. Lower case.
WORK_NOUNS: frozenset[str] = frozenset(
    [
        *("song", "single", "album", "hit", "track", "record", "ep", "lp", "ballad", "anthem", "soundtrack"),
        *("film", "movie", "documentary", "sequel", "prequel", "franchise", "thriller", "comedy", "drama"),
        *("book", "novel", "memoir", "biography", "autobiography", "poem", "play", "musical", "opera", "ballet"),
        *("show", "series", "sitcom", "programme", "program", "episode", "podcast", "game", "painting"),
        *("sculpture", "exhibition", "portrait", "column", "blog", "video", "app", "title", "tour", "website"),
        *("site", "footage", "trilogy"),
    ]
)

# Nouns that introduce a product's name right before it ("cholesterol drug Crestor", "rival medicine
# Tarceva", "the console Xbox", "its top brands include Strongbow and Kronenbourg"): a product is no
# actor (DESIGN's types are person, organization, location, group); its maker is. Not "maker", "giant"
# or a firm's kind (FIRM_KINDS: "car firm Ford" is a body), nor "player" or "engine" ("Hollywood player
# Howard Hughes", "search engine Google"). A model designation before one is a product too ("the S9
# handsets", "the Pixel 2 camera", "Version 5.00 update"). Lower case.
PRODUCT_NOUNS: frozenset[str] = frozenset(
    [
        *("drug", "drugs", "medicine", "medicines", "pill", "vaccine", "painkiller", "antidepressant"),
        *("beer", "beers", "lager", "ale", "cider", "whisky", "vodka", "brand", "brands", "cigarette"),
        *("phone", "phones", "handset", "handsets", "smartphone", "console", "consoles", "gadget", "laptop"),
        *("browser", "software", "chip", "processor", "rocket", "spacecraft", "capsule", "probe", "rover"),
        *("satellite", "telescope", "orbiter", "lander", "airliner", "jet", "car", "cars", "character"),
        *("camera", "computer", "device", "update", "version", "system", "technology", "technologies"),
    ]
)

# Model designations: letters joined to digits ("S9", "CDP-101", "P-3", "Chang'e-5", "IPv4") or a name
# ending on a number of at most three digits ("Pixel 2", "Version 5.00"; not a year: "the Lions of
# 1971"). A name so made that the article writes after an article or a possessive ("the S9", "Sony's
# CDP-101") or before a product noun ("the S9 handsets", "the Chang'e-5 lunar probe") is a product, no
# actor; a band written bare stays ("U2 have it in spades", "the U2 frontman"). Groups of states are
# bodies ("the G20": GROUPS_OF_STATES), so are outlets ("BBC Radio 4").
DESIGNATION = r"(?:[A-Za-z][A-Za-z'’]*-?\d[\w.+-]*|\d{1,3}(?:\.\d+)?\+?)"
GROUPS_OF_STATES = r"G-?\d+"

# Nouns that introduce the name of a band or a group right before it ("rock band Vox", "the pop
# group Lumen", "comedy duo Ray and Ann"): the name is an organisation, even a title or a common
# word ("Queen", "Busted") the small model leaves untagged or takes for a person. Lower case.
BODY_KINDS: frozenset[str] = frozenset(
    ["band", "group", "duo", "trio", "quartet", "quintet", "boyband", "orchestra", "choir", "ensemble"]
)

# Nouns that introduce a firm's name right before it ("record company SonyBMG", "brokers Tov",
# "accountants Ernst & Young"): the name is an organisation, and the noun no part of it; unlike a
# band's, a firm's name is never a title word ("the company chairman John Smith"). Lower case.
FIRM_KINDS: frozenset[str] = frozenset(
    [
        *("company", "firm", "label", "broker", "brokers", "stockbroker", "stockbrokers", "brokerage"),
        *("accountants", "retailer", "carmaker", "insurer", "lender", "miner"),
        *("chipmaker", "automaker", "conglomerate", "airline"),  # "rival chipmaker Qualcomm"
    ]
)

# Titles that name an organisation's kind, not a person's role: a "person" so described is a body the
# NER mistyped ("Virgin Blue, the low-cost carrier", "the reinsurer Munich Re", "Dutch daily newspaper De
# Telegraaf", "public broadcaster France Televisions", "electric car maker Tesla"). Matched on a title's
# last word, or its last two ("car maker"; "film maker" is a person's). The firm kinds above, less those
# that are also people's trades (a label's, a broker's, an accountant's, a miner's). Lower case.
BODY_KIND_TITLES: frozenset[str] = (
    FIRM_KINDS - {"label", "broker", "brokers", "stockbroker", "stockbrokers", "accountants", "miner"}
) | frozenset(
    [
        *("carrier", "reinsurer", "drugmaker", "supermarket", "newspaper", "tabloid", "bookmaker", "brewer"),
        *("car maker", "drug maker", "chip maker", "phone maker", "steel maker", "aircraft maker", "oil giant"),
        *("public broadcaster", "state broadcaster", "satellite broadcaster", "commercial broadcaster"),
    ]
)

# Past participles a headline uses for the passive without "-ed" ("Berg held", "Zenco chief sent to
# jail"): the name before them is the patient the title is about. Lower case; regular ones end in -ed.
HEADLINE_PARTICIPLES: frozenset[str] = frozenset(
    [
        *("held", "hit", "shot", "cut", "sent", "sold", "struck", "caught", "found", "given", "taken", "seen"),
        *("beaten", "stolen", "told", "bought", "hurt", "kept", "left", "paid", "set", "made", "named", "freed"),
    ]
)


# Familiar forms of English given names, mapped to the formal name they shorten ("Larry Lessig" is
# Lawrence Lessig, "Chuck Robb" Charles Robb): two persons with one surname whose given names are
# the same name are one person. Lower case; common English hypocoristics only.
GIVEN_NAME_FORMS: dict[str, str] = {
    **dict.fromkeys(("bob", "bobby", "rob", "robbie"), "robert"),
    **dict.fromkeys(("bill", "billy", "will", "willie"), "william"),
    **dict.fromkeys(("jim", "jimmy", "jamie"), "james"),
    **dict.fromkeys(("mike", "mick", "mickey"), "michael"),
    **dict.fromkeys(("dick", "rick", "ricky", "rich", "richie"), "richard"),
    **dict.fromkeys(("tony",), "anthony"),
    **dict.fromkeys(("chuck", "charlie"), "charles"),
    **dict.fromkeys(("larry",), "lawrence"),
    **dict.fromkeys(("fred", "freddie", "freddy"), "frederick"),
    **dict.fromkeys(("tom", "tommy"), "thomas"),
    **dict.fromkeys(("joe", "joey"), "joseph"),
    **dict.fromkeys(("dave",), "david"),
    **dict.fromkeys(("steve",), "steven"),
    **dict.fromkeys(("ed", "eddie", "ted", "teddy"), "edward"),
    **dict.fromkeys(("alex",), "alexander"),
    **dict.fromkeys(("andy", "drew"), "andrew"),
    **dict.fromkeys(("ben",), "benjamin"),
    **dict.fromkeys(("dan", "danny"), "daniel"),
    **dict.fromkeys(("matt",), "matthew"),
    **dict.fromkeys(("nick",), "nicholas"),
    **dict.fromkeys(("pat",), "patrick"),
    **dict.fromkeys(("ron", "ronnie"), "ronald"),
    **dict.fromkeys(("sam",), "samuel"),
    **dict.fromkeys(("jerry",), "gerald"),
    **dict.fromkeys(("liz", "beth", "betty"), "elizabeth"),
    **dict.fromkeys(("kate", "katie", "cathy"), "katherine"),
    **dict.fromkeys(("jenny",), "jennifer"),
    **dict.fromkeys(("sue",), "susan"),
}

# Kinds of place whose name follows "the ... of" ("the town of Whakatane", "the city of Lyon"): the
# name is a place, whatever the NER said. Lower case.
PLACE_KINDS: frozenset[str] = frozenset(
    [
        *("town", "city", "village", "hamlet", "county", "port", "district", "province", "region"),
        *("island", "islands", "suburb", "borough", "municipality", "capital", "state", "river"),
    ]
)

# Nouns a body owns and a person does not, after its name as possessor or modifier ("Qualcomm's
# chips", "Qualcomm stockholders", "SpaceX's headquarters", "SpaceX founder Elon Musk"): the name is
# an organisation, whatever the NER said. Lower case.
BODY_POSSESSIONS: frozenset[str] = frozenset(
    [
        *("shares", "stock", "stockholders", "shareholders", "headquarters", "website", "subsidiary"),
        *("subsidiaries", "factory", "factories", "plant", "plants", "workforce", "employees", "executives"),
        *("founder", "founders", "products", "customers", "chips", "rocket", "rockets", "stores", "brand"),
        *("fighters", "militants"),  # "Boko Haram fighters": an armed group's
        *("frontman", "frontwoman", "bassist", "drummer", "guitarist"),  # "Keane frontman Tom Chaplin": a band's
    ]
)

# Heads of a place's name that a one-word name modifies ("the new Wembley stadium", "McMurdo
# Sound"): the word names a place. Lower case.
PLACE_HEADS: frozenset[str] = frozenset(
    [
        *("stadium", "arena", "airport", "station", "bridge", "dam", "sound", "bay", "river", "valley"),
        *("harbour", "harbor", "square", "street", "park", "lake", "mountains", "peninsula", "strait"),
    ]
)

# Heads a natural feature's name is written with or without ("the Rhine River" / "the Rhine", "the Sahara
# Desert" / "the Sahara"): one place (who.partplaces). Lower case.
FEATURE_HEADS: frozenset[str] = frozenset(["river", "desert", "mountains", "glacier", "ocean", "sea", "islands"])

# Words opening a place's name that make another place of the rest ("North Korea", "West Midlands", "New
# South Wales", "Upstate New York"): a place's name after one of them is no short form of it
# (who.partplaces). As written.
PLACE_SIDES: frozenset[str] = frozenset(
    [
        *("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper"),
        *("Lower", "Greater", "Inner", "Outer", "New", "Old", "Little", "Great", "Upstate", "Downstate"),
    ]
)

# Heads of the names of structures, rooms, roads and natural features the NER calls bodies ("the Statue
# of Liberty", "the Washington Monument", "the Cabinet Room", "the Apollo 11 pad", "the Florida Straits",
# "the International Space Station"): such a name is a place, an actor only where it acts (who.filters'
# scene rule). The head is the last word, or the word before "of". The place heads above, less a seat of
# power or an operator that speaks ("Downing Street said", "Heathrow Airport said", "the Park Service");
# not "Hill", "Palace" or "House" either ("Capitol Hill", "the White House"). Lower case; two-word rows
# match the last two words.
STRUCTURE_HEADS: frozenset[str] = (
    PLACE_HEADS - {"street", "stadium", "arena", "airport", "station", "park"}
) | frozenset(
    [
        *("statue", "monument", "memorial", "gate", "room", "strip", "highway", "motorway", "pad", "straits"),
        *("promenade", "hemisphere", "cloud", "curtain", "pole"),
        *("space station", "space center", "space centre", "launch site", "launch pad"),
    ]
)
