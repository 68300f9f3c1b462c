from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.displacy_entity import DisplacyEntity


T = TypeVar("T", bound="DisplacyDocument")


@_attrs_define
class DisplacyDocument:
    """
    Attributes:
        ents (list[DisplacyEntity]):
        text (str):
        title (None | str):
    """

    ents: list[DisplacyEntity]
    text: str
    title: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ents = []
        for ents_item_data in self.ents:
            ents_item = ents_item_data.to_dict()
            ents.append(ents_item)

        text = self.text

        title: None | str
        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ents": ents,
                "text": text,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.displacy_entity import DisplacyEntity  # noqa: PLC0415

        d = dict(src_dict)
        ents = []
        _ents = d.pop("ents")
        for ents_item_data in _ents:
            ents_item = DisplacyEntity.from_dict(ents_item_data)

            ents.append(ents_item)

        text = d.pop("text")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        displacy_document = cls(
            ents=ents,
            text=text,
            title=title,
        )

        displacy_document.additional_properties = d
        return displacy_document

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
