// CSV/TSV reader: RFC 4180 records (quoted fields with delimiters, doubled quotes and line breaks
// inside), any line ends (CRLF, LF, CR), the encoding detected (BOM, UTF-16, UTF-8, else GBK /
// GB18030 and the rest by ICU) or given, the delimiter detected among , TAB ; | or given.
// Streaming: the file is decoded a megabyte at a time, so memory stays flat on any size.
// A field of an apostrophe and a formula character ('=…, '+…, '-…, '@…) loses the apostrophe:
// that is how CSV exports neutralise formulas, and such a file must read back as it was.
#pragma once

#include "io/RowSource.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringView>

#include <memory>

namespace frontline::io {

class TextDecoder;

class CsvReader final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(frontline::io::CsvReader)

public:
    explicit CsvReader(const ReadOptions &options = {});
    ~CsvReader() override;

    // Opens the file and detects what was not given. False with errorString() on failure.
    bool open(const QString &path);
    // Reads from a device the reader takes over (a QBuffer in tests, a pipe); displayName names it
    // in messages.
    bool open(std::unique_ptr<QIODevice> device, const QString &displayName);

    // Rows whose every field is empty (blank lines, ",,,") are not returned; the row numbers of
    // those that are stay the lines on which they start.
    bool next(SourceRow &row) override;
    QString errorString() const override { return m_error; }
    double progress() const override;

    QString format() const override;
    QByteArray encoding() const override { return m_encoding; }
    bool hadByteOrderMark() const override { return m_byteOrderMark; }
    QChar delimiter() const override { return m_delimiter; }

    // How sure the detection was, 0..100 (100 for a BOM, valid UTF-8 or a given encoding).
    int encodingConfidence() const { return m_encodingConfidence; }
    // True once bytes were met that the encoding cannot decode (they read as U+FFFD).
    bool hadDecodingErrors() const;

    // The delimiter among , TAB ; | that splits the first records into the same number (> 1) of
    // fields most often; ',' when none does. complete: text is the whole file (else its last,
    // possibly cut record is ignored).
    static QChar detectDelimiter(QStringView text, bool complete);

private:
    enum class Parsed
    {
        Row,
        Blank,
        NeedMore,
        End
    };
    Parsed parseRecord(SourceRow &row);
    bool refill();
    bool start(const QString &displayName);

    ReadOptions m_options;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<TextDecoder> m_decoder;
    QString m_name;
    QString m_error;
    QByteArray m_encoding;
    QChar m_delimiter = u',';
    bool m_byteOrderMark = false;
    int m_encodingConfidence = 100;

    QByteArray m_bytes; // read buffer, reused
    QString m_text;     // decoded text not parsed yet starts at m_pos
    qsizetype m_pos = 0;
    QString m_field; // a quoted field being unquoted, reused
    bool m_eof = false;
    qint64 m_line = 1; // the line on which the record at m_pos starts
    qint64 m_size = 0;
    qint64 m_bytesRead = 0;
    qint64 m_charsDecoded = 0;
};

} // namespace frontline::io
