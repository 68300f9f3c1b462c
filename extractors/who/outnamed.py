"""Step 4 of `who`: when the lead's doer does not go first (salience.py asks).

The doer of the lead's main clause is raised above every other actor (after only the title's opener):
the inverted pyramid puts the story's actor in its first sentence. A feature or an analysis often opens
on a scene instead ("Ann Lee, 68, still climbs the factory stairs at six each morning."), and its doer
is then one example of what the article is about, named in a sentence or two while the article's own
subject runs through it ("Japan" in twenty sentences). Such a doer keeps its weight and its bonus but
is not raised: the scores decide. One row, with its example; the engine is the function below.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.who.state import Cluster, WhoState
from extractors.who.words import word_at


@dataclass(frozen=True, slots=True)
class Outnamed:
    """Another actor outnames the lead's doer when the article names it in at least ``sentences``
    sentences and in at least ``ratio`` times as many sentences as the doer."""

    sentences: int
    ratio: float
    example: str


# Five sentences: an actor the article keeps returning to, not one quoted in a passage; three times:
# the doer is an episode of the story, not its thread (a doer named in two sentences against a country
# named in five is still the actor: "Zenco has cut 300 jobs ... Zenco said ..." against "Britain").
OUTNAMED = Outnamed(
    sentences=5,
    ratio=3.0,
    example="Ann Lee, 68, still climbs the factory stairs at six each morning. (Japan: 20 sentences; Ann Lee: 2)",
)


def _sentences(st: WhoState, cluster: Cluster) -> int:
    """How many sentences name the actor."""
    return len({st.sent_of[m.first] for m in cluster.mentions})


def _in_lead(st: WhoState, cluster: Cluster, lead: str) -> bool:
    """The lead sentence names the actor, by any of its forms (a form the NER missed there too)."""
    forms = {cluster.name, *(st.text_of(m.first, m.last) for m in cluster.mentions)}
    return any(word_at(form, lead) is not None for form in forms if form)  # "Fed" is not in "Federal"


def outnamed(st: WhoState, doer: Cluster, others: list[Cluster]) -> bool:
    """Another actor, one the lead sentence does not name, runs through the article while the lead's
    ``doer`` is named in few sentences (an actor the lead names beside its doer is part of the news
    the lead tells: "Kowalski beat Lindqvist", however often Lindqvist is named after)."""
    lead = st.sents[st.lead].text
    counts = ((c, _sentences(st, c)) for c in others if c is not doer)
    most = max((n for c, n in counts if n >= OUTNAMED.sentences and not _in_lead(st, c, lead)), default=0)
    return most > 0 and most >= OUTNAMED.ratio * _sentences(st, doer)
