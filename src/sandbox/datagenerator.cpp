// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagenerator.h"

#include "datagenghl.h"
#include "datagenmailerlite.h"
#include "datagenrandom.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

QJsonObject sortedMap(const QHash<QString, QJsonArray> &map)
{
    QStringList keys = map.keys();
    std::sort(keys.begin(), keys.end());
    QJsonObject object;
    for (const QString &key : std::as_const(keys)) {
        object.insert(key, map.value(key));
    }
    return object;
}

} // namespace

Dataset DataGenerator::generate(const Options &options)
{
    Dataset dataset;
    DataGenRandom rng(options.seed);
    DataGenGhl ghl(rng, options, dataset);
    ghl.generate();
    DataGenMailerLite mailerLite(rng, options, dataset, ghl.uniqueEmailContacts(),
                                 ghl.nextEmailSerial());
    mailerLite.generate();
    return dataset;
}

QByteArray DataGenerator::toJson(const Dataset &dataset)
{
    const QJsonObject document {
        {u"ghlContacts"_s, dataset.ghlContacts},
        {u"ghlNotes"_s, sortedMap(dataset.ghlNotes)},
        {u"ghlTasks"_s, sortedMap(dataset.ghlTasks)},
        {u"ghlAppointments"_s, sortedMap(dataset.ghlAppointments)},
        {u"ghlCustomFields"_s, dataset.ghlCustomFields},
        {u"mlSubscribers"_s, dataset.mlSubscribers},
        {u"mlGroups"_s, dataset.mlGroups},
        {u"mlFields"_s, dataset.mlFields},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace Sandbox
