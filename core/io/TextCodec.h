// Text encodings for the CSV reader and writer: detection of what a file was saved in (BOM,
// UTF-16 without BOM, valid UTF-8, else ICU's charset detector biased towards Chinese Excel's
// GBK/GB18030) and streaming converters. UTF encodings go through QStringConverter (fast, SIMD);
// everything else through ICU's ucnv, because QStringConverter knows legacy code pages only when
// Qt itself was built with ICU, which Qt for Windows is not.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <memory>

namespace frontline::io {

struct DetectedEncoding
{
    QByteArray name;         // lower-case canonical name: "utf-8", "utf-16le", "gb18030", "big5"…
    qsizetype bomLength = 0; // bytes of byte-order mark at the start of the sample
    int confidence = 100;    // 0..100; 100 for a BOM or valid UTF-8
};

// The canonical lower-case name of an encoding the user typed or ICU answered ("UTF8" → "utf-8",
// "GB18030" → "gb18030", "cp936" and "gb2312" → "gbk"); empty when neither Qt nor ICU knows it.
QByteArray canonicalEncodingName(const QByteArray &name);

// Detects the encoding of the start of a text file. atEnd: the sample is the whole file, so a
// multi-byte sequence cut at its end is an error rather than the sample's boundary.
DetectedEncoding detectEncoding(QByteArrayView sample, bool atEnd);

// True when the bytes are valid UTF-8 (a sequence cut by the end of the sample counts as valid
// unless atEnd).
bool isValidUtf8(QByteArrayView bytes, bool atEnd);

// Streaming bytes → UTF-16. Keeps the state of a character split between two calls.
class TextDecoder
{
public:
    static std::unique_ptr<TextDecoder> create(const QByteArray &encoding);
    virtual ~TextDecoder() = default;
    // Appends the decoded text of bytes to out. last: no more bytes follow (flushes, and a cut
    // sequence becomes U+FFFD).
    virtual void decode(QByteArrayView bytes, QString &out, bool last) = 0;
    // True once a byte sequence was invalid in the encoding (replaced by U+FFFD or a substitute).
    virtual bool hadErrors() const = 0;
};

// Streaming UTF-16 → bytes. Characters the encoding cannot represent become a substitute ('?' or
// the encoding's own) and set hadErrors().
class TextEncoder
{
public:
    static std::unique_ptr<TextEncoder> create(const QByteArray &encoding);
    virtual ~TextEncoder() = default;
    virtual void encode(QStringView text, QByteArray &out) = 0;
    virtual bool hadErrors() const = 0;
    // The byte-order mark of this encoding ("" for non-Unicode encodings).
    virtual QByteArray byteOrderMark() const = 0;
};

} // namespace frontline::io
