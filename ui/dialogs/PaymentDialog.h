// PaymentDialog records a payment received from a customer (登记回款) or edits one: the
// customer, optionally which of their orders it pays (each shown with what is still
// outstanding on it), the date, the amount in yuan (read exactly into fen by Money::parseYuan),
// how it was paid, the receipt number and notes. Support staff only look. Saving goes through
// the undo stack; core's field errors show next to their fields.
#pragma once

#include "domain/Crm.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace frontline {

class CustomerPicker;
class DialogHeader;
class FieldForm;
class Session;
class StatusLabel;

class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    // A new payment when payment.id is 0.
    PaymentDialog(Session *session, const Payment &payment, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId);
    // Chooses one of the customer's orders; with amountFen (not 0) as the amount.
    void setOrder(qint64 orderId, qint64 amountFen = 0);
    void setAmount(qint64 amountFen);
    qint64 savedId() const { return m_savedId; }
    bool isReadOnly() const { return m_readOnly; }

    // What is still outstanding on each of the customer's orders shown in the chooser.
    qint64 outstandingOnOrder(qint64 orderId) const { return m_outstanding.value(orderId); }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillOrders();
    void orderChosen();
    void updateBalance();
    // The payment as the fields say; amountOk false when the amount is not one.
    Payment fromFields(bool *amountOk) const;

    Session *m_session;
    Payment m_original;
    bool m_readOnly = false;
    qint64 m_savedId = 0;
    QHash<qint64, qint64> m_outstanding; // order id → billed − collected
    qint64 m_filledFor = -1;             // the customer whose orders the chooser holds

    DialogHeader *m_header = nullptr;
    FieldForm *m_form = nullptr;
    QLabel *m_customerLabel = nullptr;
    CustomerPicker *m_customer = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_orderLabel = nullptr;
    QComboBox *m_order = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_notesLabel = nullptr;
    QLineEdit *m_notes = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
