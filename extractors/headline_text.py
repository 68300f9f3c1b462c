"""The headline's text as one sentence: one line, balanced brackets and quotes, a capital and a full stop, at most
``MAX_WORDS`` words; the first word in sentence case where the lead shouted it (extractors/headline.py builds it)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

MAX_WORDS = 30
MIN_WORDS = 4


def sentence(text: str) -> str | None:
    """One line with balanced brackets and quotes, a capital and a full stop; None when nothing is
    left (a name or a frame taken across a line break never breaks the headline's line)."""
    text = re.sub(r"\s+", " ", text).strip()
    while text.count("(") > text.count(")"):
        text = text[: text.rindex("(")].rstrip()
    text = re.sub(r"\s+([,;:])", r"\1", text)
    text = text.rstrip(" ,;:-–—")
    if text.count('"') % 2:
        text = text.replace('"', "")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    text = _single_quotes(text)
    words = text.split()
    if len(words) < MIN_WORDS:
        return None
    if len(words) > MAX_WORDS:
        cut = " ".join(words[:MAX_WORDS])
        comma = cut.rfind(",")  # "... at the GOP National Convention in July[, where Trump will]": at a comma
        text = (cut[:comma] if comma > 0 and len(cut[:comma].split()) >= MAX_WORDS // 2 else cut).rstrip(" ,;:-–—")
    if not re.search(r"[.!?]['’\"”]$", text):  # "... 'as soon as possible.'" is closed
        text = text.rstrip(".!?") + "."
    return text[:1].upper() + text[1:]


def unshouted(doc: Doc, headline: str) -> str:
    """The headline's first word in sentence case where the lead wrote it in capitals for style ("THE
    second largest firm", "AT least 84 people", "HACKERS are feared"), not where it is an acronym
    ("SONY", "NASA", "WHO", "IT firms", "CEO"): an article or a preposition, or a common noun of five
    letters or more that is no name."""
    first = headline.split(maxsplit=1)[0]
    if not (first.isalpha() and first.isupper() and len(first) > 1):
        return headline
    token = next((t for t in doc if t.text == first and t.is_sent_start), None)
    if token is None:
        return headline
    function_word = token.pos_ in ("DET", "ADP") and token.is_stop
    common_noun = token.pos_ == "NOUN" and len(first) >= 5 and not token.ent_type_
    if function_word or common_noun:
        return first.capitalize() + headline[len(first) :]
    return headline


# a closing single quote: after a word's last letter (not a plural's "s'"), or after the comma or stop that
# ends the quotation ("calls Trump line 'racist,' but backs him")
_CLOSING_QUOTE = r"(?:(?<=[^\Ws])|(?<=\w[,.!?]))'(?=[\s.,;:!?)]|$)"


def _single_quotes(text: str) -> str:
    """Straight single quotes used as quotation marks, balanced: a closing one whose opening was cut
    ("Another Security Incident'") goes, and an opening one left without its close; an apostrophe inside
    a word ("don't") or after a plural's s ("the players' union") is no quotation mark."""
    opening = re.findall(r"(?:^|(?<=[\s(]))'(?=\w)", text)
    closing = re.findall(_CLOSING_QUOTE, text)
    if closing and not opening:
        text = re.sub(_CLOSING_QUOTE, "", text)
    elif opening and not closing and not re.search(r"s'(?=[\s.,;:!?)]|$)", text):
        text = re.sub(r"(?:^|(?<=[\s(]))'(?=\w)", "", text)
    return text
