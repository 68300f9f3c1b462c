"""The heading block a text may open with: its own title (and deck), left in the body by a CMS.

A client may send a story's title apart (``Article.title``) or leave it at the top of the text; a
syndicated copy often keeps it there, with a deck and section markers ("America the shiny, or
gloomy; \\nObama pushes positive ...\\n\\nABSTRACT.\\n\\n..."). Told from the text alone, precision
first, by the rows of ``HEADING_SIGNS``: the first paragraph is a heading when it is short and

- runs over two lines, the first ending on a semicolon (a title and its deck);
- is followed by a section marker paragraph ("ABSTRACT.", "FULL TEXT.", "TOP STORIES.");
- is written in title case ("Trump Says He's Unlikely To Have A Good Relationship With ...");
- is followed by the story's dateline ("WASHINGTON (Reuters) - ...", "NEW YORK, Dec. 22 (UPI) —"):
  a wire story begins at its dateline, so what stands before it is no part of the story.

A line without a stop is not enough: a date line or a transcript's section heading ("SITUATION IN
IRAN") opens many stories whose title was sent apart.

The block is then what a sent title is: read as the title by who and what, never the lead's clause,
and an event's clause (what) or the headline (extractors/headline.py) only where a part of it (the
title, or the deck after its semicolon or line break) is a sentence whose subject names a `who` actor
(``named_subject``): "Mayor urges ferry inquiry; Council leader says ..." is neither, and the headline
then comes from the story's lead. The headline states one part, never title and deck joined by ';'.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Token

from extractors.lexicons.headings import SECTION_MARKERS, TITLE_CASE_MINOR
from extractors.types import Actor

_MAX_WORDS = 30  # a heading block (title and deck together) is at most this long
_MAX_BARE = 15  # a heading above a dateline, at most this long

# A wire dateline: a place in capitals, an optional date and agency, a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*)*(?:,? [A-Z][a-z]{2,}\.? \d{1,2})?"
    r"(?: \([A-Za-z ]+\))? ?(?:-|–|—|--) ?\S"
)


class Heading(NamedTuple):
    """Character range of the heading block (title and deck) and the sign it was told by."""

    start: int
    end: int
    sign: str
    markers_end: int  # where the marker paragraphs after it end ("ABSTRACT."), else ``end``


# a paragraph: runs of characters and single line breaks (a run at a time: the engine steps char by char else)
_PARAGRAPH = re.compile(r"(?:[^\n]+|\n(?![ \t]*\n))+")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph (text between blank lines), stripped."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        chunk = m.group()
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((m.start() + lead, m.start() + len(chunk.rstrip())))
    return out


def _title_case(block: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", block)
    long = [w for w in words if w.lower() not in TITLE_CASE_MINOR]
    return len(long) >= 4 and all(w[0].isupper() for w in long) and any(not w.isupper() for w in long)


def _two_lines(block: str) -> bool:
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    return len(lines) == 2 and lines[0].endswith(";")


def _marker(para: str) -> bool:
    return para.strip().rstrip(".:").casefold() in SECTION_MARKERS


# (sign, a text it tells a heading in): the tests run every row
HEADING_SIGNS: tuple[tuple[str, str], ...] = (
    ("two lines", "Ferry fares rise in Avonport;\nCommuters face a third rise.\n\nFares on the ferry rose on Monday."),
    ("marker", "For the mayor, it is bigger than a bridge.\n\nABSTRACT.\n\nThe mayor spoke on Monday."),
    ("title case", "Mayor Says Bridge Will Open In The Spring.\n\nThe mayor of Avonport said on Monday that ..."),
    ("dateline", "Harbour strike ends after two weeks.\n\nAVONPORT, May 3 (Reuters) - Dock workers voted on ..."),
)


def _sign(block: str, after: str) -> str | None:
    words = len(block.split())
    if words > _MAX_WORDS or not after:
        return None
    if _two_lines(block):
        return "two lines"
    if "\n" in block:
        return None
    if _marker(after):
        return "marker"
    if _title_case(block):
        return "title case"
    if words <= _MAX_BARE and _DATELINE.match(after) and not _DATELINE.match(block):
        return "dateline"
    return None


def find_heading(text: str) -> Heading | None:
    """The heading block the text opens with, or None (a text that opens on its story)."""
    paras = _paragraphs(text[:3000])
    if len(paras) < 2:
        return None
    (start, end), (n_start, n_end) = paras[0], paras[1]
    sign = _sign(text[start:end], text[n_start:n_end])
    if sign is None:
        return None
    markers_end = end
    for p_start, p_end in paras[1:4]:
        if not _marker(text[p_start:p_end]):
            break
        markers_end = p_end
    return Heading(start, end, sign, markers_end)


def summary_block(text: str) -> tuple[int, int] | None:
    """The summary a syndicated copy gives between two section markers near its top ("ABSTRACT.\n\nThe race's
    new emphasis ... Mrs. Clinton's differences ...\n\nFULL TEXT."), as a character range, or None. Like the
    heading, it restates the story with the short forms of names the story gives in full after it."""
    paras = _paragraphs(text[:3000])
    opening = next((i for i, (s, e) in enumerate(paras[:_SUMMARY_PARAGRAPHS]) if _marker(text[s:e])), None)
    if opening is None:
        return None
    close = next((j for j in range(opening + 1, len(paras)) if _marker(text[paras[j][0] : paras[j][1]])), None)
    if close is None or close == opening + 1:
        return None
    return paras[opening][1], paras[close][0]


_SUMMARY_PARAGRAPHS = 4  # paragraphs from the top within which the summary's opening marker stands, at most


def heading_text(text: str) -> str | None:
    """The heading block as one line ("X; Y"), for use as the article's title."""
    found = find_heading(text)
    if found is None:
        return None
    return re.sub(r"\s+", " ", text[found.start : found.end]).strip()


def named_subject(subject: Token, who: list[Actor]) -> bool:
    """Whether a heading's subject is a proper name the story gives a `who` actor: the actor's name, a form the
    story writes it in ("U.S.", "Mr. Trump"; never a group's), or a person's last name ("Ryan" for Paul D. Ryan,
    "Francois Hollande" for François Hollande). The parser often takes a heading's first name for a common noun.
    Only such a clause of the heading is an event (what) or the headline: never "Mayor urges ...", "Council
    leader says ...", "Candidates scramble ..." (a role, a common noun, a group)."""
    words = [t for t in subject.lefts if t.dep_ in ("compound", "flat") and t.is_title] + [subject]
    if not all(t.is_title or t.is_upper for t in words):
        return False  # "candidates", "focus": no name
    name = " ".join(t.text for t in words)
    named = [a for a in who if a.type != "group"]  # "Candidates", "Critics", "Voters": a group is no name
    forms = {a.name for a in named} | {m.text for a in named for m in a.mentions}
    return name in forms or any(a.name.split()[-1] == subject.text for a in who if a.type == "person")
