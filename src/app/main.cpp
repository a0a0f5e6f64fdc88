// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"
#include "languagesetting.h"
#include "mainwindow.h"
#include "profilesession.h"
#include "screenshotdriver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

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
               "main",
               "Demo: connected to the built-in sandbox (GHL :%1, MailerLite :%2). It cuts "
               "short 5% of MailerLite's answers, so failures and retries can be tried too.")
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
    // The installed .desktop file, metainfo and icons share this id (cmake/CbPackaging.cmake).
    QApplication::setDesktopFileName(u"io.contactbridge.ContactBridge"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"io.contactbridge.ContactBridge"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Keeps MailerLite Classic subscribers in step with GoHighLevel contacts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s,
        QApplication::translate("main", "Run against the built-in sandbox: no account needed."));
    const QCommandLineOption languageOption(
        u"lang"_s,
        QApplication::translate(
            "main", "User interface language, e.g. de. Overrides the language chosen in Settings."),
        u"code"_s);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, QApplication::translate("main", "Keep state and logs in <dir>."), u"dir"_s);
    const QCommandLineOption screenshotsOption(
        u"screenshots"_s,
        QApplication::translate("main",
                                "Save a picture of every page to <dir> once the data is loaded, "
                                "then quit (for the documentation)."),
        u"dir"_s);
    parser.addOptions({demoOption, languageOption, dataDirOption, screenshotsOption});
    parser.process(app);

    // --lang, else the language chosen in Settings, else the system's languages.
    LanguageSetting::install(
        app,
        LanguageSetting::effectiveLocale(parser.value(languageOption),
                                         LanguageSetting::stored(QSettings())));

    AppContext context({parser.isSet(demoOption), parser.value(dataDirOption)});
    MainWindow window({context.session(), context.sync(), context.credentialHealth(),
                       context.scheduler(), context.realtime()});
    if (context.options().demo) {
        window.setModeText(QApplication::translate("main", "Demo sandbox"), demoStatus(context));
    }
    QObject::connect(&window, &MainWindow::profileChosen, &window, [&context](const QString &name) {
        context.rememberProfile(name);
        context.session().open(name);
    });
    const QString startProfile = context.startProfile();
    window.reloadProfiles(startProfile);
    window.show();

    if (parser.isSet(screenshotsOption)) {
        auto *driver = new ScreenshotDriver(window, context.session(), context.sync(),
                                            parser.value(screenshotsOption), &window);
        QObject::connect(driver, &ScreenshotDriver::finished, &app, &QApplication::exit);
        driver->start();
    }
    if (!startProfile.isEmpty()) {
        context.session().open(startProfile);
    } else if (!parser.isSet(screenshotsOption)) {
        // First start: nothing to show until the services are connected.
        QTimer::singleShot(0, &window, &MainWindow::showSettings);
    }
    return QApplication::exec();
}
