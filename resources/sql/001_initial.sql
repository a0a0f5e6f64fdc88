-- SPDX-FileCopyrightText: ContactBridge contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Base schema of the ContactBridge state database.
--
-- Conventions (the stores rely on them):
--  * Profiles live in QSettings, so every table is keyed by the profile name as text.
--  * Every timestamp is INTEGER milliseconds since the Unix epoch, UTC. The typeof() checks catch
--    a QDateTime bound directly (QSQLITE would store it as text and break ordering).
--  * Booleans are 0/1. Counters are never negative.
--  * Remote ids are TEXT: MailerLite subscriber ids are 64-bit and must not lose precision.
--  * Enumerations that the sync engine may extend (run mode, run outcome, item action) are not
--    constrained here: widening a CHECK means rebuilding the table. Only closed sets are checked.
--  * Every foreign key column is indexed so deleting a run never scans a child table.
--  * History that must outlive run pruning (failures, consent ledger) uses ON DELETE SET NULL;
--    per-run detail (items, log) is deleted with its run.

-- One row per sync run (also dry runs and retries).
CREATE TABLE runs (
    id                  INTEGER PRIMARY KEY,
    profile             TEXT    NOT NULL CHECK (profile <> ''),
    mode                TEXT    NOT NULL CHECK (mode <> ''),
    dry_run             INTEGER NOT NULL DEFAULT 0 CHECK (dry_run IN (0, 1)),
    started_at          INTEGER NOT NULL CHECK (typeof(started_at) = 'integer'),
    finished_at         INTEGER CHECK (finished_at IS NULL OR typeof(finished_at) = 'integer'),
    -- 'running' until the run ends; a run still 'running' at start-up was interrupted.
    outcome             TEXT    NOT NULL DEFAULT 'running' CHECK (outcome <> ''),
    created             INTEGER NOT NULL DEFAULT 0 CHECK (created >= 0),
    updated             INTEGER NOT NULL DEFAULT 0 CHECK (updated >= 0),
    unchanged           INTEGER NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
    unsubscribed        INTEGER NOT NULL DEFAULT 0 CHECK (unsubscribed >= 0),
    group_adds          INTEGER NOT NULL DEFAULT 0 CHECK (group_adds >= 0),
    group_removes       INTEGER NOT NULL DEFAULT 0 CHECK (group_removes >= 0),
    skipped_invalid     INTEGER NOT NULL DEFAULT 0 CHECK (skipped_invalid >= 0),
    blocked_consent     INTEGER NOT NULL DEFAULT 0 CHECK (blocked_consent >= 0),
    duplicates          INTEGER NOT NULL DEFAULT 0 CHECK (duplicates >= 0),
    failed              INTEGER NOT NULL DEFAULT 0 CHECK (failed >= 0),
    requests_ghl        INTEGER NOT NULL DEFAULT 0 CHECK (requests_ghl >= 0),
    requests_mailerlite INTEGER NOT NULL DEFAULT 0 CHECK (requests_mailerlite >= 0),
    -- Measured with a steady clock, so it stays right when the wall clock jumps.
    duration_ms         INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0),
    error_message       TEXT
);
CREATE INDEX runs_profile_started ON runs (profile, started_at);

-- One row per planned or applied item of a run, with its before/after field diff as JSON.
CREATE TABLE run_items (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    contact_id  TEXT,
    email       TEXT,
    action      TEXT    NOT NULL CHECK (action <> ''),
    outcome     TEXT    NOT NULL CHECK (outcome <> ''),
    reason      TEXT,
    before_json TEXT,
    after_json  TEXT,
    created_at  INTEGER NOT NULL CHECK (typeof(created_at) = 'integer')
);
CREATE INDEX run_items_run ON run_items (run_id);
CREATE INDEX run_items_contact ON run_items (contact_id);

