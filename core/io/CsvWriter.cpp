#include "io/CsvWriter.h"

#include "domain/Money.h"
#include "io/TextCodec.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QTime>

using namespace Qt::StringLiterals;

namespace frontline::io {

namespace {
constexpr qsizetype kFlushAt = 1 << 20;

// Text a spreadsheet would evaluate: it starts with = + - @ (or a tab or CR, which some strip
// first) and is not merely a number or a phone number, which can call nothing.
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return false;
    if (first == u'+' || first == u'-') {
        bool digit = false;
        for (qsizetype i = 1; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isDigit() && c.unicode() < 0x80)
                digit = true;
            else if (c != u' ' && c != u'-' && c != u'.' && c != u',' && c != u'(' && c != u')')
                return true;
        }
        return !digit;
    }
    return true;
}
} // namespace

CsvWriter::CsvWriter(const CsvWriteOptions &options) : m_options(options) {}

CsvWriter::~CsvWriter()
{
    // QSaveFile discards its temporary file unless commit() was called.
    if (m_file && !m_finished)
        m_file->cancelWriting();
}

bool CsvWriter::open(const QString &path)
{
    m_path = path;
    m_encoder = TextEncoder::create(m_options.encoding);
    if (!m_encoder) {
        m_error = tr("Unknown text encoding \"%1\".").arg(QString::fromLatin1(m_options.encoding));
        return false;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_file->errorString());
        return false;
    }
    if (m_options.byteOrderMark)
        m_buffer = m_encoder->byteOrderMark();
    return true;
}

bool CsvWriter::hadEncodingErrors() const
{
    return m_encoder && m_encoder->hadErrors();
}

QString CsvWriter::fieldText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QString:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case QMetaType::QTime:
        return value.toTime().toString(u"HH:mm:ss"_s);
    case QMetaType::Bool:
        return value.toBool() ? u"TRUE"_s : u"FALSE"_s;
    default:
        return value.toString();
    }
}

bool CsvWriter::writeRow(const QList<QVariant> &cells)
{
    if (!m_file || m_finished) {
        if (m_error.isEmpty())
            m_error = tr("The file is not open for writing.");
        return false;
    }
    const QChar delimiter = m_options.delimiter;
    m_line.clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += delimiter;
        CellFormat format = formatOf(i);
        const QVariant cell = unwrap(cells.at(i), &format);
        QString text;
        if (m_rows > 0 && format == CellFormat::Fen && cell.typeId() != QMetaType::QString && cell.isValid())
            text = Money::plain(cell.toLongLong()); // exact, never through a double
        else
            text = fieldText(cell);
        if (m_options.neutralizeFormulas && cell.typeId() == QMetaType::QString && looksLikeFormula(text))
            text.prepend(u'\'');
        bool quote = false;
        for (const QChar c : text) {
            if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r') {
                quote = true;
                break;
            }
        }
        // Leading or trailing spaces survive a round trip through Excel only when quoted.
        if (!quote && !text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
            quote = true;
        if (quote) {
            m_line += u'"';
            for (const QChar c : text) {
                if (c == u'"')
                    m_line += u'"';
                m_line += c;
            }
            m_line += u'"';
        } else {
            m_line += text;
        }
    }
    m_line += m_options.crlf ? u"\r\n"_s : u"\n"_s;
    ++m_rows;
    m_encoder->encode(m_line, m_buffer);
    return m_buffer.size() < kFlushAt || flush();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return true;
    if (m_file->write(m_buffer) != m_buffer.size()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString());
        return false;
    }
    m_buffer.clear();
    return true;
}

bool CsvWriter::finish()
{
    if (!m_file || m_finished)
        return m_finished;
    if (!flush())
        return false;
    if (!m_file->commit()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString());
        return false;
    }
    m_finished = true;
    return true;
}

std::unique_ptr<TableWriter> createCsvWriter(const QString &path, const CsvWriteOptions &options,
                                             QString *error)
{
    auto writer = std::make_unique<CsvWriter>(options);
    if (!writer->open(path)) {
        if (error)
            *error = writer->errorString();
        return nullptr;
    }
    return writer;
}

} // namespace frontline::io
