// Date and time editors as Frontline shows them: YYYY-MM-DD (HH:mm), with a calendar popup,
// and the "any date" edits of list filters, whose minimum reads as "From any date".
#pragma once

#include <QDate>

class QDateEdit;
class QDateTimeEdit;
class QWidget;

namespace frontline::dates {

QDateEdit *newDateEdit(const QDate &date, QWidget *parent);
QDateTimeEdit *newDateTimeEdit(const QDateTime &dateTime, QWidget *parent);

// A filter bound: its minimum shows specialText ("From any date") and means "no bound".
QDateEdit *newFilterEdit(const QString &objectName, const QString &specialText, QWidget *parent);
// The bound a filter edit sets, or an invalid date for "any".
QDate filterDate(const QDateEdit *edit);
void clearFilter(QDateEdit *edit);

} // namespace frontline::dates
