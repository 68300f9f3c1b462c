"""Boilerplate: the page furniture of a scraped article, as character ranges that are not content.

Real inputs are often scraped pages: picture captions and credits ("Image caption ...", "GETTY The
station was launched in 2011", "(Photo: Evan Vucci, AP)"), share and subscribe prompts ("Share this
with Email Facebook ...", "Get politics updates directly to your inbox + Subscribe"), bylines and
reporting credits, "Related" / "Read more" links, copyright notices, embedded posts, "Advertisement"
widgets, timestamps, pull quotes (a sentence of the article repeated on a line of its own) and
readers' comment sections ("Here is a selection of your comments", contributions signed "Dave,
London, UK"). None of it may become a headline, an event or an actor. The text and its offsets
stay untouched: furniture is only marked, and each part skips what is marked.

Use from any part::

    from extractors.boilerplate import boilerplate

    furniture = boilerplate(doc)             # computed once per Doc, then cached on it
    furniture.token(token.i)                 # True when the token lies in furniture
    furniture.overlaps(start, end)           # True when [start, end) touches furniture

``find_boilerplate(text)`` gives the ranges of a plain text. The rules are named data rows with
examples in ``extractors/lexicons/boilerplate.py``; this module only runs them (line by line
semantics, linear time) and adds the page-level readings that are not patterns: pull quotes, caption
runs, link lists, stopless captions and comment sections.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
from spacy.attrs import IDX
from spacy.tokens import Doc

from extractors.lexicons.boilerplate import FURNITURE_RULES, FurnitureKind, FurnitureRule
from extractors.lexicons.comments import READER_REACTION, READER_SIGNATURE
from extractors.lexicons.name_lists import NAME_LISTS, ListShape
from extractors.lexicons.staff_credits import STAFF_RULES
from extractors.menus import menu_lines

VERSION = 16

_CACHE_KEY = "newsum.boilerplate"
_LINES = re.compile(r"[^\n]+")
_QUOTES = frozenset("\"“”'‘’ \t")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s)")
_PULL_KEY = 40  # characters of a sentence that identify it
_PULL_LINE = 400  # a pull quote is a short line
_PULL_LINES = 300  # short lines looked up at most
_CAPTION_LINE = 250  # a caption is a short line
# captions (this many at least) over this share of a text are its content (a photo gallery)
_GALLERY = 0.5
_GALLERY_CAPTIONS = 4
# a link list under a closing "Read more" heading: its heading's length, its lines' length and number at most
_LINK_HEADING = 40
_LINK_LINE = 200
_LINK_LINES = 10
_LINK_RULE = FurnitureRule("link list", "related", "", "line", ())
# stopless captions: how many captions without a stop show the layout, and a caption's words (at least, at most)
_STOPLESS_EVIDENCE = 2
_STOPLESS_WORDS = (8, 60)
_QUOTE_OPENS = re.compile(
    r"[^'\"“‘:\n]{1,80}\b(?:said|says|tweeted|tweets|wrote|writes|added|adds|posted|asked|told [^:'\"“‘\n]{1,40}):"
    r" *['\"“‘]"
)
_TERMINAL = frozenset(".?!:;\"”’'")
_CLOSERS = frozenset("\"”’')]")
_SENTENCE_STOPS = frozenset(".?!:;…")
# readers' comments: a signature alone on its line, or closing its contribution's paragraph (searched for in the
# paragraph's last characters only); the lines a contribution spans at most (a signature's distance to the
# previous one, or to the heading); signed contributions that make a section without a heading; the words
# of the prose line a lone signature signs
_SIG_LINE = re.compile(rf"(?:{READER_SIGNATURE.pattern})[ \t]*$", re.M)
_SIG_TAIL = re.compile(rf"(?<=[.!?\"”’)]) (?:{READER_SIGNATURE.pattern})[ \t]*$", re.M)
_SIG_TAIL_REACH = READER_SIGNATURE.max_line + 2
_CONTRIBUTION_LINES = 4
_SIGNED_RUN = 2
_CONTRIBUTION_WORDS = 6
_SECTION = FurnitureRule("comment section", "comment", "", "line", ())
# unsigned contributions closing a page: the reader's voice outside quotes (the first person singular, an
# exclamation, a question; a journalist's "you" and "we" are not it); reporting verbs and quotation marks (the
# article quoting its people: "...," he said); quoted passages; a speaker's label; the lines of a run (at
# least) and the share of them in the reader's voice (at least); the article lines before it (at least) and
# their share in that voice (at most: a column, an interview or a transcript speaks in it throughout)
_READER_VOICE = re.compile(r"\b(?:I|i(?!\.)|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll|me|my|My|myself|mine)\b|[!?]")
_REPORTING = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds|according to|explained|asked)\b")
_QUOTE_MARK = re.compile(r"[\"“”]")
_QUOTED = re.compile(r"\"[^\"\n]*(?:\"|$)|“[^”\n]*(?:”|$)", re.M)
_SPEAKER = re.compile(r"(?:Q|A|[A-Z][A-Z .'’-]+)\. |[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}: ")  # "Richman: I", "Q. Do"
_UNSIGNED_RUN = (6, 0.5)
_UNSIGNED_ARTICLE = (4, 0.25)
_UNSIGNED = FurnitureRule("unsigned contributions", "comment", "", "line", ())
# readers' reactions closing a column (which speaks in the first person, so the voice does not tell them apart):
# the reactions in the run (at least) and their share of its lines (at least); the article lines before it (at
# least)
_REACTION = re.compile(READER_REACTION.pattern)
_REACTION_RUN = (3, 0.2)
_REACTIONS = FurnitureRule("readers' reactions", "comment", "", "line", ())
# lists of names and scores (lexicons/name_lists.py): a list's line (at most), the bracketed notes dropped before
# a line is read, the separators of its items
_LIST_LINE = 600
_BRACKETED = re.compile(r" ?\([^()\n]{0,60}\)")
_LIST_SEPARATOR = re.compile(r" ?[,;/] ?")


@dataclass(frozen=True, slots=True)
class Furniture:
    """One stretch of page furniture: [start, end) in the text, its kind and the rule that found it."""

    start: int
    end: int
    kind: FurnitureKind
    rule: str


class Boilerplate:
    """The furniture of one article: sorted, non-overlapping ranges, and per token a flag."""

    __slots__ = ("_ends", "_mask", "_starts", "segments")

    def __init__(self, segments: list[Furniture], doc: Doc | None = None) -> None:
        self.segments = tuple(segments)
        self._starts = [s.start for s in self.segments]
        self._ends = [s.end for s in self.segments]
        self._mask: list[bool] = []
        if doc is not None:
            self._mask = _token_mask(doc, self.segments)

    @property
    def menu_page(self) -> bool:
        """A page of site menus only: no article text, so no headline (extractors/menus.py)."""
        return any(s.kind == "menu" for s in self.segments)

    def __bool__(self) -> bool:
        return bool(self.segments)

    def __len__(self) -> int:
        return len(self.segments)

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) shares a character with furniture."""
        k = bisect.bisect_right(self._starts, max(start, end - 1)) - 1
        return k >= 0 and self._ends[k] > start

    def contains(self, offset: int) -> bool:
        """True when the character at ``offset`` is furniture."""
        return self.overlaps(offset, offset + 1)

    def token(self, i: int) -> bool:
        """True when token ``i`` of the Doc this was built for starts inside furniture."""
        return bool(self._mask) and self._mask[i]


