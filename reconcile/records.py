"""Model records as JSON-ready data and back: the one codec behind evidence.json and the case store.

`plain` writes every field of a dataclass (enums as their word, tuples as lists, nested records as dicts);
`record` rebuilds a dataclass from such data by its field types, so what is read back equals what was written.
Facet values (typed `Any`) keep a range as a list and come back as a tuple. A date is {"$date": iso} (or
{"$datetime": iso}) so it returns as a date, or a bare ISO string where a reader wants text (evidence.json).
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import types
import typing
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")


def plain(value: Any, *, tag_dates: bool = True) -> Any:
    """A value as JSON-ready data: enums as words, tuples as lists, records as dicts, dates tagged or ISO."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, datetime.date):
        if not tag_dates:
            return value.isoformat()
        return {"$datetime" if isinstance(value, datetime.datetime) else "$date": value.isoformat()}
    if isinstance(value, (tuple, list)):
        return [plain(v, tag_dates=tag_dates) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v, tag_dates=tag_dates) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name), tag_dates=tag_dates) for f in dataclasses.fields(value)}
    return str(value)


def python(value: Any) -> Any:
    """The inverse of `plain` for a facet value: lists become tuples, tagged dates become dates again."""
    if isinstance(value, list):
        return tuple(python(v) for v in value)
    if isinstance(value, dict):
        if value.keys() == {"$date"}:
            return datetime.date.fromisoformat(value["$date"])
        if value.keys() == {"$datetime"}:
            return datetime.datetime.fromisoformat(value["$datetime"])
        return {k: python(v) for k, v in value.items()}
    return value


def record(cls: type[T], data: Mapping[str, Any]) -> T:
    """The `cls` that `plain` turned into `data`, typed again by the fields' annotations.

    Keys `cls` lacks are ignored (evidence.json adds `chars`); a missing field takes its default (a file
    written before the field existed). Raises TypeError or ValueError on malformed data.
    """
    fields: type = cls  # a class is hashable, but mypy does not count type[T] as Hashable for the cache
    return cls(**{name: _typed(kind, data[name]) for name, kind in _field_types(fields).items() if name in data})


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if f.init}


def _typed(kind: Any, value: Any) -> Any:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):  # `X | None`: the model's only unions
        if value is None:
            return None
        return _typed(next(a for a in args if a is not type(None)), value)
    if origin is tuple:  # `tuple[X, ...]`
        return tuple(_typed(args[0], v) for v in value)
    if origin is dict:
        return {k: _typed(args[1], v) for k, v in value.items()}
    if kind is Any:
        return python(value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):  # a dataclass type, never an instance
        return record(kind, value)
    return value
