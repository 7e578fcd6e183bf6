"""When it happened: dates and times tied to the event in the parse, normalised against the publication date."""

from __future__ import annotations

import calendar
import functools
import re
import warnings
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span, Token

from reconcile.claims.context import Context, ancestors, facet, kept_indices, value
from reconcile.claims.nights import nights
from reconcile.model import Document, FacetValue
from reconcile.nlp.spans import entities, paragraph_index, sentence_of

BLOCKING_PREPS = {"until", "since", "by", "before", "after", "from", "till", "within", "during"}


@functools.cache
def event_words() -> frozenset[str]:
    """The event.type terms and the words of something happening (facets.toml, event.date's `event_words`)."""
    terms = facet("event.type")["terms"]
    happening = facet("event.date").get("event_words", [])
    return frozenset({w for group in terms.values() for term in group for w in term.split()} | set(happening))


@functools.cache
def tie_words() -> frozenset[str]:
    """The event words, and the verbs that tie only a day or a place to the event (facets.toml event.date
    `tie_words`)."""
    return event_words() | frozenset(facet("event.date").get("tie_words", []))


def about_event(token: Token) -> bool:
    """The token hangs on an event word within a few steps, and its own preposition is not "until"/"since"; one
    further up does not block ("had been hit by shelling on Saturday": "by" takes the shelling, not the day)."""
    targets = tie_words()
    if any(c.dep_ == "relcl" and c.lemma_.lower() in targets for c in token.children):
        return True  # "the incident on 1 April in which seven were killed": the parser hangs the clause on the day
    own_preposition = True
    for node in [token, *ancestors(token, 4)]:
        if node.dep_ in {"prep", "agent"} and node.i != token.i:
            if own_preposition and node.lower_ in BLOCKING_PREPS and not approximate(node):
                return False
            own_preposition = False
        if node.lemma_.lower() in targets and not node.ent_type_ == "DATE":
            return not _dates_the_investigation(token, node)  # ("March" is a month, not a protest march)
        if headline_on_event(node, token, targets):
            return True
        if _clause_of_its_own(node):  # "275, and not 288 as circulated on Saturday": the day dates the circulating
            return _involved_in_event(node, targets) or _tells_of_event(node, targets)
        if any(_names_event(c, targets) for c in _participants(node)):
            return True  # "at 03:52 we received a report of the collapse": the time of the first report
        if node.pos_ in {"VERB", "AUX"} and _joined_event(node, targets):
            return True  # "on Friday when the shooting started", "the building fell and residents died"
    return False


def _participants(node: Token) -> Iterator[Token]:
    """The subject, object or attribute of a head, the agent of a passive ("saddened by the bus accident today":
    the accident is what the day dates), and what a verb is "in" or "over" ("was involved in the attack at the
    hall on 22 March", "expressed grief over the stampede today"): the parser hangs the day on the verb."""
    for child in node.children:
        if child.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"}:
            yield child
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in {"in", "over"}
                                       and node.pos_ in {"VERB", "AUX"}):
            yield from (g for g in child.children if g.dep_ == "pobj")


def _involved_in_event(verb: Token, targets: frozenset[str]) -> bool:
    """A clause verb that is "in" or "over" the event ("the accusations that Ukraine was involved in the attack at
    the hall on 22 March"): the parser hangs the day on the verb, the writer on the event it is in. Its object or
    subject does not count: "officials who investigated the attack on Sunday" date their investigation."""
    return any(c.dep_ == "prep" and c.lower_ in {"in", "over"} and any(
        g.dep_ == "pobj" and _names_event(g, targets) for g in c.children) for c in verb.children)


