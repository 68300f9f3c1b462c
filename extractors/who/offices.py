"""An office the NER took for an organisation before a person's name: "U.S. Surgeon General David Satcher"
gave the organisation "U.S. Surgeon" and the person "David Satcher".

A title word inside an organisation's span, at its end, before a capitalised title head ("General") or the
person's name itself, makes the span a title: its words before the title word are a place ("U.S.",
"Virginia") whose country stays a mention, and no organisation is named. A body's name that ends on such a
word keeps it ("the Office for the Deputy Prime Minister": "Office" is a body's head, not a place).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from extractors.lexicons.actors import TITLE_HEADS
from extractors.who.state import WhoState
from extractors.who.words import TITLES


def office_before_name(st: WhoState, span: SpacySpan) -> bool:
    """``span`` (an organisation's) is a place and a title word before a person's name or a title head
    ("U.S. Surgeon" + "General David Satcher"); the place's country, if it is one, gets a mention."""
    doc = span.doc
    if len(span) < 2 or span[-1].lower_ not in TITLES or not span[-1].is_title or span.end + 1 >= len(doc):
        return False
    after = doc[span.end]
    person = after.ent_type_ == "PERSON" and after.ent_iob_ == "B"
    if not (person or (after.is_title and after.lower_ in TITLE_HEADS and doc[span.end + 1].ent_type_ == "PERSON")):
        return False
    k = 1
    while k < len(span) and span[-k - 1].lower_ in TITLES:
        k += 1  # "Deputy Attorney": every title word at the end
    if k == len(span):
        return True
    found = st.country_of(span[: len(span) - k].text)
    if found is None:
        return False
    st.add_country(found[0], span.start, span.end - k - 1)
    return True
