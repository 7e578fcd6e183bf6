"""Tweets as JSON: one tweet, a list of tweets, JSON Lines, or an X/Twitter API v2 response.

A tweet is its author's statement, so each becomes its own Document whose `speaker` is the account's display
name (the `@handle` goes to `author`). Accepted shapes, as exported by the API or written by hand:

- simple: {"text", "author" | "user" | "username" | "screen_name", "created_at", "url"};
- API v1.1: {"full_text" | "text", "user": {"name", "screen_name"}, "created_at": "Wed May 03 16:20:00 +0000 2023"};
- API v2: {"data": {...} | [...], "includes": {"users": [{"id", "name", "username"}]}}, `author_id` resolved to
  the user; a long post's "note_tweet" text is preferred to its truncated "text".

A file holding one tweet object yields one Document like a text file; a list or JSON Lines yields
`path#tweet=N` Documents (N counts from 1 in file order). Nesting and count are bounded before anything is built,
so a hostile file cannot exhaust memory or the stack.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from itertools import accumulate
from typing import Any

from reconcile.errors import InputError
from reconcile.ingest.decoding import decode, normalise_newlines
from reconcile.ingest.received import Received
from reconcile.model import Document

MAX_JSON_DEPTH = 64
MAX_TWEETS = 100_000
MAX_JSON_CONTAINERS = 1_000_000
"""Objects and arrays in one file, counted before parsing: json.loads builds each (an empty one costs ~30 times
its two characters), and a tweet file within the size limit holds far fewer."""

ACCEPTED = (
    'accepted: one tweet {"text", "author", "created_at", "url"}, a list of them, JSON Lines with one per line, '
    'or an X API v2 response {"data": ..., "includes": {"users": [...]}}'
)
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.DOTALL)
"""A JSON string, or an unterminated one up to the end of the text: possessive quantifiers keep no backtracking
state, so a 20 MB string costs no memory to skip and no text is scanned twice."""
_BRACKET = re.compile(r"[\[\]{}]")
_V1_DATE = "%a %b %d %H:%M:%S %z %Y"


def read_tweets(received: Received) -> list[Document]:
    """Reads every tweet in one JSON or JSON Lines file as its own Document."""
    text = decode(received.data, received.shown)
    values = _parse(text, received)
    tweets, single = _tweets(values, received.shown)
    if len(tweets) > MAX_TWEETS:
        raise _too_many(received.shown, len(tweets))
    documents = []
    for index, (tweet, users) in enumerate(tweets, start=1):
        fields = _fields(tweet, users, received.shown, index)
        if fields["text"].strip():
            documents.append(
                received.document(format="tweet", index=None if single else index, anchor="tweet", **fields)
            )
    if not documents:
        raise InputError(received.shown, "holds no tweet with text", ACCEPTED)
    return documents


def _parse(text: str, received: Received) -> list[Any]:
    """The top-level JSON values: one for a .json file, one per non-blank line for JSON Lines."""
    _check_depth(text, received.shown)
    if received.suffix != ".jsonl":
        try:
            return [json.loads(text)]
        except json.JSONDecodeError as err:
            if not err.msg.startswith("Extra data"):
                raise _malformed(received.shown, err, err.lineno) from None
    lines = [(number, line) for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if len(lines) > MAX_TWEETS:
        raise _too_many(received.shown, len(lines))
    values = []
    for number, line in lines:
        try:
            values.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise _malformed(received.shown, err, number) from None
    return values


def _check_depth(text: str, shown: str) -> None:
    """Refuses more than MAX_JSON_CONTAINERS objects and arrays, or nesting deeper than MAX_JSON_DEPTH,
    before parsing, counting brackets outside strings."""
    bare = _STRING.sub("", text)
    containers = bare.count("{") + bare.count("[")
    if containers > MAX_JSON_CONTAINERS:
        raise InputError(
            shown,
            f"holds {containers:,} JSON objects and arrays, over the limit of {MAX_JSON_CONTAINERS:,}",
            "split it into smaller files",
        )
    steps = (1 if match[0] in "[{" else -1 for match in _BRACKET.finditer(bare))
    depth = max(accumulate(steps), default=0)
    if depth > MAX_JSON_DEPTH:
        raise InputError(
            shown,
            f"nests JSON {depth} levels deep, over the limit of {MAX_JSON_DEPTH}",
            f"it is not a tweet file; {ACCEPTED}",
        )


def _tweets(values: list[Any], shown: str) -> tuple[list[tuple[dict, dict]], bool]:
    """Flattens the values into (tweet, users by id) pairs; True when the file is one tweet object."""
    tweets: list[tuple[dict, dict]] = []
    for value in values:
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, dict):
                raise _wrong_shape(shown, f"found {_json_kind(item)} where a tweet object belongs")
            if "data" in item:
                tweets.extend(_response(item, shown))
            else:
                tweets.append((item, {}))
    single = len(values) == 1 and isinstance(values[0], dict) and not isinstance(values[0].get("data"), list)
    return tweets, single


def _response(response: dict, shown: str) -> list[tuple[dict, dict]]:
    """The tweets of one API v2 response, each paired with the response's users by id."""
    data = response["data"]
    data = data if isinstance(data, list) else [data]
    includes = response.get("includes")
    if not isinstance(includes, dict):
        includes = {}
    users = {str(user.get("id")): user for user in includes.get("users", []) if isinstance(user, dict)}
    if not all(isinstance(tweet, dict) for tweet in data):
        raise _wrong_shape(shown, '"data" holds something other than tweet objects')
    return [(tweet, users) for tweet in data]


