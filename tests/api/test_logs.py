"""No article text in the logs beyond a short prefix (api/logs.py)."""

from __future__ import annotations

import logging

import pytest

from api import logs


def test_logs_cut_long_arguments_messages_and_exception_texts(caplog: pytest.LogCaptureFixture) -> None:
    logs.install()
    article = "SECRET-START " + "word " * 2000 + "SECRET-END"
    log = logging.getLogger("tests.logs")
    with caplog.at_level(logging.INFO, logger="tests.logs"):
        log.info("parsing %s", article)
        log.info("parsing %(text)s", {"text": article})
        log.info(f"inline {article}")
        try:
            raise ValueError(article)
        except ValueError:
            log.exception("extractor failed")
    text = caplog.text
    assert "SECRET-START" in text  # a short prefix stays, to recognise the article
    assert "SECRET-END" not in text
    assert max(len(line) for line in text.splitlines()) < 10 * logs.MAX_CHARS + 100
    assert "ValueError" in text and "raise ValueError(article)" in text  # the traceback keeps its frames
