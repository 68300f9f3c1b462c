"""Reported claims as events: a forecast or an argument made by someone about someone else."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.clauses import (
    subject_of,
    text_of,
)
from extractors.lexicons.attribution import COGNITION_VERBS, REPORTING_VERBS
from extractors.lexicons.events import (
    CLAIM_DEONTIC_AUX,
    CLAIM_FUTURE_AUX,
    CLAIM_JUDGEMENT_NOUNS,
    CLAIM_LIKELIHOOD,
    RAISING_ADJECTIVES,
    RULE_OUT_AUX,
)
from extractors.spans import char_span
from extractors.tree import children_of
from extractors.types import Event
from extractors.what.arguments import authored
from extractors.what.context import _Context, _story_range
from extractors.what.ranking import _TITLE_WEIGHT, _news_value
from extractors.what.verbs import _vague, negated

# The acts of a reported claim (claim_act): a forecast, an argument; and the reporter's own refusal (ruled_out).
RULE_OUT = "rule out"
CLAIM_ACTS = frozenset({"forecast", "argue", RULE_OUT})
# The speaker's own pronouns in a quote ("We will not lend our resources," the mayor said).
_SPEAKER_PRONOUNS = frozenset({"i", "we"})


def claim_act(content: Token) -> str | None:
    """The act a reported clause performs when it is a claim rather than a stated fact: "forecast"
    for what will or may happen ("will rise", "are unlikely to happen", "is expected to climb"),
    "argue" for what should ("should be appointed") and for a judgement ("it was wrong to compare ...");
    None for a fact ("sales rose")."""
    if judgement(content):
        return "argue"
    for child in children_of(content):
        if child.dep_ != "aux":
            continue
        if child.lower_ in CLAIM_DEONTIC_AUX:
            return "argue"
        if child.lower_ in CLAIM_FUTURE_AUX:
            return "forecast"
    likely = content.lemma_.lower() in CLAIM_LIKELIHOOD or any(
        c.dep_ in ("acomp", "oprd") and c.lower_ in CLAIM_LIKELIHOOD for c in children_of(content)
    )
    infinitive = any(c.dep_ == "xcomp" for c in children_of(content)) or any(
        c.dep_ in ("acomp", "oprd") and any(g.dep_ == "xcomp" for g in children_of(c)) for c in children_of(content)
    )
    return "forecast" if likely and infinitive else None


def ruled_out(content: Token) -> bool:
    """ "won't vote for Trump", "would not seek another term": a negated act to come (``RULE_OUT_AUX``), not a past
    fact ("did not pay"), a hedge ("may not"), a state ("will not be"), a view ("won't say", "will never forget
    [Jeb stepping back]": reporting and cognition verbs, and any verb that frames a clause)."""
    lemma = content.lemma_.lower()
    if lemma in ("be", "have") or lemma in REPORTING_VERBS or lemma in COGNITION_VERBS or not negated(content):
        return False
    children = list(children_of(content))
    return not any(c.dep_ == "ccomp" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in RULE_OUT_AUX for c in children
    )


def judgement(content: Token) -> bool:
    """ "it was wrong to compare ...", "it is important that voters see ...", "it was time to stop the deal": a
    copula whose subject "it" stands for a clause told after it, judged by an adjective (not a raising one: "it
    is ready to launch" is a thing's) or a noun of ``CLAIM_JUDGEMENT_NOUNS``."""
    if content.lemma_ != "be":
        return False
    children = list(children_of(content))
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children):
        return False
    told = [c for c in children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
    for c in children:
        if c.dep_ == "acomp" and c.pos_ == "ADJ" and c.lower_ not in RAISING_ADJECTIVES:
            clauses = _JUDGED_BY_ADJECTIVE  # "wrong [to compare]"
        elif c.dep_ == "attr" and c.lemma_.lower() in CLAIM_JUDGEMENT_NOUNS:
            clauses = _JUDGED_BY_NOUN  # "a mistake [to raise taxes]", "time [to stop]"
        else:
            continue
        if told or any(g.dep_ in clauses and g.pos_ in ("VERB", "AUX") for g in children_of(c)):
            return True
    return False


# How the clause judged hangs on the judging word when the parser does not hang it on the copula.
_JUDGED_BY_ADJECTIVE = frozenset({"xcomp", "ccomp"})
_JUDGED_BY_NOUN = frozenset({"relcl", "acl", "xcomp", "ccomp"})


def _claim(report: Token, ctx: _Context) -> tuple[float, Event] | None:
    """ "Reserves will rise to five billion, private bankers said": the bankers' forecast is an event
    (the reported clause stays one too, attributed to them) when a plain report frames a claim about
    someone or something other than the reporter ("GM said it will cut jobs" is GM's own act); and the
    reporter's own act ruled out ("We will not lend our resources," the mayor said: ``ruled_out``) is a refusal."""
    if report.dep_ in ("ccomp", "parataxis") and report.i > report.head.i and report.head.pos_ in ("VERB", "AUX"):
        content: Token | None = report.head  # "..., bankers said": the parser hangs the report on its clause
    else:
        content = next((c for c in children_of(report) if c.dep_ in ("ccomp", "parataxis")), None)
    if content is None or content.pos_ not in ("VERB", "AUX"):
        return None
    act = claim_act(content)
    reporter, _ = subject_of(report, ctx.coref.floor)
    said, _ = subject_of(content, ctx.coref.floor)
    if said is None:
        return None
    coref = ctx.coref
    name = _reporter_name(report, reporter, ctx)
    # "He said he would not run": a refusal's reporter may be a pronoun, named by coreference
    speaker = name or (coref.actor(reporter) if reporter is not None and reporter.pos_ == "PRON" else None)
    own = speaker is not None and (said.lower_ in _SPEAKER_PRONOUNS or coref.actor(said) == speaker)
    if own and not negated(report) and ruled_out(content):
        name = speaker
        act = RULE_OUT  # "We will not lend our resources," the mayor said: a refusal (the clause stays an event)
    elif act is None or name is None or (said.pos_ == "PRON" and act != "argue") or coref.actor(said) == name:
        return None  # "X said it will ...": X's own plan, an act of X's (the clause is the event)
    if act == "argue" and said.pos_ == "PRON" and not judgement(content):
        return None  # "X said it should ...": as above; "X said it was wrong to ..." judges a clause
    passive = any(c.dep_ == "auxpass" for c in children_of(content))
    if act == "forecast" and passive and content.lemma_.lower() not in CLAIM_LIKELIHOOD:
        return None  # "the company said the gold model would be dropped": by the company, its own plan
    first, last = _story_range(content, ctx)
    doc = ctx.doc
    lo, hi = max(min(first, reporter.i if reporter is not None else report.i), ctx.coref.floor + 1), max(last, report.i)
    event = Event(
        actor=name,
        action=act,
        object=text_of(doc, first, last) or None,
        negated=negated(report),
        span=char_span(ctx.text, doc[lo].idx, doc[hi].idx + len(doc[hi].text)),
    )
    value = _news_value(content, event, ctx, passive=False, vague=False)
    # the claim outranks its own clause a little: "X will rise, bankers said" is the bankers' forecast
    return 1.05 * value * (1.0 + _TITLE_WEIGHT * ctx.title.overlap(lo, hi, report, name)), event


def _reporter_name(report: Token, reporter: Token | None, ctx: _Context) -> str | None:
    """Who makes a reported claim: the report's named subject, or, where the parser lost it ("...,
    senior economists, including X of Y, said"), the source the sources part read for this cue."""
    if reporter is not None:
        if reporter.pos_ == "PRON" or _vague(reporter):
            return None
        return ctx.coref.actor(reporter) or authored(reporter, ctx.coref) or ctx.coref.phrase(reporter)
    found = ctx.contents.by_cue.get(report.idx)
    return found.source if found is not None else None
