// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeGhl: GET /locations/:locationId, which "Test connection" reads for the location's name.
#include "fakeghl.h"

#include "ghlerrors.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

HttpResponse FakeGhl::getLocation(const HttpRequest &)
{
    // admit() already refused other locations (403) and tokens without locations.readonly (401),
    // so the path names this fake's location. The body follows GetLocationByIdSuccessfulResponseDto
    // of apps/locations.json; only members a client could show are filled in.
    const QString id = m_options.locationId;
    const QJsonObject location {{u"id"_s, id},
                                {u"companyId"_s, QString(u"sbx"_s + id.left(17))},
                                {u"name"_s, m_options.locationName},
                                {u"email"_s, u"owner@sandbox.invalid"_s},
                                {u"country"_s, u"US"_s},
                                {u"timezone"_s, u"UTC"_s}};
    return GhlErrors::reply(200, QJsonObject {{u"location"_s, QJsonValue(location)}});
}

} // namespace Sandbox
