"""The newsroom's own credits under a story: who produced its video or podcast, who contributed to it, who its
staff writer is and where to follow them. Furniture rows in the format of extractors/lexicons/boilerplate.py,
read by extractors/boilerplate.py with the rows there (kept apart: that file is at its size limit)."""

from __future__ import annotations

from extractors.lexicons.boilerplate import FurnitureRule

# a credit's role, before its "by": "Story by", "Video produced by", "Cinematography by", "Associate production by"
_ROLE = (
    r"(?:Story|Video|Audio|Podcast|Cinematography|Photography|Graphics|Animation|Illustrations?|Music|Sound"
    r"|(?:(?:Associate|Executive|Video|Podcast|Audio) )?[Pp]roduction"
    r"|(?:(?:Video|Podcast|Audio|Story) )?(?:[Pp]roduced|[Ee]dited|[Ss]hot|[Ff]ilmed|[Hh]osted|[Dd]irected))"
)
# what may follow in a credit line: names (a scraper may glue the next role to the name, "Jon DoeCinematography"),
# "and", commas, further roles and their "by"; possessive, so that the glued words cost no backtracking
_CREDITED = r"(?:[ \xa0,]++|and |by |[A-Z][\w.'’-]*+|(?:produced|production|edited|shot|filmed|directed) )*+"
# a staff member's line: "Jane Doe is senior media editor at The Paper.", "Jim Doe is a co-host of the
# Politics podcast “So, That Happened.” Subscribe here ..."
_STAFF_ROLE = (
    r"(?:editor|reporter|correspondent|columnist|co-host|host|writer|contributor|producer|editor-at-large"
    r"|bureau chief|blogger|critic)"
)

# a word of the newsroom's name after the role: "at The Paper", "of the HuffPost Politics podcast “So, That
# Happened.”" (capitalised words, a quoted title, a few lower-case words of a desk or a show); the name opens on a
# capital: an op-ed's writer, "Jane Doe is editor of the editorial page.", is the piece's voice, read by
# extractors/writers.py, and no furniture
_OUTLET = (
    r"(?:[A-Z][\w'’&-]*+|[“\"][^\n”\"]{1,40}[”\"]|the|and|politics|podcast|show|section|desk|magazine|newsletter"
    r"|blog)"
)

STAFF_RULES: tuple[FurnitureRule, ...] = (
    FurnitureRule(
        "production credit",
        "credit",
        # a line of "<role> by <names>" credits and nothing else: a video's or a podcast's makers
        rf"{_ROLE} by (?=[A-Z]){_CREDITED}\.?$",
        "line",
        (
            "Story by Sam Doe\xa0Video produced by Jon DoeCinematography by Jon Doe and Sam DoeAssociate production by"
            " Audrey Doe.",
            "Podcast produced by Bridget Doe.",
            "Video edited by Jane Doe and Tom Roe",
        ),
        (
            "Video produced by the campaign shows the senator at a rally.",
            "Story by Story, the new app, was downloaded 3 million times.",
            "Podcast produced by Jane Doe tops the charts.",
        ),
        max_line=300,
    ),
    FurnitureRule(
        "contributing",
        "credit",
        # the reporters who contributed to a story, on its last line: "Contributing: Jane Doe, Medill News Service."
        r"(?:Contributing|Contributors?|Contributing reporters?): [A-Z][^\n]{0,150}$",
        "line",
        ("Contributing: Nicole Doe.", "Contributing: Nick Doe, Medill News Service; Jo Roe in Washington."),
        ("Contributing factors: the weather and the late start, the report said.",),
        max_line=200,
    ),
    FurnitureRule(
        "staff bio",
        "byline",
        # the writer's or host's one-line bio under the story, alone on its line (with at most the podcast's
        # prompt after it): "Jane Doe is senior media editor at The Paper."; a story's own sentence about a
        # journalist goes on ("... who was jailed in 2014", "... , said on Monday") and is not matched
        rf"[A-Z][\w'’-]+(?: [A-Z][\w.'’-]+){{1,2}} is (?:a |an |the )?(?:[\w-]+ ){{0,3}}{_STAFF_ROLE}"
        rf" (?:at|of|for|on|with) (?:the |The )?[A-Z][\w'’&-]*+(?: {_OUTLET}){{0,8}}"
        r"(?:\.|(?<=\.[”\"]))(?:[”\"’]?$|[”\"’]?[ \xa0]+(?:Subscribe|Listen|Follow|Read) [^\n]{0,100}$)",
        "line",
        (
            "Gabriel Doe is senior media editor at The Huffington Post.",
            "Zach Doe is a co-host of the HuffPost Politics podcast “So, That Happened.”\xa0Subscribe here or listen"
            " to the latest episode below:",
            "Bill Doe is a reporter for The Daily Planet.",
        ),
        (
            "John Doe is a reporter for the Daily Planet who was jailed in Iran in 2014.",
            "Jane Doe is a reporter, her lawyer said.",
            "Bill Doe is editor of the editorial page.",
            "Jane Doe is the editor of the paper, and she denies the story.",
        ),
        max_line=250,
    ),
    FurnitureRule(
        "podcast prompt",
        "share",
        # a line closing on the prompt to a show's feed: "... co-hosts the politics podcast “So, That Happened.”
        # Subscribe here, and listen to the latest episode below.", "The Paper spoke with X on its podcast. Listen to
        # the interview, embedded below:" (the line plugs the show)
        r"Subscribe here\b[^\n]{0,80}$|Subscribe to [^\n]{0,40}\bpodcast\b[^\n]{0,40}$"
        r"|Listen to the (?:full )?(?:interview|episode|conversation|podcast),? (?:embedded )?below:?$",
        "line_end",
        (
            "Jason Doe edits “Eat The Press” for The Paper and co-hosts its podcast. Subscribe here, and listen to the"
            " latest episode below.",
            "Subscribe to the paper’s politics podcast here.",
            "The Paper spoke with Jane Doe on the latest episode of its podcast, “Happened.” Listen to the interview,"
            " embedded below:",
        ),
        ("Subscribers rose 5%, the paper said.", "Listen to the interview below and judge for yourself, he said."),
        max_line=300,
        cues=("Subscribe", "Listen to the"),
    ),
    FurnitureRule(
        "handle line",
        "share",
        # a writer's account alone on its line under the story: "Twitter: @jdoe."
        r"(?:Twitter|Instagram|Facebook|Threads): @[\w.]+$",
        "line",
        ("Twitter: @Milbank.", "Instagram: @jane.doe"),
        ("Twitter: @jdoe said the vote was rigged, and 3,000 users agreed.",),
        max_line=60,
    ),
)
