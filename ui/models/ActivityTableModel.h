// ActivityTableModel lists activities (visits, calls, WeChat…) newest first. It reads the first
// Batch rows at once and a page more as the view scrolls to the end (PagedTableModel), so a
// record of many thousand contacts opens as quickly as one of ten.
#pragma once

#include "models/PagedTableModel.h"
#include "repositories/ActivityRepository.h"

namespace frontline {

class ActivityTableModel : public PagedTableModel<Activity, ActivityRepository, ActivityFilter>
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Kind,
        Customer,
        Member,
        Summary,
        Outcome,
        FollowUp,
        Satisfaction,
        ColumnCount
    };

    explicit ActivityTableModel(QObject *parent = nullptr);
    const Activity *activityAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace frontline
