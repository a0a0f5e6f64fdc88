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

#include <QHash>
#include <QThread>

#include <vector>

namespace Mapping {

class PhoneAhead;

// Turns GHL contacts (with their notes and tasks, when the mapping uses them) into the desired
// MailerLite subscriber state. The mapping is resolved once in the constructor (custom fields
// found by key, digest defaults filled in), so map() does no lookups by name. A failing field
// is recorded in DesiredSubscriber::errors and does not stop the other fields.
// Not thread-safe (it caches phone metadata): one Mapper per thread, e.g. in the sync worker.
// mapAll() spreads a large batch over the global thread pool itself, one Mapper per slice.
class Mapper final
{
public:
    explicit Mapper(Mapping mapping, const QList<Ghl::CustomFieldDef> &customFields = {});
    // Steps point into the owned mapping.
    Q_DISABLE_COPY_MOVE(Mapper)

    [[nodiscard]] DesiredSubscriber map(const Ghl::Contact &contact,
                                        const QList<Ghl::Note> &notes = {},
                                        const QList<Ghl::Task> &tasks = {});

    // map() of every contact, in the contacts' order; notes and tasks by contact id. From
    // ParallelThreshold contacts on, the global thread pool helps: with setParallel(), slices
    // are mapped there; otherwise the phone numbers are converted there, ahead of the mapping
    // in the calling thread (PhoneAhead). The result does not depend on either: map() depends
    // only on its arguments, and its caches only save time.
    [[nodiscard]] QList<DesiredSubscriber>
    mapAll(const QList<Ghl::Contact> &contacts, const QHash<QString, QList<Ghl::Note>> &notes = {},
           const QHash<QString, QList<Ghl::Task>> &tasks = {});
    // The same for a caller that has no further use for the contacts: each one is released as
    // soon as it is mapped, so the subscribers and the plan that follow reuse its memory rather
    // than adding to it (a list shared with another owner is only read). `contacts` ends empty.
    [[nodiscard]] QList<DesiredSubscriber>
    mapAll(QList<Ghl::Contact> &&contacts, const QHash<QString, QList<Ghl::Note>> &notes = {},
           const QHash<QString, QList<Ghl::Task>> &tasks = {});
    // Below this, starting threads costs more than it saves.
    static constexpr qsizetype ParallelThreshold = 2000;
    // Whether mapAll() maps slices on the thread pool. By default only from 4 cores on: on 2
    // cores (bench_plan, 100,000 contacts) the slices fought over the allocator while the
    // contacts were freed, and mapping took 1,070 ms and 295 MB against 859 ms and 272 MB in
    // one thread; mapping in one thread with the phones converted on the pool took 300-470 ms.
    void setParallel(bool parallel) { m_parallel = parallel; }
    [[nodiscard]] bool isParallel() const { return m_parallel; }

    [[nodiscard]] const Mapping &mapping() const { return m_mapping; }
    // True when some rule reads notes or tasks, so the caller knows whether to fetch them.
    [[nodiscard]] bool usesNotes() const { return m_usesNotes; }
    [[nodiscard]] bool usesTasks() const { return m_usesTasks; }

private:
    enum class Target { Email, Name, Field };

    // Another thread's Mapper: the same resolved steps, its own phone caches.
    explicit Mapper(const Mapper *prototype);
    // map() of one contact; `phones` holds the results of the phone conversions done ahead
    // (one per entry of m_aheadSteps), or is null.
    [[nodiscard]] DesiredSubscriber mapOne(const Ghl::Contact &contact,
                                           const QList<Ghl::Note> &notes,
                                           const QList<Ghl::Task> &tasks, Result<QString> *phones);
    // `release`: the contacts' own storage, to reset each one once mapped; null to keep them.
    [[nodiscard]] QList<DesiredSubscriber>
    mapContacts(const QList<Ghl::Contact> &contacts, Ghl::Contact *release,
                const QHash<QString, QList<Ghl::Note>> &notes,
                const QHash<QString, QList<Ghl::Task>> &tasks);
    void mapRange(const Ghl::Contact *contacts, Ghl::Contact *release,
                  const QHash<QString, QList<Ghl::Note>> &notes,
                  const QHash<QString, QList<Ghl::Task>> &tasks, qsizetype first, qsizetype last,
                  DesiredSubscriber *out, PhoneAhead *phones = nullptr);

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
        qsizetype fieldIndex = -1; // Target::Field: the target's index in m_fieldKeys
        // A field the contact holds as it is, trimmed or not: read in place, which matters
        // at a dozen fields a contact over 100,000 contacts. Null otherwise.
        QString Ghl::Contact::*stored = nullptr;
        bool trims = false;
        // A standard field whose first transform is the phone conversion: its index in
        // m_aheadSteps, whose conversions a large batch makes ahead (PhoneAhead); else -1.
        qsizetype ahead = -1;
    };

    [[nodiscard]] QJsonValue read(const Step &step, const Ghl::Contact &contact,
                                  const QList<Ghl::Note> &notes,
                                  const QList<Ghl::Task> &tasks) const;
    [[nodiscard]] QString readText(const Step &step, const Ghl::Contact &contact,
                                   const QList<Ghl::Note> &notes,
                                   const QList<Ghl::Task> &tasks) const;

    Mapping m_mapping;
    std::vector<Step> m_steps;
    // The Field targets, sorted: every subscriber's FieldValues shares this list.
    QStringList m_fieldKeys;
    std::vector<qsizetype> m_aheadSteps; // indices in m_steps
    PhoneNormalizer m_phone;
    bool m_parallel = QThread::idealThreadCount() >= 4;
    bool m_mapsEmail = false;
    bool m_usesNotes = false;
    bool m_usesTasks = false;
};

} // namespace Mapping
