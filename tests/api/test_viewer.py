"""The viewer in a real headless Chromium (Debian's ``chromium``, driven by Playwright), against ``python -m api``.

No browser is downloaded: Playwright drives ``/usr/bin/chromium`` (``.ci/run`` installs the
package when it is missing). Screenshots are kept in ``tests/artifacts/`` (ignored by git).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import RUN_PREFIX, skip_or_fail
from tests.api.live import LiveServer, live_server

pytestmark = [pytest.mark.redis, pytest.mark.model]

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
# Written for this test: outside the Basic Multilingual Plane (🎉 is two UTF-16 units), so offsets
# only line up if the viewer counts code points as the API does.
EXTRA = "\n\nThe 🎉 celebration in Seoul drew 3,000 people on Tuesday, police said."

# Every highlight checked in the page: its text is the article's code points from start to end.
_CHECK_SPANS = """
() => {
  const text = document.getElementById('text').value;
  const chars = Array.from(text);
  const bad = [];
  const nodes = [...document.querySelectorAll('#article [data-part]')];
  for (const node of nodes) {
    if (node.dataset.fragment) continue;
    const want = chars.slice(+node.dataset.start, +node.dataset.end).join('');
    if (node.textContent !== want) bad.push([node.dataset.part, node.dataset.start, node.textContent, want]);
  }
  const parts = {};
  for (const node of nodes) parts[node.dataset.part] = (parts[node.dataset.part] || 0) + 1;
  return {bad, parts, whole: document.getElementById('article').textContent === text};
}
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        skip_or_fail("Debian's chromium is not installed (apt-get install chromium; .ci/run does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, redis_url: str) -> Iterator[LiveServer]:
    env = {"REDIS_URL": redis_url, "NEWSUM_KEY_PREFIX": f"{RUN_PREFIX}-viewer"}
    with live_server(tmp_path_factory.mktemp("viewer"), **env) as live:
        yield live


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.errors = errors
    yield page
    context.close()


def _summarise(page: Any, base: str, text: str) -> None:
    page.goto(base + "/viewer")
    page.fill("textarea[name=text]", text)
    page.click("button[type=submit]")
    page.wait_for_selector("#article [data-part]", timeout=60_000)


def test_viewer_highlights_every_part_at_its_offsets(page: Any, server: LiveServer, seed_text: str) -> None:
    text = seed_text + EXTRA
    _summarise(page, server.base, text)
    found = page.evaluate(_CHECK_SPANS)
    assert found["bad"] == []
    assert found["whole"], "the article is shown whole, every character once"
    assert {"who", "quantity", "date", "source", "denial", "event"} <= set(found["parts"])
    with httpx.Client(base_url=server.base, timeout=30) as client:
        summary = client.post("/v1/summaries", json={"text": text}).json()
    mentions = sum(len(actor["mentions"]) for actor in summary["who"])
    whole_who = page.locator("#article [data-part=who]:not([data-fragment])").count()
    assert whole_who + page.locator("#article [data-part=who][data-fragment]").count() >= mentions
    assert page.inner_text("#headline") == summary["headline"]
    # The side panel: actors with their titles, the sourcing profile, denials and what they contest.
    panel = page.inner_text("#panel")
    person = next(a for a in summary["who"] if a["type"] == "person" and a["titles"])
    assert person["name"] in panel and person["titles"][0] in panel
    for kind, count in summary["sourcing"].items():
        assert f"{kind} {count}" in panel
    assert page.locator(".denial").count() == len(summary["denials"])
    assert page.errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viewer.png"), full_page=False)


def test_viewer_click_on_an_item_scrolls_to_its_span(page: Any, server: LiveServer, seed_text: str) -> None:
    _summarise(page, server.base, seed_text + EXTRA)
    target = page.locator("#panel .actors .item").last
    item_id = target.get_attribute("data-target")
    page.evaluate("window.scrollTo(0, 0)")
    target.click()
    flashed = page.locator(f'#article [data-item="{item_id}"].flash')
    flashed.wait_for(timeout=5_000)
    page.wait_for_timeout(800)  # the smooth scroll
    box = flashed.bounding_box()
    assert box is not None and 0 <= box["y"] <= 1000, box
    denial = page.locator("#panel .contests").first
    if denial.count():
        denial.click()
        page.locator("#article .flash").wait_for(timeout=5_000)


def test_viewer_reopens_a_cached_summary_by_id(page: Any, server: LiveServer, seed_text: str) -> None:
    _summarise(page, server.base, seed_text)
    link = page.get_attribute("#permalink", "href")
    assert link is not None and link.startswith("/viewer?id=sha256:")
    first = page.evaluate(_CHECK_SPANS)["parts"]
    page.goto(server.base + link)
    page.wait_for_selector("#article [data-part]", timeout=30_000)
    again = page.evaluate(_CHECK_SPANS)
    assert again["bad"] == [] and again["parts"] == first
    assert page.input_value("textarea[name=text]") == seed_text
    page.goto(server.base + "/viewer?id=sha256:" + "0" * 64)
    page.wait_for_selector(".status-error", timeout=10_000)
    assert "No cached summary" in page.inner_text("#status")


def test_viewer_refused_language_shows_the_problem(page: Any, server: LiveServer) -> None:
    german = (
        "Die Bundesregierung hat am Montag beschlossen, dass die Renten im kommenden Jahr um 3,5 Prozent "
        "steigen sollen. Das teilte ein Sprecher des Arbeitsministeriums in Berlin mit."
    )
    page.goto(server.base + "/viewer")
    page.fill("textarea[name=text]", german)
    page.click("button[type=submit]")
    page.wait_for_selector(".status-error", timeout=30_000)
    assert "'de'" in page.inner_text("#status")
    assert page.locator("#article [data-part]").count() == 0


def test_viewer_asks_for_a_key_when_keys_are_on(browser: Any, tmp_path: Path, redis_url: str) -> None:
    key = "viewer-key-0123456789"
    env = {"REDIS_URL": redis_url, "NEWSUM_KEY_PREFIX": f"{RUN_PREFIX}-viewer-keys", "NEWSUM_API_KEYS": key}
    with live_server(tmp_path, **env) as server:
        context = browser.new_context()
        page = context.new_page()
        page.goto(server.base + "/viewer")
        page.fill("textarea[name=text]", "The mayor of Springfield resigned on Friday, the city said.")
        page.click("button[type=submit]")
        page.wait_for_selector("#key-panel:not([hidden])", timeout=10_000)
        page.fill("#key-input", key)
        page.click("#key-use")
        page.wait_for_selector("#article [data-part]", timeout=60_000)
        assert key not in server.log()
        context.close()


def test_viewer_assets_are_local_files(server: LiveServer) -> None:
    with httpx.Client(base_url=server.base, timeout=10) as client:
        page = client.get("/viewer")
        assert page.headers["content-type"].startswith("text/html")
        html = page.text
        for asset in ("/viewer/assets/viewer.js", "/viewer/assets/viewer.css"):
            assert asset in html
            assert client.get(asset).status_code == 200
    assert "http://" not in html and "https://" not in html  # no CDN
    assert "<script>" not in html and " on" + "click=" not in html  # no inline script (strict CSP works)
    json.dumps(html)  # plain text
