from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_type import DateType

if TYPE_CHECKING:
    from ..models.interval import Interval
    from ..models.span import Span


T = TypeVar("T", bound="DateMention")


@_attrs_define
class DateMention:
    """
    Attributes:
        ambiguous (bool): True when the value is a best guess among several readings. Default: False.
        mod (None | str): TIMEX3 mod: START, END, MID, APPROX, BEFORE, AFTER...
        resolved (Interval | None): The calendar interval of a DATE, when known.
        span (Span):
        type_ (DateType):
        value (str): TIMEX3 value: '2024-03-18', '2023-09', '2024-W11', 'PRESENT_REF', 'P3D', 'PTXH'...
    """

    mod: None | str
    resolved: Interval | None
    span: Span
    type_: DateType
    value: str
    ambiguous: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.interval import Interval  # noqa: PLC0415

        ambiguous = self.ambiguous

        mod: None | str
        mod = self.mod

        resolved: dict[str, Any] | None
        if isinstance(self.resolved, Interval):
            resolved = self.resolved.to_dict()
        else:
            resolved = self.resolved

        span = self.span.to_dict()

        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ambiguous": ambiguous,
                "mod": mod,
                "resolved": resolved,
                "span": span,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval import Interval  # noqa: PLC0415
        from ..models.span import Span  # noqa: PLC0415

        d = dict(src_dict)
        ambiguous = d.pop("ambiguous")

        def _parse_mod(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mod = _parse_mod(d.pop("mod"))

        def _parse_resolved(data: object) -> Interval | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolved_type_0 = Interval.from_dict(data)

                return resolved_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Interval | None, data)

        resolved = _parse_resolved(d.pop("resolved"))

        span = Span.from_dict(d.pop("span"))

        type_ = DateType(d.pop("type"))

        value = d.pop("value")

        date_mention = cls(
            ambiguous=ambiguous,
            mod=mod,
            resolved=resolved,
            span=span,
            type_=type_,
            value=value,
        )

        date_mention.additional_properties = d
        return date_mention

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
