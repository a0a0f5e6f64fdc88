// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/realtimesettings.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Profiles {

namespace {

Error invalid(const QString &why)
{
    return Error {
        Error::Kind::Config,
        QCoreApplication::translate("Profiles", "The real-time settings are not valid: %1.")
            .arg(why),
        {}};
}

} // namespace

QString RealtimeSettings::writeBackName(WriteBack writeBack)
{
    switch (writeBack) {
    case WriteBack::Off:
        return u"off"_s;
    case WriteBack::EmailDnd:
        return u"email-dnd"_s;
    case WriteBack::Tag:
        return u"tag"_s;
    }
    return u"off"_s;
}

QJsonObject RealtimeSettings::toJson() const
{
    return {{"fast_polling"_L1, fastPolling},
            {"webhooks"_L1, webhooksEnabled},
            {"webhook_bind_address"_L1, webhookBindAddress},
            {"webhook_port"_L1, webhookPort},
            {"ghl_rsa_public_key"_L1, QString::fromLatin1(ghlRsaPublicKey)},
            {"ghl_ed25519_public_key"_L1, QString::fromLatin1(ghlEd25519PublicKey)},
            {"write_back"_L1, writeBackName(writeBack)},
            {"write_back_tag"_L1, writeBackTag}};
}

Result<RealtimeSettings> RealtimeSettings::fromJson(const QJsonObject &o)
{
    RealtimeSettings s;
    s.fastPolling = o.value("fast_polling"_L1).toBool(false);
    s.webhooksEnabled = o.value("webhooks"_L1).toBool(false);
    s.webhookBindAddress = o.value("webhook_bind_address"_L1).toString(s.webhookBindAddress);
    if (QHostAddress(s.webhookBindAddress).isNull()) {
        return invalid(QCoreApplication::translate("Profiles", "\"%1\" is not an IP address")
                           .arg(s.webhookBindAddress));
    }
    const int port = o.value("webhook_port"_L1).toInt(s.webhookPort);
    if (port < 1 || port > 65535) {
        return invalid(
            QCoreApplication::translate("Profiles", "%1 is not a port number").arg(port));
    }
    s.webhookPort = static_cast<quint16>(port);
    s.ghlRsaPublicKey = o.value("ghl_rsa_public_key"_L1).toString().toLatin1();
    s.ghlEd25519PublicKey = o.value("ghl_ed25519_public_key"_L1).toString().toLatin1();
    const QString writeBack = o.value("write_back"_L1).toString(u"off"_s);
    if (writeBack == u"off") {
        s.writeBack = WriteBack::Off;
    } else if (writeBack == u"email-dnd") {
        s.writeBack = WriteBack::EmailDnd;
    } else if (writeBack == u"tag") {
        s.writeBack = WriteBack::Tag;
    } else {
        return invalid(
            QCoreApplication::translate("Profiles", "unknown write-back \"%1\"").arg(writeBack));
    }
    s.writeBackTag = o.value("write_back_tag"_L1).toString(s.writeBackTag).trimmed();
    if (s.writeBack == WriteBack::Tag && s.writeBackTag.isEmpty()) {
        return invalid(QCoreApplication::translate("Profiles", "the write-back tag is empty"));
    }
    return s;
}

} // namespace Profiles
