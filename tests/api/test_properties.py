"""Property: whatever text arrives, the answer is a summary or a client error, never a 500."""

from __future__ import annotations

import json
import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.app import create_app
from extractors.inputs import NON_BLANK as NON_BLANK_PATTERN
from extractors.pipeline import Summarizer
from tests.api.conftest import client_for, make_settings
from tests.spans import walk_spans


def test_api_any_text_gives_a_summary_with_exact_offsets_or_a_422() -> None:
    # Not strict, as in production: a failing extractor leaves its part empty (the extractors'
    # own property tests catch that); this test is about the HTTP layer.
    lenient = Summarizer(strict=False)  # the same model, loaded once per process
    with client_for(create_app(make_settings(), summarizer=lenient)) as client:

        @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(
            text=st.text(max_size=200)
            | st.lists(st.sampled_from(["Paris", "said", " ", "\n", "5%", "Monday", "é", "😀", "\u200b"])).map("".join),
            published=st.none() | st.dates(min_value=date(1100, 1, 1), max_value=date(9899, 12, 31)).map(str),
        )
        def check(text: str, published: str | None) -> None:
            body = {"text": text} if published is None else {"text": text, "published": published}
            response = client.post(
                "/v1/summaries", content=json.dumps(body), headers={"content-type": "application/json"}
            )
            if re.search(NON_BLANK_PATTERN, text) is None:  # whitespace and byte-order marks only
                assert response.status_code == 422
                return
            assert response.status_code == 200, response.text
            for span in walk_spans(response.json()):
                assert text[span["start"] : span["end"]] == span["text"]

        check()
