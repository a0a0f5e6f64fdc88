// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// Helpers shared by the test programs.
namespace TestSupport {

// The source tree (for fixtures and specs), from CB_SOURCE_DIR set by ctest.
[[nodiscard]] QString sourceDir();
// ../shared/specs next to the checkout.
[[nodiscard]] QString specsDir();
// True under `./dev test` and CI, where every service a test needs must be present: a test
// that would skip for a missing service fails instead.
[[nodiscard]] bool servicesRequired();
// A TCP port on 127.0.0.1 that was free a moment ago, for a server whose address a peer must
// know before it starts (webhook URLs). 0 when none could be found.
[[nodiscard]] quint16 freeLoopbackPort();

} // namespace TestSupport
