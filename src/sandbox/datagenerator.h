// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sandbox {

// Fills a Dataset with deterministic, realistic and hostile records for FakeGhl and
// FakeMailerLite. The same Options give byte-identical output: all randomness comes from one
// QRandomGenerator seeded with Options::seed, and all dates are offsets from Options::epoch
// (never the wall clock). Pure computation; callable from any thread.
//
// What a dataset contains (shares are per contact and hold within a few percent for N >= 2000):
// - Names: Latin 58 %, Latin with diacritics 16 %, Cyrillic 8 %, CJK (Han, Kana, Hangul) 7 %,
//   Greek 4 %, Arabic 4 % and Hebrew 3 % (both RTL); 2 % have no name at all.
// - Emails: missingEmailShare (3 %) have none, invalidEmailShare (2 %) are malformed
//   ("no-at-sign", "a@b", "x@@y.com", trailing spaces...), caseDuplicateShare (1.5 %) repeat an
//   earlier contact's address in different case. Every other contact, hostile ones included, has
//   a valid address that is unique ignoring case; 10 % of those are mixed case and 6 % are
//   plus-addressed. Valid addresses use reserved domains (example.*, *.test).
// - Phones: 80 % have one: E.164 40 %, national and international formats with spaces, dots,
//   brackets, "0049" prefixes and extensions, and 3 % garbage ("n/a", "call me!").
// - emailDndShare (5 %): dnd true and dndSettings.Email.status "active". 4 % more have only SMS
//   DND (dnd false); half of the rest carry dndSettings with Email "inactive".
// - Tags: 0-4 from a fixed set of ten (incl. "Umlaut-Äpfel", case twins "newsletter"/"Newsletter").
// - Custom fields: one definition per GHL dataType (TEXT, LARGE_TEXT, NUMERICAL, PHONE, MONETORY,
//   CHECKBOX, SINGLE_OPTIONS, MULTIPLE_OPTIONS, DATE, TEXTBOX_LIST, RADIO, EMAIL) plus a TEXT field
//   with a non-ASCII name; 60 % of contacts carry values, each field with probability 0.3.
// - Notes: 0-5 per contact (45 % have some); 10 % of notes are long (about 2,000-7,000
//   characters) and 10 % are HTML. Tasks: 0-3 (35 % have some), 40 % completed, due within
//   [-60, +90] days of the epoch. Appointments: 3 % of contacts have 1-2.
// - hostileShare (2 %): one pathological value each: a 10,000-character first name, emoji, ZWJ
//   sequences, control characters (never NUL), bidi overrides, HTML/script tags, formula
//   injection ("=HYPERLINK(...)", "+cmd", "-2+3", "@SUM"), quotes, whitespace-only names. Their
//   emails stay valid and unique, so a sync still has to carry the value across.
// - dateAdded lies in [epoch - historyDays, epoch - 1 day], dateUpdated in [dateAdded, epoch).
//
// MailerLite pre-existing state (mlSubscribers > 0):
// - mlOverlapShare (40 %) of subscribers reuse a GHL contact's valid email (half of those in
//   different case, 15 % with a stale last name); the rest are MailerLite-only.
// - type: active 72 %, unsubscribed 10 %, unconfirmed 8 %, bounced 6 %, junk 4 %.
// - Groups "Newsletter" (60 %), "Customers" (25 %), "Webinar 2026" (10 %), "VIP" (5 %) and a
//   non-ASCII one (2 %), with counts that match the memberships.
// - Fields: the 9 built-ins of GET /fields plus notes_digest (TEXT), open_tasks (NUMBER) and
//   last_order (DATE); subscribers carry all of them, "" when empty.
// - Subscriber ids are 64-bit: 5 % of them (and always the last one) are BigIdBase + 2k, odd
//   values above 2^53 that a double cannot represent. Qt 6.4 keeps them exact: QJsonValue(qint64)
//   stores an integer, QJsonDocument::toJson writes every digit, and fromJson parses them back
//   exactly for toInteger(); but isDouble() is true for them and toDouble()/toVariant() of a
//   parsed value round to 9007199254740992. Readers must use toInteger().
class DataGenerator final
{
public:
    static constexpr qint64 BigIdBase = 9007199254740993LL; // 2^53 + 1
    static constexpr int LongNameLength = 10000;

    struct Options
    {
        int contacts = 1000;
        quint32 seed = 1;
        QString locationId = QStringLiteral("sandboxLocation00001");
        int mlSubscribers = 0; // pre-existing MailerLite subscribers; 0 leaves MailerLite empty
        double hostileShare = 0.02;
        double missingEmailShare = 0.03;
        double invalidEmailShare = 0.02;
        double caseDuplicateShare = 0.015;
        double emailDndShare = 0.05;
        double mlOverlapShare = 0.4;
        QDateTime epoch = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        int historyDays = 3 * 365;
    };

    // Fills every member of Dataset. Notes, tasks and appointments maps hold only contacts that
    // have at least one. The MailerLite fields list is filled even when mlSubscribers is 0,
    // because an account always has the built-in fields.
    [[nodiscard]] static Dataset generate(const Options &options);

    // The whole dataset as one compact JSON document with map keys sorted, so equal datasets
    // give equal bytes (QHash iteration order changes from run to run).
    [[nodiscard]] static QByteArray toJson(const Dataset &dataset);
};

} // namespace Sandbox
