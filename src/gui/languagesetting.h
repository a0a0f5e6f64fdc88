// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

class QComboBox;
class QSettings;

// The language of the user interface: the languages offered, the user's choice (stored in
// QSettings for the whole installation, not per profile, and applied at the next start) and the
// translators that make a language effective. Lives in the GUI thread.
class LanguageSetting final
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSetting)

public:
    struct Choice
    {
        QString code; // empty: follow the system's languages
        QString name; // shown in the language's own words, so everyone finds theirs
    };

    static constexpr auto SettingsKey = "ui/language";

    [[nodiscard]] static QList<Choice> choices();
    // The stored choice; empty (follow the system) when nothing or an unknown code is stored.
    [[nodiscard]] static QString stored(const QSettings &settings);
    static void store(QSettings &settings, const QString &code);
    // Fills `box` with the choices, selects the stored one and stores every new selection in the
    // application's QSettings at once: the language is not part of a profile's Save.
    static void attach(QComboBox &box);

    // --lang wins over the stored choice, which wins over the system's preferred languages.
    [[nodiscard]] static QLocale effectiveLocale(const QString &commandLine,
                                                 const QString &storedCode);

    // Makes `locale` the default for dates and numbers and installs Qt's and ContactBridge's
    // translators for it from `directory`. A language without a ContactBridge translation gets
    // the English one, which holds the English plural forms. Returns the file loaded, if any.
    static QString install(QCoreApplication &app, const QLocale &locale,
                           const QString &directory = QStringLiteral(":/i18n"));
};
