from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.offset_unit import OffsetUnit
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File,
    offsets: OffsetUnit | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_offsets: str | Unset = UNSET
    if not isinstance(offsets, Unset):
        json_offsets = offsets.value

    params["offsets"] = json_offsets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/summaries/stream",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/x-ndjson"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    offsets: OffsetUnit | Unset = UNSET,
) -> Response[File | Problem]:
    """Summarise a stream of articles (NDJSON in, NDJSON out)

     Summarise articles sent one JSON `SummaryRequest` per line; answers stream back one per line.

    Each output line is a `Summary`, or a problem object whose `index` is the article's position
    (blank lines are skipped and not counted). Lines over NEWSUM_MAX_BYTES get a 413 problem. A
    stream over NEWSUM_STREAM_MAX_BYTES ends with a 413 problem, and one whose next line does not
    arrive within NEWSUM_READ_TIMEOUT_S with a 408 problem.

    Args:
        offsets (OffsetUnit | Unset):
        body (File): NDJSON: one JSON object a line, each a SummaryRequest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        offsets=offsets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    offsets: OffsetUnit | Unset = UNSET,
) -> File | Problem | None:
    """Summarise a stream of articles (NDJSON in, NDJSON out)

     Summarise articles sent one JSON `SummaryRequest` per line; answers stream back one per line.

    Each output line is a `Summary`, or a problem object whose `index` is the article's position
    (blank lines are skipped and not counted). Lines over NEWSUM_MAX_BYTES get a 413 problem. A
    stream over NEWSUM_STREAM_MAX_BYTES ends with a 413 problem, and one whose next line does not
    arrive within NEWSUM_READ_TIMEOUT_S with a 408 problem.

    Args:
        offsets (OffsetUnit | Unset):
        body (File): NDJSON: one JSON object a line, each a SummaryRequest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        offsets=offsets,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    offsets: OffsetUnit | Unset = UNSET,
) -> Response[File | Problem]:
    """Summarise a stream of articles (NDJSON in, NDJSON out)

     Summarise articles sent one JSON `SummaryRequest` per line; answers stream back one per line.

    Each output line is a `Summary`, or a problem object whose `index` is the article's position
    (blank lines are skipped and not counted). Lines over NEWSUM_MAX_BYTES get a 413 problem. A
    stream over NEWSUM_STREAM_MAX_BYTES ends with a 413 problem, and one whose next line does not
    arrive within NEWSUM_READ_TIMEOUT_S with a 408 problem.

    Args:
        offsets (OffsetUnit | Unset):
        body (File): NDJSON: one JSON object a line, each a SummaryRequest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        offsets=offsets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    offsets: OffsetUnit | Unset = UNSET,
) -> File | Problem | None:
    """Summarise a stream of articles (NDJSON in, NDJSON out)

     Summarise articles sent one JSON `SummaryRequest` per line; answers stream back one per line.

    Each output line is a `Summary`, or a problem object whose `index` is the article's position
    (blank lines are skipped and not counted). Lines over NEWSUM_MAX_BYTES get a 413 problem. A
    stream over NEWSUM_STREAM_MAX_BYTES ends with a 413 problem, and one whose next line does not
    arrive within NEWSUM_READ_TIMEOUT_S with a 408 problem.

    Args:
        offsets (OffsetUnit | Unset):
        body (File): NDJSON: one JSON object a line, each a SummaryRequest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            offsets=offsets,
        )
    ).parsed
