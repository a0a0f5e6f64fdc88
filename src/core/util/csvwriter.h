// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QIODevice;

// Builds a CSV document (RFC 4180: comma separated, CRLF line ends, fields quoted when they
// hold a comma, a quote, CR or LF, quotes doubled) in UTF-8, optionally with a byte order mark
// so spreadsheet programs detect the encoding. Cells that a spreadsheet would run as a formula
// (starting with =, +, -, @, tab or CR) get a leading apostrophe, so an exported value from a
// remote system cannot execute anything when the file is opened. save() writes atomically: the
// target is replaced only when every byte reached the disk. A plain value, any thread.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    struct Options
    {
        bool byteOrderMark = false;
        bool neutraliseFormulas = true;
    };

    CsvWriter() = default;
    explicit CsvWriter(Options options)
        : m_options(options)
    { }

    void addRow(const QStringList &cells);
    [[nodiscard]] int rowCount() const { return m_rows; }

    // The whole document, BOM included when asked for.
    [[nodiscard]] QByteArray toBytes() const;
    // Writes the document to an open device; a short or failed write is an error.
    [[nodiscard]] Status write(QIODevice &device) const;
    // Writes the document to `path` through a temporary file that replaces the target on
    // success only; a previous file stays untouched on any error (read-only place, full disk).
    [[nodiscard]] Status save(const QString &path) const;

    // One cell as it appears in the file (neutralised when asked, then quoted if needed).
    [[nodiscard]] static QString encodeCell(const QString &cell, bool neutraliseFormulas = true);
    // Whether a spreadsheet could take `cell` for a formula.
    [[nodiscard]] static bool looksLikeFormula(const QString &cell);

private:
    Options m_options;
    QString m_text;
    int m_rows = 0;
};
