#include "OrderTableModel.h"

#include "Format.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace frontline {

OrderTableModel::OrderTableModel(QObject *parent) : PagedTableModel(parent) {}

void OrderTableModel::readTotals(OrderRepository *orders)
{
    m_total = orders ? orders->count(m_filter) : 0;
    m_totalFen = orders ? orders->totalFen(m_filter) : 0;
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
        return PagedTableModel::headerData(section, orientation, role);
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

} // namespace frontline
