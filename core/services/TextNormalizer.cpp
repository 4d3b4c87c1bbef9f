#include "TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/coll.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

// ICU transliterators are not thread-safe: one per thread, created on first use. Results are
// cached per character, which is what makes pinyin for 100,000 names cheap.
class HanToLatin
{
public:
    QString syllable(char32_t c)
    {
        const auto it = m_cache.constFind(c);
        if (it != m_cache.cend())
            return *it;
        QString result;
        if (ensure()) {
            icu::UnicodeString text(static_cast<UChar32>(c));
            m_transliterator->transliterate(text);
            std::string utf8;
            text.toUTF8String(utf8);
            result = QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toLower().trimmed();
            result.remove(u' ');
        }
        m_cache.insert(c, result);
        return result;
    }

private:
    bool ensure()
    {
        if (m_transliterator)
            return true;
        if (m_failed)
            return false;
        UErrorCode status = U_ZERO_ERROR;
        m_transliterator.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !m_transliterator) {
            m_transliterator.reset();
            m_failed = true;
            qWarning("ICU Han-Latin transliteration is unavailable: %s", u_errorName(status));
            return false;
        }
        return true;
    }

    std::unique_ptr<icu::Transliterator> m_transliterator;
    QHash<char32_t, QString> m_cache;
    bool m_failed = false;
};

HanToLatin &hanToLatin()
{
    thread_local HanToLatin instance;
    return instance;
}

bool isCjkPunctuationOrSymbol(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F);
}

} // namespace

QByteArray TextNormalizer::sortKey(const QString &text)
{
    thread_local std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("zh", "CN"), status));
        if (U_FAILURE(status))
            return std::unique_ptr<icu::Collator>();
        c->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
        c->setStrength(icu::Collator::SECONDARY); // case-insensitive
        return c;
    }();
    const QString cleaned = clean(text);
    if (!collator)
        return cleaned.toUtf8();
    const icu::UnicodeString source(reinterpret_cast<const UChar *>(cleaned.utf16()),
                                    int32_t(cleaned.size()));
    QByteArray key(64, Qt::Uninitialized);
    int32_t needed =
        collator->getSortKey(source, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = collator->getSortKey(source, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    key.resize(std::max(0, needed - 1)); // without the terminating zero
    return key;
}

bool TextNormalizer::isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

QString TextNormalizer::clean(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString TextNormalizer::nameKey(const QString &text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(normalized.size());
    for (const char32_t c : normalized.toUcs4()) {
        if (QChar::isSpace(c) || QChar::isPunct(c) || QChar::isSymbol(c) || isCjkPunctuationOrSymbol(c))
            continue;
        key += QString::fromUcs4(&c, 1);
    }
    return key;
}

TextNormalizer::Pinyin TextNormalizer::pinyin(const QString &text)
{
    Pinyin result;
    QString run; // a run of Latin letters and digits
    const auto flushRun = [&] {
        if (!run.isEmpty()) {
            result.syllables << run;
            result.full += run;
            result.initials += run;
            run.clear();
        }
    };
    const QString normalized = text.normalized(QString::NormalizationForm_KC).toLower();
    for (const char32_t c : normalized.toUcs4()) {
        if (isHan(c)) {
            flushRun();
            const QString syllable = hanToLatin().syllable(c);
            if (syllable.isEmpty())
                continue;
            result.syllables << syllable;
            result.full += syllable;
            result.initials += syllable.at(0);
        } else if (c < 0x80 && QChar::isLetterOrNumber(c)) {
            run += QChar(char16_t(c));
        } else {
            flushRun();
        }
    }
    flushRun();
    return result;
}

QString TextNormalizer::searchDocument(const QStringList &texts, const QStringList &words)
{
    // Characters keep their order and repeats (phrase queries need them adjacent: 上海海隆);
    // derived words (pinyin, initials, phones) are listed once, after all the text.
    QStringList characters;
    QStringList tokens;
    for (const QString &text : texts) {
        if (text.isEmpty())
            continue;
        const QString normalized = text.normalized(QString::NormalizationForm_KC).toLower();
        // Characters: CJK one by one, Latin and digit runs whole.
        QString run;
        for (const char32_t c : normalized.toUcs4()) {
            if (isHan(c)) {
                if (!run.isEmpty())
                    characters << std::exchange(run, QString());
                characters << QString::fromUcs4(&c, 1);
            } else if (QChar::isLetterOrNumber(c)) {
                run += QString::fromUcs4(&c, 1);
            } else if (!run.isEmpty()) {
                characters << std::exchange(run, QString());
            }
        }
        if (!run.isEmpty())
            characters << run;
        // A token nobody can type (a private-use character) between texts, so that no phrase
        // query matches across two of them; ASCII punctuation would be dropped by the tokenizer.
        characters << QString(QChar(0xE000));
        // Pinyin and initials starting at every syllable, so prefix queries find inner words.
        const Pinyin p = pinyin(text);
        for (qsizetype i = 0; i < p.syllables.size(); ++i) {
            QString full, initials;
            for (qsizetype j = i; j < p.syllables.size(); ++j) {
                full += p.syllables.at(j);
                initials += p.syllables.at(j).at(0);
            }
            tokens << full;
            // Initials and full pinyin share one prefix query: "zh" finds 中山 (zhongshan) and
            // 张华 (zh), as users of Chinese CRMs expect.
            if (initials.size() > 1)
                tokens << initials;
        }
    }
    for (const QString &word : words) {
        const QString w = word.normalized(QString::NormalizationForm_KC).toLower();
        static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
        const QString compact = QString(w).remove(separators);
        if (!compact.isEmpty())
            tokens << compact;
    }
    tokens.removeDuplicates();
    return (characters + tokens).join(u' ');
}

QString TextNormalizer::searchQuery(const QString &typed)
{
    const QString normalized = typed.normalized(QString::NormalizationForm_KC).toLower().simplified();
    QStringList terms;
    for (const QString &part : normalized.split(u' ', Qt::SkipEmptyParts)) {
        QStringList chars;
        QString run;
        bool hasHan = false;
        for (const char32_t c : part.toUcs4()) {
            if (isHan(c)) {
                hasHan = true;
                if (!run.isEmpty())
                    chars << std::exchange(run, QString());
                chars << QString::fromUcs4(&c, 1);
            } else if (QChar::isLetterOrNumber(c)) {
                run += QString::fromUcs4(&c, 1);
            } else if (!run.isEmpty()) {
                chars << std::exchange(run, QString());
            }
        }
        if (!run.isEmpty())
            chars << run;
        if (chars.isEmpty())
            continue;
        if (hasHan) {
            // A phrase of consecutive characters; the last may be a prefix of a Latin run.
            terms << u'"' + chars.join(u' ') + u"*\""_s;
        } else {
            // Latin: a prefix of full pinyin, of initials, or of a word (phone digits, codes).
            terms << chars.join(QString()) + u'*';
        }
    }
    return terms.join(u' ');
}

} // namespace frontline
