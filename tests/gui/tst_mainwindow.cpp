// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleIsContactBridge()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"ContactBridge"_s);
    }

    void aboutActionOpensAboutDialogWithVersion()
    {
        MainWindow window;
        window.show();
        auto *about = window.findChild<QAction *>(u"actionAbout"_s);
        QVERIFY(about);
        bool seen = false;
        // The dialog is modal: inspect and close it from inside its own event loop.
        QTimer::singleShot(0, &window, [&seen] {
            auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                auto *version = dialog->findChild<QLabel *>(u"versionLabel"_s);
                seen = version && version->text().contains(QStringLiteral(CB_VERSION));
                dialog->reject();
            }
        });
        about->trigger();
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
