// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesession.h"

#include "ghl/ghloauth.h"
#include "log/logging.h"
#include "profile/profilestore.h"
#include "secrets/secretstore.h"
#include "session/connectiontester.h"
#include "session/contacteditor.h"
#include "session/detailloader.h"
#include "session/recordmirror.h"
#include "store/statedatabase.h"
#include "workerthread.h"

#include <QPointer>

#include <functional>

using namespace Qt::StringLiterals;

ProfileSession::ProfileSession(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{ }

ProfileSession::~ProfileSession()
{
    close();
}

void ProfileSession::open(const QString &name)
{
    close();
    const quint64 generation = ++m_generation;
    auto loaded = m_services.profiles.load(name);
    if (!loaded.ok()) {
        // Delivered from the event loop, like every other answer of open().
        QMetaObject::invokeMethod(
            this,
            [this, generation, error = loaded.error()] {
                if (generation == m_generation) {
                    Q_EMIT openFailed(error);
                }
            },
            Qt::QueuedConnection);
        return;
    }
    m_config = Session::ServiceConfig {};
    m_config.profile = std::move(loaded).value();
    m_config.databasePath = m_services.databasePath;
    readCredentials();
}

void ProfileSession::reopen()
{
    const QString name = m_config.profile.name;
    if (!name.isEmpty()) {
        open(name);
    }
}

void ProfileSession::close()
{
    if (m_open) {
        Q_EMIT closing();
    }
    m_open = false;
    ++m_generation;
    m_mirror = nullptr;
    m_details = nullptr;
    m_editor = nullptr;
    m_worker.reset();
    delete m_tester;
    m_tester = nullptr;
    m_database.reset();
    m_databaseError.reset();
    m_ghlCheck.reset();
    m_mailerLiteCheck.reset();
    m_config.ghlToken.clear();
    m_config.mailerLiteKey.clear();
}

void ProfileSession::updateProfile(const Profiles::Profile &profile)
{
    if (profile.name == m_config.profile.name) {
        m_config.profile = profile;
    }
}

Session::ServiceConfig ProfileSession::serviceConfig() const
{
    if (!m_open) {
        Session::ServiceConfig config = m_config;
        config.ghlToken.clear();
        config.mailerLiteKey.clear();
        return config;
    }
    return m_config;
}

void ProfileSession::readCredentials()
{
    const quint64 generation = m_generation;
    const Profiles::Profile profile = m_config.profile;
    const auto stale = [this, generation] {
        return generation != m_generation;
    };
    const auto failWith = [this](const Error &error) {
        qCWarning(lcApp) << "profile" << m_config.profile.name
                         << "not opened:" << error.toLogString();
        Q_EMIT openFailed(error);
    };
    const auto missing = [](const QString &what) {
        return Error {
            Error::Kind::Config, tr("%1 is not set. Open Settings to enter it.").arg(what), {}, 0};
    };

    // Reads one required secret; `use` gets it when it is there, else open() fails saying
    // what is missing.
    const auto readRequired = [=, this](const QString &key, const QString &what,
                                        const std::function<void(const QByteArray &)> &use) {
        m_services.secrets.read(key, this, [=](const Secrets::SecretResult &r) {
            if (stale()) {
                return;
            }
            if (!r.succeeded()) {
                failWith(r.error);
            } else if (r.value.isEmpty()) {
                failWith(missing(what));
            } else {
                use(r.value.toUtf8());
            }
        });
    };
    const auto readMailerLite = [=, this] {
        readRequired(profile.mailerLiteKeyKey(), tr("The MailerLite API key"),
                     [this](const QByteArray &key) {
                         m_config.mailerLiteKey = key;
                         finishOpen();
                     });
    };

    if (profile.ghlAuth == Profiles::Profile::GhlAuth::PrivateToken) {
        readRequired(profile.ghlTokenKey(), tr("The GoHighLevel token"),
                     [this, readMailerLite](const QByteArray &token) {
                         m_config.ghlToken = token;
                         readMailerLite();
                     });
        return;
    }

    // OAuth: the client secret, then the stored tokens, renewed when they are about to expire.
    m_services.secrets.read(
        profile.oauthClientSecretKey(), this, [=, this](const Secrets::SecretResult &r) {
            if (stale()) {
                return;
            }
            if (!r.succeeded()) {
                failWith(r.error);
                return;
            }
            Api::GhlOAuth::Config config;
            config.profile = profile.name;
            config.baseUrl = profile.ghlBaseUrl;
            config.clientId = profile.oauthClientId;
            config.clientSecret = r.value;
            config.redirectPort = profile.oauthRedirectPort;
            auto *oauth
                = new Api::GhlOAuth(config, m_services.secrets, m_services.clock, nullptr, this);
            oauth->load(this, [=, this](const Result<bool> &signedIn) {
                if (stale()) {
                    oauth->deleteLater();
                    return;
                }
                if (!signedIn.ok() || !signedIn.value()) {
                    oauth->deleteLater();
                    failWith(signedIn.ok() ? missing(tr("The GoHighLevel connection"))
                                           : signedIn.error());
                    return;
                }
                oauth->ensureFresh(this, [=, this](const Result<std::monostate> &fresh) {
                    oauth->deleteLater();
                    if (stale()) {
                        return;
                    }
                    if (!fresh.ok()) {
                        failWith(fresh.error());
                        return;
                    }
                    m_config.ghlToken = oauth->accessToken();
                    readMailerLite();
                });
            });
        });
}

void ProfileSession::finishOpen()
{
    auto db = Store::StateDatabase::open(m_services.databasePath,
                                         u"gui-"_s + QString::number(m_generation));
    if (db.ok()) {
        m_database = std::move(db).value();
    } else {
        // The pages that need history say so; contacts and sync still work.
        m_databaseError = db.error();
        qCWarning(lcApp) << "state database not opened:" << db.error().toLogString();
    }

    m_worker = std::make_unique<WorkerThread>(u"records"_s);
    m_mirror = m_worker->adopt(new Session::RecordMirror(m_config, m_services.clock));
    m_details = m_worker->adopt(new Session::DetailLoader(m_config, m_services.clock));
    m_editor = m_worker->adopt(new Session::ContactEditor(m_config, m_services.clock));
    m_open = true;
    qCInfo(lcApp) << "profile" << m_config.profile.name << "opened";
    Q_EMIT opened();
    checkConnection();
}

void ProfileSession::checkConnection()
{
    if (!m_open) {
        return;
    }
    if (!m_tester) {
        m_tester = new Session::ConnectionTester(m_services.clock, this);
        connect(m_tester, &Session::ConnectionTester::ghlTested, this,
                [this](const Session::GhlCheck &check) {
                    m_ghlCheck = check;
                    Q_EMIT connectionChecked();
                });
        connect(m_tester, &Session::ConnectionTester::mailerLiteTested, this,
                [this](const Session::MailerLiteCheck &check) {
                    m_mailerLiteCheck = check;
                    Q_EMIT connectionChecked();
                });
    }
    m_tester->testGhl(m_config);
    m_tester->testMailerLite(m_config);
}

bool ProfileSession::canWriteGhl() const
{
    return m_open && m_ghlCheck && m_ghlCheck->ok && m_ghlCheck->canWrite;
}

QString ProfileSession::writeDisabledReason() const
{
    if (!m_open) {
        return tr("No profile is open.");
    }
    if (!m_ghlCheck) {
        return tr("Checking whether the GoHighLevel token may change contacts...");
    }
    if (!m_ghlCheck->ok) {
        return tr("GoHighLevel cannot be reached: %1").arg(m_ghlCheck->error.message);
    }
    if (!m_ghlCheck->canWrite) {
        return m_ghlCheck->writeNote.isEmpty()
            ? tr("The GoHighLevel token may not change contacts (it lacks the contacts.write "
                 "scope).")
            : m_ghlCheck->writeNote;
    }
    return {};
}
