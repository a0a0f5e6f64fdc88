// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace TestSupport {

QString sourceDir()
{
    return qEnvironmentVariable("CB_SOURCE_DIR", QDir::currentPath());
}

QString specsDir()
{
    return QDir(sourceDir()).absoluteFilePath(u"../shared/specs"_s);
}

bool servicesRequired()
{
    return qEnvironmentVariableIntValue("CB_REQUIRE_SERVICES") == 1;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace TestSupport
