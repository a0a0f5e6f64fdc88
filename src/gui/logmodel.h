// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/logentry.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <chrono>
#include <deque>
#include <vector>

// The live sync log: lines arrive one by one from the engine, are collected for
// FlushInterval and inserted as one batch, and the oldest lines go first once the model holds
// maxRows, so a long run neither floods the view nor grows without bound.
// Lives in the GUI thread.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, ContactColumn, MessageColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Store::LogEntry::Severity)
        ContactIdRole,
        LineRole, // the whole line as text (copy and export)
    };

    static constexpr int DefaultMaxRows = 10'000;
    static constexpr std::chrono::milliseconds FlushInterval {100};

    explicit LogModel(QObject *parent = nullptr, int maxRows = DefaultMaxRows);
    ~LogModel() override;

    // Queues a line; it shows up with the next batch.
    void append(const Store::LogEntry &entry);
    // Inserts the queued lines now (before a copy or an export, and in tests).
    void flush();
    void clear();

    [[nodiscard]] int maxRows() const { return m_maxRows; }
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    [[nodiscard]] const Store::LogEntry &entry(int row) const { return m_rows.at(size_t(row)); }
    // "2026-01-01 10:00:00  warning  <contact>  message": one line, for copy and export.
    [[nodiscard]] static QString lineOf(const Store::LogEntry &entry);
    [[nodiscard]] static QString severityText(Store::LogEntry::Severity severity);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    int m_maxRows;
    // A deque: the oldest lines leave from the front without moving the others.
    std::deque<Store::LogEntry> m_rows;
    std::vector<Store::LogEntry> m_pending;
    QTimer m_flushTimer;
};
