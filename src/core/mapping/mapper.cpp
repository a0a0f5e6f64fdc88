// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/mapper.h"

#include "log/logging.h"
#include "mapping/notesdigest.h"
#include "mapping/phoneahead.h"
#include "mapping/tasksdigest.h"
#include "util/jsonfields.h"

#include <QDateTime>
#include <QThreadPool>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Mapping {

namespace {

// The contact's member holding a standard field, or null for a field computed from others.
QString Ghl::Contact::*storedMember(FieldRef::Standard field)
{
    using S = FieldRef::Standard;
    using C = Ghl::Contact;
    switch (field) {
    case S::FirstName:
        return &C::firstName;
    case S::LastName:
        return &C::lastName;
    case S::Email:
        return &C::email;
    case S::Phone:
        return &C::phone;
    case S::CompanyName:
        return &C::companyName;
    case S::Address1:
        return &C::address1;
    case S::City:
        return &C::city;
    case S::State:
        return &C::state;
    case S::Country:
        return &C::country;
    case S::PostalCode:
        return &C::postalCode;
    case S::Website:
        return &C::website;
    case S::Timezone:
        return &C::timezone;
    case S::Source:
        return &C::source;
    case S::Type:
        return &C::type;
    case S::DateOfBirth:
        return &C::dateOfBirth;
    case S::FullName:
    case S::DateAdded:
    case S::DateUpdated:
        break;
    }
    return nullptr;
}

QString standardValue(FieldRef::Standard field, const Ghl::Contact &c)
{
    using S = FieldRef::Standard;
    if (QString Ghl::Contact::*member = storedMember(field)) {
        return c.*member;
    }
    switch (field) {
    case S::FullName:
        return c.fullName();
    case S::DateAdded:
        return JsonFields::isoString(c.dateAdded);
    case S::DateUpdated:
        return JsonFields::isoString(c.dateUpdated);
    default:
        break;
    }
    return {};
}

QString errorCode(const TransformChain &chain, qsizetype failedStep)
{
    if (failedStep < 0 || failedStep >= chain.steps().size()) {
        return u"transform-failed"_s;
    }
    switch (chain.steps().at(failedStep).kind()) {
    case Transform::Kind::PhoneE164:
        return u"phone-invalid"_s;
    case Transform::Kind::DateFormat:
        return u"date-invalid"_s;
    default:
        return u"transform-failed"_s;
    }
}

} // namespace

Mapper::Mapper(Mapping mapping, const QList<Ghl::CustomFieldDef> &customFields)
    : m_mapping(std::move(mapping))
{
    m_steps.reserve(static_cast<size_t>(m_mapping.fields.size()));
    for (const FieldMapping &rule : std::as_const(m_mapping.fields)) {
        Step step;
        step.rule = &rule;
        step.target = rule.target == u"email"_s ? Target::Email
            : rule.target == u"name"_s          ? Target::Name
                                                : Target::Field;
        m_mapsEmail = m_mapsEmail || step.target == Target::Email;
        const FieldRef &source = rule.source;
        switch (source.kind()) {
        case FieldRef::Kind::Custom: {
            step.customId = source.customId();
            for (const Ghl::CustomFieldDef &def : customFields) {
                const bool byId = !source.customId().isEmpty() && def.id == source.customId();
                const bool byKey = source.customId().isEmpty() && !source.customKey().isEmpty()
                    && def.fieldKey == source.customKey();
                if (byId || byKey) {
                    step.customId = def.id;
                    step.customIsDate = def.dataType == u"DATE"_s;
                    break;
                }
            }
            if (step.customId.isEmpty()) {
                qCWarning(lcMapping) << "custom field" << source.customKey()
                                     << "is not defined in GoHighLevel; it maps to empty";
            }
            break;
        }
        case FieldRef::Kind::NotesDigest:
            step.notesLatest
                = source.latest() > 0 ? source.latest() : m_mapping.options.notesLatest;
            step.notesMaxLength
                = source.maxLength() > 0 ? source.maxLength() : m_mapping.options.notesMaxLength;
            m_usesNotes = true;
            break;
        case FieldRef::Kind::OpenTaskCount:
        case FieldRef::Kind::NextDueTask:
            m_usesTasks = true;
            break;
        case FieldRef::Kind::Standard:
        case FieldRef::Kind::Tag:
            break;
        }
        const bool textSource = source.kind() == FieldRef::Kind::Standard
            || source.kind() == FieldRef::Kind::NotesDigest
            || source.kind() == FieldRef::Kind::NextDueTask;
        step.textPipeline = textSource && rule.transforms.isTextOnly();
        m_steps.push_back(step);
        if (step.target == Target::Field && !m_fieldKeys.contains(rule.target)) {
            m_fieldKeys.append(rule.target);
        }
    }
    m_fieldKeys.sort(); // FieldValues keeps its keys in QString order, as QMap did
    for (size_t i = 0; i < m_steps.size(); ++i) {
        Step &step = m_steps[i];
        if (step.target == Target::Field) {
            step.fieldIndex = m_fieldKeys.indexOf(step.rule->target);
        }
        const QList<Transform> &transforms = step.rule->transforms.steps();
        if (step.rule->source.kind() == FieldRef::Kind::Standard
            && (transforms.isEmpty()
                || (transforms.size() == 1
                    && transforms.front().kind() == Transform::Kind::Trim))) {
            step.stored = storedMember(step.rule->source.standardField());
            step.trims = !transforms.isEmpty();
        }
        if (step.textPipeline && step.rule->source.kind() == FieldRef::Kind::Standard
            && !transforms.isEmpty() && transforms.front().kind() == Transform::Kind::PhoneE164) {
            step.ahead = qsizetype(m_aheadSteps.size());
            m_aheadSteps.push_back(qsizetype(i));
        }
    }
}

