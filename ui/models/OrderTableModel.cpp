#include "OrderTableModel.h"

#include "Format.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace frontline {

OrderTableModel::OrderTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void OrderTableModel::setSource(Database *database, const AccessScope &scope)
{
    m_database = database && database->isOpen() ? database : nullptr;
    m_scope = scope;
    refresh();
}

void OrderTableModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    refresh();
}

void OrderTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_totalFen = 0;
    if (m_database) {
        OrderRepository orders(*m_database, m_scope);
        m_total = orders.count(m_filter);
        m_totalFen = orders.totalFen(m_filter);
        m_rows = orders.list(m_filter, Batch);
    }
    endResetModel();
    Q_EMIT totalsChanged();
}

bool OrderTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_database && m_rows.size() < m_total;
}

void OrderTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Order> rows =
        OrderRepository(*m_database, m_scope).list(m_filter, int(m_rows.size()) + Batch);
    if (rows.size() <= m_rows.size()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(rows.size()) - 1);
    m_rows.append(rows.mid(m_rows.size()));
    endInsertRows();
}

const Order *OrderTableModel::orderAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &o = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Total)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && o.status == QStringLiteral("cancelled"))
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return o.orderNo;
    case Date:
        return dateText(o.orderDate);
    case Customer:
        return o.customerName;
    case Member:
        return o.memberName;
    case Status:
        return Vocabulary::label(Vocabulary::OrderStatus, o.status);
    case Total:
        return Money::format(o.totalFen);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Total)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Order");
    case Date:
        return tr("Date");
    case Customer:
        return tr("Customer");
    case Member:
        return tr("Rep");
    case Status:
        return tr("Status");
    case Total:
        return tr("Total");
    case ColumnCount:
        break;
    }
    return {};
}

void OrderTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace frontline
