#include "PaymentDialog.h"

#include "DialogSize.h"
#include "Format.h"
#include "Session.h"
#include "commands/PaymentCommands.h"
#include "domain/Money.h"
#include "repositories/OrderRepository.h"
#include "repositories/PaymentRepository.h"
#include "widgets/CustomerPicker.h"
#include "widgets/DateEdits.h"
#include "widgets/DialogHeader.h"
#include "widgets/FieldForm.h"
#include "widgets/LineIcon.h"
#include "widgets/StatusLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
// The newest orders of a customer the chooser offers; older ones are rarely still open.
constexpr int MaxOrders = 200;
} // namespace

PaymentDialog::PaymentDialog(Session *session, const Payment &payment, QWidget *parent)
    : QDialog(parent), m_session(session), m_original(payment)
{
    setObjectName(u"paymentDialog"_s);
    m_readOnly = !session->scope().canWriteMoney();
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Check), this);
    m_form = new FieldForm(this);

    m_customerLabel = new QLabel(this);
    m_customer = new CustomerPicker(this);
    m_customer->setObjectName(u"customerPicker"_s);
    m_customer->setSource(session->database(), session->scope());
    m_form->addRow(m_customerLabel, m_customer, {u"customer"_s});
    m_balance = new QLabel(this);
    m_balance->setObjectName(u"balanceLabel"_s);
    m_balance->setForegroundRole(QPalette::PlaceholderText);
    m_balance->setWordWrap(true);
    m_form->addWideRow(m_balance);

    m_orderLabel = new QLabel(this);
    m_order = new QComboBox(this);
    m_order->setObjectName(u"orderCombo"_s);
    m_form->addRow(m_orderLabel, m_order, {u"order"_s});

    m_dateLabel = new QLabel(this);
    m_date = dates::newDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setCalendarPopup(true);
    m_amountLabel = new QLabel(this);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"amountEdit"_s);
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addSpacing(12);
    dateRow->addWidget(m_amountLabel);
    dateRow->addWidget(m_amount, 1);
    m_dateLabel->setBuddy(m_date);
    m_amountLabel->setBuddy(m_amount);
    m_form->addRow(m_dateLabel, dateRow, {u"paid_on"_s, u"amount"_s});

    m_methodLabel = new QLabel(this);
    m_method = new QComboBox(this);
    m_method->setObjectName(u"methodCombo"_s);
    for (const QString &method : PaymentRepository::methods())
        m_method->addItem(QString(), method);
    m_numberLabel = new QLabel(this);
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"numberEdit"_s);
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_method);
    methodRow->addSpacing(12);
    methodRow->addWidget(m_numberLabel);
    methodRow->addWidget(m_number, 1);
    m_methodLabel->setBuddy(m_method);
    m_numberLabel->setBuddy(m_number);
    m_form->addRow(m_methodLabel, methodRow, {u"method"_s, u"payment_no"_s});

    m_notesLabel = new QLabel(this);
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_form->addRow(m_notesLabel, m_notes, {u"notes"_s});

    m_error = new StatusLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_customer, &CustomerPicker::customerChanged, this, [this] {
        fillOrders();
        updateBalance();
    });
    connect(m_order, &QComboBox::activated, this, &PaymentDialog::orderChosen);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);

    retranslateUi();
    if (payment.id) {
        m_customer->setCustomer(payment.customerId);
        if (!m_customer->customerId())
            m_customer->setText(payment.customerName);
        // A payment stays with its customer; to move it, delete it and record it again.
        m_customer->setEnabled(false);
        fillOrders();
        setOrder(payment.orderId);
        m_date->setDate(payment.paidOn);
        setAmount(payment.amountFen);
        m_number->setText(payment.paymentNo);
        m_notes->setText(payment.notes);
    } else {
        fillOrders();
    }
    m_method->setCurrentIndex(std::max(0, m_method->findData(payment.method)));
    updateBalance();
    if (m_readOnly) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_customer, m_order, m_date, m_amount, m_method,
                                                           m_number, m_notes})
            w->setEnabled(false);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        m_error->showMessage(tr("Support staff can look at payments but not record them."),
                             StatusLabel::Hint);
        retranslateUi();
    }
    setDialogWidth(this, 640);
}

