// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <bit>
#include <vector>

namespace Session {

// LinkIndex's table from a contact id or an address to the slot it was interned in. The keys
// live with their owner (`keyAt(slot)` reads one); each entry keeps its key's hash, so a probe
// compares strings only when the hashes agree. QHash<QString, int> compares every key it
// passes, and at 100,000 keys each of those is a cache miss: loading a large account spent
// most of its time there. Slots are never removed, only all at once.
class LinkIndexSlots final
{
public:
    void clear()
    {
        m_entries.clear();
        m_size = 0;
    }

    // Room for `keys` keys without growing.
    void reserve(qsizetype keys)
    {
        if (keys > capacity()) {
            rehash(bucketsFor(keys));
        }
    }

    [[nodiscard]] qsizetype size() const { return m_size; }

    // The slot filed under `key`, or -1.
    template<typename KeyAt>
    [[nodiscard]] int find(QStringView key, KeyAt keyAt) const
    {
        if (m_entries.empty()) {
            return -1;
        }
        const quint32 hash = hashOf(key);
        for (std::size_t at = hash & mask();; at = (at + 1) & mask()) {
            const Entry &entry = m_entries[at];
            if (entry.slot < 0) {
                return -1;
            }
            if (entry.hash == hash && keyAt(entry.slot) == key) {
                return entry.slot;
            }
        }
    }

    // The slot filed under `key`; when there is none, `fresh` is filed under it and returned.
    template<typename KeyAt>
    int findOrInsert(QStringView key, int fresh, KeyAt keyAt)
    {
        if (m_size + 1 > capacity()) {
            rehash(std::max<std::size_t>(16, m_entries.size() * 2));
        }
        const quint32 hash = hashOf(key);
        for (std::size_t at = hash & mask();; at = (at + 1) & mask()) {
            Entry &entry = m_entries[at];
            if (entry.slot < 0) {
                entry = Entry {hash, fresh};
                ++m_size;
                return fresh;
            }
            if (entry.hash == hash && keyAt(entry.slot) == key) {
                return entry.slot;
            }
        }
    }

private:
    struct Entry
    {
        quint32 hash = 0;
        int slot = -1; // -1: empty
    };

    [[nodiscard]] static quint32 hashOf(QStringView key)
    {
        return static_cast<quint32>(qHash(key, QHashSeed::globalSeed()));
    }
    // At most half full: probes stay short.
    [[nodiscard]] qsizetype capacity() const
    {
        return static_cast<qsizetype>(m_entries.size() / 2);
    }
    [[nodiscard]] std::size_t mask() const { return m_entries.size() - 1; }
    [[nodiscard]] static std::size_t bucketsFor(qsizetype keys)
    {
        return std::bit_ceil(std::max<std::size_t>(16, static_cast<std::size_t>(keys) * 2));
    }

    void rehash(std::size_t buckets)
    {
        std::vector<Entry> old(buckets);
        old.swap(m_entries);
        for (const Entry &entry : old) {
            if (entry.slot < 0) {
                continue;
            }
            std::size_t at = entry.hash & mask();
            while (m_entries[at].slot >= 0) {
                at = (at + 1) & mask();
            }
            m_entries[at] = entry;
        }
    }

    std::vector<Entry> m_entries; // a power of two long, or empty
    qsizetype m_size = 0;
};

} // namespace Session
