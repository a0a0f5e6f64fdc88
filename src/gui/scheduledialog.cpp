// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduledialog.h"
#include "ui_scheduledialog.h"

#include "profile/realtimesettings.h"
#include "schedule/schedulecalculator.h"
#include "schedule/schedulegenerator.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Sync::Schedule;

namespace {

// The intervals offered; a profile file may hold any other valid one, which is then added.
constexpr int OfferedIntervals[]
    = {1, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720};
constexpr int ShownRuns = 3;
constexpr double GhlDailyLimit = 200'000; // requests per day and location

// Whole numbers as such ("0", "60"); a fraction only for small rates ("0.5").
QString amount(double value)
{
    const bool whole = value == std::floor(value);
    return QLocale().toString(value, 'f', whole || value >= 10 ? 0 : 1);
}

} // namespace

ScheduleDialog::ScheduleDialog(const QString &profile, const Schedule &schedule, const Clock &clock,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScheduleDialog>())
    , m_clock(clock)
    , m_profile(profile)
    , m_cliPath(defaultCliPath())
{
    m_ui->setupUi(this);
    m_ui->profileLabel->setText(tr("Profile: %1").arg(profile));
    for (int minutes : OfferedIntervals) {
        m_ui->intervalComboBox->addItem(Schedule::every(minutes).describe(), minutes);
    }
    m_ui->intervalComboBox->setCurrentIndex(m_ui->intervalComboBox->findData(60));
    m_ui->timeEdit->setTime(QTime(6, 0));
    addDayBoxes();
    for (QPlainTextEdit *edit : {m_ui->serviceTextEdit, m_ui->timerTextEdit, m_ui->cronTextEdit}) {
        edit->setPlaceholderText(tr("Choose a schedule on the Schedule tab first."));
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }

    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updateView);
    connect(m_ui->intervalComboBox, &QComboBox::currentIndexChanged, this,
            &ScheduleDialog::updateView);
    connect(m_ui->timeEdit, &QTimeEdit::timeChanged, this, &ScheduleDialog::updateView);
    connect(m_ui->copyServiceButton, &QPushButton::clicked, this,
            [this] { copy(m_ui->serviceTextEdit->toPlainText()); });
    connect(m_ui->copyTimerButton, &QPushButton::clicked, this,
            [this] { copy(m_ui->timerTextEdit->toPlainText()); });
    connect(m_ui->copyEnableButton, &QPushButton::clicked, this, [this] { copy(m_enableCommand); });
    connect(m_ui->copyCronButton, &QPushButton::clicked, this,
            [this] { copy(m_ui->cronTextEdit->toPlainText()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (this->schedule().validate().ok()) {
            accept();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setSchedule(schedule);
}

ScheduleDialog::~ScheduleDialog() = default;

void ScheduleDialog::addDayBoxes()
{
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_ui->daysWidget);
        box->setObjectName(u"dayCheckBox%1"_s.arg(day));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        box->setChecked(day <= 5); // working days are the usual choice
        connect(box, &QCheckBox::toggled, this, &ScheduleDialog::updateView);
        m_ui->daysLayout->addWidget(box);
        m_dayBoxes.append(box);
    }
    m_ui->daysLayout->addStretch(1);
}

Schedule ScheduleDialog::schedule() const
{
    const QTime time(m_ui->timeEdit->time().hour(), m_ui->timeEdit->time().minute());
    switch (static_cast<Schedule::Kind>(m_ui->kindComboBox->currentIndex())) {
    case Schedule::Kind::Off:
        return Schedule::off();
    case Schedule::Kind::Interval:
        return Schedule::every(m_ui->intervalComboBox->currentData().toInt());
    case Schedule::Kind::Daily:
        return Schedule::dailyAt(time);
    case Schedule::Kind::Weekdays: {
        QList<int> days;
        for (qsizetype i = 0; i < m_dayBoxes.size(); ++i) {
            if (m_dayBoxes.at(i)->isChecked()) {
                days.append(int(i) + 1);
            }
        }
        return Schedule::weekdaysAt(days, time);
    }
    }
    return Schedule::off();
}

void ScheduleDialog::setSchedule(const Schedule &s)
{
    // One update at the end, not one per widget.
    const QSignalBlocker kindBlock(m_ui->kindComboBox);
    const QSignalBlocker intervalBlock(m_ui->intervalComboBox);
    const QSignalBlocker timeBlock(m_ui->timeEdit);
    m_ui->kindComboBox->setCurrentIndex(static_cast<int>(s.kind));
    if (s.kind == Schedule::Kind::Interval) {
        int index = m_ui->intervalComboBox->findData(s.intervalMinutes);
        if (index < 0 && Schedule::isValidInterval(s.intervalMinutes)) {
            int at = 0;
            while (at < m_ui->intervalComboBox->count()
                   && m_ui->intervalComboBox->itemData(at).toInt() < s.intervalMinutes) {
                ++at;
            }
            m_ui->intervalComboBox->insertItem(at, s.describe(), s.intervalMinutes);
            index = at;
        }
        m_ui->intervalComboBox->setCurrentIndex(index);
    }
    if (s.kind == Schedule::Kind::Daily || s.kind == Schedule::Kind::Weekdays) {
        m_ui->timeEdit->setTime(s.time);
    }
    if (s.kind == Schedule::Kind::Weekdays) {
        for (qsizetype i = 0; i < m_dayBoxes.size(); ++i) {
            const QSignalBlocker dayBlock(m_dayBoxes.at(i));
            m_dayBoxes.at(i)->setChecked(s.weekdays.contains(int(i) + 1));
        }
    }
    updateView();
}

void ScheduleDialog::setLastRun(const Sync::RunSummary &summary)
{
    m_lastRun = summary;
    updateView();
}

void ScheduleDialog::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    updateView();
}

