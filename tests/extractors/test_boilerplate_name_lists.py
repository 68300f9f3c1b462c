"""boilerplate: team sheets, bare name lists, results and table rows are page furniture; prose is not.

Hand-written lines with invented teams and players, one per form of ``extractors/lexicons/name_lists.py``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.boilerplate import find_boilerplate
from extractors.lexicons.name_lists import NAME_LISTS
from extractors.who import extract_who

BEFORE = "Kestrel Rovers came from behind to beat Harbour Town on a wet afternoon at the Moor.\n"
AFTER = "\nThe two sides meet again in the cup next month."


def _lists(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in find_boilerplate(text) if f.kind == "list"]


@pytest.mark.parametrize(("shape", "example"), [(s, e) for s in NAME_LISTS for e in s.examples], ids=str)
def test_every_list_shape_marks_its_examples_and_not_the_prose_around(shape, example: str) -> None:
    text = BEFORE + example + AFTER
    start = text.index(example)
    found = find_boilerplate(text)
    assert any(f.start == start and f.end == start + len(example) and f.rule == shape.name for f in found), found
    assert not any(f.start < len(BEFORE) or f.end > start + len(example) for f in found), found


@pytest.mark.parametrize("example", [e for s in NAME_LISTS for e in s.counter])
def test_no_list_shape_marks_its_counter_examples(example: str) -> None:
    assert _lists(BEFORE + example + AFTER) == []


REPORT = """Kestrel Rovers came from behind to beat Harbour Town and climb to second in the table.
Ince levelled from the spot after the break and Jarrow headed the winner with ten minutes left.
"We showed real character," said the Rovers manager, Dale Whitcombe.
Kestrel Rovers: Abara; Brisk, Colley, Dunmore, Eskew; Farrant, Gilder, Holt; Ince, Jarrow, Kell.
Subs not used: Pellow, Ardmore, Quist.
Harbour Town: Lusk; Mabey, Nairn (Oduya 70), Pryce, Quayle; Rendle, Stott; Tully, Ure (capt), Vokes, Wray.
Booked: Nairn, Stott.
Referee: Colin Ashdown (Kent).
Northfield 0-3 Eastgate
1 Eastgate 20 14 4 2 40 15 46
2 Kestrel Rovers 20 13 5 2 38 17 44
"""


def test_a_match_reports_team_sheets_results_and_table_are_furniture_and_the_report_is_not() -> None:
    found = find_boilerplate(REPORT)
    lines = REPORT.splitlines()
    offsets = [REPORT.index(line) for line in lines]
    for line, start in zip(lines, offsets, strict=True):
        covered = any(f.start <= start and start + len(line) <= f.end for f in found)
        assert covered == (start >= offsets[3]), line
    assert all(f.kind == "list" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # three names in a sentence, a score inside a sentence, a line of two names and a country
        "Colley, Dunmore and Holt scored as Kestrel Rovers won 2-1 at Eastgate on Saturday.",
        "Rovers beat Town 3-0, with Ince, Jarrow and Kell all on the scoresheet.",
        "Harbour Town 1-0 up at the break, the visitors never looked like losing.",
        "Remy Castagne, France",
        # a heading in capitals, and a line of numbers that is a date
        "TEAM NEWS: ABARA, BRISK, COLLEY, DUNMORE, ESKEW",
        "Monday 12 March 2018",
    ],
)
def test_prose_naming_players_or_scores_is_no_list(text: str) -> None:
    assert _lists(BEFORE + text + AFTER) == []


def test_a_page_that_is_all_results_is_the_content() -> None:
    page = "Kestrel Rovers 2-1 Harbour Town\nNorthfield 0-3 Eastgate\nWestbury 1-1 Millbrook\n"
    assert _lists(page) == []


def test_players_named_only_on_the_team_sheet_are_no_actors(nlp: Language) -> None:
    actors = extract_who(nlp(REPORT), text=REPORT)
    names = {a.name for a in actors} | {m.text for a in actors for m in a.mentions}
    for listed in ("Abara", "Pellow", "Lusk", "Colin Ashdown", "Northfield"):
        assert not any(listed in name for name in names), names
    assert any("Jarrow" in name for name in names)  # named in the report too
    sheet = REPORT.index("Kestrel Rovers:")
    assert all(m.start < sheet for a in actors for m in a.mentions)
