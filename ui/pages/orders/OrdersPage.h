// OrdersPage: orders newest first, filtered by rep, customer, date range and status, with how
// many there are and what they add up to; new orders are written in the order editor.
#pragma once

#include "pages/CrmPage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace frontline {

class CustomerPicker;
class EmptyState;
class OrderTableModel;
class PageHeader;

class OrdersPage : public CrmPage
{
    Q_OBJECT
public:
    explicit OrdersPage(CrmActions *actions, QWidget *parent = nullptr);

    OrderTableModel *model() const { return m_model; }

protected:
    void rebuild() override;
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoosers();
    void applyFilter();
    void updateTotals();

    OrderTableModel *m_model = nullptr;
    PageHeader *m_header = nullptr;
    QComboBox *m_member = nullptr;
    CustomerPicker *m_customer = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QToolButton *m_clear = nullptr;
    QPushButton *m_new = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_totals = nullptr;
    bool m_applying = false;
};

} // namespace frontline
