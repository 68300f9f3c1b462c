from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.summary_request import SummaryRequest


T = TypeVar("T", bound="BatchRequest")


@_attrs_define
class BatchRequest:
    """
    Attributes:
        articles (list[Any | SummaryRequest]): The articles, at most 64.
    """

    articles: list[Any | SummaryRequest]

    def to_dict(self) -> dict[str, Any]:
        from ..models.summary_request import SummaryRequest  # noqa: PLC0415

        articles = []
        for articles_item_data in self.articles:
            articles_item: Any | dict[str, Any]
            if isinstance(articles_item_data, SummaryRequest):
                articles_item = articles_item_data.to_dict()
            else:
                articles_item = articles_item_data
            articles.append(articles_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "articles": articles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.summary_request import SummaryRequest  # noqa: PLC0415

        d = dict(src_dict)
        articles = []
        _articles = d.pop("articles")
        for articles_item_data in _articles:

            def _parse_articles_item(data: object) -> Any | SummaryRequest:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    articles_item_type_0 = SummaryRequest.from_dict(data)

                    return articles_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Any | SummaryRequest, data)

            articles_item = _parse_articles_item(articles_item_data)

            articles.append(articles_item)

        batch_request = cls(
            articles=articles,
        )

        return batch_request
