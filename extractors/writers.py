"""An opinion piece's writer named outside a byline: the bio line that closes an op-ed ("Rick Scott is the
Republican governor of Florida.") and a wire service's frame of a newspaper's editorial ("The New York Times
said in an editorial on Monday:"); the rows are extractors/lexicons/pieces.py's ``WRITER_CUES``.

A bio line tells an op-ed only when its name appears nowhere else in the text (a story's closing line about
one of its people names someone it has named before) and the body is its writer's: few of its sentences report
what someone else said (a news story that closes on its reporter's bio quotes its people throughout).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from extractors.clauses import doc_text, furniture, quoted, sentences
from extractors.lexicons.pieces import (
    REPORTER_ROLES,
    WRITER_CUES,
    WRITER_REPORTED_SHARE,
    WRITER_ROLE_WORDS,
    WriterCue,
)

_EDGE_LINES = 2  # a cue stands on one of the text's first or last lines (not furniture)
_BIO_WORDS = 60  # a bio line is short
_ROLE_OPENERS = frozenset(["DET", "NOUN", "PROPN", "ADJ"])  # "is [the] governor", "is [co-author] of"


@dataclass(frozen=True, slots=True)
class Writer:
    """The writer a cue names: the token of the name's last word, the role it gives, the piece's label."""

    token: int
    written: str  # the name as the cue writes it ("The New York Times")
    role: str | None
    label: str | None
    cue: str


def named_writer(doc: Doc) -> Writer | None:
    """The writer of an opinion piece named by a bio line at its end or a wire's editorial frame on top."""
    text = doc_text(doc)
    marked = furniture(doc)
    lines = [(m, m + len(line)) for m, line in _lines(text) if line.strip() and not marked.marked.overlaps(m, m + 1)]
    for cue in WRITER_CUES:
        for start, end in lines[-_EDGE_LINES:][::-1] if cue.end else lines[:_EDGE_LINES]:
            found = _match(doc, text, cue, start, end)
            if found is not None:
                return found
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        out.append((at + len(line) - len(stripped), stripped.rstrip()))
        at += len(line) + 1
    return out


def _match(doc: Doc, text: str, cue: WriterCue, start: int, end: int) -> Writer | None:
    line = text[start:end]
    m = cue.regex.match(line)
    if m is None:
        return None
    at, until = start + m.start("writer"), start + m.end("writer")
    name = doc.char_span(at, until, alignment_mode="expand")
    if name is None:
        return None
    if cue.end:
        last = name[-1]
        if len(line.split()) > _BIO_WORDS or last.ent_type_ != "PERSON" or last.text in text[:start]:
            return None
        role_at = doc.char_span(start + m.start("role"), start + m.end("role"), alignment_mode="expand")
        if role_at is None or role_at[0].pos_ not in _ROLE_OPENERS:
            return None  # "X has been on the run since ...": no role
        if REPORTER_ROLES.search(m.group("role")) or _reported_share(doc, start) > WRITER_REPORTED_SHARE:
            return None
        role = m.group("role").strip().rstrip(".")
        role = role if len(role.split()) <= WRITER_ROLE_WORDS and " and " not in role else None
        return Writer(last.i, name.text, role, cue.label, cue.name)
    if name.root.ent_type_ not in ("ORG", "WORK_OF_ART", "NORP", "PERSON", ""):
        return None
    return Writer(name.root.i, name.text, None, m.groupdict().get("label") or cue.label, cue.name)


def _reported_share(doc: Doc, until: int) -> float:
    """The share of the body's sentences (before a character) that report what someone else said."""
    from extractors.kinds import reports  # (kinds reads this module)

    inside = quoted(doc)
    total = reported = 0
    for sent in sentences(doc):
        if sent.start_char >= until:
            break
        words = [t for t in sent if not t.is_space and not inside[t.i]]
        if not words:
            continue
        total += 1
        reported += len(words) * 2 < len(sent) or any(reports(t) for t in words)
    return reported / total if total else 1.0
