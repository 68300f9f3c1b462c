"""Settings come from the environment once, typed, with errors that name the variable."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

import api.settings as settings_module
from api.settings import Settings, SettingsError, cgroup_cpu_limit
from extractors.pipeline import DEFAULT_MODEL


def test_settings_defaults() -> None:
    settings = Settings.from_env({})
    assert (settings.host, settings.port, settings.redis_url) == ("127.0.0.1", 8000, None)
    assert settings.max_bytes == 1024 * 1024
    assert settings.spacy_model == DEFAULT_MODEL
    assert settings.workers >= 1


def test_settings_read_from_env() -> None:
    settings = Settings.from_env(
        {
            "NEWSUM_HOST": "0.0.0.0",
            "NEWSUM_PORT": "9000",
            "NEWSUM_WORKERS": "3",
            "REDIS_URL": "redis://cache:6379/1",
            "NEWSUM_CACHE_TTL_S": "60",
            "NEWSUM_CACHE_SIZE": "5",
            "NEWSUM_MAX_BYTES": "2048",
            "NEWSUM_TIMEOUT_S": "2.5",
            "NEWSUM_SPACY_MODEL": "en_core_web_md",
            "NEWSUM_LOG_LEVEL": "debug",
            "NEWSUM_SERVER": "UVICORN",
        }
    )
    assert settings == Settings(
        host="0.0.0.0",
        port=9000,
        workers=3,
        redis_url="redis://cache:6379/1",
        cache_ttl_s=60,
        cache_size=5,
        max_bytes=2048,
        timeout_s=2.5,
        spacy_model="en_core_web_md",
        log_level="DEBUG",
        server="uvicorn",
    )


def test_settings_blank_means_default() -> None:
    assert Settings.from_env({"REDIS_URL": "", "NEWSUM_PORT": " "}) == Settings.from_env({})


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"NEWSUM_PORT": "eighty"}, "NEWSUM_PORT"),
        ({"NEWSUM_PORT": "70000"}, "NEWSUM_PORT"),
        ({"NEWSUM_TIMEOUT_S": "0"}, "NEWSUM_TIMEOUT_S"),
        ({"NEWSUM_MAX_BYTES": "-1"}, "NEWSUM_MAX_BYTES"),
        ({"NEWSUM_LOG_LEVEL": "loud"}, "NEWSUM_LOG_LEVEL"),
        ({"NEWSUM_SERVER": "gunicorn"}, "NEWSUM_SERVER"),
    ],
)
def test_settings_bad_values_name_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(SettingsError, match=names):
        Settings.from_env(env)


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().port = 1  # type: ignore[misc]


def test_cgroup_cpu_limit_reads_cgroup_v2_and_v1(tmp_path: Path) -> None:
    v2, v1 = tmp_path / "cpu.max", tmp_path / "v1"
    v1.mkdir()
    assert cgroup_cpu_limit(v2, v1) is None  # neither file: not in a limited container
    v2.write_text("250000 100000\n")
    assert cgroup_cpu_limit(v2, v1) == 2.5
    v2.write_text("max 100000\n")
    assert cgroup_cpu_limit(v2, v1) is None
    v2.unlink()
    (v1 / "cpu.cfs_quota_us").write_text("150000\n")
    (v1 / "cpu.cfs_period_us").write_text("100000\n")
    assert cgroup_cpu_limit(v2, v1) == 1.5
    (v1 / "cpu.cfs_quota_us").write_text("-1\n")
    assert cgroup_cpu_limit(v2, v1) is None


def test_default_workers_follow_the_container_cpu_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)))
    monkeypatch.setattr(settings_module, "cgroup_cpu_limit", lambda: 2.5)
    assert settings_module.default_workers() == 2  # a fractional core does not pay for another model
    monkeypatch.setattr(settings_module, "cgroup_cpu_limit", lambda: 0.5)
    assert settings_module.default_workers() == 1
    monkeypatch.setattr(settings_module, "cgroup_cpu_limit", lambda: None)
    assert settings_module.default_workers() == 64
    assert Settings().workers == 64


def test_redis_cluster_flag_needs_a_url() -> None:
    assert Settings.from_env({"REDIS_URL": "redis://h:7000", "NEWSUM_REDIS_CLUSTER": "1"}).redis_cluster
    assert not Settings.from_env({"NEWSUM_REDIS_CLUSTER": "no"}).redis_cluster
    with pytest.raises(SettingsError, match="NEWSUM_REDIS_CLUSTER"):
        Settings.from_env({"NEWSUM_REDIS_CLUSTER": "1"})
    with pytest.raises(SettingsError, match="NEWSUM_REDIS_CLUSTER"):
        Settings.from_env({"REDIS_URL": "redis://h:7000", "NEWSUM_REDIS_CLUSTER": "maybe"})


def test_settings_api_keys_from_the_variable_and_a_file_never_in_repr(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    keys.write_text("# the CMS\nfile-key-0123456789abcdef\n\nshared-key-0123456789ab\n", encoding="utf-8")
    env = {"NEWSUM_API_KEYS": "env-key-0123456789abcdef, shared-key-0123456789ab", "NEWSUM_API_KEYS_FILE": str(keys)}
    settings = Settings.from_env(env)
    assert settings.api_keys == ("env-key-0123456789abcdef", "shared-key-0123456789ab", "file-key-0123456789abcdef")
    assert "key-0123" not in repr(settings)


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"NEWSUM_API_KEYS_FILE": "/no/such/file"}, "NEWSUM_API_KEYS_FILE"),
        ({"NEWSUM_API_KEYS": "short"}, "NEWSUM_API_KEYS"),
        ({"NEWSUM_RATE_LIMIT": "lots"}, "NEWSUM_RATE_LIMIT"),
        ({"NEWSUM_RATE_LIMIT": "0/minute"}, "NEWSUM_RATE_LIMIT"),
        ({"NEWSUM_CORS_ORIGINS": "cms.example.org/path"}, "NEWSUM_CORS_ORIGINS"),
    ],
)
def test_settings_bad_keys_limits_and_origins_name_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(SettingsError, match=names):
        Settings.from_env(env)


def test_settings_rate_limit_and_origins_are_read() -> None:
    settings = Settings.from_env({"NEWSUM_RATE_LIMIT": "60/minute", "NEWSUM_CORS_ORIGINS": "https://a.example, *"})
    assert settings.rate_limit == "60/minute"
    assert settings.cors_origins == ("https://a.example", "*")
