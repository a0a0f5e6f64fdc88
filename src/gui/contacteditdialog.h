// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacttablemodel.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>

namespace Ui {
class ContactEditDialog;
}

// Edits a GHL contact's email, names, phone and company. Save stays disabled while the email
// is not a valid address (an empty one is allowed: GHL contacts need not have one).
class ContactEditDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ContactEditDialog(const ContactTableModel::Row &contact, QWidget *parent = nullptr);
    ~ContactEditDialog() override;

    [[nodiscard]] QString contactId() const { return m_contact.id; }
    // The members the user changed, as GHL contact JSON (email, firstName, lastName, phone,
    // companyName); empty when nothing changed.
    [[nodiscard]] QJsonObject changedFields() const;
    [[nodiscard]] static bool isValidEmail(const QString &email);

private:
    void validate();

    const std::unique_ptr<Ui::ContactEditDialog> m_ui;
    ContactTableModel::Row m_contact;
};
