"""The one decoder and validator the HTTP API and the command line share (extractors/inputs.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from extractors.batch import decode_line, read_inputs
from extractors.inputs import InputError, SizeLimits, charset, check_article, decode_json, decode_text, for_parsing
from tests.conftest import ROOT


class Body(msgspec.Struct, forbid_unknown_fields=True):
    text: str
    other: list[int] = []


_BODY = msgspec.json.Decoder(Body)


@pytest.mark.parametrize("prefix", [b"{", b" \n\t {", b'{"other": [1, 2, 3], '])
def test_inputs_bad_utf8_names_the_byte_offset_in_the_whole_document(prefix: bytes) -> None:
    data = prefix + b'"text": "caf\xe9 au lait"}'
    with pytest.raises(InputError) as caught:
        decode_json(_BODY, data)
    assert caught.value.kind == "malformed"
    offset = data.index(b"\xe9")
    assert f"at byte {offset}" in caught.value.detail


def test_inputs_a_bom_before_the_document_is_dropped_and_one_inside_the_text_kept() -> None:
    assert decode_json(_BODY, b'\xef\xbb\xbf{"text": "a"}').text == "a"
    text = decode_json(_BODY, '{"text": "\ufeffPeskov"}'.encode()).text
    assert text == "\ufeffPeskov"  # the text as sent: offsets count the BOM
    assert for_parsing(text) == " Peskov" and len(for_parsing(text)) == len(text)


def test_inputs_text_decoding_is_strict_and_names_the_offset() -> None:
    with pytest.raises(InputError, match="at byte 3"):
        decode_text(b"abc\x93")
    assert decode_text(b"\x93quoted\x94", charset("windows-1252")) == "\u201cquoted\u201d"
    with pytest.raises(InputError) as caught:
        charset("utf-7")
    assert caught.value.kind == "unsupported-charset"


@pytest.mark.parametrize(
    ("kwargs", "kind", "field"),
    [
        ({"text": " \n\t"}, "empty-text", "text"),
        ({"text": "\ufeff \ufeff"}, "empty-text", "text"),
        ({"text": "a", "language": "de"}, "unsupported-language", "language"),
        ({"text": "a", "published": "2024-02-30"}, "invalid-published", "published"),
    ],
)
def test_inputs_check_article_refuses(kwargs: dict[str, str], kind: str, field: str) -> None:
    text = kwargs.pop("text")
    with pytest.raises(InputError) as caught:
        check_article(text, **kwargs)
    assert (caught.value.kind, caught.value.field) == (kind, field)


def test_inputs_cli_lines_are_checked_as_the_api_checks_requests() -> None:
    assert isinstance(decode_line("f", 1, b'{"id": 1, "text": "a", "language": "EN"}')[1], object)
    for line, words in [
        (b'{"id": 1, "text": "a", "colour": "red"}', "unknown field `colour`"),
        (b'{"id": 1, "text": "  "}', "whitespace"),
        (b'{"id": 1, "text": "a", "language": "fr"}', "not supported"),
        (b'{"id": 1, "text": "a", "published": "May 3"}', "'published' must be"),
        (b'{"id": 1, "text": "caf\xe9"}', "not valid UTF-8: invalid continuation byte at byte 22"),
    ]:
        id_, error = decode_line("f", 4, line)
        assert id_ in ("1", "f:4")  # the line's own id once it could be read
        assert isinstance(error, str) and words in error, error


def test_inputs_files_are_read_as_bytes_and_a_bad_one_is_one_item(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_bytes(b"\xef\xbb\xbfPeskov said it.\r\nSecond line.")
    bad.write_bytes("Smart \u201cquotes\u201d.".encode("cp1252"))
    items = dict(read_inputs([str(bad), str(good)], jsonl=False))
    assert isinstance(items[str(bad)], str) and "at byte 6" in str(items[str(bad)])
    article = items[str(good)]
    assert not isinstance(article, str)
    assert article.text == "\ufeffPeskov said it.\nSecond line."
    declared = dict(read_inputs([str(bad)], jsonl=False, encoding="cp1252"))
    assert not isinstance(declared[str(bad)], str)


def test_inputs_cli_applies_the_size_limits_to_each_input(tmp_path: Path) -> None:
    limits = SizeLimits(chars=40, tokens=10)
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        '{"id": "short", "text": "Talks ended."}\n'
        '{"id": "long", "text": "The minister said the talks had ended on Monday."}\n'
        '{"id": "dense", "text": "1,2,3,4,5,6,7"}\n'
        '{"id": "after", "text": "Officials met."}\n',
        encoding="utf-8",
    )
    items = list(read_inputs([str(jsonl)], jsonl=True, limits=limits))
    assert [id_ for id_, _ in items] == ["short", "long", "dense", "after"]  # every line, in order
    errors = {id_: item for id_, item in items if isinstance(item, str)}
    assert set(errors) == {"long", "dense"}
    assert (
        "line 2" in errors["long"] and "48 characters; at most 40" in errors["long"] and "field text" in errors["long"]
    )
    assert "line 3" in errors["dense"] and "about 13 tokens; at most 10" in errors["dense"]
    plain = tmp_path / "a.txt"
    plain.write_text("x" * 41, encoding="utf-8")
    assert "at most 40" in str(dict(read_inputs([str(plain)], jsonl=False, limits=limits))[str(plain)])
    assert not any(isinstance(item, str) for _, item in read_inputs([str(jsonl)], jsonl=True))  # no limits: none


def run_cli(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "extractors", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=180,
        check=False,
    )


@pytest.mark.model
def test_inputs_cli_writes_every_result_around_bad_bytes_and_keeps_offsets_after_a_bom() -> None:
    stdin = (
        b'\xef\xbb\xbf{"id": "a", "text": "Dmitry Peskov said the talks failed."}\n'
        b'{"id": "b", "text": "Caf\xe9 owners said prices rose."}\n'
        + '{"id": "c", "text": "\ufeffPeskov said the talks failed."}\n'.encode()
        + b'{"id": "d", "text": "Officials said 300 people left."}\n'
    )
    proc = run_cli("--jsonl", "-", stdin=stdin)
    assert proc.returncode == 1, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "-:2", "c", "d"]
    assert "byte" in out[1]["error"] and "summary" in out[3]
    text = "\ufeffPeskov said the talks failed."
    spans = [m for who in out[2]["summary"]["who"] for m in who["mentions"]]
    assert spans and all(text[m["start"] : m["end"]] == m["text"] and "\ufeff" not in m["text"] for m in spans)
    assert b"Traceback" not in proc.stderr
