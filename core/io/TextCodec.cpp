#include "io/TextCodec.h"

#include <QList>
#include <QStringConverter>
#include <QStringDecoder>
#include <QStringEncoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace frontline::io {

namespace {

// The GBK family: Chinese Excel on Windows saves "ANSI" text in code page 936. GB18030 decodes
// all of it (it is a superset), so every member reads through ICU's GB18030 converter.
bool isGbkAlias(const QByteArray &lower)
{
    static const QByteArray aliases[] = {"gbk",         "cp936",   "ms936",    "windows-936",
                                         "windows_936", "gb2312",  "euc-cn",   "euccn",
                                         "x-gbk",       "gb_2312", "csgb2312", "x-euc-cn"};
    return std::find(std::begin(aliases), std::end(aliases), lower) != std::end(aliases);
}

std::optional<QStringConverter::Encoding> qtEncoding(const QByteArray &canonical)
{
    if (canonical == "utf-8")
        return QStringConverter::Utf8;
    if (canonical == "utf-16le")
        return QStringConverter::Utf16LE;
    if (canonical == "utf-16be")
        return QStringConverter::Utf16BE;
    if (canonical == "utf-16")
        return QStringConverter::Utf16;
    if (canonical == "utf-32le")
        return QStringConverter::Utf32LE;
    if (canonical == "utf-32be")
        return QStringConverter::Utf32BE;
    if (canonical == "utf-32")
        return QStringConverter::Utf32;
    return std::nullopt;
}

// The name ICU opens for a canonical name.
QByteArray icuName(const QByteArray &canonical)
{
    if (canonical == "gbk")
        return "GB18030";
    return canonical;
}

struct IcuConverter
{
    UConverter *handle = nullptr;
    explicit IcuConverter(const QByteArray &name)
    {
        UErrorCode status = U_ZERO_ERROR;
        handle = ucnv_open(name.constData(), &status);
        if (U_FAILURE(status)) {
            ucnv_close(handle);
            handle = nullptr;
        }
    }
    ~IcuConverter() { ucnv_close(handle); }
    IcuConverter(const IcuConverter &) = delete;
    IcuConverter &operator=(const IcuConverter &) = delete;
};

// Substitutes like ICU's default callbacks, but remembers that it had to.
void U_CALLCONV toUnicodeCounting(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                                  int32_t length, UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason <= UCNV_IRREGULAR)
        ++*static_cast<qsizetype *>(const_cast<void *>(context));
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, err);
}

void U_CALLCONV fromUnicodeCounting(const void *context, UConverterFromUnicodeArgs *args,
                                    const UChar *codeUnits, int32_t length, UChar32 codePoint,
                                    UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason <= UCNV_IRREGULAR)
        ++*static_cast<qsizetype *>(const_cast<void *>(context));
    UCNV_FROM_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, codePoint, reason, err);
}

// How many bytes at the end of bytes begin a UTF-8 sequence that they do not complete (0..3).
qsizetype cutUtf8Tail(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, n); ++back) {
        const auto b = uchar(bytes[n - back]);
        if (b < 0x80)
            return 0;
        if (b < 0xC0)
            continue; // a continuation byte: the lead is further back
        const qsizetype length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return length > back ? back : 0;
    }
    return 0;
}

class QtDecoder final : public TextDecoder
{
public:
    // Qt 6.4's stateful UTF-8 decoder keeps the start of a sequence cut by the end of one call,
    // and when the next call does not continue it, swallows that call's first byte (a delimiter,
    // a line end) with the error. So UTF-8 goes through a stateless decoder that only ever gets
    // whole sequences: a sequence cut by the end of a chunk waits for the next one, and at the
    // end of the file its bytes become U+FFFD, one each, like every other invalid byte. An
    // initial BOM is not removed here: the reader has already skipped the file's own.
    explicit QtDecoder(QStringConverter::Encoding encoding)
        : m_decoder(encoding,
                    encoding == QStringConverter::Utf8
                        ? QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom
                        : QStringConverter::Flag::Default),
          m_utf8(encoding == QStringConverter::Utf8)
    {}
    void decode(QByteArrayView bytes, QString &out, bool last) override
    {
        QByteArray joined;
        if (m_utf8) {
            if (!m_pending.isEmpty()) {
                joined = m_pending + bytes;
                bytes = joined;
                m_pending.clear();
            }
            if (!last) {
                const qsizetype cut = cutUtf8Tail(bytes);
                m_pending = bytes.last(cut).toByteArray();
                bytes.chop(cut);
            }
        }
        const qsizetype old = out.size();
        out.resize(old + m_decoder.requiredSpace(bytes.size()) + 2);
        QChar *end = m_decoder.appendToBuffer(out.data() + old, bytes);
        out.resize(end - out.constData());
        // Other encodings: QStringDecoder has no flush; a sequence cut by the end of the file is
        // dropped.
        if (m_decoder.hasError())
            m_errors = true;
    }
    bool hadErrors() const override { return m_errors; }

private:
    QStringDecoder m_decoder;
    bool m_utf8;
    QByteArray m_pending; // UTF-8: the start of a sequence that the next call completes
    bool m_errors = false;
};

