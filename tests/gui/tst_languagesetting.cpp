// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagesetting.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestLanguageSetting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_qmDir.isValid());
        // Keep the user's real settings out of reach.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"ContactBridgeTest"_s);
        QCoreApplication::setApplicationName(u"tst_languagesetting"_s);
        // The real catalogues, compiled the way the build compiles them.
        for (const QString &language : {u"de"_s, u"en"_s}) {
            const QString name = u"contactbridge_%1"_s.arg(language);
            QProcess lrelease;
            lrelease.setProcessChannelMode(QProcess::MergedChannels);
            lrelease.start(QStringLiteral(CB_LRELEASE),
                           {QDir(QStringLiteral(CB_TRANSLATIONS_DIR)).filePath(name + u".ts"_s),
                            u"-qm"_s, m_qmDir.filePath(name + u".qm"_s)});
            QVERIFY(lrelease.waitForFinished(30000));
            QVERIFY2(lrelease.exitCode() == 0, lrelease.readAll().constData());
        }
    }

    void cleanup()
    {
        QSettings().clear();
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }

    void offersSystemDefaultAndFourLanguages()
    {
        const QList<LanguageSetting::Choice> choices = LanguageSetting::choices();
        QStringList codes;
        for (const LanguageSetting::Choice &c : choices) {
            codes.append(c.code);
            QVERIFY(!c.name.isEmpty());
        }
        QCOMPARE(codes, QStringList({QString(), u"en"_s, u"de"_s, u"fr"_s, u"es"_s}));
    }

    void storesOnlyOfferedLanguages()
    {
        QSettings settings;
        QCOMPARE(LanguageSetting::stored(settings), QString());
        LanguageSetting::store(settings, u"fr"_s);
        QCOMPARE(LanguageSetting::stored(settings), u"fr"_s);
        settings.setValue(QLatin1StringView(LanguageSetting::SettingsKey), u"xx"_s);
        QCOMPARE(LanguageSetting::stored(settings), QString());
        LanguageSetting::store(settings, QString());
        QVERIFY(!settings.contains(QLatin1StringView(LanguageSetting::SettingsKey)));
    }

    void commandLineWinsOverStoredOverSystem()
    {
        QCOMPARE(LanguageSetting::effectiveLocale(u"es"_s, u"de"_s).language(), QLocale::Spanish);
        QCOMPARE(LanguageSetting::effectiveLocale(QString(), u"de"_s).language(), QLocale::German);
        QCOMPARE(LanguageSetting::effectiveLocale(QString(), QString()), QLocale::system());
    }

    void comboBoxShowsAndStoresTheChoice()
    {
        QSettings().setValue(QLatin1StringView(LanguageSetting::SettingsKey), u"de"_s);
        QComboBox box;
        LanguageSetting::attach(box);
        QCOMPARE(box.count(), 5);
        QCOMPARE(box.currentData().toString(), u"de"_s);
        box.setCurrentIndex(box.findData(u"es"_s));
        QCOMPARE(LanguageSetting::stored(QSettings()), u"es"_s);
        box.setCurrentIndex(0);
        QCOMPARE(LanguageSetting::stored(QSettings()), QString());
    }

    void installsTheChosenLanguage()
    {
        const QString loaded = LanguageSetting::install(*qApp, QLocale(u"de_AT"_s), m_qmDir.path());
        QVERIFY2(loaded.endsWith(u"contactbridge_de.qm"_s), qPrintable(loaded));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("SettingsDialog", "&Language:"), u"&Sprache:"_s);
        QCOMPARE(QCoreApplication::translate("FailuresPage", "%n failure(s) listed", nullptr, 2),
                 u"2 Fehler aufgelistet"_s);
    }

    // A language without a translation shows English, with proper English plurals.
    void fallsBackToEnglishPlurals()
    {
        const QString loaded = LanguageSetting::install(*qApp, QLocale(u"ja"_s), m_qmDir.path());
        QVERIFY2(loaded.endsWith(u"contactbridge_en.qm"_s), qPrintable(loaded));
        QCOMPARE(QCoreApplication::translate("FailuresPage", "%n failure(s) listed", nullptr, 1),
                 u"1 failure listed"_s);
        QCOMPARE(QCoreApplication::translate("FailuresPage", "%n failure(s) listed", nullptr, 3),
                 u"3 failures listed"_s);
        QCOMPARE(QCoreApplication::translate("SettingsDialog", "&Language:"), u"&Language:"_s);
    }

    void noCatalogueLeavesTheSourceTexts()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        QCOMPARE(LanguageSetting::install(*qApp, QLocale(u"de"_s), empty.path()), QString());
        QCOMPARE(QCoreApplication::translate("SettingsDialog", "&Language:"), u"&Language:"_s);
    }

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_qmDir;
};

QTEST_MAIN(TestLanguageSetting)
#include "tst_languagesetting.moc"
