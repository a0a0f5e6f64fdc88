// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncpolicy.h"

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

template<typename E, std::size_t N>
QString nameOf(const std::pair<E, QLatin1StringView> (&table)[N], E value)
{
    for (const auto &[v, name] : table) {
        if (v == value) {
            return name;
        }
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, QLatin1StringView> (&table)[N], const QString &name)
{
    for (const auto &[v, text] : table) {
        if (text == name) {
            return v;
        }
    }
    return std::nullopt;
}

const std::pair<SyncPolicy::Mode, QLatin1StringView> modes[] = {
    {SyncPolicy::Mode::Upsert, "upsert"_L1},
    {SyncPolicy::Mode::UpdateOnly, "update-only"_L1},
    {SyncPolicy::Mode::CreateOnly, "create-only"_L1},
    {SyncPolicy::Mode::Mirror, "mirror"_L1},
};

const std::pair<SyncPolicy::Departure, QLatin1StringView> departures[] = {
    {SyncPolicy::Departure::Leave, "leave"_L1},
    {SyncPolicy::Departure::Unsubscribe, "unsubscribe"_L1},
    {SyncPolicy::Departure::RemoveFromGroups, "remove-from-groups"_L1},
};

} // namespace

QString SyncPolicy::modeName(Mode mode)
{
    return nameOf(modes, mode);
}

std::optional<SyncPolicy::Mode> SyncPolicy::modeFromName(const QString &name)
{
    return valueOf(modes, name);
}

QString SyncPolicy::departureName(Departure departure)
{
    return nameOf(departures, departure);
}

std::optional<SyncPolicy::Departure> SyncPolicy::departureFromName(const QString &name)
{
    return valueOf(departures, name);
}

} // namespace Sync
