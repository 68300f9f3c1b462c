"""Pipelines for a real parser process in tests (``ProcessRunner(..., factory="tests.api.doubles:...")``).

They load no model, so a child starts in a fraction of a second, and they behave by the text:

* ``FREEZE…``: one regex call that backtracks exponentially and holds the GIL (as the quadratic
  address pattern of quantities did): it never ends by itself;
* ``CRASH…``: the process dies on the spot, as an out-of-memory kill would;
* ``FAIL…``: the extractor raises;
* ``SLEEP <seconds>…``: sleeps, then answers;
* anything else: a summary at once, whose headline is the text.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Iterator

from extractors.article import Article, content_id
from extractors.types import Summary, Version

VERSION = Version(pipeline="test-double", model="no-model-0")
_CATASTROPHIC = re.compile(r"(?:a|aa)*c")


class BehavingPipeline:
    version = VERSION

    def summarize(self, article: Article) -> Summary:
        text = article.text
        if text.startswith("FREEZE"):
            _CATASTROPHIC.match("a" * 64)  # about 2**44 steps, inside one C call
        elif text.startswith("CRASH"):
            os._exit(137)
        elif text.startswith("FAIL"):
            raise RuntimeError("an extractor failed")
        elif text.startswith("SLEEP"):
            time.sleep(float(text.split()[1]))
        return Summary(id=content_id(VERSION, article), version=VERSION, headline=text[:80])

    def summarize_many(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Summary]:
        for article in articles:
            yield self.summarize(article)


def behaving(model: str) -> BehavingPipeline:
    """The factory the parser process calls (``model`` is ignored)."""
    return BehavingPipeline()


def never_ready(model: str) -> BehavingPipeline:
    """A pipeline whose loading fails."""
    raise RuntimeError("the model could not be loaded")
