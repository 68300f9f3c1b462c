"""Page furniture: the lines and segments of a scraped news page that are not the article.

Each rule is a named row: the kind of furniture, a regular expression, how far the furniture
reaches from a match, and examples it must mark (and counter-examples it must not), which the
tests check. The rules are hand-kept from the layouts of the common news sites (BBC, AP, Reuters,
USA Today, NPR, CNN, the Guardian, the Mail, the Sun, the Express, the Washington Post, the New
York Times): captions and photo credits, share and subscribe prompts, bylines and reporting
credits, "Related" and "Read more" links, copyright notices, embedded posts, advertisements and
timestamps; and readers' comment sections (their heading or prompt here, the contributions under
it read by the engine from the signature rows below).

Reach (``extent``):

- ``line``: the pattern matches at the start of a line (after its indentation) and the whole line
  is furniture, if the line is at most ``max_line`` characters long (a long line is prose that
  happens to start like furniture);
- ``start``: the pattern matches at the start of a line and the match alone is furniture (a
  dateline before the lead);
- ``line_end``: the same, for a pattern found anywhere in the line (most end in ``$``: a credit that
  closes a caption); it should open on a literal, so that finding it is fast;
- ``rest``: from a match anywhere to the end of its line; a rest longer than ``max_line`` is cut at
  its first sentence end, or, with none, only the match is furniture (one-line texts);
- ``match``: the match alone, anywhere; or, when the pattern has a group named ``f``, that group alone (the
  characters read before it only place it: a sentence's end before a sign-off, so that the pattern opens on a
  character it reads rather than on a look-behind, which would be tried at every position of the text).

Patterns run over the whole text in multi-line mode (``$`` is a line's end) and are written
without nested unbounded quantifiers, so that matching stays linear in the length of the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from extractors.lexicons.dates import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS

FurnitureKind = Literal[
    "caption",
    "credit",
    "share",
    "byline",
    "dateline",
    "related",
    "timestamp",
    "advert",
    "copyright",
    "embed",
    "repeat",
    "comment",
    "footnote",
    "list",
    "menu",
]
Extent = Literal["line", "start", "line_end", "rest", "match"]


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    """One kind of page furniture: what it is, how to find it, how far it reaches, examples."""

    name: str
    kind: FurnitureKind
    pattern: str
    extent: Extent
    examples: tuple[str, ...]
    counter: tuple[str, ...] = ()
    max_line: int = 300
    # literal strings one of which every match holds: a rule found anywhere (not a ``line`` rule) is
    # run only on a text that holds one (a fast guard; empty: always run)
    cues: tuple[str, ...] = ()


# Names that credit a picture at the start of a caption line ("GETTY The station was launched",
# "Reuters The attack was ...", "AP:Associated Press Women comfort ..."): picture agencies, wire
# services and the social networks whose posts are shown as pictures.
PICTURE_CREDITS: tuple[str, ...] = (
    "GETTY",
    "Getty Images",
    "Getty - Contributor",
    "Getty",
    "REUTER",
    "AP:Associated Press",
    "Associated Press",
    "AP",
    "AFP or licensors",
    "EPA or licensors",
    "AFP",
    "Reuters",
    "REUTERS",
    "EPA",
    "EFE",
    "PA",
    "PA Wire",
    "PA Images",
    "Rex Features",
    "Fame Flynet",
    "REX/Shutterstock",
    "Rex",
    "REX",
    "Shutterstock",
    "Alamy",
    "Barcroft Media",
    "Splash News",
    "Backgrid",
    "BACKGRID",
    "SWNS",
    "Twitter",
    "Facebook",
    "Instagram",
    "YouTube",
)

# Sharing targets listed after "Share this with" on a page.
SHARE_TARGETS: tuple[str, ...] = (
    "Email",
    "Facebook",
    "Messenger",
    "Twitter",
    "Pinterest",
    "WhatsApp",
    "LinkedIn",
    "Reddit",
    "Copy this link",
)

_CREDITS = "|".join(PICTURE_CREDITS)
_TARGETS = "|".join(SHARE_TARGETS)
# calendar names from the dates lexicon, capitalised as on a page, longest first
_MONTH = "(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + ")\\.?"
_WEEKDAY = (
    "(?:"
    + "|".join(sorted((d.capitalize() for d in (*WEEKDAYS, *WEEKDAY_ABBREVIATIONS)), key=len, reverse=True))
    + ")\\.?"
)
_DATE = rf"(?:\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}},? \d{{4}})"
_TIME = r"(?:\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?|\d{1,2} ?[ap]\.m\.(?: [A-Z]{2,4})?)"
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_FULL_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"

_AGENCIES = r"AP|Reuters|REUTERS|AFP|CNN|UPI|dpa|DPA|Xinhua|PA|Bloomberg|IANS|PTI|ANI|CNS"
# broadcasters whose reporters sign off a report ("Jim Doe, VOA News, Miami.") or are handed it ("Here's ABC's
# Ned Doe."), and the literals one of which such a text holds; a reporter's name as signed (a transcript may
# write it in lower case: "pierre doe, CNN, Washington.")
_BROADCASTERS = r"VOA|ABC|CBS|NBC|CNN|NPR|BBC|PBS|CBC|ITN|Sky News|Fox News|Voice of America"
_BROADCASTER_CUES = (
    "VOA",
    "ABC",
    "CBS",
    "NBC",
    "CNN",
    "NPR",
    "BBC",
    "PBS",
    "CBC",
    "ITN",
    "Sky",
    "Fox",
    "Voice of",
    "I'm",
)
# a title's abbreviation inside a sentence ("reports on Mr. Blair's visit"): its full stop ends no sentence
_TITLE_ABBREVIATION = r"(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col)\. "
# one sentence of a wire story's reporters' credits: "[Associated Press writer] Jill Doe contributed from Albuquerque."
_CREDITED = (
    r"(?:(?:Associated Press|AP|Reuters|[A-Z][\w'’-]*) (?:writers?|reporters?|correspondents?) )?"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:reported|contributed(?: reporting)?) (?:from|in)"
    r" [A-Z][\w'’-]*(?:,? [A-Z][\w'’.-]*){0,3}\.?"
)
_REPORTER = r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}|[a-z]{2,} [a-z]{2,})"

FURNITURE_RULES: tuple[FurnitureRule, ...] = (
    # ------------------------------------------------------------------ datelines
    FurnitureRule(
        "dateline",
        "dateline",
        # "LONDON, March 1 -", "AKRON, Ohio, March 2 -", "SEOUL, South Korea —", "NEW YORK (AP) -"
        rf"[A-Z][A-Z.'-]{{2,}}(?: [A-Z][A-Z.'-]+){{0,3}}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+){{0,2}}){{0,2}}"
        # (wire copy: the dash or the underscore of the wire's ASCII alone on its line, or glued to the agency:
        # "HAVANA (AP) --", "NAIROBI, August 21 (Xinhua) --", "MIAMI _", "ISTANBUL, Turkey (AP)_ Some 1,500 ...")
        rf"(?:,? {_MONTH} \d{{1,2}})?(?: \((?:{_AGENCIES})\))? ?(?:--|[-—–_])(?= |$)",
        "start",
        (
            "LONDON, March 1 - Talks resumed.",
            "AKRON, Ohio, March 2 - B.F. Goodrich Co said",
            "WASHINGTON — The",
            "HAVANA (AP) --",
            "NAIROBI, August 21 (Xinhua) --",
            "MIAMI _",
            "ISTANBUL, Turkey (AP)_ Some 1,500 ethnic Albanians marched on Sunday.",
            "INDEPENDENCE, MO. (AP)--",
        ),
        ("NATO-led troops arrived on Monday.", "US-China talks resumed.", "UK - the vote", "AP reported it on Monday."),
    ),
    FurnitureRule(
        "dateline with agency",
        "dateline",
        # the same in mixed case, which only the agency tells from a sentence: "Mexico City (AFP) –", "Cleveland
        # (AFP) – Republicans began ..."
        rf"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){{0,3}}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+){{0,2}}){{0,2}}"
        rf"(?:,? {_MONTH} \d{{1,2}})? \((?:{_AGENCIES})\) ?(?:--|[-—–_])(?= |$)",
        "start",
        ("Mexico City (AFP) – Mexico's top anchor said on Monday.", "Cleveland (AFP) – Republicans began the vote."),
        ("Reuters said the deal (AP) was off.", "Shares rose (AP - Reuters) on Monday."),
    ),
    FurnitureRule(
        "year credit",
        "credit",
        # a picture's copyright whose sign the scraper lost: "2015 Future Publishing A new update ..."
        r"(?:© ?)?(?:19|20)\d\d (?:[A-Z][\w&'-]+ ){0,3}"
        r"(?:Publishing|Media|Images|Press|Pictures|Photography|Ltd|Limited)\b",
        "start",
        ("2015 Future Publishing A new PS4 update is incoming", "2018 Getty Images"),
        ("2015 was a record year for the company.",),
    ),
    FurnitureRule(
        "year credit opens caption",
        "caption",
        # the same credit opening a caption that ends without a stop: the whole line is the caption
        r"(?:© ?)?(?:19|20)\d\d (?:[A-Z][\w&'-]+ ){0,3}"
        r"(?:Publishing|Media|Images|Press|Pictures|Photography|Ltd|Limited) [A-Z][^\n]*[^.!?\n ]$",
        "line",
        ("2015 Future Publishing A new PS4 update is incoming, and you can get early access with Sony's beta scheme",),
        max_line=250,
    ),
    FurnitureRule(
        "agency opener",
        "dateline",
        rf"\((?:{_AGENCIES})\)(?: ?(?:--|[-—–]))?",
        "start",
        ("(CNN) In a major show of defiance, North Korea fired a missile.", "(AP) — The storm hit."),
    ),
    # ------------------------------------------------------------------ captions and picture credits
    FurnitureRule(
        "bbc caption",
        "caption",
        r"(?:Image|Media|Picture|Video) caption\b",
        "rest",
        ("Image caption Theresa May met the Queen", "Media caption Watch: the moment the bridge fell"),
        ("The image caption was wrong, the paper admitted.",),
        cues=(" caption",),
    ),
    FurnitureRule(
        "image copyright",
        "credit",
        rf"Image (?:copyright|source),? (?:{_NAME})?",
        "match",
        ("Image copyright Getty Images", "Image source, Reuters"),
        cues=("Image ",),
    ),
    FurnitureRule(
        "toggle caption",
        "caption",
        r"(?:Enlarge this image|toggle caption|Hide Caption|Play slideshow)\b",
        "rest",
        (
            "Enlarge this image toggle caption Oliver Berg/EPA /Landov Oliver Berg/EPA /Landov",
            "NASA space station Mon, July 18, 2016 NASA space station. Play slideshow Getty Images 1 of 35",
        ),
        cues=("Enlarge this image", "toggle caption", "Hide Caption", "Play slideshow"),
    ),
    FurnitureRule(
        "gallery caption",
        "caption",
        r"\bHide Caption \d+ of \d+$",
        "line_end",
        ("Photos: Mass shooting at Las Vegas music festival Hide Caption 10 of 30",),
        cues=("Hide Caption",),
    ),
    FurnitureRule(
        "credit opens caption",
        "caption",
        # a credit, then a caption starting with a capital: lower-case words follow, no full stop ends it (nor one
        # inside closing quotes: 'Reuters Holdings said ... termed an "amicable split."' is a story's lead)
        rf"(?:{_CREDITS})(?: ?[-/:] ?[A-Z][a-z]+)? [A-Z]\S* (?:[A-Z]\S* ){{0,4}}[a-z][^\n]*[^.\n ](?<![.?!][\"”’'])$",
        "line",
        (
            "GETTY The Tiangong-1 Chinese space station was launched into orbit in 2011",
            "Getty - Contributor Beta testers will get world-first access to features",
            "Reuters The attack was the worst act of terror in the country since November",
            "AP:Associated Press Women comfort one another close to the scene of the tragedy",
            "Twitter Bodies were seen being wrapped up in sheets in the streets",
        ),
        (
            "Reuters reported the attack on Friday.",
            "Twitter Inc said on Friday it would cut jobs.",
            'Reuters Group said its editor quit, a step it called a "friendly parting."',
            "Facebook Buys Instagram For $1 Billion",
        ),
        max_line=250,
    ),
    FurnitureRule(
        "credit line",
        "credit",
        rf"(?:{_CREDITS}|Photo|Photos|Video|Image)(?: ?[-/,] ?(?:{_CREDITS})){{0,4}}$",
        "line",
        ("Reuters", "Getty Images", "AP - AFP", "Photo", "Video"),
        ("Reuters said.",),
    ),
    FurnitureRule(
        "photo credit",
        "credit",
        r"\((?:[A-Z]{2,6} )?(?:Photo|Photograph|Picture|Image|Credit|Courtesy)(?: by |: | of |/)[^()\n]{1,80}\)",
        "match",
        (
            "(Photo: Evan Vucci, AP)",
            "(Courtesy of Cincinnati Zoo and Botanical Garden)",
            "(AP Photo/Thibault Camus, File)",
        ),
        ("The hall (photography is banned inside) was full.",),
    ),
    FurnitureRule(
        "caption ending in a credit",
        "caption",
        # the whole line is a caption when it ends with its picture's credit
        r"\((?:Photo|Photograph|Picture|Image|Credit|Courtesy)(?: by|:| of) [^()\n]{1,80}\)$"
        r"|\([Ff]ile (?:photo|image)\)$"
        r"|\b(?:Photograph|Photo|Picture|Credit): [A-Z][^\n.]{1,60}$"
        r"|\[(?:Photo|Photos|Image)(?:/| by | provided to )[^\[\]\n]{1,60}\]$",
        "line_end",
        (
            "Broadcom CEO Hock Tan announced the move. (Photo: Evan Vucci, AP)",
            "Farmers harvest rice in a field in Hunan province on Sept 3, 2017. [Photo/Agencies]",
            "The rocket lifts off from its launch pad in Xichang in 2007. Photograph: Getty Images",
            "The trains collided in the tunnel between Manhattan and Queens (file photo)",
        ),
        max_line=400,
        cues=("Photo", "Picture", "Image", "Credit", "Courtesy", "ile photo", "ile image"),
    ),
    FurnitureRule(
        "caption label",
        "caption",
        r"(?:Pictured|Caption|Above|Top|Below|Left|Right|PHOTO|Photo|IMAGE): |Pictured(?: above| here)?, ",
        "line",
        (
            "Pictured: the suspect leaving court on Monday",
            "Left: Google HDR+ // Right: HDR+ with Pixel",
            "Pictured, the lens galaxy at the centre and four quasars around it",
        ),
        ("Above all, the minister said, the plan must work.", "Pictured as a hero, he never felt like one."),
        max_line=200,
    ),
    FurnitureRule(
        "file photo caption",
        "caption",
        # AP: "FILE - In this <date> file photo, ...", "This <date> photo made available by X shows ..."
        rf"FILE ?(?:--|[-—–]) |In this (?:[\w,.]+ ){{0,8}}(?:file )?photo\b"
        rf"|This (?:{_MONTH} \d{{1,2}},? \d{{4}},?|undated|handout) (?:file )?(?:photo|image)\b",
        "line",
        (
            "FILE - In this Sept. 30, 2016, file photo, Singer Rihanna poses for photographers in Paris.",
            "In this Jan. 5, 2018 photo, a crowd gathers outside the court.",
            "This Dec. 28, 2017 photo made available by SpaceX shows a Falcon Heavy rocket in Cape Canaveral, Fla.",
        ),
        ("This photo shows that the minister was there, the lawyer said.",),
        max_line=400,
    ),
    FurnitureRule(
        "photographer credit",
        "caption",
        # a caption closed by its credit, photographer and agency: "(Joe Raedle/Getty Images)"
        r"\([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:/[A-Z][^()/\n]{1,40}){1,4}\)$",
        "line_end",
        (
            "Police cordon off the area at the Brandenburg Gate in Berlin. (Hayoung Jeon/EPA)",
            "Sarah Silverman said she split from Michael Sheen. (Jordan Strauss/Jordan Strauss/Invision/AP)",
        ),
        ("The deal was approved by the regulator (the Competition and Markets Authority).",),
        max_line=400,
        cues=("/",),
    ),
    FurnitureRule(
        "credit line",
        "credit",
        # a picture's credit on a line of its own under the caption: the photographer (or the lender) and the
        # agency ("Scott Doe via Getty Images.", "Jim Doe / Reuters.", "John Doe/Getty Images.")
        rf"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}} ?(?:via |/ ?)(?:{_CREDITS})\.?$",
        "line",
        ("Scott Doe via Getty Images.", "Jim Doe / Reuters.", "John Doe/Getty Images.", "Bloomberg via Getty Images."),
        ("He posted the picture via Twitter.", "The photos were sold via Getty Images to 40 papers."),
        max_line=80,
    ),
    FurnitureRule(
        "position in the picture",
        "caption",
        # who stands where in the picture, in a line that ends no sentence: "X (left) and Y (right) were ..."
        r"\((?:left|right|centre|center|pictured|above|below|top|bottom|inset"
        r"|second (?:left|right)|far (?:left|right))\)"
        # ("i(?<!\wi)s" is "\bis" opening on a letter: a pattern that opens on "\b" is tried at every position)
        r"(?=[^\n]*[^.!?:;\"”’'\n ]$)|[,;] (?:pictured|seen)(?: [^.\n]{0,60})?$|i(?<!\wi)s pictured$",
        "line_end",
        (
            "Marquis Teague (left) and teammate Trahson Burrell (right) were accused of stealing blankets",
            "Police are investigating 359 assaults on New Year's Eve close to the cathedral, pictured",
            "Cardi B was a former stripper with a massive social media following; seen in December",
        ),
        (
            "Marquis Teague (left) and Trahson Burrell (right) were accused of stealing blankets.",
            "The minister, pictured on Monday, said the plan would work.",
        ),
        max_line=400,
        cues=("(", "pictured", "seen"),
    ),
    FurnitureRule(
        "video widget",
        "advert",
        r"(?:JUST WATCHED|MUST WATCH|Replay More Videos|Newsletter Sign Up)\b",
        "rest",
        (
            "JUST WATCHED The weapon that makes N. Korea more dangerous Replay More Videos ...",
            "Newsletter Sign Up Continue reading the main story Please verify you're not a robot",
        ),
        cues=("JUST WATCHED", "MUST WATCH", "Replay More Videos", "Newsletter Sign Up"),
        max_line=600,
    ),
    FurnitureRule(
        "scroll for video",
        "advert",
        r"(?:Scroll (?:down )?for (?:video|more)|Media playback is unsupported on your device|\+ show all)\b",
        "line",
        ("Scroll down for video", "Scroll for video", "+ show all Nasa's most stunning pictures of space"),
    ),
    # ------------------------------------------------------------------ advertisements and page widgets
    FurnitureRule(
        "advertisement",
        "advert",
        r"(?:Advertisement|ADVERTISEMENT|Sponsored|Story continues below|Continue reading (?:the main story|below))"
        r"(?: Continue reading the main story)?$",
        "line",
        ("Advertisement Continue reading the main story", "Advertisement", "Story continues below"),
    ),
    FurnitureRule(
        "save button",
        "advert",
        r"(?:Save){2,8}$",
        "line",
        ("SaveSave", "SaveSaveSaveSave"),
    ),
    FurnitureRule(
        "video card",
        "advert",
        # USA Today: "CLOSE <video blurb> <video source>"; CNBC: "<title> 11:03 AM ET Fri, 29 Dec 2017 | 00:40"
        r"^CLOSE [A-Z]|\| \d{1,2}:\d{2}$",
        "line_end",
        (
            "CLOSE A potential mega-merger between Broadcom and Qualcomm is likely to face scrutiny. Newslook",
            "Ripple's XRP just soared more than 30% 11:03 AM ET Fri, 29 Dec 2017 | 00:40",
        ),
        ("CLOSE to the border, the town waited.",),
        cues=("CLOSE ", "| "),
    ),
    # ------------------------------------------------------------------ share and subscribe prompts
    FurnitureRule(
        "share this",
        "share",
        rf"Share (?:this|on|via|the story|this story|this article)(?: with)?\b(?:,? (?:{_TARGETS})){{0,9}}",
        "match",
        ("Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn", "Share on Facebook"),
        ("Share prices fell on Monday.",),
        cues=("Share ",),
    ),
    FurnitureRule(
        "read or share",
        "share",
        r"(?:Read or Share this story|Share this story|Click to share|Copy this link|Close share panel)\b",
        "rest",
        ("Read or Share this story: https://usat.ly/2s9vKKy",),
        cues=("Share this story", "Click to share", "Copy this link", "Close share panel"),
    ),
    FurnitureRule(
        "updates to your inbox",
        "share",
        r"Get (?:[\w-]+ ){0,3}(?:updates|news|alerts|stories|emails)(?: \w+){0,3} (?:directly |straight )?"
        r"(?:to|in) your inbox(?: \+ Subscribe)?",
        "match",
        ("Get politics updates directly to your inbox + Subscribe", "Get the latest news in your inbox"),
        cues=("inbox",),
    ),
    FurnitureRule(
        "subscribe",
        "share",
        r"(?:\+ )?(?:Subscribe|Sign up|Sign Up|Register)(?: now| today| here)?(?: (?:to|for) [^\n]{0,60})?$",
        "line",
        ("Subscribe to Updates", "+ Subscribe", "Sign up for our daily newsletter"),
        ("Subscribers to the service rose 5%.",),
        max_line=100,
    ),
    FurnitureRule(
        "follow us",
        "share",
        r"(?:Like us on Facebook|Follow us on (?:Twitter|Facebook|Instagram)|Follow (?:[\w.-]+ ){0,6}on "
        r"(?:Twitter|Facebook|Instagram)|Follow @\w+|Join the conversation|Craving even more\?)",
        "line",
        (
            "Follow USA TODAY reporter Mike Snider on Twitter: @MikeSnider.",
            "Craving even more? Like us on Facebook or Follow us on Twitter.",
            "Follow @BBCPolitics",
        ),
        ("Follow the money, the senator said.",),
        max_line=200,
    ),
    FurnitureRule(
        "story tips",
        "share",
        r"(?:We pay for your stories|Do you have a story for|Got a story\? Email|Have a suggestion on how we can"
        r"|Please verify you're not a robot|Invalid email address|You must select a newsletter)",
        "line",
        ("We pay for your stories! Do you have a story for The Sun Online news team? Email us at tips@the-sun.co.uk",),
    ),
    FurnitureRule(
        "external links",
        "share",
        r"These are external links and will open in a new window|The BBC is not responsible for the content "
        r"of external (?:internet )?sites\.?|Allow (?:Twitter|Instagram|Facebook|YouTube) content\?",
        "match",
        ("These are external links and will open in a new window",),
        cues=("external", "Allow "),
    ),
    # ------------------------------------------------------------------ bylines and reporting credits
    FurnitureRule(
        "byline",
        "byline",
        rf"By {_FULL_NAME}(?: and {_FULL_NAME})?(?:,? (?:(?:For|for|of|in) )?[A-Z][\w&' -]{{0,40}}(?:\.[a-z]{{2,3}})?)?"
        r"(?: \| [^\n]{0,80})?$",
        "line",
        ("By Ali Sawafta", "By Malcolm Foster", "By Laura Kuenssberg, BBC political editor"),
        (
            "By Monday the fire was out.",
            "By law, the company must report its losses.",
            "By Friday, Apple had sold 2 million phones.",
        ),
        max_line=120,
    ),
    FurnitureRule(
        "byline with outlet",
        "byline",
        r"[A-Z][\w'’-]+ [A-Z][\w'’-]+, [\w.-]+\.(?:com|ca|co\.uk|org|net)$",
        "line",
        ("Daksha Rangan, CTVNews.ca",),
    ),
    FurnitureRule(
        "broadcast sign-off",
        "byline",
        # a broadcast report closed by its reporter, the newsroom and the place it was filed from ("Jim Doe, VOA
        # News, Miami.", "Lisa Doe ABC news Washington", "pierre doe, CNN, Washington."), or by the program's
        # "For The World, I'm Nancy Doe in Washington." (a sentence of its own: the report's last words)
        rf"[.!?\"”’'\n] ?(?P<f>{_REPORTER}, (?:{_BROADCASTERS})(?: [Nn]ews)?"
        rf"(?:, (?:the |in )?[A-Za-z][\w'’. -]{{0,40}})?\.?$"
        rf"|{_FULL_NAME} (?:{_BROADCASTERS}) [Nn]ews,? [A-Z][\w'’. -]{{0,40}}$"
        rf"|For (?:(?:{_BROADCASTERS})(?: [Nn]ews)?|[A-Z][\w'’]*(?: [A-Z][\w'’]*){{0,3}}),? (?:I'm|I am|this is)"
        rf" {_FULL_NAME}(?: reporting| in [^.!?\n]{{1,60}})?\.)",
        "match",
        (
            "The reports are likely to increase. Jim Doe, VOA News, Miami.",
            "Lisa Doe ABC news Washington",
            "They remember the last time. pierre doe, CNN, Washington.",
            "The trial starts again in the fall. For The World, I'm Nancy Doe in Washington.",
            "For NPR news, I'm Ann Doe reporting.",
            "The talks went on all night. Sam Doe, BBC news, Bonn.",
        ),
        (
            "Jim Doe, the VOA News director, resigned on Monday.",
            "For Clinton, I'm told, this is a setback.",
            '"We will win," said Ann Doe, CNN producer.',
            '"It is over," he told CBS News.',
            "The plan will fail, according to CNN.",
        ),
        max_line=120,
        cues=_BROADCASTER_CUES,
    ),
    FurnitureRule(
        "broadcast hand-off",
        "byline",
        # the anchor passing the report to its reporter ("Here's ABC's Ned Doe.", "VOA's Jim Doe has details from
        # our southeast news bureau.", "BBC correspondent Karyn Doe reports from Kosovo.", "From member station
        # KQED, Ann Doe reports.", "Caroline Doe reports."), naming themselves or the program ("CNN headline news,
        # I'm Sachi Doe.", "Live from Atlanta, good evening Lynne Doe, CNN headline news.", "This is VOA Today.")
        # or handing back to the studio ("And in a moment Diane Doe will have some other news."): a sentence of
        # its own
        rf"[.!?\"”’'\n] ?(?P<f>(?:Here's|Here is|Now here's) (?:{_BROADCASTERS})['’]s {_FULL_NAME}"
        rf"(?: (?:in|from|with) [^.!?\n]{{1,60}})?\."
        rf"|(?:(?:From|In|At) [^,.!?\n]{{1,40}}, )?"
        rf"(?:(?:{_BROADCASTERS}|The World)['’]s |(?:{_BROADCASTERS})(?: [A-Z][a-z]+){{0,2}} [Cc]orrespondent )?"
        rf"(?!The ){_FULL_NAME} (?:has|reports)(?: more| details| the details| the story| the latest| that)?"
        rf"(?: (?:from|on|in) (?:{_TITLE_ABBREVIATION}|[^.!?\n]){{1,120}})?\."
        rf"|(?:Live from [^,.!?\n]{{1,40}}, )?(?:[Gg]ood (?:evening|morning|afternoon),? )?(?:I'm )?{_FULL_NAME},"
        rf" (?:{_BROADCASTERS})(?: [Hh]eadline)? [Nn]ews\."
        rf"|(?:{_BROADCASTERS})(?: [Hh]eadline)? [Nn]ews, (?:I'm|I am|this is) {_FULL_NAME}\."
        rf"|This is (?:{_BROADCASTERS})(?: [A-Z][a-z]+){{0,2}}\."
        rf"|(?:[A-Z][^.!?\n]{{0,100}} )?{_FULL_NAME} (?:has|will have)"
        rf" (?:the rest of the|some other|other|more) news\.)",
        "match",
        (
            "Prices fell again. Here's ABC's Ned Doe.",
            "Hate groups use the Internet. VOA's Jim Doe has details from our southeast news bureau.",
            "NPR's Ann Doe has more from San Francisco.",
            "ABC's Lisa Doe has more.",
            "CNN headline news, I'm Sachi Doe.",
            "Villagers fled the fighting. BBC correspondent Karyn Doe reports from Kosovo.",
            "Rain is coming. From member station KQED, Ann Doe reports.",
            "Nearly five million Germans are out of work. Caroline Doe reports.",
            "Live from Atlanta, good evening Lynne Doe, CNN headline news.",
            "The World's Nancy Doe reports on Mr. Blair's visit to Washington.",
            "The bombings might be related. Pierre Doe has the latest.",
            "The talks go on. Steve Doe has that.",
            "They had five months to develop a plan. This is VOA Today.",
            "And in just a moment Diane Doe will have some other news.",
            "Now back to New York, where Diane Doe has the rest of the news.",
        ),
        (
            "Carson told ABC's George Doe by phone that he would stay.",
            "NBC's Chuck Doe asked the frontrunner about the post.",
            "The President has that pulpit.",
            "And John Doe has that right.",
            "CNN's Jim Doe has been suspended.",
            "The Guardian reports.",
            "Caroline Doe reports to the board every month, the company said.",
            '"I\'m John Doe," he said.',
            "The Prime Minister has other news to deal with, aides said.",
        ),
        max_line=2000,
        cues=(*_BROADCASTER_CUES, " reports", " has ", " news"),
    ),
    FurnitureRule(
        "desk initials",
        "credit",
        # the wire desk's initials closing a story's last paragraph ("... were hurt. (pvs/ji)", "(aa-kjd)",
        # "(pfg-xx)"): the editors who handled the copy
        r"\((?:[a-z]{2,4}[/-]){1,3}[a-z]{2,4}\)$",
        "match",
        ("Police arrested six people on suspicion of rioting. (sp/eml)", "It will be funded by donors. (aa-kjd)"),
        ("The (left/right) split stayed.",),
        cues=("/", "-"),
    ),
    FurnitureRule(
        "wire signature",
        "credit",
        # a wire story's closing signature run into its last sentence: "... the report added. REUTER"
        r"(?<=[.!?\"”’'] )(?:REUTER|Reuter)$",
        "match",
        ("Exports are forecast to rise to 720,000 tonnes, the report added. REUTER",),
        ("Shares of Reuter rose 5%.",),
        cues=("REUTER", "Reuter"),
    ),
    FurnitureRule(
        "contributed to this report",
        "credit",
        r"[A-Z][^\n]{0,200} contributed (?:reporting )?(?:to|for) this (?:report|story|article)\.?$",
        "line",
        ("Ana Swanson in Washington and Gu Jinglu in Beijing contributed to this report.",),
        ("She contributed to the report on child poverty, the charity said.",),
    ),
    FurnitureRule(
        "reporters' credits",
        "credit",
        # a wire story's closing line naming where its reporters filed from ("Lerer reported from Los Angeles.
        # Associated Press writer Jill Doe contributed from Albuquerque.", "Wolf reported from Washington."):
        # one to three such sentences, nothing else
        rf"{_CREDITED}(?: {_CREDITED}){{0,2}}$",
        "line",
        (
            "Lerer reported from Los Angeles. Associated Press writer Jill Doe contributed from Albuquerque.",
            "Sam Doe contributed reporting from Charleston. Ryan Doe reported from Washington, D.C.",
            "Wolf reported from Washington.",
        ),
        ("Smith reported from Iraq that the army had fled.", "Police reported in March that crime fell."),
        max_line=250,
    ),
    FurnitureRule(
        "print edition note",
        "credit",
        # a web page's note of the paper it was printed in: "As published in the International New York Times."
        r"As (?:published|printed|it appeared) in (?:the )?[A-Z][\w'’&. -]{1,60}$",
        "line",
        ("As published in the International New York Times.",),
        ("As published in the report, the figures show a rise in crime.",),
        max_line=100,
    ),
    FurnitureRule(
        "most read",
        "related",
        # a tabloid's "most read" box run into one line: its kicker, then the teasers
        r"MOST READ\b|Most [Rr]ead [Ii]n [A-Z]",
        "line",
        ("MOST READ IN NEWS 'I'M MADDIE!' Student jokes she is Madeleine McCann", "Most Read In TV & Showbiz LEW"),
        ("Most read the report before the vote.",),
        max_line=2000,
    ),
    FurnitureRule(
        "separator",
        "advert",
        r"(?:[_*=~#•·-] ?){3,}$",
        "line",
        ("___", "* * *", "----------------"),
    ),
    FurnitureRule(
        "reporting credit",
        "credit",
        r"\(?(?:Additional reporting|Reporting|Writing|Editing|Compiled|Produced|Written) by [A-Z][^\n)]{0,150}\)?",
        "match",
        ("(Reporting by Malcolm Foster; Editing by Bill Tarrant)", "Additional reporting by Jane Doe"),
        ("Reporting by the paper was accurate, the judge said.",),
        cues=("reporting by", "Reporting by", "Writing by", "Editing by", "Compiled by", "Produced by", "Written by"),
    ),
    FurnitureRule(
        "contact the writer",
        "byline",
        r"(?:Contact (?:the writers?|the author|us|[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) at|E-?mail(?: us)?:) "
        r"|E-?mail the (?:authors?|writers?|reporters?)\.?$",
        "line",
        ("Contact the writers at zhangzhihao@chinadaily.com.cn", "Email: newsdesk@example.com", "Email the author."),
        max_line=200,
    ),
    FurnitureRule(
        "reach the writer",
        "byline",
        r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2} can be reached at [^\s@]+@[^\s]+$",
        "line",
        ("Blaine Friedlander can be reached at SkyWatchPost@gmail.com.",),
        max_line=200,
    ),
    FurnitureRule(
        "bracketed line",
        "credit",
        # a short line wholly in brackets: a credit or an editor's note ("(China Daily 10/03/2017 page4)")
        r"\([^()\n]{1,80}\)$",
        "line",
        ("(China Daily 10/03/2017 page4)", "(Additional reporting by Jane Doe)"),
    ),
    FurnitureRule(
        "author bio",
        "byline",
        # "Kelly Wallace is CNN's digital correspondent ... Read her other columns and follow her reports"
        r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2} is [^\n]{0,80}"
        r"\b(?:correspondent|editor|reporter|writer|columnist|contributor)\b"
        r"(?=[^\n]*\b(?:[Rr]ead (?:his|her|their)|[Ff]ollow (?:him|her|them|his|her|their)|on Twitter))",
        "line",
        (
            "Kelly Wallace is CNN's digital correspondent and editor-at-large covering family. Read her other "
            "columns and follow her reports at CNN Parents and on Twitter @kellywallacetv.",
        ),
        ("John Smith is a reporter who was jailed in Iran for two years.",),
    ),
    FurnitureRule(
        "initials credit",
        "credit",
        r"[a-z]{2,3}(?:/[a-z]{2,3}){1,3} \([A-Za-z ,]{2,40}\)$",
        "line",
        ("jm/dm (AFP, dpa)",),
    ),
    FurnitureRule(
        "source line",
        "credit",
        r"(?:Source|Sources|SOURCE|Data): [A-Z][\w .,&/-]{0,60}$",
        "line",
        ("Source: CoinMarketCap",),
        ("Source: the company said it would cut jobs across the country in the coming months.",),
        max_line=80,
    ),
    # ------------------------------------------------------------------ related links
    FurnitureRule(
        "related",
        "related",
        r"(?:Related|RELATED|More|MORE|Read more|Read More|READ MORE|See also|Also read|ALSO READ|Watch|WATCH"
        r"|Video|VIDEO|Recommended|Most read|Top Stories|More on this story|Related Topics|Related Internet links"
        r"|Around the BBC|Elsewhere on the web)(?::|$)",
        "line",
        (
            "More: EU fines Qualcomm $1.23 billion for paying Apple to use its microchips",
            "READ MORE: Footage with sound of multiple gunshots",
            "Read more",
            "Related: 5 scams that are fooling even the smartest victims",
            "More on this story",
        ),
        ("More than 70 people were killed in the attack.", "Watch the birdie, she said."),
        max_line=250,
    ),
    FurnitureRule(
        "kicker teaser",
        "related",
        # a tabloid's link to another story: a kicker in capitals (a question or a cry too), then the
        # story's headline
        r"[A-Z]{2,}(?: [A-Z]{2,}){1,3}[?!]? [A-Z][a-z][^\n]*[^.\n]$",
        "line",
        (
            "BRAIN BUG Ancient virus could be responsible for human ability to think",
            "DEEP TROUBLE? Fishermen say cod stocks are vanishing WILD WEST How a gold rush town was built",
        ),
        ("NEW YORK STATE Governor Andrew Cuomo signed the bill on Monday.", "REVISING CONSTITUTION"),
        max_line=2000,
    ),
    FurnitureRule(
        "related title",
        "related",
        r"Related [A-Z]",
        "line",
        ("Related What Do the Grammys Have Against Women? Why the Recording Academy's mat is gone",),
        max_line=250,
    ),
    FurnitureRule(
        "read more at the end",
        "related",
        r"\S (?:Read more|Read More|READ MORE)$",
        "line_end",
        ("China: the new space superpower Read more",),
        cues=("Read more", "Read More", "READ MORE"),
    ),
    FurnitureRule(
        "bracketed link",
        "related",
        r"\[[^\[\]\n]{3,200}\]$",
        "line",
        ("[Is China’s leader losing his grip?]", "[Editor’s note: Spoilers follow for the episode.]"),
    ),
    FurnitureRule(
        "link line",
        "related",
        r"^(?:[^\s]+ ){0,12}[^\s]*https?://[^\s]+\.?$",
        "line_end",
        ("For more NFL coverage: http://www.pro32.ap.org and http://www.twitter.com/AP_NFL",),
        max_line=200,
        cues=("http",),
    ),
    # ------------------------------------------------------------------ copyright notices
    FurnitureRule(
        "copyright",
        "copyright",
        r"(?:Copyright|COPYRIGHT|©|\([Cc]\))(?: ?©)? ?(?:\d{4}|[A-Z])"
        r"|All rights reserved|This material may not be published",
        "line",
        (
            "Copyright 2018 The Associated Press. All rights reserved. This material may not be published.",
            "© 2017 BBC",
            "Copyright © 2018 NPR. All rights reserved. Visit our website terms of use at www.npr.org.",
        ),
        ("Copyright law is changing, the minister said.",),
        max_line=400,
    ),
    FurnitureRule(
        "transcript note",
        "copyright",
        # a broadcaster's note under a transcript: how it was made, that it may change
        r"(?:[A-Z]{2,6} )?[Tt]ranscripts? (?:(?:is|are) )?(?:created|produced|provided|prepared)\b"
        r"|This text may not be in its final form",
        "line",
        (
            "NPR transcripts are created on a rush deadline by a contractor. This text may not be in its final form.",
            "Transcript provided by NPR, Copyright NPR.",
        ),
        (
            "The transcripts were released by the court on Monday, the lawyers said.",
            "The transcripts were produced by the prosecution, the lawyers said.",
        ),
        max_line=600,
    ),
    # ------------------------------------------------------------------ embedded posts
    FurnitureRule(
        "embedded tweet",
        "embed",
        # the signature of an embedded post; the post's words stay content (they are often the news)
        rf"(?:— |-- )[^\n()—]{{1,60}} \(@\w+\) {_MONTH} \d{{1,2}}, \d{{4}}$",
        "match",
        ("Spectacular pic.twitter.com/abc — Ed Howlett (@eddiehow124) December 27, 2017",),
        cues=("(@",),
    ),
    FurnitureRule(
        "embedded post",
        "embed",
        rf"A post shared by [^\n()]{{1,60}}(?: \(@\w+\))?(?: on {_MONTH} \d{{1,2}}, \d{{4}})?|pic\.twitter\.com/\w+"
        r"|https://t\.co/\w+|(?:Skip|End of) (?:Twitter|Instagram|Facebook|YouTube) (?:post|content)(?: \d+)?"
        r"(?: by (?:@\w+|[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}))?",
        "match",
        (
            "A post shared by Cardi B (@iamcardib) on Jan 3, 2018",
            "Skip Twitter post by BBC Politics",
            "Skip Twitter post by @durov",
        ),
        cues=("A post shared by", "pic.twitter.com", "https://t.co/", "Skip ", "End of "),
    ),
    # ------------------------------------------------------------------ readers' comments
    # Readers' contributions printed under a story ("Here is a selection of your comments", then short
    # paragraphs each signed "Name, Town, Country") are not the article: no name in them is an actor.
    # These rows mark the heading and the prompts; the section under a heading (or a run of signed
    # contributions without one) is read by boilerplate._comment_sections from READER_SIGNATURE.
    FurnitureRule(
        "comments heading",
        "comment",
        r"(?:Here (?:is|are) (?:a (?:small |short )?selection of|some of|a few of|more of) your"
        r"|(?:A|Another) selection of your|Some of your|More of your)"
        r" (?:comments|views|e-?mails|reactions|responses|experiences|stories|thoughts|opinions)\b[^\n]*$"
        r"|(?:Your|Readers'?|Reader) (?:comments|views|e-?mails|reactions|responses|experiences|say)\b[^\n]{0,60}$",
        "line",
        (
            "Here is a selection of your comments.",
            "Here are some of your comments on the plan:",
            "A selection of your comments",
            "Your comments:",
            "Readers' comments",
            "Your views on the budget",
        ),
        ("Your comments were hurtful, the judge told him, and the court would not accept them.",),
        max_line=160,
    ),
    FurnitureRule(
        "comments prompt",
        "comment",
        r"(?:Send|E-?mail|Post|Add|Submit|Leave|Share) (?:us |in )?(?:your|a)"
        r" (?:comments?|views|thoughts|experiences?|stories|e-?mails?)\b"
        r"|Have your say\b"
        r"|Tell us (?:what you think|your views|about your)"
        r"|(?:The BBC|We) (?:may|will|reserves? the right to) edit (?:your )?(?:comments|e-?mails|contributions)"
        r"|(?:This|The) (?:debate|discussion|Talking Point|forum) (?:is|has) (?:now )?closed"
        r"|(?:Thank you|Thanks) for (?:all )?your (?:comments|e-?mails|contributions)"
        r"|The following comments\b"
        r"|(?:Your )?E-?mail address\W*$|Town (?:and|&) (?:country|city)\W*$|Your comments?\W*$",
        "line",
        (
            "Send us your comments using the form below.",
            "Have your say",
            "The BBC may edit your comments and cannot guarantee that all e-mails will be published.",
            "This debate is now closed. Thank you for your comments.",
            "Tell us what you think",
            "Town and country",
            "E-mail us your views",
        ),
        ("Send your children to school, the minister urged parents on Monday, warning of fines for absences.",),
        max_line=250,
    ),
    # ------------------------------------------------------------------ footnotes
    FurnitureRule(
        "editor's note",
        "footnote",
        # the desk's note on its own line: a standing note a site adds under its stories on one subject, or a
        # correction ("Editor's note: An article on Monday misstated ..."); not the story
        r"Editor[’']s [Nn]ote:",
        "line",
        (
            "Editor’s note: Jane Doe regularly incites political violence and is a serial liar.",
            "Editor's Note: An article on Monday about the visa checks misstated the date of the attack.",
        ),
        ("The editor's note was read aloud in court, the lawyer said.",),
        max_line=1000,
    ),
    FurnitureRule(
        "inline footnote",
        "footnote",
        # an editor's note run into the paragraph it annotates, after its sentence's end (or a colon, a bracketed
        # "[Laughter]", or the note's own mark), up to the line's end (transcripts of the public papers: "... aid
        # programs.,1 For texts of amendments ..., see 77 Stat. 386."); its number glued to the note's first word
        # ("travelers:,1John W. Heffernan, ...", "too.9Arthur J. Goldberg, ..."); a mark in the text followed by
        # its sentence ("Cater.7 I would be ...") is no note. (Each branch opens on the character it reads first,
        # the look-behinds after it: a pattern that opens on a look-behind is tried at every position of the text.)
        r""",(?:(?<=[.?!"”:\]],)|(?<=[.?!"”]\d,)|(?<=[.?!"”]\d\d,))\d{1,2} ?(?=[A-Z])|\d(?<=[.?!"”]\d)\d?(?=[A-Z])""",
        "rest",
        (
            "We will act on the sugar quota.,1 For texts of the amendments, see 77 Stat. 386.",
            'He spoke of "a new start.",2 Senate Minority Leader Everett Dirksen of Illinois.',
            "My fellow travelers:,1John Doe, incoming President of the Club.",
            "Since the days of his presidency.2,2 Presidents of the Club during the 1930's.",
            "Walter went out. [Laughter],4Syndicated columnist.",
            "And before, too.9Arthur Doe, former Associate Justice.",
        ),
        (
            "Sales rose 5.2% to 1,250 tonnes.",
            "It cost $1,000. Then it rose.",
            "In 1,2 and 3 of the cases, it did.",
            "He met Douglass Cater.7 I would be very much interested.",
        ),
        max_line=600,
    ),
    # ------------------------------------------------------------------ timestamps
    FurnitureRule(
        "published",
        "timestamp",
        r"(?:Published|Updated|Last updated|First published|Posted|PUBLISHED|UPDATED)(?: on| at)?:? "
        r"(?:\d|[A-Z][a-z]{2,8},? \d|\w+ (?:hours?|minutes?|days?) ago)",
        "line",
        (
            "Published 3 hours ago",
            "Updated 12:34 GMT, 3 January 2018",
            "Published: 12:34 EST, 3 January 2018 | Updated: 13:00 EST, 3 January 2018",
        ),
        ("Published figures show a 5% rise in sales this year.",),
        max_line=160,
    ),
    FurnitureRule(
        "date line",
        "timestamp",
        rf"(?:{_WEEKDAY},? )?(?:{_DATE})(?:,? (?:{_TIME}))?(?: \| [^\n]{{0,40}})?$",
        "line",
        ("Sunday, May 28, 2006", "Mon, July 18, 2016", "3 January 2018, 12:34 GMT"),
        ("Sunday, May 28, 2006, was the hottest day.",),
    ),
    FurnitureRule(
        "time line",
        "timestamp",
        rf"(?:{_TIME})\.?(?: {_WEEKDAY})?,? (?:{_DATE}|{_MONTH} \d{{1,2}})$",
        "line",
        ("12:34 GMT 3 January 2018", "11 a.m. JST. Saturday, September 16", "12 p.m. AEST Saturday, September 16"),
    ),
)
