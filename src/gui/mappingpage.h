// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class MappingEditor;
class MappingTableModel;
class ProfileSession;

namespace Ui {
class MappingPage;
}

// The open profile's mapping: the drag-and-drop editor, and a read-only summary of the saved
// rules (field rules with their transforms, notes and tasks digests, tag -> group rules and the
// mapping's options; the default mapping when the profile has none). Lives in the GUI thread.
class MappingPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MappingPage(ProfileSession &session, QWidget *parent = nullptr);
    ~MappingPage() override;

    // Reads the mapping of the open profile again.
    void reload();

    [[nodiscard]] MappingTableModel *model() const { return m_model; }
    [[nodiscard]] MappingEditor *editor() const { return m_editor; }

private:
    void clearPage();

    ProfileSession &m_session;
    const std::unique_ptr<Ui::MappingPage> m_ui;
    MappingTableModel *m_model = nullptr;
    MappingEditor *m_editor = nullptr;
};
