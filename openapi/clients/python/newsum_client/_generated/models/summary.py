from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offset_unit import OffsetUnit
from ..models.published_from import PublishedFrom

if TYPE_CHECKING:
    from ..models.actor import Actor
    from ..models.attribution import Attribution
    from ..models.date_mention import DateMention
    from ..models.denial import Denial
    from ..models.event import Event
    from ..models.quantity import Quantity
    from ..models.sourcing import Sourcing
    from ..models.version import Version


T = TypeVar("T", bound="Summary")


@_attrs_define
class Summary:
    """
    Attributes:
        dates (list[DateMention]):
        denials (list[Denial]):
        headline (None | str): One plain sentence: the main event.
        id (str): 'sha256:<hex>': the content hash, also the cache key suffix.
        language (str):  Default: 'en'.
        offsets (OffsetUnit):
        published (datetime.date | None): Reference date (YYYY-MM-DD) used to resolve relative dates.
        published_from (None | PublishedFrom):
        quantities (list[Quantity]):
        sources (list[Attribution]):
        sourcing (Sourcing):
        version (Version):
        what (list[Event]):
        who (list[Actor]):
    """

    dates: list[DateMention]
    denials: list[Denial]
    headline: None | str
    id: str
    offsets: OffsetUnit
    published: datetime.date | None
    published_from: None | PublishedFrom
    quantities: list[Quantity]
    sources: list[Attribution]
    sourcing: Sourcing
    version: Version
    what: list[Event]
    who: list[Actor]
    language: str = "en"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dates = []
        for dates_item_data in self.dates:
            dates_item = dates_item_data.to_dict()
            dates.append(dates_item)

        denials = []
        for denials_item_data in self.denials:
            denials_item = denials_item_data.to_dict()
            denials.append(denials_item)

        headline: None | str
        headline = self.headline

        id = self.id

        language = self.language

        offsets = self.offsets.value

        published: None | str
        if isinstance(self.published, datetime.date):
            published = self.published.isoformat()
        else:
            published = self.published

        published_from: None | str
        if isinstance(self.published_from, PublishedFrom):
            published_from = self.published_from.value
        else:
            published_from = self.published_from

        quantities = []
        for quantities_item_data in self.quantities:
            quantities_item = quantities_item_data.to_dict()
            quantities.append(quantities_item)

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        sourcing = self.sourcing.to_dict()

        version = self.version.to_dict()

        what = []
        for what_item_data in self.what:
            what_item = what_item_data.to_dict()
            what.append(what_item)

        who = []
        for who_item_data in self.who:
            who_item = who_item_data.to_dict()
            who.append(who_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dates": dates,
                "denials": denials,
                "headline": headline,
                "id": id,
                "language": language,
                "offsets": offsets,
                "published": published,
                "published_from": published_from,
                "quantities": quantities,
                "sources": sources,
                "sourcing": sourcing,
                "version": version,
                "what": what,
                "who": who,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor import Actor  # noqa: PLC0415
        from ..models.attribution import Attribution  # noqa: PLC0415
        from ..models.date_mention import DateMention  # noqa: PLC0415
        from ..models.denial import Denial  # noqa: PLC0415
        from ..models.event import Event  # noqa: PLC0415
        from ..models.quantity import Quantity  # noqa: PLC0415
        from ..models.sourcing import Sourcing  # noqa: PLC0415
        from ..models.version import Version  # noqa: PLC0415

        d = dict(src_dict)
        dates = []
        _dates = d.pop("dates")
        for dates_item_data in _dates:
            dates_item = DateMention.from_dict(dates_item_data)

            dates.append(dates_item)

        denials = []
        _denials = d.pop("denials")
        for denials_item_data in _denials:
            denials_item = Denial.from_dict(denials_item_data)

            denials.append(denials_item)

        def _parse_headline(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        headline = _parse_headline(d.pop("headline"))

        id = d.pop("id")

        language = d.pop("language")

        offsets = OffsetUnit(d.pop("offsets"))

        def _parse_published(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_type_0 = datetime.date.fromisoformat(data)

                return published_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published = _parse_published(d.pop("published"))

        def _parse_published_from(data: object) -> None | PublishedFrom:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_from_type_0 = PublishedFrom(data)

                return published_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublishedFrom, data)

        published_from = _parse_published_from(d.pop("published_from"))

        quantities = []
        _quantities = d.pop("quantities")
        for quantities_item_data in _quantities:
            quantities_item = Quantity.from_dict(quantities_item_data)

            quantities.append(quantities_item)

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Attribution.from_dict(sources_item_data)

            sources.append(sources_item)

        sourcing = Sourcing.from_dict(d.pop("sourcing"))

        version = Version.from_dict(d.pop("version"))

        what = []
        _what = d.pop("what")
        for what_item_data in _what:
            what_item = Event.from_dict(what_item_data)

            what.append(what_item)

        who = []
        _who = d.pop("who")
        for who_item_data in _who:
            who_item = Actor.from_dict(who_item_data)

            who.append(who_item)

        summary = cls(
            dates=dates,
            denials=denials,
            headline=headline,
            id=id,
            language=language,
            offsets=offsets,
            published=published,
            published_from=published_from,
            quantities=quantities,
            sources=sources,
            sourcing=sourcing,
            version=version,
            what=what,
            who=who,
        )

        summary.additional_properties = d
        return summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
