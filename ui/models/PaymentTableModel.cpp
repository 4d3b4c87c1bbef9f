#include "PaymentTableModel.h"

#include "Format.h"
#include "domain/Money.h"

#include <QGuiApplication>
#include <QPalette>

namespace frontline {

PaymentTableModel::PaymentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PaymentTableModel::setSource(Database *database, const AccessScope &scope)
{
    m_database = database && database->isOpen() ? database : nullptr;
    m_scope = scope;
    refresh();
}

void PaymentTableModel::setFilter(const PaymentFilter &filter)
{
    m_filter = filter;
    refresh();
}

void PaymentTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_totalFen = 0;
    if (m_database) {
        PaymentRepository payments(*m_database, m_scope);
        m_total = payments.count(m_filter);
        m_totalFen = payments.totalFen(m_filter);
        m_rows = payments.list(m_filter, Batch);
    }
    endResetModel();
    Q_EMIT totalsChanged();
}

bool PaymentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_database && m_rows.size() < m_total;
}

void PaymentTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Payment> rows =
        PaymentRepository(*m_database, m_scope).list(m_filter, int(m_rows.size()) + Batch);
    if (rows.size() <= m_rows.size()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(rows.size()) - 1);
    m_rows.append(rows.mid(m_rows.size()));
    endInsertRows();
}

const Payment *PaymentTableModel::paymentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PaymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
        return QAbstractTableModel::headerData(section, orientation, role);
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

void PaymentTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace frontline
