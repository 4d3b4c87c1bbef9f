// libFuzzer target: the CSV reader (core/io/CsvReader) and the charset detection it relies on
// (core/io/TextCodec) on arbitrary bytes.
//
// Input: byte 0 picks the encoding (detected or given) and the delimiter (detected or given),
// byte 1 how many bytes a pipe hands out per read; the rest is the file. Besides "no crash, no
// leak, no undefined behaviour", it checks what must hold for every file:
//   - a detected encoding is one the decoder can open, so detection never fails a file;
//   - isValidUtf8() agrees with Qt's UTF-8 decoder;
//   - row numbers grow, progress stays within 0..1;
//   - a file read through a pipe in small pieces gives exactly the rows of the same file read
//     from a buffer (chunk boundaries change nothing; the fuzz build reads 64-byte chunks).
#include "io/CsvReader.h"
#include "io/TextCodec.h"

#include <QBuffer>
#include <QStringDecoder>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace frontline::io;

namespace {

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_csv: invariant broken: %s\n", what);
    std::abort();
}

// A pipe: sequential, hands out at most `step` bytes per read, 0 only at the end.
class TricklingDevice final : public QIODevice
{
public:
    TricklingDevice(QByteArray data, qint64 step) : m_data(std::move(data)), m_step(std::max<qint64>(step, 1))
    {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

struct ReadResult
{
    bool opened = false;
    QByteArray encoding;
    QChar delimiter;
    QList<qint64> numbers;
    QList<QStringList> rows;
    QString error;
};

ReadResult readAll(CsvReader &reader, std::unique_ptr<QIODevice> device)
{
    ReadResult result;
    result.opened = reader.open(std::move(device), QStringLiteral("fuzz.csv"));
    if (!result.opened) {
        result.error = reader.errorString();
        return result;
    }
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    SourceRow row;
    qint64 last = 0;
    while (reader.next(row)) {
        if (row.number <= last)
            fail("row numbers must grow");
        last = row.number;
        const double progress = reader.progress();
        if (!(progress >= 0.0 && progress <= 1.0))
            fail("progress outside 0..1");
        QStringList cells;
        for (qsizetype i = 0; i < row.cells.size(); ++i)
            cells << row.text(i);
        if (row.isBlank())
            fail("a blank row was returned");
        result.numbers << row.number;
        result.rows << cells;
    }
    result.error = reader.errorString();
    return result;
}

// A row as ASCII, everything else as \uXXXX, for the report of a difference.
QByteArray escaped(const QStringList &cells)
{
    QByteArray out;
    for (const QChar c : cells.join(u'|'))
        out += c.unicode() >= 0x20 && c.unicode() < 0x7f ? QByteArray(1, char(c.unicode()))
                                                         : "\\u" + QByteArray::number(c.unicode(), 16);
    return out;
}

void checkUtf8Validation(QByteArrayView bytes)
{
    const bool complete = isValidUtf8(bytes, true);
    if (complete && !isValidUtf8(bytes, false))
        fail("valid UTF-8 at the end of a file but not in the middle of one");
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (complete == decoder.hasError())
        fail("isValidUtf8() disagrees with Qt's UTF-8 decoder");
}

void checkDetection(QByteArrayView bytes)
{
    for (const bool atEnd : {true, false}) {
        const DetectedEncoding detected = detectEncoding(bytes, atEnd);
        if (detected.name.isEmpty() || !TextDecoder::create(detected.name))
            fail("detectEncoding() named an encoding the decoder cannot open");
        if (detected.bomLength < 0 || detected.bomLength > bytes.size())
            fail("byte-order mark longer than the sample");
        if (detected.confidence < 0 || detected.confidence > 100)
            fail("confidence outside 0..100");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const char *const encodings[] = {"auto",     "utf-8", "gbk",          "utf-16",
                                            "utf-16be", "big5",  "windows-1252", "gb18030"};
    static const char16_t delimiters[] = {0, u',', u'\t', u';', u'|', 0, 0, 0};
    ReadOptions options;
    options.encoding = encodings[data[0] & 7];
    if (const char16_t d = delimiters[(data[0] >> 3) & 7])
        options.delimiter = QChar(d);
    const qint64 step = 1 + data[1] % 97;
    const QByteArray file(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    checkUtf8Validation(file);
    checkDetection(file);

    CsvReader buffered(options);
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(file);
    const ReadResult whole = readAll(buffered, std::move(buffer));
    if (!whole.opened && options.encoding == "auto")
        fail("a file with a detected encoding could not be opened");

    CsvReader piped(options);
    const ReadResult pieces = readAll(piped, std::make_unique<TricklingDevice>(file, step));
    if (whole.opened != pieces.opened)
        fail("a pipe and a buffer disagree on opening the file");
    // A buffer lets auto-detection look beyond the first chunk (and come back); a pipe does not,
    // so only a given encoding must give the same text both ways.
    if (whole.opened && options.encoding != "auto") {
        if (whole.encoding != pieces.encoding || whole.delimiter != pieces.delimiter)
            fail("a pipe and a buffer disagree on encoding or delimiter");
        if (whole.rows != pieces.rows || whole.numbers != pieces.numbers) {
            for (qsizetype i = 0; i < std::max(whole.rows.size(), pieces.rows.size()); ++i) {
                if (whole.rows.value(i) != pieces.rows.value(i) ||
                    whole.numbers.value(i) != pieces.numbers.value(i)) {
                    std::fprintf(stderr, "row %lld: buffer line %lld [%s], pipe line %lld [%s]\n",
                                 qlonglong(i), whole.numbers.value(i),
                                 escaped(whole.rows.value(i)).constData(), pieces.numbers.value(i),
                                 escaped(pieces.rows.value(i)).constData());
                    break;
                }
            }
            fail("a pipe read in small pieces gives other rows than a buffer");
        }
    }
    return 0;
}
