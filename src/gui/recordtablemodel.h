// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/linkindex.h"

#include <QAbstractTableModel>
#include <QTimer>

// What the GHL contact and MailerLite subscriber tables share: a link-status column (the first,
// icon and short text, the reason as tooltip) read from a Session::LinkIndex and cached per
// row, a highlighted row (the partner of the other table's
// selection), and the roles the filter proxy reads. A refresh re-reads only the rows the
// index's journal names (a page touches a few), on the next event-loop turn; when the journal
// cannot tell (links replaced, no index) a sweep handles a few thousand rows per turn. Changes
// go out as coalesced dataChanged() ranges, so 100,000 rows never freeze the window.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString contact id or qint64 subscriber id
        SearchTextRole, // lower-cased text the search box matches against
        LinkStatusRole, // int(Session::LinkStatus)
        TypeRole, // MailerLite subscriber type; empty for contacts
    };

    explicit RecordTableModel(QObject *parent = nullptr);

    // The index the statuses come from; it must outlive this model (or be unset first).
    void setLinkIndex(const Session::LinkIndex *index);
    // Re-reads the statuses that may have changed on the next turn; calls before then merge.
    void refreshStatuses();
    // Finishes a pending status sweep now.
    void flushStatuses();
    [[nodiscard]] bool isSweeping() const { return m_sweepTimer.isActive(); }

    void setHighlightedRow(int row);
    [[nodiscard]] int highlightedRow() const { return m_highlighted; }

    [[nodiscard]] virtual int statusColumn() const = 0;
    [[nodiscard]] virtual QString searchTextAt(int row) const = 0;
    [[nodiscard]] virtual QString typeAt(int row) const;
    [[nodiscard]] Session::LinkStatus statusAt(int row) const;

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

Q_SIGNALS:
    // A sweep ended with every status current.
    void statusesSettled();

protected:
    [[nodiscard]] virtual QVariant recordData(int row, int column, int role) const = 0;
    // Answers the record's own-side status ("GHL only") while no index is set.
    [[nodiscard]] virtual Session::LinkStatus computeStatus(int row) const = 0;
    // The row of a record the index's journal names; -1 when it is not in this table.
    [[nodiscard]] virtual int rowOfTouched(const Session::LinkIndex::Touched &touched) const = 0;
    // Why the row has its status, translated: the status cell's tooltip.
    [[nodiscard]] virtual QString statusReasonAt(int row) const = 0;
    [[nodiscard]] const Session::LinkIndex *linkIndex() const { return m_index; }
    // `text` lower-cased, in place when it is not shared: ASCII (nearly every record) without
    // the Unicode case tables, anything else as QString::toLower() does it.
    [[nodiscard]] static QString lowered(QString text);

    // Row bookkeeping for subclasses: call inside their begin/end insert/remove/reset pairs.
    void reserveStatuses(std::size_t rows) { m_statuses.reserve(rows); }
    void statusesInserted(int first, int count);
    void statusesRemoved(int row);
    void statusesCleared();
    void setStatusNow(int row);

private:
    void sweepSome();
    void requestFullSweep();
    void readJournal();
    void emitStatusRuns(const QList<std::pair<int, int>> &runs);

    const Session::LinkIndex *m_index = nullptr;
    std::vector<Session::LinkStatus> m_statuses;
    QTimer m_sweepTimer;
    quint64 m_journalCursor = 0;
    int m_sweepRow = 0;
    bool m_fullSweep = false;
    bool m_sweepAgain = false;
    int m_highlighted = -1;
};