class IcuDecoder final : public TextDecoder
{
public:
    explicit IcuDecoder(const QByteArray &name) : m_converter(name)
    {
        if (m_converter.handle) {
            UErrorCode status = U_ZERO_ERROR;
            ucnv_setToUCallBack(m_converter.handle, toUnicodeCounting, &m_errors, nullptr, nullptr, &status);
        }
    }
    bool isValid() const { return m_converter.handle != nullptr; }
    void decode(QByteArrayView bytes, QString &out, bool last) override
    {
        const char *source = bytes.data();
        const char *sourceLimit = source + bytes.size();
        // Each byte gives at most one UTF-16 unit in every ICU converter but those with shift
        // states, which the loop below covers by growing.
        qsizetype room = bytes.size() + 16;
        for (;;) {
            const qsizetype old = out.size();
            out.resize(old + room);
            auto *target = reinterpret_cast<UChar *>(out.data() + old);
            UChar *const targetLimit = target + room;
            UErrorCode status = U_ZERO_ERROR;
            ucnv_toUnicode(m_converter.handle, &target, targetLimit, &source, sourceLimit, nullptr, last,
                           &status);
            out.resize(reinterpret_cast<QChar *>(target) - out.constData());
            if (status != U_BUFFER_OVERFLOW_ERROR) {
                if (U_FAILURE(status))
                    ++m_errors;
                return;
            }
            room = std::max<qsizetype>(room, sourceLimit - source + 16);
        }
    }
    bool hadErrors() const override { return m_errors > 0; }

private:
    IcuConverter m_converter;
    qsizetype m_errors = 0;
};

class QtEncoder final : public TextEncoder
{
public:
    explicit QtEncoder(QStringConverter::Encoding encoding)
        : m_encoding(encoding), m_encoder(encoding, QStringConverter::Flag::Stateless)
    {}
    void encode(QStringView text, QByteArray &out) override
    {
        if (m_encoding == QStringConverter::Utf8) {
            out.append(text.toUtf8());
            return;
        }
        const qsizetype old = out.size();
        out.resize(old + m_encoder.requiredSpace(text.size()));
        char *end = m_encoder.appendToBuffer(out.data() + old, text);
        out.resize(end - out.constData());
        if (m_encoder.hasError())
            m_errors = true;
    }
    bool hadErrors() const override { return m_errors; }
    QByteArray byteOrderMark() const override
    {
        switch (m_encoding) {
        case QStringConverter::Utf8:
            return QByteArray("\xEF\xBB\xBF");
        case QStringConverter::Utf16LE:
            return QByteArray("\xFF\xFE", 2);
        case QStringConverter::Utf16BE:
        case QStringConverter::Utf16:
            return QByteArray("\xFE\xFF", 2);
        case QStringConverter::Utf32LE:
            return QByteArray("\xFF\xFE\x00\x00", 4);
        case QStringConverter::Utf32BE:
        case QStringConverter::Utf32:
            return QByteArray("\x00\x00\xFE\xFF", 4);
        default:
            return {};
        }
    }

private:
    QStringConverter::Encoding m_encoding;
    QStringEncoder m_encoder;
    bool m_errors = false;
};

class IcuEncoder final : public TextEncoder
{
public:
    explicit IcuEncoder(const QByteArray &name) : m_converter(name)
    {
        if (m_converter.handle) {
            UErrorCode status = U_ZERO_ERROR;
            ucnv_setFromUCallBack(m_converter.handle, fromUnicodeCounting, &m_errors, nullptr, nullptr,
                                  &status);
        }
    }
    bool isValid() const { return m_converter.handle != nullptr; }
    void encode(QStringView text, QByteArray &out) override
    {
        auto *source = reinterpret_cast<const UChar *>(text.utf16());
        const UChar *sourceLimit = source + text.size();
        // Four bytes per UTF-16 unit is the most any ICU converter writes (GB18030, UTF-8).
        qsizetype room = text.size() * 4 + 16;
        for (;;) {
            const qsizetype old = out.size();
            out.resize(old + room);
            char *target = out.data() + old;
            char *const targetLimit = target + room;
            UErrorCode status = U_ZERO_ERROR;
            // flush: every call ends on a whole string, so nothing waits for the next one.
            ucnv_fromUnicode(m_converter.handle, &target, targetLimit, &source, sourceLimit, nullptr, true,
                             &status);
            out.resize(target - out.constData());
            if (status != U_BUFFER_OVERFLOW_ERROR) {
                if (U_FAILURE(status))
                    ++m_errors;
                return;
            }
        }
    }
    bool hadErrors() const override { return m_errors > 0; }
    QByteArray byteOrderMark() const override { return {}; }

private:
    IcuConverter m_converter;
    qsizetype m_errors = 0;
};

