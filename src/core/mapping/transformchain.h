// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/transform.h"

#include <QJsonArray>
#include <QList>

namespace Mapping {

// Transforms applied in order; the first failure stops the chain. A plain value type.
class TransformChain final
{
public:
    TransformChain() = default;
    TransformChain(std::initializer_list<Transform> steps)
        : m_steps(steps)
    { }

    [[nodiscard]] static Result<TransformChain> fromJson(const QJsonValue &value,
                                                         const QString &path);
    [[nodiscard]] QJsonArray toJson() const;

    // On failure, `failedStep` (when given) receives the index of the step that failed.
    [[nodiscard]] Result<QJsonValue> apply(const QJsonValue &input, TransformContext &context,
                                           qsizetype *failedStep = nullptr) const;

    // Text in, text out, without JSON values; only when isTextOnly(). `from` skips the steps
    // before it (already applied).
    [[nodiscard]] Result<QString> applyText(const QString &input, TransformContext &context,
                                            qsizetype *failedStep = nullptr,
                                            qsizetype from = 0) const;
    [[nodiscard]] bool isTextOnly() const;

    [[nodiscard]] const QList<Transform> &steps() const { return m_steps; }
    [[nodiscard]] bool isEmpty() const { return m_steps.isEmpty(); }
    [[nodiscard]] bool contains(Transform::Kind kind) const;
    void append(const Transform &step) { m_steps.append(step); }

    bool operator==(const TransformChain &other) const = default;

private:
    QList<Transform> m_steps;
};

} // namespace Mapping
