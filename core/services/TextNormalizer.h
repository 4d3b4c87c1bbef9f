// Text normalisation shared by entry, search, duplicate matching and import: NFKC (full-width
// letters, digits and punctuation to half-width, ideographic spaces to spaces), keys for
// comparing names, and pinyin (full and initials) for search with a Latin keyboard.
#pragma once

#include <QString>
#include <QStringList>

namespace frontline {

class TextNormalizer
{
public:
    // NFKC plus trimmed and inner whitespace runs folded to one space.
    static QString clean(const QString &text);
    // The key two names are "the same" by: NFKC, case-folded, without whitespace, punctuation
    // or symbols. "北京华联（集团） 有限公司" and "北京华联(集团)有限公司" share a key.
    static QString nameKey(const QString &text);

    struct Pinyin
    {
        QStringList syllables; // one entry per Han character or Latin/digit run: "bei", "jing", "abc"
        QString full;          // "beijinghualian"
        QString initials;      // "bjhl" (Latin/digit runs kept whole: "ABC科技" → "abckj")
    };
    // Pinyin of text through ICU's Han-Latin transliteration, accents removed, lower-case.
    static Pinyin pinyin(const QString &text);

    // The FTS4 document for a searchable record: every CJK character as its own token (so a
    // phrase query finds any run of characters), pinyin and initials from every syllable on
    // (so "hualian" and "hl" find 北京华联), and extra words as they are (phones, codes).
    static QString searchDocument(const QStringList &texts, const QStringList &words = {});
    // The FTS4 MATCH expression for what the user typed; empty when there is nothing to search.
    static QString searchQuery(const QString &typed);

    // A binary key that sorts names in Chinese (pinyin) order with numbers in numeric order
    // (ICU collation, zh locale). Stored beside a name so ORDER BY needs no collation callback.
    static QByteArray sortKey(const QString &text);

    static bool isHan(char32_t c);
};

} // namespace frontline
