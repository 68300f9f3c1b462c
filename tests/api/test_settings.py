"""Settings come from the environment once, typed, with errors that name the variable."""

from __future__ import annotations

import dataclasses

import pytest

from api.settings import Settings, SettingsError
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
