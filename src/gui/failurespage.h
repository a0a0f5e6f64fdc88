// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/failurerecord.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class FailureModel;
class ProfileSession;
class SyncController;

namespace Ui {
class FailuresPage;
}

// The items that failed to sync, grouped by error class, with the detail of each: retry the
// selected ones or all open ones, ignore some with a reason, export the list as CSV (without
// payloads), or jump to the contact to fix it at the source. Reads and updates
// Store::FailureStore over the session's database; reloads after every sync.
// Lives in the GUI thread.
class FailuresPage final : public QWidget
{
    Q_OBJECT

public:
    // The order of the "Show" choices.
    enum class Filter { Open, Ignored, Retried, All };

    FailuresPage(ProfileSession &session, SyncController &sync, QWidget *parent = nullptr);
    ~FailuresPage() override;

    // Reads the failures of the open profile again, keeping the filter.
    void reload();

    [[nodiscard]] FailureModel *model() const { return m_model; }
    [[nodiscard]] Filter filter() const;
    void setFilter(Filter filter);

    // The CSV columns, in order, as the header row names them.
    [[nodiscard]] static QStringList csvHeader();

Q_SIGNALS:
    // The user wants to fix this GHL contact at the source.
    void editContactRequested(const QString &contactId);

private:
    [[nodiscard]] QList<Store::FailureRecord> selectedFailures() const;
    [[nodiscard]] std::optional<Store::FailureRecord::Status> filterStatus() const;
    void retrySelected();
    void retryAll();
    void startRetry(const QStringList &contactIds);
    void ignoreSelected();
    void exportCsv();
    void editContact();
    void showCurrentDetail();
    void updateActions();
    void showMessage(const QString &text, bool isError);
    void clearMessage();
    void clearPage();

    ProfileSession &m_session;
    SyncController &m_sync;
    const std::unique_ptr<Ui::FailuresPage> m_ui;
    FailureModel *m_model = nullptr;
    // A profile is open and its failures are listed; false from closing() on, while the
    // session still reports itself open.
    bool m_active = false;
    QStringList m_openContactIds;
};
