// Phone numbers through libphonenumber: whatever was typed ("+86 138 0013 8000",
// "(+86)13800138000", "86-138-0013-8000", full-width digits, "010-62345678") becomes E.164.
// An invalid number is kept as typed and flagged, never dropped.
#pragma once

#include <QString>

namespace frontline {

struct PhoneNumber
{
    enum Type
    {
        Unknown,
        Mobile,
        FixedLine,
        Other
    };
    QString raw;  // as typed
    QString e164; // "+8613800138000"; empty when invalid
    bool valid = false;
    Type type = Unknown;
    // What to store and compare: E.164 when valid, else the cleaned text.
    QString normalized() const;
};

class PhoneNormalizer
{
public:
    // region: ISO 3166 code used for numbers written without a country code.
    static PhoneNumber normalize(const QString &raw, const QString &region = QStringLiteral("CN"));
    // The national digits, for display and search ("13800138000", "01062345678").
    static QString nationalDigits(const QString &e164);
};

} // namespace frontline
