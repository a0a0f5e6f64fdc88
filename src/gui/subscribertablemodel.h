// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailerlite/subscriber.h"
#include "recordtablemodel.h"

#include <QHash>

#include <vector>

// The MailerLite subscribers of the Contacts page, filled page by page from the RecordMirror.
// Keeps only what the table shows; the detail panel reads fields and groups on demand.
// Lives in the GUI thread.
class SubscriberTableModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, TypeColumn, StatusColumn, ColumnCount };

    struct Row
    {
        qint64 id = 0;
        QString email;
        QString name;
        QString type;
        QDateTime dateCreated;
        QString searchText;
    };

    explicit SubscriberTableModel(QObject *parent = nullptr);

    void appendSubscribers(const QList<MailerLite::Subscriber> &subscribers);
    void updateSubscriber(const MailerLite::Subscriber &subscriber);
    void clear();

    [[nodiscard]] int rowOf(qint64 subscriberId) const { return m_rowById.value(subscriberId, -1); }
    [[nodiscard]] const Row &rowAt(int row) const
    {
        return m_rows.at(static_cast<std::size_t>(row));
    }
    // The subscriber types present, for the type filter.
    [[nodiscard]] static QStringList knownTypes();
    [[nodiscard]] static QString typeText(const QString &type);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    [[nodiscard]] int statusColumn() const override { return StatusColumn; }
    [[nodiscard]] QString searchTextAt(int row) const override { return rowAt(row).searchText; }
    [[nodiscard]] QString typeAt(int row) const override { return rowAt(row).type; }

protected:
    [[nodiscard]] QVariant recordData(int row, int column, int role) const override;
    [[nodiscard]] Session::LinkStatus computeStatus(int row) const override;
    [[nodiscard]] QString conflictReasonAt(int row) const override;

private:
    static Row makeRow(const MailerLite::Subscriber &subscriber);

    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowById;
};
