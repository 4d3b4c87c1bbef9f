#include "OrderDialog.h"

#include "DialogSize.h"
#include "OrderLineDelegate.h"
#include "PaymentDialog.h"
#include "Session.h"
#include "commands/OrderCommands.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "models/OrderLinesModel.h"
#include "repositories/OrderRepository.h"
#include "repositories/OrgRepository.h"
#include "repositories/PaymentRepository.h"
#include "widgets/ComboBoxes.h"
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
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

OrderDialog::OrderDialog(Session *session, const Order &order, QWidget *parent)
    : QDialog(parent), m_session(session), m_original(order)
{
    setObjectName(u"orderDialog"_s);
    m_readOnly = !session->scope().canWriteMoney();
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Orders), this);
    m_form = new FieldForm(this);

    m_customerLabel = new QLabel(this);
    m_customer = new CustomerPicker(this);
    m_customer->setObjectName(u"customerPicker"_s);
    m_customer->setSource(session->database(), session->scope());
    m_form->addRow(m_customerLabel, m_customer, {u"customer"_s});

    m_numberLabel = new QLabel(this);
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"numberEdit"_s);
    m_dateLabel = new QLabel(this);
    m_date = dates::newDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addSpacing(12);
    numberRow->addWidget(m_dateLabel);
    numberRow->addWidget(m_date);
    m_dateLabel->setBuddy(m_date);
    m_numberLabel->setBuddy(m_number);
    m_form->addRow(m_numberLabel, numberRow, {u"order_no"_s, u"date"_s});

    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_memberLabel = new QLabel(this);
    m_member = new QComboBox(this);
    m_member->setObjectName(u"memberCombo"_s);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addSpacing(12);
    statusRow->addWidget(m_memberLabel);
    statusRow->addWidget(m_member, 1);
    m_statusLabel->setBuddy(m_status);
    m_memberLabel->setBuddy(m_member);
    m_form->addRow(m_statusLabel, statusRow, {u"status"_s, u"member"_s});

    m_lines = new OrderLinesModel(this);
    m_linesLabel = new QLabel(this);
    QFont linesFont = m_linesLabel->font();
    linesFont.setWeight(QFont::DemiBold);
    m_linesLabel->setFont(linesFont);
    m_linesView = new QTableView(this);
    m_linesView->setObjectName(u"linesView"_s);
    m_linesView->setModel(m_lines);
    m_linesView->setItemDelegate(new OrderLineDelegate(m_linesView));
    m_linesView->verticalHeader()->hide();
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_linesView->horizontalHeader()->setSectionResizeMode(OrderLinesModel::ProductColumn,
                                                          QHeaderView::Stretch);
    m_linesView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_linesView->verticalHeader()->setDefaultSectionSize(m_linesView->fontMetrics().height() + 14);
    m_linesView->setMinimumHeight(180);
    m_addLine = new QPushButton(LineIcon::icon(LineIcon::Add), QString(), this);
    m_addLine->setObjectName(u"addLineButton"_s);
    m_addLine->setAutoDefault(false);
    m_removeLine = new QPushButton(LineIcon::icon(LineIcon::Delete), QString(), this);
    m_removeLine->setAutoDefault(false);
    m_total = new QLabel(this);
    m_total->setObjectName(u"totalLabel"_s);
    QFont totalFont = m_total->font();
    totalFont.setWeight(QFont::DemiBold);
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.15);
    m_total->setFont(totalFont);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch();
    lineButtons->addWidget(m_total);
    m_linesError = new StatusLabel(this);
    m_linesError->setObjectName(u"linesError"_s);

    // What has been collected on an existing order, and a payment against it.
    m_collected = new QLabel(this);
    m_collected->setObjectName(u"collectedLabel"_s);
    m_recordPayment = new QPushButton(LineIcon::icon(LineIcon::Check), QString(), this);
    m_recordPayment->setObjectName(u"recordPaymentButton"_s);
    m_recordPayment->setAutoDefault(false);
    auto *collectedRow = new QHBoxLayout;
    collectedRow->addWidget(m_collected, 1);
    collectedRow->addWidget(m_recordPayment);

    m_error = new StatusLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_form);
    layout->addWidget(m_linesLabel);
    layout->addWidget(m_linesView, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_linesError);
    layout->addLayout(collectedRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_addLine, &QPushButton::clicked, this, &OrderDialog::addLine);
    connect(m_removeLine, &QPushButton::clicked, this, &OrderDialog::removeLine);
    connect(m_lines, &OrderLinesModel::totalChanged, this, &OrderDialog::updateTotal);
    connect(m_recordPayment, &QPushButton::clicked, this, &OrderDialog::recordPayment);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrderDialog::reject);

    QList<Member> members;
    if (session->isOpen()) {
        m_lines->setProducts(session->repository<OrderRepository>().products());
        for (const Member &m : session->repository<OrgRepository>().members(true)) {
            if (session->scope().canSeeOwner(m.id) && (m.role == Role::Rep || m.role == Role::Manager))
                members << m;
        }
    }
    combos::fillMembers(m_member, tr("The customer's owner"), members);

    retranslateUi();
    if (order.id) {
        m_customer->setCustomer(order.customerId);
        if (!m_customer->customerId())
            m_customer->setText(order.customerName);
        m_number->setText(order.orderNo);
        m_date->setDate(order.orderDate);
        combos::select(m_status, order.status);
        if (!combos::select(m_member, order.memberId)) {
            m_member->addItem(order.memberName, order.memberId);
            m_member->setCurrentIndex(m_member->count() - 1);
        }
        m_lines->setLines(order.lines);
    } else {
        m_number->setText(suggestNumber(session, m_date->date()));
        combos::select(m_status, u"confirmed"_s);
        combos::select(m_member, session->actingMemberId());
    }
    if (m_readOnly) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_customer, m_number, m_date, m_status, m_member,
                                                           m_addLine, m_removeLine})
            w->setEnabled(false);
        m_linesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        retranslateUi();
    }
    updateTotal();
    updateCollected();
    setDialogWidth(this, 720);
    resize(width(), qMax(height(), 560));
}

