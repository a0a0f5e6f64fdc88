// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/failurerecord.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;

// The detail of one failure on the Failures page: error class, HTTP status, the server's
// message, the redacted request payload (pretty-printed when it is JSON), attempts, first and
// last time, the run it failed in and, once ignored, the reason. Shows a hint when nothing is
// selected. Lives in the GUI thread.
class FailureDetailWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit FailureDetailWidget(QWidget *parent = nullptr);

    void setFailure(const std::optional<Store::FailureRecord> &failure);
    [[nodiscard]] const std::optional<Store::FailureRecord> &failure() const { return m_failure; }

    // The payload as shown: indented JSON, or the stored text when it is not JSON.
    [[nodiscard]] static QString prettyPayload(const QString &payload);

private:
    std::optional<Store::FailureRecord> m_failure;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_http = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_attempts = nullptr;
    QLabel *m_first = nullptr;
    QLabel *m_last = nullptr;
    QLabel *m_run = nullptr;
    QLabel *m_ignoreReason = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QPlainTextEdit *m_payload = nullptr;
};