void ScheduleDialog::setCliPath(const QString &path)
{
    m_cliPath = path;
    updateView();
}

void ScheduleDialog::updateView()
{
    const Schedule s = schedule();
    const bool timed = s.kind == Schedule::Kind::Daily || s.kind == Schedule::Kind::Weekdays;
    m_ui->scheduleFormLayout->setRowVisible(m_ui->intervalComboBox,
                                            s.kind == Schedule::Kind::Interval);
    m_ui->scheduleFormLayout->setRowVisible(m_ui->timeEdit, timed);
    m_ui->scheduleFormLayout->setRowVisible(m_ui->daysWidget, s.kind == Schedule::Kind::Weekdays);
    const Status valid = s.validate();
    m_ui->errorLabel->setVisible(!valid.ok());
    m_ui->errorLabel->setText(valid.ok() ? QString() : valid.error().message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid.ok());
    updateNextRuns(s);
    updateRequests(s);
    updateGenerated(s);
}

void ScheduleDialog::updateNextRuns(const Schedule &s)
{
    m_nextRuns = Sync::ScheduleCalculator::nextRuns(s, m_clock.now(), m_zone, ShownRuns);
    if (m_nextRuns.isEmpty()) {
        m_ui->nextRunsLabel->setText(s.isOff() ? tr("None: the schedule is off.") : QString());
        return;
    }
    const QLocale locale;
    QStringList lines;
    for (const QDateTime &run : std::as_const(m_nextRuns)) {
        lines.append(locale.toString(run.toTimeZone(m_zone), u"ddd d MMM yyyy, HH:mm"_s));
    }
    m_ui->nextRunsLabel->setText(lines.join(u'\n'));
}

void ScheduleDialog::setFastPolling(bool on)
{
    m_fastPolling = on;
    updateView();
}

void ScheduleDialog::updateRequests(const Schedule &s)
{
    const QString scheduled = scheduledRequests(s);
    m_ui->requestsLabel->setText(m_fastPolling ? fastPollingRequests() + u"\n\n"_s + scheduled
                                               : scheduled);
}

QString ScheduleDialog::fastPollingRequests() const
{
    using Profiles::RealtimeSettings;
    const double perHour = 60.0 / RealtimeSettings::FastPollMinutes;
    const double ghl = perHour * RealtimeSettings::NoChangePollGhlRequests;
    const double ml = perHour * RealtimeSettings::NoChangePollMailerLiteRequests;
    QString text
        = tr("Fast polling is on: while ContactBridge runs, it checks GoHighLevel every minute "
             "instead of following this schedule. A check that finds no changed contact costs "
             "%1 GoHighLevel and %2 MailerLite requests: about %3 and %4 per hour, %5 "
             "GoHighLevel requests a day.")
              .arg(RealtimeSettings::NoChangePollGhlRequests)
              .arg(RealtimeSettings::NoChangePollMailerLiteRequests)
              .arg(amount(ghl), amount(ml), amount(ghl * 24));
    if (m_lastRun) {
        text += u' '
            + tr("A check that finds changes costs about as much as the last run (%1 and %2).")
                  .arg(m_lastRun->requestsGhl)
                  .arg(m_lastRun->requestsMailerLite);
    }
    return text;
}

