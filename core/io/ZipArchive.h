// Zip archives (the container of XLSX workbooks) through minizip, the zip library that
// libxlsxwriter links as well. Not QuaZip: Debian's libquazip exports minizip's C functions
// (zipOpen, unzOpen2_64…) from its own, changed copy, so a process that loads both QuaZip and
// libxlsxwriter calls one library's zip functions with the other's structures and crashes.
// Files go through QFile (minizip's I/O callbacks), so Unicode paths work on every platform.
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace frontline::io {

class ZipReader;

// One entry of an archive being read: a sequential device that inflates as it is read. Only
// one entry of a ZipReader can be open at a time.
class ZipEntry final : public QIODevice
{
public:
    ~ZipEntry() override;
    bool isSequential() const override { return true; }
    void close() override;
    qint64 uncompressedSize() const { return m_size; }
    qint64 bytesRead() const { return m_read; }
    // False once the entry was damaged (inflate error, or a CRC mismatch found by close()).
    bool isIntact() const { return m_intact; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    friend class ZipReader;
    explicit ZipEntry(void *handle, qint64 size);
    void *m_handle;
    qint64 m_size;
    qint64 m_read = 0;
    bool m_intact = true;
};

class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(frontline::io::ZipReader)

public:
    explicit ZipReader(const QString &path);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // False when the file cannot be read or is no zip archive.
    bool open();
    QString errorString() const { return m_error; }
    QStringList entryNames() const;
    // The entry of that name (ASCII case ignored, as Excel does), or null when there is none.
    std::unique_ptr<ZipEntry> openEntry(const QString &name);

private:
    QString m_path;
    QString m_error;
    void *m_handle = nullptr;
};

// Writes a zip archive entry by entry (deflated). Used by tests to build workbooks from XML.
class ZipWriter
{
public:
    explicit ZipWriter(const QString &path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool open();
    bool addEntry(const QString &name, const QByteArray &data);
    bool close();

private:
    QString m_path;
    void *m_handle = nullptr;
};

} // namespace frontline::io
