#include "Period.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::analytics {

namespace {

// Monday of ISO week 1: the week with the year's first Thursday (the one containing 4 January).
QDate isoWeekOneMonday(int isoYear)
{
    const QDate jan4(isoYear, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek());
}

int isoWeeksInYear(int isoYear)
{
    return int(isoWeekOneMonday(isoYear).daysTo(isoWeekOneMonday(isoYear + 1)) / 7);
}

QDate lastDayOfMonth(int year, int month)
{
    return QDate(year, month, 1).addMonths(1).addDays(-1);
}

} // namespace

Period Period::day(const QDate &date)
{
    return Period(Day, date, date);
}

Period Period::week(const QDate &d)
{
    if (!d.isValid())
        return {};
    const QDate monday = d.addDays(1 - d.dayOfWeek());
    return Period(Week, monday, monday.addDays(6));
}

Period Period::isoWeek(int isoYear, int week)
{
    if (week < 1 || week > isoWeeksInYear(isoYear))
        return {};
    const QDate monday = isoWeekOneMonday(isoYear).addDays(7 * (week - 1));
    return Period(Week, monday, monday.addDays(6));
}

Period Period::month(int year, int month)
{
    if (month < 1 || month > 12 || year < 1)
        return {};
    return Period(Month, QDate(year, month, 1), lastDayOfMonth(year, month));
}

Period Period::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4 || year < 1)
        return {};
    const int first = 3 * (quarter - 1) + 1;
    return Period(Quarter, QDate(year, first, 1), lastDayOfMonth(year, first + 2));
}

Period Period::year(int year)
{
    if (year < 1)
        return {};
    return Period(Year, QDate(year, 1, 1), QDate(year, 12, 31));
}

Period Period::range(const QDate &from, const QDate &to)
{
    return Period(Custom, from, to);
}

Period Period::containing(Kind kind, const QDate &d)
{
    switch (kind) {
    case Day:
    case Custom:
        return day(d);
    case Week:
        return week(d);
    case Month:
        return month(d.year(), d.month());
    case Quarter:
        return quarter(d.year(), (d.month() - 1) / 3 + 1);
    case Year:
        return year(d.year());
    }
    return {};
}

std::optional<Period> Period::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed().toUpper();
    static const QRegularExpression dayRe(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    static const QRegularExpression weekRe(u"^(\\d{4})-?W(\\d{1,2})$"_s);
    static const QRegularExpression monthRe(u"^(\\d{4})-(\\d{1,2})$"_s);
    static const QRegularExpression quarterRe(u"^(\\d{4})-?Q([1-4])$"_s);
    static const QRegularExpression yearRe(u"^(\\d{4})$"_s);
    const auto fail = [&]() -> std::optional<Period> {
        if (error)
            *error = tr("\"%1\" is not a period: use 2025-03-07, 2025-W07, 2025-03, 2025-Q1, 2025 or "
                        "FROM..TO.")
                         .arg(input);
        return std::nullopt;
    };
    if (const qsizetype dots = text.indexOf(u".."_s); dots >= 0) {
        const std::optional<Period> a = parse(text.left(dots), nullptr);
        const std::optional<Period> b = parse(text.mid(dots + 2), nullptr);
        if (!a || !b || a->kind() == Custom || b->kind() == Custom)
            return fail();
        if (a->from() > b->to()) {
            if (error)
                *error = tr("The period %1 ends before it starts.").arg(input);
            return std::nullopt;
        }
        return range(a->from(), b->to());
    }
    QRegularExpressionMatch m;
    Period p;
    if ((m = dayRe.match(text)).hasMatch())
        p = day(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    else if ((m = weekRe.match(text)).hasMatch())
        p = isoWeek(m.captured(1).toInt(), m.captured(2).toInt());
    else if ((m = monthRe.match(text)).hasMatch())
        p = month(m.captured(1).toInt(), m.captured(2).toInt());
    else if ((m = quarterRe.match(text)).hasMatch())
        p = quarter(m.captured(1).toInt(), m.captured(2).toInt());
    else if ((m = yearRe.match(text)).hasMatch())
        p = year(m.captured(1).toInt());
    if (!p.isValid())
        return fail();
    return p;
}

bool Period::isMonthAligned() const
{
    return isValid() && m_from.day() == 1 && m_to == lastDayOfMonth(m_to.year(), m_to.month());
}

Period Period::shifted(int n) const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Day:
        return day(m_from.addDays(n));
    case Week:
        return week(m_from.addDays(7 * qint64(n)));
    case Month: {
        const QDate d = m_from.addMonths(n);
        return month(d.year(), d.month());
    }
    case Quarter: {
        const QDate d = m_from.addMonths(3 * n);
        return quarter(d.year(), (d.month() - 1) / 3 + 1);
    }
    case Year:
        return year(m_from.year() + n);
    case Custom:
        return range(m_from.addDays(days() * n), m_to.addDays(days() * n));
    }
    return {};
}

