// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PlanModel's overrides: which ones the sync rules allow, editing, marking and counting them.
#include "planmodel.h"

#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;
using Sync::PlanItem;
using Action = Sync::PlanItem::Action;

namespace {

// The planner gives a payload hash only to the unsubscribe of a contact with email
// do-not-disturb (what the link stores afterwards); departures (mirror mode, email change)
// carry none. Skipping the former would leave an opted-out person subscribed.
bool isConsentUnsubscribe(const PlanItem &item)
{
    return item.action == Action::Unsubscribe && !item.payloadHash.isEmpty();
}

// Translucent tints, so the marking works on light and dark palettes alike.
QColor tintOf(PlanItem::Override value)
{
    return value == PlanItem::Override::Skip ? QColor(128, 128, 128, 70) : QColor(255, 160, 0, 70);
}

} // namespace

QVariant PlanModel::decoration(const PlanItem &item, int column, int role) const
{
    if (item.override == PlanItem::Override::None) {
        return {};
    }
    if (role == Qt::BackgroundRole) {
        return tintOf(item.override);
    }
    // Skipped rows read as struck out of the plan; the override itself stands out in bold.
    QFont font;
    font.setStrikeOut(item.override == PlanItem::Override::Skip && column != OverrideColumn);
    font.setBold(column == OverrideColumn);
    return font;
}

void PlanModel::setEditable(bool editable)
{
    // Views ask flags() when an edit starts, so no signal is needed for the change.
    m_editable = editable;
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() != OverrideColumn || !m_editable) {
        return f;
    }
    const PlanItem &item = m_rows.at(size_t(index.row()));
    // Editable when there is a choice: either override is possible, or one is set to clear.
    if (item.override != PlanItem::Override::None
        || overrideRefusal(item, PlanItem::Override::Skip).isEmpty()
        || overrideRefusal(item, PlanItem::Override::Force).isEmpty()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != OverrideColumn || (role != Qt::EditRole && role != OverrideRole)) {
        return false;
    }
    bool ok = false;
    const int raw = value.toInt(&ok);
    if (!ok || raw < int(PlanItem::Override::None) || raw > int(PlanItem::Override::Force)) {
        return false;
    }
    const OverrideChange change = setOverride({index.row()}, static_cast<PlanItem::Override>(raw));
    return change.refused == 0;
}

PlanModel::OverrideChange PlanModel::setOverride(const QList<int> &rows, Override value)
{
    OverrideChange change;
    if (!m_editable) {
        change.refused = int(rows.size());
        change.refusal = tr("The plan can no longer be changed: it is being applied or was "
                            "applied already.");
        return change;
    }
    int first = int(m_rows.size());
    int last = -1;
    for (const int row : rows) {
        if (row < 0 || row >= int(m_rows.size())) {
            continue;
        }
        PlanItem &item = m_rows[size_t(row)];
        if (item.override == value) {
            continue;
        }
        const QString refusal = overrideRefusal(item, value);
        if (!refusal.isEmpty()) {
            if (change.refused++ == 0) {
                change.refusal = refusal;
            }
            continue;
        }
        item.override = value;
        ++change.changed;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (change.changed > 0) {
        // One signal for the span: a multi-selection is usually a contiguous block.
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        Q_EMIT overridesChanged();
    }
    return change;
}

int PlanModel::overrideCount(Override value) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [value](const PlanItem &i) { return i.override == value; }));
}

bool PlanModel::copyOverridesTo(Sync::Plan &plan) const
{
    if (plan.items.size() != qsizetype(m_rows.size())) {
        return false;
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const PlanItem &own = m_rows[i];
        const PlanItem &other = plan.items.at(qsizetype(i));
        if (own.action != other.action || own.contactId != other.contactId
            || own.email != other.email) {
            return false;
        }
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        plan.items[qsizetype(i)].override = m_rows[i].override;
    }
    return true;
}

QString PlanModel::overrideText(Override value)
{
    switch (value) {
    case PlanItem::Override::None:
        return {};
    case PlanItem::Override::Skip:
        return tr("Skipped");
    case PlanItem::Override::Force:
        return tr("Forced");
    }
    return {};
}

QString PlanModel::overrideRefusal(const PlanItem &item, Override value)
{
    switch (value) {
    case PlanItem::Override::None:
        return {};
    case PlanItem::Override::Skip:
        if (!item.isWrite()) {
            return tr("Nothing is sent for this record anyway.");
        }
        if (isConsentUnsubscribe(item)) {
            return tr("Cannot skip: the contact has email do-not-disturb in GoHighLevel, and the "
                      "consent rules require unsubscribing them in MailerLite.");
        }
        return {};
    case PlanItem::Override::Force:
        break;
    }
    switch (item.action) {
    case Action::SkipUnchanged:
        return {};
    case Action::Create:
    case Action::Update:
    case Action::Unsubscribe:
    case Action::RemoveFromGroups:
        return tr("This record is sent anyway: forcing it changes nothing.");
    case Action::SkipInvalid:
        return tr("Cannot force: MailerLite would refuse this record. Fix it in GoHighLevel "
                  "first.");
    case Action::BlockedByConsent:
        if (item.typeBefore.isEmpty()) {
            return tr("Cannot force: the contact has email do-not-disturb in GoHighLevel, and "
                      "the consent rules never add such a contact to MailerLite.");
        }
        return tr("Cannot force: the subscriber is %1 in MailerLite. The consent rules make such "
                  "a subscriber active again only when the profile allows resubscribing and the "
                  "contact has no email do-not-disturb; then Preview plans the resubscribe "
                  "itself.")
            .arg(item.typeBefore);
    case Action::Duplicate:
        return tr("Cannot force: another GoHighLevel contact with the same email is synced to "
                  "this subscriber.");
    }
    return {};
}

QString PlanModel::overrideToolTip(const PlanItem &item) const
{
    QString state;
    switch (item.override) {
    case PlanItem::Override::None:
        state = item.willApply() ? tr("Sent as planned.") : tr("Not sent, as planned.");
        break;
    case PlanItem::Override::Skip:
        state = tr("Skipped by you: not sent in this run.");
        break;
    case PlanItem::Override::Force:
        state = tr("Forced by you: sent again although nothing changed.");
        break;
    }
    QStringList lines {state};
    for (const Override value : {PlanItem::Override::Skip, PlanItem::Override::Force}) {
        if (value == item.override) {
            continue;
        }
        const QString refusal = overrideRefusal(item, value);
        lines.append(refusal.isEmpty() ? tr("%1: possible.").arg(overrideActionText(value))
                                       : tr("%1: %2").arg(overrideActionText(value), refusal));
    }
    return lines.join(u'\n');
}

QString PlanModel::overrideActionText(Override value)
{
    switch (value) {
    case PlanItem::Override::None:
        return tr("As planned");
    case PlanItem::Override::Skip:
        return tr("Skip");
    case PlanItem::Override::Force:
        return tr("Force");
    }
    return {};
}
