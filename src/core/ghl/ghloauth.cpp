// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/ghloauth.h"

#include "ghl/ghlerrors.h"
#include "log/logging.h"
#include "log/redaction.h"
#include "util/jsonfields.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

// Builds the authorization URL the standard way but leaves the code exchange to GhlOAuth:
// the base class would post it itself, without user_type and without reporting failures.
class LoopbackFlow final : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;

protected:
    void resourceOwnerAuthorization(const QUrl &url,
                                    const QMultiMap<QString, QVariant> &parameters) override
    {
        Q_UNUSED(url)
        Q_EMIT authorizeWithBrowser(buildAuthenticateUrl(parameters));
    }
};

QString randomState()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}

QByteArray formEncode(const QList<std::pair<QString, QString>> &form)
{
    QByteArray out;
    for (const auto &[name, value] : form) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

Error tokenError(const Error &generic, const ApiCall &call)
{
    const int status = call.httpStatus();
    if (status == 400 || status == 401 || status == 403) {
        return Error {Error::Kind::Auth,
                      GhlOAuth::tr("GoHighLevel refused the sign-in: the authorization has "
                                   "expired or was revoked, or the app's client ID or secret is "
                                   "wrong. Sign in to GoHighLevel again."),
                      Redaction::redact(u"token endpoint: "_s + call.serverMessage()), status};
    }
    return GhlErrors::explain(generic, call, QString());
}

} // namespace

GhlOAuth::GhlOAuth(Config config, Secrets::SecretStore &store, const Clock &clock,
                   QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(store, m_config.profile)
    , m_clock(clock)
{
    HttpClient::Config http;
    http.service = u"ghl-oauth"_s;
    http.baseUrl = m_config.baseUrl;
    http.transferTimeout = m_config.transferTimeout;
    // A token POST is only resent when it surely never arrived (RetryPolicy's rule for POST):
    // a refresh token is spent by its first use.
    m_http = new HttpClient(std::move(http), clock, network, this);
}

GhlOAuth::~GhlOAuth() = default;

QUrl GhlOAuth::tokenUrl() const
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + u"/oauth/token"_s);
    return url;
}

QUrl GhlOAuth::redirectUri() const
{
    return m_replyHandler ? QUrl(m_replyHandler->callback()) : QUrl();
}

GhlClient::TokenProvider GhlOAuth::tokenProvider()
{
    QPointer<GhlOAuth> self(this);
    return [self] {
        return self ? self->accessToken() : QByteArray();
    };
}

GhlClient::TokenRenewer GhlOAuth::tokenRenewer()
{
    QPointer<GhlOAuth> self(this);
    return [self](QObject *context, Callback<std::monostate> done) {
        if (!self) {
            done(Error {Error::Kind::Auth, tr("Not signed in to GoHighLevel."), {}, 0});
            return;
        }
        self->refresh(context, std::move(done));
    };
}

void GhlOAuth::load(QObject *context, Callback<bool> done)
{
    QPointer<GhlOAuth> self(this);
    m_store.load(
        this,
        [self, guard = QPointer<QObject>(context), done](Result<GhlTokenStore::Tokens> tokens) {
            if (!self || !guard) {
                return;
            }
            if (!tokens.ok()) {
                done(tokens.error());
                return;
            }
            self->m_tokens = tokens.value();
            Q_EMIT self->tokensChanged();
            done(self->isSignedIn());
        });
}

Status GhlOAuth::startAuthorization()
{
    cancelAuthorization();
    auto *handler
        = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_config.redirectPort, this);
    if (!handler->isListening()) {
        delete handler;
        return Error {Error::Kind::Config,
                      tr("ContactBridge could not listen on 127.0.0.1 port %1 for the "
                         "GoHighLevel sign-in. Close the program using that port or choose "
                         "another redirect port.")
                          .arg(m_config.redirectPort),
                      u"oauth: loopback listen failed"_s, 0};
    }
    handler->setCallbackText(tr("ContactBridge received the GoHighLevel authorization. You "
                                "can close this tab."));
    auto *flow = new LoopbackFlow(m_http->network(), this);
    flow->setAuthorizationUrl(m_config.authorizeUrl);
    flow->setAccessTokenUrl(tokenUrl()); // grant() refuses to start without one
    flow->setClientIdentifier(m_config.clientId);
    flow->setScope(m_config.scopes.join(u' '));
    flow->setState(randomState());
    flow->setReplyHandler(handler);
    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this, &GhlOAuth::authorizationUrlReady);
    connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &GhlOAuth::onCallback);
    m_flow = flow;
    m_replyHandler = handler;
    flow->grant();
    return success();
}

