"""Write the SDKs' generated parts from openapi/openapi.json: ``python openapi/clients/generate.py``.

- Python: openapi-python-client (pinned in pyproject's dev extra) writes
  ``openapi/clients/python/newsum_client/_generated`` with ``openapi/clients/python/generator.yml``.
- TypeScript: openapi-typescript (pinned in package.json) writes ``openapi/clients/typescript/src/schema.d.ts``.

Any generator warning is an error: the committed document must generate cleanly. ``--check``
generates into a temporary directory and fails on any difference from the committed files (the
drift test runs it); ``--only python|typescript`` does one of the two. `make sdk` runs this.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "openapi" / "openapi.json"
PYTHON = ROOT / "openapi" / "clients" / "python"
PYTHON_OUT = PYTHON / "newsum_client" / "_generated"
TYPESCRIPT = ROOT / "openapi" / "clients" / "typescript"
TYPESCRIPT_OUT = TYPESCRIPT / "src" / "schema.d.ts"
# What the generators print when something in the document is not turned into code.
_WARNING = re.compile(r"warn|error|unsupported|skipp|⚠", re.IGNORECASE)


class GeneratorWarning(Exception):
    """A generator said something other than that it worked."""


def _run(command: list[str], cwd: Path, quiet_lines: re.Pattern[str]) -> None:
    bin_dir = str(Path(sys.executable).parent)  # ruff, for openapi-python-client's post hooks
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""), NO_COLOR="1", FORCE_COLOR="0")
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    said = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    noise = [line for line in said if not quiet_lines.search(line)]
    if result.returncode != 0 or any(_WARNING.search(line) for line in noise):
        raise GeneratorWarning(f"{' '.join(command[:2])} ... said:\n" + "\n".join(said))


def python_client(out: Path) -> None:
    """openapi-python-client's package for the document, written to ``out``."""
    generator = Path(sys.executable).parent / "openapi-python-client"
    if not generator.exists():
        raise GeneratorWarning(f"{generator} is missing: `make install` installs it (dev extra)")
    command = [str(generator), "generate", "--path", str(DOCUMENT), "--config", str(PYTHON / "generator.yml")]
    command += ["--meta", "none", "--output-path", str(out), "--overwrite"]
    _run(command, PYTHON, re.compile(r"^Generating "))


def typescript_types(out: Path) -> None:
    """openapi-typescript's types for the document, written to ``out``."""
    generator = TYPESCRIPT / "node_modules" / ".bin" / "openapi-typescript"
    if not generator.exists():
        raise GeneratorWarning(f"{generator} is missing: run `npm ci` in {TYPESCRIPT} (`make sdk-deps`)")
    _run([str(generator), str(DOCUMENT), "--output", str(out)], TYPESCRIPT, re.compile(r"openapi-typescript \d|→"))


def _files(top: Path) -> dict[str, str]:
    if top.is_file():
        return {top.name: top.read_text(encoding="utf-8")}
    return {
        str(path.relative_to(top)): path.read_text(encoding="utf-8")
        for path in sorted(top.rglob("*"))
        if path.is_file() and not any(part.startswith((".", "__pycache__")) for part in path.relative_to(top).parts)
    }


def differences(committed: Path, fresh: Path) -> list[str]:
    """A unified diff of every file that differs between two trees (or two files)."""
    old = _files(committed) if committed.exists() else {}
    new = _files(fresh)
    lines: list[str] = []
    for name in sorted(old.keys() | new.keys()):
        if old.get(name) != new.get(name):
            lines += difflib.unified_diff(
                old.get(name, "").splitlines(),
                new.get(name, "").splitlines(),
                f"committed/{name}",
                f"fresh/{name}",
                lineterm="",
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a fresh generation differs from the committed one"
    )
    parser.add_argument("--only", choices=["python", "typescript"], help="generate one SDK only")
    args = parser.parse_args(argv)
    targets = [
        ("python", PYTHON_OUT, python_client),
        ("typescript", TYPESCRIPT_OUT, typescript_types),
    ]
    drift: list[str] = []
    for name, committed, generate in targets:
        if args.only and args.only != name:
            continue
        try:
            if args.check:
                with tempfile.TemporaryDirectory(prefix=f"newsum-sdk-{name}-") as scratch:
                    fresh = Path(scratch) / committed.name
                    generate(fresh)
                    drift += differences(committed, fresh)
            else:
                if committed.is_dir():
                    shutil.rmtree(committed)
                generate(committed)
                print(f"wrote {committed.relative_to(ROOT)}")
        except GeneratorWarning as exc:
            print(exc, file=sys.stderr)
            return 2
    if drift:
        print("\n".join(drift[:400]), file=sys.stderr)
        print("the committed SDKs differ from the document: run `make sdk` and commit the result", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
