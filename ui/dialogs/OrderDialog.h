// OrderDialog writes a new order — customer, number, date, status, rep and its lines with a
// running total — or edits an existing one (support staff only look), showing what has been
// collected on it and recording a payment against it. Money is fen
// throughout, typed amounts read with Money::parseYuan. Saving goes through the undo stack.
#pragma once

#include "domain/Crm.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace frontline {

class CustomerPicker;
class DialogHeader;
class FieldForm;
class OrderLinesModel;
class Session;
class StatusLabel;

class OrderDialog : public QDialog
{
    Q_OBJECT
public:
    // A new order when order.id is 0.
    OrderDialog(Session *session, const Order &order, QWidget *parent = nullptr);
    ~OrderDialog() override;

    void setCustomer(qint64 customerId);
    OrderLinesModel *lines() const { return m_lines; }
    qint64 savedId() const { return m_savedId; }
    bool isReadOnly() const { return m_readOnly; }
    // An existing order: what its payments came to and what is still outstanding.
    qint64 collectedFen() const { return m_collectedFen; }
    qint64 outstandingFen() const { return m_original.totalFen - m_collectedFen; }
    // Opens the payment dialog for this order with what is outstanding on it (an existing order).
    qint64 recordPayment();

    // An order number not yet taken: SOyyyyMMdd-NNNN.
    static QString suggestNumber(Session *session, const QDate &date);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addLine();
    void removeLine();
    void updateTotal();
    void updateCollected();
    Order fromFields() const;

    Session *m_session;
    Order m_original;
    bool m_readOnly = false;
    qint64 m_savedId = 0;
    qint64 m_collectedFen = 0;

    DialogHeader *m_header = nullptr;
    FieldForm *m_form = nullptr;
    QLabel *m_customerLabel = nullptr;
    CustomerPicker *m_customer = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_memberLabel = nullptr;
    QComboBox *m_member = nullptr;
    QLabel *m_linesLabel = nullptr;
    OrderLinesModel *m_lines = nullptr;
    QTableView *m_linesView = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QLabel *m_total = nullptr;
    StatusLabel *m_linesError = nullptr;
    QLabel *m_collected = nullptr;
    QPushButton *m_recordPayment = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