// How the sample reads as GBK/GB18030 byte sequences, without ICU: whether every sequence is
// well formed, and how many double-byte characters fall in the GB2312 area (both bytes ≥ 0xA1),
// where everyday Chinese lives. Latin-1 text that happens to be valid GBK pairs its high byte with
// an ASCII letter instead, and so scores near zero.
struct GbScan
{
    bool valid = true;
    qsizetype pairs = 0;
    qsizetype gb2312Pairs = 0;
    qsizetype fourByte = 0;
};

GbScan scanGb(QByteArrayView sample, bool atEnd)
{
    GbScan scan;
    const auto *p = reinterpret_cast<const uchar *>(sample.data());
    const qsizetype n = sample.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b == 0x80 || b == 0xFF) {
            scan.valid = false;
            return scan;
        }
        if (i + 1 >= n) {
            scan.valid = scan.valid && !atEnd;
            return scan;
        }
        const uchar t = p[i + 1];
        if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= n) {
                scan.valid = scan.valid && !atEnd;
                return scan;
            }
            if (p[i + 2] < 0x81 || p[i + 2] > 0xFE || p[i + 3] < 0x30 || p[i + 3] > 0x39) {
                scan.valid = false;
                return scan;
            }
            ++scan.fourByte;
            i += 4;
            continue;
        }
        if (t < 0x40 || t == 0x7F || t == 0xFF) {
            scan.valid = false;
            return scan;
        }
        ++scan.pairs;
        if (b >= 0xA1 && t >= 0xA1)
            ++scan.gb2312Pairs;
        i += 2;
    }
    return scan;
}

bool decodesCleanly(QByteArrayView sample, const QByteArray &icu, bool atEnd)
{
    IcuDecoder decoder(icu);
    if (!decoder.isValid())
        return false;
    QString text;
    decoder.decode(sample, text, atEnd);
    return !decoder.hadErrors();
}

struct Candidate
{
    QByteArray name;
    int confidence = 0;
};

QList<Candidate> icuCandidates(QByteArrayView sample)
{
    QList<Candidate> result;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status))
        return result;
    // ICU reads the whole text it is given; 64 KiB is plenty for its statistics.
    const auto length = int32_t(std::min<qsizetype>(sample.size(), 64 * 1024));
    ucsdet_setText(detector, sample.data(), length, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        const char *name = ucsdet_getName(matches[i], &status);
        const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_SUCCESS(status) && name)
            result.append({canonicalEncodingName(QByteArray(name)), int(confidence)});
    }
    ucsdet_close(detector);
    return result;
}

bool isCjkMultiByte(const QByteArray &name)
{
    return name == "big5" || name == "euc-kr" || name == "euc-jp" || name == "shift_jis" ||
           name == "iso-2022-jp" || name == "iso-2022-kr" || name == "iso-2022-cn";
}

} // namespace

QByteArray canonicalEncodingName(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    if (lower.isEmpty())
        return {};
    if (lower == "utf-8" || lower == "utf8")
        return "utf-8";
    if (lower == "utf-16le" || lower == "utf16le")
        return "utf-16le";
    if (lower == "utf-16be" || lower == "utf16be")
        return "utf-16be";
    if (lower == "utf-16" || lower == "utf16" || lower == "ucs-2" || lower == "unicode")
        return "utf-16";
    if (lower == "gb18030")
        return "gb18030";
    if (isGbkAlias(lower))
        return "gbk";
    // Anything else ICU knows, under its MIME (or IANA) name.
    UErrorCode status = U_ZERO_ERROR;
    const char *standard = ucnv_getStandardName(lower.constData(), "MIME", &status);
    if (!standard || U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        standard = ucnv_getStandardName(lower.constData(), "IANA", &status);
    }
    if (standard && U_SUCCESS(status))
        return QByteArray(standard).toLower();
    const IcuConverter probe(lower);
    return probe.handle ? lower : QByteArray();
}

