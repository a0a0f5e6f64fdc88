// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the store tests (LinkStore, RunStore, FailureStore, ConsentLedger,
// CursorStore).

#include "statedbtesthelpers.h"

// Verifies a Result or Status, evaluating the expression exactly once: store calls write, so
// a macro that evaluates its argument again for the failure text would run them twice.
#define STORE_VERIFY_OK(expression) CB_VERIFY_OK(expression)
