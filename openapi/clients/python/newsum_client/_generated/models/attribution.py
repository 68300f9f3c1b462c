from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_type import SourceType

if TYPE_CHECKING:
    from ..models.span import Span


T = TypeVar("T", bound="Attribution")


@_attrs_define
class Attribution:
    """
    Attributes:
        content_span (None | Span):
        cue (str): The cue as written: 'said', 'according to', 'accused', 'with information from'.
        cue_span (Span):
        direct (bool): True for quoted words. Default: False.
        no_comment (bool): The source declined to comment. Default: False.
        source (None | str): Canonical actor name, or the phrase for an unnamed source.
        source_span (None | Span):
        source_type (SourceType):
    """

    content_span: None | Span
    cue: str
    cue_span: Span
    source: None | str
    source_span: None | Span
    source_type: SourceType
    direct: bool = False
    no_comment: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.span import Span  # noqa: PLC0415

        content_span: dict[str, Any] | None
        if isinstance(self.content_span, Span):
            content_span = self.content_span.to_dict()
        else:
            content_span = self.content_span

        cue = self.cue

        cue_span = self.cue_span.to_dict()

        direct = self.direct

        no_comment = self.no_comment

        source: None | str
        source = self.source

        source_span: dict[str, Any] | None
        if isinstance(self.source_span, Span):
            source_span = self.source_span.to_dict()
        else:
            source_span = self.source_span

        source_type = self.source_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_span": content_span,
                "cue": cue,
                "cue_span": cue_span,
                "direct": direct,
                "no_comment": no_comment,
                "source": source,
                "source_span": source_span,
                "source_type": source_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span import Span  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_content_span(data: object) -> None | Span:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_span_type_0 = Span.from_dict(data)

                return content_span_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Span, data)

        content_span = _parse_content_span(d.pop("content_span"))

        cue = d.pop("cue")

        cue_span = Span.from_dict(d.pop("cue_span"))

        direct = d.pop("direct")

        no_comment = d.pop("no_comment")

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_source_span(data: object) -> None | Span:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_span_type_0 = Span.from_dict(data)

                return source_span_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Span, data)

        source_span = _parse_source_span(d.pop("source_span"))

        source_type = SourceType(d.pop("source_type"))

        attribution = cls(
            content_span=content_span,
            cue=cue,
            cue_span=cue_span,
            direct=direct,
            no_comment=no_comment,
            source=source,
            source_span=source_span,
            source_type=source_type,
        )

        attribution.additional_properties = d
        return attribution

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