void PaymentDialog::setCustomer(qint64 customerId)
{
    m_customer->setCustomer(customerId);
    fillOrders();
    updateBalance();
}

void PaymentDialog::setOrder(qint64 orderId, qint64 amountFen)
{
    m_order->setCurrentIndex(std::max(0, m_order->findData(orderId)));
    if (amountFen)
        setAmount(amountFen);
}

void PaymentDialog::setAmount(qint64 amountFen)
{
    m_amount->setText(Money::format(amountFen, false));
}

void PaymentDialog::fillOrders()
{
    const qint64 customerId = m_customer->customerId() ? m_customer->customerId() : m_original.customerId;
    if (customerId == m_filledFor)
        return;
    m_filledFor = customerId;
    const qint64 chosen = m_order->currentData().toLongLong();
    m_order->clear();
    m_outstanding.clear();
    m_order->addItem(tr("Not against a particular order"), qint64(0));
    if (!m_session->isOpen() || !customerId) {
        m_order->setEnabled(false);
        return;
    }
    OrderFilter orders;
    orders.customerId = customerId;
    // What each order has collected, from one list of the customer's payments.
    PaymentFilter payments;
    payments.customerId = customerId;
    QHash<qint64, qint64> collected;
    for (const Payment &p : m_session->repository<PaymentRepository>().list(payments))
        collected[p.orderId] += p.amountFen;
    for (const Order &o : m_session->repository<OrderRepository>().list(orders, MaxOrders)) {
        if (o.status == u"cancelled"_s)
            continue;
        const qint64 outstanding = o.totalFen - collected.value(o.id);
        m_outstanding.insert(o.id, outstanding);
        //: An order in the payment dialog's chooser: %1 number, %2 date, %3 total, %4 outstanding
        const QString text = outstanding > 0
                                 ? tr("%1 · %2 · %3, outstanding %4")
                                       .arg(o.orderNo, dateText(o.orderDate), Money::format(o.totalFen),
                                            Money::format(outstanding))
                                 : tr("%1 · %2 · %3, paid in full")
                                       .arg(o.orderNo, dateText(o.orderDate), Money::format(o.totalFen));
        m_order->addItem(text, o.id);
    }
    m_order->setEnabled(!m_readOnly && m_order->count() > 1);
    m_order->setCurrentIndex(std::max(0, m_order->findData(chosen)));
}

void PaymentDialog::orderChosen()
{
    // A new payment against an order is usually what is left to pay on it.
    const qint64 orderId = m_order->currentData().toLongLong();
    const qint64 outstanding = m_outstanding.value(orderId);
    if (!m_original.id && orderId && outstanding > 0 && m_amount->text().trimmed().isEmpty())
        setAmount(outstanding);
}

void PaymentDialog::updateBalance()
{
    const qint64 customerId = m_customer->customerId() ? m_customer->customerId() : m_original.customerId;
    QString text;
    if (m_session->isOpen() && customerId) {
        const QList<CustomerBalance> balances =
            m_session->repository<PaymentRepository>().balances({}, customerId);
        if (!balances.isEmpty()) {
            const CustomerBalance &b = balances.constFirst();
            const qint64 outstanding = b.outstandingFen();
            const QString detail =
                tr("billed %1, collected %2").arg(Money::format(b.billedFen), Money::format(b.collectedFen));
            if (outstanding > 0)
                text = tr("Outstanding %1 (%2).").arg(Money::format(outstanding), detail);
            else if (outstanding < 0)
                text = tr("Paid %1 in advance (%2).").arg(Money::format(-outstanding), detail);
            else
                text = tr("Nothing outstanding (%1).").arg(detail);
        }
    }
    m_balance->setText(text);
    m_balance->setVisible(!text.isEmpty());
}