void GhlOAuth::cancelAuthorization()
{
    if (m_replyHandler) {
        m_replyHandler->close();
        m_replyHandler->deleteLater();
    }
    if (m_flow) {
        m_flow->deleteLater();
    }
}

void GhlOAuth::onCallback(const QVariantMap &values)
{
    const auto value = [&values](const QString &key) {
        return QUrl::fromPercentEncoding(values.value(key).toString().toUtf8());
    };
    const QString expectedState = m_flow ? m_flow->state() : QString();
    // One redirect per sign-in: stop listening for more, but let the listener finish its
    // answer to the browser ("you may close this window") before it goes away.
    QPointer<QOAuthHttpServerReplyHandler> handler = m_replyHandler;
    QPointer<QOAuth2AuthorizationCodeFlow> flow = m_flow;
    m_replyHandler = nullptr;
    m_flow = nullptr;
    if (handler) {
        disconnect(handler, nullptr, this, nullptr);
    }
    QTimer::singleShot(std::chrono::seconds(2), this, [handler, flow] {
        if (handler) {
            handler->close();
            handler->deleteLater();
        }
        if (flow) {
            flow->deleteLater();
        }
    });
    if (!value(u"error"_s).isEmpty()) {
        Q_EMIT authorizationFailed(Error {Error::Kind::Auth,
                                          tr("The GoHighLevel sign-in was not completed (%1).")
                                              .arg(value(u"error_description"_s).isEmpty()
                                                       ? value(u"error"_s)
                                                       : value(u"error_description"_s)),
                                          u"oauth: redirect carried an error"_s, 0});
        return;
    }
    // GHL's documentation does not promise to echo state, so only a different one is refused.
    const QString state = value(u"state"_s);
    if (!state.isEmpty() && state != expectedState) {
        Q_EMIT authorizationFailed(Error {Error::Kind::Auth,
                                          tr("The GoHighLevel sign-in answer did not match the "
                                             "request. Start the sign-in again."),
                                          u"oauth: state mismatch"_s, 0});
        return;
    }
    const QString code = value(u"code"_s);
    if (code.isEmpty()) {
        Q_EMIT authorizationFailed(Error {Error::Kind::Auth,
                                          tr("GoHighLevel did not send an authorization code."),
                                          u"oauth: redirect without code"_s, 0});
        return;
    }
    exchangeCode(code, this, [this](Result<std::monostate> result) {
        if (!result.ok()) {
            Q_EMIT authorizationFailed(result.error());
            return;
        }
        Q_EMIT signedIn();
    });
}

ApiCall *GhlOAuth::exchangeCode(const QString &code, QObject *context,
                                Callback<std::monostate> done)
{
    QList<std::pair<QString, QString>> form {{u"grant_type"_s, u"authorization_code"_s},
                                             {u"code"_s, code}};
    if (m_replyHandler) {
        form.append({u"redirect_uri"_s, m_replyHandler->callback()});
    }
    return requestTokens(std::move(form), context, std::move(done));
}