def _tells_of_event(verb: Token, targets: frozenset[str]) -> bool:
    """A relative clause whose subject is the event ("today's demonstration, which set off from Republic Avenue at
    14:00"): what it dates is the event's doing. Not a passive one ("the march, which was announced on Monday"),
    whose day is someone else's doing."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in targets and any(
        c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in verb.children)


def _joined_event(verb: Token, targets: frozenset[str]) -> bool:
    """A clause joined to the verb that holds the day names the event: a "when" clause ("I was at the hall on Friday
    when the shooting started") or a coordinated verb ("On 13 September the building fell and residents died").
    Other adverbial clauses ("after the attack on Sunday") have their own day."""
    for clause in verb.children:
        when = clause.dep_ == "advcl" and any(c.lower_ == "when" for c in clause.children if c.dep_ == "advmod")
        if not (when or clause.dep_ == "conj") or clause.pos_ not in {"VERB", "AUX"}:
            continue
        if clause.lemma_.lower() in targets or any(_names_event(c, targets) for c in _participants(clause)):
            return True
    return False


def approximate(preposition: Token) -> bool:
    """"shortly before midnight", "just before seven in the evening": a time near the one named, not a bound."""
    words = facet("event.time").get("approximate", [])
    return preposition.lower_ in {"before", "after"} and any(
        t.lower_ in words for c in preposition.children if c.dep_ in {"advmod", "amod", "npadvmod"} for t in c.subtree
    )


def _clause_of_its_own(node: Token) -> bool:
    """A verb, not the event's, heading a clause inside another ("as circulated on Saturday", "rescuers who arrived
    at 21:00"): what it dates is that clause's, not the event of the clause above it."""
    return node.pos_ == "VERB" and node.dep_ in {"advcl", "relcl", "acl"} and not node.tag_ == "VBG"


def headline_on_event(node: Token, token: Token, targets: frozenset[str]) -> bool:
    """A head with no subject ("Update on the accident near X, at about 18:55 hrs on Friday: ...") whose first
    preposition takes the event: the parser hangs the day and the time on the head, the writer on the event."""
    if node.i == token.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
        return False
    first = next((c for c in node.children if c.dep_ == "prep" and c.i < token.i), None)
    return first is not None and any(g.dep_ == "pobj" and g.lemma_.lower() in targets for g in first.children)


def _dates_the_investigation(date: Token, event: Token) -> bool:
    """"began a review of the attack on May 15": a date after "review of the attack" most often dates the review
    (the parser hangs it on the nearest noun); "a review of the May 3 attack" keeps its date."""
    holder = event.head.head if event.dep_ == "pobj" and event.head.lower_ == "of" else None
    return holder is not None and holder.lemma_.lower() in facet("investigation")["nouns"] and date.i > event.i


def _names_event(phrase: Token, targets: frozenset[str]) -> bool:
    """The noun phrase is an event word or has one as its object ("a report of the collapse"), but not an
    investigation of it: "began a review of the attack on May 15" dates the review, not the attack."""
    if phrase.lemma_.lower() in facet("investigation")["nouns"]:
        return False
    for token in phrase.subtree:
        depth = 0
        node = token
        while node.i != phrase.i and depth < 3:
            node, depth = node.head, depth + 1
        modifier = token.i != phrase.i and token.dep_ in {"amod", "compound"}  # "a search of a collapsed block"
        if node.i == phrase.i and token.lemma_.lower() in targets and token.ent_type_ != "DATE" and not modifier:
            return True
    return False


def recalled_sentences(doc: Doc) -> frozenset[int]:
    """Start tokens of the sentences that recall an earlier event, or follow one that says so in their paragraph
    ("This was not the first time. On Saturday, shells struck the hospital."): recall_phrases in facets.toml. A
    regex over each sentence's text, since the phrases are fixed wordings rather than a construction. Read once
    per Doc (claims/scope.py and the claims' context both ask)."""
    known = doc.user_data.get("reconcile_recalled_sentences")
    if known is not None:
        return known
    pattern = _recall_pattern()
    found: set[int] = set()
    previous: tuple[int, bool] = (-1, False)
    for sent in doc.sents:
        paragraph = paragraph_index(doc, sent.start_char)
        marked = pattern.search(sent.text) is not None
        if marked or previous == (paragraph, True):
            found.add(sent.start)
        previous = (paragraph, marked)
    doc.user_data["reconcile_recalled_sentences"] = frozenset(found)
    return doc.user_data["reconcile_recalled_sentences"]


@functools.cache
def _recall_pattern() -> re.Pattern[str]:
    phrases = sorted(facet("event.date").get("recall_phrases", []), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) or r"(?!)"
    return re.compile(rf"\b(?:{body})\b", re.I)


def own_dates(document: Document) -> tuple[tuple[int, int], ...]:
    """Where the document states its own date (a dateline's "April 18", a letterhead's "3 August 2018"), as read
    by `ingest.header`: the day it was written, which a follow-up writes weeks after the event."""
    return tuple((i.start, i.end) for i in document.inferred if i.field == "published" and i.end > i.start)


def in_header(ent: Span, dated: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= ent.start_char < end for start, end in dated) or _dateline_day(ent)


def _dateline_day(ent: Span) -> bool:
    """A day in a dateline the header reader did not take ("AL-BALAH, Gaza Strip, April 2 (LPA) - Seven workers
    ..."): near its sentence's start and followed by the agency in brackets and a dash. The day it was written."""
    doc = ent.doc
    if ent.start - sentence_of(ent.root).start > 12 or ent.end + 2 >= len(doc) or doc[ent.end].text != "(":
        return False
    close = next((t.i for t in doc[ent.end : min(ent.end + 6, len(doc))] if t.text == ")"), None)
    return close is not None and close + 1 < len(doc) and doc[close + 1].text in {"-", "—", "–", "--"}


def find_when(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """The event's day, never the document's own date in its dateline; its time of day is read from the tokens by
    `clock.find_time`."""
    kept = kept_indices(span, ctx)
    given = False
    taken: set[int] = set()
    for night in nights(span):
        day = normalise_date(night.later, ctx.published)
        if night.tokens[0].i in kept and about_event(_through_during(night.tokens[0])) and day:
            taken.update(t.i for t in night.tokens)
            given = True
            yield value("event.date", day, night.tokens)
    for ent in entities(span):
        if ent.root.i not in kept or in_header(ent, ctx.dated) or ent.start in taken or ent.end - 1 in taken:
            continue
        tied = about_event(_part_of_day(ent.root))
        if not tied and not sets_the_scene(ent) and not _response_day(ent):
            continue
        text = ent.text if ent.label_ == "DATE" else day_of_time(ent.text)
        day = normalise_date(text, ctx.published, ctx.latest if ctx.undated else None) if text else None
        if day and ctx.undated and ctx.published is not None and text:
            day = weekday_near(text, ctx.published, ctx.latest) or day
            if day_of_time(text) is not None:
                day = ctx.published.isoformat()  # "yesterday" in an account of unknown date: the anchor's day
        if day and (tied or (ctx.event_day is not None and day == ctx.event_day.isoformat())):
            given = True
            yield value("event.date", day, ent)
    told = None if given else told_on_its_day(span, ctx)
    if told is not None and ctx.own_day is not None:
        yield value("event.date", ctx.own_day.isoformat(), [told])


def weekday_near(text: str, around: date, latest: date | None = None) -> str | None:
    """A weekday alone ("on Wednesday", "Wednesday night") in a document with no date of its own, read as the day of
    that name nearest the case's anchor day `around` (up to four days before it or two after), never after
    `latest`: an undated account names the days of the event's week, and "Wednesday" beside a Tuesday event is the
    day after, not six days before. None for anything but a weekday."""
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in {"on", "the", "of", "early", "late"}]
    parts = facet("event.time")["day_parts"]
    names = [d.lower() for d in calendar.day_name]
    if not words or words[0] not in names or any(w not in parts for w in words[1:]):
        return None
    shift = (names.index(words[0]) - around.weekday() + 4) % 7 - 4  # four days before to two after
    day = around + timedelta(days=shift)
    return day.isoformat() if latest is None or day <= latest else (day - timedelta(days=7)).isoformat()


def _through_during(token: Token) -> Token:
    """The word a night hangs on through "during" ("fire broke out during the night of 1 to 2 July"): "during" blocks
    a day in `about_event` (during the inquiry), not a night the event happened in."""
    head = token.head
    return head.head if head.dep_ == "prep" and head.lower_ == "during" else token


def told_on_its_day(span: Span, ctx: Context) -> Token | None:
    """The verb of a statement dated the case's day that tells the event happening and names no day of its own ("A
    fire broke out at the prison, killing 8" in a post of that day; "The building has collapsed"): a post or a
    statement written the day of the event tells it as news. None where the document's own date is not the case's
    anchor day (two documents or more give it), where the sentence names any day or time (the day it gives, or none,
    is the event's), and where the verb is negated, hedged by a modal or a future, or no verb of the event."""
    if ctx.own_day is None or ctx.event_day is None or ctx.own_day != ctx.event_day:
        return None
    kept = kept_indices(span, ctx)
    sentences = {sentence_of(span.doc[i]) for i in kept}
    if any(ent.label_ in {"DATE", "TIME"} for sentence in sentences for ent in entities(sentence)):
        return None
    verbs = frozenset(facet("event.date").get("told_verbs", []))
    for token in span:
        if token.i in kept and token.pos_ == "VERB" and _tells_happening(token, verbs):
            return token
    return None


def _tells_happening(verb: Token, verbs: frozenset[str]) -> bool:
    """A finite past, present-perfect or passive-past verb of the event, not negated nor under a modal ("may have
    collapsed", "will strike"), not in a question, a condition or a clause about something else ("warned it could")."""
    lemma = verb.lemma_.lower()
    if lemma not in verbs or (lemma == "break" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                                            for c in verb.children)):
        return False
    children = {c.dep_: c for c in verb.children}
    if "neg" in children or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if verb.dep_ in {"advcl", "ccomp", "xcomp", "relcl", "csubj"} and verb.head.pos_ in {"VERB", "AUX"}:
        if verb.dep_ != "ccomp":
            return False  # "if it collapses", "who died in 2019"
    perfect = verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return verb.tag_ == "VBD" or perfect


