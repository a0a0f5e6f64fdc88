// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs contactbridge-cli and, when asked, kills it (SIGKILL) at a point of a chosen phase of the
// sync. The phases are told apart by the lines the CLI writes to stderr; how long each lasted
// when last seen whole is kept, so that a kill can be aimed at a fraction of it. A kill aimed
// at the writes also comes once the child reports that fraction of its writes done, whichever
// is first: a loaded machine (a sanitizer build, CI) writes at another pace than the run the
// length was learnt from, and a kill meant for the writes must not land after them. Waiting
// keeps this thread's event loop running (the fakes of tst_synckill live in it).
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>

#include <array>
#include <optional>

enum class SyncPhase { Starting, Reading, Planning, RecordingPlan, Writing, Finishing, Count };

class SyncKillRunner final
{
public:
    static constexpr int PhaseCount = int(SyncPhase::Count);
    static constexpr std::array<const char *, PhaseCount> PhaseNames {
        "starting",           "reading GHL", "planning",
        "recording the plan", "writing",     "recording the end"};

    struct Child
    {
        bool killed = false; // ended by our SIGKILL
        bool finished = false; // ended at all, in time
        int exitCode = -1;
        SyncPhase reached = SyncPhase::Starting; // the last phase it was seen in
        QByteArray out;
        QByteArray err;
    };

    SyncKillRunner(QString program, QProcessEnvironment environment, int timeoutMs)
        : m_program(std::move(program))
        , m_environment(std::move(environment))
        , m_timeoutMs(timeoutMs)
    { }

    // How long each phase lasted when last seen from its start to the next one's, in ms.
    [[nodiscard]] qint64 phaseMs(SyncPhase phase) const { return m_phaseMs[size_t(phase)]; }

    // The phase a stderr line of the CLI starts, or Starting when it starts none.
    static SyncPhase phaseOf(const QString &line)
    {
        static const QRegularExpression started(QStringLiteral("^\\[info\\] Run \\d+ started"));
        static const QRegularExpression read(
            QStringLiteral("^\\[info\\] Read \\d+ contacts from GoHighLevel"));
        static const QRegularExpression plan(QStringLiteral("^\\[info\\] Plan: "));
        static const QRegularExpression applying(
            QStringLiteral("^Applying: (\\d+)(?: of (\\d+))?$"));
        if (started.match(line).hasMatch()) {
            return SyncPhase::Reading;
        }
        if (read.match(line).hasMatch()) {
            return SyncPhase::Planning;
        }
        if (plan.match(line).hasMatch()) {
            return SyncPhase::RecordingPlan;
        }
        if (const auto m = applying.match(line); m.hasMatch()) {
            // "Applying: 0" (nothing to write) or "Applying: 50 of 50": the writes are over.
            const bool done = m.captured(2).isEmpty() || m.captured(1) == m.captured(2);
            return done ? SyncPhase::Finishing : SyncPhase::Writing;
        }
        return SyncPhase::Starting;
    }

    // The share of its writes a stderr line says are done ("Applying: 150 of 600": 0.25).
    static std::optional<double> writtenShare(const QString &line)
    {
        static const QRegularExpression applying(QStringLiteral("^Applying: (\\d+) of (\\d+)$"));
        const auto m = applying.match(line);
        const qint64 total = m.hasMatch() ? m.captured(2).toLongLong() : 0;
        return total > 0 ? std::optional(double(m.captured(1).toLongLong()) / double(total))
                         : std::nullopt;
    }

    // Runs the CLI with `args`. With a target, SIGKILL comes `fraction` of the target phase's
    // last known length after the child enters it (for the writes, at the latest once that
    // share of them is reported done), unless the child ended before.
    Child run(const QStringList &args, std::optional<SyncPhase> target = {}, double fraction = 0)
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        QSignalSpy done(&process, &QProcess::finished);
        Child child;
        QElapsedTimer clock;
        std::array<qint64, PhaseCount> enteredAt {};
        QByteArray pending;
        QTimer killer;
        killer.setSingleShot(true);
        auto kill = [&process, &child] {
            if (process.state() == QProcess::Running && !child.killed) {
                child.killed = true;
                process.kill(); // SIGKILL: no handler, no clean-up
            }
        };
        QObject::connect(&killer, &QTimer::timeout, &process, kill);
        auto enter = [&](SyncPhase phase) {
            if (int(phase) <= int(child.reached) || child.killed) {
                return; // progress lines repeat a phase
            }
            m_phaseMs[size_t(child.reached)] = clock.elapsed() - enteredAt[size_t(child.reached)];
            child.reached = phase;
            enteredAt[size_t(phase)] = clock.elapsed();
            if (target == phase) {
                killer.start(int(fraction * double(m_phaseMs[size_t(phase)])));
            }
        };
        QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
            const QByteArray chunk = process.readAllStandardError();
            child.err += chunk;
            pending += chunk;
            for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
                const QString line = QString::fromUtf8(pending.left(nl));
                pending.remove(0, nl + 1);
                enter(phaseOf(line));
                const std::optional<double> written = writtenShare(line);
                if (target == SyncPhase::Writing && child.reached == SyncPhase::Writing && written
                    && *written >= fraction) {
                    kill();
                }
            }
        });
        clock.start();
        process.start(m_program, args);
        // QSignalSpy::wait keeps this thread's event loop, and so the fakes, running.
        if (!done.wait(m_timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return child;
        }
        if (!child.killed) {
            m_phaseMs[size_t(child.reached)] = clock.elapsed() - enteredAt[size_t(child.reached)];
        }
        child.finished = true;
        child.out = process.readAllStandardOutput();
        child.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return child;
    }

private:
    QString m_program;
    QProcessEnvironment m_environment;
    int m_timeoutMs;
    std::array<qint64, PhaseCount> m_phaseMs {};
};
