// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailerlite/subscriber.h"
#include "recordtablemodel.h"
#include "store/link.h"

#include <QHash>

#include <vector>

// The MailerLite subscribers of the Contacts page, filled page by page from the RecordMirror,
// and after a sync run from the links it wrote (rows marked "as written by the last sync"
// until MailerLite's own record replaces them). Keeps only what the table shows; the detail
// panel reads fields and groups on demand. Lives in the GUI thread.
class SubscriberTableModel final : public RecordTableModel
{
    Q_OBJECT

public:
    // The link status comes first: it is what the page is about, and never clipped.
    enum Column { StatusColumn, NameColumn, EmailColumn, TypeColumn, ColumnCount };

    struct Row
    {
        qint64 id = 0;
        QString email;
        QString name;
        QString type;
        QDateTime dateCreated;
        QString searchText;
        bool writtenBySync = false; // from a link: what the sync pushed, not MailerLite's record
    };

    explicit SubscriberTableModel(QObject *parent = nullptr);

    // MailerLite's own records: new ids are appended (one insert), known ones replaced.
    void appendSubscribers(const QList<MailerLite::Subscriber> &subscribers);
    void updateSubscriber(const MailerLite::Subscriber &subscriber);
    // Records as a sync run wrote them (see fromLink()): added or merged into the known row,
    // keeping what the link does not know (creation date, an unknown type).
    void addWrittenBySync(const QList<MailerLite::Subscriber> &subscribers);
    // The subscriber a link describes: id, email, name, fields, type and groups as last pushed.
    [[nodiscard]] static MailerLite::Subscriber fromLink(const Store::Link &link);
    void clear();
    // Room for `total` rows (a first page's total), so the table does not grow page by page.
    void reserve(qsizetype total);

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
    // Shown as the last sync wrote it, not as MailerLite has it (the tooltips say so).
    [[nodiscard]] bool isSecondHand(int row) const { return rowAt(row).writtenBySync; }

protected:
    [[nodiscard]] QVariant recordData(int row, int column, int role) const override;
    [[nodiscard]] Session::LinkStatus computeStatus(int row) const override;
    [[nodiscard]] int rowOfTouched(const Session::LinkIndex::Touched &touched) const override
    {
        return touched.contactId.isEmpty() ? rowOf(touched.subscriberId) : -1;
    }
    [[nodiscard]] QString statusReasonAt(int row) const override;

private:
    static Row makeRow(const MailerLite::Subscriber &subscriber, bool writtenBySync);
    [[nodiscard]] QString secondHandNote(int row) const;
    void merge(const QList<MailerLite::Subscriber> &subscribers, bool writtenBySync);

    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowById;
};
