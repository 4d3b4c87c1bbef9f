#include "io/ZipArchive.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <unzip.h>
#include <zip.h>

#include <climits>

using namespace Qt::StringLiterals;

namespace frontline::io {

namespace {

// minizip's I/O through QFile: `filename` is a const QString *.
voidpf qfileOpen(voidpf, const void *filename, int mode)
{
    auto file = std::make_unique<QFile>(*static_cast<const QString *>(filename));
    QIODevice::OpenMode openMode;
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) == ZLIB_FILEFUNC_MODE_READ)
        openMode = QIODevice::ReadOnly;
    else if (mode & ZLIB_FILEFUNC_MODE_EXISTING)
        openMode = QIODevice::ReadWrite;
    else
        openMode = QIODevice::WriteOnly | QIODevice::Truncate;
    if (!file->open(openMode))
        return nullptr;
    return file.release();
}

uLong qfileRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 got = static_cast<QFile *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return got < 0 ? 0 : uLong(got);
}

uLong qfileWrite(voidpf, voidpf stream, const void *buffer, uLong size)
{
    const qint64 put = static_cast<QFile *>(stream)->write(static_cast<const char *>(buffer), qint64(size));
    return put < 0 ? 0 : uLong(put);
}

ZPOS64_T qfileTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile *>(stream)->pos());
}

long qfileSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<QFile *>(stream);
    qint64 position = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        position += file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        position += file->size();
    return file->seek(position) ? 0 : -1;
}

int qfileClose(voidpf, voidpf stream)
{
    delete static_cast<QFile *>(stream);
    return 0;
}

int qfileError(voidpf, voidpf stream)
{
    return static_cast<QFile *>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

zlib_filefunc64_def qfileFunctions()
{
    zlib_filefunc64_def functions{};
    functions.zopen64_file = qfileOpen;
    functions.zread_file = qfileRead;
    functions.zwrite_file = qfileWrite;
    functions.ztell64_file = qfileTell;
    functions.zseek64_file = qfileSeek;
    functions.zclose_file = qfileClose;
    functions.zerror_file = qfileError;
    return functions;
}

} // namespace

ZipEntry::ZipEntry(void *handle, qint64 size) : m_handle(handle), m_size(size) {}

ZipEntry::~ZipEntry()
{
    close();
}

void ZipEntry::close()
{
    if (isOpen()) {
        // Reports a CRC mismatch when the whole entry was read.
        if (unzCloseCurrentFile(m_handle) != UNZ_OK)
            m_intact = false;
    }
    QIODevice::close();
}

qint64 ZipEntry::readData(char *data, qint64 maxSize)
{
    const int got = unzReadCurrentFile(m_handle, data, unsigned(std::min<qint64>(maxSize, INT_MAX)));
    if (got < 0) {
        m_intact = false;
        setErrorString(ZipReader::tr("The compressed data is damaged (error %1).").arg(got));
        return -1;
    }
    m_read += got;
    return got;
}

ZipReader::ZipReader(const QString &path) : m_path(path) {}

ZipReader::~ZipReader()
{
    if (m_handle)
        unzClose(m_handle);
}

bool ZipReader::open()
{
    zlib_filefunc64_def functions = qfileFunctions();
    m_handle = unzOpen2_64(&m_path, &functions);
    if (!m_handle) {
        m_error = QFile::exists(m_path)
                      ? tr("%1 is not a zip archive or is damaged.").arg(QDir::toNativeSeparators(m_path))
                      : tr("%1 does not exist.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

QStringList ZipReader::entryNames() const
{
    QStringList names;
    if (!m_handle)
        return names;
    for (int status = unzGoToFirstFile(m_handle); status == UNZ_OK; status = unzGoToNextFile(m_handle)) {
        char name[1024];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_handle, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK)
            names.append((info.flag & (1 << 11)) ? QString::fromUtf8(name) : QString::fromLatin1(name));
    }
    return names;
}

std::unique_ptr<ZipEntry> ZipReader::openEntry(const QString &name)
{
    if (!m_handle)
        return nullptr;
    // 2: compare names without regard to case.
    if (unzLocateFile(m_handle, name.toUtf8().constData(), 2) != UNZ_OK)
        return nullptr;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_handle, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return nullptr;
    if (unzOpenCurrentFile(m_handle) != UNZ_OK) {
        m_error = tr("%1 in %2 cannot be read (encrypted or an unknown compression).")
                      .arg(name, QDir::toNativeSeparators(m_path));
        return nullptr;
    }
    std::unique_ptr<ZipEntry> entry(new ZipEntry(m_handle, qint64(info.uncompressed_size)));
    entry->open(QIODevice::ReadOnly);
    return entry;
}

ZipWriter::ZipWriter(const QString &path) : m_path(path) {}

ZipWriter::~ZipWriter()
{
    close();
}

bool ZipWriter::open()
{
    zlib_filefunc64_def functions = qfileFunctions();
    m_handle = zipOpen2_64(&m_path, APPEND_STATUS_CREATE, nullptr, &functions);
    return m_handle != nullptr;
}

bool ZipWriter::addEntry(const QString &name, const QByteArray &data)
{
    if (!m_handle)
        return false;
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date.tm_year = uInt(now.date().year());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_sec = uInt(now.time().second());
    // Bit 11: the name is UTF-8.
    if (zipOpenNewFileInZip4_64(m_handle, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL,
                                Z_DEFAULT_STRATEGY, nullptr, 0, 0, 1 << 11, 0) != ZIP_OK)
        return false;
    const bool written = zipWriteInFileInZip(m_handle, data.constData(), unsigned(data.size())) == ZIP_OK;
    return zipCloseFileInZip(m_handle) == ZIP_OK && written;
}

bool ZipWriter::close()
{
    if (!m_handle)
        return true;
    const bool ok = zipClose(m_handle, nullptr) == ZIP_OK;
    m_handle = nullptr;
    return ok;
}

} // namespace frontline::io
