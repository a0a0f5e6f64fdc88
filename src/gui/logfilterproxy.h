// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/logentry.h"

#include <QSortFilterProxyModel>

// Shows the log lines at or above a minimum level whose message or contact id contains a text
// (case-insensitive). Sits on a LogModel. Lives in the GUI thread.
class LogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterProxy(QObject *parent = nullptr);

    void setMinimumSeverity(Store::LogEntry::Severity severity);
    [[nodiscard]] Store::LogEntry::Severity minimumSeverity() const { return m_minimum; }
    void setText(const QString &text);
    [[nodiscard]] QString text() const { return m_text; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    Store::LogEntry::Severity m_minimum = Store::LogEntry::Severity::Debug;
    QString m_text;
};
