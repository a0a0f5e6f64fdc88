// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorysecretstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Secrets::MemorySecretStore;
using Secrets::SecretResult;
using Secrets::SecretStore;
using Status = SecretResult::Status;

namespace {

// Collects the results of callbacks and waits for them without fixed sleeps.
class Recorder : public QObject
{
public:
    Secrets::SecretCallback callback()
    {
        return [this](const SecretResult &r) {
            results.append(r);
        };
    }
    // Waits for the next result; an empty optional if none came.
    std::optional<SecretResult> next()
    {
        const qsizetype wanted = m_taken + 1;
        if (!QTest::qWaitFor([&] { return results.size() >= wanted; }, 5000)) {
            return std::nullopt;
        }
        return results.at(m_taken++);
    }

    QList<SecretResult> results;

private:
    qsizetype m_taken = 0;
};

} // namespace

class TestMemorySecretStore final : public QObject
{
    Q_OBJECT

private:
    std::optional<SecretResult> write(SecretStore &store, const QString &key, const QString &value)
    {
        Recorder r;
        store.write(key, value, &r, r.callback());
        return r.next();
    }
    std::optional<SecretResult> read(SecretStore &store, const QString &key)
    {
        Recorder r;
        store.read(key, &r, r.callback());
        return r.next();
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("ascii") << u"pit-0123456789abcdef"_s;
        QTest::newRow("non-ascii") << u"Grüße ✓ 密钥 🔑"_s;
        QTest::newRow("4 KB") << QString(4096, u'k');
        QTest::newRow("empty") << QString();
    }

    void roundTrip()
    {
        QFETCH(QString, value);
        MemorySecretStore store;
        const QString key = SecretStore::makeKey(u"ghl"_s, u"main"_s, u"token"_s);
        auto written = write(store, key, value);
        QVERIFY(written);
        QCOMPARE(written->status, Status::Written);
        QVERIFY(written->value.isEmpty());
        auto got = read(store, key);
        QVERIFY(got);
        QCOMPARE(got->status, Status::Found);
        QCOMPARE(got->value, value);
    }