def boilerplate(doc: Doc, text: str | None = None) -> Boilerplate:
    """The furniture of a parsed article, computed once and kept on the Doc for the other parts.

    ``text`` is ``doc.text`` if the caller has it already (spaCy rebuilds it on every access).
    """
    found = doc.user_data.get(_CACHE_KEY)
    if isinstance(found, Boilerplate):
        return found
    found = Boilerplate(find_boilerplate(doc.text if text is None else text), doc)
    doc.user_data[_CACHE_KEY] = found
    return found


def find_boilerplate(text: str) -> list[Furniture]:
    """Page furniture of a text: sorted, merged character ranges."""
    rules = _compiled()
    found: list[Furniture] = []
    # rules of line starts: one combined pattern per kind of reach, tried at the start of each line
    for line in _LINES.finditer(text):
        start, end = line.span()
        m = rules.start.match(text, start, end)
        if m is not None and m.lastgroup is not None:
            found.append(_start(text, m, rules.starts[int(m.lastgroup[1:])][0]))
        if end - start <= rules.longest:
            found.extend(_whole_line(text, start, end, rules))
    # rules found anywhere: each a scan of the text for its pattern (which opens on a literal)
    present = {cue for cue in rules.cues if cue in text}  # (several rules share a cue: each is looked for once)
    for rule, compiled in rules.anywhere:
        if rule.cues and present.isdisjoint(rule.cues):
            continue
        for m in compiled.finditer(text):
            segment = _reach(text, rule, m)
            if segment is not None:
                found.append(segment)
    found.extend(_pull_quotes(text))
    captions = [f.end - f.start for f in found if f.kind == "caption"]
    if len(captions) >= _GALLERY_CAPTIONS and sum(captions) > _GALLERY * len(text.strip()):
        # a gallery: its captions are the article (and so are the captions that repeat one another)
        found = [f for f in found if f.kind not in ("caption", "repeat")]
    merged = _merge(found)
    more = _caption_runs(text, merged) + _link_list(text, merged) + _stopless_captions(text, merged)
    more += _comment_sections(text, merged) + _unsigned_contributions(text) + _reader_reactions(text)
    more += _name_lists(text)
    found = _merge(merged + more) if more else merged
    menus = menu_lines(text, [(f.start, f.end) for f in found])  # a page of site menus only: no article
    return _merge(found + [Furniture(s, e, "menu", "menu page") for s, e in menus]) if menus else found


