// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// One <message> of a .ts file.
struct Entry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList forms; // the translation, or every numerus form

    [[nodiscard]] QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct TsFile
{
    QString language;
    QList<Entry> entries;
    QString error;
};

TsFile parseTs(const QByteArray &xml)
{
    TsFile file;
    QXmlStreamReader reader(xml);
    QString context;
    Entry entry;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == "TS"_L1) {
                file.language = reader.attributes().value("language"_L1).toString();
            } else if (name == "name"_L1) {
                context = reader.readElementText();
            } else if (name == "message"_L1) {
                entry = Entry();
                entry.context = context;
                entry.numerus = reader.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (name == "source"_L1) {
                entry.source = reader.readElementText();
            } else if (name == "comment"_L1) {
                entry.comment = reader.readElementText();
            } else if (name == "translation"_L1) {
                entry.type = reader.attributes().value("type"_L1).toString();
                if (!entry.numerus) {
                    entry.forms = {reader.readElementText()};
                }
            } else if (name == "numerusform"_L1) {
                entry.forms.append(reader.readElementText());
            }
        } else if (reader.isEndElement() && reader.name() == "message"_L1) {
            file.entries.append(entry);
        }
    }
    if (reader.hasError()) {
        file.error = u"line %1: %2"_s.arg(reader.lineNumber()).arg(reader.errorString());
    }
    return file;
}

// %1..%99 and %n (also in their %L forms) that a text uses.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([1-9][0-9]?|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text)) {
        found.insert(u'%' + m.captured(1));
    }
    return found;
}

QString describe(const QString &file, const Entry &e)
{
    QString source = e.source;
    source.replace(u'\n', u"\\n"_s);
    return u"%1:%2:%3"_s.arg(file, e.context, source);
}

// Everything wrong with the translations of one .ts file, one line per entry.
QStringList problemsOf(const QString &fileName, const TsFile &file)
{
    QStringList problems;
    if (!file.error.isEmpty()) {
        return {u"%1: not valid XML (%2)"_s.arg(fileName, file.error)};
    }
    for (const Entry &e : file.entries) {
        const QString where = describe(fileName, e);
        if (e.type == "vanished"_L1 || e.type == "obsolete"_L1) {
            problems.append(where + u" — obsolete entry (run lupdate with -no-obsolete)"_s);
            continue;
        }
        if (e.type == "unfinished"_L1) {
            problems.append(where + u" — unfinished"_s);
            continue;
        }
        if (e.forms.isEmpty()
            || std::any_of(e.forms.cbegin(), e.forms.cend(),
                           [](const QString &f) { return f.trimmed().isEmpty(); })) {
            problems.append(where + u" — empty translation or numerus form"_s);
            continue;
        }
        const QSet<QString> wanted = placeholders(e.source);
        for (const QString &form : e.forms) {
            const QSet<QString> got = placeholders(form);
            if (got != wanted) {
                QStringList missing = (wanted - got).values();
                QStringList extra = (got - wanted).values();
                missing.sort();
                extra.sort();
                problems.append(
                    u"%1 — placeholders differ in \"%2\": missing [%3], unexpected [%4]"_s.arg(
                        where, form, missing.join(u", "_s), extra.join(u", "_s)));
            }
        }
    }
    return problems;
}

QStringList tsFiles()
{
    return QDir(QStringLiteral(CB_TRANSLATIONS_DIR))
        .entryList({u"contactbridge_*.ts"_s}, QDir::Files, QDir::Name);
}

