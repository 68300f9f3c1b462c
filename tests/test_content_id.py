"""The content id: one per distinct request, whatever its fields hold."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from extractors.article import Article, content_id
from extractors.types import Version

VERSION = Version(pipeline="0.1.0+test", model="en_test-1.0")
# Small alphabets with the separators an ambiguous encoding would trip on (NUL, '=', digits that
# could be lengths), so that hypothesis finds boundary collisions if there are any.
_PIECES = st.lists(st.sampled_from(["\x00", "=", "a", "1", "title=", "text=", "\ud800", "é"]), max_size=6).map("".join)
_ARTICLES = st.builds(
    Article,
    text=_PIECES,
    title=st.none() | _PIECES,
    published=st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(1990, 1, 3)),
)


@given(_ARTICLES, _ARTICLES)
def test_content_id_distinct_requests_never_share_an_id(a: Article, b: Article) -> None:
    assert (content_id(VERSION, a) == content_id(VERSION, b)) == (a == b)


def test_content_id_the_reported_collision_is_gone() -> None:
    one = Article(title="Report\x00Russia denied", text=" that 7,000 containers were sent.")
    two = Article(title="Report", text="Russia denied\x00 that 7,000 containers were sent.")
    assert content_id(VERSION, one) != content_id(VERSION, two)


def test_content_id_no_title_and_an_empty_title_are_different_requests() -> None:
    assert content_id(VERSION, Article(text="a")) != content_id(VERSION, Article(text="a", title=""))


def test_content_id_changes_with_every_version() -> None:
    article = Article(text="The council met on Monday.")
    ids = {
        content_id(version, article)
        for version in (
            VERSION,
            Version(pipeline="0.1.0+other", model=VERSION.model),
            Version(pipeline=VERSION.pipeline, model="en_test-1.1"),
            Version(pipeline=VERSION.pipeline, model=VERSION.model, schema=VERSION.schema + 1),
        )
    }
    assert len(ids) == 4
