// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guimodelsfixture.h"

#include "datagenerator.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {

constexpr auto StreamVersion = QDataStream::Qt_6_4;

QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

// A page being written: its bytes and a stream over them.
struct PageWriter
{
    QByteArray bytes;
    QDataStream out {&bytes, QIODevice::WriteOnly};
    int records = 0;

    PageWriter() { out.setVersion(StreamVersion); }
};

void writeContact(QDataStream &out, const Ghl::Contact &c)
{
    out << c.id << c.firstName << c.lastName << c.email << c.phone << c.companyName << c.tags
        << c.source << c.dnd << c.dndSettings.value(u"Email"_s).status << c.dateAdded
        << c.dateUpdated;
}

Ghl::Contact readContact(QDataStream &in)
{
    Ghl::Contact c;
    QString emailDnd;
    in >> c.id >> c.firstName >> c.lastName >> c.email >> c.phone >> c.companyName >> c.tags
        >> c.source >> c.dnd >> emailDnd >> c.dateAdded >> c.dateUpdated;
    if (!emailDnd.isEmpty()) {
        c.dndSettings.insert(u"Email"_s, Ghl::Contact::DndSetting {emailDnd, {}, {}});
    }
    return c;
}

// Only the fields SubscriberTableModel reads.
QMap<QString, QString> shownFields(const MailerLite::Subscriber &s)
{
    QMap<QString, QString> fields;
    for (const QString &key : {u"last_name"_s, u"phone"_s, u"company"_s}) {
        fields.insert(key, s.fields.value(key));
    }
    return fields;
}

void writeSubscriber(QDataStream &out, const MailerLite::Subscriber &s)
{
    out << s.id << s.email << s.name << s.type << shownFields(s) << s.dateCreated;
}

MailerLite::Subscriber readSubscriber(QDataStream &in)
{
    MailerLite::Subscriber s;
    in >> s.id >> s.email >> s.name >> s.type >> s.fields >> s.dateCreated;
    return s;
}

void writeLink(QDataStream &out, const Store::Link &l)
{
    out << l.contactId << l.subscriberId << l.email << l.payloadHash << l.name << l.fields
        << l.subscriberType << l.syncedAt;
}

Store::Link readLink(QDataStream &in)
{
    Store::Link l;
    in >> l.contactId >> l.subscriberId >> l.email >> l.payloadHash >> l.name >> l.fields
        >> l.subscriberType >> l.syncedAt;
    return l;
}

} // namespace

GuiModelsFixture GuiModelsFixture::generate(int contacts, quint32 seed)
{
    Sandbox::DataGenerator::Options options;
    options.contacts = contacts;
    options.mlSubscribers = contacts * 6 / 10;
    options.mlOverlapShare = 0.85;
    options.seed = seed;
    const Sandbox::Dataset data = Sandbox::DataGenerator::generate(options);

    GuiModelsFixture fixture;
    // What a link stores about its subscriber, by address.
    QHash<QString, MailerLite::Subscriber> subscriberByEmail;
    auto page = std::make_unique<PageWriter>();
    const auto flush = [&page](QList<QByteArray> *pages, bool force, int size) {
        if (page->records > 0 && (force || page->records == size)) {
            pages->append(std::exchange(page, std::make_unique<PageWriter>())->bytes);
        }
    };
    for (const QJsonValue &v : data.mlSubscribers) {
        auto parsed = MailerLite::Subscriber::fromJson(v.toObject());
        if (!parsed.ok()) {
            continue;
        }
        MailerLite::Subscriber s = std::move(parsed).value();
        writeSubscriber(page->out, s);
        ++page->records;
        ++fixture.m_subscribers;
        flush(&fixture.m_subscriberPages, false, MlPageSize);
        if (fixture.m_subscribers == options.mlSubscribers / 3) {
            fixture.m_rareSubscriberEmail = emailKey(s.email);
        }
        s.fields = shownFields(s);
        s.raw = {};
        s.fieldTypes.clear();
        subscriberByEmail.insert(emailKey(s.email), s);
    }
    flush(&fixture.m_subscriberPages, true, MlPageSize);

    PageWriter links;
    for (const QJsonValue &v : data.ghlContacts) {
        const auto parsed = Ghl::Contact::fromJson(v.toObject());
        if (!parsed.ok()) {
            continue;
        }
        const Ghl::Contact &contact = parsed.value();
        writeContact(page->out, contact);
        ++page->records;
        ++fixture.m_contacts;
        flush(&fixture.m_contactPages, false, GhlPageSize);
        const QString key = emailKey(contact.email);
        if (fixture.m_contacts >= contacts / 3 && fixture.m_rareContactEmail.isEmpty()) {
            fixture.m_rareContactEmail = key;
        }
        const auto partner = subscriberByEmail.constFind(key);
        if (key.isEmpty() || partner == subscriberByEmail.cend() || links.records >= contacts / 2) {
            continue;
        }
        Store::Link link;
        link.contactId = contact.id;
        link.subscriberId = partner->id;
        link.email = partner->email;
        link.payloadHash = QString::number(qHash(contact.id), 16).repeated(4);
        link.name = partner->name;
        link.fields = partner->fields;
        link.subscriberType = partner->type;
        link.syncedAt = options.epoch;
        writeLink(links.out, link);
        ++links.records;
    }
    flush(&fixture.m_contactPages, true, GhlPageSize);
    fixture.m_linkBytes = links.bytes;
    fixture.m_links = links.records;
    return fixture;
}

QList<Ghl::Contact> GuiModelsFixture::takeContactPage(qsizetype page)
{
    QDataStream in(std::exchange(m_contactPages[page], {}));
    in.setVersion(StreamVersion);
    QList<Ghl::Contact> contacts;
    contacts.reserve(GhlPageSize);
    while (!in.atEnd()) {
        contacts.append(readContact(in));
    }
    return contacts;
}

QList<MailerLite::Subscriber> GuiModelsFixture::takeSubscriberPage(qsizetype page)
{
    QDataStream in(std::exchange(m_subscriberPages[page], {}));
    in.setVersion(StreamVersion);
    QList<MailerLite::Subscriber> subscribers;
    subscribers.reserve(MlPageSize);
    while (!in.atEnd()) {
        subscribers.append(readSubscriber(in));
    }
    return subscribers;
}

QList<Store::Link> GuiModelsFixture::takeLinks()
{
    QDataStream in(std::exchange(m_linkBytes, {}));
    in.setVersion(StreamVersion);
    QList<Store::Link> links;
    links.reserve(m_links);
    while (!in.atEnd()) {
        links.append(readLink(in));
    }
    return links;
}
