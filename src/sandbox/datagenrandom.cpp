// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagenrandom.h"

#include <numeric>

namespace Sandbox {

namespace {

constexpr char16_t s_alnum[] = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int s_alnumCount = 62;
// The serial takes the last 6 characters: 62^6 (about 5.7e10) ids before it wraps.
constexpr int s_serialChars = 6;

} // namespace

DataGenRandom::DataGenRandom(quint32 seed)
    : m_rng(seed)
{ }

qint64 DataGenRandom::between(qint64 low, qint64 high)
{
    if (high <= low) {
        return low;
    }
    return m_rng.bounded(low, high + 1);
}

int DataGenRandom::weighted(std::span<const int> weights)
{
    const int total = std::accumulate(weights.begin(), weights.end(), 0);
    int roll = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (roll < weights[i]) {
            return static_cast<int>(i);
        }
        roll -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
}

QString DataGenRandom::ghlId()
{
    constexpr int length = 20;
    QString id(length, Qt::Uninitialized);
    QChar *out = id.data();
    for (int i = 0; i < length - s_serialChars; ++i) {
        out[i] = QChar(s_alnum[m_rng.bounded(s_alnumCount)]);
    }
    quint64 serial = m_serial++;
    for (int i = length - 1; i >= length - s_serialChars; --i) {
        out[i] = QChar(s_alnum[serial % s_alnumCount]);
        serial /= s_alnumCount;
    }
    return id;
}

QString DataGenRandom::hexId(int length)
{
    QString id(length, Qt::Uninitialized);
    QChar *out = id.data();
    // Same uniqueness trick as ghlId(): the serial fills the tail in hex.
    quint64 serial = m_serial++;
    for (int i = length - 1; i >= 0; --i) {
        if (i >= length - 8) {
            out[i] = QChar(s_alnum[serial % 16]);
            serial /= 16;
        } else {
            out[i] = QChar(s_alnum[m_rng.bounded(16)]);
        }
    }
    return id;
}

QString DataGenRandom::digits(int n)
{
    QString text(n, Qt::Uninitialized);
    QChar *out = text.data();
    for (int i = 0; i < n; ++i) {
        out[i] = QChar(u'0' + m_rng.bounded(10));
    }
    return text;
}

} // namespace Sandbox
