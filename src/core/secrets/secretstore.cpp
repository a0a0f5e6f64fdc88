// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/secretstore.h"

#include "log/logging.h"

#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Secrets {

namespace {

QString encodePart(QString part)
{
    return part.replace(u'%', u"%25"_s).replace(u'/', u"%2F"_s);
}

QString decodePart(QString part)
{
    return part.replace(u"%2F"_s, u"/"_s).replace(u"%25"_s, u"%"_s);
}

} // namespace

SecretStore::SecretStore(std::unique_ptr<QSettings> indexSettings, const QString &indexName,
                         QObject *parent)
    : QObject(parent)
    , m_index(std::move(indexSettings), indexName)
{ }

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    Q_ASSERT(context && !key.isEmpty());
    QPointer<QObject> guard(context);
    readSecret(key, [this, key, guard, done = std::move(done)](const SecretResult &result) {
        deliver("read", key, guard, done, result);
    });
}

void SecretStore::write(const QString &key, const QString &value, QObject *context,
                        SecretCallback done)
{
    Q_ASSERT(context && !key.isEmpty());
    // Indexed before the write starts: should the app die mid-write, "forget all" still finds
    // the entry. A failed write takes the key out again unless it was there before.
    const bool wasKnown = m_index.contains(key);
    m_index.add(key);
    QPointer<QObject> guard(context);
    writeSecret(key, value,
                [this, key, wasKnown, guard, done = std::move(done)](const SecretResult &result) {
                    if (result.status == SecretResult::Status::Written) {
                        m_index.add(key); // a remove() may have raced with this write
                    } else if (!wasKnown) {
                        m_index.remove(key);
                    }
                    deliver("write", key, guard, done, result);
                });
}

void SecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    Q_ASSERT(context && !key.isEmpty());
    QPointer<QObject> guard(context);
    removeSecret(key, [this, key, guard, done = std::move(done)](const SecretResult &result) {
        if (result.succeeded()) {
            m_index.remove(key);
        }
        deliver("remove", key, guard, done, result);
    });
}

void SecretStore::removeAll(const QString &profile, QObject *context, SecretCallback done)
{
    Q_ASSERT(context);
    QStringList keys = m_index.keys();
    if (!profile.isEmpty()) {
        keys.removeIf([&profile](const QString &key) { return profileOf(key) != profile; });
    }
    qCInfo(lcSecrets) << "forgetting" << keys.size() << "secret(s) of profile"
                      << (profile.isEmpty() ? u"<all>"_s : profile);
    removeNext(std::move(keys), QPointer<QObject>(context), std::move(done));
}

void SecretStore::removeNext(QStringList keys, const QPointer<QObject> &context,
                             SecretCallback done)
{
    if (keys.isEmpty()) {
        QTimer::singleShot(0, this, [context, done = std::move(done)] {
            if (context) {
                done(SecretResult::of(SecretResult::Status::Removed));
            }
        });
        return;
    }
    const QString key = keys.takeFirst();
    // The context here is the store: the sweep goes on even if the caller is gone, so a
    // "forget all" the user asked for is not left half done.
    remove(key, this,
           [this, keys = std::move(keys), context,
            done = std::move(done)](const SecretResult &result) {
               if (!result.succeeded()) {
                   if (context) {
                       done(result);
                   }
                   return;
               }
               removeNext(keys, context, done);
           });
}

QStringList SecretStore::knownKeys() const
{
    return m_index.keys();
}

QString SecretStore::makeKey(const QString &service, const QString &profile, const QString &name)
{
    return encodePart(service) + u'/' + encodePart(profile) + u'/' + encodePart(name);
}

QString SecretStore::profileOf(const QString &key)
{
    const QStringList parts = key.split(u'/');
    return parts.size() == 3 ? decodePart(parts.at(1)) : QString();
}

Error SecretStore::unavailableError(const QString &detail)
{
    return Error {Error::Kind::Keychain,
                  tr("The system keychain is not available. Start your desktop's keyring (GNOME "
                     "Keyring or KWallet) and unlock it, then try again."),
                  detail};
}

Error SecretStore::lockedError(const QString &detail)
{
    return Error {Error::Kind::Keychain,
                  tr("The keychain is locked. Unlock it in your keyring manager (for example "
                     "Seahorse or KWallet Manager), or log out and in again, then try again."),
                  detail};
}

Error SecretStore::deniedError(const QString &detail)
{
    return Error {Error::Kind::Keychain,
                  tr("Access to the keychain was denied. Allow ContactBridge to use the keychain "
                     "when your desktop asks, then try again."),
                  detail};
}

void SecretStore::deliver(const char *operation, const QString &key,
                          const QPointer<QObject> &context, const SecretCallback &done,
                          const SecretResult &result)
{
    if (result.succeeded()) {
        qCInfo(lcSecrets).nospace().noquote()
            << operation << ' ' << key << ": " << SecretResult::statusName(result.status);
    } else {
        qCWarning(lcSecrets).nospace().noquote()
            << operation << ' ' << key << ": " << SecretResult::statusName(result.status) << " - "
            << result.error.toLogString();
    }
    // Always through the event loop, so a caller never sees its callback run inside the call.
    QTimer::singleShot(0, this, [context, done, result] {
        if (context) {
            done(result);
        }
    });
}

} // namespace Secrets
