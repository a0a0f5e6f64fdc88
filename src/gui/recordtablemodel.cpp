// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtablemodel.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using Session::LinkStatus;

namespace {

// Rows per event-loop turn of a status sweep: a few milliseconds of work.
constexpr int sweepChunk = 4000;
// Changed runs of one chunk go out as at most this many ranges...
constexpr int maxRunsPerChunk = 64;
// ...and runs this close are sent as one range anyway (re-checking a few unchanged rows is
// cheaper than another signal).
constexpr int maxGapJoined = 16;

QColor statusColor(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Linked:
        return QColor(0x2e, 0x9d, 0x4f);
    case LinkStatus::EmailMatch:
        return QColor(0x2b, 0x7b, 0xd6);
    case LinkStatus::GhlOnly:
    case LinkStatus::MailerLiteOnly:
        return QColor(0x9a, 0x9a, 0x9a);
    case LinkStatus::Conflict:
        return QColor(0xd6, 0x3b, 0x2f);
    }
    return Qt::gray;
}

QIcon statusIcon(LinkStatus status)
{
    // Five small dots, made once: the view asks for them on every paint.
    static const auto icons = [] {
        std::array<QIcon, 5> made;
        for (int i = 0; i < 5; ++i) {
            QPixmap pixmap(12, 12);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(statusColor(static_cast<LinkStatus>(i)));
            painter.drawEllipse(1, 1, 10, 10);
            made.at(i) = QIcon(pixmap);
        }
        return made;
    }();
    return icons.at(static_cast<std::size_t>(status));
}

} // namespace

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_sweepTimer.setInterval(0);
    connect(&m_sweepTimer, &QTimer::timeout, this, &RecordTableModel::sweepSome);
}

void RecordTableModel::setLinkIndex(const Session::LinkIndex *index)
{
    m_index = index;
    requestFullSweep();
}

void RecordTableModel::refreshStatuses()
{
    if (!m_index || !m_index->changesSince(m_journalCursor)) {
        requestFullSweep();
        return;
    }
    if (!m_sweepTimer.isActive()) {
        m_sweepTimer.start();
    }
}

void RecordTableModel::requestFullSweep()
{
    m_journalCursor = m_index ? m_index->changeCursor() : 0;
    if (m_fullSweep) {
        m_sweepAgain = true;
    } else {
        m_fullSweep = true;
        m_sweepRow = 0;
    }
    if (!m_sweepTimer.isActive()) {
        m_sweepTimer.start();
    }
}

void RecordTableModel::flushStatuses()
{
    while (m_sweepTimer.isActive()) {
        sweepSome();
    }
}

void RecordTableModel::setHighlightedRow(int row)
{
    if (row == m_highlighted) {
        return;
    }
    const int previous = m_highlighted;
    m_highlighted = row;
    const int last = columnCount() - 1;
    if (previous >= 0 && previous < rowCount()) {
        Q_EMIT dataChanged(index(previous, 0), index(previous, last),
                           {Qt::BackgroundRole, Qt::FontRole});
    }
    if (row >= 0 && row < rowCount()) {
        Q_EMIT dataChanged(index(row, 0), index(row, last), {Qt::BackgroundRole, Qt::FontRole});
    }
}

QString RecordTableModel::lowered(QString text)
{
    QChar *data = nullptr;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        char16_t lower = c;
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z') {
                lower = static_cast<char16_t>(c + (u'a' - u'A'));
            }
        } else if (QChar::isSurrogate(c) || c == 0x130) {
            // Pairs, and the one letter whose lower case is two (I with dot above): as
            // toLower() does it. What was lowered so far stays lowered.
            return std::move(text).toLower();
        } else {
            // Every other BMP letter maps to one, as QString::toLower() maps it.
            lower = QChar::toLower(c);
        }
        if (lower != c) {
            if (!data) {
                data = text.data(); // detaches once, only when something changes
            }
            data[i] = QChar(lower);
        }
    }
    return text;
}

QString RecordTableModel::typeAt(int) const
{
    return {};
}

LinkStatus RecordTableModel::statusAt(int row) const
{
    return m_statuses.at(static_cast<std::size_t>(row));
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    switch (role) {
    case SearchTextRole:
        return searchTextAt(row);
    case LinkStatusRole:
        return static_cast<int>(statusAt(row));
    case TypeRole:
        return typeAt(row);
    case Qt::BackgroundRole:
        return row == m_highlighted ? QVariant(QColor(0xff, 0xf1, 0xb8)) : QVariant();
    case Qt::ForegroundRole:
        // The highlight is light whatever the theme, so its text must stay dark.
        return row == m_highlighted ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::FontRole:
        if (row == m_highlighted) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        break;
    }
    if (index.column() == statusColumn()) {
        const LinkStatus status = statusAt(row);
        switch (role) {
        case Qt::DisplayRole:
            return Session::LinkIndex::shortStatusText(status);
        case Qt::DecorationRole:
            return statusIcon(status);
        case Qt::ToolTipRole: {
            const QString reason = statusReasonAt(row);
            const QString text = Session::LinkIndex::statusText(status);
            return reason.isEmpty() ? text : tr("%1: %2").arg(text, reason);
        }
        default:
            return {};
        }
    }
    return recordData(row, index.column(), role);
}

