-- A case store: the evidentiary copies of a case's documents, the latest run's extraction, every reviewer
-- decision and an append-only audit log. This file is migration 1 (see migrations.py); later changes are new
-- numbered migrations, never edits here.

-- Raw bytes of every file ever read for the case, keyed by their SHA-256: never modified, never deleted.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size   INTEGER NOT NULL,
    data   BLOB NOT NULL
);

-- One row per run; only the latest run keeps its documents, sources and claims.
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    saved_at    TEXT NOT NULL,
    version     TEXT NOT NULL,
    case_json   TEXT NOT NULL,
    problems    TEXT NOT NULL,
    n_documents INTEGER NOT NULL,
    n_sources   INTEGER NOT NULL,
    n_claims    INTEGER NOT NULL
);

CREATE TABLE documents (
    run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id       TEXT NOT NULL,
    sha256   TEXT NOT NULL REFERENCES blobs (sha256),
    path     TEXT NOT NULL,
    json     TEXT NOT NULL,
    PRIMARY KEY (run_id, id)
);

CREATE TABLE sources (
    run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id       TEXT NOT NULL,
    name     TEXT NOT NULL,
    json     TEXT NOT NULL,
    PRIMARY KEY (run_id, id)
);

CREATE TABLE claims (
    run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    id          TEXT NOT NULL,
    document_id TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    json        TEXT NOT NULL,
    PRIMARY KEY (run_id, position),
    FOREIGN KEY (run_id, document_id) REFERENCES documents (run_id, id) ON DELETE CASCADE
);

-- Reviewer decisions, applied in id order after every run. Targets are stable keys (see decisions.py).
CREATE TABLE decisions (
    id         INTEGER PRIMARY KEY,
    action     TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'reassign', 'edit', 'merge', 'split', 'add',
                                               'reliability', 'credibility', 'verdict')),
    target     TEXT NOT NULL,
    payload    TEXT NOT NULL,
    label      TEXT NOT NULL,
    reviewer   TEXT NOT NULL,
    comment    TEXT,
    decided_at TEXT NOT NULL
);

-- Every change to the case: who, when, what, on what, and the state before and after (JSON).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    before      TEXT NOT NULL,
    after       TEXT NOT NULL,
    decision_id INTEGER REFERENCES decisions (id),
    run_id      INTEGER
);

CREATE TRIGGER blobs_keep_update BEFORE UPDATE ON blobs
BEGIN SELECT RAISE(ABORT, 'blobs are evidentiary copies and are never modified'); END;
CREATE TRIGGER blobs_keep_delete BEFORE DELETE ON blobs
BEGIN SELECT RAISE(ABORT, 'blobs are evidentiary copies and are never deleted'); END;
CREATE TRIGGER decisions_keep_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are never modified; record a new decision instead'); END;
CREATE TRIGGER decisions_keep_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are never deleted; record a new decision instead'); END;
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
