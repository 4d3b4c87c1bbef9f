#include "io/CsvReader.h"

#include "io/TextCodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::io {

namespace {

// Bytes read and decoded at once: big enough that decoding runs at memory speed, small enough to
// keep the reader's footprint a few megabytes. The fuzz build (tests/fuzz) makes it tiny.
#ifndef FRONTLINE_CSV_CHUNK
#define FRONTLINE_CSV_CHUNK (1 << 20)
#endif
constexpr qsizetype kChunk = FRONTLINE_CSV_CHUNK;
// A record longer than this (in UTF-16 units) is an unclosed quote swallowing the file.
constexpr qsizetype kMaxRecord = qsizetype(64) << 20;

bool hasHighOrNulByte(QByteArrayView bytes, qsizetype *first = nullptr)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uchar(bytes[i]);
        if (b >= 0x80 || b == 0) {
            if (first)
                *first = i;
            return true;
        }
    }
    return false;
}

QByteArray readUpTo(QIODevice *device, qsizetype size)
{
    QByteArray result(size, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < size) {
        const qint64 got = device->read(result.data() + filled, size - filled);
        if (got <= 0)
            break;
        filled += got;
    }
    result.truncate(filled);
    return result;
}

// Puts text into a row's cell, reusing the QString already there when nobody else holds it: rows
// are read into the same SourceRow over and over, so in the usual case a cell costs no allocation.
void assignCell(QVariant &cell, const char16_t *text, qsizetype length)
{
    if (length == 0) {
        if (cell.isValid())
            cell = QVariant();
        return;
    }
    if (cell.typeId() == QMetaType::QString && cell.isDetached()) {
        // isDetached(): the variant's storage is this row's alone, so writing through constData()
        // (which, unlike data(), is inline) changes nothing anyone else sees.
        auto *string = const_cast<QString *>(static_cast<const QString *>(cell.constData()));
        if (string->isDetached()) {
            string->resize(length);
            memcpy(static_cast<void *>(string->data()), text, size_t(length) * sizeof(char16_t));
            return;
        }
    }
    cell = QVariant(QString(reinterpret_cast<const QChar *>(text), length));
}

} // namespace

CsvReader::CsvReader(const ReadOptions &options) : m_options(options) {}

CsvReader::~CsvReader() = default;

bool CsvReader::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file->errorString());
        return false;
    }
    m_device = std::move(file);
    return start(QFileInfo(path).fileName());
}

bool CsvReader::open(std::unique_ptr<QIODevice> device, const QString &displayName)
{
    m_device = std::move(device);
    if (!m_device || (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly))) {
        m_error = tr("Cannot open %1.").arg(displayName);
        return false;
    }
    return start(displayName);
}

bool CsvReader::start(const QString &displayName)
{
    m_name = displayName;
    m_size = m_device->isSequential() ? 0 : m_device->size();
    QByteArray head = readUpTo(m_device.get(), kChunk);
    const bool headIsAll = head.size() < kChunk;

    qsizetype bomLength = 0;
    if (m_options.encoding.isEmpty() || m_options.encoding.trimmed().toLower() == "auto") {
        DetectedEncoding detected = detectEncoding(head, headIsAll);
        qsizetype firstHigh = 0;
        if (!headIsAll && !hasHighOrNulByte(head) && !m_device->isSequential()) {
            // Plain ASCII so far says nothing: look for the first non-ASCII bytes further on and
            // judge by them, then come back.
            for (;;) {
                const QByteArray block = readUpTo(m_device.get(), kChunk);
                if (block.isEmpty())
                    break;
                if (hasHighOrNulByte(block, &firstHigh)) {
                    detected = detectEncoding(QByteArrayView(block).sliced(firstHigh), block.size() < kChunk);
                    break;
                }
            }
            if (!m_device->seek(head.size())) {
                m_error = tr("Cannot read %1: %2").arg(m_name, m_device->errorString());
                return false;
            }
        }
        m_encoding = detected.name;
        m_encodingConfidence = detected.confidence;
        bomLength = detected.bomLength;
    } else {
        m_encoding = canonicalEncodingName(m_options.encoding);
        if (m_encoding.isEmpty()) {
            m_error = tr("Unknown text encoding \"%1\".").arg(QString::fromLatin1(m_options.encoding));
            return false;
        }
        // A BOM of the encoding asked for is still not text.
        const DetectedEncoding atStart =
            detectEncoding(QByteArrayView(head).first(std::min<qsizetype>(head.size(), 4)), headIsAll);
        if (atStart.bomLength > 0 &&
            (atStart.name == m_encoding || (m_encoding == "utf-16" && atStart.name.startsWith("utf-16"))))
            bomLength = atStart.bomLength;
        if (m_encoding == "utf-16" && bomLength == 0)
            m_encoding = "utf-16le"; // Windows' "Unicode" without a BOM
        else if (m_encoding == "utf-16")
            m_encoding = atStart.name;
    }
    m_byteOrderMark = bomLength > 0;
    m_decoder = TextDecoder::create(m_encoding);
    if (!m_decoder) {
        m_error = tr("Unknown text encoding \"%1\".").arg(QString::fromLatin1(m_encoding));
        return false;
    }

    m_bytesRead = head.size();
    m_eof = headIsAll;
    m_text.reserve(kChunk + 1024);
    m_decoder->decode(QByteArrayView(head).sliced(bomLength), m_text, m_eof);
    m_charsDecoded = m_text.size();
    head = QByteArray();

    // Excel's own hint, "sep=;" alone on the first line, names the delimiter and is no record.
    if (m_text.size() >= 5 && m_text.startsWith(u"sep="_s) &&
        (m_text.size() == 5 || m_text.at(5) == u'\r' || m_text.at(5) == u'\n')) {
        if (m_options.delimiter.isNull())
            m_options.delimiter = m_text.at(4);
        m_pos = 5;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\r')
            ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
            ++m_pos;
        m_line = 2;
    }
    if (!m_options.delimiter.isNull()) {
        m_delimiter = m_options.delimiter;
    } else {
        m_delimiter =
            detectDelimiter(QStringView(m_text).first(std::min<qsizetype>(m_text.size(), 64 * 1024)),
                            m_eof && m_text.size() <= 64 * 1024);
    }
    return true;
}

