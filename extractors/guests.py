"""Who an interview's guest is, as the article bills them: their role and the interview's topic.

An editor heads an interview "X, <role as the article gives it>, talks about <topic>". The role and the
topic are where the article states them, most plainly first:

- the title, when sent: "Wikinews interviews Ana Ruiz, Libertarian Party nominee for Governor" (a role
  after the name), "Interview with LibriVox founder Ana Ruiz" / "Q&A with Vice President Ana Ruiz" (a
  role before it, after the words that say an interview follows), "Ana Ruiz: An interview with the 'Mets
  Poet'", "Wikinews interviews Ana Ruiz of Heaven Sent Gaming"; the topic after "on" or "about"
  ("Wikinews interviews Ana Ruiz on unusual new sea anemone" -> "the unusual new sea anemone");
- the opening before the turns: the guest's apposition ("Attorney Ana Ruiz, the party's nominee for
  governor, answered five questions") or, without one, the role written before the name ("Actress Ana
  Ruiz has become ..."). A Q&A whose answers are labelled "A" is an interview of the person its opening
  introduces first (the first ranked `who` person named before the turns).

The title is matched on the guest's name folded (accents, spaces, case: "Simon Licen" is "Simon Ličen",
"Hugh McGuire" is "Hugh Mc Guire"); a title that does not name the guest gives a topic only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from extractors.kinds import Kind
from extractors.lexicons.events import ANSWER_LABELS, INTERVIEWER_LABELS, QUESTION_LABELS
from extractors.lexicons.pieces import INTERVIEW_TITLE_CUES, TITLE_ROLE_ENDS
from extractors.phrases import noun_phrase, words_text
from extractors.types import Actor

_CUE = re.compile("|".join(INTERVIEW_TITLE_CUES), re.I)
_ROLE_END = re.compile(rf"\s+(?:{'|'.join(TITLE_ROLE_ENDS)})\b|\s*[:(]|\s+[-–—]\s|$", re.I)
_TOPIC = re.compile(r"\s(?:on|about)\s+(?P<topic>[^:;()]+?)\s*(?:[:;(]|\s[-–—]\s|$)", re.I)
_DATE_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|\d{4})\b", re.I
)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"})
_ROLE_WORDS = 12  # a role longer than this is a biography, not a billing
_ROLE_BEFORE_WORDS = 6  # "Israeli mathematician and writer": a role written before a name is short
_TOPIC_WORDS = 8
_WHOLE_ROLE = 10  # tokens: an opening's apposition this short is the role as written


@dataclass(frozen=True, slots=True)
class Billing:
    """What an article's title or opening says of an interview's guest."""

    name: str | None = None  # the name as written there, when it names the guest
    role: str | None = None
    before: bool = False  # the role is written before the name ("LibriVox founder Ana Ruiz")
    topic: str | None = None


def anonymous(label: str) -> bool:
    """A turn label that names no one ("A", "Q", "Interviewer")."""
    return label.lower().rstrip(".") in ANSWER_LABELS | QUESTION_LABELS | INTERVIEWER_LABELS


def _fold(text: str) -> tuple[str, list[int]]:
    """The text's letters and digits, lower case and without accents, with each one's offset in the text."""
    chars: list[str] = []
    where: list[int] = []
    for k, ch in enumerate(text):
        base = unicodedata.normalize("NFKD", ch)
        for c in base:
            if c.isalnum():
                chars.append(c.lower())
                where.append(k)
    return "".join(chars), where


def folded(text: str) -> str:
    """A name folded for comparison: "Hugh Mc Guire" is "Hugh McGuire", "Simon Ličen" "Simon Licen"."""
    return _fold(text)[0]


def _find_name(title: str, name: str) -> tuple[int, int] | None:
    """Where a title writes a name (folded: "Simon Licen" for "Simon Ličen"), as whole words."""
    folded, where = _fold(title)
    key, _ = _fold(name)
    if len(key) < 4:
        return None
    at = folded.find(key)
    while at >= 0:
        start, end = where[at], where[at + len(key) - 1] + 1
        if (start == 0 or not title[start - 1].isalnum()) and (end == len(title) or not title[end].isalnum()):
            return start, end
        at = folded.find(key, at + 1)
    return None


def title_billing(title: str | None, names: list[str]) -> Billing:
    """The role and topic an interview's title gives its guests (``names``: as the article names them)."""
    if not title:
        return Billing()
    text = title.strip().rstrip(".")
    spans = [found for name in names if (found := _find_name(text, name)) is not None]
    if not spans:
        cue = _CUE.search(text)
        return Billing(topic=_topic(text[cue.end() :])) if cue is not None else Billing()
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    written = text[start:end] if len(spans) == 1 else None
    role, before = _role_after(text[end:]), False
    if role is None:
        role, before = _role_before(text[:start]), True
    return Billing(name=written, role=role, before=before and role is not None, topic=_topic(text[end:]))


