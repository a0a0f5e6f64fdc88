// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagesetting.h"

#include "log/logging.h"

#include <QComboBox>
#include <QLibraryInfo>
#include <QSettings>
#include <QSignalBlocker>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto AppCatalog = u"contactbridge"_s;

bool isOffered(const QString &code)
{
    const QList<LanguageSetting::Choice> all = LanguageSetting::choices();
    return std::any_of(all.cbegin(), all.cend(),
                       [&code](const LanguageSetting::Choice &c) { return c.code == code; });
}

} // namespace

QList<LanguageSetting::Choice> LanguageSetting::choices()
{
    return {{QString(), tr("System default")},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"fr"_s, u"Français"_s},
            {u"es"_s, u"Español"_s}};
}

QString LanguageSetting::stored(const QSettings &settings)
{
    const QString code = settings.value(QLatin1StringView(SettingsKey)).toString();
    return isOffered(code) ? code : QString();
}

void LanguageSetting::store(QSettings &settings, const QString &code)
{
    if (code.isEmpty() || !isOffered(code)) {
        settings.remove(QLatin1StringView(SettingsKey));
    } else {
        settings.setValue(QLatin1StringView(SettingsKey), code);
    }
}

void LanguageSetting::attach(QComboBox &box)
{
    const QString current = stored(QSettings());
    const QSignalBlocker blocker(&box);
    box.clear();
    for (const Choice &choice : choices()) {
        box.addItem(choice.name, choice.code);
        if (choice.code == current) {
            box.setCurrentIndex(box.count() - 1);
        }
    }
    QObject::connect(&box, &QComboBox::currentIndexChanged, &box, [&box] {
        QSettings settings;
        store(settings, box.currentData().toString());
    });
}

QLocale LanguageSetting::effectiveLocale(const QString &commandLine, const QString &storedCode)
{
    if (!commandLine.isEmpty()) {
        return QLocale(commandLine);
    }
    if (!storedCode.isEmpty()) {
        return QLocale(storedCode);
    }
    return QLocale::system();
}

QString LanguageSetting::install(QCoreApplication &app, const QLocale &locale,
                                 const QString &directory)
{
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
    // load(QLocale) tries each of the locale's UI languages in turn ("de-AT", "de", ...).
    auto *appTranslator = new QTranslator(&app);
    if (!appTranslator->load(locale, AppCatalog, u"_"_s, directory)
        && !appTranslator->load(QLocale(QLocale::English), AppCatalog, u"_"_s, directory)) {
        qCWarning(lcGui) << "no translation for" << locale.uiLanguages() << "in" << directory;
        delete appTranslator;
        return QString();
    }
    QCoreApplication::installTranslator(appTranslator);
    qCInfo(lcGui) << "user interface language" << appTranslator->language() << "from"
                  << appTranslator->filePath();
    return appTranslator->filePath();
}
