"""Opinion pieces and reviews: the cues that tell them from news (read by extractors/kinds.py).

An opinion piece (a column, a commentary, an op-ed, an editorial, a letter) states its writer's views,
a review (of a film, a game, an album, a book, a product) its writer's verdict on a work: their clauses
are no news, so their headline says what they are (extractors/opinions.py). Precision first: a news
story that quotes someone's opinion is news, and so is a story about a review or a critic.

A row (``PieceCue``) is one line pattern, matched on the first lines of the text (``top``: a section
label or a rating printed over the piece) or on any line (a verdict box at its end), with examples it
must match and counter-examples it must not. A ``strong`` row decides alone; two weak rows of one kind
decide together. Without a label, the writer's own voice decides (kinds.py): a named writer (a byline,
"X writes", "X gives his view") followed by a body mostly in the first person outside quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SEP = r"\s*(?:[:|•–—-]\s*\S.*)?"  # a label alone on its line, or before its piece's title
_STARS = r"[★⭐✪]"
_RATED = r"[0-5](?:\.5)?\s*(?:/|out of)\s*(?:5|10|five|ten)"


@dataclass(frozen=True, slots=True)
class PieceCue:
    """One cue of an opinion piece or a review: a pattern over one line of the text."""

    name: str
    kind: str  # "opinion" | "review"
    pattern: str
    top: bool  # only on the first lines of the text
    strong: bool  # decides alone; weak rows need a second of the same kind
    examples: tuple[str, ...]
    counter: tuple[str, ...] = ()
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern, re.I))

    def label(self, line: str) -> str | None:
        """The label word the line opens with ("editorial"), when the row names the piece."""
        found = self.regex.match(line.strip())
        return found.group("label").lower() if found and "label" in found.groupdict() and found.group("label") else None


PIECE_CUES: tuple[PieceCue, ...] = (
    PieceCue(
        "opinion label",
        "opinion",
        rf"^(?P<label>comment|opinion|commentary|editorial|op-ed|column|viewpoint|point of view|analysis"
        rf"|letters? to the editor){_SEP}$",
        True,
        True,
        (
            "Comment",
            "OPINION",
            "Opinion | The tax on savers is a tax on prudence",
            "Editorial: The city needs its libraries",
            "Analysis - Why the ceasefire may not hold",
            "Letters to the editor",
        ),
        (
            "Comments are closed.",
            "Opinion polls put Labour ahead on Monday.",
            "Analysis of the samples took two years.",
            "Column inches were devoted to the wedding.",
        ),
    ),
    PieceCue(
        "review label",
        "review",
        r"^(?:(?:film|movie|album|book|game|games|theatre|theater|tv|television|concert|gig|restaurant|music"
        rf"|dvd|stage|product|app)\s+)?(?P<label>review){_SEP}$",
        True,
        True,
        ("Review", "Film review: The Quiet Harbour", "GAME REVIEW - Star Drifter 2", "Album review | Lowlands"),
        (
            "Spending review: chancellor cuts budgets by 5%",
            "Review of the case was ordered on Monday.",
            "Pay review: nurses offered 3%",
        ),
    ),
    PieceCue(
        "star rating",
        "review",
        rf"{_STARS}{{2,5}}|^\s*(?:rating|score|verdict|our verdict)\s*:\s*{_RATED}\b|^\s*{_RATED}(?:\s+stars)?\s*$",
        False,
        True,
        ("★★★★☆", "Rating: 4/5", "Verdict: 3.5 out of 5", "4 out of 5 stars"),
        (
            "The hotel was given a five-star rating.",
            "Polls opened at 4/5 of the stations by noon.",
            "Score: Rovers 2-1 Harbour Town",
            "The Times gave the film 4 out of 5 stars.",  # news of a review: its rating inside a sentence
        ),
    ),
    PieceCue(
        "verdict box",
        "review",
        r"^\s*(?:our |the )?(?:verdict|the good|the bad|pros|cons)\s*:\s*\S",
        False,
        False,
        ("Verdict: A flawed but gripping thriller.", "Pros: long battery life, bright screen"),
        ("The verdict was read out on Tuesday.", "Verdicts are expected next week."),
    ),
    PieceCue(
        "rating line",
        "review",
        r"^\s*(?:rating|price|platform|format|director|developer|publisher|running time|certificate)\s*:\s*\S",
        False,
        False,
        ("Platform: PlayStation 2", "Running time: 112 minutes", "Director: Ana Ruiz"),
        ("The director said the film would open in May.", "Ratings agencies cut the bank's debt."),
    ),
)

# "By Ana Ruiz", a line of its own at the top: the piece's writer (a news story has one too: alone
# it makes no opinion piece)
BYLINE = re.compile(r"^[ \t]*By[ \t]+([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*$", re.M)

# Nouns of a writer's own view: "X gives his view", "X tells BBC News of his personal response",
# "X sets out her thoughts": the sentence that hands the page to the writer
VIEW_NOUNS: frozenset[str] = frozenset(
    ["view", "views", "response", "reaction", "opinion", "thoughts", "perspective", "take", "verdict", "argument"]
)

# Verbs that hand the page over: with the writer's view as their object ("gives his view", "tells BBC
# News of his personal response", "sets out her thoughts"), or with no object ("Ana Ruiz writes:")
HANDOVER_VERBS: frozenset[str] = frozenset(["give", "tell", "explain", "set", "share", "offer", "outline", "present"])
WRITER_VERBS: frozenset[str] = frozenset(["write", "argue"])

# The writer's own words (outside quotes): first-person pronouns, and what frames a claim as the
# writer's ("I believe ...", "My point is ...", "In my view ...")
FIRST_PERSON: frozenset[str] = frozenset(["i", "me", "my", "we", "us", "our"])
CLAIM_FRAMES: frozenset[str] = frozenset(["point", "view", "argument", "belief", "fear", "answer", "opinion"])

# The writer's voice: at least this many sentences of it in the first person, and this share of the
# sentences after the handover
VOICE_SENTENCES = 8
VOICE_SHARE = 0.4


# An interview's title bills its guest (read by extractors/guests.py): the words that say an interview
# follows, after which a role may stand before the guest's name ("Wikinews interviews [academic] Simon
# Ruiz", "Interview with [LibriVox founder] Ana Ruiz", "Q&A with [Vice President] Ana Ruiz"), and the
# words after the name that close its role ("Ana Ruiz, wikiHow founder [interviewed by] Wikinews").
INTERVIEW_TITLE_CUES: tuple[str, ...] = (
    r"\b(?:an? )?interview with\b",  # "Interview with X", "X: An interview with the 'Mets Poet'"
    r"\binterviews?\b",  # "Wikinews interviews X", "Interview: X"
    r"\bq\s*&\s*a(?: with\b)?",  # "Q&A with X", "Q & A: X"
    r"\b(?:in )?conversation with\b",  # "In conversation with X"
    r"\b(?:talks?|speaks?|chats?) (?:to|with)\b",  # "Wikinews talks to X"
    r"\bmeets?\b",  # "Wikinews meets X"
)
# the words that end a role written after the guest's name ("X, founder of Y [interviewed by] Z")
TITLE_ROLE_ENDS: tuple[str, ...] = ("interviewed", "talks", "tells", "speaks", "on", "about", "discusses")


@dataclass(frozen=True, slots=True)
class WriterCue:
    """One place a piece names its writer outside a byline (read by extractors/writers.py): a pattern over
    one line, at the piece's end (``end``: the writer's bio line) or on its first lines (a wire's frame of
    a newspaper's editorial), with the group ``writer`` (the name) and, for a bio, ``role``."""

    name: str
    pattern: str
    end: bool  # on the last lines of the text, else on the first ones
    label: str | None  # the piece as the cue names it ("editorial"), if it does
    examples: tuple[str, ...]
    counter: tuple[str, ...] = ()
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern))