Mapper::Mapper(const Mapper *prototype)
    : m_mapping(prototype->m_mapping)
    , m_steps(prototype->m_steps)
    , m_fieldKeys(prototype->m_fieldKeys)
    , m_aheadSteps(prototype->m_aheadSteps)
    , m_mapsEmail(prototype->m_mapsEmail)
    , m_usesNotes(prototype->m_usesNotes)
    , m_usesTasks(prototype->m_usesTasks)
{
    // The steps were resolved against the prototype's copy of the rules; point them at ours.
    const QList<FieldMapping> &rules = std::as_const(m_mapping.fields);
    for (size_t i = 0; i < m_steps.size(); ++i) {
        m_steps[i].rule = &rules.at(static_cast<qsizetype>(i));
    }
}

QJsonValue Mapper::read(const Step &step, const Ghl::Contact &contact,
                        const QList<Ghl::Note> &notes, const QList<Ghl::Task> &tasks) const
{
    const FieldRef &source = step.rule->source;
    switch (source.kind()) {
    case FieldRef::Kind::Standard:
        return standardValue(source.standardField(), contact);
    case FieldRef::Kind::Custom: {
        if (step.customId.isEmpty()) {
            return QJsonValue::Null;
        }
        const QJsonValue value = contact.customFieldValue(step.customId);
        if (step.customIsDate && value.isDouble()) {
            // GHL stores DATE custom fields as epoch milliseconds; MailerLite wants yyyy-MM-dd.
            return QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC)
                .date()
                .toString(Qt::ISODate);
        }
        return value;
    }
    case FieldRef::Kind::Tag:
        return contact.tags.contains(source.tagName(), Qt::CaseInsensitive);
    case FieldRef::Kind::NotesDigest:
        return NotesDigest::build(notes, step.notesLatest, step.notesMaxLength);
    case FieldRef::Kind::OpenTaskCount:
        return TasksDigest::openCount(tasks);
    case FieldRef::Kind::NextDueTask:
        return TasksDigest::nextDue(tasks);
    }
    return QJsonValue::Null;
}

QString Mapper::readText(const Step &step, const Ghl::Contact &contact,
                         const QList<Ghl::Note> &notes, const QList<Ghl::Task> &tasks) const
{
    const FieldRef &source = step.rule->source;
    switch (source.kind()) {
    case FieldRef::Kind::Standard:
        return standardValue(source.standardField(), contact);
    case FieldRef::Kind::NotesDigest:
        return NotesDigest::build(notes, step.notesLatest, step.notesMaxLength);
    case FieldRef::Kind::NextDueTask:
        return TasksDigest::nextDue(tasks);
    case FieldRef::Kind::Custom:
    case FieldRef::Kind::Tag:
    case FieldRef::Kind::OpenTaskCount:
        break;
    }
    return Transform::toText(read(step, contact, notes, tasks));
}

