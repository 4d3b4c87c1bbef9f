// The words users see for the keys stored in the database (statuses, kinds, sources, roles,
// stages…), in the current language. The keys never change; the labels are translated.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace frontline {

class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(frontline::Vocabulary)
public:
    enum Domain
    {
        CustomerKind,
        CustomerStatus,
        Source,
        ActivityKind,
        Stage,
        OrderStatus,
        TaskStatus,
        Priority,
        Role,
        TeamKind,
        TrainingTopic,
        CareerPosition, // the career ladder, in order
        PlanStatus,
        MilestoneStatus,
    };

    // The label for key, or key itself when it is not one of the domain's.
    static QString label(Domain domain, const QString &key);
    // Keys and labels in their natural order, for choosers.
    static QList<QPair<QString, QString>> entries(Domain domain);
    static QStringList keys(Domain domain);
};

} // namespace frontline
