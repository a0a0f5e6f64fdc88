// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Reads structured values from a fuzzer's bytes, front to back. Running out of bytes is not an
// error: every read then gives zero or empty, so any input (even an empty one) is usable and a
// mutation that cuts bytes off still makes a valid, smaller case.
class FuzzInput final
{
public:
    FuzzInput(const std::uint8_t *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    { }

    [[nodiscard]] bool atEnd() const { return m_pos >= m_size; }

    [[nodiscard]] std::uint8_t byte() { return atEnd() ? 0 : m_data[m_pos++]; }

    // A little-endian number of `count` bytes (at most 8).
    [[nodiscard]] std::uint64_t number(int count)
    {
        std::uint64_t value = 0;
        for (int i = 0; i < count; ++i) {
            value |= std::uint64_t(byte()) << (8 * i);
        }
        return value;
    }

    // Up to `count` raw bytes.
    [[nodiscard]] QByteArray bytes(std::size_t count)
    {
        const std::size_t taken = count < m_size - m_pos ? count : m_size - m_pos;
        const QByteArray out(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(taken));
        m_pos += taken;
        return out;
    }

    // A length byte, then that many bytes as text: UTF-8, or raw UTF-16 (lone surrogates
    // included, as JSON "\ud800" escapes deliver them) when `utf16` is set.
    [[nodiscard]] QString text(bool utf16 = false) { return decode(bytes(byte()), utf16); }

    // Everything not read yet, as text.
    [[nodiscard]] QString rest(bool utf16 = false) { return decode(bytes(m_size), utf16); }

    [[nodiscard]] static QString decode(const QByteArray &raw, bool utf16)
    {
        if (!utf16) {
            return QString::fromUtf8(raw);
        }
        QString out;
        out.reserve(raw.size() / 2);
        for (qsizetype i = 0; i + 1 < raw.size(); i += 2) {
            out.append(QChar(char16_t(quint8(raw.at(i)) | quint8(raw.at(i + 1)) << 8)));
        }
        return out;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};
