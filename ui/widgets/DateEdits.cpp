#include "DateEdits.h"

#include <QDateEdit>
#include <QDateTimeEdit>

using namespace Qt::StringLiterals;

namespace frontline::dates {

namespace {
const QDate AnyDate(2000, 1, 1);
}

QDateEdit *newDateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setCalendarPopup(true);
    return edit;
}

QDateTimeEdit *newDateTimeEdit(const QDateTime &dateTime, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(dateTime, parent);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    edit->setCalendarPopup(true);
    return edit;
}

QDateEdit *newFilterEdit(const QString &objectName, const QString &specialText, QWidget *parent)
{
    QDateEdit *edit = newDateEdit(AnyDate, parent);
    edit->setObjectName(objectName);
    edit->setMinimumDate(AnyDate);
    edit->setSpecialValueText(specialText);
    edit->setDate(AnyDate);
    return edit;
}

QDate filterDate(const QDateEdit *edit)
{
    return edit->date() == AnyDate ? QDate() : edit->date();
}

void clearFilter(QDateEdit *edit)
{
    edit->setDate(AnyDate);
}

} // namespace frontline::dates
