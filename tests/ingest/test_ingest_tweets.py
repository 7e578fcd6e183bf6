"""Tweets: the accepted JSON shapes, each tweet its own Document, and the files refused with a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reconcile.ingest import ingest
from reconcile.ingest import tweets as tweets_module
from reconcile.model import short_hash

V2_RESPONSE = {
    "data": [
        {
            "id": "111",
            "author_id": "9",
            "text": "Forces conducted a strike.",
            "created_at": "2023-05-03T16:20:00.000Z",
        },
        {
            "id": "112",
            "author_id": "8",
            "text": "Truncated…",
            "note_tweet": {"text": "The full long post."},
            "created_at": "2023-05-04T01:00:00.000Z",
        },
    ],
    "includes": {
        "users": [
            {"id": "9", "name": "U.S. Central Command", "username": "CENTCOM"},
            {"id": "8", "name": "Zoë Müller", "username": "zoe"},
        ]
    },
}


def read(tmp_path: Path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    (tmp_path / "other.txt").write_text("Another account, so the batch is never empty.")
    docs, problems, _ = ingest([tmp_path])
    return [doc for doc in docs if doc.format == "tweet"], problems


def test_v2_response_resolves_author_ids_to_names(tmp_path):
    docs, problems = read(tmp_path, "feed.json", json.dumps(V2_RESPONSE))
    assert problems == []
    assert [(d.speaker, d.author, d.published, d.text) for d in docs] == [
        ("U.S. Central Command", "@CENTCOM", "2023-05-03", "Forces conducted a strike."),
        ("Zoë Müller", "@zoe", "2023-05-04", "The full long post."),
    ]
    assert [d.url for d in docs] == ["https://x.com/CENTCOM/status/111", "https://x.com/zoe/status/112"]
    assert [d.path.rsplit("/", 1)[1] for d in docs] == ["feed.json#tweet=1", "feed.json#tweet=2"]
    assert [d.id for d in docs] == [short_hash(docs[0].sha256, 1), short_hash(docs[0].sha256, 2)]


def test_v2_single_tweet_response_is_one_document(tmp_path):
    response = {"data": V2_RESPONSE["data"][0], "includes": V2_RESPONSE["includes"]}
    docs, _ = read(tmp_path, "one.json", json.dumps(response))
    assert [(d.speaker, d.path.endswith("one.json"), d.id) for d in docs] == [
        ("U.S. Central Command", True, short_hash(docs[0].sha256))
    ]


@pytest.mark.parametrize(
    "tweet, speaker, author",
    [
        (
            {"author": "U.S. Central Command", "username": "CENTCOM", "text": "x"},
            "U.S. Central Command",
            "@CENTCOM",
        ),
        ({"user": "Ana Lima", "text": "x"}, "Ana Lima", "Ana Lima"),
        ({"username": "@zoe", "text": "x"}, "@zoe", "@zoe"),
        ({"screen_name": "CENTCOM", "text": "x"}, "@CENTCOM", "@CENTCOM"),
        ({"user": {"name": "Zoë Müller", "screen_name": "zoe"}, "full_text": "x"}, "Zoë Müller", "@zoe"),
        ({"text": "x"}, None, None),
    ],
    ids=["author+username", "user-string", "username", "screen_name", "v1.1-user", "anonymous"],
)
def test_simple_form_authors(tmp_path, tweet, speaker, author):
    docs, _ = read(tmp_path, "t.json", json.dumps(tweet))
    assert [(d.speaker, d.author) for d in docs] == [(speaker, author)]


@pytest.mark.parametrize(
    "created_at, published",
    [
        ("2023-05-03T16:20:00Z", "2023-05-03"),
        ("2023-05-03T23:20:00.000+05:00", "2023-05-03"),
        ("Wed May 03 16:20:00 +0000 2023", "2023-05-03"),
        ("yesterday", None),
    ],
)
def test_created_at_becomes_the_published_day(tmp_path, created_at, published):
    docs, _ = read(tmp_path, "t.json", json.dumps({"author": "A", "text": "x", "created_at": created_at}))
    assert docs[0].published == published


def test_list_and_json_lines_give_one_document_per_tweet(tmp_path):
    lines = "\n".join(
        json.dumps({"author": name, "text": f"{name} said it.\r\nTwice."}) for name in ("A", "B", "C")
    )
    docs, _ = read(tmp_path, "t.jsonl", lines + "\n\n")
    assert [(d.speaker, d.text, d.path.rsplit("#", 1)[1]) for d in docs] == [
        ("A", "A said it.\nTwice.", "tweet=1"),
        ("B", "B said it.\nTwice.", "tweet=2"),
        ("C", "C said it.\nTwice.", "tweet=3"),
    ]


def test_json_lines_in_a_json_file_are_read_too(tmp_path):
    docs, _ = read(tmp_path, "t.json", '{"author": "A", "text": "one"}\n{"author": "B", "text": "two"}\n')
    assert [d.text for d in docs] == ["one", "two"]


def test_tweets_without_text_are_skipped_but_keep_their_numbers(tmp_path):
    docs, _ = read(
        tmp_path, "t.json", json.dumps([{"author": "A", "text": ""}, {"author": "B", "text": "two"}])
    )
    assert [d.path.rsplit("#", 1)[1] for d in docs] == ["tweet=2"]


@pytest.mark.parametrize(
    "content, message",
    [
        (
            '[{"author": "A", "text": "cut off',
            "is not valid JSON (Unterminated string starting at line 1, column 26",
        ),
        (
            '{\n  "author": "A",\n  "text": "x"\n',
            "is not valid JSON (Expecting ',' delimiter at line 4, column 1",
        ),
        ('{"author": "A", "text": "ok"}\n{"author": oops}\n', "is not valid JSON (Expecting value at line 2"),
        ('{"author": "A", "text": "x"} trailing', "is not valid JSON (Extra data at line 1, column 30"),
        ('"just a string"', "is not a tweet file: found a JSON string"),
        ("[[1, 2]]", "is not a tweet file: found a JSON array"),
        ("42", "is not a tweet file: found the JSON value 42"),
        ('{"author": "A", "body": "x"}', 'is not a tweet file: tweet 1 has no "text" string'),
        ('{"data": [1, 2]}', 'is not a tweet file: "data" holds something other than tweet objects'),
        ("[]", "holds no tweet with text"),
        ("[" * 65 + "]" * 65, "nests JSON 65 levels deep, over the limit of 64"),
        ('{"text": "' + "[" * 100 + '", "author": "A"}', None),
    ],
    ids=[
        "truncated",
        "unclosed",
        "bad-jsonl-line",
        "trailing-garbage",
        "string",
        "nested-list",
        "number",
        "no-text",
        "bad-data",
        "empty-list",
        "too-deep",
        "brackets-in-text-are-not-depth",
    ],
)
def test_malformed_and_wrong_shape_json_is_a_problem(tmp_path, content, message):
    docs, problems = read(tmp_path, "bad.json", content)
    if message is None:
        assert problems == [] and len(docs) == 1
        return
    assert docs == []
    assert [p.path.rsplit("/", 1)[1] for p in problems] == ["bad.json"]
    assert message in problems[0].message
    if "tweet file" in message:
        assert "accepted: one tweet" in problems[0].message


def test_very_deep_json_is_refused_without_recursing(tmp_path):
    _, problems = read(tmp_path, "deep.json", "[" * 200_000 + "]" * 200_000)
    assert "over the limit of 64" in problems[0].message


@pytest.mark.parametrize("name, count", [("list.json", 4), ("lines.jsonl", 4)])
def test_too_many_tweets_is_a_problem(tmp_path, monkeypatch, name, count):
    monkeypatch.setattr(tweets_module, "MAX_TWEETS", 3)
    items = [{"author": "A", "text": str(n)} for n in range(count)]
    content = json.dumps(items) if name.endswith(".json") else "\n".join(map(json.dumps, items))
    docs, problems = read(tmp_path, name, content)
    assert docs == []
    assert "holds 4 tweets, over the limit of 3" in problems[0].message


def test_the_real_limits_are_the_documented_ones():
    assert (tweets_module.MAX_TWEETS, tweets_module.MAX_JSON_DEPTH) == (100_000, 64)
