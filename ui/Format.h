// How the user interface writes dates and times: always YYYY-MM-DD (and 24-hour HH:mm), the
// form Chinese business users read without ambiguity and the one the files they import use,
// whatever the system locale would choose ("11/28/26" in en_US).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace frontline {

inline QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Times are stored in UTC and shown in local time.
inline QString dateText(const QDateTime &dateTime)
{
    using namespace Qt::StringLiterals;
    return dateTime.isValid() ? dateTime.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace frontline
