#include "BalanceTableModel.h"

#include "Format.h"
#include "domain/Money.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace frontline {

BalanceTableModel::BalanceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BalanceTableModel::setSource(Database *database, const AccessScope &scope)
{
    m_database = database && database->isOpen() ? database : nullptr;
    m_scope = scope;
    refresh();
}

void BalanceTableModel::setOwners(const QList<qint64> &owners)
{
    m_owners = owners;
    refresh();
}

void BalanceTableModel::setOwingOnly(bool owingOnly)
{
    m_owingOnly = owingOnly;
    refresh();
}

void BalanceTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_billed = m_collected = 0;
    if (m_database) {
        for (const CustomerBalance &b : PaymentRepository(*m_database, m_scope).balances(m_owners)) {
            if (m_owingOnly && b.outstandingFen() <= 0)
                continue;
            m_rows << b;
            m_billed += b.billedFen;
            m_collected += b.collectedFen;
        }
    }
    endResetModel();
    Q_EMIT totalsChanged();
}

const CustomerBalance *BalanceTableModel::balanceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BalanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BalanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
bool isMoney(int column)
{
    return column == BalanceTableModel::Billed || column == BalanceTableModel::Collected ||
           column == BalanceTableModel::Outstanding;
}
} // namespace

QVariant BalanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerBalance &b = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && isMoney(index.column()))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == Outstanding) {
        QFont bold;
        bold.setWeight(QFont::DemiBold);
        return bold;
    }
    // Paid in advance (a credit) in green.
    if (role == Qt::ForegroundRole && index.column() == Outstanding && b.outstandingFen() < 0)
        return QBrush(QColor(0x16, 0xa3, 0x4a));
    if (role == Qt::UserRole)
        return b.customerId;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Customer:
        return b.customerName;
    case Owner:
        return b.ownerName;
    case Billed:
        return Money::format(b.billedFen);
    case Collected:
        return Money::format(b.collectedFen);
    case Outstanding:
        return Money::format(b.outstandingFen());
    case LastOrder:
        return dateText(b.lastOrder);
    case LastPayment:
        return dateText(b.lastPayment);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BalanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && isMoney(section))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Customer:
        return tr("Customer");
    case Owner:
        return tr("Owner");
    case Billed:
        return tr("Billed");
    case Collected:
        return tr("Collected");
    case Outstanding:
        return tr("Outstanding");
    case LastOrder:
        return tr("Last order");
    case LastPayment:
        return tr("Last payment");
    case ColumnCount:
        break;
    }
    return {};
}

void BalanceTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace frontline
