// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/transformchain.h"

#include "mapping/mappingjson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Mapping {

Result<TransformChain> TransformChain::fromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isArray()) {
        return MappingJson::invalid(path,
                                    QCoreApplication::translate("Mapping", "a list is required."));
    }
    TransformChain chain;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = MappingJson::element(path, i);
        const Result<QJsonObject> object = MappingJson::requiredObject(array.at(i), at);
        if (!object) {
            return object.error();
        }
        Result<Transform> step = Transform::fromJson(object.value(), at);
        if (!step) {
            return step.error();
        }
        chain.m_steps.append(std::move(step).value());
    }
    return chain;
}

QJsonArray TransformChain::toJson() const
{
    QJsonArray out;
    for (const Transform &step : m_steps) {
        out.append(step.toJson());
    }
    return out;
}

Result<QJsonValue> TransformChain::apply(const QJsonValue &input, TransformContext &context,
                                         qsizetype *failedStep) const
{
    QJsonValue value = input;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        Result<QJsonValue> next = m_steps.at(i).apply(value, context);
        if (!next) {
            if (failedStep) {
                *failedStep = i;
            }
            return next.error();
        }
        value = std::move(next).value();
    }
    return value;
}

Result<QString> TransformChain::applyText(const QString &input, TransformContext &context,
                                          qsizetype *failedStep, qsizetype from) const
{
    QString value = input;
    for (qsizetype i = from; i < m_steps.size(); ++i) {
        Result<QString> next = m_steps.at(i).applyText(value, context);
        if (!next) {
            if (failedStep) {
                *failedStep = i;
            }
            return next.error();
        }
        value = std::move(next).value();
    }
    return value;
}

bool TransformChain::isTextOnly() const
{
    return std::all_of(m_steps.begin(), m_steps.end(),
                       [](const Transform &t) { return t.isTextToText(); });
}

bool TransformChain::contains(Transform::Kind kind) const
{
    return std::any_of(m_steps.begin(), m_steps.end(),
                       [kind](const Transform &t) { return t.kind() == kind; });
}

} // namespace Mapping