def _fields(tweet: dict, users: dict, shown: str, index: int) -> dict[str, Any]:
    """Document fields for one tweet: text, speaker, author (@handle), published (YYYY-MM-DD) and url."""
    text = _text(tweet)
    if not isinstance(text, str):
        raise _wrong_shape(shown, f'tweet {index} has no "text" string')
    name, handle = _who(tweet, users)
    url = tweet.get("url") if isinstance(tweet.get("url"), str) else None
    if url is None and handle and tweet.get("id"):
        url = f"https://x.com/{handle}/status/{tweet['id']}"
    return {
        "text": normalise_newlines(text),
        "speaker": name or (f"@{handle}" if handle else None),
        "author": f"@{handle}" if handle else name,
        "published": _date(tweet.get("created_at")),
        "url": url,
    }


def _text(tweet: dict) -> object:
    """The full text: a v2 long post's note, a v1.1 extended tweet's full text, or the plain text."""
    for holder, key in (("note_tweet", "text"), ("extended_tweet", "full_text")):
        if isinstance(tweet.get(holder), dict) and isinstance(tweet[holder].get(key), str):
            return tweet[holder][key]
    return tweet.get("full_text", tweet.get("text"))


def _who(tweet: dict, users: dict) -> tuple[str | None, str | None]:
    """The author's display name and handle (without "@"), from whichever fields the tweet has."""
    person = users.get(str(tweet["author_id"])) if "author_id" in tweet else None
    person = person or tweet.get("author") or tweet.get("user")
    name = handle = None
    if isinstance(person, dict):
        name, handle = person.get("name"), person.get("username") or person.get("screen_name")
    elif isinstance(person, str):
        name = person
    handle = handle or tweet.get("username") or tweet.get("screen_name")
    name = name.strip() if isinstance(name, str) and name.strip() else None
    handle = handle.strip().lstrip("@") if isinstance(handle, str) and handle.strip().lstrip("@") else None
    return name, handle


def _date(created_at: object) -> str | None:
    """YYYY-MM-DD as written in an ISO (v2) or v1.1 timestamp; None when absent or unreadable."""
    if not isinstance(created_at, str):
        return None
    for parse in (datetime.fromisoformat, lambda value: datetime.strptime(value, _V1_DATE)):
        try:
            return parse(created_at.strip()).date().isoformat()
        except ValueError:
            continue
    return None


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "a JSON array"
    if isinstance(value, str):
        return "a JSON string"
    return "null" if value is None else f"the JSON value {json.dumps(value)}"


def _malformed(shown: str, err: json.JSONDecodeError, line: int) -> InputError:
    return InputError(
        shown,
        f"is not valid JSON ({err.msg.removesuffix(' at')} at line {line}, column {err.colno})",
        "is it truncated? Fix that line or export the file again",
    )


def _wrong_shape(shown: str, what: str) -> InputError:
    return InputError(shown, f"is not a tweet file: {what}", ACCEPTED)


def _too_many(shown: str, count: int) -> InputError:
    return InputError(
        shown, f"holds {count:,} tweets, over the limit of {MAX_TWEETS:,}", "split it into smaller files"
    )