void RecordTableModel::statusesInserted(int first, int count)
{
    m_statuses.insert(m_statuses.begin() + first, static_cast<std::size_t>(count),
                      LinkStatus::GhlOnly);
    for (int row = first; row < first + count; ++row) {
        setStatusNow(row);
    }
}

void RecordTableModel::statusesRemoved(int row)
{
    m_statuses.erase(m_statuses.begin() + row);
    if (m_highlighted == row) {
        m_highlighted = -1;
    } else if (m_highlighted > row) {
        --m_highlighted;
    }
}

void RecordTableModel::statusesCleared()
{
    m_statuses.clear();
    m_highlighted = -1;
    m_sweepTimer.stop();
    m_fullSweep = false;
    m_sweepAgain = false;
    m_journalCursor = m_index ? m_index->changeCursor() : 0;
}

void RecordTableModel::setStatusNow(int row)
{
    m_statuses.at(static_cast<std::size_t>(row)) = computeStatus(row);
}

void RecordTableModel::readJournal()
{
    if (!m_index) {
        return;
    }
    const auto changes = m_index->changesSince(m_journalCursor);
    if (!changes) {
        requestFullSweep();
        return;
    }
    m_journalCursor = m_index->changeCursor();
    // A page names many rows several times (each change names its neighbours): re-read each
    // row once, in order, which also gives the changed runs directly.
    std::vector<int> touched;
    touched.reserve(changes->size());
    for (const Session::LinkIndex::Touched &record : *changes) {
        const int row = rowOfTouched(record);
        if (row >= 0) {
            touched.push_back(row);
        }
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    QList<std::pair<int, int>> runs;
    for (const int row : touched) {
        const LinkStatus now = computeStatus(row);
        auto &cached = m_statuses.at(static_cast<std::size_t>(row));
        if (now == cached) {
            continue;
        }
        cached = now;
        if (!runs.isEmpty() && runs.last().second == row - 1) {
            runs.last().second = row;
        } else {
            runs.append({row, row});
        }
    }
    emitStatusRuns(runs);
}

void RecordTableModel::sweepSome()
{
    // The journal first: rows a running sweep already passed may have changed again.
    readJournal();
    if (m_fullSweep) {
        const int rows = static_cast<int>(m_statuses.size());
        const int end = std::min(rows, m_sweepRow + sweepChunk);
        QList<std::pair<int, int>> runs;
        for (int row = m_sweepRow; row < end; ++row) {
            const LinkStatus now = computeStatus(row);
            auto &cached = m_statuses.at(static_cast<std::size_t>(row));
            if (now == cached) {
                continue;
            }
            cached = now;
            if (!runs.isEmpty() && runs.last().second == row - 1) {
                runs.last().second = row;
            } else {
                runs.append({row, row});
            }
        }
        m_sweepRow = end;
        emitStatusRuns(runs);
        if (m_sweepRow < rows) {
            return;
        }
        if (m_sweepAgain) {
            m_sweepAgain = false;
            m_sweepRow = 0;
            return;
        }
        m_fullSweep = false;
    }
    m_sweepTimer.stop();
    Q_EMIT statusesSettled();
}

void RecordTableModel::emitStatusRuns(const QList<std::pair<int, int>> &runs)
{
    if (runs.isEmpty()) {
        return;
    }
    const int column = statusColumn();
    const QList<int> roles {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, LinkStatusRole};
    // The filter proxy re-checks every row of a range and each range costs a signal: join
    // runs across short gaps, and keep about maxRunsPerChunk ranges by splitting only at
    // the widest gaps (one range over scattered rows would re-check the whole table).
    int minGap = maxGapJoined + 1;
    if (runs.size() > maxRunsPerChunk) {
        std::vector<int> gaps;
        gaps.reserve(static_cast<std::size_t>(runs.size() - 1));
        for (qsizetype i = 1; i < runs.size(); ++i) {
            gaps.push_back(runs.at(i).first - runs.at(i - 1).second);
        }
        const auto split = gaps.begin() + (maxRunsPerChunk - 1);
        std::nth_element(gaps.begin(), split - 1, gaps.end(), std::greater<>());
        minGap = std::max(minGap, *(split - 1));
    }
    int emitted = 0;
    int first = runs.first().first;
    int last = runs.first().second;
    for (qsizetype i = 1; i <= runs.size(); ++i) {
        if (i < runs.size()) {
            const auto &[nextFirst, nextLast] = runs.at(i);
            // Ties at the threshold split too, while the ranges left allow it.
            const int gap = nextFirst - last;
            if (gap < minGap || (gap == minGap && emitted + 1 >= maxRunsPerChunk)) {
                last = nextLast;
                continue;
            }
        }
        Q_EMIT dataChanged(index(first, column), index(last, column), roles);
        ++emitted;
        if (i < runs.size()) {
            first = runs.at(i).first;
            last = runs.at(i).second;
        }
    }
}
