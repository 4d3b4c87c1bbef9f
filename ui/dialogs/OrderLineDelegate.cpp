#include "OrderLineDelegate.h"

#include "domain/Money.h"
#include "models/OrderLinesModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace frontline {

QWidget *OrderLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const auto *lines = qobject_cast<const OrderLinesModel *>(index.model());
    switch (index.column()) {
    case OrderLinesModel::ProductColumn: {
        auto *combo = new QComboBox(parent);
        if (lines) {
            for (const Product &p : lines->products())
                combo->addItem(u"%1  %2 · %3"_s.arg(p.sku, p.name, Money::format(p.unitPriceFen)), p.id);
        }
        return combo;
    }
    case OrderLinesModel::Quantity: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(-100000, 1000000); // negative: a return
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    case OrderLinesModel::UnitPrice:
    case OrderLinesModel::Amount: {
        auto *edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignRight);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void OrderLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int row = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(qMax(0, row));
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void OrderLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, spin->value());
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text()); // the model keeps the old value for text it cannot read
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace frontline