def _role_after(rest: str) -> str | None:
    """ ", Libertarian Party nominee for Governor of Virginia", " of Heaven Sent Gaming", ": An interview
    with the 'Mets Poet'"."""
    interview = re.match(r"\s*:\s*(?:an? )?interview with\s+(?P<role>.+)$", rest, re.I)
    if interview is not None:
        role = interview.group("role")
    elif (found := re.match(r"\s*,\s*(?P<role>.+)$", rest)) or (found := re.match(r"\s+(?P<role>of\s+.+)$", rest)):
        role = found.group("role")
    else:
        return None
    cut = _ROLE_END.search(role)
    role = role[: cut.start()].strip(" ,") if cut is not None else role.strip(" ,")
    words = role.split()
    return role if 0 < len(words) <= _ROLE_WORDS and role.lower().split()[0] not in ("on", "about") else None


def _role_before(head: str) -> str | None:
    """The words between the interview's cue and the name ("Interview with [LibriVox founder] X")."""
    cues = list(_CUE.finditer(head))
    if not cues:
        return None
    role = head[cues[-1].end() :].strip(" ,:")
    words = role.split()
    if not words or len(words) > _ROLE_BEFORE_WORDS or words[-1].lower() in ("and", "of", "with", "the"):
        return None
    return role


def _topic(rest: str) -> str | None:
    """ "on unusual new sea anemone" -> "the unusual new sea anemone"; never a date ("on Monday")."""
    found = _TOPIC.search(f" {rest}")
    if found is None:
        return None
    topic = found.group("topic").strip(" ,.")
    words = topic.split()
    if not words or len(words) > _TOPIC_WORDS or _DATE_WORDS.search(topic):
        return None
    head = words[-1]
    # a title drops the article: a described singular noun takes it back ("Santorum cocktail")
    bare = words[0].lower() not in _DETERMINERS and len(words) >= 2
    if bare and head.isalpha() and head.islower() and not head.endswith("s"):
        return f"the {topic}"
    return topic


def opening_guest(doc: Doc, kind: Kind, who: list[Actor]) -> Actor | None:
    """The person a Q&A's opening introduces: the first ranked `who` person named before the turns."""
    first = kind.turns[0][0] if kind.turns else len(doc.text)
    for actor in who:
        if actor.type == "person" and any(m.start < first for m in actor.mentions):
            return actor
    return None


def opening_role(doc: Doc, kind: Kind, actor: Actor) -> Billing:
    """The role the opening (before the turns) gives a guest: the apposition of the name's first mention
    ("Ana Ruiz, the party's nominee for governor,"), else the role written before it ("Actress Ana Ruiz")."""
    first = kind.turns[0][0] if kind.turns else len(doc.text)
    for mention in sorted(actor.mentions, key=lambda m: m.start):
        if mention.start >= first:
            break
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.pos_ != "PROPN":
            continue
        role = _apposition(doc, span.root) or _role_written_before(span.root, span.start)
        if role is not None:
            return role
    return Billing()


def _apposition(doc: Doc, name: Token) -> Billing | None:
    appos = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i and c.pos_ != "PROPN"), None)
    if appos is None or appos.ent_type_ == "PERSON":
        return None
    whole = {t.i for t in appos.subtree}
    role = whole if len(whole) <= _WHOLE_ROLE else noun_phrase(appos)
    return Billing(role=words_text(doc, role)) if len(role) <= _ROLE_WORDS + 2 else None


def _role_written_before(name: Token, start: int) -> Billing | None:
    """ "Actress [Ana Ruiz]", "Vice President [Ana Ruiz]": the words right before the name that modify it,
    common nouns or a title in capitals, none of them a name."""
    doc = name.doc
    k = start
    while k > 0 and doc[k - 1].head.i in range(k, name.i + 1) and doc[k - 1].dep_ in ("compound", "amod"):
        k -= 1
    role = list(doc[k:start])
    if not role or len(role) > _ROLE_BEFORE_WORDS or any(t.ent_type_ and t.ent_type_ != "PERSON" for t in role):
        return None
    if not all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in role) or not any(
        t.pos_ == "NOUN" or t.is_title for t in role
    ):
        return None
    return Billing(role=" ".join(t.text for t in role), before=True)
