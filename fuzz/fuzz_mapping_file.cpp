// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A mapping file as MappingFile::load reads it (the bytes go to Mapping::fromJsonBytes, which is
// all load() does after reading the file).
#include "fuzztargets.h"
#include "mapping/mapping.h"

int Fuzz::mappingFile(const std::uint8_t *data, std::size_t size)
{
    const Result<Mapping::Mapping> mapping = Mapping::Mapping::fromJsonBytes(view(data, size));
    if (!mapping.ok()) {
        require(!mapping.error().message.isEmpty(), "a rejected mapping says why");
        return 0;
    }
    // The header's promise: saving what was loaded gives the same mapping.
    const QByteArray saved = mapping.value().toJsonBytes();
    const Result<Mapping::Mapping> again = Mapping::Mapping::fromJsonBytes(saved);
    require(again.ok(), "a saved mapping loads again");
    require(again.value() == mapping.value(), "a mapping survives save and load");
    require(again.value().toJsonBytes() == saved, "saving a reloaded mapping gives the same file");
    for (const Mapping::FieldMapping &rule : mapping.value().fields) {
        require(mapping.value().fieldFor(rule.target) == &rule, "each target has one rule");
    }
    return 0;
}

CB_FUZZ_ENTRY(Fuzz::mappingFile)
