from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.span import Span


T = TypeVar("T", bound="Denial")


@_attrs_define
class Denial:
    """
    Attributes:
        contests (int | None): Index into `sources` of the attribution making the denied claim.
        cue (str): The denial cue as written: 'denied', 'rejected', 'dismissed'...
        cue_span (Span):
        denied (None | str): The claim denied, as text.
        denied_span (None | Span):
        denier_span (None | Span):
        deniers (list[str]): Canonical names of those who deny.
    """

    contests: int | None
    cue: str
    cue_span: Span
    denied: None | str
    denied_span: None | Span
    denier_span: None | Span
    deniers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.span import Span  # noqa: PLC0415

        contests: int | None
        contests = self.contests

        cue = self.cue

        cue_span = self.cue_span.to_dict()

        denied: None | str
        denied = self.denied

        denied_span: dict[str, Any] | None
        if isinstance(self.denied_span, Span):
            denied_span = self.denied_span.to_dict()
        else:
            denied_span = self.denied_span

        denier_span: dict[str, Any] | None
        if isinstance(self.denier_span, Span):
            denier_span = self.denier_span.to_dict()
        else:
            denier_span = self.denier_span

        deniers = self.deniers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contests": contests,
                "cue": cue,
                "cue_span": cue_span,
                "denied": denied,
                "denied_span": denied_span,
                "denier_span": denier_span,
                "deniers": deniers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span import Span  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_contests(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        contests = _parse_contests(d.pop("contests"))

        cue = d.pop("cue")

        cue_span = Span.from_dict(d.pop("cue_span"))

        def _parse_denied(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        denied = _parse_denied(d.pop("denied"))

        def _parse_denied_span(data: object) -> None | Span:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                denied_span_type_0 = Span.from_dict(data)

                return denied_span_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Span, data)

        denied_span = _parse_denied_span(d.pop("denied_span"))

        def _parse_denier_span(data: object) -> None | Span:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                denier_span_type_0 = Span.from_dict(data)

                return denier_span_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Span, data)

        denier_span = _parse_denier_span(d.pop("denier_span"))

        deniers = cast(list[str], d.pop("deniers"))

        denial = cls(
            contests=contests,
            cue=cue,
            cue_span=cue_span,
            denied=denied,
            denied_span=denied_span,
            denier_span=denier_span,
            deniers=deniers,
        )

        denial.additional_properties = d
        return denial

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
