// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

Error badSpec(const QString &detail)
{
    return Error {
        Error::Kind::Validation,
        QCoreApplication::translate("Sandbox", "Invalid fault specification: %1").arg(detail),
        detail};
}

// Applies one key=value to rates; false when the key is unknown or the value out of range.
bool applyKey(FaultInjector::Rates &rates, const QString &key, double value)
{
    auto probability = [value](double &target) {
        if (value < 0.0 || value > 1.0) {
            return false;
        }
        target = value;
        return true;
    };
    auto milliseconds = [value](int &target) {
        if (value < 0.0 || value > 600000.0) {
            return false;
        }
        target = static_cast<int>(value);
        return true;
    };
    if (key == u"5xx") {
        return probability(rates.serverError);
    }
    if (key == u"429") {
        return probability(rates.rateLimitBurst);
    }
    if (key == u"burst") {
        if (value < 1.0 || value > 10000.0) {
            return false;
        }
        rates.burstLength = static_cast<int>(value);
        return true;
    }
    if (key == u"drop") {
        return probability(rates.drop);
    }
    if (key == u"truncate") {
        return probability(rates.truncate);
    }
    if (key == u"stall") {
        return probability(rates.stall);
    }
    if (key == u"stall_ms") {
        return milliseconds(rates.stallMs);
    }
    if (key == u"latency_ms") {
        return milliseconds(rates.latencyMs);
    }
    return false;
}

} // namespace

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{ }

void FaultInjector::setRates(const Rates &rates)
{
    m_rates = rates;
    m_burstLeft = 0;
}

bool FaultInjector::isActive() const
{
    return m_rates.serverError > 0 || m_rates.rateLimitBurst > 0 || m_rates.drop > 0
        || m_rates.truncate > 0 || m_rates.stall > 0 || m_rates.latencyMs > 0;
}

FaultInjector::Fault FaultInjector::next()
{
    if (m_burstLeft > 0) {
        --m_burstLeft;
        return Fault::RateLimited;
    }
    if (!isActive()) {
        return Fault::None;
    }
    // One draw per request keeps the sequence reproducible whatever the rates are.
    double roll = m_random.generateDouble();
    const std::pair<double, Fault> table[] = {
        {m_rates.serverError, Fault::ServerError},
        {m_rates.rateLimitBurst, Fault::RateLimited},
        {m_rates.drop, Fault::Drop},
        {m_rates.truncate, Fault::Truncate},
        {m_rates.stall, Fault::Stall},
    };
    for (const auto &[rate, fault] : table) {
        if (roll < rate) {
            if (fault == Fault::RateLimited) {
                m_burstLeft = m_rates.burstLength - 1;
            }
            return fault;
        }
        roll -= rate;
    }
    return Fault::None;
}

int FaultInjector::nextServerErrorStatus()
{
    static constexpr int statuses[] = {500, 502, 503};
    return statuses[m_random.bounded(3)];
}

Result<FaultInjector::Rates> FaultInjector::parse(const QString &spec)
{
    Rates rates;
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0) {
            return badSpec(part);
        }
        bool ok = false;
        const double value = part.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok || !applyKey(rates, part.left(eq).trimmed(), value)) {
            return badSpec(part);
        }
    }
    return rates;
}

Result<FaultInjector::Rates> FaultInjector::fromJson(const QJsonObject &object, const Rates &base)
{
    Rates rates = base;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble() || !applyKey(rates, it.key(), it.value().toDouble())) {
            return badSpec(it.key());
        }
    }
    return rates;
}

QJsonObject FaultInjector::toJson(const Rates &rates)
{
    return {{u"5xx"_s, rates.serverError},   {u"429"_s, rates.rateLimitBurst},
            {u"burst"_s, rates.burstLength}, {u"drop"_s, rates.drop},
            {u"truncate"_s, rates.truncate}, {u"stall"_s, rates.stall},
            {u"stall_ms"_s, rates.stallMs},  {u"latency_ms"_s, rates.latencyMs}};
}

} // namespace Sandbox
