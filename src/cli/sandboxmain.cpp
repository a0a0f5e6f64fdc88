// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// contactbridge-sandbox: the fake GHL and MailerLite services as a standalone process.
#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"contactbridge-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "sandbox",
        "Local imitations of the GoHighLevel v2 and MailerLite Classic APIs, for tests, demos and "
        "benchmarks. Listens on 127.0.0.1 only."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
