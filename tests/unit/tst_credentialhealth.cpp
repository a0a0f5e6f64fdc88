// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/credentialhealth.h"
#include "util/clock.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Secrets::CredentialHealth;

class TestCredentialHealth final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC)};

    QString iniPath() const { return m_dir.filePath(u"health.ini"_s); }
    std::unique_ptr<CredentialHealth> open()
    {
        return std::make_unique<CredentialHealth>(
            std::make_unique<QSettings>(iniPath(), QSettings::IniFormat));
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(iniPath());
        m_clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
    }

    void unknownKeyHasNoDates()
    {
        auto health = open();
        const auto record = health->record(u"ghl/main/token"_s);
        QVERIFY(!record.storedAt.isValid());
        QVERIFY(!record.lastWorked.isValid());
        QVERIFY(!record.isKnown());
        QVERIFY(!health->needsRotation(u"ghl/main/token"_s,
                                       m_clock.now())); // unknown age: no false alarm
        QVERIFY(health->keys().isEmpty());
    }

    void storedAndWorkedPersistAcrossInstances()
    {
        const QDateTime stored = m_clock.now();
        open()->recordStored(u"ghl/main/token"_s, m_clock.now());
        m_clock.advance(48h);
        open()->recordWorked(u"ghl/main/token"_s, m_clock.now());
        auto health = open();
        const auto record = health->record(u"ghl/main/token"_s);
        QCOMPARE(record.storedAt, stored);
        QCOMPARE(record.lastWorked, stored.addDays(2));
        QCOMPARE(health->keys(), QStringList {u"ghl/main/token"_s});
    }

    void storingANewValueClearsLastWorked()
    {
        auto health = open();
        health->recordStored(u"mailerlite/main/api-key"_s, m_clock.now());
        health->recordWorked(u"mailerlite/main/api-key"_s, m_clock.now());
        m_clock.advance(24h);
        health->recordStored(u"mailerlite/main/api-key"_s, m_clock.now());
        const auto record = health->record(u"mailerlite/main/api-key"_s);
        QCOMPARE(record.storedAt, m_clock.now());
        QVERIFY(!record.lastWorked.isValid());
    }

    void needsRotation_data()
    {
        QTest::addColumn<int>("ageDays");
        QTest::addColumn<int>("maxDays");
        QTest::addColumn<bool>("expected");
        QTest::newRow("fresh") << 0 << 90 << false;
        QTest::newRow("one day short") << 89 << 90 << false;
        QTest::newRow("exactly the age") << 90 << 90 << true;
        QTest::newRow("older") << 400 << 90 << true;
        QTest::newRow("short reminder") << 8 << 7 << true;
    }

    void needsRotation()
    {
        QFETCH(int, ageDays);
        QFETCH(int, maxDays);
        QFETCH(bool, expected);
        CredentialHealth::Record record;
        record.storedAt = m_clock.now();
        const QDateTime later = m_clock.now().addDays(ageDays);
        QCOMPARE(record.needsRotation(later, std::chrono::days(maxDays)), expected);
    }

    void configuredReminderAgeDrivesTheReminder()
    {
        auto health = open();
        QCOMPARE(health->reminderDays(), CredentialHealth::DefaultReminderDays);
        QCOMPARE(health->reminderDays(), 90);
        health->recordStored(u"ghl/main/token"_s, m_clock.now());
        m_clock.advance(std::chrono::days(30));
        QVERIFY(!health->needsRotation(u"ghl/main/token"_s, m_clock.now()));
        health->setReminderDays(30);
        QVERIFY(health->needsRotation(u"ghl/main/token"_s, m_clock.now()));
        QCOMPARE(open()->reminderDays(), 30); // persisted
        health->setReminderDays(0);
        QCOMPARE(health->reminderDays(), 1); // clamped
    }

    void workingDoesNotResetTheAge()
    {
        // A key that works is still old: rotation is about exposure time, not validity.
        auto health = open();
        health->recordStored(u"ghl/main/token"_s, m_clock.now());
        m_clock.advance(std::chrono::days(100));
        health->recordWorked(u"ghl/main/token"_s, m_clock.now());
        QVERIFY(health->needsRotation(u"ghl/main/token"_s, m_clock.now()));
    }

    void forgetProfileKeepsOtherProfiles()
    {
        auto health = open();
        health->recordStored(u"ghl/main/token"_s, m_clock.now());
        health->recordStored(u"mailerlite/main/api-key"_s, m_clock.now());
        health->recordStored(u"ghl/other/token"_s, m_clock.now());
        health->recordStored(u"ghl/main.v2/token"_s, m_clock.now());
        health->forgetProfile(u"main"_s);
        QCOMPARE(health->keys(), (QStringList {u"ghl/main.v2/token"_s, u"ghl/other/token"_s}));
        health->forget(u"ghl/other/token"_s);
        QVERIFY(!health->record(u"ghl/other/token"_s).isKnown());
    }

    void holdsNoSecretValues()
    {
        auto health = open();
        health->recordStored(u"ghl/main/token"_s, m_clock.now());
        health->recordWorked(u"ghl/main/token"_s, m_clock.now());
        health.reset();
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("storedAt"));
        QVERIFY(text.contains("2026-03-01T09:30:00.000Z"));
        // Only the two timestamps, under one group per key.
        QCOMPARE(text.count('='), 2);
    }
};

QTEST_GUILESS_MAIN(TestCredentialHealth)
#include "tst_credentialhealth.moc"
