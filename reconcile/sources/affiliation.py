"""Whom a source speaks for, and the kind that follows from it.

A person's kind follows the body they speak for: "MSF's director Jane Doe" is an NGO source, "Hamas spokesman
Abu Obeida" an armed group's, whatever their title's own words say ("director" or "spokesman" alone would make them
a company's or a government's). The body comes from the case's descriptions of the name ("a member of the Railway
Board", "Kremlin spokesman Dmitry Peskov", "MSF's director") and is shown as the source's `affiliation`, which the
report uses to group columns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reconcile.model import SourceKind
from reconcile.nlp.kinds import source_kind
from reconcile.nlp.names import text_key
from reconcile.sources.described import Description
from reconcile.sources.names import same_org

if TYPE_CHECKING:
    from reconcile.sources import SourceGroup


def with_affiliations(groups: Sequence[SourceGroup], descriptions: Sequence[Description]) -> list[SourceGroup]:
    """The groups with `affiliation` set for every speaker the case describes as speaking for a body, and a person's
    kind set to that body's when the body's kind is known."""
    bodies = [g for g in groups if g.root.startswith("org:") and not _person_like(g)]
    out = []
    for group in groups:
        said = Counter(d.affiliation for d in descriptions
                       if d.affiliation and (d.name_key in group.keys or d.role_key in group.keys))
        if not said or not _person_like(group):
            out.append(group)
            continue
        name = said.most_common(1)[0][0]
        body = _body_for(name, bodies)
        affiliation = body.name if body is not None else name
        kind, evidence = (body.kind, body.kind_evidence) if body is not None else source_kind(name)
        if kind in {SourceKind.OTHER, SourceKind.MEDIA} or kind == group.kind:
            out.append(replace(group, affiliation=affiliation))
            continue
        out.append(replace(group, affiliation=affiliation, kind=kind,
                           kind_evidence=f"speaks for {affiliation}" + (f" ({evidence})" if evidence else "")))
    return out


def _person_like(group: SourceGroup) -> bool:
    """A person, named or by role: "person:" keys, or a group whose kind evidence is a person's role."""
    return any(k.startswith(("person:", "family:", "witness:")) for k in group.keys)


def _body_for(name: str, bodies: Sequence[SourceGroup]) -> SourceGroup | None:
    """The organisation of the case a described affiliation names, when one matches it."""
    key = text_key(name)
    rest = key.partition(":")[2]
    found = [g for g in bodies if any(k == f"org:{rest}" or same_org(k[4:], rest) for k in g.keys)]
    return found[0] if len(found) == 1 else None
