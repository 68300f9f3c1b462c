"""Both SDKs as integrators use them: generated from the committed document without a warning and
without drift, and their own tests passing against a real ``python -m api`` started here."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.conftest import skip_or_fail
from tests.api.test_server import _serve

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "openapi" / "clients" / "generate.py"
PYTHON = ROOT / "openapi" / "clients" / "python"
TYPESCRIPT = ROOT / "openapi" / "clients" / "typescript"


def _node_tools() -> None:
    """Skip (or under CI fail) where the TypeScript SDK's tools are not installed (`make sdk-deps`)."""
    if shutil.which("npm") is None:
        skip_or_fail("npm is not installed: the TypeScript SDK needs Node.js >= 20")
    if not (TYPESCRIPT / "node_modules" / ".bin" / "tsc").exists():
        skip_or_fail(f"no node_modules in {TYPESCRIPT}: run `make sdk-deps` (npm ci)")


@pytest.fixture(scope="module")
def newsum_url() -> Iterator[str]:
    """``python -m api`` with one worker and the embedded cache, ready; stopped afterwards."""
    with _serve(NEWSUM_WORKERS="1") as (base, _):
        yield base


def test_python_sdk_generates_cleanly_and_matches_the_committed_client() -> None:
    result = subprocess.run(
        [sys.executable, str(GENERATE), "--check", "--only", "python"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_typescript_types_generate_cleanly_and_match_the_committed_ones() -> None:
    _node_tools()
    result = subprocess.run(
        [sys.executable, str(GENERATE), "--check", "--only", "typescript"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_python_sdk_tests_pass_against_a_live_server(newsum_url: str) -> None:
    env = dict(os.environ, NEWSUM_URL=newsum_url, PYTHONPATH=str(PYTHON))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=PYTHON,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    counts = re.search(r"(\d+) passed", output)
    assert counts and int(counts[1]) >= 10 and "skipped" not in output.splitlines()[-1], output


def test_typescript_sdk_tests_pass_against_a_live_server(newsum_url: str) -> None:
    _node_tools()
    npm = shutil.which("npm")
    assert npm is not None
    env = dict(os.environ, NEWSUM_URL=newsum_url)
    result = subprocess.run([npm, "test"], cwd=TYPESCRIPT, env=env, capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    passed = re.search(r"^# pass (\d+)$", output, re.MULTILINE)
    assert passed and int(passed[1]) >= 8, output
    assert re.search(r"^# fail 0$", output, re.MULTILINE) and re.search(r"^# skipped 0$", output, re.MULTILINE), output


def _readme_block(language: str) -> str:
    """The first ``language`` code block of README's 'Use it from Python / TypeScript' section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Use it from Python / TypeScript") :]
    found = re.search(rf"```{language}\n(.*?)```", section, re.DOTALL)
    assert found, f"no {language} snippet in README's SDK section"
    return found[1]


def test_readme_python_snippet_runs_against_a_live_server(newsum_url: str) -> None:
    snippet = _readme_block("python").replace("http://127.0.0.1:8000", newsum_url)
    env = dict(os.environ, PYTHONPATH=str(PYTHON))
    result = subprocess.run([sys.executable, "-c", snippet], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Shin Won-sik" in result.stdout and "422" in result.stdout and "text" in result.stdout.splitlines()[-1]


def test_readme_typescript_snippet_runs_against_a_live_server(newsum_url: str, tmp_path: Path) -> None:
    _node_tools()
    node = shutil.which("node")
    assert node is not None
    built = TYPESCRIPT / "dist" / "src" / "index.js"
    if not built.exists():
        subprocess.run([str(TYPESCRIPT / "node_modules" / ".bin" / "tsc"), "-p", "."], cwd=TYPESCRIPT, check=True)
    # The snippet uses no type annotation, so it runs as JavaScript against the built client.
    snippet = (
        _readme_block("ts")
        .replace("http://127.0.0.1:8000", newsum_url)
        .replace('"newsum-client"', f'"{built.as_uri()}"')
    )
    script = tmp_path / "snippet.mjs"
    script.write_text(snippet, encoding="utf-8")
    result = subprocess.run([node, str(script)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("Shin Won-sik") for line in lines) and "422" in lines, result.stdout
