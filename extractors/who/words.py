"""Word- and token-level helpers shared by the steps of `who` (no state)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from extractors.lexicons.actors import (
    AGENT_SUFFIXES,
    HONORIFICS,
    NOT_TITLES,
    ORG_SUFFIXES,
    PERSON_SUFFIXES,
    POSITION_PHRASES,
    POSITION_WORDS,
    ROLE_HEADS,
    TITLE_HEADS,
)
from extractors.lexicons.boilerplate import PICTURE_CREDITS
from extractors.lexicons.names import (
    BODY_HEADS,
    FIRM_KINDS,
    NAME_PREFIXES,
    NAME_QUANTIFIERS,
    ORG_NAME_WORDS,
    PLATFORMS,
    TITLE_JOINS,
)
from extractors.types import Span
from extractors.who.firms import AMPERSANDS, several_names

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
# Offices, occupational roles and playing positions all read as titles before a name; only offices
# link a bare title subject ("the minister said") to a person.
TITLES = TITLE_HEADS | ROLE_HEADS | POSITION_WORDS
SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj"})
ARGUMENT = frozenset({"dobj", "dative", "pobj", "conj", "appos", "agent", "attr", "oprd"})
MODIFIER = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
# Words before a title's first name that make it a subordinate clause or a question, not the news.
CLAUSE_OPENERS = frozenset({"as", "how", "why", "what", "when", "where", "after", "before", "while", "if", "who"})
# Prepositions that make a capital a place ("a news conference in Seoul"), not an actor.
LOCATIVE = frozenset({"in", "at", "near", "from", "outside", "inside", "across", "around", "into", "throughout"})
# Picture credits in capitals that the NER runs into a caption's first name ("GETTY Max Verstappen").
CREDIT_WORDS = frozenset(w for w in PICTURE_CREDITS if w.isupper() and " " not in w)
# Every picture credit as words, longest first ("Getty Images" before "Getty").
CREDIT_TOKENS = tuple(sorted({tuple(w.split()) for w in PICTURE_CREDITS if ":" not in w}, key=len, reverse=True))
_SCORE = re.compile(r" \d+ ?[-–] ?\d+$")  # "Chelsea 2-1": a score run into a team's name
# Lower-case particles of names ("Ludwig van Beethoven", "Osama bin Laden").
PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "du", "dos", "das", "bin", "al"}
)
# What follows a comma inside one name: a legal suffix or a generation ("Verb8tm, Inc.", "King, Jr.").
_AFTER_COMMA = frozenset({"jr", "sr", "ii", "iii"}) | frozenset(w.rstrip(".") for w in ORG_SUFFIXES)
ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "&", "de", "du", "des", "la", "le"})
# Prepositions that end a name of any kind: what follows is a scene, a time or a circumstance
# ("Iceland in Euro 2016"); not "at", which joins a campus to its university ("University of
# California at Berkeley").
_NAME_ENDS = frozenset({"in", "from", "during", "after", "before", "since", "into", "near", "with", "via"})
# A web address as a picture credit ("matrixpictures.co.uk Survivors comfort ..."): lower case.
_DOMAIN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk|uk|au|com\.au|de|fr|tv|info)$")


def describes(noun: Token) -> bool:
    """A title phrase that describes ("the president of Russia,", "its chief,"), not an address
    ("Mr. President, John ...")."""
    if any(c.lower_ in HONORIFICS for c in noun.children):
        return False
    # a title with a modifier of its own describes too ("RNID technology director, Guido Gybels")
    return any(
        c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "compound" and _field(c))
        for c in noun.children
    )


def _field(word: Token) -> bool:
    """A title's modifier that names its field or its body ("technology" or "RNID" in "RNID technology
    director", "Scottish Conservative leader, X"), on the title's line: not a name the parser hangs
    on it from the line before ("... at Trafalgar Studios\n - Best actress - X")."""
    if word.i >= word.head.i:
        return False
    return not any("\n" in t.text_with_ws for t in word.doc[word.i : word.head.i])


def agentive(noun: Token) -> bool:
    """True for a noun that can name a person's role: a title word, or an agent noun by its
    ending ("tester", "director", "analyst", "musician", "spokesman"), not "a good show"."""
    lemma = noun.lemma_.lower()
    return lemma in TITLES or lemma.endswith(AGENT_SUFFIXES)


def person_noun(noun: Token) -> bool:
    """A lower-case common noun that names a person's role by its ending alone ("jeweller",
    "coordinator", "frontman"; PERSON_SUFFIXES), or a title word; not "man", "woman" or "person"."""
    lemma = noun.lemma_.lower()
    if not (noun.is_lower and noun.tag_ == "NN") or lemma in ("man", "woman", "person"):
        return False
    return lemma in TITLES or lemma.endswith(PERSON_SUFFIXES)


def setting(token: Token) -> bool:
    """True for a place named as the scene: "in Croydon", "in Croydon, south London"."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE


def acts(token: Token) -> bool:
    """True when a place name is used as an actor: subject, object, possessor, agent, partner."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # an apposition to a place ("Croydon, south London") is a place
    if token.dep_ == "appos" and not token.head.ent_type_:
        token = token.head  # but one to a common noun takes its role: "US state Oregon has filed"
    if token.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "poss"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("by", "with", "between", "against")


def has_person_role(span: SpacySpan) -> bool:
    """True when a person's role stands in apposition to the name: "Nimit Nonthapanthawat, chief economist"."""
    if not all(t.is_title and t.is_alpha for t in span) or len(span) < 2:
        return False  # a person's name is capitalised words; "IBM" or "Bank 3" is not one
    return any(c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in TITLES for c in span.root.children)


def trim(ent: SpacySpan) -> SpacySpan | None:
    """The entity as a clean name: without a leading determiner or quantifier, a hyphened prefix ("pro-Chavez"),
    the last word of a work's title it runs on from ("Tears of the Sun Willis") or a picture credit
    ("GETTY Max Verstappen"), cut before a parenthesis ("Congress of South African Trade Unions
    (Cosatu"), and without a trailing possessive, punctuation or score ("Chelsea 2-1")."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and ((first := doc[start]).dep_ in ("det", "predet") or first.lower_ in ("the", "both")):
        start += 1
    if end - start > 1 and doc[start].lower_ in NAME_QUANTIFIERS and doc[start + 1].is_title:
        start += 1  # "Several Cineplex directors": the quantifier is no part of the name
    if end - start == 3 and doc[start].lower_ in NAME_PREFIXES and doc[start + 1].text == "-":
        start += 2  # "pro-Chavez squatters", "Ex-Labour leader": the prefix makes a modifier of the name
    start = _opener(doc, start, end) if ent.label_ in ("ORG", "PERSON") else start
    credit = credit_prefix(doc, start, end)
    if end - start > 1 and doc[start].is_upper and doc[start].text in CREDIT_WORDS and doc[start + 1].is_title:
        start += 1
    elif credit and (
        (ent.label_ == "PERSON" and (end - start - credit > 1 or doc[start].is_upper or _line_start(doc, start)))
        or (end - start - credit == 1 and _caption_word(doc[start + credit]))
    ):
        # "Reuters People were mown down": no one is named Reuters, and an organisation does not
        # end on the caption's first word ("Reuters Heavily armed police", "Getty Images Cars"); but
        # a credit that is also a given name before a surname is a person's name ("Rex Tillerson")
        start += credit
        if end - start == 1:
            return None  # one word left is the caption's first word ("People"), not a name
    firm = several_names(doc, start, end) if ent.label_ == "ORG" else 0  # "Goldman, Sachs & Co.": one name
    end = firm or end
    for i in range(start + 1, end):
        word = doc[i]  # (a Doc makes a new Token on every index)
        if word.text == "," and i + 1 < end and doc[i + 1].lower_.rstrip(".") not in _AFTER_COMMA and not firm:
            end = i  # "Auckland, New Zealand": a place and its country, not one name
            break
        preposition = word.pos_ == "ADP" and word.is_lower and word.lower_ not in PARTICLES
        medium = preposition and i + 1 < end and doc[i + 1].lower_ in PLATFORMS
        scene = preposition and word.lower_ in _NAME_ENDS
        if word.text in ("(", "[") or medium or scene or (preposition and ent.label_ == "PERSON"):
            end = i  # "Tavon Alleyne on Instagram": a person's name holds no preposition
            break
    if (
        ent.label_ == "PERSON"
        and end - start >= 2
        and after_title(doc, start)
        and not any(t.lower_ in ORG_NAME_WORDS for t in doc[start:end])
    ):
        start = max(start + 1, end - 2)  # "in Tears of the Sun Willis plays": the title's last word
    if ent.label_ == "ORG":
        end = complete_name(doc, start, end)
    half = (end - start) // 2
    if (
        half
        and (end - start) % 2 == 0
        and all(doc[start + k].text == doc[start + half + k].text for k in range(half))  # (no Span of either half)
    ):
        end = start + half  # "Equifax Equifax": a credit run into its caption
    score = _SCORE.search(doc[start:end].text)
    if score is not None and score.start() > 0:
        end = doc[start:end].char_span(0, score.start(), alignment_mode="contract").end
    while end > start and ((last := doc[end - 1]).tag_ == "POS" or last.is_punct or last.is_space or _possessive(last)):
        if doc[end - 1].text in (".",) and len(doc[end - 2].text) <= 2 and end - 2 >= start:
            break  # keep the point of an abbreviation
        end -= 1
    while start < end and ((first := doc[start]).is_punct or first.is_space):
        start += 1
    return doc[start:end] if end > start else None


# The possessive ending as its own token ("China" + "'s"), straight and curly; the tagger may call it a number.
POSSESSIVES = frozenset({"'s", "\u2019s"})


def _possessive(token: Token) -> bool:
    """A possessive ending the tagger did not tag as one ("Delaware" + "’s" read as a number)."""
    return token.lower_ in POSSESSIVES


def _opener(doc: Doc, start: int, end: int) -> int:
    """The start of a name after words the NER ran into it at a sentence's start: a firm's kind
    ("Accountants Ernst & Young", "Record company SonyBMG", "Miner Highland Gold") or a superlative
    ("Latest Federal Reserve data")."""
    first = doc[start]
    if end - start < 2 or not first.is_title:
        return start
    if first.lower_ in FIRM_KINDS and doc[start + 1].is_title:
        return start + 1
    if end - start > 2 and doc[start + 1].lower_ in FIRM_KINDS and doc[start + 1].is_lower and doc[start + 2].is_title:
        return start + 2
    if first.tag_ in ("JJS", "JJR") and first.is_sent_start and doc[start + 1].is_title:
        return start + 1
    return start


def _line_start(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a line, where a caption's credit stands ("Reuters Equifax claimed")."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _caption_word(token: Token) -> bool:
    """A caption's first word after a credit: a common noun, or a plural ("Cars", "Survivors")."""
    return token.pos_ != "PROPN" or token.tag_ == "NNPS"


