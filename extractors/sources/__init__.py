"""Sources: who said what (attributions), and the article's sourcing profile.

Rules over the dependency parse, run as an ordered list of passes (``PASSES``). Each pass is a function
``(ctx, rels) -> rels``: it reads the article's ``Context`` and the relations found before it, and returns
the relations after it, its own added or amended copies of the ones it was given (``Rel`` is frozen: no
pass changes another's output). By family (docs/parts.md maps each form to its module):

1. Cues. A reporting verb (lexicon classes in ``lexicons.attribution``) with its subject as the
   source and its clause, quote or object as the content (``verbs``, with ``speakers`` and ``contents``);
   "according to X", "in X's view", "in a poll", "his criticism of X" (``phrases``); agency credit lines
   ("(AP) —", "Source: With information from AP", "Reporting by ...") (``credits``); titles and lines
   that give their speaker first (``headlines``).
2. Quotes. Quotation marks are paired on the raw text (``quotemarks``: straight and curly, across
   paragraphs when the next paragraph reopens the quote); a cue next to a quote takes the whole quote as
   content, and a quote with no cue of its own continues the speaker of the sentence before it (``quotes``).
3. Sources. Each source phrase is typed (person, organization, agency, unnamed, document) and
   named (``naming``): through the article's actors when ``who`` knows them, else from the text itself
   (a surname to its fullest form, "the minister" to the person named with that title, "he" to
   the last person quoted). ``filters`` drops duplicates and attributions nested in others.

Offsets follow PolNeAR's extents (the benchmark we measure on): the source is the subject as
written ("he", "who"); the cue is the verb; the content includes "that" and quotation marks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from spacy.tokens import Doc

from extractors.sources import credits, filters, headlines, phrases, quotes, verbs
from extractors.sources.context import Context, Rel
from extractors.sources.filters import drop_nested
from extractors.sources.naming import resolve
from extractors.types import Actor, Attribution, Sourcing

VERSION = 35

Pass = Callable[[Context, Sequence[Rel]], list[Rel]]

# In order: what a pass reads of the relations before it is noted where it matters.
PASSES: tuple[Pass, ...] = (
    verbs.verb_cues,  # 'X said ...', 'X is expected to ...', 'X is critical of ...'
    phrases.prepositional_cues,  # 'according to X'
    phrases.nominal_cues,  # 'his criticism of X', 'a statement by X that ...'
    phrases.view_cues,  # 'in X's view'
    phrases.finding_cues,  # 'In a poll, ...' (not where a verb cue already took the clause)
    phrases.fill_citing,  # '..., citing Y' (the verb cue's content becomes what is cited)
    filters.cut_phrases,  # 'according to X', 'citing Y' cut off the other contents
    filters.drop_empty,
    filters.drop_nested_stances,  # 'said they want ...': the stance is part of what was said
    credits.dash_credits,  # '“...” ― Name'
    headlines.headline_speakers,  # 'John McCain: ...'
    headlines.headline_verbs,  # 'Hillary Clinton Slams Donald Trump On Abortion'
    headlines.headline_inverted,  # 'Records must be released, federal judge rules'
    quotes.colon_quotes,  # 'Carl Bialik: “...”'
    quotes.quote_frames,  # '“...,” Trump barked.' (and a lost speaker for a found cue)
    quotes.fragment_cues,  # 'described his skills as a “work in progress”'
    quotes.orphan_quotes,  # a quote with no cue continues the speaker before it
    credits.credit_lines,  # '(AP) —', 'Reporting by ...'
    filters.dedupe,
)


def extract_sources(doc: Doc, *, reference: date | None = None, who: list[Actor]) -> list[Attribution]:
    """Attributions in order of appearance (by cue): source, cue, content, type, canonical source."""
    text = doc.text  # Doc.text joins every token: read it once
    if not text.strip() or len(doc) == 0:
        return []
    ctx = Context.of(doc, text, who)
    rels: list[Rel] = []
    for step in PASSES:
        rels = step(ctx, rels)
    return drop_nested(doc, resolve(ctx, rels))


def sourcing_profile(doc: Doc, *, reference: date | None = None, sources: list[Attribution]) -> Sourcing:
    """How many attributions rest on each kind of source.

    The link "X citing Y" of a chain (its content is Y, the source of another attribution) is not a
    claim of its own: "X said A, citing Y" counts A once for X and once for Y.
    """
    counts = {kind: 0 for kind in Sourcing.__struct_fields__}
    named = {a.source_span for a in sources if a.source_span is not None}
    for attribution in sources:
        if attribution.content_span is not None and attribution.content_span in named:
            continue
        counts[attribution.source_type] += 1
    return Sourcing(**counts)
