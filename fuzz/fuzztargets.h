// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The fuzz targets. Each feeds arbitrary bytes to the real parsing or writing code and checks
// what must hold for every input (round trips, invariants the code promises). A broken
// property aborts: libFuzzer reports that as a crash, tst_fuzzcorpus as a failed test.
// The libFuzzer build (CB_LIBFUZZER) adds the LLVMFuzzerTestOneInput entry point per target.
namespace Fuzz {

int ghlContact(const std::uint8_t *data, std::size_t size);
int mlSubscriber(const std::uint8_t *data, std::size_t size);
int mappingFile(const std::uint8_t *data, std::size_t size);
int planFile(const std::uint8_t *data, std::size_t size);
int transform(const std::uint8_t *data, std::size_t size);
int csvWriter(const std::uint8_t *data, std::size_t size);

inline void require(bool condition, const char *property)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz property broken: %s\n", property);
        std::abort();
    }
}

// The input without a copy; the parsers never write to it.
inline QByteArray view(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Fuzz

#ifdef CB_LIBFUZZER
#define CB_FUZZ_ENTRY(function) \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) \
    { \
        return function(data, size); \
    }
#else
#define CB_FUZZ_ENTRY(function)
#endif
