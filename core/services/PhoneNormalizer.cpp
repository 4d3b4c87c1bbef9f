#include "PhoneNormalizer.h"

#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline {

using i18n::phonenumbers::PhoneNumberUtil;

QString PhoneNumber::normalized() const
{
    if (valid)
        return e164;
    return raw.normalized(QString::NormalizationForm_KC).simplified();
}

PhoneNumber PhoneNormalizer::normalize(const QString &raw, const QString &region)
{
    PhoneNumber result;
    result.raw = raw;
    // NFKC turns full-width digits and brackets into ASCII, which libphonenumber reads.
    QString text = raw.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty())
        return result;
    // "(+86)" and "（86）" prefixes: libphonenumber reads "+86" but not a bracketed country code.
    text.replace(u"(+"_s, u"+"_s);
    text.replace(u"+86)"_s, u"+86 "_s);

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const auto error = util->ParseAndKeepRawInput(text.toStdString(), region.toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    if (!util->IsValidNumber(number)) {
        // The metadata packaged with a distribution lags China's numbering: new mobile ranges
        // (14x, 16x, 17x, 19x…) and 7-digit local numbers still written after many area codes.
        // Any 11-digit 1[3-9] number is a mobile; an area code and a 7-8 digit local number
        // that does not start with 0 or 1 is a fixed line.
        std::string digits;
        util->GetNationalSignificantNumber(number, &digits);
        const QString national = QString::fromStdString(digits);
        static const QRegularExpression mobile(u"^1[3-9]\\d{9}$"_s);
        static const QRegularExpression fixedLine(u"^(?:10|2\\d|[3-9]\\d\\d)[2-8]\\d{6,7}$"_s);
        if (number.country_code() != 86)
            return result;
        if (mobile.match(national).hasMatch())
            result.type = PhoneNumber::Mobile;
        else if (fixedLine.match(national).hasMatch())
            result.type = PhoneNumber::FixedLine;
        else
            return result;
        result.e164 = u"+86"_s + national;
        result.valid = true;
        return result;
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    result.e164 = QString::fromStdString(formatted);
    result.valid = true;
    switch (util->GetNumberType(number)) {
    case PhoneNumberUtil::MOBILE:
        result.type = PhoneNumber::Mobile;
        break;
    case PhoneNumberUtil::FIXED_LINE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        result.type = PhoneNumber::FixedLine;
        break;
    default:
        result.type = PhoneNumber::Other;
        break;
    }
    return result;
}

QString PhoneNormalizer::nationalDigits(const QString &e164)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string national;
    util->Format(number, PhoneNumberUtil::NATIONAL, &national);
    QString digits;
    for (const QChar c : QString::fromStdString(national)) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace frontline
