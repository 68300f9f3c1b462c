"""Headline cues: a title or line that names its speaker first ('McCain: ...'), a Title Case verb
after the name ('Clinton Slams Trump'), or a title that ends on its speaker ('..., judge rules')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from extractors.lexicons import attribution as lex
from extractors.sources.context import Context, Rel
from extractors.sources.grammar import FINITE
from extractors.sources.spans import trim_tokens
from extractors.spans import char_span

_HEADLINE_SPEAKER = re.compile(
    r"(?m)^[ \t]*[\"“]?(?:[A-Z]{3,}[ \t]*[–—-][ \t]*)?"
    r"(?P<who>[A-Z][\w.’'&-]*(?:[ \t][A-Z][\w.’'&-]*){0,4}(?P<noun>(?:[ \t][a-z]+){0,2}))"
    r"(?P<to>[ \t](?:[Tt]o|[Oo]n|[Aa]t)[ \t][^\n:]{2,60})?(?P<cue>:)[ \t]+(?P<what>\S[^\n]{10,})$"
)


_NOT_SPEAKERS = lex.words(
    "source sources update note editor photo video watch read related breaking correction clarification byline"
    " email exclusive wow boom look busted bombshell so stat"
)


_SECTION_LABELS = lex.words("note update email daily circle report")


def headline_speakers(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: lines that name their speaker first ('John McCain: ...'), see ``_line_speakers``."""
    return [*rels, *_line_speakers(ctx.doc, ctx.text)]


