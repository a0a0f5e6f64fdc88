// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Mapping::MailerLiteLimits {

// MailerLite Classic does not document a TEXT field length limit. 255 characters is INFERRED
// (a VARCHAR(255)-style column is the common assumption, see MAILERLITE-CLASSIC-API.md §8.1);
// counted in UTF-16 units, which never undercounts characters. Change it here only.
constexpr int textLength = 255;

// The local part of an address may have at most 64 octets (RFC 5321 §4.5.3.1.1).
constexpr int emailLocalPartLength = 64;

// A whole address may have at most 254 characters (RFC 5321 path limit minus the brackets).
constexpr int emailLength = 254;

} // namespace Mapping::MailerLiteLimits