def _whole_line(text: str, start: int, end: int, rules: _Rules) -> list[Furniture]:
    """The line as furniture if a line rule matches at its start and allows a line this long."""
    m = rules.line.match(text, start, end)
    if m is None or m.lastgroup is None:
        return []
    rule = rules.lines[int(m.lastgroup[1:])][0]
    if end - start <= rule.max_line:
        return [_line(text, start, end, rule)]
    for rule, single in rules.lines:  # the first rule to match allows no line this long: try the others
        if end - start <= rule.max_line and single.match(text, start, end):
            return [_line(text, start, end, rule)]
    return []


def _start(text: str, m: re.Match[str], rule: FurnitureRule) -> Furniture:
    start = m.start()
    while start < m.end() and text[start] in " \t":
        start += 1
    return Furniture(start, _rstrip(text, start, m.end()), rule.kind, rule.name)


@dataclass(frozen=True, slots=True)
class _Rules:
    lines: tuple[tuple[FurnitureRule, re.Pattern[str]], ...]  # whole-line rules, each alone
    line: re.Pattern[str]  # the whole-line rules as one pattern (group r<k> is rule k)
    longest: int  # the longest line a whole-line rule allows
    starts: tuple[tuple[FurnitureRule, re.Pattern[str]], ...]
    start: re.Pattern[str]  # the line-start rules as one pattern
    anywhere: tuple[tuple[FurnitureRule, re.Pattern[str]], ...]
    cues: frozenset[str]  # the cues of the rules found anywhere (a rule is tried only where one of its own is)


def _combined(rules: list[FurnitureRule]) -> re.Pattern[str]:
    if not rules:
        return re.compile(r"(?!)")
    return re.compile(r"[ \t]*(?:" + "|".join(f"(?P<r{k}>{r.pattern})" for k, r in enumerate(rules)) + ")", re.M)


# the rows of both lexicons: the page's furniture, and the newsroom's own credits under a story
_RULES = FURNITURE_RULES + STAFF_RULES


