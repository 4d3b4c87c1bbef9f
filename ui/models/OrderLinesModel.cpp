#include "OrderLinesModel.h"

#include "domain/Money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline {

OrderLinesModel::OrderLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

void OrderLinesModel::setProducts(const QList<Product> &products)
{
    m_products = products;
}

const Product *OrderLinesModel::product(qint64 id) const
{
    for (const Product &p : m_products) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void OrderLinesModel::setLines(const QList<OrderLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    Q_EMIT totalChanged(totalFen());
}

void OrderLinesModel::addLine(qint64 productId)
{
    const int row = int(m_lines.size());
    beginInsertRows(QModelIndex(), row, row);
    OrderLine line;
    line.quantity = 1;
    m_lines << line;
    endInsertRows();
    if (productId)
        setProduct(row, productId);
    Q_EMIT totalChanged(totalFen());
}

void OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT totalChanged(totalFen());
}

qint64 OrderLinesModel::totalFen() const
{
    qint64 total = 0;
    for (const OrderLine &line : m_lines)
        total += line.amountFen;
    return total;
}

void OrderLinesModel::setProduct(int row, qint64 productId)
{
    OrderLine &line = m_lines[row];
    line.productId = productId;
    if (const Product *p = product(productId)) {
        line.productName = p->name;
        line.sku = p->sku;
        line.unitPriceFen = p->unitPriceFen;
    }
    line.amountFen = line.quantity * line.unitPriceFen;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable
                           : QAbstractTableModel::flags(index);
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLine &line = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != ProductColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ProductIdRole)
        return line.productId;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (Column(index.column())) {
    case ProductColumn:
        if (edit)
            return line.productId;
        return line.productId ? u"%1  %2"_s.arg(line.sku, line.productName) : tr("Choose a product…");
    case Quantity:
        return edit ? QVariant(int(line.quantity)) : QVariant(QLocale().toString(line.quantity));
    case UnitPrice:
        return edit ? Money::plain(line.unitPriceFen) : Money::format(line.unitPriceFen);
    case Amount:
        return edit ? Money::plain(line.amountFen) : Money::format(line.amountFen);
    case ColumnCount:
        break;
    }
    return {};
}

bool OrderLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole)
        return false;
    OrderLine &line = m_lines[index.row()];
    switch (Column(index.column())) {
    case ProductColumn:
        setProduct(index.row(), value.toLongLong());
        break;
    case Quantity: {
        bool ok = false;
        const qint64 quantity = value.toLongLong(&ok);
        if (!ok)
            return false;
        line.quantity = quantity;
        line.amountFen = line.quantity * line.unitPriceFen;
        break;
    }
    case UnitPrice:
    case Amount: {
        const std::optional<qint64> fen = Money::parseYuan(value.toString());
        if (!fen)
            return false;
        if (index.column() == UnitPrice) {
            line.unitPriceFen = *fen;
            line.amountFen = line.quantity * line.unitPriceFen;
        } else {
            line.amountFen = *fen;
        }
        break;
    }
    case ColumnCount:
        return false;
    }
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT totalChanged(totalFen());
    return true;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section != ProductColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ProductColumn:
        return tr("Product");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace frontline