def after_title(doc: Doc, first: int) -> bool:
    """The token ``first`` follows a title's "Capitalised of (the)" or "Capitalised from" ("Tears
    of the Sun", "Escape from Alcatraz"): it is the title's last word, not a name's first."""
    i = first - 1
    if i >= 0 and doc[i].lower_ == "the" and doc[i].is_lower:
        i -= 1
    return i >= 1 and doc[i].text in TITLE_JOINS and doc[i - 1].is_title and doc[i - 1].is_alpha


def _credits_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for words in CREDIT_TOKENS:  # longest first, as in CREDIT_TOKENS
        table.setdefault(words[0], []).append(words)
    return {first: tuple(rows) for first, rows in table.items()}


# CREDIT_TOKENS by their first word: every entity's first token is looked up, not tried against each credit.
_CREDITS_BY_FIRST = _credits_by_first_word()


def credit_prefix(doc: Doc, start: int, end: int) -> int:
    """How many tokens at ``start`` are a picture credit run into a following capitalised word
    ("Reuters People", "Getty Images Cars", "Fame Flynet Police"): a person's name never opens on one."""
    if end - start < 2:
        return 0
    first = doc[start].text
    for words in _CREDITS_BY_FIRST.get(first, ()):
        n = len(words)
        if end - start > n and all(doc[start + k].text == words[k] for k in range(1, n)) and doc[start + n].is_title:
            return n
    if _DOMAIN.match(first) and doc[start + 1].is_title:
        return 1  # "matrixpictures.co.uk Survivors"
    return 0


# Words that join the parts of an organisation's name ("Office of the Deputy Prime Minister").
NAME_JOINERS = frozenset({"of", "the", "for", "and", "&", "on"})


def complete_name(doc: Doc, start: int, end: int) -> int:
    """The end of an organisation's name the NER cut after a joining word ("the Office of the" +
    "Deputy Prime Minister"): the capitalised words no entity holds that follow it; else the name
    without its dangling joining words."""
    if end - start < 2 or doc[end - 1].lower_ not in NAME_JOINERS:
        return end
    j = end
    while j < len(doc) and doc[j].is_title and doc[j].pos_ in ("PROPN", "NOUN") and not doc[j].ent_type_:
        j += 1
    if j > end:
        return j
    while end - start > 1 and doc[end - 1].lower_ in NAME_JOINERS:
        end -= 1
    return end


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what a regex's \w matches