@cache
def _compiled() -> _Rules:
    lines = [r for r in _RULES if r.extent == "line"]
    starts = [r for r in _RULES if r.extent == "start"]
    return _Rules(
        lines=tuple((r, re.compile(rf"[ \t]*(?:{r.pattern})", re.M)) for r in lines),
        line=_combined(lines),
        longest=max((r.max_line for r in lines), default=0),
        starts=tuple((r, re.compile(rf"[ \t]*(?:{r.pattern})", re.M)) for r in starts),
        start=_combined(starts),
        anywhere=tuple((r, re.compile(r.pattern, re.M)) for r in _RULES if r.extent in ("line_end", "rest", "match")),
        cues=frozenset(cue for r in _RULES if r.extent in ("line_end", "rest", "match") for cue in r.cues),
    )


def _line(text: str, start: int, end: int, rule: FurnitureRule) -> Furniture:
    while start < end and text[start] in " \t":
        start += 1
    return Furniture(start, _rstrip(text, start, end), rule.kind, rule.name)


def _reach(text: str, rule: FurnitureRule, m: re.Match[str]) -> Furniture | None:
    """The furniture a match stands for: its whole line, the rest of its line, or itself."""
    if rule.extent == "match":
        start = m.start("f") if "f" in m.re.groupindex else m.start()  # the furniture, not what places it
        end = _rstrip(text, start, m.end())
        return Furniture(start, end, rule.kind, rule.name) if end > start else None
    line_end = text.find("\n", m.end())
    if line_end == -1:
        line_end = len(text)
    if rule.extent == "line_end":
        line_start = text.rfind("\n", 0, m.start()) + 1
        return _line(text, line_start, line_end, rule) if line_end - line_start <= rule.max_line else None
    end = line_end
    if end - m.start() > rule.max_line:
        # one long line (a page run together): the caption ends at its first sentence end
        stop = _SENTENCE_END.search(text, m.end(), m.start() + rule.max_line)
        end = stop.end() if stop else m.end()
    return Furniture(m.start(), _rstrip(text, m.start(), end), rule.kind, rule.name)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _pull_quotes(text: str) -> list[Furniture]:
    """Lines that repeat a sentence of another line: pull quotes, highlight bullets, captions, repeated blocks.

    A line's first characters (opening quotes aside) found again inside a longer line (or an
    equal line before it) make one of the two a repeat. Which one is read from how they end: a
    line that ends its sentence (a full stop, a question) is prose, a line that stops without one
    is the page's copy (a pull quote, a highlight bullet, or a caption made of the sentence with a
    label or a credit around it: "Not happy: <sentence without its stop>"). So the shorter line
    is the repeat unless it ends its sentence; then the longer line is, if it does not (a
    caption); when both end their sentences neither is marked (which one the page copied is not
    known). At most ``_PULL_LINES`` lines are looked up, each by two scans of the text, so the
    cost stays linear.
    """
    lines = [m.span() for m in _LINES.finditer(text)]
    if len(lines) < 2:
        return []
    starts = [start for start, _ in lines]
    out = []
    looked = 0
    for k, (start, end) in enumerate(lines):
        size = end - start
        if size > _PULL_LINE:
            continue
        at = start
        while at < end and text[at] in _QUOTES:
            at += 1
        if end - at < _PULL_KEY:
            continue
        looked += 1
        if looked > _PULL_LINES:
            break
        head = text[at : at + _PULL_KEY]
        for found in (text.find(head, 0, start), text.find(head, end)):
            if found == -1:
                continue
            j = bisect.bisect_right(starts, found) - 1
            other_start, other_end = lines[j]
            other = other_end - other_start
            if other == size and j < k:
                out.append(Furniture(start, _rstrip(text, start, end), "repeat", "pull quote"))
                break
            if other <= size:
                continue
            if not _ends_sentence(text, start, end):
                out.append(Furniture(start, _rstrip(text, start, end), "repeat", "pull quote"))
                break
            if other <= _PULL_LINE and not _ends_sentence(text, other_start, other_end):
                out.append(Furniture(other_start, _rstrip(text, other_start, other_end), "caption", "caption repeat"))
                break
    return out


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Does the line end its sentence (a stop, a question, a colon; closing quotes and brackets aside)?"""
    end = _rstrip(text, start, end)
    while end > start and text[end - 1] in _CLOSERS:
        end -= 1
    return end > start and text[end - 1] in _SENTENCE_STOPS


def _stopless_captions(text: str, found: list[Furniture]) -> list[Furniture]:
    """On a page whose captions drop their full stop, the other lines of the story that do too.

    Tabloid layouts print captions as lines of prose without a stop between the paragraphs
    ("Memphis Hustle coach Glynn Cyprien reacted to the incident on Twitter"). Once the page shows
    that layout (``_STOPLESS_EVIDENCE`` captions found by other rules that end no sentence, or a
    "Scroll down for video" line), a line after the story's first full sentence that ends no
    sentence, has ``_STOPLESS_WORDS`` words and is not a heading in title case is a caption too.
    Highlights above the story (stopless too) stay content.
    """
    evidence = sum(f.kind in ("caption", "repeat") and _whole(text, f) and text[f.end - 1].isalnum() for f in found)
    if evidence < _STOPLESS_EVIDENCE and not any(f.rule == "scroll for video" for f in found):
        return []
    lines = _text_lines(text)
    out = []
    started = False
    k = 0
    for n, (start, end) in enumerate(lines):
        if not started:
            started = _ends_sentence(text, start, end) and len(text[start:end].split()) >= _STOPLESS_WORDS[0]
            continue
        while k < len(found) and found[k].end <= start:
            k += 1
        if k < len(found) and found[k].start < end:
            continue  # furniture already
        words = text[start:end].split()
        if not _STOPLESS_WORDS[0] <= len(words) <= _STOPLESS_WORDS[1] or _ends_sentence(text, start, end):
            continue
        if not text[start].isupper() or sum(w[:1].isupper() for w in words) * 2 > len(words):
            continue  # a heading in title case, or a line that opens on no sentence
        if n + 1 < len(lines) and text[lines[n + 1][0]].islower():
            continue  # a paragraph the page broke in two
        if _QUOTE_OPENS.match(text, start, end):
            continue  # a post or a remark quoted as said ("Lazare tweeted: 'It's 2017 and ...'")
        out.append(Furniture(start, end, "caption", "stopless caption"))
    return out


@lru_cache(maxsize=4)
def _text_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The text's non-blank lines as (start, end), without their leading blanks and trailing space (found once
    per text: several page-level readings ask them)."""
    lines = []
    for m in _LINES.finditer(text):
        start, end = m.start(), _rstrip(text, m.start(), m.end())
        while start < end and text[start] in " \t":
            start += 1
        if end > start:
            lines.append((start, end))
    return tuple(lines)


