from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.offset_unit import OffsetUnit
from ...models.problem import Problem
from ...models.summary import Summary
from ...models.summary_request import SummaryRequest
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: SummaryRequest | File | Unset = UNSET,
    offsets: OffsetUnit | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_offsets: str | Unset = UNSET
    if not isinstance(offsets, Unset):
        json_offsets = offsets.value

    params["offsets"] = json_offsets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/summaries",
        "params": params,
    }

    if isinstance(body, SummaryRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/plain"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | Summary | None:
    if response.status_code == 200:
        response_200 = Summary.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[Any | Problem | Summary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SummaryRequest | File | Unset = UNSET,
    offsets: OffsetUnit | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Any | Problem | Summary]:
    """Summarise one article

     Summarise one article: who, what, quantities, dates, sources and denials, with offsets.

    Send JSON (`SummaryRequest`) or `text/plain` (the whole body is the article). The answer is
    cached by content: the same text, title, date and versions give the same `id`, which is
    also the `ETag`; a request with `If-None-Match` naming it is answered 304 without work.

    Args:
        offsets (OffsetUnit | Unset):
        if_none_match (None | str | Unset): ETags of summaries the client holds: when one names
            this summary, the answer is 304, no body.
        body (SummaryRequest):
        body (File): The whole body is the article text, in the charset the Content-Type names
            (UTF-8 if none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | Summary]
    """

    kwargs = _get_kwargs(
        body=body,
        offsets=offsets,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SummaryRequest | File | Unset = UNSET,
    offsets: OffsetUnit | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Any | Problem | Summary | None:
    """Summarise one article

     Summarise one article: who, what, quantities, dates, sources and denials, with offsets.

    Send JSON (`SummaryRequest`) or `text/plain` (the whole body is the article). The answer is
    cached by content: the same text, title, date and versions give the same `id`, which is
    also the `ETag`; a request with `If-None-Match` naming it is answered 304 without work.

    Args:
        offsets (OffsetUnit | Unset):
        if_none_match (None | str | Unset): ETags of summaries the client holds: when one names
            this summary, the answer is 304, no body.
        body (SummaryRequest):
        body (File): The whole body is the article text, in the charset the Content-Type names
            (UTF-8 if none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | Summary
    """

    return sync_detailed(
        client=client,
        body=body,
        offsets=offsets,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SummaryRequest | File | Unset = UNSET,
    offsets: OffsetUnit | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Any | Problem | Summary]:
    """Summarise one article

     Summarise one article: who, what, quantities, dates, sources and denials, with offsets.

    Send JSON (`SummaryRequest`) or `text/plain` (the whole body is the article). The answer is
    cached by content: the same text, title, date and versions give the same `id`, which is
    also the `ETag`; a request with `If-None-Match` naming it is answered 304 without work.

    Args:
        offsets (OffsetUnit | Unset):
        if_none_match (None | str | Unset): ETags of summaries the client holds: when one names
            this summary, the answer is 304, no body.
        body (SummaryRequest):
        body (File): The whole body is the article text, in the charset the Content-Type names
            (UTF-8 if none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | Summary]
    """

    kwargs = _get_kwargs(
        body=body,
        offsets=offsets,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SummaryRequest | File | Unset = UNSET,
    offsets: OffsetUnit | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Any | Problem | Summary | None:
    """Summarise one article

     Summarise one article: who, what, quantities, dates, sources and denials, with offsets.

    Send JSON (`SummaryRequest`) or `text/plain` (the whole body is the article). The answer is
    cached by content: the same text, title, date and versions give the same `id`, which is
    also the `ETag`; a request with `If-None-Match` naming it is answered 304 without work.

    Args:
        offsets (OffsetUnit | Unset):
        if_none_match (None | str | Unset): ETags of summaries the client holds: when one names
            this summary, the answer is 304, no body.
        body (SummaryRequest):
        body (File): The whole body is the article text, in the charset the Content-Type names
            (UTF-8 if none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | Summary
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            offsets=offsets,
            if_none_match=if_none_match,
        )
    ).parsed
