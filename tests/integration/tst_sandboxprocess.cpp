// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The contactbridge-sandbox executable as a user runs it: one JSON line on stdout and the same
// bytes in --port-file, both services answering with those credentials, a clean exit 0 on
// SIGTERM or SIGINT, exit 2 for bad arguments and exit 1 when it cannot start.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/types.h>

using namespace Qt::StringLiterals;

class TestSandboxProcess final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    static void launch(QProcess &process, const QStringList &arguments)
    {
        process.setProgram(QStringLiteral(CB_SANDBOX_BIN));
        process.setArguments(arguments);
        process.start();
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    }

    // Reads the connection line; empty (and the test failed) if the process ends or stays silent.
    static QByteArray connectionLine(QProcess &process)
    {
        [&] {
            QTRY_VERIFY2_WITH_TIMEOUT(process.canReadLine() || process.state() != QProcess::Running,
                                      "no connection line within 30 s", 30000);
            QVERIFY2(process.canReadLine(), process.readAllStandardError().constData());
        }();
        return process.canReadLine() ? process.readLine() : QByteArray();
    }

    static void finish(QProcess &process, int expectedCode)
    {
        if (process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&process, &QProcess::finished);
            QVERIFY(finished.wait(10000));
        }
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), expectedCode);
    }

    int status(QNetworkRequest request, const QByteArray &method, const QByteArray &body = {})
    {
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            [&] {
                QVERIFY(done.wait(10000));
            }();
        }
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return code;
    }

    int ghlSearch(const QJsonObject &info)
    {
        QNetworkRequest request(QUrl(info.value(u"ghl_url"_s).toString() + u"/contacts/search"_s));
        request.setRawHeader("Authorization",
                             "Bearer " + info.value(u"ghl_token"_s).toString().toUtf8());
        request.setRawHeader("Version", "2021-07-28");
        const QJsonObject body {{u"locationId"_s, info.value(u"location_id"_s)},
                                {u"pageLimit"_s, 20}};
        return status(request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    int mlMe(const QJsonObject &info)
    {
        QNetworkRequest request(QUrl(info.value(u"ml_url"_s).toString() + u"/me"_s));
        request.setRawHeader("X-MailerLite-ApiKey",
                             info.value(u"ml_api_key"_s).toString().toUtf8());
        return status(request, "GET");
    }

    void stopsCleanlyOn(int signal)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString portFile = dir.filePath(u"ports.json"_s);
        QProcess process;
        launch(process,
               {u"--contacts"_s, u"50"_s, u"--seed"_s, u"7"_s, u"--ml-subscribers"_s, u"20"_s,
                u"--rate-limits"_s, u"off"_s, u"--port-file"_s, portFile});
        const QByteArray line = connectionLine(process);
        QVERIFY(line.endsWith('\n'));
        QJsonParseError error;
        const QJsonObject info = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(info.size(), 6);
        QVERIFY(info.value(u"ghl_url"_s).toString().startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(info.value(u"ml_url"_s).toString().endsWith(u"/api/v2"_s));

        QFile file(portFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), line);

        QCOMPARE(ghlSearch(info), 200);
        QCOMPARE(mlMe(info), 200);

        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        finish(process, 0);
        QCOMPARE(process.readAllStandardOutput(), QByteArray()); // nothing after the one line
        QVERIFY(process.readAllStandardError().contains("sandbox stopped"));
    }

private Q_SLOTS:
    void servesUntilSigterm() { stopsCleanlyOn(SIGTERM); }

    void servesUntilSigint() { stopsCleanlyOn(SIGINT); }

    void serviceFaultsOverrideSharedFaults()
    {
        QProcess process;
        launch(process,
               {u"--contacts"_s, u"10"_s, u"--seed"_s, u"3"_s, u"--faults"_s, u"5xx=1"_s,
                u"--ml-faults"_s, u"5xx=0"_s});
        const QByteArray line = connectionLine(process);
        QVERIFY(!line.isEmpty());
        const QJsonObject info = QJsonDocument::fromJson(line).object();
        const int ghl = ghlSearch(info);
        QVERIFY2(ghl == 500 || ghl == 502 || ghl == 503, QByteArray::number(ghl).constData());
        QCOMPARE(mlMe(info), 200);
        process.terminate();
        finish(process, 0);
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QStringList base {u"--contacts"_s, u"10"_s, u"--seed"_s, u"1"_s};
        QTest::newRow("no contacts")
            << QStringList {u"--seed"_s, u"1"_s} << QByteArray("--contacts");
        QTest::newRow("no seed") << QStringList {u"--contacts"_s, u"1"_s} << QByteArray("--seed");
        QTest::newRow("contacts not a number")
            << QStringList {u"--contacts"_s, u"many"_s, u"--seed"_s, u"1"_s}
            << QByteArray("--contacts");
        QTest::newRow("negative seed")
            << QStringList {u"--contacts"_s, u"1"_s, u"--seed"_s, u"-1"_s} << QByteArray("--seed");
        QTest::newRow("rate limits")
            << base + QStringList {u"--rate-limits"_s, u"warp"_s} << QByteArray("--rate-limits");
        QTest::newRow("port out of range")
            << base + QStringList {u"--ml-port"_s, u"70000"_s} << QByteArray("--ml-port");
        QTest::newRow("fault spec")
            << base + QStringList {u"--ghl-faults"_s, u"5xx=2"_s} << QByteArray("GHL faults");
        QTest::newRow("unknown option")
            << base + QStringList {u"--colour"_s, u"red"_s} << QByteArray("colour");
        QTest::newRow("positional") << base + QStringList {u"extra"_s} << QByteArray("extra");
    }

    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QProcess process;
        launch(process, arguments);
        finish(process, 2);
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
        const QByteArray stderrText = process.readAllStandardError();
        QVERIFY2(stderrText.contains(message), stderrText.constData());
    }

    void busyPortExitsWithOne()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(blocker.serverPort());
        QProcess process;
        launch(process, {u"--contacts"_s, u"5"_s, u"--seed"_s, u"1"_s, u"--ghl-port"_s, port});
        finish(process, 1);
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
        QVERIFY(process.readAllStandardError().contains(port.toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
