// FlowLayout lays its items out in a row and wraps them onto further rows when the room is too
// narrow, like words in a paragraph (after Qt's flow layout example). The filter bars use it, so
// that a page still fits a narrow window instead of forcing the window wide.
#pragma once

#include <QLayout>
#include <QList>

namespace frontline {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    // Qt::AlignLeft (the default) or Qt::AlignRight: where each row's items gather.
    void setRowAlignment(Qt::Alignment alignment);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    Qt::Alignment m_rowAlignment = Qt::AlignLeft;
};

} // namespace frontline
