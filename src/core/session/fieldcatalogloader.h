// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "mailerlite/field.h"
#include "session/fieldcatalog.h"
#include "session/serviceconfig.h"
#include "util/error.h"

#include <QObject>

#include <memory>

class Clock;

namespace Session {

// Loads what the field mapper needs, in parallel: the location's GHL custom field definitions,
// MailerLite's fields and groups, and a few sample contacts (the newest, one search page) for
// the live previews. Also creates MailerLite custom fields for the mapper. A new load abandons
// the previous one. Lives in a worker thread (it creates its network connection there, on first
// use).
class FieldCatalogLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int SampleCount = 20;

    FieldCatalogLoader(ServiceConfig config, const Clock &clock, QObject *parent = nullptr);
    ~FieldCatalogLoader() override;

    void load();
    // POST /fields; `type` is TEXT, NUMBER or DATE.
    void createField(const QString &title, const QString &type);

Q_SIGNALS:
    // Samples that could not be read leave `samples` empty: the catalog is still usable.
    void loaded(const Session::FieldCatalog &catalog, const QList<Ghl::Contact> &samples);
    void failed(const Error &error);
    void fieldCreated(const MailerLite::Field &field);
    void fieldCreationFailed(const QString &title, const Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Session