OrderDialog::~OrderDialog() = default;

QString OrderDialog::suggestNumber(Session *session, const QDate &date)
{
    // The numbering of the demo data and of most order systems here: SO20260314-0007.
    const QString prefix = u"SO"_s + date.toString(u"yyyyMMdd"_s) + u'-';
    if (!session->isOpen())
        return prefix + u"0001"_s;
    // Numbers are unique across the file, including orders this user cannot see.
    OrderRepository orders(*session->database(), AccessScope::administrator());
    for (int n = 1;; ++n) {
        const QString number = prefix + u"%1"_s.arg(n, 4, 10, QChar(u'0'));
        if (!orders.findByNumber(number))
            return number;
    }
}

void OrderDialog::setCustomer(qint64 customerId)
{
    m_customer->setCustomer(customerId);
}

void OrderDialog::addLine()
{
    const QList<Product> &products = m_lines->products();
    m_lines->addLine(products.isEmpty() ? 0 : products.first().id);
    const QModelIndex product = m_lines->index(m_lines->rowCount() - 1, OrderLinesModel::ProductColumn);
    m_linesView->setCurrentIndex(product);
    m_linesView->edit(product);
}

void OrderDialog::removeLine()
{
    m_lines->removeLine(m_linesView->currentIndex().row());
}

void OrderDialog::updateTotal()
{
    m_total->setText(tr("Total: %1").arg(Money::format(m_lines->totalFen())));
}

void OrderDialog::updateCollected()
{
    const bool shown = m_original.id && m_original.status != u"cancelled"_s && m_session->isOpen();
    m_collected->setVisible(shown);
    m_recordPayment->setVisible(shown);
    if (!shown)
        return;
    m_collectedFen = m_session->repository<PaymentRepository>().collectedForOrder(m_original.id);
    const qint64 outstanding = outstandingFen();
    //: %1 collected so far, %2 the order's total, %3 what is left
    m_collected->setText(outstanding > 0
                             ? tr("Collected %1 of %2, outstanding %3")
                                   .arg(Money::format(m_collectedFen), Money::format(m_original.totalFen),
                                        Money::format(outstanding))
                             : tr("Collected %1 of %2: paid in full")
                                   .arg(Money::format(m_collectedFen), Money::format(m_original.totalFen)));
    m_recordPayment->setEnabled(m_session->scope().canWriteMoney());
    m_recordPayment->setToolTip(m_session->scope().canWriteMoney()
                                    ? QString()
                                    : tr("Support staff can look at payments but not record them."));
}