DesiredSubscriber Mapper::map(const Ghl::Contact &contact, const QList<Ghl::Note> &notes,
                              const QList<Ghl::Task> &tasks)
{
    return mapOne(contact, notes, tasks, nullptr);
}

DesiredSubscriber Mapper::mapOne(const Ghl::Contact &contact, const QList<Ghl::Note> &notes,
                                 const QList<Ghl::Task> &tasks, Result<QString> *phones)
{
    DesiredSubscriber out;
    out.contactId = contact.id;
    out.optedOut = contact.emailDndActive();
    const MappingOptions &options = m_mapping.options;
    out.inSyncedSet = options.syncedTag.isEmpty()
        || contact.tags.contains(options.syncedTag, Qt::CaseInsensitive);
    if (!m_mapsEmail) {
        out.email = contact.email.trimmed();
    }
    TransformContext context {&contact.tags, &m_phone, options.defaultPhoneRegion};
    // Field values by index in m_fieldKeys; a failed field stays absent unless another rule
    // for the same target succeeds (the last success wins, as map insertion did).
    QStringList values(m_fieldKeys.size());
    QVarLengthArray<bool, 32> present(m_fieldKeys.size());
    std::fill(present.begin(), present.end(), false);
    for (const Step &step : m_steps) {
        qsizetype failedStep = -1;
        QString text;
        if (step.stored) {
            const QString &stored = contact.*step.stored;
            text = step.trims ? stored.trimmed() : stored;
        } else if (phones && step.ahead >= 0) {
            // The first transform (the phone conversion) was applied ahead; the rest follow.
            Result<QString> value = std::move(phones[step.ahead]);
            if (value) {
                value = step.rule->transforms.applyText(value.value(), context, &failedStep, 1);
            } else {
                failedStep = 0;
            }
            if (!value) {
                out.errors.append({step.rule->target, errorCode(step.rule->transforms, failedStep),
                                   value.error().message});
                continue;
            }
            text = std::move(value).value();
        } else if (step.textPipeline) {
            Result<QString> value = step.rule->transforms.applyText(
                readText(step, contact, notes, tasks), context, &failedStep);
            if (!value) {
                out.errors.append({step.rule->target, errorCode(step.rule->transforms, failedStep),
                                   value.error().message});
                continue;
            }
            text = std::move(value).value();
        } else {
            const Result<QJsonValue> value = step.rule->transforms.apply(
                read(step, contact, notes, tasks), context, &failedStep);
            if (!value) {
                out.errors.append({step.rule->target, errorCode(step.rule->transforms, failedStep),
                                   value.error().message});
                continue;
            }
            text = Transform::toText(value.value());
        }
        switch (step.target) {
        case Target::Email:
            out.email = text.trimmed();
            break;
        case Target::Name:
            out.name = std::move(text);
            break;
        case Target::Field:
            values[step.fieldIndex] = std::move(text);
            present[step.fieldIndex] = true;
            break;
        }
    }
    if (std::find(present.cbegin(), present.cend(), false) == present.cend()) {
        out.fields = FieldValues(m_fieldKeys, std::move(values));
    } else {
        for (qsizetype i = 0; i < m_fieldKeys.size(); ++i) {
            if (present.at(i)) {
                out.fields.insert(m_fieldKeys.at(i), values.at(i));
            }
        }
    }
    out.emailKey = out.email.toLower();
    for (const GroupRule &rule : std::as_const(m_mapping.groupRules)) {
        const DesiredSubscriber::GroupRef group {rule.groupId, rule.groupName,
                                                 rule.createGroupIfMissing};
        if (contact.tags.contains(rule.tag, Qt::CaseInsensitive)) {
            out.groups.append(group);
        } else if (rule.removeWhenTagRemoved) {
            out.groupsToLeave.append(group);
        }
    }
    // Another rule's tag keeping the contact in a group wins over a removal.
    out.groupsToLeave.removeIf(
        [&out](const DesiredSubscriber::GroupRef &leave) { return out.groups.contains(leave); });
    return out;
}

QList<DesiredSubscriber> Mapper::mapAll(const QList<Ghl::Contact> &contacts,
                                        const QHash<QString, QList<Ghl::Note>> &notes,
                                        const QHash<QString, QList<Ghl::Task>> &tasks)
{
    return mapContacts(contacts, nullptr, notes, tasks);
}

