// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Sandbox::DataGenerator;
using Sandbox::Dataset;

namespace {

constexpr int N = 2000;
constexpr qint64 s_msPerDay = 86400000;

DataGenerator::Options options(int contacts, int subscribers = 0, quint32 seed = 7)
{
    DataGenerator::Options o;
    o.contacts = contacts;
    o.mlSubscribers = subscribers;
    o.seed = seed;
    return o;
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression valid(
        u"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"_s);
    return !email.contains(u"..") && valid.match(email).hasMatch();
}

double share(qsizetype count, qsizetype total)
{
    return static_cast<double>(count) / static_cast<double>(total);
}

bool hasScript(const QString &text, char16_t low, char16_t high)
{
    return std::any_of(text.begin(), text.end(),
                       [&](QChar c) { return c.unicode() >= low && c.unicode() <= high; });
}

qint64 parseIso(const QString &text)
{
    static const QRegularExpression shape(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    if (!shape.match(text).hasMatch()) {
        return -1;
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class TestDataGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_data = DataGenerator::generate(options(N, 1000));
        m_epoch = DataGenerator::Options().epoch.toMSecsSinceEpoch();
    }

    void sameSeedGivesSameBytes()
    {
        auto json = [](quint32 seed) {
            return DataGenerator::toJson(DataGenerator::generate(options(300, 150, seed)));
        };
        const QByteArray a = json(42), b = json(42), c = json(43);
        QVERIFY(a.size() > 100000);
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(!a.contains("\\u0000"));
    }

    void countsMatchOptions()
    {
        QCOMPARE(m_data.ghlContacts.size(), N);
        QCOMPARE(m_data.mlSubscribers.size(), 1000);
        QCOMPARE(m_data.ghlCustomFields.size(), 13);
        QCOMPARE(m_data.mlGroups.size(), 5);
        QCOMPARE(m_data.mlFields.size(), 12);
        const Dataset empty = DataGenerator::generate(options(50));
        QCOMPARE(empty.ghlContacts.size(), 50);
        QVERIFY(empty.mlSubscribers.isEmpty() && empty.mlGroups.isEmpty());
        QCOMPARE(empty.mlFields.size(), 12);
        QCOMPARE(m_data.ghlContacts[7][u"locationId"_s].toString(), u"sandboxLocation00001"_s);
    }

    void everyDataTypeHasDefinitionAndValues()
    {
        const QStringList expected {
            u"TEXT"_s,     u"LARGE_TEXT"_s,   u"NUMERICAL"_s,      u"PHONE"_s,
            u"MONETORY"_s, u"CHECKBOX"_s,     u"SINGLE_OPTIONS"_s, u"MULTIPLE_OPTIONS"_s,
            u"DATE"_s,     u"TEXTBOX_LIST"_s, u"RADIO"_s,          u"EMAIL"_s};
        QHash<QString, QString> typeById;
        for (const QJsonValue &def : m_data.ghlCustomFields) {
            typeById.insert(def[u"id"_s].toString(), def[u"dataType"_s].toString());
            QVERIFY(def[u"fieldKey"_s].toString().startsWith(u"contact."_s));
            QCOMPARE(def[u"model"_s].toString(), u"contact"_s);
            const QString type = def[u"dataType"_s].toString();
            const bool options = type.endsWith(u"OPTIONS"_s) || type == u"CHECKBOX"_s
                || type == u"RADIO"_s || type == u"TEXTBOX_LIST"_s;
            QCOMPARE(def[u"picklistOptions"_s].isArray(), options);
        }
        QHash<QString, int> valuesByType;
        for (const QJsonValue &c : m_data.ghlContacts) {
            for (const QJsonValue &v : c[u"customFields"_s].toArray()) {
                const QString type = typeById.value(v[u"id"_s].toString());
                QVERIFY2(!type.isEmpty(), "value for an undefined field");
                ++valuesByType[type];
                const QJsonValue value = v[u"value"_s];
                if (type == u"NUMERICAL" || type == u"MONETORY" || type == u"DATE") {
                    QVERIFY(value.isDouble());
                } else if (type == u"CHECKBOX" || type == u"MULTIPLE_OPTIONS"
                           || type == u"TEXTBOX_LIST") {
                    QVERIFY(!value.toArray().isEmpty());
                } else {
                    QVERIFY(value.isString());
                }
            }
        }
        for (const QString &type : expected) {
            QVERIFY2(valuesByType.value(type) > 50, qPrintable(type));
        }
    }

    void emailSharesWithinTolerance()
    {
        int missing = 0, invalid = 0, mixedCase = 0, plus = 0;
        QHash<QString, QStringList> byLower;
        for (const QJsonValue &c : m_data.ghlContacts) {
            const QString email = c[u"email"_s].toString();
            if (email.isEmpty()) {
                ++missing;
                QVERIFY(!c.toObject().contains(u"emailLowerCase"_s));
                continue;
            }
            QCOMPARE(c[u"emailLowerCase"_s].toString(), email.toLower());
            if (!isValidEmail(email)) {
                ++invalid;
                continue;
            }
            byLower[email.toLower()].append(email);
            mixedCase += email != email.toLower() ? 1 : 0;
            plus += email.contains(u'+') ? 1 : 0;
        }
        int duplicates = 0, uniqueValid = 0;
        for (const QStringList &group : std::as_const(byLower)) {
            if (group.size() == 1) {
                ++uniqueValid;
                continue;
            }
            duplicates += static_cast<int>(group.size()) - 1;
            // A duplicate differs from its original only in letter case.
            QVERIFY(QSet<QString>(group.begin(), group.end()).size() > 1);
        }
        QVERIFY2(qAbs(share(missing, N) - 0.03) < 0.015, qPrintable(QString::number(missing)));
        QVERIFY2(qAbs(share(invalid, N) - 0.02) < 0.012, qPrintable(QString::number(invalid)));
        QVERIFY2(duplicates >= 10 && duplicates <= 55, qPrintable(QString::number(duplicates)));
        QVERIFY(share(uniqueValid, N) > 0.9);
        QVERIFY(mixedCase > 100 && plus > 50);
    }

    void invalidEmailsAreTheHostileKinds()
    {
        QSet<QString> invalid;
        for (const QJsonValue &c : m_data.ghlContacts) {
            const QString email = c[u"email"_s].toString();
            if (!email.isEmpty() && !isValidEmail(email)) {
                invalid.insert(email);
            }
        }
        QVERIFY(invalid.size() >= 8);
        QVERIFY(std::any_of(invalid.begin(), invalid.end(),
                            [](const QString &e) { return e.endsWith(u' '); }));
        QVERIFY(std::any_of(invalid.begin(), invalid.end(),
                            [](const QString &e) { return !e.contains(u'@'); }));
    }

    void scriptsIncludingRtl()
    {
        int rtl = 0, cyrillic = 0, greek = 0, cjk = 0, diacritic = 0;
        for (const QJsonValue &c : m_data.ghlContacts) {
            const QString name = c[u"firstName"_s].toString() + c[u"lastName"_s].toString();
            rtl += hasScript(name, 0x0590, 0x06FF) ? 1 : 0;
            cyrillic += hasScript(name, 0x0400, 0x04FF) ? 1 : 0;
            greek += hasScript(name, 0x0370, 0x03FF) ? 1 : 0;
            cjk += hasScript(name, 0x3040, 0xD7AF) ? 1 : 0;
            diacritic += hasScript(name, 0x00C0, 0x024F) ? 1 : 0;
        }
        QVERIFY2(qAbs(share(rtl, N) - 0.07) < 0.025, qPrintable(QString::number(rtl)));
        QVERIFY(cyrillic > 80 && greek > 40 && cjk > 70 && diacritic > 150);
    }

    void emailDndShare()
    {
        int dnd = 0;
        for (const QJsonValue &c : m_data.ghlContacts) {
            const bool emailActive
                = c[u"dndSettings"_s][u"Email"_s][u"status"_s].toString() == u"active";
            QCOMPARE(c[u"dnd"_s].toBool(), emailActive);
            dnd += emailActive ? 1 : 0;
        }
        QVERIFY2(qAbs(share(dnd, N) - 0.05) < 0.02, qPrintable(QString::number(dnd)));
    }

    void pathologicalValuesPresent()
    {
        const QByteArray json = DataGenerator::toJson(m_data);
        for (const char *marker : {"<script>", "=HYPERLINK(", "+cmd|", "-2+3", "@SUM(", "\\u001b",
                                   "\\t", "\xF0\x9F\x98\x80" /* U+1F600 */}) {
            QVERIFY2(json.contains(marker), marker);
        }
        QVERIFY(!json.contains("\\u0000"));
        qsizetype longest = 0;
        for (const QJsonValue &c : m_data.ghlContacts) {
            longest = std::max(longest, c[u"firstName"_s].toString().size());
        }
        QCOMPARE(longest, qsizetype(DataGenerator::LongNameLength));
    }

    void idsUnique()
    {
        static const QRegularExpression ghlId(u"^[A-Za-z0-9]{20}$"_s);
        QSet<QString> ids;
        qsizetype total = 0;
        auto add = [&](const QJsonArray &records) {
            for (const QJsonValue &r : records) {
                const QString id = r[u"id"_s].toString();
                QVERIFY2(ghlId.match(id).hasMatch(), qPrintable(id));
                ids.insert(id);
                ++total;
            }
        };
        add(m_data.ghlContacts);
        add(m_data.ghlCustomFields);
        for (const auto *map : {&m_data.ghlNotes, &m_data.ghlTasks, &m_data.ghlAppointments}) {
            for (const QJsonArray &records : *map) {
                add(records);
            }
        }
        QCOMPARE(ids.size(), total);
        QSet<qint64> mlIds;
        for (const QJsonValue &s : m_data.mlSubscribers) {
            mlIds.insert(s[u"id"_s].toInteger());
        }
        QCOMPARE(mlIds.size(), m_data.mlSubscribers.size());
    }

    void datesWithinRange()
    {
        const qint64 oldest = m_epoch - 3 * 365 * s_msPerDay;
        QHash<QString, qint64> addedById;
        for (const QJsonValue &c : m_data.ghlContacts) {
            const qint64 added = parseIso(c[u"dateAdded"_s].toString());
            const qint64 updated = parseIso(c[u"dateUpdated"_s].toString());
            QVERIFY(added >= oldest && added <= m_epoch - s_msPerDay);
            QVERIFY(updated >= added && updated < m_epoch);
            addedById.insert(c[u"id"_s].toString(), added);
        }
        for (auto it = m_data.ghlNotes.cbegin(); it != m_data.ghlNotes.cend(); ++it) {
            QVERIFY(addedById.contains(it.key()));
            for (const QJsonValue &note : it.value()) {
                const qint64 at = parseIso(note[u"dateAdded"_s].toString());
                QVERIFY(at >= addedById.value(it.key()) && at < m_epoch);
            }
        }
        for (const QJsonArray &tasks : std::as_const(m_data.ghlTasks)) {
            for (const QJsonValue &task : tasks) {
                const qint64 due = parseIso(task[u"dueDate"_s].toString());
                QVERIFY(due >= m_epoch - 60 * s_msPerDay && due <= m_epoch + 90 * s_msPerDay);
            }
        }
        // Another epoch moves every date with it.
        DataGenerator::Options later = options(100);
        later.epoch = QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC);
        for (const QJsonValue &c : DataGenerator::generate(later).ghlContacts) {
            QVERIFY(c[u"dateAdded"_s].toString() >= u"2027-06-01"_s);
            QVERIFY(c[u"dateUpdated"_s].toString() < u"2030-06-01T12"_s);
        }
    }

    void notesTasksAndAppointments()
    {
        int withNotes = 0, longNotes = 0, htmlNotes = 0, completed = 0, open = 0;
        for (const QJsonArray &notes : std::as_const(m_data.ghlNotes)) {
            QVERIFY(!notes.isEmpty() && notes.size() <= 5);
            ++withNotes;
            for (const QJsonValue &note : notes) {
                const QString body = note[u"body"_s].toString();
                longNotes += body.size() >= 2000 ? 1 : 0;
                htmlNotes += body.startsWith(u'<') ? 1 : 0;
            }
        }
        for (const QJsonArray &tasks : std::as_const(m_data.ghlTasks)) {
            QVERIFY(!tasks.isEmpty() && tasks.size() <= 3);
            for (const QJsonValue &task : tasks) {
                (task[u"completed"_s].toBool() ? completed : open) += 1;
                QVERIFY(!task[u"title"_s].toString().isEmpty());
            }
        }
        QVERIFY2(qAbs(share(withNotes, N) - 0.45) < 0.05, qPrintable(QString::number(withNotes)));
        QVERIFY(longNotes > 20 && htmlNotes > 20 && completed > 100 && open > 100);
        QVERIFY(m_data.ghlAppointments.size() > 20 && m_data.ghlAppointments.size() < 110);
        static const QRegularExpression spaced(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s);
        for (auto it = m_data.ghlAppointments.cbegin(); it != m_data.ghlAppointments.cend(); ++it) {
            for (const QJsonValue &event : it.value()) {
                QCOMPARE(event[u"contactId"_s].toString(), it.key());
                QVERIFY(spaced.match(event[u"startTime"_s].toString()).hasMatch());
                QVERIFY(event[u"endTime"_s].toString() > event[u"startTime"_s].toString());
            }
        }
    }

    void mailerLiteOverlapAndStatuses()
    {
        QHash<QString, QString> ghlByLower;
        for (const QJsonValue &c : m_data.ghlContacts) {
            ghlByLower.insert(c[u"emailLowerCase"_s].toString(), c[u"email"_s].toString());
        }
        int overlap = 0, caseDiffers = 0;
        QSet<QString> lowerEmails;
        QHash<QString, int> types;
        QHash<qint64, int> members;
        for (const QJsonValue &s : m_data.mlSubscribers) {
            const QString email = s[u"email"_s].toString();
            QVERIFY(isValidEmail(email));
            lowerEmails.insert(email.toLower());
            if (ghlByLower.contains(email.toLower())) {
                ++overlap;
                caseDiffers += ghlByLower.value(email.toLower()) != email ? 1 : 0;
            }
            const QString type = s[u"type"_s].toString();
            ++types[type];
            QCOMPARE(s[u"date_unsubscribe"_s].isNull(), type != u"unsubscribed");
            QCOMPARE(s[u"fields"_s].toArray().size(), 12);
            QCOMPARE(s[u"fields"_s][0][u"value"_s].toString(), email);
            for (const QJsonValue &g : s[u"groups"_s].toArray()) {
                ++members[g.toInteger()];
            }
        }
        QCOMPARE(lowerEmails.size(), m_data.mlSubscribers.size());
        QVERIFY2(qAbs(share(overlap, 1000) - 0.4) < 0.06, qPrintable(QString::number(overlap)));
        QVERIFY(caseDiffers > 100);
        for (const QString &type :
             {u"active"_s, u"unsubscribed"_s, u"bounced"_s, u"junk"_s, u"unconfirmed"_s}) {
            QVERIFY2(types.value(type) >= 15, qPrintable(type));
        }
        for (const QJsonValue &g : m_data.mlGroups) {
            const qint64 total = g[u"total"_s].toInteger();
            QCOMPARE(total, qint64(members.value(g[u"id"_s].toInteger())));
            QCOMPARE(g[u"active"_s].toInteger() + g[u"unsubscribed"_s].toInteger()
                         + g[u"bounced"_s].toInteger() + g[u"junk"_s].toInteger()
                         + g[u"unconfirmed"_s].toInteger(),
                     total);
        }
        QCOMPARE(m_data.mlGroups[0][u"name"_s].toString(), u"Newsletter"_s);
        QStringList keys;
        for (const QJsonValue &f : m_data.mlFields) {
            keys.append(f[u"key"_s].toString());
        }
        QVERIFY(keys.contains(u"notes_digest"_s) && keys.contains(u"open_tasks"_s)
                && keys.contains(u"last_order"_s) && keys.contains(u"zip"_s));
    }

    void bigIdsSurviveJson()
    {
        QList<qint64> big;
        for (const QJsonValue &s : m_data.mlSubscribers) {
            if (s[u"id"_s].toInteger() >= DataGenerator::BigIdBase) {
                big.append(s[u"id"_s].toInteger());
            }
        }
        QVERIFY(big.size() >= 20);
        QCOMPARE(big.first(), DataGenerator::BigIdBase);
        // Above 2^53 a double cannot hold these odd values; the JSON text must keep every digit.
        QVERIFY(static_cast<qint64>(static_cast<double>(big.first())) != big.first());
        const QByteArray json = QJsonDocument(m_data.mlSubscribers).toJson(QJsonDocument::Compact);
        QVERIFY(json.contains("\"id\":9007199254740993,"));
        const QJsonArray parsed = QJsonDocument::fromJson(json).array();
        QCOMPARE(parsed.size(), m_data.mlSubscribers.size());
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            QCOMPARE(parsed[i][u"id"_s].toInteger(), m_data.mlSubscribers[i][u"id"_s].toInteger());
        }
    }

private:
    Dataset m_data;
    qint64 m_epoch = 0;
};

QTEST_GUILESS_MAIN(TestDataGenerator)
#include "tst_datagenerator.moc"