ApiCall *GhlOAuth::requestTokens(QList<std::pair<QString, QString>> form, QObject *context,
                                 Callback<std::monostate> done)
{
    form.append({u"client_id"_s, m_config.clientId});
    form.append({u"client_secret"_s, m_config.clientSecret});
    form.append({u"user_type"_s, m_config.userType});
    RequestOptions options;
    options.endpoint = u"/oauth/token"_s;
    options.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    ApiCall *call = m_http->send("POST", u"/oauth/token"_s, {}, formEncode(form), options, context);
    QPointer<GhlOAuth> self(this);
    QPointer<QObject> guard(context);
    return deliver<QJsonObject>(
        call, context,
        [](const QJsonDocument &document, const ApiCall &) {
            return Result<QJsonObject>(document.object());
        },
        [](const Error &error, const ApiCall &finished) {
            return Result<QJsonObject>(tokenError(error, finished));
        },
        [self, guard, done](Result<QJsonObject> answer) {
            if (!answer.ok()) {
                done(answer.error());
                return;
            }
            if (!self || !guard) {
                done(Error {Error::Kind::Cancelled, tr("The sign-in was cancelled."), {}, 0});
                return;
            }
            self->adoptTokens(answer.value(), guard, done);
        });
}

void GhlOAuth::adoptTokens(const QJsonObject &answer, QObject *context,
                           Callback<std::monostate> done)
{
    GhlTokenStore::Tokens tokens;
    tokens.accessToken = JsonFields::string(answer, "access_token"_L1);
    tokens.refreshToken = JsonFields::string(answer, "refresh_token"_L1);
    const qint64 expiresIn = JsonFields::integer(answer, "expires_in"_L1, 0);
    if (tokens.accessToken.isEmpty() || tokens.refreshToken.isEmpty()) {
        done(Error {Error::Kind::Parse,
                    tr("GoHighLevel's sign-in answer did not contain the expected tokens."),
                    u"oauth: token answer without access_token or refresh_token"_s, 0});
        return;
    }
    if (expiresIn > 0) {
        tokens.expiresAt = m_clock.now().addSecs(expiresIn);
    }
    const QString location = JsonFields::string(answer, "locationId"_L1);
    QPointer<GhlOAuth> self(this);
    // Persist first: the old refresh token is already spent, so the new pair must be safe
    // before anything relies on it.
    m_store.save(tokens, context, [self, tokens, location, done](Result<std::monostate> saved) {
        if (!saved.ok()) {
            qCWarning(lcApiGhl) << "could not store the renewed GHL tokens:"
                                << saved.error().toLogString();
            done(saved.error());
            return;
        }
        if (self) {
            self->m_tokens = tokens;
            self->m_grantedLocation = location;
            qCInfo(lcApiGhl) << "GHL tokens stored; access token valid until"
                             << tokens.expiresAt.toString(Qt::ISODate);
            Q_EMIT self->tokensChanged();
        }
        done(std::monostate {});
    });
}

void GhlOAuth::refresh(QObject *context, Callback<std::monostate> done)
{
    m_refreshWaiters.emplace_back(context, std::move(done));
    if (m_refreshing) {
        return;
    }
    if (m_tokens.refreshToken.isEmpty()) {
        finishRefresh(Error {Error::Kind::Auth,
                             tr("Not signed in to GoHighLevel. Sign in to GoHighLevel first."),
                             u"oauth: no refresh token"_s, 0});
        return;
    }
    m_refreshing = true;
    qCInfo(lcApiGhl) << "renewing the GHL access token";
    requestTokens(
        {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, m_tokens.refreshToken}}, this,
        [this](Result<std::monostate> result) { finishRefresh(result); });
}

void GhlOAuth::finishRefresh(const Status &status)
{
    m_refreshing = false;
    std::vector<Waiter> waiters;
    waiters.swap(m_refreshWaiters);
    for (const auto &[context, done] : waiters) {
        if (context) {
            done(status);
        }
    }
}

void GhlOAuth::ensureFresh(QObject *context, Callback<std::monostate> done)
{
    const QDateTime limit = m_clock.now().addSecs(m_config.refreshLeadTime.count());
    if (!m_tokens.accessToken.isEmpty() && m_tokens.expiresAt.isValid()
        && m_tokens.expiresAt > limit) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard) {
                    done(std::monostate {});
                }
            },
            Qt::QueuedConnection);
        return;
    }
    refresh(context, std::move(done));
}

void GhlOAuth::signOut(QObject *context, Callback<std::monostate> done)
{
    m_tokens = {};
    m_grantedLocation.clear();
    Q_EMIT tokensChanged();
    m_store.clear(context, std::move(done));
}

} // namespace Api
