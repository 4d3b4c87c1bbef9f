#include "RankingModel.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline {

using performance::RankingRow;

RankingModel::RankingModel(QObject *parent) : QAbstractTableModel(parent) {}

void RankingModel::setRanking(const performance::Ranking &ranking)
{
    beginResetModel();
    m_ranking = ranking;
    m_max = 0;
    for (const RankingRow &r : std::as_const(m_ranking.rows))
        m_max = std::max(m_max, std::abs(r.value.toDouble()));
    endResetModel();
}

const RankingRow *RankingModel::row(int row) const
{
    if (row < 0 || row >= m_ranking.rows.size())
        return nullptr;
    return &m_ranking.rows.at(row);
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranking.rows.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RankingModel::movementText(const RankingRow &row)
{
    switch (row.movement) {
    case RankingRow::Up:
        return tr("up %n place(s)", nullptr, row.places);
    case RankingRow::Down:
        return tr("down %n place(s)", nullptr, row.places);
    case RankingRow::Same:
        return tr("unchanged");
    case RankingRow::New:
        return tr("new");
    }
    return {};
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    const RankingRow *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return r->rank;
        case MemberColumn:
            return r->name;
        case TeamColumn:
            return r->teamName;
        case ValueColumn:
            return r->valueText();
        case MovementColumn:
            return movementText(*r);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MovementColumn && r->previousRank)
            return tr("Rank %1 in the previous period").arg(r->previousRank);
        if (index.column() == MemberColumn)
            return u"%1 · %2"_s.arg(r->code, r->name);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == RankColumn || index.column() == MovementColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case MedalRole:
        return r->medal;
    case RankRole:
        return r->rank;
    case MovementRole:
        return int(r->movement);
    case PlacesRole:
        return r->places;
    case BarRole:
        return m_max > 0 ? std::max(0.0, r->value.toDouble()) / m_max : 0.0;
    case MemberIdRole:
        return r->memberId;
    case PreviousRankRole:
        return r->previousRank;
    default:
        break;
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == ValueColumn                               ? int(Qt::AlignRight | Qt::AlignVCenter)
               : section == RankColumn || section == MovementColumn ? int(Qt::AlignCenter)
                                                                    : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case MemberColumn:
        return tr("Member");
    case TeamColumn:
        return tr("Team");
    case ValueColumn:
        return m_ranking.by == u"score"_s ? tr("Score") : tr("Value");
    case MovementColumn:
        return tr("Change");
    }
    return {};
}

} // namespace frontline
