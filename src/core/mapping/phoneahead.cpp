// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/phoneahead.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Mapping {

PhoneAhead::PhoneAhead(const Ghl::Contact *contacts, qsizetype count, qsizetype steps,
                       Convert convert, PhoneNormalizer &own)
    : m_contacts(contacts)
    , m_count(count)
    , m_steps(steps)
    , m_convert(std::move(convert))
    , m_own(own)
    , m_blockCount((count + BlockSize - 1) / BlockSize)
{
    m_blocks = std::make_unique<Block[]>(static_cast<size_t>(m_blockCount));
    // One lane per pool thread, but never more lanes than blocks beyond the caller's first.
    const qsizetype lanes
        = std::min<qsizetype>(QThreadPool::globalInstance()->maxThreadCount(), m_blockCount - 1);
    m_lanes.reserve(static_cast<size_t>(std::max<qsizetype>(lanes, 0)));
    for (qsizetype i = 0; i < lanes; ++i) {
        m_lanes.push_back(QtConcurrent::run([this] { runLane(); }));
    }
}

PhoneAhead::~PhoneAhead()
{
    m_stopping = true;
    for (QFuture<void> &lane : m_lanes) {
        lane.waitForFinished();
    }
}

void PhoneAhead::runLane()
{
    PhoneNormalizer phone;
    while (!m_stopping) {
        const qsizetype block = m_nextBlock.fetch_add(1);
        if (block >= m_blockCount) {
            return;
        }
        int expected = Waiting;
        if (m_blocks[block].state.compare_exchange_strong(expected, Converting)) {
            convertBlock(block, phone);
        }
    }
}

void PhoneAhead::convertBlock(qsizetype block, PhoneNormalizer &phone)
{
    Block &b = m_blocks[block];
    const qsizetype first = block * BlockSize;
    const qsizetype last = std::min(m_count, first + BlockSize);
    b.results.reserve(static_cast<size_t>((last - first) * m_steps));
    for (qsizetype i = first; i < last; ++i) {
        for (qsizetype step = 0; step < m_steps; ++step) {
            b.results.push_back(m_convert(m_contacts[i], step, phone));
        }
    }
    b.state.store(Done, std::memory_order_release);
    b.state.notify_all();
}

Result<QString> *PhoneAhead::resultsOf(qsizetype index)
{
    const qsizetype block = index / BlockSize;
    if (block != m_current) {
        if (m_current >= 0) {
            std::vector<Result<QString>>().swap(m_blocks[m_current].results);
        }
        m_current = block;
        Block &b = m_blocks[block];
        int expected = Waiting;
        if (b.state.compare_exchange_strong(expected, Converting)) {
            convertBlock(block, m_own); // no lane got to it yet
        }
        for (int state = b.state.load(std::memory_order_acquire); state != Done;
             state = b.state.load(std::memory_order_acquire)) {
            b.state.wait(state, std::memory_order_acquire);
        }
    }
    return m_blocks[block].results.data() + (index - block * BlockSize) * m_steps;
}

} // namespace Mapping
