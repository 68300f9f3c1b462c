from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceInfo")


@_attrs_define
class ServiceInfo:
    """
    Attributes:
        model (str): spaCy model name and version.
        package (str): The newsum release.
        pipeline (str): Pipeline version, derived from the extractor registry.
        schema (int): Summary schema version.
    """

    model: str
    package: str
    pipeline: str
    schema: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        package = self.package

        pipeline = self.pipeline

        schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "package": package,
                "pipeline": pipeline,
                "schema": schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        package = d.pop("package")

        pipeline = d.pop("pipeline")

        schema = d.pop("schema")

        service_info = cls(
            model=model,
            package=package,
            pipeline=pipeline,
            schema=schema,
        )

        service_info.additional_properties = d
        return service_info

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
