// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "ghl/customfielddef.h"
#include "ghl/note.h"
#include "ghl/task.h"
#include "mapping/desiredsubscriber.h"
#include "mapping/mapping.h"
#include "mapping/phonenormalizer.h"

#include <vector>

namespace Mapping {

// Turns GHL contacts (with their notes and tasks, when the mapping uses them) into the desired
// MailerLite subscriber state. The mapping is resolved once in the constructor (custom fields
// found by key, digest defaults filled in), so map() does no lookups by name. A failing field
// is recorded in DesiredSubscriber::errors and does not stop the other fields.
// Not thread-safe (it caches phone metadata): one Mapper per thread, e.g. in the sync worker.
class Mapper final
{
public:
    explicit Mapper(Mapping mapping, const QList<Ghl::CustomFieldDef> &customFields = {});
    // Steps point into the owned mapping.
    Q_DISABLE_COPY_MOVE(Mapper)

    [[nodiscard]] DesiredSubscriber map(const Ghl::Contact &contact,
                                        const QList<Ghl::Note> &notes = {},
                                        const QList<Ghl::Task> &tasks = {});

    [[nodiscard]] const Mapping &mapping() const { return m_mapping; }
    // True when some rule reads notes or tasks, so the caller knows whether to fetch them.
    [[nodiscard]] bool usesNotes() const { return m_usesNotes; }
    [[nodiscard]] bool usesTasks() const { return m_usesTasks; }

private:
    enum class Target { Email, Name, Field };

    struct Step
    {
        const FieldMapping *rule = nullptr;
        Target target = Target::Field;
        QString customId; // resolved from the id or the field key
        bool customIsDate = false; // GHL DATE values may arrive as epoch milliseconds
        int notesLatest = 0;
        int notesMaxLength = 0;
        // A text source through text-only transforms: runs on QString without JSON values.
        bool textPipeline = false;
    };

    [[nodiscard]] QJsonValue read(const Step &step, const Ghl::Contact &contact,
                                  const QList<Ghl::Note> &notes,
                                  const QList<Ghl::Task> &tasks) const;
    [[nodiscard]] QString readText(const Step &step, const Ghl::Contact &contact,
                                   const QList<Ghl::Note> &notes,
                                   const QList<Ghl::Task> &tasks) const;

    Mapping m_mapping;
    std::vector<Step> m_steps;
    PhoneNormalizer m_phone;
    bool m_mapsEmail = false;
    bool m_usesNotes = false;
    bool m_usesTasks = false;
};

} // namespace Mapping
