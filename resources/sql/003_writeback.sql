-- SPDX-FileCopyrightText: ContactBridge contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- What the write-back changed in GoHighLevel after a MailerLite opt-out: the email
-- do-not-disturb or a tag of one contact. GHL then reports the change (a ContactDndUpdate or
-- ContactTagUpdate webhook, or the contact in the next incremental poll); these rows let that
-- echo be recognised instead of becoming a new change. Recorded before the request is sent,
-- because the echo may arrive before the answer; removed again when the request fails.
-- Conventions as in 001_initial.sql.
CREATE TABLE writebacks (
    id             INTEGER PRIMARY KEY,
    profile        TEXT    NOT NULL CHECK (profile <> ''),
    ghl_contact_id TEXT    NOT NULL CHECK (ghl_contact_id <> ''),
    kind           TEXT    NOT NULL CHECK (kind IN ('email-dnd', 'tag')),
    tag            TEXT,
    event_id       TEXT,
    written_at     INTEGER NOT NULL CHECK (typeof(written_at) = 'integer')
);
CREATE INDEX writebacks_contact ON writebacks (profile, ghl_contact_id, written_at);
