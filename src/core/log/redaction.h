// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Removes credentials from text that is about to be logged or exported: Authorization and
// X-MailerLite-ApiKey header values, OAuth tokens and client secrets in JSON or form bodies,
// GHL Private Integration Tokens and API keys in query strings.
// A last line of defence: code should not try to log secrets in the first place.
namespace Redaction {

inline constexpr auto Mask = "[redacted]";

[[nodiscard]] QString redact(const QString &text);
[[nodiscard]] QByteArray redact(const QByteArray &text);

} // namespace Redaction
