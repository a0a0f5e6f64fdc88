// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Helpers shared by the test programs.
namespace TestSupport {

// The source tree (for fixtures and specs), from CB_SOURCE_DIR set by ctest.
[[nodiscard]] QString sourceDir();
// ../shared/specs next to the checkout.
[[nodiscard]] QString specsDir();
// True under `./dev test` and CI, where every service a test needs must be present: a test
// that would skip for a missing service fails instead.
[[nodiscard]] bool servicesRequired();

} // namespace TestSupport
