// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlscript.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

enum class State { Code, SingleQuote, DoubleQuote, Backtick, Bracket, LineComment, BlockComment };

// A trigger body holds its own semicolons; the statement only ends at "END;" (the same rule
// sqlite3_complete() applies).
bool isOpenTrigger(const QString &statement)
{
    static const QRegularExpression trigger(u"^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(u"\\bEND\\s*$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch() && !end.match(statement).hasMatch();
}

void flush(QString &current, QStringList &statements)
{
    const QString statement = current.trimmed();
    if (!statement.isEmpty()) {
        statements.append(statement);
    }
    current.clear();
}

// Where a quoted run that started with `open` ends.
QChar closingQuote(State state)
{
    switch (state) {
    case State::SingleQuote:
        return u'\'';
    case State::DoubleQuote:
        return u'"';
    case State::Backtick:
        return u'`';
    case State::Bracket:
        return u']';
    default:
        return {};
    }
}

} // namespace

Result<QStringList> splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    State state = State::Code;
    const qsizetype size = script.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < size ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'-' && next == u'-') {
                state = State::LineComment;
                ++i;
                current += u' ';
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
                current += u' ';
            } else if (c == u';' && !isOpenTrigger(current)) {
                flush(current, statements);
            } else {
                current += c;
                if (c == u'\'') {
                    state = State::SingleQuote;
                } else if (c == u'"') {
                    state = State::DoubleQuote;
                } else if (c == u'`') {
                    state = State::Backtick;
                } else if (c == u'[') {
                    state = State::Bracket;
                }
            }
            break;
        case State::LineComment:
            if (c == u'\n') {
                state = State::Code;
                current += c;
            }
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                ++i;
            }
            break;
        default:
            // Inside quotes. A doubled quote ('it''s') leaves and re-enters the state.
            current += c;
            if (c == closingQuote(state)) {
                state = State::Code;
            }
            break;
        }
    }
    if (state != State::Code && state != State::LineComment) {
        return Error {Error::Kind::Internal,
                      QCoreApplication::translate("Store::StateDatabase",
                                                  "A database script of this ContactBridge "
                                                  "build is damaged."),
                      u"unterminated quote or comment at the end of an SQL script"_s};
    }
    flush(current, statements);
    return statements;
}

} // namespace Store
