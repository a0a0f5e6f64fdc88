// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>

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

} // namespace TestSupport
