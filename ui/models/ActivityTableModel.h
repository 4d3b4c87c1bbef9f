// ActivityTableModel lists activities (visits, calls, WeChat…) newest first. It reads the first
// Batch rows at once and more as the view scrolls to the end (canFetchMore/fetchMore), so a
// record of many thousand contacts opens as quickly as one of ten.
#pragma once

#include "repositories/ActivityRepository.h"

#include <QAbstractTableModel>

namespace frontline {

class ActivityTableModel : public QAbstractTableModel
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
    static constexpr int Batch = 200;

    explicit ActivityTableModel(QObject *parent = nullptr);

    void setSource(Database *database, const AccessScope &scope);
    const ActivityFilter &filter() const { return m_filter; }
    void setFilter(const ActivityFilter &filter);
    void refresh();
    // All activities the filter finds (the model may hold fewer so far).
    qint64 total() const { return m_total; }
    const Activity *activityAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalChanged(qint64 total);

private:
    Database *m_database = nullptr;
    AccessScope m_scope = AccessScope::administrator();
    ActivityFilter m_filter;
    QList<Activity> m_rows;
    qint64 m_total = 0;
};

} // namespace frontline
