// A reporting period: a day, an ISO week (Monday first), a month, a quarter, a year or a custom
// range of local dates, both ends inclusive. Parses what people type on the command line and in
// the period chooser ("2025-03", "2025-Q1", "2025", "2025-W07", "2025-03-07",
// "2025-01-01..2025-02-15") and steps to the period before, the same period a year earlier and
// the periods of a trend.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace frontline::analytics {

class Period
{
    Q_DECLARE_TR_FUNCTIONS(frontline::analytics::Period)
public:
    enum Kind
    {
        Day,
        Week,
        Month,
        Quarter,
        Year,
        Custom
    };

    Period() = default;
    static Period day(const QDate &date);
    static Period week(const QDate &anyDayOfIt);  // the ISO week that contains the day
    static Period isoWeek(int isoYear, int week); // invalid when the year has no such week
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period year(int year);
    static Period range(const QDate &from, const QDate &to); // Custom, inclusive
    // The period of the given kind that contains date (Custom: the day itself).
    static Period containing(Kind kind, const QDate &date);

    // "2025-03-07", "2025-W07", "2025-03", "2025-Q1", "2025", "FROM..TO" (dates as above, or
    // months/quarters/years whose first and last day bound the range). nullopt with a message
    // for the user otherwise.
    static std::optional<Period> parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_from.isValid() && m_to.isValid() && m_from <= m_to; }
    Kind kind() const { return m_kind; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    qint64 days() const { return isValid() ? m_from.daysTo(m_to) + 1 : 0; }
    bool contains(const QDate &date) const { return date >= m_from && date <= m_to; }
    // Starts on the first of a month and ends on the last day of a month.
    bool isMonthAligned() const;

    // The period of the same kind just before (Custom: the same number of days before).
    Period previous() const { return shifted(-1); }
    // n periods of the same kind later (earlier when negative).
    Period shifted(int n) const;
    // The same period one year earlier: the same month, quarter or year; for a week the same
    // ISO week number of the previous ISO year (its last week when it has no week 53); for a day
    // or a custom range the same dates a year earlier (29 February → 28 February).
    Period lastYear() const;
    // count periods ending with this one, oldest first (a trend).
    QList<Period> trailing(int count) const;

    // The text parse() reads back: "2025-03", "2025-Q1", "2025-W07", "2025", "2025-03-07",
    // "2025-01-01..2025-02-15".
    QString key() const;
    // For people, in the current language.
    QString label() const;
    static QString kindKey(Kind kind); // day, week, month, quarter, year, custom
    // How targets and plans store a period: "month", "quarter" or "year" with its first day.
    // storedKind() is empty for the other kinds; fromStored() is invalid for an unknown kind.
    QString storedKind() const;
    static Period fromStored(const QString &kind, const QDate &start);

    bool operator==(const Period &other) const
    {
        return m_kind == other.m_kind && m_from == other.m_from && m_to == other.m_to;
    }

private:
    Period(Kind kind, const QDate &from, const QDate &to) : m_kind(kind), m_from(from), m_to(to) {}

    Kind m_kind = Custom;
    QDate m_from;
    QDate m_to;
};

} // namespace frontline::analytics
