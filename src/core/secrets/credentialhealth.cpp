// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/credentialhealth.h"

#include "secrets/secretstore.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Secrets {

namespace {

const auto Group = u"credentialHealth"_s;
const auto ReminderKey = u"credentialHealthReminderDays"_s;
const auto StoredField = u"storedAt"_s;
const auto WorkedField = u"lastWorked"_s;

QDateTime parseTime(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

bool CredentialHealth::Record::needsRotation(const QDateTime &now, std::chrono::days maxAge) const
{
    if (!storedAt.isValid()) {
        return false;
    }
    const qint64 maxSeconds = std::chrono::duration_cast<std::chrono::seconds>(maxAge).count();
    return storedAt.secsTo(now) >= maxSeconds;
}

CredentialHealth::CredentialHealth(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{
    Q_ASSERT(m_settings);
}

CredentialHealth::~CredentialHealth() = default;

// Keychain keys contain '/', which QSettings reads as nesting: one percent-encoded group each.
QString CredentialHealth::groupOf(const QString &key)
{
    return Group + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(key));
}

CredentialHealth::Record CredentialHealth::record(const QString &key) const
{
    const QString group = groupOf(key);
    return Record {parseTime(m_settings->value(group + u'/' + StoredField)),
                   parseTime(m_settings->value(group + u'/' + WorkedField))};
}

QStringList CredentialHealth::keys() const
{
    m_settings->beginGroup(Group);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList out;
    out.reserve(groups.size());
    for (const QString &group : groups) {
        out.append(QUrl::fromPercentEncoding(group.toLatin1()));
    }
    out.sort();
    return out;
}

void CredentialHealth::writeTime(const QString &key, const QString &field, const QDateTime &when)
{
    m_settings->setValue(groupOf(key) + u'/' + field, when.toUTC().toString(Qt::ISODateWithMs));
}

void CredentialHealth::recordStored(const QString &key, const QDateTime &when)
{
    writeTime(key, StoredField, when);
    // The old value's success says nothing about the new one.
    m_settings->remove(groupOf(key) + u'/' + WorkedField);
    m_settings->sync();
}

void CredentialHealth::recordWorked(const QString &key, const QDateTime &when)
{
    writeTime(key, WorkedField, when);
    m_settings->sync();
}

void CredentialHealth::forget(const QString &key)
{
    m_settings->remove(groupOf(key));
    m_settings->sync();
}

void CredentialHealth::forgetProfile(const QString &profile)
{
    const QStringList all = keys();
    for (const QString &key : all) {
        if (SecretStore::profileOf(key) == profile) {
            m_settings->remove(groupOf(key));
        }
    }
    m_settings->sync();
}

int CredentialHealth::reminderDays() const
{
    bool ok = false;
    const int days = m_settings->value(ReminderKey, DefaultReminderDays).toInt(&ok);
    return ok && days > 0 ? days : DefaultReminderDays;
}

void CredentialHealth::setReminderDays(int days)
{
    m_settings->setValue(ReminderKey, std::max(days, 1));
    m_settings->sync();
}

bool CredentialHealth::needsRotation(const QString &key, const QDateTime &now) const
{
    return record(key).needsRotation(now, std::chrono::days(reminderDays()));
}

} // namespace Secrets
