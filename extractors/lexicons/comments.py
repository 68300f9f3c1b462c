"""Readers' comment sections under an article: the signature under a contribution and the reaction that opens
one, as furniture rows read by extractors/boilerplate.py's comment-section engine (the rows' format:
extractors/lexicons/boilerplate.py)."""

from __future__ import annotations

from extractors.lexicons.boilerplate import FurnitureRule

# A reader's signature under a contribution: "Name, Town, Country" ("Dave, London, UK", "Sarah Jones,
# 15, Leeds", "Mark, Newcastle upon Tyne, England"), alone on its line or closing the contribution's
# paragraph after its last sentence. It is read only inside a comment section or as part of a run of
# signed contributions (boilerplate._comment_sections): one "Roger Federer, Switzerland" line is not a
# comment, and "John Smith, 54, from Leeds, said ..." is the article (a verb, a lower-case "from").
_SIG_WORD = r"[A-Z][\w'’.-]*"
_SIG_LINK = r"(?:of|upon|on|de|du|la|le|van|von|der|den|da|del|and|in|the|am|sur|&)"
_SIG_PLACE = rf"{_SIG_WORD}(?: (?:{_SIG_WORD}|{_SIG_LINK})){{0,4}}"
# a reporter named with the paper or the network (a news conference's "Helen Thomas, United Press
# International") is no reader: no part of a signature is a newsroom's
_NEWSROOM = (
    r"News|Press|Times|Post|Service|Radio|Television|TV|Broadcasting|Journal|Tribune|Network|Agency|Magazine"
    r"|Herald|Inquirer|Daily|Newspapers?|Associated|International|Reuters|Bloomberg|Wire|Bureau|Chronicle"
    r"|Gazette|Telegraph|Guardian|Standard|Observer|Correspondent|Reporter|Editor"
)
READER_SIGNATURE = FurnitureRule(
    "reader signature",
    "comment",
    r"(?!(?:By|From|Photo|Image|Picture|Reporting|Posted|Updated|Published|Copyright|Read|Related|Source)\b)"
    rf"(?![A-Z]{{2}})(?![^\n]*\b(?:{_NEWSROOM})\b)"
    rf"{_SIG_WORD}(?: {_SIG_WORD}){{0,3}}(?:, \d{{1,3}})?(?:, {_SIG_PLACE}){{1,3}}",
    "line",
    ("Dave, London, UK", "Sarah Jones, 15, Leeds", "Mark, Newcastle upon Tyne, England", "J. Smith, Ottawa, Canada"),
    (
        "John Smith, 54, from Leeds, said the council had lied.",
        "By Jane Porter, BBC News",
        "Read more, Here",
        "Helen Thomas, United Press International",
        "FRANK CORMIER, Associated Press",
    ),
    max_line=80,
)

# A reader's reaction to the piece, opening a contribution (or within its first words): agreement or
# disagreement with the writer ("I agree with Mr Smith", "I rarely find myself agreeing with him"), a
# verdict on the article ("An interesting article", "Well said"). Below a column (which speaks in the
# first person throughout, so the reader's "I" does not tell its comments apart) a run of contributions
# holding several of these closes the page (boilerplate._reader_reactions).
READER_REACTION = FurnitureRule(
    "reader reaction",
    "comment",
    # agreement, within the line's first words (not inside a quotation)
    r"(?:[^\n\"“]{0,60}?\b)?(?:I (?:\w+ ){0,2}(?:agree|disagree)\b"
    r"|(?:agreeing|agree|disagree) with (?:Mr|Ms|Mrs|Dr|him|her|the writer|the author|this|your)\b)"
    # a verdict on the piece, opening the line
    r"|(?:(?:An?|What an?|Such an?) )?(?i:interesting|excellent|great|brilliant|fascinating|superb|thoughtful|good)"
    r" (?:article|piece|column|view|read)\b"
    r"|(?:Well said|How true|Spot on|Hear, hear)\b",
    "start",
    (
        "I agree with Mr Jones. The plans go too far.",
        "I rarely find myself agreeing with Ms Patel, but this time she is right.",
        "An interesting article, but it misses one point.",
        "Although, in principle I agree with him, the writer forgets the cost.",
        "Well said. It is time someone spoke out.",
    ),
    ("The minister said the plan would cut waiting times.", '"I agree with the decision," the mayor said.'),
    max_line=100,
)
