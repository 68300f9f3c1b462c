"""boilerplate: page furniture found as character ranges, the text and its offsets untouched."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from extractors.boilerplate import Boilerplate, Furniture, boilerplate, find_boilerplate
from extractors.lexicons.boilerplate import FURNITURE_RULES
from extractors.lexicons.comments import READER_REACTION, READER_SIGNATURE
from extractors.lexicons.staff_credits import STAFF_RULES
from extractors.pipeline import Article

RULES = FURNITURE_RULES + STAFF_RULES


def _covered(found: list[Furniture], start: int, end: int) -> bool:
    return any(f.start <= start and f.end >= end for f in found)


@pytest.mark.parametrize(
    ("rule", "example"), [(r, e) for r in RULES for e in r.examples], ids=lambda x: getattr(x, "name", x)
)
def test_every_rule_marks_its_examples(rule, example: str) -> None:
    text = f"The minister resigned on Monday after weeks of pressure.\n{example}\nShe will stay on as an MP."
    start = text.index(example)
    found = find_boilerplate(text)
    if rule.extent in ("line", "line_end"):
        assert _covered(found, start, start + len(example)), found
    else:
        assert any(start <= f.start < start + len(example) for f in found), found
    # the prose around it is never furniture
    assert not _covered(found, 0, 10)
    assert not _covered(found, len(text) - 10, len(text))


@pytest.mark.parametrize("example", [e for r in RULES for e in r.counter])
def test_no_rule_marks_the_counter_examples(example: str) -> None:
    assert find_boilerplate(example) == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_guarded_rules_hold_a_cue_in_every_example(rule) -> None:
    for example in rule.examples:
        assert not rule.cues or any(cue in example for cue in rule.cues), (rule.name, example)


SCRAPED = """Ministers clash over rail fares
By Jane Porter, BBC political reporter
Published 3 hours ago
Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn
The transport secretary has defended a rise in rail fares, saying the money will pay for new trains.
Image copyright Getty Images Image caption Commuters at Waterloo station on Monday morning
Labour said the increase would hit families who were already struggling.
Get politics updates directly to your inbox + Subscribe
Related Topics
Copyright 2024 BBC. All rights reserved.
"""


def test_scraped_page_furniture_is_marked_and_prose_is_not() -> None:
    found = find_boilerplate(SCRAPED)
    for line in SCRAPED.splitlines()[1:]:
        start = SCRAPED.index(line)
        prose = line.startswith(("The transport", "Labour said"))
        assert _covered(found, start, start + len(line)) is not prose, line
    # the title line is content, not furniture
    assert not _covered(found, 0, len("Ministers clash"))
    # offsets point into the text as sent
    for f in found:
        assert SCRAPED[f.start : f.end].strip() == SCRAPED[f.start : f.end]


def test_caption_in_a_page_run_together_ends_at_its_sentence() -> None:
    text = (
        "Image caption Mr Smith was elected in 2019. "
        + "The council voted to close the library on Tuesday, despite a petition signed by thousands. " * 5
    )
    found = find_boilerplate(text)
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == "Image caption Mr Smith was elected in 2019."


def test_pull_quote_repeating_a_sentence_is_furniture_and_the_sentence_is_not() -> None:
    quote = "We have been monitoring the station closely and expect it to fall into the sea"
    text = (
        f"The agency said on Monday: “{quote} within the first half of the year.” Experts agreed.\n"
        f"{quote} Li Wei, space agency\n"
        "The station was launched in 2011.\n"
    )
    found = find_boilerplate(text)
    second = text.index(quote, text.index("\n"))
    assert _covered(found, second, second + len(quote))
    assert not _covered(found, text.index(quote), text.index(quote) + 10)


def test_gallery_line_without_credit_between_captions_is_a_caption() -> None:
    text = (
        "A lorry drove into a crowd in Nice on Thursday night, killing 84 people.\n"
        "Reuters Bodies are covered on the promenade after the attack\n"
        "Crowds gather at the scene in the early hours\n"
        "Getty Images A victim is carried to an ambulance by paramedics\n"
        "The president called it an act of terror.\n"
    )
    found = find_boilerplate(text)
    middle = text.index("Crowds gather")
    assert _covered(found, middle, middle + len("Crowds gather at the scene in the early hours"))
    assert not _covered(found, 0, 20)
    assert not _covered(found, text.index("The president"), text.index("The president") + 10)


def test_boilerplate_of_a_doc_flags_tokens_and_ranges(nlp: Language) -> None:
    doc = nlp("GETTY The minister arrives at the summit in Brussels\nThe minister arrived at the summit on Monday.")
    furniture = boilerplate(doc)
    assert isinstance(furniture, Boilerplate)
    assert boilerplate(doc) is furniture  # computed once per Doc
    first_line = [t for t in doc if t.idx < doc.text.index("\n")]
    assert all(furniture.token(t.i) for t in first_line)
    assert not any(furniture.token(t.i) for t in doc if t.idx > doc.text.index("\n"))
    assert furniture.overlaps(0, 5) and furniture.contains(2)
    assert not furniture.overlaps(doc.text.index("\n") + 1, len(doc.text))


def test_text_without_furniture_gives_nothing() -> None:
    assert find_boilerplate("Apple reported record profits on Thursday. Its shares rose 5%.") == []
    assert find_boilerplate("") == []


def test_a_gallery_of_captions_is_the_article_not_furniture() -> None:
    text = "".join(
        f"Photos: The royal wedding {caption} Hide Caption {k} of 4\n"
        for k, caption in enumerate(
            ["The couple leave the chapel.", "Crowds line the street.", "The bride arrives.", "Guests wait."], 1
        )
    )
    assert not any(f.kind == "caption" for f in find_boilerplate(text))


def test_caption_that_repeats_a_sentence_without_its_stop_is_the_furniture_not_the_sentence() -> None:
    sentence = "The council voted to close the library on Tuesday despite a petition signed by thousands"
    text = (
        f"{sentence}.\n"
        "Campaigners said they would take the decision to court.\n"
        f"Not happy: {sentence}\n"
        "The library will close in March.\n"
    )
    found = find_boilerplate(text)
    caption = text.index("Not happy")
    assert _covered(found, caption, caption + len("Not happy: ") + len(sentence))
    assert not _covered(found, 0, 20)  # the lead stays content


def test_highlight_without_its_stop_repeats_the_sentence_and_is_the_furniture() -> None:
    sentence = "The council voted to close the library on Tuesday despite a petition signed by thousands"
    text = f"{sentence}\nCampaigners were angry.\n{sentence}, the mayor said.\n"
    found = find_boilerplate(text)
    assert _covered(found, 0, len(sentence))
    assert not _covered(found, text.index(", the mayor") - 10, text.index(", the mayor"))


def test_two_full_sentences_sharing_a_start_are_both_content() -> None:
    sentence = "The council voted to close the library on Tuesday despite a petition signed by thousands."
    text = f"{sentence}\nCampaigners were angry.\n{sentence} The library will close in March.\n"
    assert find_boilerplate(text) == []


def test_links_under_a_closing_read_more_heading_are_furniture() -> None:
    text = (
        "The council voted to close the library on Tuesday.\n"
        "Campaigners said they would go to court.\n"
        "Read more:\n"
        "Britain's libraries are closing at record pace\n"
        "A town kept its library open. Here is how.\n"
    )
    found = find_boilerplate(text)
    for line in text.splitlines()[2:]:
        start = text.index(line)
        assert _covered(found, start, start + len(line)), line
    assert not _covered(found, 0, 10)


def test_read_more_heading_followed_by_prose_opens_no_link_list() -> None:
    prose = "The mayor said the decision was final and that the money would go to schools instead, which " * 3
    text = f"The council voted to close the library.\nRead more\n{prose}\n"
    found = find_boilerplate(text)
    assert not _covered(found, text.index("The mayor"), text.index("The mayor") + 20)


def test_gallery_captions_that_repeat_one_another_stay_the_article() -> None:
    text = "".join(
        f"Photos: The royal wedding in Windsor {caption} Hide Caption {k} of 4\n"
        for k, caption in enumerate(
            ["The couple leave the chapel.", "Crowds line the street.", "The bride arrives.", "Guests wait."], 1
        )
    )
    assert not any(f.kind in ("caption", "repeat") for f in find_boilerplate(text))


TABLOID = """Fans queued overnight outside the stadium for tickets
The club said the sale would reopen on Friday
Thousands of fans queued overnight outside the stadium for tickets to the cup final.
Scroll down for video
The club said the online sale had crashed under the demand and would reopen on Friday.
Supporters wrapped in blankets wait outside the ticket office in the early hours
The striker tweeted: 'Thank you to every fan who waited out in the cold for us tonight'
A steward hands out hot drinks to fans waiting in the queue near the gate
The final will be played in London next month, the club said.
"""


def test_on_a_tabloid_page_lines_without_a_stop_are_captions() -> None:
    found = find_boilerplate(TABLOID)
    for line in TABLOID.splitlines():
        start = TABLOID.index(line)
        caption = line.startswith(("Supporters wrapped", "A steward", "Scroll down"))
        assert _covered(found, start, start + len(line)) is caption, line


def test_without_the_tabloid_layout_a_line_without_a_stop_stays_content() -> None:
    text = TABLOID.replace("Scroll down for video\n", "")
    found = find_boilerplate(text)
    start = text.index("Supporters wrapped")
    assert not _covered(found, start, start + 20)


def test_a_paragraph_broken_in_two_is_no_caption() -> None:
    text = TABLOID.replace(
        "A steward hands out hot drinks to fans waiting in the queue near the gate\n",
        "A steward said the club had handed out hot drinks to fans waiting in the queue near\nthe gate all night.\n",
    )
    found = find_boilerplate(text)
    start = text.index("A steward")
    assert not _covered(found, start, start + 20)


COMMENTS = """The council voted on Tuesday to close the town's last public library next spring.
Campaigners said they would take the decision to court and ask for a judicial review.
Here is a selection of your comments.
I have borrowed books there for forty years and it is a disgrace that it should close.
Dave Hughes, Reading, UK
Libraries are the heart of a town, as Thomas Jefferson knew. The council has lost its way. Sarah Jones, Leeds
What a shame, my children learned to read there and now they will have nowhere to go.
Anon, Bristol
The BBC may edit your comments and cannot guarantee that all e-mails will be published.
"""


def _lines_marked(text: str, found: list[Furniture]) -> dict[str, bool]:
    return {line: _covered(found, text.index(line), text.index(line) + len(line)) for line in text.splitlines()}


def test_readers_comments_under_a_heading_are_furniture_and_the_story_is_not() -> None:
    marked = _lines_marked(COMMENTS, find_boilerplate(COMMENTS))
    for line, furniture in marked.items():
        assert furniture is not line.startswith(("The council", "Campaigners")), line
    assert any(f.kind == "comment" for f in find_boilerplate(COMMENTS))


def test_signed_contributions_without_a_heading_are_a_comment_section() -> None:
    text = COMMENTS.replace("Here is a selection of your comments.\n", "").replace(
        "The BBC may edit your comments and cannot guarantee that all e-mails will be published.\n", ""
    )
    marked = _lines_marked(text, find_boilerplate(text))
    for line, furniture in marked.items():
        assert furniture is not line.startswith(("The council", "Campaigners")), line


def test_the_article_resumes_after_the_last_signature() -> None:
    text = COMMENTS.replace(
        "The BBC may edit your comments and cannot guarantee that all e-mails will be published.\n",
        "The council will publish its final plans for the building in the summer, a spokesman said.\n",
    )
    marked = _lines_marked(text, find_boilerplate(text))
    assert marked["Anon, Bristol"]
    assert not marked["The council will publish its final plans for the building in the summer, a spokesman said."]


def test_a_heading_over_unsigned_contributions_marks_the_rest_of_the_page() -> None:
    text = "\n".join(line for line in COMMENTS.splitlines() if "," not in line or len(line) > 40) + "\n"
    marked = _lines_marked(text, find_boilerplate(text))
    assert marked["What a shame, my children learned to read there and now they will have nowhere to go."]
    assert not marked[COMMENTS.splitlines()[1]]


def test_an_article_quoting_people_by_name_age_and_town_stays_content() -> None:
    text = (
        "A fire destroyed a furniture warehouse in Leeds on Monday night, police said.\n"
        "John Smith, 54, from Leeds, said he heard a loud bang at about midnight and ran outside.\n"
        "Mary Brown, a neighbour, said the smoke could be seen for miles.\n"
        "Fire crews from three stations fought the blaze for six hours before it was out.\n"
        "Gary Hughes, Leeds\n"
        "The cause of the fire is not yet known, a fire service spokesman said.\n"
    )
    assert find_boilerplate(text) == []


def test_a_list_of_names_and_places_is_no_comment_section() -> None:
    text = (
        "The seeds for the tournament were announced on Monday after a long delay by the organisers.\n"
        "Roger Federer, Switzerland\n"
        "Rafael Nadal, Spain\n"
        "The draw will be made on Friday, with the first matches played next week in Paris.\n"
        "Andy Murray, Britain\n"
        "Novak Djokovic, Serbia\n"
    )
    assert find_boilerplate(text) == []


REPORTED = """Millions of people now play online role playing games, and some of them cannot stop.
Doctors say the number of players seeking help for gaming addiction has doubled in a year.
One player told the BBC that he had once played for thirty hours without a break.
"You lose track of time completely," said Tom Baker, who runs a support group in Leeds.
The games' makers say most players enjoy them without any harm, and point to parental controls.
"""
READERS = """I used to play every night after work and my girlfriend left me because of it.
I think the games are no worse than television, and my friends all play them too.
Nobody forces anyone to play for thirty hours, it is a question of self control.
My son plays for an hour a day and I see no harm in it at all, he does his homework first.
I gave up last year and I have never felt better, I even took up running with my brother.
When I was at school I played Ultima Online all through the holidays, those were the days.
"""


def test_unsigned_readers_contributions_closing_a_reported_story_are_furniture() -> None:
    text = REPORTED + READERS
    marked = _lines_marked(text, find_boilerplate(text))
    for line, furniture in marked.items():
        assert furniture is (line in READERS), line


def test_a_story_told_in_the_first_person_throughout_stays_content() -> None:
    opening = (
        "I have been writing about games for ten years and I have never seen anything like this.\n"
        "My inbox fills up every week with letters from parents who say their children have changed.\n"
        "I went to meet some of them, and what I found surprised me more than I expected it to.\n"
        "One mother told me that her son had not left his room for a fortnight, except to eat.\n"
    )
    assert find_boilerplate(opening + READERS) == []


def test_an_interview_of_answers_in_the_first_person_stays_content() -> None:
    answers = "".join(f"Richman: {line}\n" for line in READERS.splitlines())
    text = REPORTED + answers
    assert not any(f.kind == "comment" for f in find_boilerplate(text))


def test_names_in_readers_comments_are_no_actors(nlp: Language) -> None:
    from extractors.who import extract_who

    doc = nlp(COMMENTS)
    names = {a.name for a in extract_who(doc)}
    assert not names & {"Thomas Jefferson", "Jefferson", "Dave Hughes", "Sarah Jones", "Bristol"}, names


COLUMN = """I was born in a small town by the sea, and I have lived through three wars since then.
My father taught me that a free country does not lock up its citizens without a trial.
Now the government wants to hold suspects for months on the word of a minister alone.
I have never been a rebel, but I will not keep quiet about this, and neither should you.
If we give up our freedoms to fight our enemies, then our enemies have already won.
"""
REACTIONS = """An interesting article, but the writer forgets that the threats we face today are new.
I agree with Mr Halloway. The plans go far too far and they will not make us any safer.
The government has a duty to protect us, and sometimes that means hard choices for everyone.
I rarely find myself agreeing with him, but this time he is right about the courts and the law.
Well said. It is about time somebody stood up against these plans in public and said so.
"""


def test_readers_reactions_under_a_column_are_furniture() -> None:
    text = COLUMN + REACTIONS
    marked = _lines_marked(text, find_boilerplate(text))
    for line, furniture in marked.items():
        assert furniture is (line in REACTIONS), line


def test_a_column_that_agrees_with_someone_once_stays_content() -> None:
    text = COLUMN + (
        "I agree with Mr Halloway that the courts must decide, not the ministers of the day.\n"
        "He told me last week that he would fight the plans in Parliament and in the courts.\n"
        "We will see soon enough whether the country still values the freedoms it once fought for.\n"
    )
    assert find_boilerplate(text) == []


def test_reader_reaction_row_reads_its_examples_and_not_its_counter_examples() -> None:
    reaction = re.compile(READER_REACTION.pattern)
    assert all(reaction.match(e) for e in READER_REACTION.examples)
    assert not any(reaction.match(e) for e in READER_REACTION.counter)


def test_reader_signature_row_reads_its_examples_and_not_its_counter_examples() -> None:
    signature = re.compile(rf"(?:{READER_SIGNATURE.pattern})\s*$")
    assert all(signature.match(e) for e in READER_SIGNATURE.examples)
    assert not any(signature.match(e) for e in READER_SIGNATURE.counter)


def test_reporters_named_with_their_paper_in_a_transcript_are_no_readers() -> None:
    text = (
        "THE PRESIDENT. I will take your questions now, and I will try to be brief in my answers.\n"
        "Helen Thomas, United Press International\n"
        "Q. Mr. President, will you meet the Soviet leader this year, as your aides have suggested?\n"
        "THE PRESIDENT. We have no plans for such a meeting at this time, but we are open to one.\n"
        "Frank Cormier, Associated Press\n"
        "Q. Mr. President, what is your view of the tax bill that passed the House last week?\n"
    )
    assert not any(f.kind == "comment" for f in find_boilerplate(text))


def test_a_footnote_glued_to_its_mark_or_to_a_colon_is_furniture_and_the_paragraph_is_not() -> None:
    text = (
        "My friends and fellow members:,1Jane Roe, incoming chair of the Rowing Club.\n\n"
        "I met him in the days of his chairmanship.2,2 Chairs of the Rowing Club in the 1950's.\n\n"
        "We sailed home late. [Laughter],3Author of a sailing column.\n\n"
        "She thanked Tom Hale.4 I would like to hear his views.\n"
    )
    found = find_boilerplate(text)
    for note in ("1Jane Roe, incoming", "2 Chairs of the", "3Author of a"):
        at = text.index(note)
        assert _covered(found, at, text.index("\n", at))
    for kept in ("My friends", "I met him", "We sailed", "I would like"):
        at = text.index(kept)
        assert not _covered(found, at, at + len(kept))


NOTED_STORY = """The governor of Vermont signed a bill on Tuesday that raises the state's minimum wage to $15 by 2021.
Carla Winthrop via Getty Images.
Governor Alan Pryce said the increase would help 40,000 workers, and business groups said they would sue.
Editor’s note: Rupert Vance regularly insults Mexicans and Muslims and has pledged to deport 11 million people.
The bill passed the state Senate by 18 votes to 12 last month. Denise Okafor has that.
"""


def test_an_editors_note_and_a_credit_line_name_no_actors(nlp: Language) -> None:
    from extractors.who import extract_who

    names = {a.name for a in extract_who(nlp(NOTED_STORY))}
    assert "Alan Pryce" in names, names
    assert not names & {"Carla Winthrop", "Rupert Vance", "Mexicans", "Muslims", "Denise Okafor"}, names


CREDITS = (
    "Story by Tom Brandle\xa0Video produced by Kim OsterCinematography by Kim Oster and Lee VardyAssociate"
    " production by Jo Penn."
)
CREDITED = f"""The city council voted on Tuesday to close the old bridge to cars after engineers found cracks in it.
Mayor Ann Holt said the bridge would reopen to walkers and cyclists in the spring.
"We cannot wait for it to fall," Holt said.
{CREDITS}
Contributing: Rita Solano, Medill News Service.
Marc Dulles is senior city editor at The Harbour Gazette.
Twitter: @marcdulles.
"""


@pytest.mark.parametrize(
    "line",
    [
        CREDITS,
        "Contributing: Rita Solano, Medill News Service.",
        "Marc Dulles is senior city editor at The Harbour Gazette.",
        "Twitter: @marcdulles.",
    ],
)
def test_the_newsrooms_credits_under_a_story_are_furniture(line: str) -> None:
    start = CREDITED.index(line)
    found = find_boilerplate(CREDITED)
    assert _covered(found, start, start + len(line)), found
    assert not _covered(found, 0, 10)


def test_the_newsrooms_credits_give_no_actor(summarizer) -> None:
    names = {a.name for a in summarizer.summarize(Article(text=CREDITED)).who}
    assert "Ann Holt" in names, names
    assert not names & {"Tom Brandle", "Kim Oster", "Lee Vardy", "Jo Penn", "Rita Solano", "Marc Dulles"}, names