QString ScheduleDialog::scheduledRequests(const Schedule &s) const
{
    if (s.isOff() || !s.validate().ok()) {
        return tr("None: the schedule is off.");
    }
    if (!m_lastRun) {
        return tr("Unknown until this profile has run once: a run's requests depend on how many "
                  "contacts changed.");
    }
    const double perHour = s.runsPerHour();
    const double ghl = perHour * double(m_lastRun->requestsGhl);
    const double ml = perHour * double(m_lastRun->requestsMailerLite);
    QStringList sentences {
        tr("About %1 GoHighLevel and %2 MailerLite requests per hour (the last run used %3 and "
           "%4).")
            .arg(amount(ghl), amount(ml))
            .arg(m_lastRun->requestsGhl)
            .arg(m_lastRun->requestsMailerLite)};
    if (ghl * 24 > GhlDailyLimit) {
        sentences.append(tr("That is more than GoHighLevel's 200,000 requests a day per location: "
                            "choose a longer interval."));
    }
    if (s.kind == Schedule::Kind::Interval
        && m_lastRun->durationMs > qint64(s.intervalMinutes) * 60'000) {
        sentences.append(tr("The last run took longer than the interval, so some runs will be "
                            "skipped."));
    }
    return sentences.join(u' ');
}

void ScheduleDialog::updateGenerated(const Schedule &s)
{
    const auto units = Sync::ScheduleGenerator::systemdUnits(s, m_profile, m_cliPath);
    const auto cron = Sync::ScheduleGenerator::cronLines(s, m_profile, m_cliPath);
    const bool ok = units.ok() && cron.ok();
    m_ui->serviceTextEdit->setPlainText(ok ? units.value().service : QString());
    m_ui->timerTextEdit->setPlainText(ok ? units.value().timer : QString());
    m_ui->cronTextEdit->setPlainText(ok ? cron.value() : QString());
    // As tall as the text, so the whole tab fits on a small screen without scrolling.
    for (QPlainTextEdit *edit : {m_ui->serviceTextEdit, m_ui->timerTextEdit, m_ui->cronTextEdit}) {
        const int lines = std::max(3, int(edit->document()->blockCount()) + 1);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines
                             + int(2 * edit->document()->documentMargin())
                             + 2 * edit->frameWidth());
    }
    m_enableCommand = ok
        ? u"systemctl --user daemon-reload && systemctl --user enable --now %1"_s.arg(
            units.value().timerName)
        : QString();
    for (QPushButton *button : {m_ui->copyServiceButton, m_ui->copyTimerButton,
                                m_ui->copyEnableButton, m_ui->copyCronButton}) {
        button->setEnabled(ok);
    }
    m_ui->serviceFileLabel->setText(
        ok ? tr("Save as ~/.config/systemd/user/%1").arg(units.value().serviceName) : QString());
    m_ui->timerFileLabel->setText(
        ok ? tr("Save as ~/.config/systemd/user/%1").arg(units.value().timerName) : QString());
    m_ui->enableCommandLabel->setText(ok ? tr("Then run: %1").arg(m_enableCommand) : QString());
    m_ui->cronHintLabel->setText(tr("Add with \"crontab -e\". Unlike the timer, cron does not "
                                    "make up runs missed while the computer was off."));
    m_ui->externalHintLabel->setText(
        tr("When ContactBridge is not running, the same schedule can start %1 by itself. It "
           "takes the credentials from the keychain, so you need to be logged in. It exits with "
           "0 when the sync succeeded, 1 when items failed, 3 on a sign-in or configuration "
           "problem and 4 when the unsubscribe limit stopped it. Use either this or the app's "
           "own schedule, not both.")
            .arg(m_cliPath));
}

void ScheduleDialog::copy(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

QString ScheduleDialog::defaultCliPath()
{
    const QString beside
        = QDir(QCoreApplication::applicationDirPath()).filePath(u"contactbridge-cli"_s);
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    const QString onPath = QStandardPaths::findExecutable(u"contactbridge-cli"_s);
    return onPath.isEmpty() ? u"/usr/bin/contactbridge-cli"_s : onPath;
}
