"""The parse cache: a re-run reads parses back instead of parsing, and never writes other output than a parse would.

Every comparison is of evidence.json bytes from the same ingested documents (so the same `ingested_at`): cached,
uncached and parsed in several processes must be identical byte for byte.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT

from reconcile import cache as parse_cache
from reconcile.cache import Counts, ParseCache, clear_file, default_jobs, file_in
from reconcile.cache.codec import CorruptEntry, from_bytes, to_bytes
from reconcile.cache.entries import TABLE_SQL
from reconcile.cache.keys import components_version, entry_key, parser_of
from reconcile.export import RENDERERS
from reconcile.ingest import ingest
from reconcile.nlp.extensions import SPAN_KEY
from reconcile.pipeline import assemble, extract_documents
from reconcile.store import CaseStore
from reconcile.store.migrations import MIGRATIONS

GOLD_DOCS = ROOT / "data" / "gold" / "election-fraud-claim-karsa-2024" / "docs"


@pytest.fixture(scope="module")
def example():
    return ingest([EXAMPLE])


@pytest.fixture(scope="module")
def gold_case():
    return ingest([GOLD_DOCS])


@pytest.fixture
def cache(tmp_path):
    opened = ParseCache.open_file(tmp_path / "parses.sqlite")
    yield opened
    opened.close()


def evidence_json(ingested, nlp, **options) -> tuple[bytes, Counts]:
    documents, problems, case = ingested
    counts = Counts()
    extraction = extract_documents(documents, problems, case, nlp=nlp, counts=counts, **options)
    return RENDERERS["json"](assemble(extraction)), counts


def test_a_cached_run_writes_the_same_evidence_json_as_a_parse(example, gold_case, nlp, cache):
    for ingested in (example, gold_case):
        uncached, counts = evidence_json(ingested, nlp)
        first, first_counts = evidence_json(ingested, nlp, cache=cache)
        second, second_counts = evidence_json(ingested, nlp, cache=cache)
        n = len(ingested[0])
        assert (counts.cached, first_counts.parsed, second_counts.cached, second_counts.parsed) == (0, n, n, 0)
        assert second == first == uncached
        # facet values made it through the cache: the example's ages, the election case's crowd (it has no toll)
        assert b'"victim.age"' in uncached or b'"crowd.size"' in uncached


def test_a_changed_document_misses_and_the_others_hit(example, nlp, cache):
    documents, problems, case = example
    evidence_json(example, nlp, cache=cache)
    changed = replace(documents[1], text=documents[1].text.replace("56", "57", 1))
    assert changed.text != documents[1].text
    edited = ([documents[0], changed], problems, case)
    cached, counts = evidence_json(edited, nlp, cache=cache)
    assert (counts.cached, counts.parsed) == (1, 1)
    assert cached == evidence_json(edited, nlp)[0]


def test_another_speaker_for_the_same_text_misses(example, nlp):
    documents = example[0]
    parser = parser_of(nlp)
    assert entry_key(documents[1], parser) != entry_key(replace(documents[1], speaker="Someone Else"), parser)
    assert entry_key(documents[1], parser) == entry_key(replace(documents[1], path="elsewhere.txt"), parser)


@pytest.mark.parametrize("field", ["model", "model_version", "spacy_version", "pipes", "components"])
def test_another_model_or_component_version_misses(example, nlp, cache, monkeypatch, field):
    evidence_json(example, nlp, cache=cache)
    other = replace(parser_of(nlp), **{field: "other"})
    monkeypatch.setattr(parse_cache, "parser_of", lambda _: other)
    _, counts = evidence_json(example, nlp, cache=cache)
    assert (counts.cached, counts.parsed) == (0, len(example[0]))


def test_the_components_version_follows_the_word_lists(tmp_path, monkeypatch):
    import shutil

    from reconcile.cache import keys

    package = tmp_path / "reconcile"
    shutil.copytree(ROOT / "reconcile", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(keys.resources, "files", lambda name: package)
    keys.components_version.cache_clear()
    try:
        before = keys.components_version()
        assert before == components_version.__wrapped__()
        cues = package / "data" / "cues.toml"
        cues.write_text(cues.read_text("utf-8") + "\n# one more line\n", "utf-8")
        keys.components_version.cache_clear()
        assert keys.components_version() != before
    finally:
        keys.components_version.cache_clear()


def _corrupt(path: Path, how: str) -> None:
    with sqlite3.connect(path) as conn:
        key, data = conn.execute("SELECT key, data FROM parse_cache ORDER BY key LIMIT 1").fetchone()
        if how == "flipped bytes":
            damaged = bytearray(data)
            for at in range(len(damaged) // 3, len(damaged) // 3 + 16):
                damaged[at] ^= 0xFF
            conn.execute("UPDATE parse_cache SET data = ? WHERE key = ?", (bytes(damaged), key))
            return
        if how == "garbage with a matching checksum":
            damaged = b"\x00garbage" * 50
        else:  # another document's sound parse, re-labelled
            damaged = conn.execute("SELECT data FROM parse_cache WHERE key != ?", (key,)).fetchone()[0]
        checksum = hashlib.sha256(damaged).hexdigest()
        conn.execute("UPDATE parse_cache SET data = ?, checksum = ? WHERE key = ?", (damaged, checksum, key))


@pytest.mark.parametrize("how", ["flipped bytes", "garbage with a matching checksum", "another text's parse"])
def test_a_corrupt_entry_is_parsed_again_never_trusted(example, nlp, tmp_path, how):
    path = tmp_path / "parses.sqlite"
    with_cache = ParseCache.open_file(path)
    uncached, _ = evidence_json(example, nlp)
    evidence_json(example, nlp, cache=with_cache)
    _corrupt(path, how)
    after, counts = evidence_json(example, nlp, cache=with_cache)
    assert (counts.damaged, counts.parsed, counts.cached) == (1, 1, len(example[0]) - 1)
    assert after == uncached
    _, repaired = evidence_json(example, nlp, cache=with_cache)
    assert (repaired.damaged, repaired.cached) == (0, len(example[0]))
    with_cache.close()


def test_parses_in_two_processes_write_the_same_evidence_json_as_one(gold_case, nlp, cache):
    one, counts_one = evidence_json(gold_case, nlp, n_process=1)
    two, counts_two = evidence_json(gold_case, nlp, n_process=2, cache=cache)
    assert (counts_one.jobs, counts_two.jobs, counts_two.parsed) == (1, 2, len(gold_case[0]))
    assert two == one
    assert evidence_json(gold_case, nlp, cache=cache)[0] == one  # what the workers parsed reads back the same


@pytest.mark.parametrize(
    "documents, cpus, jobs", [(1, 8, 1), (19, 8, 1), (20, 1, 1), (20, 2, 2), (40, 3, 3), (300, 16, 4)]
)
def test_default_jobs_are_one_below_twenty_documents_else_the_cpus_at_most_four(documents, cpus, jobs):
    assert default_jobs(documents, cpus) == jobs


def test_a_doc_reads_back_with_its_attributions_offsets_and_extension_values(example, nlp):
    from reconcile.nlp import annotate

    document = example[0][1]
    doc = next(annotate([document], nlp))
    back = from_bytes(to_bytes(doc), nlp.vocab, document.text)

    def attributions(d):
        return [
            (s.start_char, s.end_char, s.label_, s._.cue_chars, s._.source_span_chars, s._.speaker, s._.speaker_key,
             s._.speaker_kind, s._.kind_evidence, s._.quote_kind, s._.via)
            for s in d.spans[SPAN_KEY]
        ]

    assert attributions(back) == attributions(doc) and len(attributions(doc)) > 3
    assert [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in back] == [
        (t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in doc
    ]
    assert list(back._.alias_pairs or []) == list(doc._.alias_pairs or [])
    assert not [k for k in back.user_data if not (isinstance(k, tuple) and k[0] == "._.")]
    with pytest.raises(CorruptEntry, match="another text"):
        from_bytes(to_bytes(doc), nlp.vocab, document.text + " ")


def test_a_case_store_keeps_the_parses_of_its_latest_run_only(example, nlp, tmp_path):
    documents, problems, case = example
    with CaseStore.create(tmp_path / "case.sqlite") as store:
        evidence_json(example, nlp, cache=store.parse_cache())
        assert store.parse_cache().usage().entries == len(documents)
        changed = replace(documents[0], text=documents[0].text + " ")
        _, counts = evidence_json(([changed, *documents[1:]], problems, case), nlp, cache=store.parse_cache())
        assert (counts.cached, counts.parsed) == (len(documents) - 1, 1)
        assert store.parse_cache().usage().entries == len(documents)
        assert store.parse_cache().clear() == len(documents)


def test_the_case_store_table_is_the_cache_files_table(tmp_path):
    def columns(conn):
        return conn.execute("PRAGMA table_info(parse_cache)").fetchall()

    with CaseStore.create(tmp_path / "case.sqlite") as store:
        in_store = columns(store.conn)
    assert MIGRATIONS[1].strip().endswith(";") and in_store
    alone = sqlite3.connect(":memory:")
    alone.execute(TABLE_SQL)
    assert columns(alone) == in_store


def test_a_cache_that_cannot_be_written_leaves_the_run_right(example, nlp, tmp_path):
    conn = sqlite3.connect(tmp_path / "empty.sqlite", isolation_level=None)  # no parse_cache table
    broken = ParseCache(conn, tmp_path / "empty.sqlite")
    uncached, _ = evidence_json(example, nlp)
    result, counts = evidence_json(example, nlp, cache=broken)
    assert result == uncached and counts.parsed == len(example[0])
    assert any("cannot read" in p for p in counts.problems) and any("cannot write" in p for p in counts.problems)


def test_clearing_a_damaged_cache_file_starts_a_new_one(tmp_path):
    path = file_in(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all" * 10)
    with pytest.raises(parse_cache.CacheUnusable, match="not an SQLite file"):
        ParseCache.open_file(path)
    assert clear_file(path) == 0 and not path.exists()
    ParseCache.open_file(path).close()
    assert path.exists()


def test_the_apps_re_run_reads_every_document_from_the_cases_cache(nlp, tmp_path, monkeypatch):
    from reconcile.app.boundary import DOCUMENTS_ENV
    from reconcile.app.case import AppCase

    monkeypatch.setenv(DOCUMENTS_ENV, str(EXAMPLE.parent))
    case = AppCase.open("syria", store_env=str(tmp_path))
    case.add_path(EXAMPLE)
    case.run(nlp=nlp, reviewer="ana")
    before, _ = case.reviewed()
    row = next(r for r in before.rows if r.facet == "victim.age")
    case.decide("verdict", row.facet, {"rating": "disputed"}, reviewer="ana", comment="56 or 60")

    def no_parse(documents, *args, **kwargs):
        raise AssertionError(f"parsed {[d.path for d in documents]} again")

    monkeypatch.setattr(parse_cache, "annotate", no_parse)
    case.run(nlp=nlp, reviewer="ana")
    after, review = case.reviewed()
    assert RENDERERS["json"](after) == RENDERERS["json"](before)
    assert review.orphans == () and review.verdicts["victim.age"]["rating"] == "disputed"
