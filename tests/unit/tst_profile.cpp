// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/mapping.h"
#include "profile/profile.h"
#include "profile/profilestore.h"
#include "secrets/memorysecretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Profiles::Profile;
using Profiles::ProfileStore;

namespace {

Profile sample(const QString &name)
{
    Profile p;
    p.name = name;
    p.ghlBaseUrl = QUrl(u"https://ghl.example.test"_s);
    p.locationId = u"loc-42"_s;
    p.ghlAuth = Profile::GhlAuth::OAuth;
    p.mailerLiteBaseUrl = QUrl(u"https://ml.example.test/api/v2"_s);
    p.policy.mode = Sync::SyncPolicy::Mode::Mirror;
    p.policy.allowResubscribe = true;
    p.policy.onEmailChange = Sync::SyncPolicy::Departure::Unsubscribe;
    p.policy.onLeaveSet = Sync::SyncPolicy::Departure::RemoveFromGroups;
    p.policy.maxDestructiveCount = 7;
    p.policy.maxDestructivePercent = 2.5;
    p.mapping = Mapping::defaultMapping().toJson();
    p.realtime.fastPolling = true;
    p.realtime.webhooksEnabled = true;
    p.realtime.webhookBindAddress = u"0.0.0.0"_s;
    p.realtime.webhookPort = 9443;
    p.realtime.ghlEd25519PublicKey = "-----BEGIN PUBLIC KEY-----\nMCow\n-----END PUBLIC KEY-----\n";
    p.realtime.writeBack = Profiles::RealtimeSettings::WriteBack::Tag;
    p.realtime.writeBackTag = u"ml-optout"_s;
    return p;
}

void compareProfiles(const Profile &a, const Profile &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.ghlBaseUrl, b.ghlBaseUrl);
    QCOMPARE(a.locationId, b.locationId);
    QCOMPARE(a.ghlAuth, b.ghlAuth);
    QCOMPARE(a.mailerLiteBaseUrl, b.mailerLiteBaseUrl);
    QCOMPARE(a.policy.mode, b.policy.mode);
    QCOMPARE(a.policy.allowResubscribe, b.policy.allowResubscribe);
    QCOMPARE(a.policy.onEmailChange, b.policy.onEmailChange);
    QCOMPARE(a.policy.onLeaveSet, b.policy.onLeaveSet);
    QCOMPARE(a.policy.maxDestructiveCount, b.policy.maxDestructiveCount);
    QCOMPARE(a.policy.maxDestructivePercent, b.policy.maxDestructivePercent);
    QCOMPARE(a.mapping, b.mapping);
    QCOMPARE(a.realtime.fastPolling, b.realtime.fastPolling);
    QCOMPARE(a.realtime.webhooksEnabled, b.realtime.webhooksEnabled);
    QCOMPARE(a.realtime.webhookBindAddress, b.realtime.webhookBindAddress);
    QCOMPARE(a.realtime.webhookPort, b.realtime.webhookPort);
    QCOMPARE(a.realtime.ghlRsaPublicKey, b.realtime.ghlRsaPublicKey);
    QCOMPARE(a.realtime.ghlEd25519PublicKey, b.realtime.ghlEd25519PublicKey);
    QCOMPARE(a.realtime.writeBack, b.realtime.writeBack);
    QCOMPARE(a.realtime.writeBackTag, b.realtime.writeBackTag);
}

// Every byte of every file below `dir`.
QByteArray allBytes(const QString &dir)
{
    QByteArray bytes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            bytes += f.readAll();
        }
    }
    return bytes;
}

} // namespace

class TestProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip()
    {
        const Profile p = sample(u"acme-main"_s);
        const auto back = Profile::fromJson(p.toJson());
        QVERIFY(back.ok());
        compareProfiles(back.value(), p);
    }

    void realtimeSettingsAreCheckedAndDefaultOff()
    {
        // Files from before webhooks existed: everything off.
        QJsonObject json = sample(u"old"_s).toJson();
        json.remove(u"realtime"_s);
        const auto old = Profile::fromJson(json);
        QVERIFY(old.ok());
        QVERIFY(!old.value().realtime.fastPolling);
        QVERIFY(!old.value().realtime.webhooksEnabled);
        QCOMPARE(old.value().realtime.webhookBindAddress, u"127.0.0.1"_s);
        QCOMPARE(old.value().realtime.writeBack, Profiles::RealtimeSettings::WriteBack::Off);

        const auto refused = [](const char *key, const QJsonValue &value) {
            QJsonObject profile = sample(u"p"_s).toJson();
            QJsonObject realtime = profile.value(u"realtime"_s).toObject();
            realtime.insert(QLatin1StringView(key), value);
            profile.insert(u"realtime"_s, realtime);
            const auto parsed = Profile::fromJson(profile);
            return !parsed.ok() && parsed.error().kind == Error::Kind::Config;
        };
        QVERIFY(refused("webhook_port", 0));
        QVERIFY(refused("webhook_port", 70000));
        QVERIFY(refused("webhook_bind_address", u"localhost:80"_s));
        QVERIFY(refused("write_back", u"delete-contact"_s));
        QVERIFY(refused("write_back_tag", u"  "_s));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"acme"_s << true;
        QTest::newRow("punctuation") << u"a.b-c_d"_s << true;
        QTest::newRow("64 chars") << QString(64, u'x') << true;
        QTest::newRow("65 chars") << QString(65, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << u"."_s << false;
        QTest::newRow("dotdot") << u".."_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("traversal") << u"../etc"_s << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("non-ascii") << u"caf\u00e9"_s << false;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Profile::isValidName(name), valid);
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        Profile p = sample(u"ok"_s);
        p.name = name;
        QCOMPARE(store.save(p).ok(), valid);
        QCOMPARE(store.load(name).ok(), valid);
        if (!valid) {
            QCOMPARE(store.save(p).error().kind, Error::Kind::Validation);
            // Nothing escaped the directory or landed in it.
            QVERIFY(QDir(dir.path()).isEmpty());
        }
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path() + u"/nested/profiles"_s);
        QCOMPARE(store.list().value(), QStringList()); // a missing folder holds no profiles
        const Profile b = sample(u"beta"_s);
        Profile a = sample(u"alpha"_s);
        a.ghlAuth = Profile::GhlAuth::PrivateToken;
        QVERIFY(store.save(b).ok());
        QVERIFY(store.save(a).ok());
        QCOMPARE(store.list().value(), (QStringList {u"alpha"_s, u"beta"_s}));
        QVERIFY(store.contains(u"alpha"_s));
        compareProfiles(store.load(u"alpha"_s).value(), a);
        compareProfiles(store.load(u"beta"_s).value(), b);

        // Saving again replaces the whole file.
        a.locationId = u"loc-7"_s;
        QVERIFY(store.save(a).ok());
        QCOMPARE(store.load(u"alpha"_s).value().locationId, u"loc-7"_s);

        QVERIFY(store.remove(u"alpha"_s).ok());
        QCOMPARE(store.list().value(), QStringList {u"beta"_s});
        QCOMPARE(store.load(u"alpha"_s).error().kind, Error::Kind::NotFound);
        QCOMPARE(store.remove(u"alpha"_s).error().kind, Error::Kind::NotFound);
    }

    void listSkipsForeignFiles()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        QVERIFY(store.save(sample(u"real"_s)).ok());
        for (const QString &name : {u"bad name.json"_s, u"notes.txt"_s}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}");
        }
        QCOMPARE(store.list().value(), QStringList {u"real"_s});
    }

    void damagedAndRenamedFilesAreRefused()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        QFile damaged(store.pathOf(u"broken"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"name\": \"broken\", ");
        damaged.close();
        QCOMPARE(store.load(u"broken"_s).error().kind, Error::Kind::Config);

        // A file copied to another name must not act as (and reach the secrets of) another
        // profile.
        QVERIFY(store.save(sample(u"original"_s)).ok());
        QVERIFY(QFile::copy(store.pathOf(u"original"_s), store.pathOf(u"copy"_s)));
        const auto copy = store.load(u"copy"_s);
        QVERIFY(!copy.ok());
        QCOMPARE(copy.error().kind, Error::Kind::Config);
    }

    void filesHoldNoSecrets()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        const Profile p = sample(u"acme"_s);
        const QString token = u"pit-0b5e1c7d-secret-token-value"_s;
        const QString key = u"ml-api-key-9f8e7d6c5b4a"_s;

        // The secrets go to the secret store under the profile's keys ...
        Secrets::MemorySecretStore secrets;
        int written = 0;
        secrets.write(p.ghlTokenKey(), token, this, [&](const auto &r) {
            written += r.status == Secrets::SecretResult::Status::Written;
        });
        secrets.write(p.mailerLiteKeyKey(), key, this, [&](const auto &r) {
            written += r.status == Secrets::SecretResult::Status::Written;
        });
        QTRY_COMPARE(written, 2);
        QVERIFY(store.save(p).ok());

        // ... and no byte of them reaches the profile files.
        const QByteArray bytes = allBytes(dir.path());
        QVERIFY(bytes.contains("acme"));
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(!bytes.contains(key.toUtf8()));
        const QJsonObject saved = QJsonDocument::fromJson(bytes).object();
        QVERIFY(!saved.isEmpty());
        QVERIFY(!ProfileStore::containsSecretKey(saved));
    }

    void credentialKeysAreRefused()
    {
        QVERIFY(ProfileStore::containsSecretKey({{u"a"_s, QJsonObject {{u"API_KEY"_s, 1}}}}));
        QVERIFY(ProfileStore::containsSecretKey(
            {{u"list"_s, QJsonArray {QJsonObject {{u"token"_s, u"x"_s}}}}}));
        QVERIFY(!ProfileStore::containsSecretKey(
            {{u"max_unsubscribe"_s, 3}, {u"token_count"_s, u"x"_s}}));

        // A mapping smuggling a credential in is not written to disk.
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        Profile p = sample(u"leaky"_s);
        p.mapping.insert(u"api_key"_s, u"should-never-be-saved"_s);
        const Status s = store.save(p);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Validation);
        QVERIFY(!allBytes(dir.path()).contains("should-never-be-saved"));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
