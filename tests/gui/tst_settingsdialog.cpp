// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsDialog against the sandbox: secrets only in the SecretStore and never shown back,
// profiles added and removed with their secrets, connection tests, guided key rotation, a
// failing keychain, and the OAuth sign-in through the sandbox's consent page.
#include "guifixture.h"
#include "profile/profilestore.h"
#include "profileeditor.h"
#include "rotatekeydialog.h"
#include "secrets/credentialhealth.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Secrets::SecretResult;

namespace {

// A keychain that refuses everything while locked, as a locked collection does; unlocked, it
// accepts writes (so it can index a profile's keys) without keeping the values.
class LockedSecretStore final : public Secrets::SecretStore
{
public:
    LockedSecretStore()
        : SecretStore(nullptr, u"locked"_s, nullptr)
    { }

    bool isLocked = true;

protected:
    void readSecret(const QString &, Completion complete) override { complete(locked()); }
    void writeSecret(const QString &, const QString &, Completion complete) override
    {
        complete(isLocked ? locked() : SecretResult::of(SecretResult::Status::Written));
    }
    void removeSecret(const QString &, Completion complete) override { complete(locked()); }

private:
    static SecretResult locked()
    {
        return SecretResult::failed(SecretResult::Status::Denied,
                                    lockedError(u"test: collection is locked"_s));
    }
};

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<Secrets::CredentialHealth> m_health;

    GuiFixture &fixture() { return *m_fixture; }

    std::unique_ptr<SettingsDialog> makeDialog(Secrets::SecretStore *secrets = nullptr)
    {
        auto dialog = std::make_unique<SettingsDialog>(secrets ? *secrets : fixture().secrets(),
                                                       fixture().profiles(), *m_health,
                                                       fixture().clock(), fixture().prompter());
        dialog->setUrlOpener([](const QUrl &) {});
        dialog->show();
        return dialog;
    }

