#include "StageCardsModel.h"

#include "Format.h"
#include "domain/Money.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace frontline {

const QString StageCardsModel::MimeType = u"application/x-frontline-opportunity"_s;

StageCardsModel::StageCardsModel(const PipelineStage &stage, QObject *parent)
    : QAbstractListModel(parent), m_stage(stage)
{}

void StageCardsModel::setOpportunities(const QList<Opportunity> &opportunities)
{
    beginResetModel();
    m_rows = opportunities;
    endResetModel();
}

const Opportunity *StageCardsModel::opportunityAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StageCardsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int StageCardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StageCardsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Opportunity &o = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return o.title;
    case Qt::ToolTipRole:
        return u"%1\n%2\n%3 · %4%"_s.arg(o.title, o.customerName, Money::format(o.amountFen))
            .arg(o.probability);
    case IdRole:
        return o.id;
    case CustomerRole:
        return o.customerName;
    case OwnerRole:
        return o.ownerName;
    case AmountRole: {
        // Cards are narrow: whole yuan without the ".00".
        QString amount = Money::format(o.amountFen);
        if (o.amountFen % 100 == 0 && amount.endsWith(u".00"_s))
            amount.chop(3);
        return amount;
    }
    case ProbabilityRole:
        return o.probability;
    case OpenStageRole:
        return m_stage.outcome == u"open"_s;
    case ExpectedCloseRole:
        return o.expectedClose.isValid() ? dateText(o.expectedClose) : QString();
    default:
        return {};
    }
}

Qt::ItemFlags StageCardsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

QStringList StageCardsModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *StageCardsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    const Opportunity &o = m_rows.at(indexes.first().row());
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << o.id << m_stage.id;
    auto *data = new QMimeData;
    data->setData(MimeType, bytes);
    data->setText(o.title);
    return data;
}

bool StageCardsModel::readMimeData(const QMimeData *data, qint64 *opportunityId, qint64 *fromStageId)
{
    if (!data || !data->hasFormat(MimeType))
        return false;
    QDataStream stream(data->data(MimeType));
    stream >> *opportunityId >> *fromStageId;
    return stream.status() == QDataStream::Ok && *opportunityId > 0;
}

bool StageCardsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &) const
{
    qint64 id = 0, from = 0;
    return (action == Qt::MoveAction || action == Qt::CopyAction) && readMimeData(data, &id, &from) &&
           from != m_stage.id;
}

bool StageCardsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    qint64 id = 0, from = 0;
    readMimeData(data, &id, &from);
    Q_EMIT moveRequested(id, from, m_stage.id);
    return true;
}

Qt::DropActions StageCardsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions StageCardsModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

} // namespace frontline
