"""newsum-client: structured summaries of news articles from a newsum server.

    from newsum_client import NewsumClient

    with NewsumClient("http://127.0.0.1:8000") as newsum:
        summary = newsum.summarize(text)
        for actor in summary.who:
            print(actor.name, [text[m.start : m.end] for m in actor.mentions])

``newsum_client._generated`` is written by openapi-python-client from openapi/openapi.json
(`make sdk`); this package's own modules are the thin hand-written layer over it.
"""

from ._generated.models import (
    Actor,
    Attribution,
    DateMention,
    Denial,
    Event,
    Health,
    Interval,
    OffsetUnit,
    Problem,
    Quantity,
    ServiceInfo,
    Sourcing,
    Span,
    Summary,
    SummaryRecord,
    Version,
)
from .client import Article, AsyncNewsumClient, ExportFormat, NewsumClient, Offsets, answer_of
from .problems import (
    InvalidArticle,
    MalformedRequest,
    NewsumError,
    NotFound,
    PayloadTooLarge,
    ProblemError,
    ServerError,
    ServiceUnavailable,
    UnsupportedMediaType,
)

__all__ = [
    "Actor",
    "Article",
    "AsyncNewsumClient",
    "Attribution",
    "DateMention",
    "Denial",
    "Event",
    "ExportFormat",
    "Health",
    "Interval",
    "InvalidArticle",
    "MalformedRequest",
    "NewsumClient",
    "NewsumError",
    "NotFound",
    "OffsetUnit",
    "Offsets",
    "PayloadTooLarge",
    "Problem",
    "ProblemError",
    "Quantity",
    "ServerError",
    "ServiceInfo",
    "ServiceUnavailable",
    "Sourcing",
    "Span",
    "Summary",
    "SummaryRecord",
    "UnsupportedMediaType",
    "Version",
    "answer_of",
]
