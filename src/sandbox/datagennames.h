// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <span>

// Word tables behind DataGenerator: names in several scripts, places, tags, texts and the
// hostile values. Plain constant data; every address and number in it is fictional or reserved
// (example.* domains, 555-01xx, Ofcom drama ranges, documentation IP ranges).
namespace Sandbox::DataGen {

enum class Script { Latin, LatinDiacritic, Cyrillic, Greek, Cjk, Arabic, Hebrew };
inline constexpr int ScriptCount = 7;

// A name as the person writes it, and the ASCII handle used to build their email address.
struct Name
{
    QStringView native;
    QStringView ascii;
};

struct Place
{
    QStringView country; // ISO 3166-1 alpha-2
    QStringView city;
    QStringView state;
    QStringView postalCode;
    QStringView timezone;
    QStringView street;
};

[[nodiscard]] std::span<const Name> firstNames(Script script);
[[nodiscard]] std::span<const Name> lastNames(Script script);
[[nodiscard]] std::span<const Place> places(Script script);

[[nodiscard]] std::span<const QStringView> tagNames();
[[nodiscard]] std::span<const QStringView> companies();
[[nodiscard]] std::span<const QStringView> emailDomains();
[[nodiscard]] std::span<const QStringView> plusTags();
[[nodiscard]] std::span<const QStringView> sources();
[[nodiscard]] std::span<const QStringView> words();
[[nodiscard]] std::span<const QStringView> taskTitles();
[[nodiscard]] std::span<const QStringView> appointmentTitles();
[[nodiscard]] std::span<const QStringView> appointmentStatuses();
// Addresses a mail service would reject: no at sign, no domain dot, doubled at, spaces...
[[nodiscard]] std::span<const QStringView> invalidEmails();
// Phone numbers nobody can dial.
[[nodiscard]] std::span<const QStringView> garbagePhones();
// Pathological strings: markup, formula injection, control characters, emoji, bidi overrides.
[[nodiscard]] std::span<const QStringView> hostileStrings();
// HTML note bodies as a rich-text editor stores them, some with active content.
[[nodiscard]] std::span<const QStringView> htmlNotes();

} // namespace Sandbox::DataGen
