"""Summarise an article with newsum-client: `NEWSUM_URL=http://127.0.0.1:8000 python examples/summarize.py`.

Type-checked with `mypy --strict` (the SDK's tests run it), so it shows what the types allow.
"""

from __future__ import annotations

import asyncio
import os
import sys

from newsum_client import Article, AsyncNewsumClient, InvalidArticle, NewsumClient, Problem, Summary

TEXT = (
    "date 2024-03-18 SEOUL. – North Korea has sent Russia about 7,000 containers since last year, "
    "South Korea’s defense minister Shin Won-sik said Monday."
)


def show(summary: Summary, text: str) -> None:
    print(summary.headline)
    for actor in summary.who:  # every field the server always sends is a plain attribute, never Unset
        quoted = [text[mention.start : mention.end] for mention in actor.mentions]
        print(f"  {actor.name} ({actor.type_.value}): {', '.join(actor.titles)} {quoted}")
    for quantity in summary.quantities:
        print(f"  {quantity.span.text}: {quantity.value} {quantity.unit or ''} {quantity.item or ''}")
    if summary.published is not None:
        print("  published", summary.published.isoformat(), "from", summary.published_from)


def main(base_url: str) -> None:
    with NewsumClient(base_url) as newsum:
        summary = newsum.summarize(TEXT)
        show(summary, TEXT)
        assert newsum.summarize(TEXT) == summary  # asked again with If-None-Match: 304, the same summary
        try:
            newsum.summarize("   ")
        except InvalidArticle as problem:
            print("refused:", problem.title, problem.field)
        answers = newsum.summarize_batch([TEXT, Article("", title="empty")])
        print([answer.status if isinstance(answer, Problem) else answer.id for answer in answers])
        for answer in newsum.stream([TEXT, Article(TEXT, published="2024-03-19")]):
            if isinstance(answer, Summary):
                print("stream:", answer.published, answer.headline)

    async def concurrently() -> list[Summary]:
        async with AsyncNewsumClient(base_url, offsets="utf16") as newsum:
            return list(
                await asyncio.gather(*(newsum.summarize(TEXT, published=day) for day in ("2024-03-18", "2024-03-19")))
            )

    for summary in asyncio.run(concurrently()):
        print("async:", summary.offsets.value, summary.published)


if __name__ == "__main__":
    main(os.environ.get("NEWSUM_URL") or (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"))
