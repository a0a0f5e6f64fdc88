// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qtTranslator);
    }
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, u"contactbridge"_s, u"_"_s, u":/i18n"_s)) {
        QApplication::installTranslator(appTranslator);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ContactBridge"_s);
    QApplication::setOrganizationName(u"ContactBridge"_s);
    QApplication::setApplicationVersion(QStringLiteral(CB_VERSION));
    QApplication::setDesktopFileName(u"contactbridge"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Keeps MailerLite Classic subscribers in step with GoHighLevel contacts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s,
        QApplication::translate("main", "Run against the built-in sandbox: no account needed."));
    const QCommandLineOption languageOption(
        u"lang"_s, QApplication::translate("main", "User interface language, e.g. de."), u"code"_s);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, QApplication::translate("main", "Keep state and logs in <dir>."), u"dir"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate("main", "Save a picture of the main window to <file> and quit."),
        u"file"_s);
    parser.addOptions({demoOption, languageOption, dataDirOption, screenshotOption});
    parser.process(app);

    installTranslators(app, parser.value(languageOption));

    AppContext context({parser.isSet(demoOption), parser.value(dataDirOption)});
    MainWindow window;
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(std::chrono::milliseconds(800), &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
