// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV exporter: rows from the input, the document read back with a strict RFC 4180 reader
// written here (independent of CsvWriter), cell by cell.
//
// Layout: an options byte (bit 0 BOM, bit 1 neutralise formulas, bit 2 cells are raw UTF-16),
// then the cells: 0x1f ends a cell, 0x1e ends a row.
#include "fuzzinput.h"
#include "fuzztargets.h"
#include "util/csvwriter.h"

#include <QBuffer>
#include <QList>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

using Rows = QList<QList<QByteArray>>;

// RFC 4180: CRLF after every record, fields separated by commas, a quoted field may hold
// anything with its quotes doubled, an unquoted one no comma, quote, CR or LF.
std::optional<Rows> parseCsv(const QByteArray &doc)
{
    Rows rows;
    QList<QByteArray> row;
    qsizetype i = 0;
    while (i < doc.size()) {
        QByteArray field;
        if (doc.at(i) == '"') {
            for (++i;; ++i) {
                if (i >= doc.size()) {
                    return std::nullopt; // unterminated quote
                }
                if (doc.at(i) == '"') {
                    if (i + 1 < doc.size() && doc.at(i + 1) == '"') {
                        field.append('"');
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(doc.at(i));
            }
        } else {
            while (i < doc.size() && doc.at(i) != ',' && doc.at(i) != '\r') {
                if (doc.at(i) == '"' || doc.at(i) == '\n') {
                    return std::nullopt; // quote or bare LF in an unquoted field
                }
                field.append(doc.at(i++));
            }
        }
        row.append(field);
        if (i < doc.size() && doc.at(i) == ',') {
            ++i;
            continue;
        }
        if (i + 1 >= doc.size() || doc.at(i) != '\r' || doc.at(i + 1) != '\n') {
            return std::nullopt; // a record must end with CRLF
        }
        i += 2;
        rows.append(row);
        row.clear();
    }
    return rows;
}

// Spreadsheets run a cell starting with one of these as a formula.
bool formulaLead(const QByteArray &cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace

int Fuzz::csvWriter(const std::uint8_t *data, std::size_t size)
{
    FuzzInput in(data, size);
    const std::uint8_t options = in.byte();
    const bool bom = options & 0x01;
    const bool neutralise = options & 0x02;
    const bool utf16 = options & 0x04;
    QList<QStringList> rows;
    QStringList row;
    QByteArray cell;
    while (!in.atEnd()) {
        const char c = char(in.byte());
        if (c == '\x1f' || c == '\x1e') {
            row.append(FuzzInput::decode(cell, utf16));
            cell.clear();
            if (c == '\x1e') {
                rows.append(row);
                row.clear();
            }
        } else {
            cell.append(c);
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(FuzzInput::decode(cell, utf16));
        rows.append(row);
    }

    CsvWriter writer(CsvWriter::Options {bom, neutralise});
    for (const QStringList &r : rows) {
        writer.addRow(r);
    }
    require(writer.rowCount() == rows.size(), "every row is counted");
    QByteArray doc = writer.toBytes();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    require(writer.write(buffer).ok() && buffer.data() == doc, "write() gives toBytes()");
    if (bom) {
        require(doc.startsWith("\xEF\xBB\xBF"), "the document starts with the BOM");
        doc.remove(0, 3);
    }
    const std::optional<Rows> parsed = parseCsv(doc);
    require(parsed.has_value(), "the document is valid RFC 4180");
    require(parsed->size() == rows.size(), "the document has one record per row");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        // A row without cells is written as an empty line, which reads as one empty cell.
        const QStringList cells = rows.at(r).isEmpty() ? QStringList {QString()} : rows.at(r);
        const QList<QByteArray> &got = parsed->at(r);
        require(got.size() == cells.size(), "a record has as many fields as its row had cells");
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString &original = cells.at(c);
            const bool guarded = neutralise && CsvWriter::looksLikeFormula(original);
            const QByteArray expected = (guarded ? u'\'' + original : original).toUtf8();
            require(got.at(c) == expected, "a cell reads back as written");
            require(!neutralise || !formulaLead(got.at(c)),
                    "no cell can start a formula when neutralising");
        }
    }
    return 0;
}

CB_FUZZ_ENTRY(Fuzz::csvWriter)
