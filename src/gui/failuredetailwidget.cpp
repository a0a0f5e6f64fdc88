// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuredetailwidget.h"

#include "failuremodel.h"
#include "log/redaction.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Store::FailureRecord;

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *textBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(objectName);
    box->setReadOnly(true);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return box;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat)
                          : FailureDetailWidget::tr("unknown");
}

QString statusText(FailureRecord::Status status)
{
    switch (status) {
    case FailureRecord::Status::Open:
        return FailureDetailWidget::tr("Open");
    case FailureRecord::Status::Retried:
        return FailureDetailWidget::tr("Resolved by a later sync");
    case FailureRecord::Status::Ignored:
        return FailureDetailWidget::tr("Ignored");
    }
    return {};
}

} // namespace

FailureDetailWidget::FailureDetailWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_form(new QWidget(m_stack))
{
    auto *hint = new QLabel(tr("Select a failure to see the server's answer and the request "
                               "that was sent."),
                            m_stack);
    hint->setObjectName(u"failureHintLabel"_s);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    m_stack->addWidget(hint);

    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = valueLabel(u"kindValueLabel"_s, m_form);
    m_status = valueLabel(u"statusValueLabel"_s, m_form);
    m_contact = valueLabel(u"contactValueLabel"_s, m_form);
    m_http = valueLabel(u"httpValueLabel"_s, m_form);
    m_attempts = valueLabel(u"attemptsValueLabel"_s, m_form);
    m_first = valueLabel(u"firstValueLabel"_s, m_form);
    m_last = valueLabel(u"lastValueLabel"_s, m_form);
    m_run = valueLabel(u"runValueLabel"_s, m_form);
    m_ignoreReason = valueLabel(u"ignoreReasonValueLabel"_s, m_form);
    m_message = textBox(u"messageTextEdit"_s, m_form);
    m_message->setMaximumBlockCount(2000);
    m_payload = textBox(u"payloadTextEdit"_s, m_form);
    m_payload->setPlaceholderText(tr("No request body was recorded."));
    form->addRow(tr("Error class:"), m_kind);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("HTTP status:"), m_http);
    form->addRow(tr("Attempts:"), m_attempts);
    form->addRow(tr("First failed:"), m_first);
    form->addRow(tr("Last attempt:"), m_last);
    form->addRow(tr("Run:"), m_run);
    form->addRow(tr("Ignored because:"), m_ignoreReason);
    form->addRow(tr("Server message:"), m_message);
    form->addRow(tr("Request (secrets removed):"), m_payload);
    m_stack->addWidget(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setFailure(std::nullopt);
}

QString FailureDetailWidget::prettyPayload(const QString &payload)
{
    // Stored payloads are redacted already; redacting again costs little and keeps this view
    // safe even if a payload came from somewhere else.
    const QString safe = Redaction::redact(payload);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(safe.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || json.isNull()) {
        return safe;
    }
    return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

void FailureDetailWidget::setFailure(const std::optional<FailureRecord> &failure)
{
    m_failure = failure;
    if (!failure) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const FailureRecord &f = *failure;
    m_kind->setText(u"%1 (%2)"_s.arg(FailureModel::kindLabel(f.errorKind), f.errorKind));
    m_status->setText(statusText(f.status));
    m_contact->setText(f.email.isEmpty() ? f.contactId : tr("%1, %2").arg(f.contactId, f.email));
    m_http->setText(f.httpStatus == 0 ? tr("none (no HTTP answer)")
                                      : QString::number(f.httpStatus));
    m_attempts->setText(QLocale().toString(f.attempts));
    m_first->setText(timeText(f.createdAt));
    m_last->setText(timeText(f.updatedAt));
    m_run->setText(f.runId ? tr("#%1").arg(*f.runId) : tr("no longer in the history"));
    m_ignoreReason->setText(f.ignoreReason);
    const bool ignored = f.status == FailureRecord::Status::Ignored;
    if (auto *form = qobject_cast<QFormLayout *>(m_form->layout())) {
        form->setRowVisible(m_ignoreReason, ignored);
    }
    m_message->setPlainText(f.serverMessage);
    m_payload->setPlainText(prettyPayload(f.payload));
    m_stack->setCurrentIndex(1);
}
