from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.displacy_document import DisplacyDocument
from ...models.export_format import ExportFormat
from ...models.ninjs_document import NinjsDocument
from ...models.offset_unit import OffsetUnit
from ...models.problem import Problem
from ...models.summary_record import SummaryRecord
from ...types import UNSET, Response, Unset


def _get_kwargs(
    summary_id: str,
    *,
    format_: ExportFormat | Unset = UNSET,
    offsets: OffsetUnit | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    json_offsets: str | Unset = UNSET
    if not isinstance(offsets, Unset):
        json_offsets = offsets.value

    params["offsets"] = json_offsets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/summaries/{summary_id}".format(
            summary_id=quote(str(summary_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DisplacyDocument | NinjsDocument | SummaryRecord | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DisplacyDocument | NinjsDocument | SummaryRecord:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SummaryRecord.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = NinjsDocument.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = DisplacyDocument.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DisplacyDocument | NinjsDocument | SummaryRecord | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    summary_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat | Unset = UNSET,
    offsets: OffsetUnit | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Any | DisplacyDocument | NinjsDocument | SummaryRecord | Problem]:
    """Fetch a cached summary by id, as JSON, ninjs or displaCy

     A summary from the cache, with the article text it was made from (kept beside it).

    Summaries stay as long as the cache keeps them (NEWSUM_CACHE_TTL_S); one that is gone, or was
    made by another pipeline version, is a 404 problem: post the article again. `format=ninjs`
    answers an IPTC ninjs 2.2 news item and `format=displacy` spaCy displaCy's manual-render input.
    `offsets` applies to `format=json`.

    Args:
        summary_id (str): The summary id, 'sha256:<64 hex digits>' (the `id` of a Summary, also
            its ETag).
        format_ (ExportFormat | Unset):
        offsets (OffsetUnit | Unset):
        if_none_match (None | str | Unset): ETags of summaries the client holds: when one names
            this summary, the answer is 304, no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DisplacyDocument | NinjsDocument | SummaryRecord | Problem]
    """

    kwargs = _get_kwargs(
        summary_id=summary_id,
        format_=format_,
        offsets=offsets,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    summary_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat | Unset = UNSET,
    offsets: OffsetUnit | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Any | DisplacyDocument | NinjsDocument | SummaryRecord | Problem | None:
    """Fetch a cached summary by id, as JSON, ninjs or displaCy

     A summary from the cache, with the article text it was made from (kept beside it).

    Summaries stay as long as the cache keeps them (NEWSUM_CACHE_TTL_S); one that is gone, or was
    made by another pipeline version, is a 404 problem: post the article again. `format=ninjs`
    answers an IPTC ninjs 2.2 news item and `format=displacy` spaCy displaCy's manual-render input.
    `offsets` applies to `format=json`.

    Args:
        summary_id (str): The summary id, 'sha256:<64 hex digits>' (the `id` of a Summary, also
            its ETag).
        format_ (ExportFormat | Unset):
        offsets (OffsetUnit | Unset):
        if_none_match (None | str | Unset): ETags of summaries the client holds: when one names
            this summary, the answer is 304, no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DisplacyDocument | NinjsDocument | SummaryRecord | Problem
    """

    return sync_detailed(
        summary_id=summary_id,
        client=client,
        format_=format_,
        offsets=offsets,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    summary_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat | Unset = UNSET,
    offsets: OffsetUnit | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Any | DisplacyDocument | NinjsDocument | SummaryRecord | Problem]:
    """Fetch a cached summary by id, as JSON, ninjs or displaCy

     A summary from the cache, with the article text it was made from (kept beside it).

    Summaries stay as long as the cache keeps them (NEWSUM_CACHE_TTL_S); one that is gone, or was
    made by another pipeline version, is a 404 problem: post the article again. `format=ninjs`
    answers an IPTC ninjs 2.2 news item and `format=displacy` spaCy displaCy's manual-render input.
    `offsets` applies to `format=json`.

    Args:
        summary_id (str): The summary id, 'sha256:<64 hex digits>' (the `id` of a Summary, also
            its ETag).
        format_ (ExportFormat | Unset):
        offsets (OffsetUnit | Unset):
        if_none_match (None | str | Unset): ETags of summaries the client holds: when one names
            this summary, the answer is 304, no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DisplacyDocument | NinjsDocument | SummaryRecord | Problem]
    """

    kwargs = _get_kwargs(
        summary_id=summary_id,
        format_=format_,
        offsets=offsets,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    summary_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat | Unset = UNSET,
    offsets: OffsetUnit | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Any | DisplacyDocument | NinjsDocument | SummaryRecord | Problem | None:
    """Fetch a cached summary by id, as JSON, ninjs or displaCy

     A summary from the cache, with the article text it was made from (kept beside it).

    Summaries stay as long as the cache keeps them (NEWSUM_CACHE_TTL_S); one that is gone, or was
    made by another pipeline version, is a 404 problem: post the article again. `format=ninjs`
    answers an IPTC ninjs 2.2 news item and `format=displacy` spaCy displaCy's manual-render input.
    `offsets` applies to `format=json`.

    Args:
        summary_id (str): The summary id, 'sha256:<64 hex digits>' (the `id` of a Summary, also
            its ETag).
        format_ (ExportFormat | Unset):
        offsets (OffsetUnit | Unset):
        if_none_match (None | str | Unset): ETags of summaries the client holds: when one names
            this summary, the answer is 304, no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DisplacyDocument | NinjsDocument | SummaryRecord | Problem
    """

    return (
        await asyncio_detailed(
            summary_id=summary_id,
            client=client,
            format_=format_,
            offsets=offsets,
            if_none_match=if_none_match,
        )
    ).parsed
