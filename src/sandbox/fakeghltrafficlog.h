// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpexchange.h"

#include <QFile>

namespace Sandbox {

// Appends every exchange of the fake GHL to a JSON-lines file, for the OpenAPI contract check
// (tests/contract/validate_ghl_traffic.py). One line per exchange: method, path, template, query,
// request headers without Authorization, request and response bodies (parsed JSON when they are
// JSON), status. Lives in the server's thread.
class FakeGhlTrafficLog final
{
public:
    // Opens `path` for appending; an empty path stops recording. False if it cannot be opened.
    bool open(const QString &path);
    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    void record(const HttpRequest &request, const HttpResponse &response);

private:
    QFile m_file;
};

} // namespace Sandbox
