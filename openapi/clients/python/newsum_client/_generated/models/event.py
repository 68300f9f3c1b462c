from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.span import Span


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        action (str): Lemma of the main verb ('send').
        actor (None | str): Canonical name of the doer, or the subject phrase.
        attributed_to (None | str): Who reported the event ('Shin said North Korea sent ...').
        hedged (bool): Stated as possible, likely or reported, not as fact. Default: False.
        negated (bool):  Default: False.
        object_ (None | str): What was acted on, as written.
        recipient (None | str): To or for whom, canonical where known.
        salience (float): 0..1; lists are sorted by it, highest first. Default: 0.0.
        span (Span):
    """

    action: str
    actor: None | str
    attributed_to: None | str
    object_: None | str
    recipient: None | str
    span: Span
    hedged: bool = False
    negated: bool = False
    salience: float = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor: None | str
        actor = self.actor

        attributed_to: None | str
        attributed_to = self.attributed_to

        hedged = self.hedged

        negated = self.negated

        object_: None | str
        object_ = self.object_

        recipient: None | str
        recipient = self.recipient

        salience = self.salience

        span = self.span.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "attributed_to": attributed_to,
                "hedged": hedged,
                "negated": negated,
                "object": object_,
                "recipient": recipient,
                "salience": salience,
                "span": span,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span import Span  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        def _parse_actor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor = _parse_actor(d.pop("actor"))

        def _parse_attributed_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attributed_to = _parse_attributed_to(d.pop("attributed_to"))

        hedged = d.pop("hedged")

        negated = d.pop("negated")

        def _parse_object_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        object_ = _parse_object_(d.pop("object"))

        def _parse_recipient(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recipient = _parse_recipient(d.pop("recipient"))

        salience = d.pop("salience")

        span = Span.from_dict(d.pop("span"))

        event = cls(
            action=action,
            actor=actor,
            attributed_to=attributed_to,
            hedged=hedged,
            negated=negated,
            object_=object_,
            recipient=recipient,
            salience=salience,
            span=span,
        )

        event.additional_properties = d
        return event

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
