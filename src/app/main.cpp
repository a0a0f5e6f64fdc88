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
#include <QUrl>

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

// The status bar text for demo mode: where the built-in sandbox listens, or why it did not start.
QString demoStatus(const AppContext &context)
{
    const QJsonObject connection = context.demoConnection();
    if (connection.isEmpty()) {
        return QApplication::translate("main", "Demo: the built-in sandbox could not start: %1")
            .arg(context.demoError());
    }
    const int ghlPort = QUrl(connection.value(u"ghl_url"_s).toString()).port();
    const int mlPort = QUrl(connection.value(u"ml_url"_s).toString()).port();
    return QApplication::translate(
               "main", "Demo: connected to the built-in sandbox (GHL :%1, MailerLite :%2)")
        .arg(ghlPort)
        .arg(mlPort);
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
    if (context.options().demo) {
        window.setConnectionStatus(demoStatus(context));
    }
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
