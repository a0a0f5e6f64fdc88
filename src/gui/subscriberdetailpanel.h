// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/recorddetails.h"
#include "subscribertablemodel.h"
#include "util/error.h"

#include <QWidget>

#include <memory>

class ProfileSession;

namespace Ui {
class SubscriberDetailPanel;
}

// The MailerLite tab of the Contacts page's detail panel: the subscriber's type, groups and
// fields, read on demand through the session's DetailLoader. Lives in the GUI thread.
class SubscriberDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SubscriberDetailPanel(ProfileSession &session, QWidget *parent = nullptr);
    ~SubscriberDetailPanel() override;

    // nullptr shows the placeholder.
    void showSubscriber(const SubscriberTableModel::Row *row);
    [[nodiscard]] qint64 subscriberId() const { return m_id; }

private:
    void attach();
    void showDetails(const Session::SubscriberDetails &details);
    void showFailure(const QString &idOrEmail, const Error &error);

    const std::unique_ptr<Ui::SubscriberDetailPanel> m_ui;
    ProfileSession &m_session;
    qint64 m_id = 0;
};
