"""What a client or a file sends, decoded and checked once: bytes to text, JSON to an ``Article``.

The HTTP API (api/schemas.py, api/routes.py) and the command line (extractors/batch.py) both call
these functions, so they accept and refuse the same inputs with the same messages: strict UTF-8
(or a declared charset from a short allow-list), the byte offset of the first bad byte, a byte-order
mark before a JSON document dropped, blank text, unknown fields, the language and ``published``
checked alike. No HTTP here: errors are ``InputError`` with a ``kind`` the API maps to its problem
types and the command line prints.

A byte-order mark (U+FEFF) *inside* a text is kept, so that every offset still counts the code
points of the text as sent; the pipeline reads it as a space (``for_parsing``), so no span starts
or ends with one.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal, TypeVar

import msgspec

from extractors.article import Article
from extractors.reference import PUBLISHED_YEARS
from extractors.reference import parse_published as parse_iso_published

T = TypeVar("T")

InputErrorKind = Literal[
    "malformed",
    "unsupported-charset",
    "invalid-field",
    "empty-text",
    "unsupported-language",
    "invalid-published",
    "too-large",
]

SUPPORTED_LANGUAGES = ("en",)
# Charsets a text may declare (by codecs' canonical name): UTF-8, its ASCII subset, and the two
# Western single-byte sets newsroom systems still send. Anything else (UTF-7, punycode,
# 'raw_unicode_escape'...) can decode to lone surrogates or is no text encoding at all.
TEXT_CHARSETS = {"utf-8": "UTF-8", "ascii": "US-ASCII", "iso8859-1": "ISO-8859-1", "cp1252": "windows-1252"}
BOM = "\ufeff"
# A text worth summarising has a character that is neither whitespace nor a byte-order mark. One
# definition: the validator below, the request schema (msgspec and OpenAPI ``pattern``) and the
# text/plain body's schema all use it.
NON_BLANK = r"[^\s\ufeff]"
_NON_BLANK = re.compile(NON_BLANK)
# What the OpenAPI document says of ``published`` and ``language`` (api/contract.py); the checks
# below are the server's, and say the rest: a real calendar day ("2024-02-30" is refused).
PUBLISHED_PATTERN = (
    r"^(?:1[1-9]|[2-8]\d|9[0-8])\d\d-"
    r"(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
    r"(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$"
)  # every day the server takes but 29 February (the pattern cannot tell leap years)
LANGUAGE_PATTERN = "^[eE][nN]$"  # SUPPORTED_LANGUAGES, any case
# How a text is prepared for the parser (part of the pipeline version, so of every cache key).
# 2: a byte-order mark inside the text is read as a space; 3: spans still quote it as sent.
VERSION = 3
_UTF8_BOM = codecs.BOM_UTF8
_NAME_CHARS = 64  # a field name longer than this is cut in messages (a 1 MB name is not echoed)


class InputError(ValueError):
    """An input newsum cannot summarise: ``kind`` says why, ``field`` names the field at fault."""

    def __init__(self, kind: InputErrorKind, detail: str, *, field: str | None = None) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.field = field


def charset(declared: str | None) -> str:
    """The codec name for a declared charset (none: UTF-8); ``InputError`` outside the allow-list."""
    if declared is None:
        return "utf-8"
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        name = ""
    if name not in TEXT_CHARSETS:
        raise InputError(
            "unsupported-charset",
            f"Charset {declared[:40]!r} is not accepted: send {', '.join(TEXT_CHARSETS.values())}.",
        )
    return name


def decode_text(data: bytes, encoding: str = "utf-8", *, what: str = "The body") -> str:
    """``data`` as text in ``encoding`` (strict); the error names the first bad byte's offset."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = TEXT_CHARSETS.get(encoding, encoding)
        raise InputError("malformed", f"{what} is not valid {name}: {exc.reason} at byte {exc.start}.") from None


def for_parsing(text: str) -> str:
    """The text the parser reads: the same length, a byte-order mark (U+FEFF) read as a space."""
    return text.replace(BOM, " ") if BOM in text else text


def _short(name: str) -> str:
    return name if len(name) <= _NAME_CHARS else name[: _NAME_CHARS - 1] + "…"


_PATH = re.compile(r" - at `\$(?P<path>[^`]*)`$", re.DOTALL)
_NAMED = re.compile(r"(?:unknown|required) field `(?P<name>[^`]+)`", re.DOTALL)


def _field_of(message: str, prefix: str) -> tuple[str | None, str]:
    """The dotted field a msgspec error points at, and the message without its location."""
    found = _PATH.search(message)
    path = _short(found["path"].lstrip(".")) if found else ""
    text = message[: found.start()] if found else message
    if named := _NAMED.search(text):
        name = _short(named["name"])
        text = text[: named.start("name")] + name + text[named.end("name") :]
        path = f"{path}.{name}" if path else name
    if prefix:
        path = f"{prefix}.{path}" if path and not path.startswith("[") else f"{prefix}{path}"
    return path or None, text


