"""Rows for whom an interviewee's "we" stands for (extractors/voices.py)."""

from __future__ import annotations

# Roles that make a person speak for a body: its founder, owner, head or member ("LibriVox founder Hugh
# McGuire", "president of the International Brotherhood of Magicians", "co-owned by ... Rauschenberg").
# Not a candidate's or a nominee's party ("Libertarian Party nominee"): his "we" is his campaign or his
# country as often.
BODY_ROLES: frozenset[str] = frozenset(
    [
        *("founder", "co-founder", "cofounder", "owner", "co-owner", "ceo", "director", "editor", "manager"),
        *("chairman", "chairwoman", "head", "president", "spokesman", "spokeswoman", "member", "employee"),
    ]
)
# Verbs by which a body is brought into being: their "we" is its founders, not the body ("together we
# formed this thing", "we launched it"), when they take an object.
FOUNDING_VERBS: frozenset[str] = frozenset(["found", "form", "start", "launch", "create", "establish", "set", "build"])

_WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]+)"  # a name's word or initial ("Lucero", "J.")
_CAPITAL = r"[\w'’&-]*[A-Z][\w'’&-]*"  # a word holding a capital ("LibriVox", "wikiHow", "Gaming")
NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"  # a person's name as written, on one line: "Hugh McGuire"
NAMES = rf"{NAME}(?:[ ]and[ ]{NAME})?"  # "Jonathan M. Stan and John-Christian G. Rauschenberg"
# an organisation's name as written ("International Brotherhood of Magicians")
BODY = rf"{_CAPITAL}(?:[ ](?:of[ ]|for[ ]|and[ ])?{_CAPITAL}){{0,4}}"
ROLE = "|".join(sorted(BODY_ROLES, key=len, reverse=True))

# (name, pattern, example): how a title or an interview's opening ties its guest to a body. Groups:
# ``person`` the guest as written, ``body`` the organisation.
BODY_LINKS: tuple[tuple[str, str, str], ...] = (
    ("body role name", rf"(?P<body>{BODY})[ ](?i:{ROLE})[ ](?P<person>{NAME})", "LibriVox founder Hugh McGuire"),
    ("name, body role", rf"(?P<person>{NAME}),[ ](?P<body>{BODY})[ ](?i:{ROLE})\b", "Jack Herrick, wikiHow founder"),
    (
        "name, role of body",
        rf"(?P<person>{NAME}),[ ](?:the[ ]|a[ ])?(?i:{ROLE})[ ]of[ ](?:the[ ])?(?P<body>{BODY})",
        "William Evans, president of the International Brotherhood of Magicians",
    ),
    # one guest "of" a body; two ("X and Y of Z") say "we" of themselves as often ("we met at school")
    ("name of body", rf"(?P<person>{NAME})[ ]of[ ](?P<body>{BODY})", "Ana Ruiz of Blue Sky Games"),
    (
        "body owned by names",
        rf"(?P<body>{BODY})[^.\n]{{0,60}}?\b(?:co-)?(?:owned|run|founded|led)[ ]by[ ](?P<person>{NAMES})",
        "The Red Lion bar is located in Leeds and is co-owned by Ana Ruiz and Li Wen",
    ),
)
