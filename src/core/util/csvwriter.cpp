// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/csvwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

// The UTF-8 byte order mark. Excel needs it to read UTF-8 instead of the system code page.
constexpr char utf8Bom[] = "\xEF\xBB\xBF";

Error writeError(const QString &path, const QString &reason)
{
    return Error {
        Error::Kind::Storage,
        CsvWriter::tr("Cannot write the file %1: %2").arg(QDir::toNativeSeparators(path), reason),
        u"csv save %1: %2"_s.arg(path, reason), 0};
}

} // namespace

bool CsvWriter::looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::encodeCell(const QString &cell, bool neutraliseFormulas)
{
    QString text = neutraliseFormulas && looksLikeFormula(cell) ? u'\'' + cell : cell;
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\r')
        || text.contains(u'\n');
    if (!needsQuotes) {
        return text;
    }
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList encoded;
    encoded.reserve(cells.size());
    for (const QString &cell : cells) {
        encoded.append(encodeCell(cell, m_options.neutraliseFormulas));
    }
    m_text += encoded.join(u',');
    m_text += u"\r\n"_s;
    ++m_rows;
}

QByteArray CsvWriter::toBytes() const
{
    QByteArray bytes;
    if (m_options.byteOrderMark) {
        bytes.append(utf8Bom);
    }
    bytes.append(m_text.toUtf8());
    return bytes;
}

Status CsvWriter::write(QIODevice &device) const
{
    const QByteArray bytes = toBytes();
    const qint64 written = device.write(bytes);
    if (written != bytes.size()) {
        return Error {Error::Kind::Storage, tr("The file could not be written completely."),
                      u"csv write: %1 of %2 bytes: %3"_s.arg(written)
                          .arg(bytes.size())
                          .arg(device.errorString()),
                      0};
    }
    return success();
}

Status CsvWriter::save(const QString &path) const
{
    if (path.isEmpty()) {
        return writeError(path, tr("no file name was given"));
    }
    if (QFileInfo(path).isDir()) {
        return writeError(path, tr("it is a folder"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return writeError(path, file.errorString());
    }
    if (const Status written = write(file); !written.ok()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeError(path, reason.isEmpty() ? written.error().message : reason);
    }
    // commit() flushes and syncs; a full disk often shows only here.
    if (!file.commit()) {
        return writeError(path, file.errorString());
    }
    return success();
}
