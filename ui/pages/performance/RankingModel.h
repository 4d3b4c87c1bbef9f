// RankingModel shows a Rankings answer as a table: everyone ranked (shared ranks on ties), the
// medal of the top three, the value with a bar relative to the leader's, and the movement
// against the previous period. The painting is RankingDelegate's; the roles below carry what it
// needs, so that the table, the presentation and the tests read the same rows.
#pragma once

#include "performance/Rankings.h"

#include <QAbstractTableModel>

namespace frontline {

class RankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RankColumn,
        MemberColumn,
        TeamColumn,
        ValueColumn,
        MovementColumn,
        ColumnCount
    };
    enum Role
    {
        MedalRole = Qt::UserRole + 1, // "gold", "silver", "bronze" or ""
        RankRole,                     // int
        MovementRole,                 // RankingRow::Movement as int
        PlacesRole,                   // int
        BarRole,                      // double 0–1: the value against the largest
        MemberIdRole,                 // qint64
        PreviousRankRole,             // int, 0: not ranked before
    };

    explicit RankingModel(QObject *parent = nullptr);

    void setRanking(const performance::Ranking &ranking);
    const performance::Ranking &ranking() const { return m_ranking; }
    const performance::RankingRow *row(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "↑2", "↓1", "—", "new" in words for people (the delegate paints arrows; this is the text
    // for copying and screen readers).
    static QString movementText(const performance::RankingRow &row);

private:
    performance::Ranking m_ranking;
    double m_max = 0;
};

} // namespace frontline