def word_at(form: str, text: str) -> int | None:
    """Where ``text`` first holds ``form`` as whole words (no word character on either side), else None;
    as ``re.search(rf"(?<!\\w){re.escape(form)}(?!\\w)")`` would find it, without compiling a pattern per form."""
    at = text.find(form)
    while at != -1:
        end = at + len(form)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            return at
        at = text.find(form, at + 1)
    return None


def org_core(name: str) -> str:
    """A name without its corporate suffixes, case-folded: "Ford Motor Company" -> "ford"."""
    return " ".join(_without_suffixes(fold(name).replace(",", " ").split()))


def _without_suffixes(words: list[str]) -> list[str]:
    """The words of a name up to its corporate suffixes ("ford motor company" -> "ford"), and the ampersand
    before them ("bear, stearns & co." -> "bear, stearns")."""
    n = len(words)
    while len(words) > 1 and words[-1] in ORG_SUFFIXES:
        words.pop()
    if len(words) < n and len(words) > 1 and words[-1] in AMPERSANDS:
        words.pop()
    return words


# A web address's ending on a company's name: "Amazon.com" is Amazon.
_WEB_END = re.compile(r"\.(?:com|net|org|co\.uk)$")


# British spellings of the words of bodies' names that news also writes the American way.
_BRITISH = {"organisation": "organization", "organisations": "organizations", "programme": "program"}


@lru_cache(maxsize=8192)  # (every merge step keys every cluster's name again)
def name_key(name: str) -> str:
    """One key for the spellings of one name: its core (``org_core``) without points, quotes, a
    possessive or a web ending ("Warner Bros." / "Warner Bros", "Amazon.com" / "Amazon",
    "University of Maryland's Observatory" / "University of Maryland Observatory"), and a body
    named by its head and "of" read in the other order ("Department of Justice" / "Justice
    Department", "Ministry of the Interior" / "Interior Ministry"); "Organisation" is "Organization"."""
    tokens = fold(name.replace("\u2019", "'")).split()
    tokens = _without_suffixes([t.rstrip(",") for t in tokens])  # "Amazon.com Inc": the suffix, then the web ending
    text = _WEB_END.sub("", " ".join(tokens))
    words = _without_suffixes(re.findall(r"[\w&]+", re.sub(r"'s\b", "", text).replace(".", "")))
    words = [_BRITISH.get(w, w) for w in words]  # "World Health Organisation" / "Organization"
    if len(words) >= 3 and words[0] in BODY_HEADS and words[1] == "of":
        rest = words[3:] if words[2] == "the" else words[2:]
        words = [*rest, words[0]] if rest else words
    return " ".join(words)


def fold(text: str) -> str:
    text = text.casefold()
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=16384)  # (asked of every pair of a person's forms: the same pairs again and again)
def contains(full: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """True when every part of a short name is a part of the full name ("Kim" in "Kim Jong Un"),
    case, accents and an article particle aside ("Pape" in "Pascal Papé", "Al-Adnani" and
    "Adnani" in "Abu Muhammad al-Adnani", "Van Gisbergen" in "Mark van Gisbergen")."""
    keys = {part_key(p) for p in full}
    return all(part_key(p) in keys for p in parts)


# An article particle joined to a surname by a hyphen: "al-Adnani", "el-Sisi", "Abdel-" is not one.
_JOINED_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|an|ar)-(?=\w)")


@lru_cache(maxsize=8192)
def part_key(part: str) -> str:
    """A name part without case, accents or a joined article particle: "al-Adnani" -> "adnani"; a curly
    apostrophe is a straight one ("O’Neill" -> "o'neill")."""
    text = "".join(c for c in unicodedata.normalize("NFKD", part.casefold()) if not unicodedata.combining(c))
    return _JOINED_PARTICLE.sub("", text.replace("\u2019", "'").replace("\u2018", "'"))


