-- SPDX-FileCopyrightText: ContactBridge contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Webhook events received from GoHighLevel and MailerLite, queued until a run applies them.
-- Durable, so an event acknowledged to the service survives a crash before it is applied; the
-- unique key rejects a replayed delivery. Conventions as in 001_initial.sql.
CREATE TABLE webhook_events (
    id            INTEGER PRIMARY KEY,
    profile       TEXT    NOT NULL CHECK (profile <> ''),
    source        TEXT    NOT NULL CHECK (source IN ('ghl', 'mailerlite')),
    event_id      TEXT    NOT NULL CHECK (event_id <> ''),
    type          TEXT    NOT NULL CHECK (type <> ''),
    sent_at       INTEGER NOT NULL CHECK (typeof(sent_at) = 'integer'),
    received_at   INTEGER NOT NULL CHECK (typeof(received_at) = 'integer'),
    contact_id    TEXT,
    subscriber_id TEXT,
    email         TEXT,
    payload       TEXT    NOT NULL,
    -- pending until a run settles it: applied, failed (with a note) or ignored (with a note).
    status        TEXT    NOT NULL DEFAULT 'pending'
                          CHECK (status IN ('pending', 'applied', 'failed', 'ignored')),
    run_id        INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    note          TEXT,
    settled_at    INTEGER CHECK (settled_at IS NULL OR typeof(settled_at) = 'integer'),
    UNIQUE (profile, source, event_id)
);
CREATE INDEX webhook_events_pending ON webhook_events (profile, status, id);
CREATE INDEX webhook_events_run ON webhook_events (run_id);