def headline_verbs(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: a title whose verb follows the name that opens it, see ``_title_verbs``."""
    return [*rels, *_title_verbs(ctx.doc, ctx.text, rels)]


def headline_inverted(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: a title that ends on its speaker and cue verb, see ``_title_inverted``."""
    return [*rels, *_title_inverted(ctx.doc, ctx.text, rels)]


def _line_speakers(doc: Doc, text: str) -> list[Rel]:
    """'John McCain: Republican Populist Anger ...': a headline or line that gives its speaker first."""
    found = _headline_quotes(doc, text)
    for m in _HEADLINE_SPEAKER.finditer(text):
        if any(r.cue == m.span("cue") for r in found):
            continue
        who = m.group("who")
        if who.split()[0].lower() in _NOT_SPEAKERS or any(ch.isdigit() for ch in who):
            continue
        if len(who.split()) > 1 and who.split()[-1].lower() in _SECTION_LABELS:
            continue  # "Editor's Note:", "Monday's Morning Email:", a column's name
        first = doc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
        if first is None or any(t.pos_ in ("VERB", "AUX") for t in first):
            continue
        if (m.group("noun") or m.group("to")) and not _headline_speaker(doc, text, m):
            continue
        if len(who) == 1:
            continue  # "Q:" and "A:" of an interview
        if not (any(t.pos_ == "PROPN" for t in first) or who.isupper() or len(first) == 1):
            continue  # a name, a speaker in capitals (transcripts) or a one-word outlet ("Poll: ...")
        what = char_span(text, m.start("what"), m.end("what"))
        found.append(
            Rel(
                cue=m.span("cue"),
                cue_label=":",
                source=m.span("who"),
                source_head=first.root,
                content=(what.start, what.end),
            )
        )
    return found


# Cue verbs a headline may give in Title Case ("Glenn Beck Blasts Drudge"), where the small model reads the verb
# as one more word of the name: matched on their inflected form, with a preposition where the lexicon pairs one.
_HEADLINE_VERBS = (
    lex.SPEECH_VERBS
    | lex.OBJECT_CONTENT_VERBS
    | lex.JUDGING_VERBS
    | lex.STANCE_VERBS
    | lex.INTENTION_VERBS
    | lex.DENIAL_VERBS
    | lex.HEADLINE_ATTACK_VERBS
    | {"call"}
)


_SOURCE_POS = frozenset(["PROPN", "NOUN", "ADJ", "NUM", "DET", "PART", "CCONJ"])


def _base_forms(word: str) -> list[str]:
    """What a third-person or past form may be the inflection of: 'blasts' -> 'blast', 'urged' -> 'urge'."""
    forms: list[str] = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss"):
        forms += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    elif word.endswith("ied"):
        forms.append(word[:-3] + "y")
    elif word.endswith("ed"):
        forms += [word[:-1], word[:-2]] + ([word[:-3]] if word[-3:-2] == word[-4:-3] else [])
    return forms


def _headline_cue(doc: Doc, token: Token, *, plural: bool) -> tuple[str, Token] | None:
    """The cue verb's lemma and the cue's last token (the verb or its paired preposition), or None."""
    if not token.is_alpha or token.pos_ in ("AUX", "ADP", "PRON", "DET"):
        return None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.lower_.endswith("ed") and not token.text[:1].isupper():
        return None  # headlines tell in the present; "showed" in a sentence is the verb rules' to read
    forms = _base_forms(token.lower_) + ([token.lower_] if plural else [])
    for lemma in forms:
        preps = lex.VERB_PREPOSITION_CUES.get(lemma, frozenset())
        if nxt is not None and (nxt.lower_ in preps or (lemma, nxt.lower_) in lex.PARTICLE_CUES):
            return lemma, nxt
        if lemma in _HEADLINE_VERBS:
            return lemma, token
    return None


def _title_verbs(doc: Doc, text: str, rels: Sequence[Rel]) -> list[Rel]:
    """'Hillary Clinton Slams Donald Trump On Abortion': a title whose verb follows the name that opens it."""
    end = text.find("\n")
    if end < 0 or not text[end:].strip():
        return []  # a title is a line of its own, above the text
    title = doc.char_span(0, end, alignment_mode="contract")
    if title is None or len(title) < 3:
        return []
    colons = [t.i + 1 for t in title if t.text == ":" and not any(r.cue == (t.idx, t.idx + 1) for r in rels)]
    commas = [t.i + 1 for t in title if t.text == ","]
    for start in [title.start, *colons[:1], *commas[:1]]:
        subject = _headline_subject(doc, title, start)
        if subject is not None:
            break
    else:
        return []
    words, i, cue = subject
    source = (words[0].idx, words[-1].idx + len(words[-1]))
    found: list[Rel] = []
    link: tuple[int, tuple[str, Token]] | None = (i, cue)
    while link is not None:
        i, (lemma, last) = link
        token = doc[i]
        stop, link = _headline_clause_end(doc, title, token, last)
        # "Sherrod Brown Scolds Bank Chief: ‘...’": the quote after the colon is an attribution of its own
        colons = [t.i for t in doc[last.i + 1 : stop] if any(r.cue_label == ":" and r.cue[0] == t.idx for r in rels)]
        stop = colons[0] if colons else stop
        content = trim_tokens(doc, last.i + 1, stop - 1)
        if content is None:
            break
        cue_span = (token.idx, last.idx + len(last))
        if any(r.cue[0] < cue_span[1] and r.cue[1] > token.idx for r in rels):
            continue  # read already by the verb rules: "Clinton Says ..., Calls ..." goes on to "Calls"
        if any(r.cue[0] < token.idx for r in rels):
            break  # the title's attribution is read already
        found.append(Rel(cue=cue_span, cue_label=lemma, source=source, source_head=words[-1], content=content))
    return found


def _title_inverted(doc: Doc, text: str, rels: Sequence[Rel]) -> list[Rel]:
    """'Records must be released, federal judge rules.': a title that ends on its speaker and cue verb."""
    end = text.find("\n")
    if end < 0 or not text[end:].strip():
        return []
    title = doc.char_span(0, end, alignment_mode="contract")
    if title is None or any(r.cue[0] < end for r in rels):
        return []
    words = [t for t in title if not (t.is_punct or t.is_space)]
    commas = [t for t in title if t.text == ","]
    if len(words) < 4 or not commas or words[-1].i < commas[-1].i + 2:
        return []
    verb = words[-1]
    first = commas[-1].i + 1
    while doc[first].is_punct:  # "Is A ‘Natural Born Citizen,’ Board Of Election Finds"
        first += 1
    speaker = doc[first : verb.i]
    if len(speaker) == 0:
        return []
    cue = _headline_cue(doc, verb, plural=speaker[-1].tag_ in ("NNS", "NNPS"))
    if cue is None or cue[1] is not verb or len(speaker) > 6:
        return []
    if any(t.pos_ not in _SOURCE_POS and t.lower_ != "of" for t in speaker):
        return []
    if not any(t.pos_ in ("NOUN", "PROPN") for t in speaker):
        return []
    content = trim_tokens(doc, title.start, commas[-1].i - 1)
    if content is None:
        return []
    source = (speaker[0].idx, speaker[-1].idx + len(speaker[-1]))
    cue_span = (verb.idx, verb.idx + len(verb))
    return [Rel(cue=cue_span, cue_label=cue[0], source=source, source_head=speaker[-1], content=content)]


def _headline_clause_end(
    doc: Doc, title: SpacySpan, verb: Token, last: Token
) -> tuple[int, tuple[int, tuple[str, Token]] | None]:
    """Where the headline verb's words end (a semicolon, dash or full stop before more words, or a second cue
    verb after a comma or 'and': 'Backs Trump And Denounces Clinton'), and that second verb and cue if any."""
    stop = last.i + 1
    while stop < title.end:
        t = doc[stop]
        if t.text in (";", "—", "–", "--") or (t.text in (".", "?", "!") and stop + 1 < title.end):
            return stop, None
        if (t.text == "," or t.lower_ == "and") and stop + 1 < title.end:
            after = _headline_cue(doc, doc[stop + 1], plural=False)
            if after is not None and doc[stop + 1].text[:1].isupper() == verb.text[:1].isupper():
                return stop, (stop + 1, after)
        stop += 1
    return stop, None


def _headline_subject(doc: Doc, title: SpacySpan, start: int) -> tuple[SpacySpan, int, tuple[str, Token]] | None:
    """The name or noun phrase that opens the title from start, the index of its cue verb and the cue."""
    while start < title.end and not doc[start].is_alpha:
        start += 1
    i = start + 1
    while i < min(title.end - 1, start + 9):
        token = doc[i]
        cue = _headline_cue(doc, token, plural=doc[i - 1].tag_ in ("NNS", "NNPS"))
        if cue is not None and doc[i - 1].tag_ != "POS" and not _noun_before_verb(doc, token):
            break
        if token.pos_ not in _SOURCE_POS and token.text not in ("-", "’s", "'s"):
            return None
        i += 1
    else:
        return None
    end_source = i
    while end_source > start + 1 and doc[end_source - 1].is_stop:
        end_source -= 1  # "Donald Trump Just Revealed ..."
    words = doc[start:end_source]
    if not any(t.text[:1].isupper() for t in words):
        return None
    return words, i, cue


def _noun_before_verb(doc: Doc, token: Token) -> bool:
    """'emails raise queries', 'Media Reports Reveal ...': a plural noun, the subject of the verb after it."""
    if token.i + 1 >= len(doc):
        return False
    nxt = doc[token.i + 1]
    if nxt.text[:1].isupper() == token.text[:1].isupper() and _headline_cue(doc, nxt, plural=True) is not None:
        return True
    cue = _headline_cue(doc, token, plural=True)
    if cue is not None and cue[1] is nxt:
        return False  # "calls for", "points to": a preposition the lexicon pairs with the verb
    return token.pos_ == "NOUN" and token.text[:1].islower() and nxt.pos_ in ("VERB", "AUX", "ADP")


_HEADLINE_QUOTE = re.compile(r"(?m)^[ \t]*(?P<line>[A-Z][^\n:“”\"]{2,120}?)(?P<cue>:)[ \t]+(?P<what>[‘'\"“][^\n]{8,})$")


def _headline_quotes(doc: Doc, text: str) -> list[Rel]:
    """'Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be ...’': a title that opens with its speaker's
    name and ends with a colon and the quote; the words between are the headline's verb and object."""
    found: list[Rel] = []
    for m in _HEADLINE_QUOTE.finditer(text):
        if text[: m.start()].strip():
            break  # the title only: in the body such a line has a verb of saying ('Trump replied: “...”')
        line = doc.char_span(m.start("line"), m.end("line"), alignment_mode="expand")
        if line is None or not line.ents:
            continue
        name = line.ents[0]
        if name.start != line.start or name.label_ not in ("PERSON", "ORG", "NORP") or name.end == line.end:
            continue
        what = char_span(text, m.start("what"), m.end("what"))
        found.append(
            Rel(
                cue=m.span("cue"),
                cue_label=":",
                source=(name.start_char, name.end_char),
                source_head=name.root,
                content=(what.start, what.end),
            )
        )
    return found


def _headline_speaker(doc: Doc, text: str, m: re.Match[str]) -> bool:
    """The longer forms, in the title only: 'Clinton camp: ...', 'Clinton to Planned Parenthood: ...'."""
    if text[: m.start()].strip():
        return False  # a title opens the text; further down such lines are subheads ('Limited Tools to ...:')
    if any(t.pos_ not in ("NOUN", "ADJ") for t in doc.char_span(m.start("noun"), m.end("noun"), "expand") or ()):
        return False  # "Clinton camp:", "WSJ editorial:", not "Clinton says:"
    # not a clause: "Trump's appeal to working-class whites is only half the story:"
    said = doc.char_span(m.start("to"), m.end("to"), alignment_mode="expand") if m.group("to") else None
    return said is None or not any(t.tag_ in FINITE or t.tag_ == "MD" for t in said)
