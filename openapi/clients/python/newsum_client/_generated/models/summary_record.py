from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stored_article import StoredArticle
    from ..models.summary import Summary


T = TypeVar("T", bound="SummaryRecord")


@_attrs_define
class SummaryRecord:
    """
    Attributes:
        article (StoredArticle):
        id (str): 'sha256:<hex>': the summary id.
        summary (Summary):
    """

    article: StoredArticle
    id: str
    summary: Summary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article = self.article.to_dict()

        id = self.id

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article": article,
                "id": id,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stored_article import StoredArticle  # noqa: PLC0415
        from ..models.summary import Summary  # noqa: PLC0415

        d = dict(src_dict)
        article = StoredArticle.from_dict(d.pop("article"))

        id = d.pop("id")

        summary = Summary.from_dict(d.pop("summary"))

        summary_record = cls(
            article=article,
            id=id,
            summary=summary,
        )

        summary_record.additional_properties = d
        return summary_record

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
