from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """
    Attributes:
        cache (None | str): 'memory', 'redis', 'redis-bypassed' (Redis does not answer: requests go without it) or
            'redis-read-only' (Redis refuses writes, e.g. full: hits are served, nothing new is cached).
        model (None | str): The loaded spaCy model, once loaded.
        status (str): 'ok'; 'degraded' when answering without a working cache; 'unavailable' when not ready.
    """

    cache: None | str
    model: None | str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache: None | str
        cache = self.cache

        model: None | str
        model = self.model

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache": cache,
                "model": model,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cache(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cache = _parse_cache(d.pop("cache"))

        def _parse_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model = _parse_model(d.pop("model"))

        status = d.pop("status")

        health = cls(
            cache=cache,
            model=model,
            status=status,
        )

        health.additional_properties = d
        return health

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
