// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/linkindex.h"

#include <QSortFilterProxyModel>

#include <optional>

class RecordTableModel;

// Filters a contact or subscriber table: a case-insensitive substring over the row's search
// text (name, email, phone, tags), one link status, and one MailerLite subscriber type. Reads
// the source's pre-lowered text directly, so a new search over 100,000 rows is one cheap scan.
// Lives in the GUI thread.
class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setSearchText(const QString &text);
    void setStatusFilter(std::optional<Session::LinkStatus> status);
    // Empty: every type.
    void setTypeFilter(const QString &type);

    [[nodiscard]] QString searchText() const { return m_needle; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    void refilter();

    const RecordTableModel *m_records = nullptr;
    QString m_needle;
    std::optional<Session::LinkStatus> m_status;
    QString m_type;
};