_NAME = r"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]*|de|van|von|di|da))*? [A-Z][\w'’-]+"
WRITER_CUES: tuple[WriterCue, ...] = (
    # an op-ed's closing line introducing its writer, who is named nowhere else in the piece (a story's
    # last line about one of its people names someone it has named before; extractors/writers.py checks)
    WriterCue(
        "bio line",
        rf"^(?P<writer>{_NAME}),? (?:is|was|has been|serves as) (?P<role>[^\n]{{3,200}}?)"
        r"(?:\.[ \t]+\S[^\n]{0,160}|\.)?[ \t]*$",
        True,
        None,
        (
            "Rick Scott is the Republican governor of Florida.",
            "James M. Danko is president of Butler University in Indianapolis.",
            "Bill Sternberg is editor of the editorial page.",
            "Peter Morici is an economist and business professor at the University of Maryland. He tweets @pm.",
            "Brett M. Decker is co-author of the upcoming book The Conservative Case for Trump.",
        ),
        (
            "Police said the man is expected in court on Monday.",
            "But Ana Ruiz said she is leaving.",
        ),
    ),
    # a wire service's frame of a newspaper's editorial: "The New York Times said in an editorial on Monday:"
    WriterCue(
        "editorial frame",
        r"^(?P<writer>(?:The )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,5}) (?:says|said|argues|argued|writes|wrote) "
        r"in (?:an|its|a recent) (?P<label>editorial|commentary|op-ed)\b",
        False,
        "editorial",
        (
            "The New York Times said in an editorial on Monday, Oct. 26:",
            "The Boston Globe says in an editorial:",
            "The Washington Post argued in its editorial on Sunday:",
        ),
        (
            "The Times said on Monday that the editorial had been changed.",
            "A commentary published in the Rodong Sinmun newspaper Friday said the launch was a warning.",
        ),
    ),
)
# the share of the body's sentences at most that report what someone else said (a story quoting its people
# is news even when it closes on a reporter's bio line: 0.55 on the one open such story; an op-ed that argues
# from quotes reaches 0.41)
WRITER_REPORTED_SHARE = 0.5
# a bio line whose role is a newsroom's reporting job closes a news story ("Sara Holm is a senior reporter at ...")
REPORTER_ROLES = re.compile(r"\b(?:reporter|correspondent|staff writer|bureau chief|news editor)s?\b", re.I)
# the cues whose writer the headline names over the lead's news (an op-ed's or an editorial's lead states its
# thesis; a claim the writer frames later is one of its arguments)
WRITER_CUE_NAMES = frozenset(cue.name for cue in WRITER_CUES)
# a bio line's role goes into the headline as the writer's apposition when it is this short (words)
WRITER_ROLE_WORDS = 8
