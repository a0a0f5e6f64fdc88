// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/profile.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Profiles {

namespace {

Error invalid(const QString &what)
{
    return Error {Error::Kind::Config,
                  QCoreApplication::translate("Profiles", "The profile is invalid: %1").arg(what),
                  what};
}

} // namespace

bool Profile::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{1,64}$"_s);
    return pattern.match(name).hasMatch() && name != u"." && name != u"..";
}

QString Profile::ghlTokenKey() const
{
    return u"ghl/%1/token"_s.arg(name);
}

QString Profile::mailerLiteKeyKey() const
{
    return u"mailerlite/%1/api-key"_s.arg(name);
}

QString Profile::oauthClientSecretKey() const
{
    return u"ghl/%1/oauth-client-secret"_s.arg(name);
}

Sync::Schedule Profile::inAppSchedule() const
{
    return realtime.fastPolling ? Sync::Schedule::every(RealtimeSettings::FastPollMinutes)
                                : schedule;
}

QJsonObject Profile::toJson() const
{
    return {{"version"_L1, 1},
            {"name"_L1, name},
            {"ghl_base_url"_L1, ghlBaseUrl.toString()},
            {"location_id"_L1, locationId},
            {"ghl_auth"_L1, ghlAuth == GhlAuth::OAuth ? u"oauth"_s : u"private-token"_s},
            {"oauth_client_id"_L1, oauthClientId},
            {"oauth_redirect_port"_L1, oauthRedirectPort},
            {"mailerlite_base_url"_L1, mailerLiteBaseUrl.toString()},
            {"mode"_L1, Sync::SyncPolicy::modeName(policy.mode)},
            {"allow_resubscribe"_L1, policy.allowResubscribe},
            {"on_email_change"_L1, Sync::SyncPolicy::departureName(policy.onEmailChange)},
            {"on_leave_set"_L1, Sync::SyncPolicy::departureName(policy.onLeaveSet)},
            {"max_unsubscribe"_L1, policy.maxDestructiveCount},
            {"max_unsubscribe_percent"_L1, policy.maxDestructivePercent},
            {"mapping"_L1, mapping},
            {"schedule"_L1, schedule.toJson()},
            {"realtime"_L1, realtime.toJson()}};
}

Result<Profile> Profile::fromJson(const QJsonObject &o)
{
    if (o.value("version"_L1).toInt(1) != 1) {
        return invalid(
            QCoreApplication::translate("Profiles", "made by a newer version of ContactBridge"));
    }
    Profile p;
    p.name = o.value("name"_L1).toString();
    if (!isValidName(p.name)) {
        return invalid(
            QCoreApplication::translate("Profiles", "the name \"%1\" is not allowed").arg(p.name));
    }
    p.ghlBaseUrl = QUrl(o.value("ghl_base_url"_L1).toString(p.ghlBaseUrl.toString()));
    p.mailerLiteBaseUrl
        = QUrl(o.value("mailerlite_base_url"_L1).toString(p.mailerLiteBaseUrl.toString()));
    if (!p.ghlBaseUrl.isValid() || !p.mailerLiteBaseUrl.isValid()) {
        return invalid(
            QCoreApplication::translate("Profiles", "a service address is not a valid URL"));
    }
    p.locationId = o.value("location_id"_L1).toString();
    p.oauthClientId = o.value("oauth_client_id"_L1).toString();
    const int redirectPort = o.value("oauth_redirect_port"_L1).toInt(0);
    if (redirectPort < 0 || redirectPort > 65535) {
        return invalid(QCoreApplication::translate("Profiles",
                                                   "the OAuth redirect port %1 is not "
                                                   "a port number")
                           .arg(redirectPort));
    }
    p.oauthRedirectPort = static_cast<quint16>(redirectPort);
    const QString auth = o.value("ghl_auth"_L1).toString(u"private-token"_s);
    if (auth != u"oauth" && auth != u"private-token") {
        return invalid(QCoreApplication::translate("Profiles", "unknown GoHighLevel sign-in \"%1\"")
                           .arg(auth));
    }
    p.ghlAuth = auth == u"oauth" ? GhlAuth::OAuth : GhlAuth::PrivateToken;
    const auto mode = Sync::SyncPolicy::modeFromName(o.value("mode"_L1).toString(u"upsert"_s));
    const auto onEmail
        = Sync::SyncPolicy::departureFromName(o.value("on_email_change"_L1).toString(u"leave"_s));
    const auto onLeave = Sync::SyncPolicy::departureFromName(
        o.value("on_leave_set"_L1).toString(u"unsubscribe"_s));
    if (!mode || !onEmail || !onLeave) {
        return invalid(
            QCoreApplication::translate("Profiles", "unknown sync mode or departure rule"));
    }
    p.policy.mode = *mode;
    p.policy.onEmailChange = *onEmail;
    p.policy.onLeaveSet = *onLeave;
    p.policy.allowResubscribe = o.value("allow_resubscribe"_L1).toBool(false);
    p.policy.maxDestructiveCount
        = o.value("max_unsubscribe"_L1).toInt(p.policy.maxDestructiveCount);
    p.policy.maxDestructivePercent
        = o.value("max_unsubscribe_percent"_L1).toDouble(p.policy.maxDestructivePercent);
    if (p.policy.maxDestructiveCount < 0 || p.policy.maxDestructivePercent < 0) {
        return invalid(
            QCoreApplication::translate("Profiles", "the unsubscribe limits cannot be negative"));
    }
    p.mapping = o.value("mapping"_L1).toObject();
    // Files written before schedules existed have no "schedule": off.
    if (o.contains("schedule"_L1)) {
        const auto schedule = Sync::Schedule::fromJson(o.value("schedule"_L1).toObject());
        if (!schedule.ok()) {
            return invalid(QCoreApplication::translate("Profiles", "its schedule: %1")
                               .arg(schedule.error().detail));
        }
        p.schedule = schedule.value();
    }
    // Files written before webhooks existed have no "realtime": all off.
    if (o.contains("realtime"_L1)) {
        const auto realtime = RealtimeSettings::fromJson(o.value("realtime"_L1).toObject());
        if (!realtime.ok()) {
            return invalid(QCoreApplication::translate("Profiles", "its real-time settings: %1")
                               .arg(realtime.error().detail));
        }
        p.realtime = realtime.value();
    }
    return p;
}

} // namespace Profiles