QString CsvReader::format() const
{
    return u"csv"_s;
}

bool CsvReader::hadDecodingErrors() const
{
    return m_decoder && m_decoder->hadErrors();
}

double CsvReader::progress() const
{
    if (m_eof && m_pos >= m_text.size())
        return 1.0;
    if (m_size <= 0 || m_charsDecoded <= 0)
        return 0.0;
    // Bytes read less those whose text still waits in the buffer, at the average width so far.
    const double bytesPerChar = double(m_bytesRead) / double(m_charsDecoded);
    const double consumed = double(m_bytesRead) - double(m_text.size() - m_pos) * bytesPerChar;
    return std::clamp(consumed / double(m_size), 0.0, 1.0);
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_text.size() > kMaxRecord) {
        m_error = tr("%1, line %2: a quoted field is never closed (the record runs on for more than "
                     "%3 million characters).")
                      .arg(m_name)
                      .arg(m_line)
                      .arg(kMaxRecord / 1000000);
        return false;
    }
    // A record longer than a chunk reads twice as much each time, so reparsing it from its start
    // stays linear.
    const qsizetype want = std::max(kChunk, m_text.size());
    m_bytes.resize(want);
    const qint64 got = m_device->read(m_bytes.data(), want);
    if (got < 0) {
        m_error = tr("Cannot read %1: %2").arg(m_name, m_device->errorString());
        return false;
    }
    m_bytesRead += got;
    m_eof = got == 0 || (!m_device->isSequential() && m_device->atEnd());
    const qsizetype before = m_text.size();
    m_decoder->decode(QByteArrayView(m_bytes.constData(), got), m_text, m_eof);
    m_charsDecoded += m_text.size() - before;
    return true;
}

bool CsvReader::next(SourceRow &row)
{
    if (!m_error.isEmpty() || !m_decoder)
        return false;
    for (;;) {
        switch (parseRecord(row)) {
        case Parsed::Row:
            return true;
        case Parsed::Blank:
            continue;
        case Parsed::End:
            return false;
        case Parsed::NeedMore:
            if (!refill())
                return false;
            continue;
        }
    }
}

