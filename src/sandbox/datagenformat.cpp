// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagenformat.h"

#include "datagennames.h"
#include "datagenrandom.h"

#include <QDate>

namespace Sandbox::DataGen {

namespace {

constexpr qint64 s_msPerDay = 86400000;

struct Parts
{
    int year, month, day, hour, minute, second, ms;
};

Parts split(qint64 msSinceEpoch)
{
    qint64 days = msSinceEpoch / s_msPerDay;
    qint64 rest = msSinceEpoch % s_msPerDay;
    if (rest < 0) {
        rest += s_msPerDay;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    const int msOfDay = static_cast<int>(rest);
    return {date.year(),          date.month(),        date.day(),    msOfDay / 3600000,
            msOfDay / 60000 % 60, msOfDay / 1000 % 60, msOfDay % 1000};
}

// Writes value as exactly `width` zero-padded digits at out and returns the position after.
QChar *put(QChar *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    return out + width;
}

QChar *putDate(QChar *out, const Parts &p)
{
    out = put(out, p.year, 4);
    *out++ = u'-';
    out = put(out, p.month, 2);
    *out++ = u'-';
    return put(out, p.day, 2);
}

QChar *putTime(QChar *out, const Parts &p)
{
    out = put(out, p.hour, 2);
    *out++ = u':';
    out = put(out, p.minute, 2);
    *out++ = u':';
    return put(out, p.second, 2);
}

} // namespace

QJsonObject jsonObject(std::initializer_list<std::pair<QLatin1StringView, QJsonValue>> members)
{
    QJsonObject object;
    for (const auto &[key, value] : members) {
        object.insert(key, value);
    }
    return object;
}

QString isoMs(qint64 msSinceEpoch)
{
    const Parts p = split(msSinceEpoch);
    QString text(24, Qt::Uninitialized);
    QChar *out = putDate(text.data(), p);
    *out++ = u'T';
    out = putTime(out, p);
    *out++ = u'.';
    out = put(out, p.ms, 3);
    *out = u'Z';
    return text;
}

QString spaced(qint64 msSinceEpoch)
{
    const Parts p = split(msSinceEpoch);
    QString text(19, Qt::Uninitialized);
    QChar *out = putDate(text.data(), p);
    *out++ = u' ';
    putTime(out, p);
    return text;
}

QString dateOnly(qint64 msSinceEpoch)
{
    const Parts p = split(msSinceEpoch);
    QString text(10, Qt::Uninitialized);
    putDate(text.data(), p);
    return text;
}

QString uniqueEmail(DataGenRandom &rng, QStringView first, QStringView last, quint64 serial)
{
    const QString number = QString::number(serial);
    QString local;
    switch (rng.below(5)) {
    case 0:
        local = first % u'.' % last % number;
        break;
    case 1:
        local = first.left(1) % last % number;
        break;
    case 2:
        local = first % number;
        break;
    case 3:
        local = last % u'.' % first % number;
        break;
    default:
        local = first % u'_' % last % number;
        break;
    }
    if (rng.chance(0.06)) {
        local += u'+' % rng.pick(plusTags());
    }
    QString domain = rng.pick(emailDomains()).toString();
    if (rng.chance(0.10)) {
        // Mixed case as people type it: "Anna.Smith12@Example.com".
        local[0] = local[0].toUpper();
        const qsizetype dot = local.indexOf(u'.');
        if (dot >= 0 && dot + 1 < local.size()) {
            local[dot + 1] = local[dot + 1].toUpper();
        }
        domain[0] = domain[0].toUpper();
    }
    return local % u'@' % domain;
}

QString caseVariant(DataGenRandom &rng, const QString &email)
{
    QString variant;
    switch (rng.below(3)) {
    case 0:
        variant = email.toUpper();
        break;
    case 1:
        variant = email.toLower();
        variant[0] = variant[0].toUpper();
        break;
    default:
        variant = email.left(email.indexOf(u'@')) % email.mid(email.indexOf(u'@')).toUpper();
        break;
    }
    if (variant == email) {
        variant = email.toUpper() == email ? email.toLower() : email.toUpper();
    }
    return variant;
}

} // namespace Sandbox::DataGen