Payment PaymentDialog::fromFields(bool *amountOk) const
{
    Payment p = m_original;
    p.customerId = m_customer->customerId() ? m_customer->customerId() : m_original.customerId;
    if (m_customer->customerId())
        p.customerName = m_customer->customerName();
    p.orderId = m_order->currentData().toLongLong();
    p.paidOn = m_date->date();
    const std::optional<qint64> amount = Money::parseYuan(m_amount->text());
    *amountOk = amount.has_value() || m_amount->text().trimmed().isEmpty();
    p.amountFen = amount.value_or(0);
    p.method = m_method->currentData().toString();
    p.paymentNo = m_number->text().trimmed();
    p.notes = m_notes->text().trimmed();
    return p;
}

void PaymentDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    m_error->clearMessage();
    if (!m_session->isOpen())
        return;
    bool amountOk = true;
    Payment payment = fromFields(&amountOk);
    PaymentRepository payments = m_session->repository<PaymentRepository>();
    QList<FieldError> errors;
    if (!amountOk)
        errors << FieldError{u"amount"_s, tr("Enter an amount in yuan, such as 12,500 or 1.25万.")};
    else
        errors = payments.validate(payment);
    SaveResult result;
    if (errors.isEmpty()) {
        result = payment.id ? payments.update(payment) : payments.create(payment);
        errors = result.fieldErrors;
    }
    for (const FieldError &e : m_form->showErrors(errors))
        m_error->showError(e.message);
    if (!errors.isEmpty() || !result.ok()) {
        // Core's refusal (support staff, a customer out of scope) in its own words.
        if (!result.error.isEmpty())
            m_error->showError(result.error);
        return;
    }
    m_savedId = result.id;
    // The saved payment as core has it (the rep it was credited to, the order number).
    if (const std::optional<Payment> saved = payments.get(result.id))
        payment = *saved;
    if (m_original.id)
        m_session->undoStack()->push(new EditPaymentCommand(m_session, m_original, payment));
    else
        m_session->undoStack()->push(
            new RecordPaymentCommand(m_session, payment, RecordPaymentCommand::Record));
    QDialog::accept();
}

void PaymentDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PaymentDialog::retranslateUi()
{
    const bool creating = m_original.id == 0;
    setWindowTitle(creating ? tr("Record Payment") : tr("Payment"));
    m_header->setTitle(creating ? tr("Record a payment")
                                : tr("Payment %1").arg(Money::format(m_original.amountFen)));
    m_header->setDetail(creating
                            ? tr("Money received from a customer, against one of their orders or on account.")
                            : m_original.customerName);
    m_customerLabel->setText(tr("&Customer:"));
    m_customer->setPlaceholderText(tr("Name, pinyin, initials or phone number"));
    m_orderLabel->setText(tr("&Order:"));
    if (m_order->count())
        m_order->setItemText(0, tr("Not against a particular order"));
    m_dateLabel->setText(tr("&Received on:"));
    m_amountLabel->setText(tr("&Amount (¥):"));
    m_amount->setPlaceholderText(tr("e.g. 12,500.00"));
    m_methodLabel->setText(tr("&Method:"));
    for (int i = 0; i < m_method->count(); ++i)
        m_method->setItemText(i, PaymentRepository::methodLabel(m_method->itemData(i).toString()));
    m_numberLabel->setText(tr("Receipt &no.:"));
    m_number->setPlaceholderText(tr("Bank slip or receipt number"));
    m_notesLabel->setText(tr("No&tes:"));
    if (QPushButton *save = m_buttons->button(QDialogButtonBox::Save))
        save->setText(tr("Save"));
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Cancel"));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
    updateBalance();
}

} // namespace frontline