QList<DesiredSubscriber> Mapper::mapAll(QList<Ghl::Contact> &&contacts,
                                        const QHash<QString, QList<Ghl::Note>> &notes,
                                        const QHash<QString, QList<Ghl::Task>> &tasks)
{
    QList<Ghl::Contact> own = std::exchange(contacts, {});
    // data() on a shared list would copy every contact: release only what nobody else holds.
    Ghl::Contact *release = own.isDetached() ? own.data() : nullptr;
    QList<DesiredSubscriber> mapped = mapContacts(own, release, notes, tasks);
#ifdef __GLIBC__
    if (release && own.size() >= ParallelThreshold) {
        own = {};
        // The freed contacts' memory stays with this thread's heap; the planning that follows
        // allocates on the pool threads, which cannot reuse it. Handing it back keeps a
        // 100,000-contact run's peak 5-10 MB lower (bench_plan: 287-296 MB against 297-302)
        // for about 7 ms.
        malloc_trim(0);
    }
#endif
    return mapped;
}

QList<DesiredSubscriber> Mapper::mapContacts(const QList<Ghl::Contact> &contacts,
                                             Ghl::Contact *release,
                                             const QHash<QString, QList<Ghl::Note>> &notes,
                                             const QHash<QString, QList<Ghl::Task>> &tasks)
{
    QList<DesiredSubscriber> out(contacts.size());
    DesiredSubscriber *const target = out.data(); // each slice writes only its own elements
    const Ghl::Contact *const source = contacts.constData();
    if (contacts.size() < ParallelThreshold || (!m_parallel && m_aheadSteps.empty())) {
        mapRange(source, release, notes, tasks, 0, contacts.size(), target);
        return out;
    }
    if (!m_parallel) {
        const PhoneAhead::Convert convert = [this](const Ghl::Contact &contact, qsizetype ahead,
                                                   PhoneNormalizer &phone) {
            const Step &step
                = m_steps[static_cast<size_t>(m_aheadSteps[static_cast<size_t>(ahead)])];
            TransformContext context {&contact.tags, &phone, m_mapping.options.defaultPhoneRegion};
            return step.rule->transforms.steps().front().applyText(readText(step, contact, {}, {}),
                                                                   context);
        };
        PhoneAhead phones(source, contacts.size(), qsizetype(m_aheadSteps.size()), convert,
                          m_phone);
        mapRange(source, release, notes, tasks, 0, contacts.size(), target, &phones);
        return out;
    }
    // A few slices per thread, so a thread slowed by other work on the machine does not hold
    // up the rest; each slice gets its own Mapper, whose caches no other thread touches.
    constexpr qsizetype slicesPerThread = 4;
    constexpr qsizetype minSlice = ParallelThreshold / 2;
    const qsizetype threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const qsizetype count
        = std::clamp(threads * slicesPerThread, qsizetype(1), contacts.size() / minSlice);
    std::vector<std::pair<qsizetype, qsizetype>> slices;
    slices.reserve(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        slices.emplace_back(contacts.size() * i / count, contacts.size() * (i + 1) / count);
    }
    QtConcurrent::blockingMap(slices, [&](const std::pair<qsizetype, qsizetype> &slice) {
        Mapper mapper(this);
        mapper.mapRange(source, release, notes, tasks, slice.first, slice.second, target);
    });
    return out;
}

void Mapper::mapRange(const Ghl::Contact *contacts, Ghl::Contact *release,
                      const QHash<QString, QList<Ghl::Note>> &notes,
                      const QHash<QString, QList<Ghl::Task>> &tasks, qsizetype first,
                      qsizetype last, DesiredSubscriber *out, PhoneAhead *phones)
{
    // Concurrent reads of the shared hashes are safe: nothing here detaches them.
    for (qsizetype i = first; i < last; ++i) {
        const Ghl::Contact &contact = contacts[i];
        out[i] = mapOne(contact, notes.value(contact.id), tasks.value(contact.id),
                        phones ? phones->resultsOf(i) : nullptr);
        if (release) {
            // In place: no empty contact to build and swap with.
            std::destroy_at(&release[i]);
            std::construct_at(&release[i]);
        }
    }
}

} // namespace Mapping
