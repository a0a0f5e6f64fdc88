// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every seed of fuzz/corpus/ and every crash input of fuzz/regressions/ through the same
// fuzz target code the libFuzzer build runs (fuzz/fuzz_*.cpp), in the normal build: a fixed
// crash stays fixed without clang. A target that finds a broken property aborts, which fails
// this test (QtTest names the input in its crash report).
#include "fuzztargets.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Target
{
    const char *name;
    int (*run)(const std::uint8_t *, std::size_t);
};

constexpr Target targets[] = {
    {"fuzz_ghl_contact", &Fuzz::ghlContact},   {"fuzz_ml_subscriber", &Fuzz::mlSubscriber},
    {"fuzz_mapping_file", &Fuzz::mappingFile}, {"fuzz_plan_file", &Fuzz::planFile},
    {"fuzz_transform", &Fuzz::transform},      {"fuzz_csv_writer", &Fuzz::csvWriter},
};

QString fuzzDir()
{
    return TestSupport::sourceDir() + u"/fuzz"_s;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestFuzzCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each target starts from real inputs, so the fuzzer does not have to invent JSON first.
    void everyTargetHasSeeds()
    {
        for (const Target &target : targets) {
            const QString dir = fuzzDir() + u"/corpus/"_s + QLatin1StringView(target.name);
            QVERIFY2(filesIn(dir).size() >= 3, qPrintable(u"too few seeds in "_s + dir));
        }
    }

    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        for (int t = 0; t < int(std::size(targets)); ++t) {
            const QString name = QLatin1StringView(targets[t].name);
            for (const QString &kind : {u"corpus"_s, u"regressions"_s}) {
                const QString dir = fuzzDir() + u'/' + kind + u'/' + name;
                for (const QString &file : filesIn(dir)) {
                    const QString tag = name + u'/' + kind + u'/' + file;
                    QTest::newRow(qPrintable(tag)) << t << dir + u'/' + file;
                }
            }
        }
    }

    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // Copied into an exact-size buffer, as libFuzzer passes it: no terminating zero to lean
        // on, so the sanitizer build sees any read past the end.
        const std::vector<std::uint8_t> input(bytes.begin(), bytes.end());
        QCOMPARE(targets[target].run(input.data(), input.size()), 0);
    }

    // The check helper must end the process, or a broken property would pass unnoticed.
    void brokenPropertyAborts()
    {
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            std::signal(SIGABRT, SIG_DFL); // QtTest's crash report is for real failures
            Fuzz::require(false, "deliberately broken in tst_fuzzcorpus");
            _exit(0);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGABRT);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
