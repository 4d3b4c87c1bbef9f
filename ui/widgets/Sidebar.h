// Sidebar is the navigation column on the left of the main window: the product name on top,
// then one row per page. Its width fits the longest label in any language, with a floor so
// that it does not jump when the language changes.
#pragma once

#include <QFrame>

class QLabel;
class QListWidget;

namespace frontline {

class Sidebar : public QFrame
{
    Q_OBJECT
public:
    static constexpr int MinimumWidth = 200;

    explicit Sidebar(QWidget *parent = nullptr);

    void addRow(const QIcon &icon);
    int count() const;
    void setRowText(int row, const QString &text);
    // A page the user may not enter has no row.
    void setRowHidden(int row, bool hidden);
    QString rowText(int row) const;
    int currentRow() const;
    void setCurrentRow(int row);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void currentRowChanged(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStyle();
    void updateWidth();

    QLabel *m_brandIcon = nullptr;
    QLabel *m_brandName = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace frontline
