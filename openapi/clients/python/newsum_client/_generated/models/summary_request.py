from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryRequest")


@_attrs_define
class SummaryRequest:
    """
    Attributes:
        text (str): The article text, exactly as it should be quoted: every offset in the summary is an index into this
            string (code points unless ?offsets= says otherwise). Must contain a non-whitespace character.
        language (None | str | Unset): ISO 639-1 language of the text. Only 'en' is supported. When absent, the language
            is detected and text confidently in another language is refused (422 unsupported-language).
        published (None | str | Unset): Publication date, 'YYYY-MM-DD' or an ISO 8601 datetime (its own calendar date is
            used). Relative dates ('Monday') are resolved against it; when absent, the dateline is used.
        title (None | str | Unset): The headline as published, if any.
    """

    text: str
    language: None | str | Unset = UNSET
    published: None | str | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        published: None | str | Unset
        if isinstance(self.published, Unset):
            published = UNSET
        else:
            published = self.published

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if published is not UNSET:
            field_dict["published"] = published
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_published(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published = _parse_published(d.pop("published", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        summary_request = cls(
            text=text,
            language=language,
            published=published,
            title=title,
        )

        return summary_request