@lru_cache(maxsize=4)
def _contribution_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The lines (``_text_lines``) of ``_CONTRIBUTION_WORDS`` words at least: a reader's contribution's, maybe."""
    return tuple(span for span in _text_lines(text) if len(text[span[0] : span[1]].split()) >= _CONTRIBUTION_WORDS)


def _whole(text: str, seg: Furniture) -> bool:
    """Does the segment span its whole line?"""
    line_start = text.rfind("\n", 0, seg.start) + 1
    line_end = text.find("\n", seg.end)
    line_end = len(text) if line_end == -1 else line_end
    return not text[line_start : seg.start].strip() and not text[seg.end : line_end].strip()


def _caption_runs(text: str, found: list[Furniture]) -> list[Furniture]:
    """Unlabelled captions inside a gallery: a short line with no full stop between two caption lines.

    Galleries pasted into a page alternate credited captions with captions whose credit the
    scraper lost ("Reuters" / "Bodies litter the streets" / "Reuters").
    """
    whole = {(f.start, f.end) for f in found if f.kind in ("caption", "credit")}
    if len(whole) < 2:
        return []
    lines = _text_lines(text)
    out = []
    for k in range(1, len(lines) - 1):
        start, end = lines[k]
        inside = lines[k - 1] in whole and lines[k + 1] in whole and (start, end) not in whole
        if inside and end - start <= _CAPTION_LINE and text[end - 1] not in _TERMINAL:
            out.append(Furniture(start, end, "caption", "caption run"))
    return out


def _link_list(text: str, found: list[Furniture]) -> list[Furniture]:
    """The list of links under a "Read more" / "Related" heading that closes the page: each of its
    lines is the title of another story ("Read more:" / "Britain apologises after ..." / ...).

    Only a heading alone on its line, followed by two to ``_LINK_LINES`` short lines up to the
    end of the text, opens such a list (a heading followed by prose, or by one closing line of the
    story, is not one)."""
    for seg in found:
        if seg.rule != "related" or seg.end - seg.start > _LINK_HEADING:
            continue
        if not _whole(text, seg):
            continue  # the heading is not alone on its line
        rest = [m.span() for m in _LINES.finditer(text, seg.end) if text[m.start() : m.end()].strip()]
        if not 2 <= len(rest) <= _LINK_LINES or any(end - start > _LINK_LINE for start, end in rest):
            continue
        return [_line(text, start, end, _LINK_RULE) for start, end in rest]
    return []


def _signatures(text: str, lines: tuple[tuple[int, int], ...]) -> list[bool]:
    """Per line: is it signed by a reader (a signature line under a prose line, or a paragraph closing on one)?"""
    shaped = [
        end - start <= READER_SIGNATURE.max_line and _SIG_LINE.match(text, start, end) is not None
        for start, end in lines
    ]
    out = [False] * len(lines)
    for k, (start, end) in enumerate(lines):
        if shaped[k]:
            # under its prose line, and no list of "Name, Place" lines (two in a row: a line-up, results)
            alone = k > 0 and not shaped[k - 1] and (k + 1 == len(lines) or not shaped[k + 1])
            prev = text[lines[k - 1][0] : lines[k - 1][1]] if k else ""
            out[k] = alone and len(prev.split()) >= _CONTRIBUTION_WORDS and _ends_sentence(text, *lines[k - 1])
            continue
        tail = _SIG_TAIL.search(text, max(start, end - _SIG_TAIL_REACH), end)
        out[k] = tail is not None and len(text[start : tail.start()].split()) >= _CONTRIBUTION_WORDS
    return out


def _comment_sections(text: str, found: list[Furniture]) -> list[Furniture]:
    """Readers' comment sections: their contributions, from the heading or prompt that opens them.

    A section runs from a comments heading or prompt ("Here is a selection of your comments", "Send
    us your comments") over the contributions signed under it ("Dave, London, UK" alone under its
    paragraph, or closing it), each at most ``_CONTRIBUTION_LINES`` lines after the previous one, up to
    the last signature: the article may resume after it. Without signatures, everything under a
    heading (not a mere prompt) is the section when two lines at least follow it. Without a heading,
    ``_SIGNED_RUN`` signed contributions in a row make one (a single "Name, Town" line does not).
    """
    lines = _text_lines(text)
    if len(lines) < 2:
        return []
    signed = _signatures(text, lines)
    openers: dict[int, bool] = {}  # line -> is it a heading (not a prompt)
    k = 0
    for n, (start, end) in enumerate(lines):
        while k < len(found) and found[k].end <= start:
            k += 1
        if k < len(found) and found[k].kind == "comment" and found[k].start < end:
            openers[n] = found[k].rule == "comments heading"
    if not openers and sum(signed) < _SIGNED_RUN:
        return []
    out = []
    n = 0
    while n < len(lines):
        if n not in openers and not signed[n]:
            n += 1
            continue
        first, last, count = n, n if signed[n] else -1, int(signed[n])
        probe = n + 1
        while probe < len(lines) and probe - max(last, first) <= _CONTRIBUTION_LINES:
            if signed[probe]:
                last, count = probe, count + 1
            elif probe in openers:
                last = probe
            probe += 1
        if count == 0 and openers.get(n) and len(lines) - n > 2:
            last = len(lines) - 1  # a heading over unsigned contributions: the rest of the page
        elif n not in openers and count < _SIGNED_RUN:
            n += 1
            continue
        if signed[first] and first > 0 and _SIG_LINE.match(text, *lines[first]):
            first -= 1  # the paragraph a lone signature signs
        if last > first:
            out.append(_line(text, lines[first][0], lines[last][1], _SECTION))
        n = max(last, n) + 1
    return out


def _unsigned_contributions(text: str) -> list[Furniture]:
    """Readers' contributions closing a page without heading or signatures (the scraper lost them).

    The article quotes its people ("...," he said; a quoted paragraph); the readers speak in their
    own voice (I, me, my; an exclamation, a question) and quote nobody. The run is the lines after
    the article's last quoting line (one between two lines in the reader's voice is a reader's), from
    its first line in the reader's voice: ``_UNSIGNED_RUN`` lines at least, half of them in that voice;
    and the article before it is long enough and mostly not in that voice (a column, an interview or
    a transcript is).
    """
    lines = _contribution_lines(text)
    if len(lines) < _UNSIGNED_RUN[0] + _UNSIGNED_ARTICLE[0]:
        return []
    read: dict[int, tuple[bool, bool]] = {}  # line -> (in the reader's voice, quoting): read from the end, as asked

    def voice(k: int) -> bool:
        return _voice_and_quoting(text, lines[k], read, k)[0]

    def quoting(k: int) -> bool:
        return _voice_and_quoting(text, lines[k], read, k)[1]

    begin = len(lines)
    while begin > 0:
        k = begin - 1
        if quoting(k) and not (k > 0 and voice(k - 1) and k + 1 < len(lines) and voice(k + 1)):
            break  # the article's last quoting line (one between two readers' lines is a reader's)
        begin = k
    while begin < len(lines) and not voice(begin):
        begin += 1
    run = len(lines) - begin
    if run < _UNSIGNED_RUN[0] or sum(voice(k) for k in range(begin, len(lines))) < _UNSIGNED_RUN[1] * run:
        return []
    if begin < _UNSIGNED_ARTICLE[0] or sum(voice(k) for k in range(begin)) > _UNSIGNED_ARTICLE[1] * begin:
        return []
    return [_line(text, lines[begin][0], _rstrip(text, 0, len(text)), _UNSIGNED)]


def _voice_and_quoting(
    text: str, line: tuple[int, int], read: dict[int, tuple[bool, bool]], k: int
) -> tuple[bool, bool]:
    """Is line ``k`` in the reader's own voice (I, me, my; an exclamation, a question), and does it quote someone
    (a quoted line, an answer, or a report with a quotation mark) without being in that voice? Kept in ``read``."""
    found = read.get(k)
    if found is None:
        start, end = line
        quote = text[start] in _QUOTES or _SPEAKER.match(text, start, end) is not None  # a quote, an answer
        own = "" if quote else _QUOTED.sub("", text[start:end])
        voice = _READER_VOICE.search(own) is not None
        reports = _REPORTING.search(own) is not None and _QUOTE_MARK.search(text, start, end) is not None
        found = read[k] = (voice, not voice and (quote or reports))
    return found


def _reader_reactions(text: str) -> list[Furniture]:
    """Readers' contributions closing a column, unsigned: from the first line that reacts to the piece
    ("I agree with Mr Smith", "An interesting article", "Well said") to the end of the page, when
    ``_REACTION_RUN`` of its lines at least react so (a reporter's quoted "I agree," is not one) and
    ``_UNSIGNED_ARTICLE`` lines of the article come before it. A column speaks in the first person, so
    ``_unsigned_contributions`` cannot tell its readers by their voice; their reactions to it tell them."""
    lines = _contribution_lines(text)
    if len(lines) < _REACTION_RUN[0] + _UNSIGNED_ARTICLE[0]:
        return []
    reacts = [
        text[start] not in _QUOTES
        and _REACTION.match(text, start, min(end, start + READER_REACTION.max_line)) is not None
        for start, end in lines
    ]
    begin = next((k for k in range(_UNSIGNED_ARTICLE[0], len(lines)) if reacts[k]), len(lines))
    run = len(lines) - begin
    if sum(reacts[begin:]) < max(_REACTION_RUN[0], _REACTION_RUN[1] * run) or any(reacts[:begin]):
        return []
    return [_line(text, lines[begin][0], _rstrip(text, 0, len(text)), _REACTIONS)]


_Shapes = tuple[tuple[ListShape, re.Pattern[str] | None, re.Pattern[str]], ...]


@cache
def _list_shapes() -> tuple[_Shapes, re.Pattern[str]]:
    """The list shapes compiled (label, item), and the full stops after which a line's next list opens."""
    shapes = tuple(
        (shape, None if shape.label is None else re.compile(rf"(?:{shape.label}): "), re.compile(shape.item))
        for shape in NAME_LISTS
    )
    labels = "|".join(dict.fromkeys(shape.label for shape in NAME_LISTS if shape.label is not None))
    return shapes, re.compile(rf"\. (?=(?:{labels}): )")


def _name_lists(text: str) -> list[Furniture]:
    """Team sheets, bare lists of names, results and table rows: lines that are wholly lists of names or
    of scores (``lexicons/name_lists.py``), read after their bracketed notes are dropped. A line with no
    lower-case letter is a heading, not a list; lists on a page without a line of prose are its content (a
    page of results)."""
    out = []
    prose = False
    shapes, sections = _list_shapes()
    for start, end in _text_lines(text):
        body = text[start:end] if end - start <= _LIST_LINE else ""
        body = (_BRACKETED.sub("", body) if "(" in body else body).rstrip(" .")
        if body != body.upper():  # a lower-case letter: no heading
            read = [_list_shape(part, shapes) for part in sections.split(body)]
            if all(read):
                out.append(Furniture(start, end, "list", read[0]))
        if not out or out[-1].start != start:
            prose = prose or len(text[start:end].split()) >= _STOPLESS_WORDS[0]
    return out if prose else []


def _list_shape(body: str, shapes: _Shapes) -> str:
    """The name of the first shape that reads the list (empty: none does)."""
    unlabelled = _LIST_SEPARATOR.search(body)  # (the first separator of the whole line, found once for its shapes)
    for shape, label, item in shapes:
        found = label.match(body) if label is not None else None
        if found is None and not shape.bare:
            continue
        rest = body[found.end() :] if found else body
        first = _LIST_SEPARATOR.search(rest) if found else unlabelled
        if not item.fullmatch(rest, 0, len(rest) if first is None else first.start()):
            continue  # most lines of prose stop here, before they are split
        items = _LIST_SEPARATOR.split(rest)
        if len(items) >= shape.items and all(item.fullmatch(x) for x in items):
            return shape.name
    return ""


def _merge(found: list[Furniture]) -> list[Furniture]:
    """Overlapping or touching ranges as one (the first one's kind)."""
    out: list[Furniture] = []
    for seg in sorted(found, key=lambda s: (s.start, -s.end)):
        if out and seg.start <= out[-1].end:
            last = out[-1]
            if seg.end > last.end:
                out[-1] = Furniture(last.start, seg.end, last.kind, last.rule)
            continue
        out.append(seg)
    return out


def _token_mask(doc: Doc, segments: tuple[Furniture, ...]) -> list[bool]:
    """Per token: does it start inside a segment (token offsets against the sorted segment ends)."""
    if not segments or not len(doc):
        return [False] * len(doc)
    starts = doc.to_array([IDX])
    ends = np.array([s.end for s in segments])
    k = np.searchsorted(ends, starts, side="right")  # the first segment ending after the token's start
    inside = np.zeros(len(doc), dtype=bool)
    ok = k < len(segments)
    inside[ok] = np.array([s.start for s in segments])[k[ok]] <= starts[ok]
    return inside.tolist()
