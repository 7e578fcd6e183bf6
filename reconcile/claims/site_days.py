"""The day a statement puts someone or something at the case's site: "Marina S. had tickets for the concert at Crocus
City Hall on Friday", "Ramesh Patel was on the bridge with his sons on Sunday". No event word holds the day, so
`when.find_when` leaves it; but a day at the site that is the case's anchor day is the event's day as the source
tells it. Any other day ("on Saturday she went back to the hall") is not read: it may be the day before or after.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from reconcile.claims.context import Context, kept_indices, value
from reconcile.claims.site_mentions import named_parts, site_mentions
from reconcile.claims.when import day_of_time, in_header, normalise_date, weekday_near
from reconcile.model import FacetValue
from reconcile.nlp.spans import entities


def find_site_day(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """The case's anchor day, where the statement names it and names the case's site."""
    if ctx.anchor_day is None or not (ctx.site or ctx.town):
        return
    kept = kept_indices(span, ctx)
    days = [ent for ent in entities(span) if ent.label_ in {"DATE", "TIME"} and ent.root.i in kept
            and not in_header(ent, ctx.dated)]
    if not days or (next(named_parts(span, ctx), None) is None and next(site_mentions(span, ctx), None) is None):
        return
    for ent in days:
        text = ent.text if ent.label_ == "DATE" else day_of_time(ent.text)  # "6.30 pm yesterday"
        day = normalise_date(text, ctx.published) if text else None
        if day and text and ctx.undated and ctx.published is not None:
            day = weekday_near(text, ctx.published, ctx.latest) or day
            if day_of_time(text) is not None:
                day = ctx.published.isoformat()  # "yesterday" in an account of unknown date: the anchor's day
        if day == ctx.anchor_day.isoformat():
            yield value("event.date", day, ent)
            return
