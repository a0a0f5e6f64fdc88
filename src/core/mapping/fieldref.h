// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QJsonObject>

#include <optional>

namespace Mapping {

// Where a mapped value comes from on the GHL side: a standard contact field, a custom field, the
// presence of a tag, or a digest of the contact's notes or tasks (MailerLite has neither, so
// they travel as bounded text in custom fields). A plain value type, any thread.
class FieldRef final
{
public:
    enum class Kind {
        Standard,
        Custom,
        Tag, // true when the contact carries the tag (case-insensitive)
        NotesDigest, // latest N notes as "YYYY-MM-DD: text" lines
        OpenTaskCount, // number of tasks not completed
        NextDueTask, // "title (YYYY-MM-DD)" of the earliest open task with a due date
    };
    enum class Standard {
        FirstName,
        LastName,
        FullName,
        Email,
        Phone,
        CompanyName,
        Address1,
        City,
        State,
        Country,
        PostalCode,
        Website,
        Timezone,
        Source,
        Type,
        DateOfBirth,
        DateAdded,
        DateUpdated,
    };

    FieldRef() = default;
    static FieldRef standard(Standard field);
    // `fieldKey` ("contact.company_size") and `name` are kept for display and to find the
    // field again when its id is unknown (a hand-written file may give only the key).
    static FieldRef custom(const QString &id, const QString &fieldKey = {},
                           const QString &name = {});
    static FieldRef tag(const QString &tagName);
    // 0 for `latest` or `maxLength` means "the mapping's default".
    static FieldRef notesDigest(int latest = 0, int maxLength = 0);
    static FieldRef openTaskCount();
    static FieldRef nextDueTask();

    [[nodiscard]] static Result<FieldRef> fromJson(const QJsonObject &object, const QString &path);
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] Standard standardField() const { return m_standard; }
    [[nodiscard]] const QString &customId() const { return m_id; }
    [[nodiscard]] const QString &customKey() const { return m_key; }
    [[nodiscard]] const QString &customName() const { return m_name; }
    [[nodiscard]] const QString &tagName() const { return m_name; }
    [[nodiscard]] int latest() const { return m_latest; }
    [[nodiscard]] int maxLength() const { return m_maxLength; }
    // Short label for lists and error messages: "firstName", "Company Size", "tag: vip".
    [[nodiscard]] QString displayName() const;

    [[nodiscard]] static QString standardName(Standard field);
    [[nodiscard]] static std::optional<Standard> standardFromName(const QString &name);

    bool operator==(const FieldRef &other) const = default;

private:
    Kind m_kind = Kind::Standard;
    Standard m_standard = Standard::Email;
    QString m_id;
    QString m_key;
    QString m_name; // custom field name or tag name
    int m_latest = 0;
    int m_maxLength = 0;
};

} // namespace Mapping
