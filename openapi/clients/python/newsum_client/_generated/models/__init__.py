"""Contains all the data models used in inputs/outputs"""

from .actor import Actor
from .actor_type import ActorType
from .attribution import Attribution
from .batch_request import BatchRequest
from .batch_response import BatchResponse
from .date_mention import DateMention
from .date_type import DateType
from .denial import Denial
from .displacy_document import DisplacyDocument
from .displacy_entity import DisplacyEntity
from .event import Event
from .export_format import ExportFormat
from .health import Health
from .interval import Interval
from .ninjs_body import NinjsBody
from .ninjs_document import NinjsDocument
from .ninjs_entity import NinjsEntity
from .ninjs_info_source import NinjsInfoSource
from .ninjs_standard import NinjsStandard
from .ninjs_text import NinjsText
from .offset_unit import OffsetUnit
from .problem import Problem
from .published_from import PublishedFrom
from .qualifier import Qualifier
from .quantity import Quantity
from .quantity_change import QuantityChange
from .service_info import ServiceInfo
from .source_type import SourceType
from .sourcing import Sourcing
from .span import Span
from .stored_article import StoredArticle
from .summary import Summary
from .summary_record import SummaryRecord
from .summary_request import SummaryRequest
from .version import Version

__all__ = (
    "Actor",
    "ActorType",
    "Attribution",
    "BatchRequest",
    "BatchResponse",
    "DateMention",
    "DateType",
    "Denial",
    "DisplacyDocument",
    "DisplacyEntity",
    "Event",
    "ExportFormat",
    "Health",
    "Interval",
    "NinjsBody",
    "NinjsDocument",
    "NinjsEntity",
    "NinjsInfoSource",
    "NinjsStandard",
    "NinjsText",
    "OffsetUnit",
    "Problem",
    "PublishedFrom",
    "Qualifier",
    "Quantity",
    "QuantityChange",
    "ServiceInfo",
    "SourceType",
    "Sourcing",
    "Span",
    "StoredArticle",
    "Summary",
    "SummaryRecord",
    "SummaryRequest",
    "Version",
)