    template<typename T>
    static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found) {
            qWarning("no child %s", qPrintable(name));
        }
        return found;
    }

    SecretResult read(const QString &key)
    {
        std::optional<SecretResult> out;
        fixture().secrets().read(key, this, [&out](const SecretResult &r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000)) {
            return SecretResult::failed(SecretResult::Status::Unavailable, Error {});
        }
        return *out;
    }

    bool write(const QString &key, const QString &value)
    {
        std::optional<SecretResult> out;
        fixture().secrets().write(key, value, this, [&out](const SecretResult &r) { out = r; });
        return QTest::qWaitFor([&out] { return out.has_value(); }, 5000) && out->succeeded();
    }

    Profiles::Profile testProfile() { return fixture().profiles().load(u"test"_s).value(); }

    void type(QWidget *parent, const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(parent, name);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void click(QWidget *parent, const QString &name)
    {
        auto *button = child<QPushButton>(parent, name);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QString text(QWidget *parent, const QString &name)
    {
        auto *label = child<QLabel>(parent, name);
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void init()
    {
        Sandbox::SandboxHost::Options options = GuiFixture::defaultOptions();
        options.oauthClientId = u"client-1"_s;
        options.oauthClientSecret = u"secret-1"_s;
        m_fixture = std::make_unique<GuiFixture>(options);
        QCOMPARE(fixture().start(), QString());
        m_health = std::make_unique<Secrets::CredentialHealth>(std::make_unique<QSettings>(
            fixture().directory() + u"/health.ini"_s, QSettings::IniFormat));
    }

    void cleanup()
    {
        m_health.reset();
        m_fixture.reset();
    }

    void roundTripKeepsSecretsInTheKeychainOnly()
    {
        const Profiles::Profile profile = testProfile();
        const QString oldToken = read(profile.ghlTokenKey()).value;
        auto dialog = makeDialog();
        QSignalSpy saved(dialog.get(), &SettingsDialog::profileSaved);
        // Only the MailerLite key is typed: the GHL token must not be rewritten.
        type(dialog.get(), u"mailerLiteKeyLineEdit"_s, u"ml-new-key-0001"_s);
        type(dialog.get(), u"locationIdLineEdit"_s, u"loc-edited"_s);
        click(dialog.get(), u"saveButton"_s);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), u"test"_s);
        QCOMPARE(read(profile.mailerLiteKeyKey()).value, u"ml-new-key-0001"_s);
        QCOMPARE(read(profile.ghlTokenKey()).value, oldToken);
        QVERIFY(m_health->record(profile.mailerLiteKeyKey()).storedAt.isValid());
        QVERIFY(!m_health->record(profile.ghlTokenKey()).storedAt.isValid()); // not rewritten

        type(dialog.get(), u"ghlTokenLineEdit"_s, u"pit-typed-token"_s);
        click(dialog.get(), u"saveButton"_s);
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(read(profile.ghlTokenKey()).value, u"pit-typed-token"_s);

        // The profile file holds settings only.
        QFile file(fixture().profiles().pathOf(u"test"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(!Profiles::ProfileStore::containsSecretKey(QJsonDocument::fromJson(json).object()));
        QVERIFY(!json.contains("pit-typed-token"));
        QVERIFY(!json.contains("ml-new-key-0001"));
        QCOMPARE(testProfile().locationId, u"loc-edited"_s);

        // Reopened: the fields are empty and say the values are stored, never what they are.
        dialog.reset();
        dialog = makeDialog();
        for (const QString &name : {u"ghlTokenLineEdit"_s, u"mailerLiteKeyLineEdit"_s}) {
            auto *edit = child<QLineEdit>(dialog.get(), name);
            QVERIFY(edit);
            QVERIFY(edit->text().isEmpty());
            QVERIFY2(edit->placeholderText().startsWith(u"Stored in the keychain on "_s),
                     qPrintable(edit->placeholderText()));
            QVERIFY(edit->placeholderText().contains(u"type to replace"_s));
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
        }
        QVERIFY(fixture().prompter().unexpected.isEmpty());
    }

    void realTimeTabSavesWithTheProfile()
    {
        auto dialog = makeDialog();
        QSignalSpy saved(dialog.get(), &SettingsDialog::profileSaved);
        auto *webhooks = child<QCheckBox>(dialog.get(), u"webhooksCheckBox"_s);
        auto *writeBack = child<QComboBox>(dialog.get(), u"writeBackComboBox"_s);
        auto *tag = child<QLineEdit>(dialog.get(), u"writeBackTagLineEdit"_s);
        QVERIFY(webhooks && writeBack && tag);
        // Everything off by default; the listener's fields follow the webhook switch.
        QVERIFY(!webhooks->isChecked());
        QVERIFY(!writeBack->isEnabled());
        webhooks->setChecked(true);
        QVERIFY(writeBack->isEnabled());
        QVERIFY(!tag->isEnabled());
        writeBack->setCurrentIndex(static_cast<int>(Profiles::RealtimeSettings::WriteBack::Tag));
        QVERIFY(tag->isEnabled());
        type(dialog.get(), u"writeBackTagLineEdit"_s, u"ml-optout"_s);
        child<QCheckBox>(dialog.get(), u"fastPollingCheckBox"_s)->setChecked(true);
        child<QSpinBox>(dialog.get(), u"webhookPortSpinBox"_s)->setValue(9911);

        // An address that is not one is refused, and nothing is saved.
        type(dialog.get(), u"bindAddressLineEdit"_s, u"not-an-address"_s);
        click(dialog.get(), u"saveButton"_s);
        QVERIFY2(text(dialog.get(), u"errorLabel"_s).contains(u"not-an-address"_s),
                 qPrintable(text(dialog.get(), u"errorLabel"_s)));
        QCOMPARE(saved.size(), 0);
        QVERIFY(!testProfile().realtime.webhooksEnabled);

        type(dialog.get(), u"bindAddressLineEdit"_s, u"0.0.0.0"_s);
        click(dialog.get(), u"saveButton"_s);
        QTRY_COMPARE(saved.size(), 1);
        const Profiles::RealtimeSettings realtime = testProfile().realtime;
        QVERIFY(realtime.fastPolling);
        QVERIFY(realtime.webhooksEnabled);
        QCOMPARE(realtime.webhookBindAddress, u"0.0.0.0"_s);
        QCOMPARE(realtime.webhookPort, quint16(9911));
        QCOMPARE(realtime.writeBack, Profiles::RealtimeSettings::WriteBack::Tag);
        QCOMPARE(realtime.writeBackTag, u"ml-optout"_s);

        // Reopened, the tab shows what was saved.
        dialog.reset();
        dialog = makeDialog();
        QVERIFY(child<QCheckBox>(dialog.get(), u"webhooksCheckBox"_s)->isChecked());
        QCOMPARE(child<QSpinBox>(dialog.get(), u"webhookPortSpinBox"_s)->value(), 9911);
        QCOMPARE(child<QLineEdit>(dialog.get(), u"writeBackTagLineEdit"_s)->text(), u"ml-optout"_s);
    }

    void addAndRemoveProfileWithItsSecrets()
    {
        auto dialog = makeDialog();
        QSignalSpy saved(dialog.get(), &SettingsDialog::profileSaved);
        QSignalSpy removed(dialog.get(), &SettingsDialog::profileRemoved);
        fixture().prompter().texts.enqueue(u"bad name"_s);
        click(dialog.get(), u"addProfileButton"_s);
        QVERIFY(child<QLabel>(dialog.get(), u"errorLabel"_s)->isVisible());
        QVERIFY(text(dialog.get(), u"errorLabel"_s).contains(u"cannot be a profile name"_s));

        fixture().prompter().texts.enqueue(u"second"_s);
        click(dialog.get(), u"addProfileButton"_s);
        QVERIFY(fixture().profiles().contains(u"second"_s));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(child<QListWidget>(dialog.get(), u"profileListWidget"_s)->count(), 2);
        QCOMPARE(child<ProfileEditor>(dialog.get(), u"profileEditor"_s)->profileName(),
                 u"second"_s);
        type(dialog.get(), u"ghlTokenLineEdit"_s, u"pit-second"_s);
        type(dialog.get(), u"mailerLiteKeyLineEdit"_s, u"ml-second"_s);
        click(dialog.get(), u"saveButton"_s);
        QTRY_COMPARE(saved.size(), 2);
        Profiles::Profile second;
        second.name = u"second"_s;
        QCOMPARE(read(second.ghlTokenKey()).value, u"pit-second"_s);
        QVERIFY(m_health->record(second.ghlTokenKey()).storedAt.isValid());

        fixture().prompter().confirmations.enqueue(true);
        click(dialog.get(), u"removeProfileButton"_s);
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), u"second"_s);
        QVERIFY(!fixture().profiles().contains(u"second"_s));
        QCOMPARE(read(second.ghlTokenKey()).status, SecretResult::Status::NotFound);
        QCOMPARE(read(second.mailerLiteKeyKey()).status, SecretResult::Status::NotFound);
        QVERIFY(!m_health->record(second.ghlTokenKey()).isKnown());
        // The other profile keeps its secrets.
        QCOMPARE(read(testProfile().ghlTokenKey()).status, SecretResult::Status::Found);
        QCOMPARE(child<QListWidget>(dialog.get(), u"profileListWidget"_s)->count(), 1);
        QVERIFY(fixture().prompter().unexpected.isEmpty());
    }

    void testConnectionShowsNamesAndErrors()
    {
        auto dialog = makeDialog();
        click(dialog.get(), u"testGhlButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(text(dialog.get(), u"ghlStatusLabel"_s).startsWith(u"Connected"_s),
                                 10000);
        QVERIFY2(text(dialog.get(), u"ghlStatusLabel"_s).contains(u"200 contact"_s),
                 qPrintable(text(dialog.get(), u"ghlStatusLabel"_s)));
        QVERIFY(text(dialog.get(), u"ghlStatusLabel"_s).contains(u"ContactBridge Sandbox"_s));
        QVERIFY(text(dialog.get(), u"ghlStatusLabel"_s).contains(u"contacts can be changed"_s));
        click(dialog.get(), u"testMailerLiteButton"_s);
        QTRY_VERIFY(text(dialog.get(), u"mailerLiteStatusLabel"_s).startsWith(u"Connected"_s));
        QVERIFY(
            text(dialog.get(), u"mailerLiteStatusLabel"_s).contains(u"ContactBridge Sandbox"_s));
        // A test of the stored keys records that they worked.
        const Profiles::Profile profile = testProfile();
        QVERIFY(m_health->record(profile.ghlTokenKey()).lastWorked.isValid());
        QVERIFY(m_health->record(profile.mailerLiteKeyKey()).lastWorked.isValid());
        QVERIFY(text(dialog.get(), u"mailerLiteHealthLabel"_s).contains(u"Last worked on"_s));

        // A typed wrong key is tested as typed, and explained; nothing is stored.
        type(dialog.get(), u"mailerLiteKeyLineEdit"_s, u"wrong-key"_s);
        click(dialog.get(), u"testMailerLiteButton"_s);
        QTRY_VERIFY(!text(dialog.get(), u"mailerLiteStatusLabel"_s).startsWith(u"Testing"_s));
        const QString error = text(dialog.get(), u"mailerLiteStatusLabel"_s);
        QVERIFY2(!error.startsWith(u"Connected"_s) && error.contains(u"API key"_s),
                 qPrintable(error));
        QVERIFY(read(profile.mailerLiteKeyKey()).value != u"wrong-key"_s);
    }

    void rotationReplacesOnlyAWorkingKey()
    {
        const Profiles::Profile profile = testProfile();
        const QString good = fixture().sandbox().mlApiKey();
        auto dialog = makeDialog();
        click(dialog.get(), u"rotateMailerLiteButton"_s);
        auto *rotate = dialog->findChild<RotateKeyDialog *>();
        QVERIFY(rotate);
        type(rotate, u"newKeyLineEdit"_s, u"bad-key"_s);
        click(rotate, u"replaceButton"_s);
        QTRY_VERIFY(text(rotate, u"statusLabel"_s).contains(u"old key is still in use"_s));
        QCOMPARE(read(profile.mailerLiteKeyKey()).value, good);
        QVERIFY(rotate->isVisible());
        QCOMPARE(child<QLineEdit>(rotate, u"newKeyLineEdit"_s)->text(), u"bad-key"_s);
        rotate->reject();
        QTRY_VERIFY(dialog->findChild<RotateKeyDialog *>() == nullptr); // deleted on close

        // The stored key was revoked; the working one replaces it after its test.
        QVERIFY(write(profile.mailerLiteKeyKey(), u"revoked-key"_s));
        QSignalSpy saved(dialog.get(), &SettingsDialog::profileSaved);
        click(dialog.get(), u"rotateMailerLiteButton"_s);
        QTRY_VERIFY(dialog->findChild<RotateKeyDialog *>() != nullptr);
        rotate = dialog->findChild<RotateKeyDialog *>();
        type(rotate, u"newKeyLineEdit"_s, good);
        click(rotate, u"replaceButton"_s);
        QTRY_COMPARE(saved.size(), 1); // the session must read the new key
        QCOMPARE(read(profile.mailerLiteKeyKey()).value, good);
        const auto record = m_health->record(profile.mailerLiteKeyKey());
        QVERIFY(record.storedAt.isValid());
        QVERIFY(record.lastWorked.isValid());
    }

    void lockedKeychainKeepsTypedInput()
    {
        LockedSecretStore locked;
        locked.isLocked = false;
        bool indexed = false;
        locked.write(testProfile().ghlTokenKey(), u"old"_s, this,
                     [&indexed](const SecretResult &r) { indexed = r.succeeded(); });
        QTRY_VERIFY(indexed);
        locked.isLocked = true;
        auto dialog = makeDialog(&locked);
        QSignalSpy saved(dialog.get(), &SettingsDialog::profileSaved);
        type(dialog.get(), u"ghlTokenLineEdit"_s, u"pit-typed"_s);
        type(dialog.get(), u"locationIdLineEdit"_s, u"loc-typed"_s);
        click(dialog.get(), u"saveButton"_s);
        auto *banner = child<QLabel>(dialog.get(), u"errorLabel"_s);
        QTRY_VERIFY(banner->isVisible());
        const QString expected = Secrets::SecretStore::lockedError(QString()).message;
        QVERIFY2(banner->text().contains(expected), qPrintable(banner->text()));
        QCOMPARE(child<QLineEdit>(dialog.get(), u"ghlTokenLineEdit"_s)->text(), u"pit-typed"_s);
        QCOMPARE(child<QLineEdit>(dialog.get(), u"locationIdLineEdit"_s)->text(), u"loc-typed"_s);
        QVERIFY(saved.isEmpty());
        QVERIFY(testProfile().locationId != u"loc-typed"_s);
        QVERIFY(child<QPushButton>(dialog.get(), u"saveButton"_s)->isEnabled()); // retry

        // Removing fails the same way and keeps the profile.
        fixture().prompter().confirmations.enqueue(true);
        click(dialog.get(), u"removeProfileButton"_s);
        QTRY_VERIFY(banner->text().contains(u"was not removed"_s));
        QVERIFY(fixture().profiles().contains(u"test"_s));
    }

    void oauthConnectAgainstTheSandbox()
    {
        auto dialog = makeDialog();
        std::optional<QUrl> opened;
        dialog->setUrlOpener([&opened](const QUrl &url) { opened = url; });
        child<QComboBox>(dialog.get(), u"ghlAuthComboBox"_s)->setCurrentIndex(1);
        type(dialog.get(), u"clientIdLineEdit"_s, u"client-1"_s);
        type(dialog.get(), u"clientSecretLineEdit"_s, u"secret-1"_s);
        type(dialog.get(), u"locationIdLineEdit"_s, QString());
        click(dialog.get(), u"connectButton"_s);
        QTRY_VERIFY(opened.has_value());
        QCOMPARE(opened->path(), u"/oauth/chooselocation"_s);

        // The browser's part: the consent page redirects to the loopback listener.
        QNetworkAccessManager browser;
        QNetworkRequest request(*opened);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(browser.get(request));
        QTRY_VERIFY(reply->isFinished());
        // The request reached the loopback listener with the code. (Its answer to the browser
        // is not checked: GhlOAuth closes the listener as soon as the code arrives.)
        QCOMPARE(reply->url().host(), u"127.0.0.1"_s);
        QVERIFY(QUrlQuery(reply->url()).hasQueryItem(u"code"_s));
        QTRY_VERIFY(text(dialog.get(), u"oauthStatusLabel"_s).startsWith(u"Signed in"_s));
        QCOMPARE(child<QLineEdit>(dialog.get(), u"locationIdLineEdit"_s)->text(),
                 fixture().sandbox().locationId());
        QCOMPARE(read(u"ghl/test/access-token"_s).status, SecretResult::Status::Found);

        QSignalSpy saved(dialog.get(), &SettingsDialog::profileSaved);
        click(dialog.get(), u"saveButton"_s);
        QTRY_COMPARE(saved.size(), 1);
        const Profiles::Profile profile = testProfile();
        QCOMPARE(profile.ghlAuth, Profiles::Profile::GhlAuth::OAuth);
        QCOMPARE(profile.oauthClientId, u"client-1"_s);
        QCOMPARE(read(profile.oauthClientSecretKey()).value, u"secret-1"_s);

        // The stored OAuth tokens work for the connection test.
        click(dialog.get(), u"testGhlButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!text(dialog.get(), u"ghlStatusLabel"_s).startsWith(u"Testing"_s),
                                 10000);
        QVERIFY2(text(dialog.get(), u"ghlStatusLabel"_s).startsWith(u"Connected"_s),
                 qPrintable(text(dialog.get(), u"ghlStatusLabel"_s)));
        QVERIFY(m_health->record(u"ghl/test/refresh-token"_s).lastWorked.isValid());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
