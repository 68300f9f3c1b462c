from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NinjsBody")


@_attrs_define
class NinjsBody:
    """
    Attributes:
        value (str):
        charcount (int | None | Unset):
        contenttype (None | str | Unset):
        role (None | str | Unset):
        wordcount (int | None | Unset):
    """

    value: str
    charcount: int | None | Unset = UNSET
    contenttype: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    wordcount: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        charcount: int | None | Unset
        if isinstance(self.charcount, Unset):
            charcount = UNSET
        else:
            charcount = self.charcount

        contenttype: None | str | Unset
        if isinstance(self.contenttype, Unset):
            contenttype = UNSET
        else:
            contenttype = self.contenttype

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        wordcount: int | None | Unset
        if isinstance(self.wordcount, Unset):
            wordcount = UNSET
        else:
            wordcount = self.wordcount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if charcount is not UNSET:
            field_dict["charcount"] = charcount
        if contenttype is not UNSET:
            field_dict["contenttype"] = contenttype
        if role is not UNSET:
            field_dict["role"] = role
        if wordcount is not UNSET:
            field_dict["wordcount"] = wordcount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        def _parse_charcount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        charcount = _parse_charcount(d.pop("charcount", UNSET))

        def _parse_contenttype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contenttype = _parse_contenttype(d.pop("contenttype", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_wordcount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wordcount = _parse_wordcount(d.pop("wordcount", UNSET))

        ninjs_body = cls(
            value=value,
            charcount=charcount,
            contenttype=contenttype,
            role=role,
            wordcount=wordcount,
        )

        ninjs_body.additional_properties = d
        return ninjs_body

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
