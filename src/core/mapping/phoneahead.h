// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "mapping/phonenormalizer.h"
#include "util/result.h"

#include <QFuture>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Mapping {

// Converts the phone numbers of a batch of contacts on the global thread pool, block by block
// ahead of a caller that takes the blocks in order (Mapper::mapAll). Phone numbers are the
// costly part of mapping (libphonenumber parses a number in about 25 µs), and the rest of it
// cannot leave the calling thread without slowing down (it frees the contacts, and freeing
// from several threads fights over the allocator): so the conversions run beside the mapping
// instead of before it.
//
// Each pool thread ("lane") converts with its own PhoneNormalizer, whose caches only it
// touches. A block no lane has started when the caller reaches it is converted by the caller
// (with its own normalizer), so a busy or absent pool costs time, never progress. The
// results are those of the same conversions made one by one in the caller: a conversion
// depends only on its contact and step.
class PhoneAhead final
{
public:
    // Converts step `step` (0 .. steps - 1) of one contact with the normalizer given.
    using Convert
        = std::function<Result<QString>(const Ghl::Contact &, qsizetype step, PhoneNormalizer &)>;

    static constexpr qsizetype BlockSize = 1024;

    // Starts the lanes. `contacts` and `convert` must outlive this object; `own` is the
    // caller's normalizer, for the blocks it converts itself.
    PhoneAhead(const Ghl::Contact *contacts, qsizetype count, qsizetype steps, Convert convert,
               PhoneNormalizer &own);
    // Stops handing out blocks and waits for the lanes.
    ~PhoneAhead();
    Q_DISABLE_COPY_MOVE(PhoneAhead)

    // The `steps` results of contact `index`, to be moved from; waits for its block if a lane
    // is converting it. Contacts are asked for in order; once a later block is asked for, the
    // earlier ones are freed.
    [[nodiscard]] Result<QString> *resultsOf(qsizetype index);

private:
    enum State : int { Waiting, Converting, Done };

    struct Block
    {
        std::atomic<int> state {Waiting};
        std::vector<Result<QString>> results;
    };

    // Claims and converts blocks until none is left.
    void runLane();
    void convertBlock(qsizetype block, PhoneNormalizer &phone);

    const Ghl::Contact *m_contacts;
    qsizetype m_count;
    qsizetype m_steps;
    Convert m_convert;
    PhoneNormalizer &m_own;
    std::unique_ptr<Block[]> m_blocks;
    qsizetype m_blockCount;
    std::atomic<qsizetype> m_nextBlock {0};
    std::atomic<bool> m_stopping {false};
    qsizetype m_current = -1; // the block the caller reads
    std::vector<QFuture<void>> m_lanes;
};

} // namespace Mapping
