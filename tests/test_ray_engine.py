"""``python -m extractors --engine ray`` gives byte for byte what the local command line gives, in
the same order, for JSONL and for Parquet (Ray in local mode; RAY_ADDRESS unset). Also: Parquet
in and out with the local engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, UNDER_CI


def _need(module: str) -> None:
    try:
        __import__(module)
    except ImportError:
        if UNDER_CI:
            pytest.fail(f"{module} is not installed; CI installs the ray extra (make test)")
        pytest.skip(f"{module} is not installed: pip install -e '.[ray]' (make test installs it)")


def _rows(seed_text: str) -> list[dict[str, object]]:
    return [
        {"id": "seed", "text": seed_text, "published": "2024-03-18", "title": "Seed"},
        {"id": 2, "text": "WASHINGTON (AP) — The minister said on Monday that 40 people were hurt."},
        {"id": "sep", "text": "Officials met on Monday.\u2028They said talks would resume in May.", "title": None},
        {"id": "bad-date", "text": "x", "published": "2024-13-45"},
        {"id": "long", "text": (seed_text + "\n\n") * 3},
        {"id": "last", "text": "Police arrested three men in Lyon on Friday, a spokesman said."},
    ]


def _jsonl(tmp_path: Path, seed_text: str) -> Path:
    lines = [json.dumps(row, ensure_ascii=False) for row in _rows(seed_text)]
    lines.insert(3, "this is not json")
    lines.insert(2, "   ")  # blank lines are skipped, and still counted in error ids
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _parquet(tmp_path: Path, seed_text: str) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _rows(seed_text)
    path = tmp_path / "in.parquet"
    table = pa.table(
        {
            "id": [str(r["id"]) for r in rows],
            "text": [r["text"] for r in rows],
            "published": [r.get("published") for r in rows],
            "title": [r.get("title") for r in rows],
        }
    )
    pq.write_table(table, path, row_group_size=2)
    return path


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    env["RAY_DISABLE_USAGE_STATS"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "extractors", *args],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=False,
    )


def test_local_engine_reads_and_writes_parquet(tmp_path: Path, seed_text: str) -> None:
    _need("pyarrow")
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    proc = _cli(str(_parquet(tmp_path, seed_text)), "--output", str(out))
    assert proc.returncode == 1, proc.stderr  # one row has an invalid date
    table = pq.read_table(out).to_pylist()
    # a row that decodes but is refused keeps its own id; the API's message names the field
    assert [row["id"] for row in table] == ["seed", "2", "sep", "bad-date", "long", "last"]
    assert table[3]["summary"] is None and "row 4" in table[3]["error"] and "published" in table[3]["error"]
    seed = json.loads(table[0]["summary"])
    assert seed["published"] == "2024-03-18" and seed["published_from"] == "request"
    # the same articles as JSON lines give the same summaries
    jsonl = _cli("--jsonl", str(_jsonl(tmp_path, seed_text)))
    by_id = {json.loads(line)["id"]: json.loads(line) for line in jsonl.stdout.splitlines()}
    assert json.loads(table[4]["summary"]) == by_id["long"]["summary"]


@pytest.mark.slow
@pytest.mark.model
def test_ray_engine_output_is_byte_identical_to_the_local_cli(tmp_path: Path, seed_text: str) -> None:
    _need("ray")
    source = str(_jsonl(tmp_path, seed_text))
    local = _cli("--jsonl", source)
    # batches of 2 over 2 actors: the records of different actors must still come back in order
    ray = _cli("--jsonl", source, "--engine", "ray", "--batch-size", "2", "--actors", "2", timeout=600)
    assert ray.returncode == local.returncode == 1, ray.stderr.decode()[-3000:]
    assert len(local.stdout.splitlines()) == 7
    assert ray.stdout == local.stdout


@pytest.mark.slow
@pytest.mark.model
def test_ray_engine_parquet_in_and_out_equals_the_local_engine(tmp_path: Path, seed_text: str) -> None:
    _need("ray")
    import pyarrow.parquet as pq

    source = str(_parquet(tmp_path, seed_text))
    local_out, ray_out = tmp_path / "local.parquet", tmp_path / "ray.parquet"
    local = _cli(source, "--output", str(local_out))
    ray = _cli(source, "--output", str(ray_out), "--engine", "ray", "--batch-size", "2", timeout=600)
    assert ray.returncode == local.returncode == 1, ray.stderr.decode()[-3000:]
    assert pq.read_table(ray_out).to_pylist() == pq.read_table(local_out).to_pylist()
