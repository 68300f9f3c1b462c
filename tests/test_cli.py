"""`python -m extractors`: the batch command the benchmarks and newsroom scripts drive."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run_cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extractors", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_cli_jsonl_answers_every_line_in_order() -> None:
    lines = [
        {"id": "first", "text": "date 2024-03-18 SEOUL. – Talks ended.", "title": "Talks"},
        {"id": 7, "text": "Officials met on Monday.", "published": "2024-05-01T10:00:00+02:00"},
        {"id": "third", "text": ""},
    ]
    proc = run_cli("--jsonl", "-", stdin="".join(json.dumps(line) + "\n" for line in lines))
    assert proc.returncode == 1, proc.stderr  # the empty text is refused, as the API refuses it
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["first", "7", "third"]
    assert "whitespace" in out.pop()["error"]
    assert out[0]["summary"]["published"] == "2024-03-18"
    assert out[0]["summary"]["published_from"] == "dateline"
    assert out[1]["summary"]["published"] == "2024-05-01"
    assert out[1]["summary"]["published_from"] == "request"
    assert all(o["summary"]["id"].startswith("sha256:") for o in out)


def test_cli_bad_lines_are_reported_in_place_and_the_run_goes_on() -> None:
    stdin = (
        '{"id": "ok1", "text": "Fine."}\n'
        "this is not json\n"
        '{"id": "bad-date", "text": "x", "published": "2024-13-45"}\n'
        '{"id": "no-text"}\n'
        '{"id": "ok2", "text": "Also fine."}\n'
    )
    proc = run_cli("--jsonl", "-", stdin=stdin)
    assert proc.returncode == 1
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [("summary" in o, "error" in o) for o in out] == [
        (True, False),
        (False, True),
        (False, True),
        (False, True),
        (True, False),
    ]
    assert out[0]["id"] == "ok1" and out[4]["id"] == "ok2"
    assert "published" in out[2]["error"] and out[2]["id"] == "bad-date"  # the API's own message
    assert "error" in proc.stderr


def test_cli_plain_text_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Monday, May 18, 2015\n\nThe storm hit.", encoding="utf-8")
    b.write_text("No date here.", encoding="utf-8")
    proc = run_cli(str(a), str(b), str(tmp_path / "missing.txt"))
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == [str(a), str(b), str(tmp_path / "missing.txt")]
    assert out[0]["summary"]["published"] == "2015-05-18"
    assert out[1]["summary"]["published"] is None
    assert "cannot read" in out[2]["error"]
    assert proc.returncode == 1


def test_cli_is_silent_on_stderr_when_piped() -> None:
    proc = run_cli("-", stdin="Plain article text from stdin.")
    assert proc.returncode == 0
    assert proc.stderr == ""
    assert json.loads(proc.stdout)["id"] == "stdin"


def test_cli_unknown_model_says_how_to_fix() -> None:
    proc = run_cli("--model", "no_such_model_xyz", "-", stdin="Text.")
    assert proc.returncode == 2
    assert "NEWSUM_SPACY_MODEL" in proc.stderr


def test_cli_applies_the_api_size_limits_and_its_flags_change_them() -> None:
    lines = [
        {"id": "ok", "text": "The minister said on Monday that talks ended."},
        {"id": "long", "text": "Officials met. " * 30},
        {"id": "dense", "text": ",".join("1" * 40)},
        {"id": "last", "text": "Talks ended."},
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    proc = run_cli("--jsonl", "-", "--max-chars", "300", stdin=stdin, env={"NEWSUM_MAX_TOKENS": "50"})
    assert proc.returncode == 1, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["ok", "long", "dense", "last"]  # the run goes on, in order
    assert "summary" in out[0] and "summary" in out[3]
    assert "at most 300" in out[1]["error"] and "NEWSUM_MAX_CHARS" in out[1]["error"]
    assert "at most 50" in out[2]["error"] and "NEWSUM_MAX_TOKENS" in out[2]["error"]
    unlimited = run_cli("--jsonl", "-", "--max-chars", "0", "--max-tokens", "0", stdin=stdin)
    assert unlimited.returncode == 0, unlimited.stderr
    assert all("summary" in json.loads(line) for line in unlimited.stdout.splitlines())
    refused = run_cli("--jsonl", "-", "--max-chars", "-3", stdin=stdin)
    assert refused.returncode == 2 and "whole number" in refused.stderr
