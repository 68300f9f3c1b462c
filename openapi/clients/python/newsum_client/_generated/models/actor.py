from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_type import ActorType

if TYPE_CHECKING:
    from ..models.span import Span


T = TypeVar("T", bound="Actor")


@_attrs_define
class Actor:
    """
    Attributes:
        affiliation (None | str): Country or organisation the actor belongs to.
        mentions (list[Span]): Every mention, short forms and aliases included.
        name (str): Canonical name: the fullest proper form used in the article.
        salience (float): 0..1; lists are sorted by it, highest first. Default: 0.0.
        titles (list[str]): Titles and roles ('defense minister'), time qualifiers kept ('former').
        type_ (ActorType):
    """

    affiliation: None | str
    mentions: list[Span]
    name: str
    titles: list[str]
    type_: ActorType
    salience: float = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affiliation: None | str
        affiliation = self.affiliation

        mentions = []
        for mentions_item_data in self.mentions:
            mentions_item = mentions_item_data.to_dict()
            mentions.append(mentions_item)

        name = self.name

        salience = self.salience

        titles = self.titles

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "affiliation": affiliation,
                "mentions": mentions,
                "name": name,
                "salience": salience,
                "titles": titles,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span import Span  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_affiliation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        affiliation = _parse_affiliation(d.pop("affiliation"))

        mentions = []
        _mentions = d.pop("mentions")
        for mentions_item_data in _mentions:
            mentions_item = Span.from_dict(mentions_item_data)

            mentions.append(mentions_item)

        name = d.pop("name")

        salience = d.pop("salience")

        titles = cast(list[str], d.pop("titles"))

        type_ = ActorType(d.pop("type"))

        actor = cls(
            affiliation=affiliation,
            mentions=mentions,
            name=name,
            salience=salience,
            titles=titles,
            type_=type_,
        )

        actor.additional_properties = d
        return actor

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
