// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "recordtablemodel.h"

#include <QHash>

#include <vector>

// The GHL contacts of the Contacts page, filled page by page from the RecordMirror. Keeps only
// what the table and the detail panel show (no raw JSON), so 100,000 rows stay light.
// Lives in the GUI thread.
class ContactTableModel final : public RecordTableModel
{
    Q_OBJECT

public:
    // The link status comes first: it is what the page is about, and never clipped.
    enum Column { StatusColumn, NameColumn, EmailColumn, PhoneColumn, TagsColumn, ColumnCount };

    struct Row
    {
        QString id;
        QString firstName;
        QString lastName;
        QString email;
        QString phone;
        QString companyName;
        QStringList tags;
        QString source;
        bool emailDnd = false;
        QDateTime dateAdded;
        QDateTime dateUpdated;
        QString searchText;

        [[nodiscard]] QString name() const;
    };

    explicit ContactTableModel(QObject *parent = nullptr);

    // Adds a page: one insert for the new records; ids already present are updated instead.
    void appendContacts(const QList<Ghl::Contact> &contacts);
    void updateContact(const Ghl::Contact &contact);
    void removeContact(const QString &contactId);
    void clear();

    // Room for `total` rows (a first page's total), so the table does not grow page by page.
    void reserve(qsizetype total);

    [[nodiscard]] int rowOf(const QString &contactId) const;
    [[nodiscard]] const Row &rowAt(int row) const
    {
        return m_rows.at(static_cast<std::size_t>(row));
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    [[nodiscard]] int statusColumn() const override { return StatusColumn; }
    [[nodiscard]] QString searchTextAt(int row) const override { return rowAt(row).searchText; }

protected:
    [[nodiscard]] QVariant recordData(int row, int column, int role) const override;
    [[nodiscard]] Session::LinkStatus computeStatus(int row) const override;
    [[nodiscard]] int rowOfTouched(const Session::LinkIndex::Touched &touched) const override;
    [[nodiscard]] QString statusReasonAt(int row) const override;

private:
    static Row makeRow(const Ghl::Contact &contact);
    [[nodiscard]] bool handlesValid() const;
    // Makes the handles the current index's (after it was set or cleared).
    void syncHandles();
    void learnHandle(int row);
    void fileHandle(int handle, int row);
    // The row filed under `handle`, else under the id; -1 when neither knows it.
    [[nodiscard]] int rowOfHandle(int handle, const QString &contactId) const;

    std::vector<Row> m_rows;
    // Rows whose contact the index does not know (all rows while there is no index): the
    // others are found through their handle, so a loading page hashes each id only in the
    // index.
    QHash<QString, int> m_rowById;
    // Each row's LinkIndex::contactHandle() (-1: unknown, the id is hashed instead) and the
    // row of each handle, valid while m_handleGeneration is the index's: status reads and
    // journal entries then cost no hashing.
    std::vector<int> m_handles;
    std::vector<int> m_rowByHandle;
    quint64 m_handleGeneration = 0;
};
