"""Lists of names and scores printed under a sports report: team sheets, bare name lists, results and tables.

A match report closes on the team sheets ("Rovers: Abara; Brisk, Colley, Dunmore, Eskew; ..." and "Subs
not used: Pellow, Quist"), the squad named for a game (one line per unit, "Castagne (Lorient), Verlaine
(Nantes), ..."), the scorers and the referee, the day's results ("Rovers 2-1 Harbour Town") and the table
("1 Rovers 38 29 4 5 91"). None of it is a sentence of the story: no name in it is an actor, no line
of it an event or a headline. boilerplate._name_lists reads each short line against the rows below.

A row (``ListShape``) reads one line as ``label? item (separator item)*``, the separators being commas,
semicolons and slashes, a closing full stop aside:

- ``label``: what may open the line, before its colon ("Subs not used:", "Rovers:"): ``ANY_LABEL`` is any
  name (a team's); ``None``: none; ``bare``: may the line come without it;
- ``item``: what each item must be, wholly (a name, a fixture and its score, a table row); bracketed
  notes ("(capt)", "(Lorient)", "(Oduya 70)", a tie-break's "(8/6)") are dropped before the line is
  read, so that commas inside them split nothing;
- ``items``: how many items at least: a bare list of names needs many (a sentence naming three people
  has lower-case words anyway, but a line of two or three names may be a heading or a signature);
- a line without any lower-case letter outside its brackets is a heading, never a list;
- a line may hold several lists, each after the full stop that closes the one before, from its label on
  ("Rovers: Abara, Brisk, ... Kell. Subs not used: Pellow. Booked: Brisk. Att: 42,118.").

The patterns run on one line at a time and hold no nested unbounded quantifiers (linear time).
"""

from __future__ import annotations

from dataclasses import dataclass

