"""Issuers the first body sentence names: "X said in a statement issued ...", "The press service of X informs"."""

from __future__ import annotations

import re

from reconcile.ingest.header_dates import dates_in
from reconcile.ingest.header_layout import Line, inferred_span
from reconcile.ingest.header_words import has_organisation_word, is_agency, is_outlet
from reconcile.model import Inferred
from reconcile.resources import lexicon

SAID_IN_STATEMENT = re.compile(r"(?:^|(?<=[.!?]\s))(?i:the\s+)?(?P<name>[A-Z][\w'’&.\-]*(?:\s+(?:of|for|and|the|[A-Z]"
                               r"[\w'’&.\-]*))*)\s+said\s+in\s+a\s+(?:\w+\s+)?statement\s+(?:issued|released|published)")


def said_in_statement(line: Line) -> list[Inferred]:
    match = SAID_IN_STATEMENT.search(line.text)
    if not match or not has_organisation_word(match.group("name")):
        return []
    found = [inferred_span(line, match, "name", "publisher", "said in a statement issued")]
    return found + dates_in(line, "statement date")


def press_service_informs(line: Line) -> list[Inferred]:
    """"The press service of the Ministry of Emergency Situations informs that ...": a translated notice opens by
    naming the office that speaks for its issuer (headers.toml [press_offices], [informing_verbs])."""
    offices = "|".join(re.escape(w) for w in sorted(lexicon("headers")["press_offices"], key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in lexicon("headers")["informing_verbs"])
    match = re.match(rf"(?i:the\s+)?(?i:{offices})\s+(?i:of|for)\s+(?i:the\s+)?(?P<name>[A-Z][^,;:\n]{{2,80}}?)"
                     rf"\s+(?i:{verbs})\b", line.text)
    if not match or not has_organisation_word(match.group("name")):
        return []
    return [inferred_span(line, match, "name", "publisher", "press service informs")]


def issuer_informs(line: Line) -> list[Inferred]:
    """"The National Police of Peru (PNP) informs public opinion of the following:": a translated notice opens by
    naming its issuer, which "informs" (headers.toml [notice_verbs]: words no news lead uses for what a source
    said) "that ...", "the public" or "public opinion". Its letterhead may be in another language."""
    verbs = "|".join(re.escape(w) for w in lexicon("headers")["notice_verbs"])
    match = re.match(rf"(?i:the\s+)?(?P<name>[A-Z][^,;:\n]{{2,80}}?)(?:\s+\([A-Z]{{2,8}}\))?\s+(?:{verbs})\s+"
                     r"(?:that\b|the\s+public\b|public\s+opinion\b|of\s+the\s+following\b)", line.text)
    if not match or not has_organisation_word(match.group("name")):
        return []
    return [inferred_span(line, match, "name", "publisher", "issuer informs")]


def told_outlet(line: Line) -> list[Inferred]:
    """"Mayor Jon Ellis told the Northgate Herald in an interview": the lead names the outlet that did the
    interview, which publishes it."""
    match = re.search(r"\btold\s+(?:the\s+)?(?P<name>[A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){0,4})\s+in\s+an?\s+"
                      r"(?:\w+\s+)?interview", line.text)
    if not match or not (is_outlet(match.group("name")) or is_agency(match.group("name"))):
        return []
    return [inferred_span(line, match, "name", "publisher", "told in an interview")]
