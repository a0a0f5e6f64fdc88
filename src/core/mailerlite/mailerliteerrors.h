// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

namespace Api {
class ApiCall;
}

namespace MailerLite {

// Replaces the HTTP layer's generic message with one a MailerLite admin can act on, keeping the
// kind, the status and the technical detail.
[[nodiscard]] Error explainError(const Error &error, const Api::ApiCall &call);

} // namespace MailerLite