CsvReader::Parsed CsvReader::parseRecord(SourceRow &row)
{
    const auto *const data = reinterpret_cast<const char16_t *>(m_text.constData());
    const char16_t *const end = data + m_text.size();
    const char16_t *p = data + m_pos;
    if (p == end)
        return m_eof ? Parsed::End : Parsed::NeedMore;

    const char16_t delimiter = m_delimiter.unicode();
    const char16_t highestSpecial = std::max(delimiter, char16_t(u'\r'));
    const bool more = !m_eof; // text beyond the buffer may complete what is cut at its end
    qint64 lines = 0;
    bool anyValue = false;
    bool printable = false;
    qsizetype column = 0;
    row.hidden = false;
    // The row's cells, detached from any copy the caller kept once per record rather than per cell.
    QVariant *cells = row.cells.data();
    qsizetype reusable = row.cells.size();
    auto setCell = [&](const char16_t *text, qsizetype length) {
        // '=…, '+…, '-…, '@…: a formula neutralised by a CSV export (CsvWriteOptions::
        // neutralizeFormulas) reads back as it was written.
        if (length > 1 && text[0] == u'\'' &&
            (text[1] == u'=' || text[1] == u'+' || text[1] == u'-' || text[1] == u'@' || text[1] == u'\t' ||
             text[1] == u'\r')) {
            ++text;
            --length;
        }
        if (column < reusable) {
            assignCell(cells[column], text, length);
        } else {
            row.cells.append(length == 0 ? QVariant()
                                         : QVariant(QString(reinterpret_cast<const QChar *>(text), length)));
            cells = row.cells.data();
            reusable = row.cells.size();
        }
        anyValue = anyValue || length > 0;
        // A value starting with a printable ASCII character settles that the row is not blank.
        printable = printable || (length > 0 && text[0] > u' ' && text[0] < 0x7F);
        ++column;
    };

    for (;;) {
        // One field.
        if (p < end && *p == u'"') {
            ++p;
            m_field.truncate(0); // keeps the buffer, unlike clear()
            const char16_t *segment = p;
            for (;;) {
                while (p < end && *p != u'"') {
                    if (*p == u'\n' || (*p == u'\r' && (p + 1 == end || p[1] != u'\n')))
                        ++lines;
                    ++p;
                }
                if (p == end) {
                    if (more)
                        return Parsed::NeedMore;
                    // An unclosed quote at the end of the file: keep what is there.
                    m_field.append(reinterpret_cast<const QChar *>(segment), p - segment);
                    break;
                }
                if (p + 1 == end && more)
                    return Parsed::NeedMore; // a doubled quote may be cut in two
                if (p + 1 < end && p[1] == u'"') {
                    m_field.append(reinterpret_cast<const QChar *>(segment), p + 1 - segment);
                    p += 2;
                    segment = p;
                    continue;
                }
                m_field.append(reinterpret_cast<const QChar *>(segment), p - segment);
                ++p;
                break;
            }
            // Anything between the closing quote and the delimiter is kept, as Excel does.
            segment = p;
            while (p < end && *p != delimiter && *p != u'\n' && *p != u'\r')
                ++p;
            if (p == end && more)
                return Parsed::NeedMore;
            if (p != segment)
                m_field.append(reinterpret_cast<const QChar *>(segment), p - segment);
            setCell(reinterpret_cast<const char16_t *>(m_field.constData()), m_field.size());
        } else {
            const char16_t *start = p;
            for (;;) {
                // Most characters (digits and letters after ',', every CJK character) lie above
                // the delimiter and the line ends: one comparison each.
                while (p<end && * p> highestSpecial)
                    ++p;
                if (p == end)
                    break;
                const char16_t c = *p;
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                ++p;
            }
            if (p == end && more)
                return Parsed::NeedMore;
            setCell(start, p - start);
        }

        // After the field: a delimiter, a line end or the end of the file.
        if (p == end)
            break;
        if (*p == delimiter) {
            ++p;
            continue;
        }
        if (*p == u'\r') {
            if (p + 1 == end && more)
                return Parsed::NeedMore;
            ++p;
            if (p < end && *p == u'\n')
                ++p;
        } else {
            ++p; // '\n'
        }
        ++lines;
        break;
    }

    if (row.cells.size() > column)
        row.cells.resize(column);
    row.number = m_line;
    m_line += lines;
    m_pos = p - data;
    if (!anyValue || (!printable && row.isBlank()))
        return Parsed::Blank;
    return Parsed::Row;
}

QChar CsvReader::detectDelimiter(QStringView text, bool complete)
{
    static constexpr char16_t candidates[] = {u',', u'\t', u';', u'|'};
    constexpr int kRecords = 50;
    QChar best = u',';
    qsizetype bestScore = 0;
    int bestFields = 0;
    for (const char16_t delimiter : candidates) {
        // Field counts of the first records, quotes honoured as the parser honours them.
        QList<int> counts;
        int fields = 1;
        bool quoted = false, fieldStart = true, lineHasText = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < kRecords; ++i) {
            const char16_t c = text[i].unicode();
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"')
                        ++i;
                    else
                        quoted = false;
                }
                continue;
            }
            if (c == u'"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                lineHasText = true;
            } else if (c == delimiter) {
                ++fields;
                fieldStart = true;
                lineHasText = true;
            } else if (c == u'\n' || c == u'\r') {
                if (lineHasText)
                    counts.append(fields);
                fields = 1;
                fieldStart = true;
                lineHasText = false;
            } else {
                fieldStart = false;
                lineHasText = true;
            }
        }
        if (lineHasText && complete && counts.size() < kRecords)
            counts.append(fields);

        QHash<int, qsizetype> frequency;
        for (const int n : std::as_const(counts)) {
            if (n > 1)
                ++frequency[n];
        }
        qsizetype score = 0;
        int modeFields = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > score || (it.value() == score && it.key() > modeFields)) {
                score = it.value();
                modeFields = it.key();
            }
        }
        if (score > bestScore || (score == bestScore && score > 0 && modeFields > bestFields)) {
            best = QChar(delimiter);
            bestScore = score;
            bestFields = modeFields;
        }
    }
    return best;
}

} // namespace frontline::io
