// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A MailerLite Classic subscriber: a bare object (show, create, update) or a list (search,
// group members).
#include "fuzztargets.h"
#include "mailerlite/subscriber.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

void parseOne(const QJsonValue &value)
{
    const Result<MailerLite::Subscriber> parsed
        = MailerLite::Subscriber::fromJson(value.toObject());
    if (!parsed.ok()) {
        return;
    }
    const MailerLite::Subscriber &s = parsed.value();
    // A subscriber without id or email would make the sync create duplicates.
    Fuzz::require(s.id != 0 && !s.email.isEmpty(), "a parsed subscriber has an id and email");
    Fuzz::require(s.fields.keys() == s.fieldTypes.keys(), "every field value has a type");
    Fuzz::require(s.raw == value.toObject(), "unknown members are kept");
    static_cast<void>(s.hasOptedOut());
}

} // namespace

int Fuzz::mlSubscriber(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(view(data, size));
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        for (const QJsonValue &value : array) {
            parseOne(value);
        }
    } else {
        parseOne(doc.object());
    }
    return 0;
}

CB_FUZZ_ENTRY(Fuzz::mlSubscriber)
