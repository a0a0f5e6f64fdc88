// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logging.h"

Q_LOGGING_CATEGORY(lcApp, "cb.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "cb.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiGhl, "cb.api.ghl", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiMailerLite, "cb.api.mailerlite", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "cb.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "cb.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "cb.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMapping, "cb.mapping", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMirror, "cb.mirror", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchedule, "cb.schedule", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "cb.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "cb.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWebhook, "cb.webhook", QtInfoMsg)
