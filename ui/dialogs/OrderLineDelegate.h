// OrderLineDelegate edits the cells of an order line: a product chooser, a quantity spin box,
// and money fields that accept what OrderLinesModel reads with Money::parseYuan.
#pragma once

#include <QStyledItemDelegate>

namespace frontline {

class OrderLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace frontline
