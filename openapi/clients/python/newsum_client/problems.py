"""newsum's RFC 9457 problem details as exceptions, one class per HTTP status."""

from __future__ import annotations

from typing import Any

from ._generated.models.problem import Problem
from ._generated.types import Unset


class NewsumError(Exception):
    """Base of every error this client raises."""


class ProblemError(NewsumError):
    """The server answered with a problem (``application/problem+json``)."""

    status_code: int = 0

    def __init__(self, problem: Problem, retry_after: float | None = None) -> None:
        self.problem = problem
        self.retry_after = retry_after
        super().__init__(f"{problem.status} {problem.title}: {self.detail or ''}".rstrip(": "))

    @property
    def type(self) -> str:
        """The stable problem type URI ('urn:newsum:problem:empty-text')."""
        return self.problem.type_

    @property
    def title(self) -> str:
        return self.problem.title

    @property
    def detail(self) -> str | None:
        return _present(self.problem.detail)

    @property
    def field(self) -> str | None:
        """The request field at fault ('text', 'published', 'offsets'), when the server names one."""
        return _present(self.problem.field)


class MalformedRequest(ProblemError):
    status_code = 400


class NotFound(ProblemError):
    """404: no such summary (any more): post the article again."""

    status_code = 404


class PayloadTooLarge(ProblemError):
    status_code = 413


class UnsupportedMediaType(ProblemError):
    status_code = 415


class InvalidArticle(ProblemError):
    """422: a field is invalid, the text is empty, the language is not supported..."""

    status_code = 422


class ServerError(ProblemError):
    status_code = 500


class ServiceUnavailable(ProblemError):
    """503: over the server's time limit or not ready; ``retry_after`` says when to try again."""

    status_code = 503


_BY_STATUS: dict[int, type[ProblemError]] = {
    cls.status_code: cls
    for cls in (
        MalformedRequest,
        NotFound,
        PayloadTooLarge,
        UnsupportedMediaType,
        InvalidArticle,
        ServerError,
        ServiceUnavailable,
    )
}


def _present(value: str | Unset | None) -> str | None:
    return None if isinstance(value, Unset) else value


def problem_error(status_code: int, body: Any, retry_after: float | None = None) -> ProblemError:
    """The exception for an answer of this status (the body decoded from JSON, whatever it is)."""
    if isinstance(body, dict) and {"type", "title", "status"} <= body.keys():
        problem = Problem.from_dict(body)
    else:
        problem = Problem(type_="about:blank", title=f"HTTP {status_code}", status=status_code, detail=str(body)[:200])
    return _BY_STATUS.get(status_code, ProblemError)(problem, retry_after)