Period Period::lastYear() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Day:
        return day(m_from.addYears(-1));
    case Week: {
        int isoYear = 0;
        const int w = m_from.addDays(3).weekNumber(&isoYear); // Thursday decides the ISO year
        return isoWeek(isoYear - 1, std::min(w, isoWeeksInYear(isoYear - 1)));
    }
    case Month:
    case Quarter:
    case Year:
        return shifted(m_kind == Month ? -12 : m_kind == Quarter ? -4 : -1);
    case Custom:
        return range(m_from.addYears(-1), m_to.addYears(-1));
    }
    return {};
}

QList<Period> Period::trailing(int count) const
{
    QList<Period> result;
    for (int i = count - 1; i >= 0; --i)
        result << shifted(-i);
    return result;
}

QString Period::key() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Day:
        return m_from.toString(Qt::ISODate);
    case Week: {
        int isoYear = 0;
        const int w = m_from.addDays(3).weekNumber(&isoYear);
        return u"%1-W%2"_s.arg(isoYear).arg(w, 2, 10, QChar(u'0'));
    }
    case Month:
        return m_from.toString(u"yyyy-MM"_s);
    case Quarter:
        return u"%1-Q%2"_s.arg(m_from.year()).arg((m_from.month() - 1) / 3 + 1);
    case Year:
        return QString::number(m_from.year());
    case Custom:
        return m_from.toString(Qt::ISODate) + u".."_s + m_to.toString(Qt::ISODate);
    }
    return {};
}

QString Period::label() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Day:
        return m_from.toString(Qt::ISODate);
    case Week: {
        int isoYear = 0;
        const int w = m_from.addDays(3).weekNumber(&isoYear);
        //: An ISO week: %1 year, %2 week number, %3 and %4 its Monday and Sunday
        return tr("%1 week %2 (%3 – %4)")
            .arg(isoYear)
            .arg(w)
            .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    }
    case Month:
        //: %1 year, %2 month number
        return tr("%1-%2").arg(m_from.year()).arg(m_from.month(), 2, 10, QChar(u'0'));
    case Quarter:
        //: %1 year, %2 quarter number
        return tr("%1 Q%2").arg(m_from.year()).arg((m_from.month() - 1) / 3 + 1);
    case Year:
        return QString::number(m_from.year());
    case Custom:
        return tr("%1 to %2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    }
    return {};
}

QString Period::storedKind() const
{
    return m_kind == Month || m_kind == Quarter || m_kind == Year ? kindKey(m_kind) : QString();
}

Period Period::fromStored(const QString &kind, const QDate &start)
{
    for (Kind k : {Month, Quarter, Year})
        if (kind == kindKey(k))
            return containing(k, start);
    return {};
}

QString Period::kindKey(Kind kind)
{
    switch (kind) {
    case Day:
        return u"day"_s;
    case Week:
        return u"week"_s;
    case Month:
        return u"month"_s;
    case Quarter:
        return u"quarter"_s;
    case Year:
        return u"year"_s;
    case Custom:
        return u"custom"_s;
    }
    return {};
}

} // namespace frontline::analytics
