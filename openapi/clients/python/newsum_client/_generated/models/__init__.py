"""Contains all the data models used in inputs/outputs"""

from .actor import Actor
from .actor_type import ActorType
from .attribution import Attribution
from .batch_request import BatchRequest
from .batch_response import BatchResponse
from .date_mention import DateMention
from .date_type import DateType
from .denial import Denial
from .event import Event
from .health import Health
from .interval import Interval
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
from .summary import Summary
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
    "Event",
    "Health",
    "Interval",
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
    "Summary",
    "SummaryRequest",
    "Version",
)
