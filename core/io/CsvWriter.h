// CSV writer for rejects files and exports: the encoding the user's input came in (GB18030 for
// Chinese Excel, UTF-8 with a BOM so that Excel shows Chinese text, UTF-16), quotes only where a
// field needs them, CRLF line ends. Written to a temporary file renamed over the target by
// finish(), so a failed or cancelled export never leaves half a file behind.
#pragma once

#include "io/TableWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace frontline::io {

class TextEncoder;

class CsvWriter final : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(frontline::io::CsvWriter)

public:
    explicit CsvWriter(const CsvWriteOptions &options = {});
    ~CsvWriter() override;

    bool open(const QString &path);
    bool writeRow(const QList<QVariant> &cells) override;
    bool finish() override;
    QString errorString() const override { return m_error; }

    // True once a character had no equivalent in the encoding (written as a substitute).
    bool hadEncodingErrors() const;
    // One value as the writer puts it in a field, before quoting: ISO dates, shortest doubles.
    static QString fieldText(const QVariant &value);

private:
    bool flush();

    CsvWriteOptions m_options;
    QString m_path;
    QString m_error;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<TextEncoder> m_encoder;
    QString m_line;
    QByteArray m_buffer;
    qint64 m_rows = 0; // written so far; the first is the header
    bool m_finished = false;
};

} // namespace frontline::io