TsFile readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{}, {}, file.errorString()};
    }
    return parseTs(file.readAll());
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The checker itself finds what it must find.
    void checkerReportsProblems()
    {
        const QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de">
<context><name>Page</name>
<message><source>Open %1</source><translation type="unfinished"></translation></message>
<message><source>Copy %1 of %2</source><translation>%1 kopieren</translation></message>
<message numerus="yes"><source>%n item(s)</source><translation>
  <numerusform>%n Element</numerusform><numerusform></numerusform></translation></message>
<message numerus="yes"><source>%n run(s)</source><translation>
  <numerusform>ein Lauf</numerusform><numerusform>%n Läufe</numerusform></translation></message>
<message><source>Gone</source><translation type="vanished">Weg</translation></message>
<message><source>Fine %1</source><translation>Gut %1</translation></message>
</context></TS>)";
        const TsFile file = parseTs(ts);
        QCOMPARE(file.error, QString());
        QCOMPARE(file.language, u"de"_s);
        QCOMPARE(file.entries.size(), 6);
        const QStringList problems = problemsOf(u"x_de.ts"_s, file);
        QCOMPARE(problems.size(), 5);
        QVERIFY(problems.at(0).startsWith(u"x_de.ts:Page:Open %1 — unfinished"_s));
        QVERIFY(problems.at(1).contains(u"missing [%2]"_s));
        QVERIFY(problems.at(2).contains(u"empty translation"_s));
        QVERIFY(problems.at(3).contains(u"missing [%n]"_s));
        QVERIFY(problems.at(4).contains(u"obsolete"_s));
    }

    void languagesPresent()
    {
        const QStringList files = tsFiles();
        for (const QString &language : {u"de"_s, u"fr"_s, u"es"_s, u"en"_s}) {
            QVERIFY2(files.contains(u"contactbridge_%1.ts"_s.arg(language)),
                     qPrintable(files.join(u", "_s)));
        }
    }

    void complete_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const QString &name : tsFiles()) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    // Every entry is translated, every numerus form filled and every placeholder kept.
    void complete()
    {
        QFETCH(QString, fileName);
        const TsFile file = readTs(QDir(QStringLiteral(CB_TRANSLATIONS_DIR)).filePath(fileName));
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QVERIFY(!file.entries.isEmpty());
        QVERIFY2(fileName.endsWith(u'_' + file.language + u".ts"_s), qPrintable(file.language));
        const QStringList problems = problemsOf(fileName, file);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problem(s):\n"_s.arg(problems.size()) + problems.join(u'\n')));
        if (file.language == "en"_L1) {
            // English needs its plural forms only; everything else shows the source text.
            for (const Entry &e : file.entries) {
                QVERIFY2(e.numerus, qPrintable(describe(fileName, e)));
            }
        }
    }

    // lupdate over the sources adds nothing new to a copy of the .ts files and drops nothing:
    // the files hold exactly the texts the program shows.
    void upToDate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList translated;
        QStringList pluralOnly;
        for (const QString &name : tsFiles()) {
            const QString copy = dir.filePath(name);
            QVERIFY(QFile::copy(QDir(QStringLiteral(CB_TRANSLATIONS_DIR)).filePath(name), copy));
            (name == "contactbridge_en.ts"_L1 ? pluralOnly : translated).append(copy);
        }
        const QStringList options
            = QStringLiteral(CB_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
        const auto runLupdate = [&options](const QStringList &extra, const QStringList &ts) {
            QProcess lupdate;
            lupdate.setProcessChannelMode(QProcess::MergedChannels);
            lupdate.start(QStringLiteral(CB_LUPDATE),
                          options + extra
                              + QStringList {u"@"_s + QStringLiteral(CB_LUPDATE_SOURCES), u"-ts"_s}
                              + ts);
            const bool done = lupdate.waitForFinished(60000);
            return std::pair {done && lupdate.exitStatus() == QProcess::NormalExit
                                  && lupdate.exitCode() == 0,
                              QString::fromLocal8Bit(lupdate.readAll())};
        };
        for (const auto &[extra, ts] : {std::pair {QStringList {}, translated},
                                        std::pair {QStringList {u"-pluralonly"_s}, pluralOnly}}) {
            if (ts.isEmpty()) {
                continue;
            }
            const auto [ok, output] = runLupdate(extra, ts);
            QVERIFY2(ok, qPrintable(output));
        }

        QStringList problems;
        for (const QString &name : tsFiles()) {
            const TsFile before = readTs(QDir(QStringLiteral(CB_TRANSLATIONS_DIR)).filePath(name));
            const TsFile after = readTs(dir.filePath(name));
            QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
            QSet<QString> beforeKeys;
            for (const Entry &e : before.entries) {
                beforeKeys.insert(e.key());
            }
            QSet<QString> afterKeys;
            for (const Entry &e : after.entries) {
                afterKeys.insert(e.key());
                if (!beforeKeys.contains(e.key())) {
                    problems.append(describe(name, e) + u" — new text, not in the .ts file"_s);
                }
            }
            for (const Entry &e : before.entries) {
                if (!afterKeys.contains(e.key())) {
                    problems.append(describe(name, e) + u" — no longer in the sources"_s);
                }
            }
        }
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(u"The .ts files are out of date; run `cmake --build <build> --target "
                       "update_translations` and translate. %1 problem(s):\n"_s.arg(problems.size())
                       + problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
