// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>

#include <span>

namespace Sandbox {

// The only source of randomness behind DataGenerator: one QRandomGenerator seeded from the
// options, so a seed always replays the same sequence of choices (never the global generator).
// Ids carry a serial number in their last characters, which makes them unique by construction.
class DataGenRandom final
{
public:
    explicit DataGenRandom(quint32 seed);

    // Uniform in [0, n); n > 0.
    [[nodiscard]] int below(int n) { return m_rng.bounded(n); }
    // Uniform in [low, high]; low <= high.
    [[nodiscard]] qint64 between(qint64 low, qint64 high);
    [[nodiscard]] bool chance(double probability) { return m_rng.generateDouble() < probability; }
    [[nodiscard]] double real() { return m_rng.generateDouble(); }
    // An index chosen with the given relative weights.
    [[nodiscard]] int weighted(std::span<const int> weights);
    template<typename T>
    [[nodiscard]] const T &pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

    // GHL style id: 20 letters and digits, unique among all ids this object made.
    [[nodiscard]] QString ghlId();
    // Lower-case hex id (GHL businessId style), unique like ghlId().
    [[nodiscard]] QString hexId(int length);
    // n random decimal digits.
    [[nodiscard]] QString digits(int n);

private:
    QRandomGenerator m_rng;
    quint64 m_serial = 0;
};

} // namespace Sandbox
