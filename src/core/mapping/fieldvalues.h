// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSharedData>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace Mapping {

// MailerLite field values by key, iterated in key order like QMap<QString, QString>, at a
// fraction of its memory: a plan holds one per contact (100,000 and more), and a map node per
// field cost about 100 bytes. The keys and the values are two sorted parallel lists; the Mapper
// hands every subscriber it maps the same key list, so a subscriber owns only its values.
// Copies share everything until one of them is changed. A plain value type, safe to copy
// across threads.
class FieldValues final
{
    struct Data : QSharedData
    {
        QStringList keys; // sorted (QString's operator<), no duplicates
        QStringList values; // values.at(i) belongs to keys.at(i)
    };

public:
    // Read-only: change values through insert().
    class const_iterator
    {
    public:
        const_iterator() = default;

        [[nodiscard]] const QString &key() const { return m_data->keys.at(m_index); }
        [[nodiscard]] const QString &value() const { return m_data->values.at(m_index); }
        const QString &operator*() const { return value(); }
        const QString *operator->() const { return &value(); }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++m_index;
            return before;
        }
        bool operator==(const const_iterator &other) const = default;

    private:
        friend class FieldValues;
        const_iterator(const Data *data, qsizetype index)
            : m_data(data)
            , m_index(index)
        { }

        const Data *m_data = nullptr;
        qsizetype m_index = 0;
    };
    using iterator = const_iterator;

    FieldValues() = default;
    FieldValues(std::initializer_list<std::pair<QString, QString>> values);
    // Implicit: links and the remote state keep their fields in maps.
    FieldValues(const QMap<QString, QString> &map); // NOLINT(google-explicit-constructor)
    // `sortedKeys` must be sorted and unique and as long as `values`; pass a list other
    // subscribers share to share its memory.
    FieldValues(QStringList sortedKeys, QStringList values);

    [[nodiscard]] qsizetype size() const { return d ? d->keys.size() : 0; }
    [[nodiscard]] bool isEmpty() const { return size() == 0; }
    [[nodiscard]] bool contains(const QString &key) const { return indexOf(key) >= 0; }
    [[nodiscard]] QString value(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] const_iterator constFind(const QString &key) const;
    // Sets the value of `key`, adding the key when it is new.
    void insert(const QString &key, const QString &value);
    // The keys in order; shared, so comparing two lists of the same origin is one pointer test.
    [[nodiscard]] QStringList keys() const { return d ? d->keys : QStringList(); }
    [[nodiscard]] QMap<QString, QString> toMap() const;
    // Implicit too, for the links and MailerLite inputs that keep maps (builds a map each time).
    operator QMap<QString, QString>() const
    {
        return toMap();
    } // NOLINT(google-explicit-constructor)

    [[nodiscard]] const_iterator begin() const { return {d.constData(), 0}; }
    [[nodiscard]] const_iterator end() const { return {d.constData(), size()}; }
    [[nodiscard]] const_iterator cbegin() const { return begin(); }
    [[nodiscard]] const_iterator cend() const { return end(); }
    [[nodiscard]] const_iterator constBegin() const { return begin(); }
    [[nodiscard]] const_iterator constEnd() const { return end(); }

    bool operator==(const FieldValues &other) const;
    bool operator!=(const FieldValues &other) const { return !(*this == other); }

private:
    [[nodiscard]] qsizetype indexOf(const QString &key) const;

    QSharedDataPointer<Data> d; // null when empty
};

} // namespace Mapping
