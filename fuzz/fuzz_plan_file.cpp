// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A saved sync plan (Plan::load reads the file and hands the bytes to Plan::fromJson).
#include "fuzztargets.h"
#include "sync/plan.h"

int Fuzz::planFile(const std::uint8_t *data, std::size_t size)
{
    const Result<Sync::Plan> plan = Sync::Plan::fromJson(view(data, size));
    if (!plan.ok()) {
        return 0;
    }
    // A plan is applied exactly as saved: saving a loaded plan and loading it again must give
    // the same plan, item by item.
    const QByteArray saved = plan.value().toJson();
    const Result<Sync::Plan> again = Sync::Plan::fromJson(saved);
    require(again.ok(), "a saved plan loads again");
    require(again.value().toJson() == saved, "a plan survives save and load");
    require(again.value().items.size() == plan.value().items.size(), "no item is lost");
    const Sync::Plan &p = again.value();
    int byAction = 0;
    const QHash<Sync::PlanItem::Action, int> counts = p.counts();
    for (const int n : counts) {
        byAction += n;
    }
    require(byAction == p.items.size(), "the action counts cover every item");
    require(p.destructiveCount() <= p.writeCount(), "destructive items are writes");
    require(p.writeCount() <= p.items.size(), "no more writes than items");
    return 0;
}

CB_FUZZ_ENTRY(Fuzz::planFile)
