// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/mappingfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Mapping {

namespace {

// A mapping is a few kilobytes; anything far larger is not one and is not read into memory.
constexpr qint64 maxFileSize = 4 * 1024 * 1024;

} // namespace

Result<Mapping> MappingFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {Error::Kind::Storage,
                      tr("The mapping file %1 cannot be read: %2")
                          .arg(QFileInfo(path).fileName(), file.errorString()),
                      u"open for reading failed"_s};
    }
    if (file.size() > maxFileSize) {
        return Error {
            Error::Kind::Validation,
            tr("The file %1 is too large to be a mapping.").arg(QFileInfo(path).fileName()),
            u"mapping file size %1"_s.arg(file.size())};
    }
    Result<Mapping> mapping = Mapping::fromJsonBytes(file.readAll());
    if (!mapping.ok()) {
        return Error {Error::Kind::Validation,
                      tr("The file %1 is not a valid mapping: %2")
                          .arg(QFileInfo(path).fileName(), mapping.error().message),
                      mapping.error().detail};
    }
    return mapping;
}

Status MappingFile::save(const Mapping &mapping, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {Error::Kind::Storage,
                      tr("The mapping cannot be written to %1: %2")
                          .arg(QFileInfo(path).fileName(), file.errorString()),
                      u"open for writing failed"_s};
    }
    file.write(mapping.toJsonBytes());
    if (!file.commit()) {
        return Error {Error::Kind::Storage,
                      tr("The mapping cannot be written to %1: %2")
                          .arg(QFileInfo(path).fileName(), file.errorString()),
                      u"commit failed"_s};
    }
    return success();
}

} // namespace Mapping
