// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/notesdigest.h"

#include "mapping/textutil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mapping {

namespace {

// Tags that do not separate words ("a<b>b</b>c" reads "abc"); every other tag acts as a space.
constexpr QLatin1StringView inlineTags[] = {
    "a"_L1,     "abbr"_L1, "b"_L1,      "code"_L1, "em"_L1,  "font"_L1, "i"_L1, "mark"_L1,
    "small"_L1, "span"_L1, "strong"_L1, "sub"_L1,  "sup"_L1, "u"_L1,    "s"_L1,
};

struct Entity
{
    QLatin1StringView name;
    char16_t character;
};

constexpr Entity entities[] = {
    {"amp"_L1, u'&'},   {"lt"_L1, u'<'},   {"gt"_L1, u'>'},   {"quot"_L1, u'"'},
    {"apos"_L1, u'\''}, {"nbsp"_L1, u' '}, {"#39"_L1, u'\''},
};

// Appends `c`, collapsing runs of whitespace into one space.
void put(QString &out, QChar c, bool &pendingSpace)
{
    if (c.isSpace()) {
        pendingSpace = !out.isEmpty();
        return;
    }
    if (pendingSpace) {
        out += u' ';
        pendingSpace = false;
    }
    out += c;
}

// Reads an entity at `pos` ("&amp;"); returns its length or 0 when it is not one.
qsizetype decodeEntity(QStringView text, qsizetype pos, QChar *decoded)
{
    const qsizetype end = text.indexOf(u';', pos);
    if (end < 0 || end - pos > 10) {
        return 0;
    }
    const QStringView name = text.mid(pos + 1, end - pos - 1);
    for (const Entity &e : entities) {
        if (name == e.name) {
            *decoded = QChar(e.character);
            return end - pos + 1;
        }
    }
    if (name.size() > 1 && name.front() == u'#') {
        bool ok = false;
        const bool hex = name.at(1) == u'x' || name.at(1) == u'X';
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        // Only BMP characters other than NUL; anything else stays literal text.
        if (ok && code > 0 && code < 0xD800) {
            *decoded = QChar(static_cast<char16_t>(code));
            return end - pos + 1;
        }
    }
    return 0;
}

} // namespace

QString NotesDigest::plainText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    bool pendingSpace = false;
    const QStringView text(html);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool tagStart = c == u'<' && i + 1 < text.size()
            && (text.at(i + 1).isLetter() || text.at(i + 1) == u'/' || text.at(i + 1) == u'!');
        if (tagStart) {
            const qsizetype close = text.indexOf(u'>', i);
            if (close < 0) {
                break; // an unterminated tag: drop the rest rather than show markup
            }
            const QStringView tag = text.mid(i + 1, close - i - 1);
            const qsizetype nameStart = tag.front() == u'/' ? 1 : 0;
            qsizetype nameEnd = nameStart;
            while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber()) {
                ++nameEnd;
            }
            const QStringView name = tag.mid(nameStart, nameEnd - nameStart);
            // Script and style bodies are code, not text.
            if (name.compare(u"script"_s, Qt::CaseInsensitive) == 0
                || name.compare(u"style"_s, Qt::CaseInsensitive) == 0) {
                if (tag.front() != u'/') {
                    const qsizetype endTag = text.indexOf(QString(u"</"_s + name.toString()), close,
                                                          Qt::CaseInsensitive);
                    i = endTag < 0 ? text.size() : text.indexOf(u'>', endTag);
                    if (i < 0) {
                        i = text.size();
                    }
                    put(out, u' ', pendingSpace);
                    continue;
                }
            }
            const bool isInline = std::any_of(
                std::begin(inlineTags), std::end(inlineTags),
                [name](QLatin1StringView t) { return name.compare(t, Qt::CaseInsensitive) == 0; });
            if (!isInline) {
                put(out, u' ', pendingSpace);
            }
            i = close;
            continue;
        }
        QChar decoded;
        if (c == u'&') {
            if (const qsizetype length = decodeEntity(text, i, &decoded)) {
                put(out, decoded, pendingSpace);
                i += length - 1;
                continue;
            }
        }
        put(out, c, pendingSpace);
    }
    return out;
}

QString NotesDigest::build(const QList<Ghl::Note> &notes, int latest, int maxLength)
{
    if (notes.isEmpty() || latest <= 0 || maxLength <= 0) {
        return {};
    }
    QList<const Ghl::Note *> order;
    order.reserve(notes.size());
    for (const Ghl::Note &note : notes) {
        order.append(&note);
    }
    // Newest first; undated notes last; equal dates by id so the digest is stable.
    std::sort(order.begin(), order.end(), [](const Ghl::Note *a, const Ghl::Note *b) {
        if (a->dateAdded.isValid() != b->dateAdded.isValid()) {
            return a->dateAdded.isValid();
        }
        if (a->dateAdded != b->dateAdded) {
            return a->dateAdded > b->dateAdded;
        }
        return a->id < b->id;
    });
    QString digest;
    int taken = 0;
    for (const Ghl::Note *note : std::as_const(order)) {
        if (taken == latest || digest.size() >= maxLength) {
            break;
        }
        QString text = plainText(note->body);
        if (text.isEmpty()) {
            text = plainText(note->title);
        }
        if (text.isEmpty()) {
            continue;
        }
        if (!digest.isEmpty()) {
            digest += u'\n';
        }
        if (note->dateAdded.isValid()) {
            digest += note->dateAdded.toUTC().date().toString(Qt::ISODate) % u": "_s;
        }
        digest += text;
        ++taken;
    }
    return TextUtil::truncateGraphemes(digest, maxLength);
}

} // namespace Mapping
