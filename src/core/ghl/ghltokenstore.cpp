// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/ghltokenstore.h"

#include "util/jsonfields.h"

#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;
using Secrets::SecretResult;

namespace Api {

namespace {

// A found value, an empty string for NotFound, or the store's error.
Result<QString> valueOf(const SecretResult &result)
{
    if (!result.succeeded()) {
        return result.error;
    }
    return result.status == SecretResult::Status::Found ? result.value : QString();
}

} // namespace

GhlTokenStore::GhlTokenStore(Secrets::SecretStore &store, QString profile)
    : m_store(store)
    , m_profile(std::move(profile))
{ }

QString GhlTokenStore::accessTokenKey() const
{
    return Secrets::SecretStore::makeKey(u"ghl"_s, m_profile, u"access-token"_s);
}

QString GhlTokenStore::refreshTokenKey() const
{
    return Secrets::SecretStore::makeKey(u"ghl"_s, m_profile, u"refresh-token"_s);
}

QString GhlTokenStore::expiresAtKey() const
{
    return Secrets::SecretStore::makeKey(u"ghl"_s, m_profile, u"expires-at"_s);
}

void GhlTokenStore::load(QObject *context, Callback<Tokens> done)
{
    auto tokens = std::make_shared<Tokens>();
    Secrets::SecretStore *store = &m_store;
    const QString expiresKey = expiresAtKey();
    const QString accessKey = accessTokenKey();
    // One after the other: a keychain prompt must not appear three times at once.
    m_store.read(
        refreshTokenKey(), context,
        [store, context, tokens, accessKey, expiresKey, done](const SecretResult &r) {
            Result<QString> refresh = valueOf(r);
            if (!refresh.ok()) {
                done(refresh.error());
                return;
            }
            tokens->refreshToken = refresh.value();
            store->read(accessKey, context,
                        [store, context, tokens, expiresKey, done](const SecretResult &r2) {
                            Result<QString> access = valueOf(r2);
                            if (!access.ok()) {
                                done(access.error());
                                return;
                            }
                            tokens->accessToken = access.value();
                            store->read(
                                expiresKey, context, [tokens, done](const SecretResult &r3) {
                                    Result<QString> expires = valueOf(r3);
                                    if (!expires.ok()) {
                                        done(expires.error());
                                        return;
                                    }
                                    tokens->expiresAt
                                        = QDateTime::fromString(expires.value(), Qt::ISODateWithMs);
                                    done(*tokens);
                                });
                        });
        });
}

void GhlTokenStore::save(const Tokens &tokens, QObject *context, Callback<std::monostate> done)
{
    Secrets::SecretStore *store = &m_store;
    const QString accessKey = accessTokenKey();
    const QString expiresKey = expiresAtKey();
    const QString expires
        = tokens.expiresAt.isValid() ? JsonFields::isoString(tokens.expiresAt) : QString();
    const QString access = tokens.accessToken;
    m_store.write(
        refreshTokenKey(), tokens.refreshToken, context,
        [store, context, accessKey, access, expiresKey, expires, done](const SecretResult &r) {
            if (!r.succeeded()) {
                done(r.error);
                return;
            }
            store->write(accessKey, access, context,
                         [store, context, expiresKey, expires, done](const SecretResult &r2) {
                             if (!r2.succeeded()) {
                                 done(r2.error);
                                 return;
                             }
                             store->write(expiresKey, expires, context,
                                          [done](const SecretResult &r3) {
                                              if (!r3.succeeded()) {
                                                  done(r3.error);
                                                  return;
                                              }
                                              done(std::monostate {});
                                          });
                         });
        });
}

void GhlTokenStore::clear(QObject *context, Callback<std::monostate> done)
{
    Secrets::SecretStore *store = &m_store;
    const QString accessKey = accessTokenKey();
    const QString expiresKey = expiresAtKey();
    m_store.remove(refreshTokenKey(), context,
                   [store, context, accessKey, expiresKey, done](const SecretResult &r) {
                       if (!r.succeeded()) {
                           done(r.error);
                           return;
                       }
                       store->remove(accessKey, context,
                                     [store, context, expiresKey, done](const SecretResult &r2) {
                                         if (!r2.succeeded()) {
                                             done(r2.error);
                                             return;
                                         }
                                         store->remove(expiresKey, context,
                                                       [done](const SecretResult &r3) {
                                                           if (!r3.succeeded()) {
                                                               done(r3.error);
                                                               return;
                                                           }
                                                           done(std::monostate {});
                                                       });
                                     });
                   });
}

} // namespace Api