    void overwriteReplacesValue()
    {
        MemorySecretStore store;
        QCOMPARE(write(store, u"ghl/a/token"_s, u"first"_s)->status, Status::Written);
        QCOMPARE(write(store, u"ghl/a/token"_s, u"second"_s)->status, Status::Written);
        QCOMPARE(read(store, u"ghl/a/token"_s)->value, u"second"_s);
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.knownKeys(), QStringList {u"ghl/a/token"_s});
    }

    void removeThenReadIsNotFound()
    {
        MemorySecretStore store;
        QCOMPARE(write(store, u"mailerlite/a/api-key"_s, u"v"_s)->status, Status::Written);
        Recorder r;
        store.remove(u"mailerlite/a/api-key"_s, &r, r.callback());
        QCOMPARE(r.next()->status, Status::Removed);
        QCOMPARE(read(store, u"mailerlite/a/api-key"_s)->status, Status::NotFound);
        QVERIFY(store.knownKeys().isEmpty());
        store.remove(u"mailerlite/a/api-key"_s, &r, r.callback());
        QCOMPARE(r.next()->status, Status::NotFound); // removing twice is harmless
    }

    void readMissingIsNotFoundNotError()
    {
        MemorySecretStore store;
        auto got = read(store, u"ghl/none/token"_s);
        QVERIFY(got);
        QCOMPARE(got->status, Status::NotFound);
        QVERIFY(got->succeeded());
        QVERIFY(got->value.isEmpty());
    }

    void callbackIsQueuedAndRunsOnce()
    {
        MemorySecretStore store;
        Recorder r;
        store.write(u"ghl/a/token"_s, u"v"_s, &r, r.callback());
        QCOMPARE(r.results.size(), 0); // never inside the call
        QVERIFY(r.next());
        // Results are delivered in order: once a later read has answered, a duplicate of the
        // write's callback would already have arrived.
        QVERIFY(read(store, u"ghl/a/token"_s));
        QCOMPARE(r.results.size(), 1);
    }

    void callbackSkippedWhenContextIsGone()
    {
        MemorySecretStore store;
        int calls = 0;
        auto context = std::make_unique<QObject>();
        store.write(u"ghl/a/token"_s, u"v"_s, context.get(),
                    [&](const SecretResult &) { ++calls; });
        context.reset();
        // The write itself still happens; only the callback is dropped.
        QCOMPARE(read(store, u"ghl/a/token"_s)->value, u"v"_s);
        QCOMPARE(calls, 0);
    }

    void removeAllOfOneProfileUsesTheIndex()
    {
        MemorySecretStore store;
        const QString a1 = SecretStore::makeKey(u"ghl"_s, u"alpha"_s, u"token"_s);
        const QString a2 = SecretStore::makeKey(u"mailerlite"_s, u"alpha"_s, u"api-key"_s);
        const QString b1 = SecretStore::makeKey(u"ghl"_s, u"beta"_s, u"token"_s);
        for (const QString &key : {a1, a2, b1}) {
            QCOMPARE(write(store, key, u"secret of "_s + key)->status, Status::Written);
        }
        Recorder r;
        store.removeAll(u"alpha"_s, &r, r.callback());
        QCOMPARE(r.next()->status, Status::Removed);
        QCOMPARE(read(store, a1)->status, Status::NotFound);
        QCOMPARE(read(store, a2)->status, Status::NotFound);
        QCOMPARE(read(store, b1)->status, Status::Found);
        QCOMPARE(store.knownKeys(), QStringList {b1});

        store.removeAll(QString(), &r, r.callback()); // everything
        QCOMPARE(r.next()->status, Status::Removed);
        QCOMPARE(read(store, b1)->status, Status::NotFound);
        QCOMPARE(store.size(), 0);
        QVERIFY(store.knownKeys().isEmpty());
    }

    void removeAllWithNothingIndexedSucceeds()
    {
        MemorySecretStore store;
        Recorder r;
        store.removeAll(u"nobody"_s, &r, r.callback());
        QCOMPARE(r.results.size(), 0);
        QCOMPARE(r.next()->status, Status::Removed);
    }

    void persistedIndexHoldsNamesNeverValues()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"index.ini"_s);
        const QString key = SecretStore::makeKey(u"ghl"_s, u"prod/eu"_s, u"token"_s);
        const QString secret = u"pit-SENTINEL-5f2d"_s;
        {
            MemorySecretStore store(std::make_unique<QSettings>(file, QSettings::IniFormat));
            QCOMPARE(write(store, key, secret)->status, Status::Written);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains(secret.toUtf8()));
        // A new store on the same index knows the key: "forget all" survives a restart.
        MemorySecretStore again(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(again.knownKeys(), QStringList {key});
        Recorder r;
        again.removeAll(u"prod/eu"_s, &r, r.callback());
        QCOMPARE(r.next()->status, Status::Removed); // missing entry counts as gone
        QVERIFY(again.knownKeys().isEmpty());
    }

    void simulatedFailures_data()
    {
        QTest::addColumn<Status>("failure");
        QTest::newRow("unavailable") << Status::Unavailable;
        QTest::newRow("denied") << Status::Denied;
    }

    void simulatedFailures()
    {
        QFETCH(Status, failure);
        MemorySecretStore store;
        QCOMPARE(write(store, u"ghl/a/token"_s, u"kept"_s)->status, Status::Written);
        store.simulateFailure(failure);

        auto w = write(store, u"ghl/b/token"_s, u"lost"_s);
        QVERIFY(w);
        QCOMPARE(w->status, failure);
        QVERIFY(!w->succeeded());
        QCOMPARE(w->error.kind, Error::Kind::Keychain);
        QVERIFY(!w->error.message.isEmpty());
        // A failed write does not leave its key in the index.
        QCOMPARE(store.knownKeys(), QStringList {u"ghl/a/token"_s});

        auto r = read(store, u"ghl/a/token"_s);
        QCOMPARE(r->status, failure);
        QVERIFY(r->value.isEmpty());

        Recorder rec;
        store.removeAll(QString(), &rec, rec.callback());
        auto all = rec.next();
        QCOMPARE(all->status, failure);
        QCOMPARE(store.knownKeys(), QStringList {u"ghl/a/token"_s}); // still to be removed

        store.clearSimulatedFailure();
        QCOMPARE(read(store, u"ghl/a/token"_s)->value, u"kept"_s);
        QCOMPARE(read(store, u"ghl/b/token"_s)->status, Status::NotFound);
    }

    void unavailableMessageIsActionable()
    {
        const Error e = SecretStore::unavailableError(u"Cannot autolaunch D-Bus"_s);
        QCOMPARE(e.kind, Error::Kind::Keychain);
        QVERIFY(e.message.contains(u"GNOME Keyring"_s));
        QCOMPARE(e.detail, u"Cannot autolaunch D-Bus"_s);
        QVERIFY(SecretStore::lockedError({}).message.contains(u"locked"_s));
        QVERIFY(SecretStore::deniedError({}).message.contains(u"denied"_s));
    }

    void keysEncodeTheirParts_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << u"main"_s << u"ghl/main/token"_s;
        QTest::newRow("slash") << u"eu/prod"_s << u"ghl/eu%2Fprod/token"_s;
        QTest::newRow("percent") << u"50%2F"_s << u"ghl/50%252F/token"_s;
        QTest::newRow("non-ascii") << u"Büro"_s << u"ghl/Büro/token"_s;
    }

    void keysEncodeTheirParts()
    {
        QFETCH(QString, profile);
        QFETCH(QString, key);
        QCOMPARE(SecretStore::makeKey(u"ghl"_s, profile, u"token"_s), key);
        QCOMPARE(SecretStore::profileOf(key), profile);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
