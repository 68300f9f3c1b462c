from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Sourcing")


@_attrs_define
class Sourcing:
    """
    Attributes:
        agency (int):  Default: 0.
        document (int):  Default: 0.
        organization (int):  Default: 0.
        person (int):  Default: 0.
        unnamed (int):  Default: 0.
    """

    agency: int = 0
    document: int = 0
    organization: int = 0
    person: int = 0
    unnamed: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agency = self.agency

        document = self.document

        organization = self.organization

        person = self.person

        unnamed = self.unnamed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agency": agency,
                "document": document,
                "organization": organization,
                "person": person,
                "unnamed": unnamed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agency = d.pop("agency")

        document = d.pop("document")

        organization = d.pop("organization")

        person = d.pop("person")

        unnamed = d.pop("unnamed")

        sourcing = cls(
            agency=agency,
            document=document,
            organization=organization,
            person=person,
            unnamed=unnamed,
        )

        sourcing.additional_properties = d
        return sourcing

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