def validation_error(exc: msgspec.ValidationError, prefix: str = "") -> InputError:
    """A msgspec validation error as an ``InputError`` naming the field ('articles[3].language')."""
    field, message = _field_of(str(exc), prefix)
    if field is not None and field.endswith("text") and ("length >= 1" in message or "matching regex" in message):
        return InputError("empty-text", "'text' is empty: send the article's text.", field=field)
    return InputError("invalid-field", f"{message}.", field=field)


def decode_json(
    decoder: msgspec.json.Decoder[T], data: bytes | msgspec.Raw, *, prefix: str = "", what: str = "The body"
) -> T:
    """Decode one JSON document with ``decoder``: strict UTF-8, a leading byte-order mark dropped.

    The BOM before the document lies outside every string, so dropping it moves no offset.
    ``what`` names the input in messages ('The body', 'Line 3'); ``prefix`` its place in a batch.
    """
    if isinstance(data, bytes) and data.startswith(_UTF8_BOM):
        data = data[3:]
    try:
        return decoder.decode(data)
    except msgspec.ValidationError as exc:
        raise validation_error(exc, prefix) from None
    except msgspec.DecodeError as exc:
        raise InputError("malformed", f"{what} is not valid JSON: {str(exc)[:200]}.") from None
    except UnicodeError:  # invalid UTF-8 inside a string: find the offset in the whole document
        decode_text(bytes(data), what=what)
        raise InputError("malformed", f"{what} is not valid UTF-8.") from None


def parse_published(value: str, field: str = "published") -> date:
    """A 'YYYY-MM-DD' date or an ISO 8601 datetime's own calendar date, in years 1100-9899."""
    try:
        return parse_iso_published(value)
    except ValueError:
        raise InputError(
            "invalid-published",
            f"'published' must be 'YYYY-MM-DD' or an ISO 8601 datetime ('2024-03-18T09:30:00+09:00') of a real "
            f"date in the years {PUBLISHED_YEARS.start}-{PUBLISHED_YEARS.stop - 1}, got {value[:40]!r}.",
            field=field,
        ) from None


# The largest article summarised by default, in code points and (estimated) tokens: the API's
# NEWSUM_MAX_CHARS and NEWSUM_MAX_TOKENS, and the command line's --max-chars and --max-tokens.
DEFAULT_MAX_CHARS = 200_000
DEFAULT_MAX_TOKENS = 50_000


@dataclass(frozen=True, slots=True)
class SizeLimits:
    """The largest article worth parsing: code points of its text, and (estimated) tokens."""

    chars: int = DEFAULT_MAX_CHARS
    tokens: int = DEFAULT_MAX_TOKENS


# What the tokenizer makes at least as many pieces of as spaCy does, near enough: runs of word
# characters, and every other non-space character on its own ("1,1,1" is 5 tokens, so is "a . b ,").
_TOKEN = re.compile(r"\w+|[^\w\s]")


def count_tokens(text: str) -> int:
    """An estimate of the article's token count, from above (``_TOKEN``), in linear time."""
    return sum(1 for _ in _TOKEN.finditer(text))


def check_size(text: str, limits: SizeLimits, field: str = "text") -> None:
    """``InputError('too-large')`` for a text over either limit (tokens counted only when they could be)."""
    if len(text) > limits.chars:
        raise InputError(
            "too-large",
            f"The text has {len(text)} characters; at most {limits.chars} are summarised (NEWSUM_MAX_CHARS).",
            field=field,
        )
    if len(text) > limits.tokens and (tokens := count_tokens(text)) > limits.tokens:
        raise InputError(
            "too-large",
            f"The text has about {tokens} tokens; at most {limits.tokens} are summarised (NEWSUM_MAX_TOKENS).",
            field=field,
        )


def check_article(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    language: str | None = None,
    prefix: str = "",
    limits: SizeLimits | None = None,
) -> Article:
    """Check what a schema cannot say (non-blank text, size, language, date) and build the Article."""
    where = f"{prefix}." if prefix else ""
    if _NON_BLANK.search(text) is None:
        raise InputError("empty-text", "'text' holds only whitespace: send the article's text.", field=f"{where}text")
    if limits is not None:
        check_size(text, limits, f"{where}text")
    if language is not None and language.lower() not in SUPPORTED_LANGUAGES:
        raise InputError(
            "unsupported-language",
            f"language {language[:20]!r} is not supported; supported: {', '.join(SUPPORTED_LANGUAGES)}.",
            field=f"{where}language",
        )
    day = parse_published(published, f"{where}published") if published else None
    # A declared language is kept: the service detects the language only when none was declared.
    return Article(text=text, published=day, title=title, language=language.lower() if language else None)
