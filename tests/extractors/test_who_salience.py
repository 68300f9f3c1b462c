"""who: the article's main actor comes first (lead doer, reporter, interviewee, title), and bare
titles link to the person they name."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import who_of


def test_the_lead_doer_comes_before_a_place_named_often(nlp: Language) -> None:
    text = (
        "Toyota Motor cut the price of its cars in China on Monday. Sales in China had fallen for a year, and "
        "dealers in China were empty. China is the biggest market for cars."
    )
    assert who_of(nlp, text)[0].name == "Toyota Motor"


def test_the_reporter_is_the_doer_when_the_reported_subject_is_no_actor(nlp: Language) -> None:
    text = (
        "JAKARTA, March 2 - Indonesia's exports of tea will rise this year, the U.S. Embassy said in a report. "
        "Indonesia plans to sell more tea to Europe. Indonesia's growers expect good prices."
    )
    assert who_of(nlp, text)[0].name == "U.S. Embassy"


def test_the_reporter_is_the_doer_of_a_pronoun_clause(nlp: Language) -> None:
    text = (
        'LONDON - British Foreign Secretary Boris Johnson said he was "horrified" by the shooting. '
        "Britain stood ready to help, Britain's embassy said."
    )
    assert who_of(nlp, text)[0].name == "Boris Johnson"


def test_unnamed_people_who_report_the_lead_are_a_group(nlp: Language) -> None:
    text = (
        "TOKYO, March 3 - Japan's unemployment rate will rise to 3.5 pct next year, senior economists, "
        "including Susumu Taketomi of Industrial Bank of Japan, said.\n\n"
        "The economists said the strong yen was hurting exporters."
    )
    first = who_of(nlp, text)[0]
    assert (first.name, first.type) == ("economists", "group")


def test_the_interviewee_is_the_main_actor(nlp: Language) -> None:
    text = (
        "Wikinews: How did you come to study anemones?\n\n"
        "Marymegan Daly: Frank Rack got in touch after they returned from Antarctica.\n\n"
        "Wikinews: What was your first reaction?\n\n"
        "Marymegan Daly: I was amazed and really excited by what Frank Rack found.\n\n"
        "Wikinews: Will you go there yourself?\n\n"
        "Marymegan Daly: I would love to, but ship time is expensive."
    )
    assert who_of(nlp, text)[0].name == "Marymegan Daly"


def test_the_title_names_who_the_story_is_about(nlp: Language) -> None:
    text = "Shares fell sharply in London on Tuesday. A failed drug trial hit AstraZeneca hard. HSBC rose 2%."
    assert who_of(nlp, text)[0].name != "AstraZeneca"
    assert who_of(nlp, text, title="AstraZeneca hit by drug failure")[0].name == "AstraZeneca"


def test_a_bare_title_links_to_the_one_person_named_just_before(nlp: Language) -> None:
    text = (
        "A new book says the prime minister went back on a pledge to Gordon Brown to stand down. "
        "The chancellor has said he is focused on winning the election."
    )
    brown = next(a for a in who_of(nlp, text) if a.name == "Gordon Brown")
    assert "chancellor" in brown.titles


def test_someones_spokesman_is_not_a_named_person(nlp: Language) -> None:
    text = "Tony Blair met Gordon Brown on Monday. Mr Blair's spokesman said the talks had gone well."
    assert all("spokesman" not in a.titles for a in who_of(nlp, text))


def test_a_source_the_lead_introduces_by_a_description_is_the_one_named_next(nlp: Language) -> None:
    text = (
        "Millions of textile workers will lose their jobs under new trade rules, a charity has warned.\n\n"
        "The World Trade Organisation will end its quota system on 31 December. Christian Aid condemned the "
        "move, saying it would cost a million jobs in Bangladesh alone."
    )
    assert who_of(nlp, text)[0].name == "Christian Aid"


_MATCH = (
    "Kowalski beat Lindqvist 6-3 6-2 in the final on Sunday.\n\nLindqvist served well early on. Lindqvist "
    "won the first four points. Lindqvist then tired. Lindqvist double-faulted twice. Lindqvist lost his "
    "serve. Lindqvist argued with the umpire. Lindqvist smashed a racket. Lindqvist apologised later."
)


def test_the_lead_doer_comes_before_the_one_named_most(nlp: Language) -> None:
    # the inverted pyramid: the lead's main clause says who did the news, the rest tells the detail
    assert who_of(nlp, _MATCH)[0].name == "Kowalski"


def test_the_actor_a_title_opens_on_comes_first(nlp: Language) -> None:
    # the editor's own choice outranks even the lead's doer
    assert who_of(nlp, _MATCH, "Lindqvist loses the final in Madrid")[0].name == "Lindqvist"


def test_a_title_opening_on_a_clause_or_a_demonym_names_no_main_actor(nlp: Language) -> None:
    assert who_of(nlp, _MATCH, "As Lindqvist sulks, a new era begins")[0].name == "Kowalski"
    text = (
        "A plane carrying ten American tourists crashed in Costa Rica on Sunday, Costa Rica's government said. "
        "Costa Rica sent rescue teams. The US embassy said it was in touch with families of the Americans."
    )
    assert who_of(nlp, text, "10 American tourists killed in plane crash in Costa Rica")[0].name == "Costa Rica"


def test_a_person_named_right_after_the_title_opener_is_its_subject(nlp: Language) -> None:
    text = (
        "Rich Dauer, the Astros first base coach, was hurt at the parade. The Astros said the Astros would "
        "support him, and the Astros players visited. The Astros won the World Series last week."
    )
    assert who_of(nlp, text, "Astros coach Rich Dauer escaped death")[0].name == "Rich Dauer"


def test_the_reporter_of_the_lead_outranks_the_title_opener(nlp: Language) -> None:
    text = (
        "TOKYO, March 3 - Japan's unemployment rate will rise to 3.5 pct, senior economists said. "
        "The rate was 2.9 pct in December. Japan's jobless rate has never been so high."
    )
    assert who_of(nlp, text, "Japan's Unemployment Rate Seen Rising")[0].name == "economists"


def test_a_place_named_only_as_the_setting_ranks_below_those_who_act(nlp: Language) -> None:
    text = (
        "Protesters marched in Peru on Saturday. Shops in Peru closed early, and police in Peru blocked the "
        "bridges. Banks in Peru stayed shut. Marie Dubois, the union leader, organised the march in Peru."
    )
    names = [a.name for a in who_of(nlp, text)]
    assert names.index("Peru") > max(names.index("Marie Dubois"), names.index("protesters"))


def test_a_country_that_acts_is_not_a_mere_setting(nlp: Language) -> None:
    text = (
        "Chile said on Monday it would cut its copper output. Chile is the largest producer. "
        "Traders in London said prices rose. Traders in London expect more cuts."
    )
    assert who_of(nlp, text)[0].name == "Chile"


def test_the_title_country_stands_for_its_authorities_doing_the_lead(nlp: Language) -> None:
    text = (
        "Chilean authorities have seized more than 300 farms as part of a land reform. Under a 2001 law, the "
        "government can seize unused land. Landowners in Chile say the reform will hurt Chile's economy."
    )
    first = who_of(nlp, text, "Chile seizes idle farms")[0]  # the authorities are Chile as an actor (who v34)
    assert first.name == "Chile" and "Chilean authorities" in {m.text for m in first.mentions}


def test_the_doer_of_the_lead_outranks_a_country_named_more_often(nlp: Language) -> None:
    text = (
        "The World Bank has raised its forecast for Brazil's growth, citing strong exports.\n\n"
        "Brazil's economy grew by 5% last year. Brazil has paid down its foreign debt, and Brazil's central "
        "bank holds large reserves. Brazilian bonds rallied after the news. Brazil sells more soy than ever, "
        "and Brazil's farms are thriving."
    )
    assert who_of(nlp, text)[0].name == "World Bank"


def test_a_name_in_a_clause_of_the_lead_subject_is_not_the_lead_doer(nlp: Language) -> None:
    text = (
        "Farmers who sell milk to Tesco will earn more under a new scheme.\n\n"
        "The National Farmers Union backs the scheme. The National Farmers Union has campaigned for years. "
        "Robert Hale, of the National Farmers Union, said the deal was fair."
    )
    names = [a.name for a in who_of(nlp, text)]
    # the lead's doer is the farmers (a group, "+3"), not the name in their clause
    assert names[0] != "Tesco" and names.index("National Farmers Union") < names.index("Tesco")


def test_the_interviewer_ranks_below_the_people_interviewed(nlp: Language) -> None:
    text = (
        "Wikinews: How did the band start?\n\n"
        "Anna Berg: We met at school and began to play together.\n\n"
        "Wikinews: What comes next?\n\n"
        "Tom Lind: A tour in the spring, and then a new record.\n\n"
        "Wikinews: Where will you play?\n\n"
        "Anna Berg: In Oslo first, and then across Europe."
    )
    names = [a.name for a in who_of(nlp, text, "Wikinews interviews Anna Berg and Tom Lind")]
    assert names[:2] == ["Anna Berg", "Tom Lind"]


def test_the_agent_of_a_passive_lead_is_its_doer(nlp: Language) -> None:
    text = (
        "A new video relay service for deaf callers is being tested by the Royal National Institute for Deaf "
        "People.\n\nOfcom will review the cost of the service. Ofcom said it would report next year, and Ofcom "
        "has asked phone companies for their views."
    )
    assert who_of(nlp, text)[0].name == "Royal National Institute for Deaf People"


def test_the_lead_doer_comes_before_a_person_the_title_names(nlp: Language) -> None:
    # the title names the one the news is about, the lead's main clause the one who acts: the doer leads
    text = (
        "An inquiry by the Harbour Ethics Council is under way after claims that Tom Vance insulted a reporter.\n\n"
        "Mr Vance, the harbour mayor, has refused to apologise. He told the Daily Courant that he had done nothing "
        "wrong. He said the reporter had provoked him. Vance added that he would keep his post. Tom Vance has led "
        "the town since 2019."
    )
    assert who_of(nlp, text, "Inquiry opened into Vance remarks")[0].name == "Harbour Ethics Council"


def test_a_lead_that_only_names_its_source_does_not_put_the_source_first(nlp: Language) -> None:
    text = (
        "Twelve hostages held in the hills have been freed, government spokesman Ivo Marek said.\n\n"
        "The Dobra Liberation Army had held them since May. The Dobra Liberation Army released them near the "
        "border. The Dobra Liberation Army has kidnapped traders before and has asked for money each time. "
        "The Dobra Liberation Army controls the roads in the north. The Dobra Liberation Army denies the kidnappings."
    )
    assert who_of(nlp, text)[0].name == "Dobra Liberation Army"


def test_a_lead_that_names_no_one_leaves_its_doer_to_the_next_sentence(nlp: Language) -> None:
    # delayed identification: the lead tells what happened, the next sentence names who
    text = (
        "Talks on a new fishing pact have been extended into a third day, with tempers rising over the quotas.\n\n"
        "The annual meeting of the Nordic Fisheries Commission (NFC) was called to set the catch for next year. "
        "Norway wants a larger share. Norway says its boats have lost money. Norway has threatened to leave. "
        "Norway's fleet is the largest in the region."
    )
    assert who_of(nlp, text)[0].name == "Nordic Fisheries Commission"


def test_a_body_the_lead_describes_is_named_by_the_next_sentence(nlp: Language) -> None:
    text = (
        "The body that speaks for the country's bakers has launched a campaign against cheap imported bread.\n\n"
        "The Guild of Master Bakers' new campaign asks shoppers to buy local loaves. "
        "Chair Hilda Brook said sales had fallen. Brook said prices were too low. Brook added that she was hopeful. "
        "Hilda Brook has run a bakery for thirty years."
    )
    assert who_of(nlp, text)[0].name == "Guild of Master Bakers"


def test_a_body_the_lead_names_outranks_a_person_who_acts_only_later(nlp: Language) -> None:
    # being the subject of a verb weighs once, by the mention's role and place, not again as a flat bonus
    text = (
        "Corvan Mining has halted work at its Dunmore pit after talks with the Pell Institute.\n\n"
        "The pit had been warned of flooding by the Pell Institute. Engineers from the Pell Institute visited the "
        "site last week, and a report by the Pell Institute is due in May.\n\n"
        "In the town, the mood was calm. Mayor Ada Fenn opened the spring fair on Saturday. Fenn praised the miners. "
        "Fenn thanked the teachers."
    )
    names = [a.name for a in who_of(nlp, text)]
    assert names[:3] == ["Corvan Mining", "Pell Institute", "Ada Fenn"]


def test_a_pronoun_far_from_the_last_name_weighs_for_no_one(nlp: Language) -> None:
    # "he", eleven sentences after Tom Reed, is the unnamed driver, not the founder named once
    text = (
        "Zenco recalled 5,000 buses on Monday after brake faults. The firm's founder, Tom Reed, built its first "
        "bus in 1950. Zenco bought the brakes from Brandt Motors, a German supplier. Brandt Motors said it would "
        "test the parts. Zenco will repair the buses for free. Zenco shares fell 4% in London. The recall covers "
        "buses built since 2019. Owners will get letters this month. Repairs take about two hours. Spare parts "
        "are in stock. The faults were found in tests in March. Regulators were told in April. One driver in "
        "Leeds said the brakes failed on a steep hill last week. He said he was scared. He stopped the bus with "
        "the handbrake. He has driven buses for twenty years. He wants the firm to replace the buses."
    )
    assert [a.name for a in who_of(nlp, text)][:3] == ["Zenco", "Brandt Motors", "Tom Reed"]


def test_a_pronoun_right_after_a_name_weighs_for_that_person(nlp: Language) -> None:
    text = (
        "Zenco recalled 5,000 buses on Monday after brake faults. Zenco bought the brakes from Brandt Motors. "
        "Brandt Motors said it would test the parts. Driver Ann Lee said the brakes failed on a hill. She said "
        "she was scared. She stopped the bus with the handbrake. She wants the firm to replace the buses."
    )
    assert [a.name for a in who_of(nlp, text)][:2] == ["Zenco", "Ann Lee"]
