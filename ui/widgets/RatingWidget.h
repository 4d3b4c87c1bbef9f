// RatingWidget is a row of five stars for a 1–5 rating (0: not rated). Keyboard: the digits 0–5,
// the arrow keys, + and -; mouse: a click on a star, and a click on the star already chosen
// clears the rating.
#pragma once

#include <QWidget>

namespace frontline {

class RatingWidget : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int value READ value WRITE setValue NOTIFY valueChanged)
public:
    static constexpr int Maximum = 5;

    explicit RatingWidget(QWidget *parent = nullptr);

    int value() const { return m_value; }
    void setValue(int value);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    void valueChanged(int value);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int starSize() const;
    QRect starRect(int index) const;

    int m_value = 0;
};

} // namespace frontline
