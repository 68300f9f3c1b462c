from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.qualifier import Qualifier
from ..models.quantity_change import QuantityChange

if TYPE_CHECKING:
    from ..models.span import Span


T = TypeVar("T", bound="Quantity")


@_attrs_define
class Quantity:
    """
    Attributes:
        change (None | QuantityChange): Direction when the quantity is a change ('rose 5%').
        hedged (bool): Hedged in the text ('possibly millions'). Default: False.
        high (float | None): Upper bound of a range or of an open bound.
        item (None | str): What is counted ('containers').
        low (float | None): Lower bound of a range or of an open bound.
        qualifier (Qualifier):
        span (Span):
        unit (None | str): ISO 4217 code for money, '%', 'percentage point', or an SI/common unit.
        value (float | None): The number; null when vague ('several').
    """

    change: None | QuantityChange
    high: float | None
    item: None | str
    low: float | None
    qualifier: Qualifier
    span: Span
    unit: None | str
    value: float | None
    hedged: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change: None | str
        if isinstance(self.change, QuantityChange):
            change = self.change.value
        else:
            change = self.change

        hedged = self.hedged

        high: float | None
        high = self.high

        item: None | str
        item = self.item

        low: float | None
        low = self.low

        qualifier = self.qualifier.value

        span = self.span.to_dict()

        unit: None | str
        unit = self.unit

        value: float | None
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "change": change,
                "hedged": hedged,
                "high": high,
                "item": item,
                "low": low,
                "qualifier": qualifier,
                "span": span,
                "unit": unit,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span import Span  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_change(data: object) -> None | QuantityChange:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                change_type_0 = QuantityChange(data)

                return change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuantityChange, data)

        change = _parse_change(d.pop("change"))

        hedged = d.pop("hedged")

        def _parse_high(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        high = _parse_high(d.pop("high"))

        def _parse_item(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item = _parse_item(d.pop("item"))

        def _parse_low(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        low = _parse_low(d.pop("low"))

        qualifier = Qualifier(d.pop("qualifier"))

        span = Span.from_dict(d.pop("span"))

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))

        quantity = cls(
            change=change,
            hedged=hedged,
            high=high,
            item=item,
            low=low,
            qualifier=qualifier,
            span=span,
            unit=unit,
            value=value,
        )

        quantity.additional_properties = d
        return quantity

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
