"""deploy/k8s and deploy/compose.yaml: kustomize builds, Kubernetes schemas (strict), and the
settings they pass are ones the service reads."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT
from tests.deploy.conftest import DEPLOY, tool

K8S = DEPLOY / "k8s"
VARIANTS = [K8S, K8S / "overlays" / "managed-redis", K8S / "overlays" / "redis-cluster", K8S / "backfill"]
# The oldest Kubernetes minor still in wide support, and the newest kubernetes-validate knows.
KUBERNETES_VERSIONS = ["1.30.0", "1.37.0"]
SETTINGS_SOURCE = (ROOT / "api" / "settings.py").read_text(encoding="utf-8")


def _kustomize(path: Path) -> str:
    kubectl = tool("kubectl", "the Kubernetes client; CI's machine has it")
    proc = subprocess.run([kubectl, "kustomize", str(path)], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _validate(manifests: str, tmp_path: Path, version: str) -> subprocess.CompletedProcess[str]:
    validator = tool("kubernetes-validate", "pip install kubernetes-validate (a dev dependency)")
    target = tmp_path / f"manifests-{version}.yaml"
    target.write_text(manifests, encoding="utf-8")
    return subprocess.run(
        [validator, "--strict", "--quiet", "-k", version, str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _docs(manifests: str) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(manifests) if doc]


def _pod_templates(rayjob: dict[str, Any]) -> list[dict[str, Any]]:
    """The RayJob's pod templates as core/v1 PodTemplates, which kubernetes-validate knows (RayJob it does not)."""
    spec = rayjob["spec"]["rayClusterSpec"]
    groups = [spec["headGroupSpec"], *spec["workerGroupSpecs"]]
    return [
        {"apiVersion": "v1", "kind": "PodTemplate", "metadata": {"name": f"t{i}"}, "template": group["template"]}
        for i, group in enumerate(groups)
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda p: str(p.relative_to(DEPLOY)))
@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_kustomize_output_passes_strict_schema_validation(variant: Path, version: str, tmp_path: Path) -> None:
    docs = _docs(_kustomize(variant))
    checked = []
    for doc in docs:
        checked.extend(_pod_templates(doc) if doc["kind"] == "RayJob" else [doc])
    proc = _validate(yaml.safe_dump_all(checked), tmp_path, version)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_strict_validation_rejects_a_misspelt_field(tmp_path: Path) -> None:
    docs = _docs(_kustomize(K8S))
    deployment = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "newsum")
    deployment["spec"]["template"]["spec"]["containers"][0]["readinessProbes"] = {}
    proc = _validate(yaml.safe_dump(deployment), tmp_path, KUBERNETES_VERSIONS[-1])
    assert proc.returncode != 0


def _by_kind(docs: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    return next(d for d in docs if d["kind"] == kind and d["metadata"]["name"].startswith(name))


def test_base_wires_probes_selectors_and_settings_together() -> None:
    docs = _docs(_kustomize(K8S))
    deployment = _by_kind(docs, "Deployment", "newsum")
    pod = deployment["spec"]["template"]
    container = pod["spec"]["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["startupProbe"]["failureThreshold"] * container["startupProbe"]["periodSeconds"] >= 60
    assert container["lifecycle"]["preStop"]["exec"]["command"][0] == "sleep"
    # every selector finds the API pods, and only them
    labels = pod["metadata"]["labels"]
    for kind in ("Service", "PodDisruptionBudget"):
        doc = _by_kind(docs, kind, "newsum")
        selector = doc["spec"]["selector"].get("matchLabels", doc["spec"]["selector"])
        assert selector.items() <= labels.items()
        redis_labels = _by_kind(docs, "Deployment", "newsum-redis")["spec"]["template"]["metadata"]["labels"]
        assert not selector.items() <= redis_labels.items()
    hpa = _by_kind(docs, "HorizontalPodAutoscaler", "newsum")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert hpa["spec"]["metrics"][0]["resource"]["name"] == "cpu"
    # the ConfigMap the pods read is the generated one, and it names only settings the service reads
    config = _by_kind(docs, "ConfigMap", "newsum-config")
    assert container["envFrom"][0]["configMapRef"]["name"] == config["metadata"]["name"]
    for name in config["data"]:
        assert f'"{name}"' in SETTINGS_SOURCE, f"{name} is not a setting of api/settings.py"
    # one worker per CPU of the limit, and the grace period covers preStop plus the longest request
    workers = int(config["data"]["NEWSUM_WORKERS"])
    assert workers == int(container["resources"]["limits"]["cpu"])
    sleep = int(container["lifecycle"]["preStop"]["exec"]["command"][1])
    assert pod["spec"]["terminationGracePeriodSeconds"] >= sleep + float(config["data"]["NEWSUM_TIMEOUT_S"]) + 5


def test_overlays_replace_the_in_cluster_redis() -> None:
    for overlay, cluster in (("managed-redis", None), ("redis-cluster", "1")):
        docs = _docs(_kustomize(K8S / "overlays" / overlay))
        assert not [d for d in docs if d["metadata"]["name"] == "newsum-redis"]
        data = _by_kind(docs, "ConfigMap", "newsum-config")["data"]
        assert "newsum-redis" not in data["REDIS_URL"]
        assert data.get("NEWSUM_REDIS_CLUSTER") == cluster


def test_rayjob_runs_the_ray_engine_with_the_ray_version_of_the_extra() -> None:
    rayjob = _by_kind(_docs(_kustomize(K8S / "backfill")), "RayJob", "newsum-backfill")
    assert rayjob["spec"]["entrypoint"].startswith("python -m extractors --engine ray")
    pin = re.search(r'"ray\[data\]>=([\d.]+),<(\d+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pin is not None
    version = tuple(int(x) for x in rayjob["spec"]["rayClusterSpec"]["rayVersion"].split("."))
    assert tuple(int(x) for x in pin.group(1).split(".")) <= version < (int(pin.group(2)),)


def test_compose_runs_the_api_with_an_lru_redis_and_health_checks() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    api, redis = compose["services"]["api"], compose["services"]["redis"]
    assert api["build"]["dockerfile"] == "deploy/Dockerfile"
    assert (DEPLOY / api["build"]["context"] / api["build"]["dockerfile"]).resolve() == (DEPLOY / "Dockerfile")
    assert api["depends_on"]["redis"]["condition"] == "service_healthy"
    assert api["environment"]["REDIS_URL"] == "redis://redis:6379/0"
    for name in api["environment"]:
        assert f'"{name}"' in SETTINGS_SOURCE, f"{name} is not a setting of api/settings.py"
    command = redis["command"]
    assert command[command.index("--maxmemory-policy") + 1] == "allkeys-lru"
    assert command[command.index("--save") + 1] == ""
    assert "mem_limit" in redis and "healthcheck" in redis and "healthcheck" in api