qint64 OrderDialog::recordPayment()
{
    if (!m_original.id || !m_session->isOpen())
        return 0;
    PaymentDialog dialog(m_session, Payment(), this);
    dialog.setCustomer(m_original.customerId);
    dialog.setOrder(m_original.id, std::max<qint64>(0, outstandingFen()));
    const qint64 id = dialog.exec() == QDialog::Accepted ? dialog.savedId() : 0;
    updateCollected();
    return id;
}

Order OrderDialog::fromFields() const
{
    Order o = m_original;
    o.customerId = m_customer->customerId() ? m_customer->customerId() : m_original.customerId;
    o.customerName = m_customer->customerName();
    o.orderNo = m_number->text().trimmed();
    o.orderDate = m_date->date();
    o.status = m_status->currentData().toString();
    o.memberId = m_member->currentData().toLongLong();
    o.lines = m_lines->lines();
    o.totalFen = m_lines->totalFen();
    return o;
}

void OrderDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    m_error->clearMessage();
    m_linesError->clearMessage();
    if (!m_session->isOpen())
        return;
    const Order order = fromFields();
    OrderRepository orders = m_session->repository<OrderRepository>();
    QList<FieldError> errors = orders.validate(order);
    SaveResult result;
    if (errors.isEmpty()) {
        result = order.id ? orders.update(order) : orders.create(order);
        errors = result.fieldErrors;
    }
    QStringList lineMessages;
    for (const FieldError &e : m_form->showErrors(errors)) {
        if (e.field == u"lines"_s)
            lineMessages << e.message;
        else
            m_error->showError(e.message);
    }
    if (!lineMessages.isEmpty())
        m_linesError->showError(lineMessages.join(u'\n'));
    if (!errors.isEmpty() || !result.ok()) {
        if (!result.error.isEmpty())
            m_error->showError(result.error);
        return;
    }
    m_savedId = result.id;
    if (order.id) {
        m_session->undoStack()->push(new EditOrderCommand(m_session, m_original, order));
    } else {
        Order saved = order;
        saved.id = result.id;
        m_session->undoStack()->push(new CreateOrderCommand(m_session, saved));
    }
    QDialog::accept();
}

void OrderDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void OrderDialog::retranslateUi()
{
    const bool creating = m_original.id == 0;
    setWindowTitle(creating ? tr("New Order") : tr("Order %1").arg(m_original.orderNo));
    m_header->setTitle(creating ? tr("New order") : tr("Order %1").arg(m_original.orderNo));
    m_header->setDetail(creating ? tr("Add a line per product; prices can be changed for this order.")
                                 : m_original.customerName);
    m_customerLabel->setText(tr("&Customer:"));
    m_customer->setPlaceholderText(tr("Name, pinyin, initials or phone number"));
    m_numberLabel->setText(tr("&Number:"));
    m_dateLabel->setText(tr("&Date:"));
    m_statusLabel->setText(tr("&Status:"));
    combos::fillKeys(m_status, QString(), Vocabulary::entries(Vocabulary::OrderStatus));
    m_memberLabel->setText(tr("&Rep:"));
    m_member->setItemText(0, tr("The customer's owner"));
    m_linesLabel->setText(tr("Lines"));
    m_addLine->setText(tr("&Add Line"));
    m_removeLine->setText(tr("Remo&ve Line"));
    if (QPushButton *save = m_buttons->button(QDialogButtonBox::Save))
        save->setText(tr("Save"));
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Cancel"));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
    m_recordPayment->setText(tr("Record &Payment…"));
    updateTotal();
    if (m_original.id)
        updateCollected();
}

} // namespace frontline