# one word of a name: a capitalised word ("O'Connor", "Jean-Marc", "Müller"), an initial ("M", "J."), or the
# lower-case particles of surnames ("van Persie", "de la Cruz", "dos Santos")
_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UPPER}][\w'’.-]*"
_PARTICLE = r"(?:van|von|de|der|den|da|das|di|do|dos|du|del|della|la|le|ten|ter|bin|ibn|al|el|y)"
NAME = rf"{_WORD}(?: (?:{_WORD}|{_PARTICLE}(?= [{_UPPER}]))){{0,3}}"
# a shirt number, a place or a score before a name ("15 Lusk", "3. Mabey", "-12 Nairn"), minutes or a
# penalty after it ("Ince 65", "Jarrow 23 pen")
_SHIRT = r"(?:[-+]?\d{1,3}\.? )?"
_MINUTES = r"(?: \d{1,3}(?:\+\d{1,2})?'?(?: (?:pen|og|mins?))?)*"
PLAYER = rf"{_SHIRT}{NAME}{_MINUTES}"
# a team in a result or a table: a name, perhaps with an ampersand or a dotted abbreviation ("Brighton & Hove
# Albion", "Man Utd", "St. Mirren")
TEAM = rf"{_WORD}(?: (?:{_WORD}|&|{_PARTICLE}(?= [{_UPPER}]))){{0,4}}"
_SCORE = r"\d{1,3} ?[-–] ?\d{1,3}"
# a label that opens a line of team news (the colon is the engine's)
LINEUP_LABELS = (
    r"(?i:(?:Subs|Substitutes|Replacements|Bench|Reserves)(?: not used)?|Unused subs(?:titutes)?"
    r"|Squad|Team|Starting (?:XI|XV|line-?up)|Line-?up|Backs|Forwards|Goalkeepers|Defenders|Midfielders"
    r"|Strikers|Booked|Bookings|Sent off|Sin[- ]bin(?:ned)?|Yellow cards?|Red cards?|Goals?|Scorers?"
    r"|Tries|Try|Cons|Con|Pens|Pen|Drop goals?|Dropped goals?|Referee|Ref|Umpire)"
)
# any name as the label: a team's own ("Rovers:", "Harbour Town:"; a bracketed "(from)" is dropped before)
ANY_LABEL = NAME


@dataclass(frozen=True, slots=True)
class ListShape:
    """One kind of list line: its label, its items, how many items at least, and examples."""

    name: str
    label: str | None
    bare: bool
    item: str
    items: int
    examples: tuple[str, ...]
    counter: tuple[str, ...] = ()


NAME_LISTS: tuple[ListShape, ...] = (
    ListShape(
        "labelled team news",
        LINEUP_LABELS,
        False,
        PLAYER,
        1,
        (
            "Subs not used: Pellow, Ardmore, Quist.",
            "Replacements (from): Hollin/Brack, Tarrow, Venn, P Oduya/K Oduya, R Masefield.",
            "Booked: Sandiford, Kettering.",
            "Goals: Marlowe 23 pen, Ifeanyi 65.",
            "Referee: Colin Ashdown (Kent).",
            "Backs: Remy Castagne (Lorient), Hugo Verlaine (Nantes), Paul Daubigny (Lorient).",
        ),
        (
            "Goals: the club wants to win the league this season.",
            "Referee: a thankless job, he said.",
            "Team: we need to be better next week.",
        ),
    ),
    ListShape(
        "team sheet",
        ANY_LABEL,
        False,
        PLAYER,
        5,
        (
            "Kestrel Rovers: Abara; Brisk, Colley, Dunmore, Eskew; Farrant, Gilder, Holt; Ince, Jarrow, Kell.",
            "Harbour Town: Lusk; Mabey, Nairn (Oduya 70), Pryce, Quayle; Rendle, Stott; Tully, Ure (capt).",
        ),
        (
            "Interviewer: Smith, Jones, Brown and White all left.",
            "IRAN: SANCTIONS, DEADLINES, EMBARGO, BLOCKADE, ALLIED SUPPORT",
            "Wilson: Yes.",
        ),
    ),
    ListShape(
        "bare name list",
        None,
        True,
        PLAYER,
        5,
        (
            "Abara; Brisk, Colley, Dunmore, Eskew; Farrant, Gilder; Ince, Jarrow (capt).",
            "Remy Castagne (Lorient), Hugo Verlaine (Nantes), Luc Marais (Brest), Paul Daubigny (Lorient), Yves Roche",
            "15 Lusk, 14 Mabey, 13 Nairn, 12 Pryce, 11 Quayle",
        ),
        (
            "Colley, Dunmore and Holt scored for the visitors, who won 2-1 at Eastgate.",
            "Roger Federer, Switzerland",
            "Tom Smith, Ann Jones, Bob Brown",
        ),
    ),
    ListShape(
        "results row",
        r"(?:Result|Results|Final score|Full[- ]time|Half[- ]time|FT|HT|Score)",
        True,
        rf"{TEAM} {_SCORE}(?: {_SCORE}){{0,4}} {TEAM}(?: aet)?|{TEAM} bt {TEAM}(?: {_SCORE}){{1,5}}",
        1,
        (
            "Kestrel Rovers 2-1 Harbour Town",
            "Result: Okafor 6-7 (5/7) 6-3 7-6 (9/7) 6-4 Lindqvist",
            "Northfield 1-1 Eastgate",
            "Okafor bt Lindqvist 6-3 6-4",
        ),
        ("Northfield won 2-1 at Eastgate on Saturday.", "The 2-1 win at Eastgate lifted Northfield to third."),
    ),
    ListShape(
        "attendance",
        r"(?:Att|Attendance|Crowd)",
        False,
        r"\d{1,3}",  # "42,000" is split at its comma
        1,
        ("Att: 42,118", "Attendance: 9,504"),
        ("Attendance: the club says it is up this season.",),
    ),
    ListShape(
        "table row",
        None,
        True,
        rf"(?:\d{{1,2}}\.? )?{TEAM}(?: [-+]?\d{{1,3}}){{3,10}}(?: pts)?",
        1,
        ("1 Kestrel Rovers 38 29 4 5 72 15 91", "Northfield 38 25 8 5 87 36 83 pts", "3. Harbour Town 38 22 11 5 77"),
        ("May 28 2006", "Northfield 38 points", "Section 2 of the Act 1998 applies 14 days later."),
    ),
)