-- The identity of a synced contact: GHL contact <-> MailerLite subscriber, plus the hash of the
-- payload last pushed, so an unchanged contact costs no MailerLite request.
CREATE TABLE links (
    profile          TEXT    NOT NULL CHECK (profile <> ''),
    ghl_contact_id   TEXT    NOT NULL CHECK (ghl_contact_id <> ''),
    ml_subscriber_id TEXT    NOT NULL CHECK (ml_subscriber_id <> ''),
    email            TEXT    NOT NULL,
    payload_hash     TEXT    NOT NULL,
    -- What was last pushed, the "before" side of the next diff: name, fields as a JSON object
    -- {"field key": "value"}, and the group ids as a JSON array of strings (64-bit ids do not
    -- survive a JSON number). subscriber_type is the last known MailerLite type, '' if unknown.
    name             TEXT    NOT NULL DEFAULT '',
    fields_json      TEXT    NOT NULL DEFAULT '{}',
    subscriber_type  TEXT    NOT NULL DEFAULT '',
    group_ids_json   TEXT    NOT NULL DEFAULT '[]',
    synced_at        INTEGER NOT NULL CHECK (typeof(synced_at) = 'integer'),
    PRIMARY KEY (profile, ghl_contact_id)
);
-- Not WITHOUT ROWID: on such a table the planner prefers the (profile, ...) primary key over
-- this index when there are no statistics, and email lookups would scan the whole profile.
-- Email matching is case-insensitive: query with lower(email) = lower(:email) to use it.
CREATE INDEX links_profile_email ON links (profile, lower(email));
-- Reverse lookup for MailerLite-side events (unsubscribe write-back).
CREATE INDEX links_profile_subscriber ON links (profile, ml_subscriber_id);

-- Items that failed, kept until retried successfully or ignored by the user.
CREATE TABLE failures (
    id               INTEGER PRIMARY KEY,
    run_id           INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    profile          TEXT    NOT NULL CHECK (profile <> ''),
    contact_id       TEXT,
    email            TEXT,
    error_kind       TEXT    NOT NULL CHECK (error_kind <> ''),
    http_status      INTEGER CHECK (http_status IS NULL OR http_status BETWEEN 100 AND 599),
    server_message   TEXT,
    -- Secrets and PII beyond the ids are redacted before the payload is stored.
    payload_redacted TEXT,
    attempts         INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    status           TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'retried', 'ignored')),
    ignore_reason    TEXT,
    created_at       INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at       INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer')
);
CREATE INDEX failures_run ON failures (run_id);
CREATE INDEX failures_profile_status ON failures (profile, status);
-- A contact has at most one open failure per profile: a repeated failure bumps `attempts`
-- (INSERT ... ON CONFLICT (profile, contact_id) WHERE status = 'open' DO UPDATE).
CREATE UNIQUE INDEX failures_open_contact ON failures (profile, contact_id) WHERE status = 'open';

-- Audit trail of every subscription status change and why it happened.
CREATE TABLE consent_ledger (
    id               INTEGER PRIMARY KEY,
    profile          TEXT    NOT NULL CHECK (profile <> ''),
    ghl_contact_id   TEXT,
    email            TEXT,
    ml_subscriber_id TEXT,
    old_status       TEXT,
    new_status       TEXT    NOT NULL CHECK (new_status <> ''),
    reason           TEXT    NOT NULL CHECK (reason <> ''),
    source           TEXT    NOT NULL CHECK (source <> ''),
    run_id           INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL CHECK (typeof(created_at) = 'integer')
);
CREATE INDEX consent_ledger_run ON consent_ledger (run_id);
CREATE INDEX consent_ledger_contact ON consent_ledger (profile, ghl_contact_id);
-- Recorded history is never rewritten. Only run_id may change, when ON DELETE SET NULL fires.
CREATE TRIGGER consent_ledger_append_only
BEFORE UPDATE OF profile, ghl_contact_id, email, ml_subscriber_id, old_status, new_status, reason,
                 source, created_at ON consent_ledger
BEGIN
    SELECT RAISE(ABORT, 'consent_ledger rows cannot be changed');
END;

-- Incremental sync: the highest GHL dateUpdated seen by the last complete run of a profile.
CREATE TABLE sync_cursors (
    profile           TEXT    PRIMARY KEY NOT NULL CHECK (profile <> ''),
    last_date_updated INTEGER NOT NULL CHECK (typeof(last_date_updated) = 'integer'),
    updated_at        INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer')
) WITHOUT ROWID;

-- The user-facing sync log of a run (LogEntry), stored with the run.
CREATE TABLE log_entries (
    id         INTEGER PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    time       INTEGER NOT NULL CHECK (typeof(time) = 'integer'),
    severity   TEXT    NOT NULL CHECK (severity <> ''),
    contact_id TEXT,
    message    TEXT    NOT NULL
);
CREATE INDEX log_entries_run ON log_entries (run_id, time);
