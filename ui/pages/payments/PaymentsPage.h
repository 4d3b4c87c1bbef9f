// PaymentsPage: collected payments (回款) and receivables (应收款). The first tab lists the
// payments newest first, filtered by period, rep, customer and method, with how many there are
// and what they add up to; payments are recorded, edited and deleted (undoably) here. The second
// lists what each customer still owes — billed, collected, outstanding — the largest first, to
// chase it: a double click opens the customer, Record Payment books what came in.
#pragma once

#include "pages/CrmPage.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace frontline {

class BalanceTableModel;
class CustomerPicker;
class EmptyState;
class PageHeader;
class PaymentTableModel;

class PaymentsPage : public CrmPage
{
    Q_OBJECT
public:
    enum Tab
    {
        PaymentsTab,
        ReceivablesTab
    };

    explicit PaymentsPage(CrmActions *actions, QWidget *parent = nullptr);

    PaymentTableModel *model() const { return m_model; }
    BalanceTableModel *balances() const { return m_balances; }
    QTableView *paymentView() const { return m_view; }
    QTableView *balanceView() const { return m_balanceView; }
    void setCurrentTab(Tab tab);

protected:
    void rebuild() override;
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createPaymentsTab();
    QWidget *createReceivablesTab();
    void retranslateUi();
    void fillChoosers();
    void fillPeriods();
    void periodChosen();
    void datesEdited();
    void applyFilter();
    void applyOwner();
    void updateTotals();
    void updateButtons();
    qint64 selectedPaymentId() const;
    qint64 selectedCustomerId() const;

    PaymentTableModel *m_model = nullptr;
    BalanceTableModel *m_balances = nullptr;
    PageHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;

    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_member = nullptr;
    CustomerPicker *m_customer = nullptr;
    QComboBox *m_method = nullptr;
    QToolButton *m_clear = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_totals = nullptr;

    QComboBox *m_owner = nullptr;
    QCheckBox *m_owingOnly = nullptr;
    QPushButton *m_recordFor = nullptr;
    QPushButton *m_openCustomer = nullptr;
    QTableView *m_balanceView = nullptr;
    QLabel *m_balanceTotals = nullptr;

    bool m_applying = false;
};

} // namespace frontline