RESPONSE_VERBS = frozenset({"dispatch", "call", "alert", "deploy", "rush", "scramble"})
"""Verbs of the first response to an event, sent or called the day it happens."""


def _response_day(ent: Span) -> bool:
    """The day of the response to the event ("At 11:12 p.m. on Friday, July 12, officers were dispatched"): the
    event's day too when it is the case's anchor day (`find_when`); its clock time is the response's, not the
    event's (clock.py)."""
    verb = next((n for n in ancestors(ent.root, 4) if n.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.lemma_.lower() in RESPONSE_VERBS


def scene_day(span: Span, ctx: Context) -> Span | None:
    """The day the statement's sentence opens on when it is the case's anchor day (`sets_the_scene`)."""
    if ctx.event_day is None:
        return None
    for ent in entities(span):
        if ent.label_ == "DATE" and sets_the_scene(ent) and not in_header(ent, ctx.dated):
            if normalise_date(ent.text, ctx.published) == ctx.event_day.isoformat():
                return ent
    return None


def sets_the_scene(ent: Span) -> bool:
    """A day that opens its sentence and governs its main clause ("On Tuesday, just before seven in the evening, we
    were sitting in the yard"; "Last night the roof fell"): a witness's narrative gives its day once and tells the
    event in the sentences after. It dates the event only when it is the case's anchor day (`find_when`): "On
    Saturday I brought my family to the hospital" is the witness's own day before the event."""
    sentence = sentence_of(ent.root)
    if ent.start - sentence.start > 1 or ent.label_ != "DATE":
        return False
    head = ent.root.head.head if ent.root.dep_ == "pobj" else ent.root.head
    return ent.root.dep_ in {"pobj", "npadvmod"} and head.i == sentence.root.i


def _part_of_day(token: Token) -> Token:
    """The day's noun when the day names a part of it ("on Tuesday evening", "on Tuesday night"): the NER tags the
    part as a time and the parser hangs the day on it, so the part is what the preposition takes."""
    head = token.head
    parts = facet("event.time")["day_parts"]
    return head if token.dep_ == "compound" and head.lower_ in parts else token


def day_of_time(text: str) -> str | None:
    """The day a time names from the writer's own day ("03:52 today", "this morning", "last night"), else None:
    the NER tags these times, and their day is the post's or the statement's."""
    lowered = " ".join(text.lower().split())
    phrases = [*facet("event.date").get("relative_days", {}), "today", "yesterday", "tonight"]
    return next((p for p in phrases if re.search(rf"\b{re.escape(p)}\b", lowered)), None)


def normalise_date(text: str, published: date | None, latest: date | None = None) -> str | None:
    """"May 3" -> "2023-05-03" given a 2023 publication; "Tuesday" -> the Tuesday before publication.

    Dates precise to the day are returned as YYYY-MM-DD, a named month of a named year ("August 2021") as YYYY-MM;
    "earlier this month" is no date to compare. `published` is the document's date, else the case's; without one a
    date that names no year is no date: "4 March" is never given today's year. No date comes out later than
    `latest` (the newest document's date, else `published`): an account cannot report a day still to come.
    """
    text = re.sub(r"['’]s\b", "", text)  # "Sunday's blast": the NER takes the possessive into the date
    day = _relative_day(text, published) or _normalise_date(text, published)
    limit = latest or published
    if day is not None and limit is not None and published is not None and len(day) == 10 and not YEAR.search(text):
        day = _nearest_year(date.fromisoformat(day), published, limit).isoformat()
    if day is None or limit is None or day[:10] <= limit.isoformat()[: len(day)]:
        return day
    if not YEAR.search(text) and len(day) == 10:
        earlier = f"{int(day[:4]) - 1}{day[4:]}"  # "3 October" in a paper of 2 October: last year's
        return earlier if earlier <= limit.isoformat() else None
    return None


def _nearest_year(day: date, published: date, limit: date) -> date:
    """A year-less day in the year that puts it nearest `published`, never after `limit`: "April 2" read against
    an undated account's stand-in day of 1 April 2024, in a case whose newest document is of 29 April, is 2 April
    2024, not 2023 (dateparser reads year-less days into the past)."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    allowed = [d for d in candidates if d <= limit]
    return min(allowed, key=lambda d: (abs((d - published).days), -d.year)) if allowed else day


YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
"""A year of four digits; its one group is the whole year, for findall (claims/tally.py, totals.py, other_dates.py)."""
DURATION = re.compile(r"^(?:a|an|a few|several|\d+|\w+)\s+(?:days?|weeks?|months?|years?|hours?)$", re.I)


def _relative_day(text: str, published: date | None) -> str | None:
    """"this morning" or "last night" in a post or statement of its own date: that day, or the day before."""
    days = facet("event.date").get("relative_days", {}).get(" ".join(text.lower().split()))
    return None if days is None or published is None else (published - timedelta(days=days)).isoformat()
NUMERIC = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)\b")


def numeric_date(match: re.Match[str]) -> str | None:
    """A date in figures, read only when its order is certain: a field above 12 says which is the day ("13/07/2024",
    "07/13/2024"); dots are day first ("02.07.2024", as ingest.header reads a "Date: 03.07.2024" line, and as the
    places that write dots do); "02/07/2024" with slashes or dashes is 2 July or 7 February, so no date."""
    first, separator, second, year = int(match[1]), match[2], int(match[3]), int(match[4])
    if first > 12 or (separator == "." and second <= 12):
        day, month = first, second
    elif second > 12:
        day, month = second, first
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def _normalise_date(text: str, published: date | None) -> str | None:
    """Cached: dateparser takes milliseconds a call, and a case repeats its dates."""
    import dateparser

    base = datetime.combine(published, datetime.min.time()) if published else None
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day"], "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    cleaned = re.sub(r"\b(on|last|this|the)\b", " ", text, flags=re.I).strip()
    if numeric := NUMERIC.search(cleaned):
        return numeric_date(numeric)
    if not cleaned or not re.search(r"\d|day|yesterday|today|tonight", cleaned, re.I):
        return None
    if not re.search(r"[a-z]", cleaned, re.I) and not re.search(r"\d[/.-]\d", cleaned):
        return None  # a bare number ("Kevin Orr, 19") is an age or a count the NER took for a date
    if re.search(r"\b(later|earlier|after|before|afterwards|previously)\b", cleaned, re.I):
        return None  # "three days later" counts from another day the text names, not from the publication
    if DURATION.match(cleaned):
        return None  # "for three days", "two weeks": how long, not which day ("three days ago" is a day)
    relative_day = re.search(r"day|yesterday|today|tonight", cleaned, re.I) is not None
    if published is None and (relative_day or not YEAR.search(cleaned)):
        return None  # "on Sunday" or "4 March" with no date to read them against could be any year's
    if relative_day:
        settings.pop("REQUIRE_PARTS")  # a weekday names a day although it has no day number
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
        if parsed is None and not relative_day and re.search(r"\b(1[89]|20)\d\d\b", cleaned):
            settings["REQUIRE_PARTS"] = ["month", "year"]  # "August 2021": a month is a date to compare too
            month = dateparser.parse(cleaned, languages=["en"], settings=settings)
            return month.strftime("%Y-%m") if month else None
    if parsed is None:
        return None
    day = parsed.date()
    last = re.search(r"\blast\b", text, re.I) is not None  # "last Sunday's blast" in a paper of Sunday: a week ago
    if relative_day and published is not None and (published - day).days == 7 and not last:
        day = published  # "said Tuesday" in a paper of Tuesday means that day, not a week before
    return day.isoformat()


def normalise_time(text: str) -> str | None:
    """"11:42 AM local time" -> "11:42"; "3 p.m." -> "15:00". A regex over an entity's own words, not the text."""
    match = re.search(r"(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\b\.?", text, re.I)
    if match:
        hour, minute = int(match.group(1)) % 12, int(match.group(2) or 0)
        if match.group(3).lower() == "p":
            hour += 12
        return f"{hour:02d}:{minute:02d}"
    match = re.search(r"\b(\d{1,2}):(\d{2})\b", text)
    if match and int(match.group(1)) < 24:
        return f"{int(match.group(1)):02d}:{match.group(2)}"
    words_ = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}
    for word, clock in words_.items():
        if word in text.lower():
            return clock
    return None