bool isValidUtf8(QByteArrayView bytes, bool atEnd)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII runs eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length;
        uchar low = 0x80, high = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0; // overlong
            else if (b == 0xED)
                high = 0x9F; // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90;
            else if (b == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return !atEnd;
            const uchar c = p[i + k];
            if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
                return false;
        }
        i += length;
    }
    return true;
}

DetectedEncoding detectEncoding(QByteArrayView sample, bool atEnd)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {"utf-8", 3, 100};
    if (sample.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return {"utf-32le", 4, 100};
    if (sample.startsWith("\xFF\xFE"))
        return {"utf-16le", 2, 100};
    if (sample.startsWith("\xFE\xFF"))
        return {"utf-16be", 2, 100};
    if (sample.startsWith("\x84\x31\x95\x33"))
        return {"gb18030", 4, 100};

    // UTF-16 without a BOM: text files never hold NUL bytes otherwise, and the delimiters and
    // digits of a CSV put them on one side of each pair.
    qsizetype zeroEven = 0, zeroOdd = 0;
    const qsizetype scanned = std::min<qsizetype>(sample.size(), 64 * 1024) & ~qsizetype(1);
    for (qsizetype i = 0; i < scanned; i += 2) {
        zeroEven += sample[i] == 0;
        zeroOdd += sample[i + 1] == 0;
    }
    if (zeroEven + zeroOdd > 0) {
        const qsizetype pairs = scanned / 2;
        if (zeroOdd > 4 * zeroEven && zeroOdd * 20 >= pairs)
            return {"utf-16le", 0, 80};
        if (zeroEven > 4 * zeroOdd && zeroEven * 20 >= pairs)
            return {"utf-16be", 0, 80};
    }

    if (isValidUtf8(sample, atEnd))
        return {"utf-8", 0, 100};

    // Not UTF-8. Chinese Excel's "ANSI" is GBK; ICU's statistics alone miss it on a few short
    // lines of uncommon characters (where it prefers a Greek code page), so a sample that is
    // well-formed GB18030 made of GB2312 pairs is taken as such unless ICU is clearly surer of
    // another East Asian multi-byte encoding (Big5, EUC-KR and Shift_JIS bytes are often valid
    // GBK too).
    const QList<Candidate> candidates = icuCandidates(sample);
    const GbScan gb = scanGb(sample, atEnd);
    const bool plausibleGb = gb.valid && gb.pairs > 0 && gb.gb2312Pairs * 10 >= gb.pairs * 7;
    int gbConfidence = 0;
    for (const Candidate &c : candidates) {
        if (c.name == "gb18030")
            gbConfidence = std::max(gbConfidence, c.confidence);
    }
    for (const Candidate &c : candidates) {
        if (!isCjkMultiByte(c.name) || c.confidence < 50 || c.confidence < gbConfidence + 20)
            continue;
        if (decodesCleanly(sample, c.name, atEnd))
            return {c.name, 0, c.confidence};
    }
    if (plausibleGb)
        return {"gb18030", 0, std::max(gbConfidence, 60)};
    for (const Candidate &c : candidates) {
        // ICU names UTF-16 without a BOM at a token confidence for any input; handled above.
        if (c.name.startsWith("utf-16") || c.name.startsWith("utf-32") || c.name == "utf-8")
            continue;
        if (decodesCleanly(sample, c.name, atEnd))
            return {c.name, 0, c.confidence};
    }
    // Nothing fits: Windows-1252 decodes every byte, so at least nothing is lost on the way in.
    return {"windows-1252", 0, 0};
}

std::unique_ptr<TextDecoder> TextDecoder::create(const QByteArray &encoding)
{
    const QByteArray canonical = canonicalEncodingName(encoding);
    if (canonical.isEmpty())
        return nullptr;
    if (const auto qt = qtEncoding(canonical))
        return std::make_unique<QtDecoder>(*qt);
    auto decoder = std::make_unique<IcuDecoder>(icuName(canonical));
    if (!decoder->isValid())
        return nullptr;
    return decoder;
}

std::unique_ptr<TextEncoder> TextEncoder::create(const QByteArray &encoding)
{
    const QByteArray canonical = canonicalEncodingName(encoding);
    if (canonical.isEmpty())
        return nullptr;
    if (const auto qt = qtEncoding(canonical))
        return std::make_unique<QtEncoder>(*qt);
    // Writing "gbk" means GBK proper (code page 936) for programs that know no GB18030.
    auto encoder = std::make_unique<IcuEncoder>(canonical == "gbk" ? QByteArray("GBK") : canonical);
    if (!encoder->isValid())
        return nullptr;
    return encoder;
}

} // namespace frontline::io
