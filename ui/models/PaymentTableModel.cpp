#include "PaymentTableModel.h"

#include "Format.h"
#include "domain/Money.h"

#include <QGuiApplication>
#include <QPalette>

namespace frontline {

PaymentTableModel::PaymentTableModel(QObject *parent) : PagedTableModel(parent) {}

void PaymentTableModel::readTotals(PaymentRepository *payments)
{
    m_total = payments ? payments->count(m_filter) : 0;
    m_totalFen = payments ? payments->totalFen(m_filter) : 0;
}

int PaymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Payment &p = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    // A refund in red, as accounts write it (红字).
    if (role == Qt::ForegroundRole && index.column() == Amount && p.amountFen < 0)
        return QBrush(QColor(0xdc, 0x26, 0x26));
    if (role == Qt::ToolTipRole && index.column() == Notes && !p.notes.isEmpty())
        return p.notes;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Date:
        return dateText(p.paidOn);
    case Number:
        return p.paymentNo;
    case Customer:
        return p.customerName;
    case Order:
        return p.orderNo;
    case Member:
        return p.memberName;
    case Method:
        return PaymentRepository::methodLabel(p.method);
    case Amount:
        return Money::format(p.amountFen);
    case Notes:
        return QString(p.notes).replace(u'\n', u' ');
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return PagedTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Number:
        return tr("Receipt no.");
    case Customer:
        return tr("Customer");
    case Order:
        return tr("Order");
    case Member:
        return tr("Rep");
    case Method:
        return tr("Method");
    case Amount:
        return tr("Amount");
    case Notes:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace frontline