def portfolio(span: SpacySpan) -> bool:
    """A minister's portfolio the NER took for an organisation, right before a capitalised title
    ("Home Secretary Charles Clarke", "Thai Industry Minister X", "Trade and Industry Secretary X"):
    one or two capitalised words, or two joined by "and", no word of a body's name ("Home Office
    minister" is a body's minister), then an office."""
    doc = span.doc
    if span.label_ != "ORG" or not 1 <= len(span) <= 3 or span.end >= len(doc):
        return False
    office = doc[span.end]
    if not (office.is_title and office.lower_ in TITLE_HEADS):
        return False
    words = [t for t in span if not (len(span) == 3 and t.i == span.start + 1 and t.lower_ in ("and", "&"))]
    return len(words) <= 2 and all(
        t.is_title and t.is_alpha and t.lower_ not in ORG_NAME_WORDS and t.lower_ not in BODY_HEADS for t in words
    )


def phrase_start(doc: Doc, i: int) -> int | None:
    """The first token of a two-word title ending at token ``i`` ("scrum-half", "number eight",
    "point guard"; ``POSITION_PHRASES``), its words apart or joined by a hyphen; else None."""
    j = i - 1
    if j >= 0 and doc[j].text == "-":
        j -= 1
    if j >= 0 and (doc[j].lower_, doc[i].lower_) in POSITION_PHRASES:
        return j
    return None


def title_from(words: list[Token], head: Token | None = None) -> str | None:
    """The title in words before (or forming) a noun phrase: up to its last title head (or the given
    head), with its time qualifiers and inner words, without characterising adjectives ("conservative")."""
    inside: set[int] = set()  # the tokens of two-word positions ("scrum-half") within the words
    for t in words:
        start = phrase_start(t.doc, t.i)
        if start is not None and start >= words[0].i:
            inside.update(range(start, t.i + 1))
    heads = [
        k
        for k, t in enumerate(words)
        if t.lemma_.lower() in TITLES or t.lower_ in TITLES or (head is not None and t.i == head.i) or t.i in inside
    ]
    if not heads:
        return None
    end = heads[-1]
    while end + 1 < len(words) and (words[end + 1].text == "-" or words[end + 1].lower_ in ("elect", "designate")):
        end += 1  # "President-elect", "minister-designate"
    rest = words[end + 1 :]
    if len(rest) >= 2 and rest[0].lower_ == "of" and all(t.is_title for t in rest[1:]):
        end = len(words) - 1  # a formal title before a name: "Secretary of State", "Chief Inspector of Mines"
    kept: list[Token] = []
    for t in words[: end + 1]:
        lower = t.lower_
        if t.i in inside:
            kept.append(t)  # "number eight": a position's words, a numeral among them
            continue
        # a comparison is no title either: "the busier keeper" -> "keeper"
        if (
            lower in NOT_TITLES
            or t.is_space
            or t.tag_ in ("JJR", "JJS", "RBR", "RBS")
            or (t.pos_ in ("DET", "PRON", "NUM", "PUNCT") and lower != "-")
        ):
            kept = []  # a characterising adjective or a determiner ends what belongs to the title
            continue
        kept.append(t)
    text = ""
    for t in kept:
        if t.tag_ in ("NNS", "NNPS") and t.i == words[end].i and t.lemma_.lower() in TITLES:
            # a role shared by names in a list: "British actors Bob Hoskins and Brenda Blethyn" -> "actor"
            text += t.lemma_ + " "
            continue
        text += t.text + (
            ""
            if t.text.endswith("-") or (t.whitespace_ == "" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")
            else " "
        )
    text = text.replace(" - ", "-").strip(" -")
    if not text:
        return None
    # lower case, save an acronym title ("CEO"); a heading's capitals ("FORMER PRESIDENT") are not one
    return text if text.isupper() and len(text) <= 4 and " " not in text else text.lower()


def title_noun_left(token: Token, comma: int) -> Token | None:
    """From the word before a comma, up through "of Y" to a title noun: "the president of Russia,"."""
    for _ in range(4):
        if token.lemma_.lower() in TITLES and token.pos_ in ("NOUN", "PROPN"):
            return token
        if token.i == comma - 1 and person_noun(token) and token.dep_ != "pobj":
            # "the United Nations' emergency relief coordinator, Jan Egeland"; not an adverbial
            # phrase before the clause's subject ("Since his ouster, Morsi has ...")
            return token
        if token.dep_ not in ("pobj", "prep") or token.head.i >= comma or token.head.i == token.i:
            return None
        token = token.head
    return None


def unique_spans(spans: Iterator[Span]) -> list[Span]:
    seen: set[tuple[int, int]] = set()
    out = []
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            out.append(s)
    return out
