"""CaseStore: runs with their evidentiary copies, decisions with their audit rows, re-runs that keep decisions."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from case_fixture import by_source, claim_with, make_extraction, with_added_document, with_changed_extractor

from reconcile.errors import CaseError, StoreError
from reconcile.export import claimreview
from reconcile.model import Action, Credibility, Document, Reliability, ReviewStatus, Verdict, short_hash
from reconcile.pipeline import assemble, extract
from reconcile.store import CaseStore, case_file, reviewer_name
from reconcile.store.migrations import APPLICATION_ID, LATEST, MIGRATIONS, migrate

AGE_CLAIM = "whom his family has identified"
EXAMPLE = Path(__file__).resolve().parents[2] / "data" / "examples" / "syria-strike-2023"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("RECONCILE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("RECONCILE_REVIEWER", "env-reviewer")
    return tmp_path / "home"


@pytest.fixture
def extraction(tmp_path):
    return make_extraction(tmp_path)


@pytest.fixture
def store(tmp_path, extraction):
    with CaseStore.create(tmp_path / "case.sqlite") as case_store:
        case_store.save_run(extraction)
        yield case_store


def test_a_saved_run_reads_back_equal(store, extraction):
    assert store.latest_run() == extraction
    assert store.documents() == extraction.documents
    assert store.latest_run_info().claims == 8


def test_raw_bytes_are_the_file_as_received(store, extraction, tmp_path):
    for doc in extraction.documents:
        data = store.raw_bytes(doc.id)
        assert hashlib.sha256(data).hexdigest() == doc.sha256
        assert data == (tmp_path / doc.path.rsplit("/", 1)[1]).read_bytes()
    with pytest.raises(CaseError, match="No document 'nope'"):
        store.raw_bytes("nope")


def test_rows_of_one_file_share_one_copy_read_without_their_suffix(tmp_path):
    data = b"source,text\nfamily,He was 56.\nWhite Helmets,He was 60.\n"
    (tmp_path / "accounts.csv").write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    docs = tuple(
        Document(short_hash(sha, n), f"{tmp_path}/accounts.csv#row={n}", text, sha, len(data), "now", "csv")
        for n, text in ((1, "He was 56."), (2, "He was 60."))
    )
    extraction = dataclasses.replace(make_extraction(tmp_path), documents=docs, sources=(), claims=())
    with CaseStore.create(tmp_path / "csv.sqlite") as store:
        store.save_run(extraction)
        assert store.raw_bytes(docs[0].id) == store.raw_bytes(docs[1].id) == data
        assert store.conn.execute("SELECT count(*) FROM blobs").fetchone() == (1,)


def test_a_file_changed_since_it_was_read_is_refused(tmp_path, extraction):
    path = extraction.documents[1].path
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("edited")
    with (
        CaseStore.create(tmp_path / "c.sqlite") as store,
        pytest.raises(StoreError, match="has changed since"),
    ):
        store.save_run(extraction)
    raw = {extraction.documents[1].sha256: extraction.documents[1].text.encode("utf-8")}
    with CaseStore.open(tmp_path / "c.sqlite") as store:
        assert store.latest_run() is None
        store.save_run(extraction, raw=raw)
        assert store.raw_bytes(extraction.documents[1].id) == raw[extraction.documents[1].sha256]


def test_a_rerun_replaces_the_extraction_and_keeps_the_copies(store, extraction, tmp_path):
    first = store.latest_run_info().id
    rerun = with_added_document(extraction, tmp_path)
    assert store.save_run(rerun) > first
    assert store.latest_run() == rerun
    assert store.conn.execute("SELECT count(*) FROM runs").fetchone() == (1,)
    assert store.conn.execute("SELECT count(*) FROM blobs").fetchone() == (4,)


def test_cases_are_found_by_name_under_reconcile_home(home, extraction):
    assert case_file("syria-2023") == home / "cases" / "syria-2023.sqlite"
    with CaseStore.open("syria-2023", create=True) as store:
        store.save_run(extraction)
    with CaseStore.at(case="syria-2023") as store:
        assert store.path == home / "cases" / "syria-2023.sqlite"
        assert store.latest_run() == extraction


@pytest.mark.parametrize("name", ["../escape", "a/b", "", ".hidden"])
def test_bad_case_names_are_refused(name):
    with pytest.raises(CaseError, match="Case name"):
        case_file(name)
    with pytest.raises(CaseError, match="Case name"):
        case_file(name, cases="/tmp/cases")


def test_one_rule_says_where_a_case_lives(home, tmp_path):
    assert case_file("syria", tmp_path / "mine.db") == tmp_path / "mine.db"  # --store wins over the name
    assert case_file(store="plain-file") == Path("plain-file")
    assert case_file("syria", cases=tmp_path / "cases") == tmp_path / "cases" / "syria.sqlite"
    assert case_file("syria", cases=tmp_path / "one.sqlite") == tmp_path / "one.sqlite"
    (tmp_path / "existing").write_bytes(b"")
    assert case_file("syria", cases=tmp_path / "existing") == tmp_path / "existing"
    with CaseStore.open("syria", create=True) as store:
        assert store.path == case_file("syria") == home / "cases" / "syria.sqlite"


def test_a_missing_store_says_how_to_create_it(tmp_path):
    with pytest.raises(
        StoreError, match=r"No case store at .*nothing\.sqlite; create it with 'reconcile run"
    ):
        CaseStore.open(tmp_path / "nothing.sqlite")
    with pytest.raises(CaseError, match="--case NAME or .* --store PATH"):
        CaseStore.at()


def test_the_schema_is_versioned_with_wal_and_foreign_keys(store):
    pragma = {
        name: store.conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("user_version", "application_id", "journal_mode", "foreign_keys")
    }
    assert pragma == {
        "user_version": LATEST,
        "application_id": APPLICATION_ID,
        "journal_mode": "wal",
        "foreign_keys": 1,
    }


def test_migrating_twice_changes_nothing(store):
    assert migrate(store.conn) == LATEST == len(MIGRATIONS)


def test_a_later_migration_is_applied_once(tmp_path, monkeypatch, extraction):
    with CaseStore.create(tmp_path / "old.sqlite") as store:
        store.save_run(extraction)
    monkeypatch.setattr(
        "reconcile.store.migrations.MIGRATIONS", (*MIGRATIONS, "ALTER TABLE runs ADD COLUMN note TEXT;")
    )
    monkeypatch.setattr("reconcile.store.migrations.LATEST", LATEST + 1)
    monkeypatch.setattr("reconcile.store.database.LATEST", LATEST + 1)
    with CaseStore.open(tmp_path / "old.sqlite") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone() == (LATEST + 1,)
        assert "note" in [row[1] for row in store.conn.execute("PRAGMA table_info(runs)")]
        assert store.latest_run() == extraction


def test_a_store_from_a_newer_reconcile_is_refused(tmp_path, store):
    store.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(StoreError, match="newer reconcile"):
        CaseStore.open(store.path)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET reviewer = 'x'",
        "DELETE FROM audit_log",
        "DELETE FROM decisions",
        "UPDATE decisions SET action = 'accept'",
        "UPDATE blobs SET data = x'00'",
        "DELETE FROM blobs",
    ],
)
def test_decisions_audit_log_and_copies_cannot_be_changed(store, sql):
    store.decide("verdict", "victim.age", {"rating": "false"}, comment="no")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(sql)


def test_reviewer_comes_from_the_argument_then_the_environment_then_the_os(monkeypatch):
    assert reviewer_name("ana") == "ana"
    assert reviewer_name(None) == "env-reviewer"
    monkeypatch.delenv("RECONCILE_REVIEWER")
    monkeypatch.setattr("getpass.getuser", lambda: "os-user")
    assert reviewer_name("") == "os-user"


def test_deciding_before_any_run_says_to_run_first(tmp_path):
    with CaseStore.create(tmp_path / "empty.sqlite") as store, pytest.raises(StoreError, match="no run yet"):
        store.decide("accept", "x")


def last_audit(store):
    return store.log()[-1]


ACTIONS = [
    # (action, target, payload, comment, expected before, expected after) - target/claim named by its text
    ("accept", AGE_CLAIM, {}, None, {"status": "pending"}, {"status": "accepted"}),
    ("reject", AGE_CLAIM, {}, "not said by the family", {"status": "pending"}, {"status": "rejected"}),
    (
        "reassign",
        AGE_CLAIM,
        {"source": "White Helmets"},
        None,
        {"source": "Mesto’s family"},
        {"source": "White Helmets"},
    ),
    (
        "edit",
        AGE_CLAIM,
        {"facet": "victim.age", "value": 60},
        None,
        {"facets": {"victim.age": 56, "victim.name": "Loutfi Hassan Mesto"}},
        {"facets": {"victim.age": 60, "victim.name": "Loutfi Hassan Mesto"}},
    ),
]


@pytest.mark.parametrize("action, words, payload, comment, before, after", ACTIONS)
def test_each_claim_decision_is_recorded_with_its_audit_row(
    store, extraction, action, words, payload, comment, before, after
):
    claim = claim_with(extraction, words)
    decision = store.decide(action, claim.id[:7], payload, reviewer="ana", comment=comment)
    assert store.decisions() == [decision]
    entry = last_audit(store)
    assert (entry.reviewer, entry.action, entry.target, entry.decision_id) == (
        "ana",
        action,
        f"claim {claim.id}",
        decision.id,
    )
    assert {k: entry.before[k] for k in before} == before
    assert {k: entry.after[k] for k in after} == after
    assert entry.at == decision.decided_at and entry.at.endswith("+00:00")


def test_source_decisions_record_the_sources_before_and_after(store, extraction):
    centcom = by_source(extraction, "U.S. Central Command")
    store.decide("reliability", "centcom", {"rating": "B"})
    assert (
        last_audit(store).before["source"]["reliability"],
        last_audit(store).after["source"]["reliability"],
    ) == (None, "B")
    store.decide("merge", centcom.id[:4], {"other": "Defense officials"})
    entry = last_audit(store)
    assert entry.before["other"]["names"] == ["Defense officials", "defense officials"]
    assert entry.after == {
        "source": {
            "id": centcom.id,
            "names": [
                "U.S. Central Command",
                "CENTCOM",
                "Central Command",
                "Defense officials",
                "defense officials",
            ],
            "reliability": "B",
            "claims": 4,
        },
        "other": {
            "id": centcom.id,
            "names": [
                "U.S. Central Command",
                "CENTCOM",
                "Central Command",
                "Defense officials",
                "defense officials",
            ],
            "reliability": "B",
            "claims": 4,
        },
    }
    store.decide("split", "U.S. Central Command", {"alias": "defense officials"})
    entry = last_audit(store)
    assert entry.before["split_off"] is None
    assert entry.after["split_off"]["names"] == ["defense officials"]


def test_add_records_the_new_claim_as_after(store, extraction):
    cnn = extraction.documents[0]
    start = cnn.text.index("Loutfi Hassan Mesto, 56")
    store.decide(
        "add",
        cnn.id,
        {"start": start, "end": start + 23, "source": "A neighbour", "facet": "victim.age", "value": 56},
    )
    entry = last_audit(store)
    assert entry.before is None
    assert entry.after == {
        "id": short_hash("added", cnn.id, start, start + 23),
        "status": "added",
        "source": "A neighbour",
        "facets": {"victim.age": 56},
    }


def test_row_decisions_and_the_review(store, extraction):
    store.decide("credibility", "victim.age", {"rating": 2})
    store.decide(
        "verdict",
        "victim.age",
        {"rating": "disputed", "url": "https://factcheck.example/mesto"},
        reviewer="ana",
        comment="The family says 56, the White Helmets 60.",
    )
    entry = last_audit(store)
    assert entry.before == {"facet": "victim.age", "verdict": None, "credibility": 2}
    assert entry.after["verdict"]["rating"] == "disputed"
    review = store.review()
    assert review.credibility == {"victim.age": 2}
    assert review.verdicts["victim.age"]["comment"] == "The family says 56, the White Helmets 60."


def test_review_words_are_stored_as_before_the_enums(store, extraction):
    claim = claim_with(extraction, AGE_CLAIM)
    store.decide(Action.RELIABILITY, "centcom", {"rating": "b"})
    store.decide("credibility", "victim.age", {"rating": "3"})
    store.decide(Action.VERDICT, "victim.age", {"rating": "Disputed"}, comment="56 or 60")
    store.decide("reject", claim.id, {})
    rows = store.conn.execute("SELECT action, payload FROM decisions ORDER BY id").fetchall()
    assert rows == [
        ("reliability", '{"rating":"B"}'),
        ("credibility", '{"rating":3}'),
        ("verdict", '{"rating":"disputed","url":null}'),
        ("reject", "{}"),
    ]


def test_a_store_written_before_the_enums_loads_into_them(store, extraction):
    claim = claim_with(extraction, AGE_CLAIM)
    centcom = by_source(extraction, "U.S. Central Command")
    store.decide("accept", claim.id, {})  # the claim's stable key, as any version wrote it
    target = store.conn.execute("SELECT target FROM decisions").fetchone()[0]
    old = [  # rows exactly as an earlier reconcile wrote them, inserted without the library
        ("reject", target, "{}", "claim x"),
        ("reliability", json.dumps({"kind": "source", "names": [centcom.name]}), '{"rating":"E"}', "source x"),
        ("credibility", '{"facet":"victim.age","kind":"facet"}', '{"rating":5}', "row victim.age"),
        ("verdict", '{"facet":"victim.age","kind":"facet"}', '{"rating":"false","url":null}', "row victim.age"),
    ]
    with store.conn:
        store.conn.executemany(
            "INSERT INTO decisions (action, target, payload, label, reviewer, decided_at)"
            " VALUES (?, ?, ?, ?, 'old', '2024-01-01T00:00:00+00:00')",
            old,
        )
    review = store.review()
    assert [d.action for d in store.decisions()] == [Action.ACCEPT, Action.REJECT, Action.RELIABILITY,
                                                      Action.CREDIBILITY, Action.VERDICT]
    assert review.orphans == ()
    assert review.status == {claim.id: ReviewStatus.REJECTED}
    assert review.reliability == {centcom.id: Reliability.E}
    assert review.credibility == {"victim.age": Credibility.IMPROBABLE}
    assert Verdict(review.verdicts["victim.age"]["rating"]) is Verdict.FALSE


def test_the_audit_log_has_one_row_per_decision_and_run(store, extraction):
    claims = extraction.claims
    for claim in claims:
        store.decide("accept", claim.id)
    store.decide("reject", claims[0].id, comment="duplicate")
    log = store.log()
    assert [e.action for e in log] == ["run"] + ["accept"] * len(claims) + ["reject"]
    assert [e.decision_id for e in log[1:]] == [d.id for d in store.decisions()]
    assert log[-1].before["status"] == "accepted" and log[-1].after["status"] == "rejected"
    assert log[0].before is None and log[0].after == {"run": 1, "documents": 3, "claims": 8}


def test_a_failed_decision_writes_neither_decision_nor_audit_row(store):
    with pytest.raises(CaseError):
        store.decide("verdict", "victim.age", {"rating": "false"}, comment="  ")
    assert store.decisions() == []
    assert [e.action for e in store.log()] == ["run"]


def test_evidence_applies_the_decisions_to_the_latest_run(store, extraction):
    store.decide("reject", claim_with(extraction, AGE_CLAIM).id)
    evidence = store.evidence()
    expected = assemble(
        dataclasses.replace(extraction, claims=tuple(c for c in extraction.claims if AGE_CLAIM not in c.text))
    )
    assert evidence == expected
    assert store.review().rejected == (claim_with(extraction, AGE_CLAIM),)


def test_decisions_survive_reruns_and_orphans_are_kept(store, extraction, tmp_path):
    age = claim_with(extraction, AGE_CLAIM)
    store.decide("edit", age.id, {"facet": "victim.age", "value": 57})
    store.decide("reliability", "White Helmets", {"rating": "B"})
    store.decide("verdict", "event.toll", {"rating": "unverified"}, comment="only officials recall it")
    store.save_run(with_changed_extractor(with_added_document(extraction, tmp_path)))
    evidence, review = store.reviewed()
    assert review.orphans == ()
    assert review.reliability == {by_source(store.latest_run(), "Syrian Civil Defence").id: "B"}
    assert [e.value for e in review.edits] == [57]
    age_row = next(r for r in evidence.rows if r.facet == "victim.age")
    assert sorted(v for cell in age_row.cells for v in cell.values) == [57, 57, 60]
    store.save_run(
        dataclasses.replace(extraction, claims=tuple(c for c in extraction.claims if "Kabul" not in c.text))
    )
    assert [d.action for d in store.orphans()] == ["verdict"]
    assert len(store.decisions()) == 3
    store.save_run(extraction)
    assert store.orphans() == []


def test_verdicts_export_as_claimreview(store, extraction):
    store.decide("verdict", "victim.age", {"rating": "disputed"}, reviewer="Desk", comment="56 or 60")
    evidence, review = store.reviewed()
    reviews = json.loads(claimreview.render(evidence, review.verdicts))
    assert [(r["reviewRating"]["alternateName"], r["reviewBody"], r["author"]["name"]) for r in reviews] == [
        ("disputed", "56 or 60", "Desk")
    ] * 3
    assert {r["itemReviewed"]["author"]["name"] for r in reviews} == {"Mesto’s family", "White Helmets"}


def test_the_example_case_keeps_its_review_when_a_document_is_added(nlp, tmp_path):
    folder = tmp_path / "syria"
    shutil.copytree(EXAMPLE, folder)
    with CaseStore.create(tmp_path / "syria.sqlite") as store:
        store.save_run(extract([folder], nlp=nlp))
        first = store.latest_run()
        ages = [c for c in first.claims if any(fv.facet == "victim.age" for fv in c.facets)]
        family = next(c for c in ages if any(fv.value == 56 for fv in c.facets))
        nested = next(c for c in reversed(ages) if c.id != family.id)  # the editor rejects the last other age
        kept = sorted(fv.value for c in ages if c.id != nested.id for fv in c.facets if fv.facet == "victim.age")
        store.decide("reject", nested.id, comment="not a claim about this man's age")
        store.decide("reliability", family.source_id, {"rating": "C"})
        store.decide("verdict", "victim.age", {"rating": "disputed"}, comment="56 or 60")
        brother = "Mesto's brother said Loutfi Hassan Mesto was 57 years old.\n"
        (folder / "brother.txt").write_text(brother, encoding="utf-8")
        store.save_run(extract([folder], nlp=nlp))
        evidence, review = store.reviewed()
        added = next(d for d in evidence.documents if d.path.endswith("brother.txt"))
        assert store.raw_bytes(added.id) == brother.encode("utf-8")
    assert len(evidence.documents) == len(first.documents) + 1
    assert review.orphans == ()
    assert [c.id for c in review.rejected] == [nested.id]  # its facets may differ: the new document adds names
    assert review.reliability == {family.source_id: "C"}
    assert review.verdicts["victim.age"]["rating"] == "disputed"
    age_row = next(r for r in evidence.rows if r.facet == "victim.age")
    assert sorted(v for cell in age_row.cells for v in cell.values) == sorted({*kept, 57})
    assert nested.id not in {i for cell in age_row.cells for i in cell.claim_ids}
