// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A GHL contact as the API sends it: a bare object, {"contact": {...}} or {"contacts": [...]}.
#include "fuzztargets.h"
#include "ghl/ghlclientparse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// What toJson() writes must read back to the same contact: the app saves contacts it edits and
// sends them back, so one round must not lose or change anything.
void checkRoundTrip(const Ghl::Contact &contact)
{
    const QJsonObject once = contact.toJson();
    const Result<Ghl::Contact> again = Ghl::Contact::fromJson(once);
    Fuzz::require(again.ok(), "a written GHL contact reads back");
    Fuzz::require(again.value().toJson() == once, "a GHL contact survives a second round trip");
    Fuzz::require(again.value().id == contact.id && again.value().email == contact.email
                      && again.value().tags == contact.tags,
                  "id, email and tags survive the round trip");
    // The helpers the mapper calls must cope with whatever was parsed.
    static_cast<void>(contact.emailDndActive());
    static_cast<void>(contact.fullName());
    for (const Ghl::Contact::CustomFieldValue &field : contact.customFields) {
        static_cast<void>(contact.customFieldValue(field.id));
    }
}

} // namespace

int Fuzz::ghlContact(const std::uint8_t *data, std::size_t size)
{
    const QJsonObject envelope = QJsonDocument::fromJson(view(data, size)).object();
    if (const Result<Ghl::Contact> bare = Ghl::Contact::fromJson(envelope); bare.ok()) {
        require(!bare.value().id.isEmpty(), "a parsed GHL contact has an id");
        checkRoundTrip(bare.value());
    }
    if (const Result<Ghl::Contact> one = Api::GhlParse::contactIn(envelope); one.ok()) {
        checkRoundTrip(one.value());
    }
    const auto list = Api::GhlParse::listIn<Ghl::Contact>(envelope, u"contacts"_s);
    if (list.ok()) {
        for (const Ghl::Contact &contact : list.value()) {
            checkRoundTrip(contact);
        }
    }
    return 0;
}

CB_FUZZ_ENTRY(Fuzz::ghlContact)
