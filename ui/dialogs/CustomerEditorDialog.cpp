#include "CustomerEditorDialog.h"

#include "DialogSize.h"
#include "Format.h"
#include "Session.h"
#include "commands/CustomerCommands.h"
#include "domain/Vocabulary.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OrgRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/DialogHeader.h"
#include "widgets/FieldForm.h"
#include "widgets/LineIcon.h"
#include "widgets/StatusLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(u"[,，;；、/\\n]"_s);
    QStringList parts;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts;
}

QString joinPoints(const QList<ContactPoint> &points, const QString &kind)
{
    QStringList values;
    for (const ContactPoint &p : points) {
        if (p.kind == kind)
            values << (p.raw.isEmpty() ? p.normalized : p.raw);
    }
    return values.join(u", "_s);
}
} // namespace

CustomerEditorDialog::CustomerEditorDialog(Session *session, const Customer &customer, QWidget *parent)
    : QDialog(parent), m_session(session), m_original(customer)
{
    setObjectName(u"customerEditor"_s);
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Customers), this);

    const auto label = [this](const QString &key) {
        auto *l = new QLabel(this);
        m_labels.insert(key, l);
        return l;
    };
    const auto lineEdit = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        return edit;
    };
    const auto combo = [this](const QString &name) {
        auto *c = new QComboBox(this);
        c->setObjectName(name);
        return c;
    };

    m_left = new FieldForm(this);
    m_name = lineEdit(u"nameEdit"_s);
    m_left->addRow(label(u"name"_s), m_name, {u"name"_s});
    m_shortName = lineEdit(u"shortNameEdit"_s);
    m_left->addRow(label(u"shortName"_s), m_shortName, {u"short_name"_s});
    m_kind = combo(u"kindCombo"_s);
    m_left->addRow(label(u"kind"_s), m_kind, {u"kind"_s});
    m_status = combo(u"statusCombo"_s);
    m_left->addRow(label(u"status"_s), m_status, {u"status"_s});
    m_grade = combo(u"gradeCombo"_s);
    m_left->addRow(label(u"grade"_s), m_grade, {u"grade"_s});
    m_owner = combo(u"ownerCombo"_s);
    m_left->addRow(label(u"owner"_s), m_owner, {u"owner"_s});
    m_source = combo(u"sourceCombo"_s);
    m_left->addRow(label(u"source"_s), m_source, {u"source"_s});

    m_right = new FieldForm(this);
    m_phones = lineEdit(u"phoneEdit"_s);
    m_right->addRow(label(u"phone"_s), m_phones, {u"phone"_s});
    m_emails = lineEdit(u"emailEdit"_s);
    m_right->addRow(label(u"email"_s), m_emails, {u"email"_s});
    m_wechat = lineEdit(u"wechatEdit"_s);
    m_right->addRow(label(u"wechat"_s), m_wechat, {u"wechat"_s});
    m_region = lineEdit(u"regionEdit"_s);
    m_right->addRow(label(u"region"_s), m_region, {u"region"_s});
    m_city = lineEdit(u"cityEdit"_s);
    m_right->addRow(label(u"city"_s), m_city, {u"city"_s});
    m_industry = lineEdit(u"industryEdit"_s);
    m_right->addRow(label(u"industry"_s), m_industry, {u"industry"_s});
    m_address = lineEdit(u"addressEdit"_s);
    m_right->addRow(label(u"address"_s), m_address, {u"address"_s});

    m_bottom = new FieldForm(this);
    m_tags = lineEdit(u"tagsEdit"_s);
    m_bottom->addRow(label(u"tags"_s), m_tags, {u"tags"_s});
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_bottom->addRow(label(u"notes"_s), m_notes, {u"notes"_s, u"consent"_s});

    // The duplicate warning, with a way to the customer that is already there.
    m_duplicateBar = new QWidget(this);
    m_duplicateBar->setObjectName(u"duplicateBar"_s);
    m_duplicateLabel = new StatusLabel(m_duplicateBar);
    m_duplicateLabel->setObjectName(u"duplicateLabel"_s);
    m_openExisting = new QPushButton(m_duplicateBar);
    m_openExisting->setObjectName(u"openExistingButton"_s);
    m_openExisting->setAutoDefault(false);
    auto *duplicateLayout = new QHBoxLayout(m_duplicateBar);
    duplicateLayout->setContentsMargins(0, 4, 0, 4);
    duplicateLayout->addWidget(m_duplicateLabel, 1);
    duplicateLayout->addWidget(m_openExisting, 0, Qt::AlignTop);
    m_duplicateBar->setVisible(false);

    m_error = new StatusLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addWidget(m_left, 1, Qt::AlignTop);
    columns->addWidget(m_right, 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addSpacing(4);
    layout->addLayout(columns);
    layout->addWidget(m_bottom);
    layout->addWidget(m_duplicateBar);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_duplicateTimer = new QTimer(this);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(DuplicateCheckDelayMs);
    connect(m_duplicateTimer, &QTimer::timeout, this, &CustomerEditorDialog::checkDuplicates);
    for (QLineEdit *edit : {m_name, m_phones, m_emails}) {
        connect(edit, &QLineEdit::textEdited, m_duplicateTimer, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::textEdited, this, &CustomerEditorDialog::fieldsEdited);
    }
    connect(m_openExisting, &QPushButton::clicked, this, &CustomerEditorDialog::openExisting);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerEditorDialog::reject);

    if (session->isOpen()) {
        for (const Member &m : OrgRepository(*session->database(), AccessScope::administrator()).members())
            m_memberNames.insert(m.id, m.name);
    }
    retranslateUi();
    if (m_original.id == 0 && m_original.ownerId == 0)
        m_original.ownerId = session->actingMemberId();
    showCustomer(m_original);
    setDialogWidth(this, 780);
    m_name->setFocus();
}

CustomerEditorDialog::~CustomerEditorDialog() = default;

void CustomerEditorDialog::fillChoosers()
{
    combos::fillKeys(m_kind, QString(), Vocabulary::entries(Vocabulary::CustomerKind));
    combos::fillKeys(m_status, QString(), Vocabulary::entries(Vocabulary::CustomerStatus));
    QList<QPair<QString, QString>> grades;
    for (const QString &g : CustomerRepository::grades())
        grades << qMakePair(g, g);
    combos::fillKeys(m_grade, tr("None"), grades);
    combos::fillKeys(m_source, tr("Unknown"), Vocabulary::entries(Vocabulary::Source));
    QList<Member> owners;
    if (m_session->isOpen()) {
        for (const Member &m : m_session->repository<OrgRepository>().members(true)) {
            if (m_session->scope().canSeeOwner(m.id) && (m.role == Role::Rep || m.role == Role::Manager))
                owners << m;
        }
    }
    combos::fillMembers(m_owner, m_session->scope().seesEverything() ? tr("Nobody yet") : QString(), owners);
    // A rep's customers are their own.
    m_owner->setEnabled(m_session->scope().role() != Role::Rep);
}

void CustomerEditorDialog::showCustomer(const Customer &c)
{
    m_name->setText(c.name);
    m_shortName->setText(c.shortName);
    combos::select(m_kind, c.kind);
    combos::select(m_status, c.status);
    combos::select(m_grade, c.grade);
    if (!combos::select(m_owner, c.ownerId) && c.ownerId) {
        // Someone no longer in the list (inactive): keep them.
        m_owner->addItem(m_memberNames.value(c.ownerId, c.ownerName), c.ownerId);
        m_owner->setCurrentIndex(m_owner->count() - 1);
    }
    combos::select(m_source, c.source);
    m_phones->setText(joinPoints(c.points, u"phone"_s));
    m_emails->setText(joinPoints(c.points, u"email"_s));
    m_wechat->setText(c.wechat);
    m_region->setText(c.region);
    m_city->setText(c.city);
    m_industry->setText(c.industry);
    m_address->setText(c.address);
    m_tags->setText(c.tags.join(u", "_s));
    m_notes->setPlainText(c.notes);
}

Customer CustomerEditorDialog::fromFields() const
{
    Customer c = m_original; // keeps what the dialog does not show (consent, code…)
    c.name = m_name->text().trimmed();
    c.shortName = m_shortName->text().trimmed();
    c.kind = m_kind->currentData().toString();
    c.status = m_status->currentData().toString();
    c.grade = m_grade->currentData().toString();
    c.ownerId = m_owner->currentData().toLongLong();
    c.source = m_source->currentData().toString();
    c.points.clear();
    for (const QString &phone : splitList(m_phones->text()))
        c.points << CustomerMatcher::phonePoint(phone);
    for (const QString &email : splitList(m_emails->text()))
        c.points << CustomerMatcher::emailPoint(email);
    c.wechat = m_wechat->text().trimmed();
    c.region = m_region->text().trimmed();
    c.city = m_city->text().trimmed();
    c.industry = m_industry->text().trimmed();
    c.address = m_address->text().trimmed();
    c.tags = splitList(m_tags->text());
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

void CustomerEditorDialog::fieldsEdited()
{
    // After a first try, the messages follow the typing.
    if (!m_triedSaving || !m_session->isOpen())
        return;
    const QList<FieldError> errors = m_session->repository<CustomerRepository>().validate(fromFields());
    m_left->showErrors(m_right->showErrors(m_bottom->showErrors(errors)));
}

QString CustomerEditorDialog::reasonText(const QString &reason)
{
    if (reason == u"phone"_s)
        return tr("phone number");
    if (reason == u"email"_s)
        return tr("e-mail address");
    return tr("name");
}

void CustomerEditorDialog::checkDuplicates()
{
    m_duplicateTimer->stop();
    m_duplicates.clear();
    m_existingId = 0;
    if (m_session->isOpen()) {
        const MatchKeys keys = MatchKeys::of(fromFields());
        if (!keys.isEmpty())
            m_duplicates = m_session->repository<CustomerRepository>().findDuplicates(keys, m_original.id);
    }
    if (m_duplicates.isEmpty()) {
        m_duplicateBar->setVisible(false);
        m_duplicateLabel->clearMessage();
        return;
    }
    const auto visible = std::find_if(m_duplicates.cbegin(), m_duplicates.cend(),
                                      [](const DuplicateMatch &m) { return m.visible; });
    QString message;
    if (visible != m_duplicates.cend()) {
        m_existingId = visible->customerId;
        message = tr("%1 (owner: %2) already has this %3.")
                      .arg(visible->name, m_memberNames.value(visible->ownerId, tr("nobody")),
                           reasonText(visible->reason));
        if (m_duplicates.size() > 1)
            message += u' ' + tr("%n more customer(s) share a name, phone or e-mail with it.", nullptr,
                                 int(m_duplicates.size() - 1));
    } else {
        message = tr("A customer with this %1 already exists, outside the customers you can see. Ask "
                     "your manager before adding it again.")
                      .arg(reasonText(m_duplicates.first().reason));
    }
    m_duplicateLabel->showMessage(message, StatusLabel::Warning);
    m_openExisting->setVisible(m_existingId != 0);
    m_duplicateBar->setVisible(true);
}

void CustomerEditorDialog::openExisting()
{
    if (m_existingId)
        done(OpenExisting);
}

void CustomerEditorDialog::accept()
{
    if (!m_session->isOpen())
        return;
    m_triedSaving = true;
    m_error->clearMessage();
    const Customer customer = fromFields();
    CustomerRepository customers = m_session->repository<CustomerRepository>();
    QList<FieldError> errors = customers.validate(customer);
    SaveResult result;
    if (errors.isEmpty()) {
        result = customer.id ? customers.update(customer) : customers.create(customer);
        errors = result.fieldErrors;
    }
    const QList<FieldError> unplaced = m_left->showErrors(m_right->showErrors(m_bottom->showErrors(errors)));
    for (const FieldError &e : unplaced)
        m_error->showError(e.message);
    if (!errors.isEmpty() || !result.ok()) {
        if (!result.error.isEmpty())
            m_error->showError(result.error);
        if (m_left->errorLabel(u"name"_s)->isVisible())
            m_name->setFocus();
        return;
    }
    m_savedId = result.id;
    QUndoCommand *command = nullptr;
    if (customer.id)
        command = new EditCustomerCommand(m_session, m_original, customer);
    else
        command = new CreateCustomerCommand(m_session, result.id, customer.name);
    m_session->undoStack()->push(command);
    QDialog::accept();
}

void CustomerEditorDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void CustomerEditorDialog::retranslateUi()
{
    const bool creating = m_original.id == 0;
    setWindowTitle(creating ? tr("New Customer") : tr("Edit Customer"));
    m_header->setTitle(creating ? tr("New customer") : m_original.name);
    m_header->setDetail(creating
                            ? tr("Only the name is needed; the rest can follow.")
                            : tr("%1 · created %2")
                                  .arg(m_original.code, dateText(m_original.createdAt.toLocalTime().date())));
    m_labels[u"name"_s]->setText(tr("&Name:"));
    m_labels[u"shortName"_s]->setText(tr("S&hort name:"));
    m_labels[u"kind"_s]->setText(tr("&Kind:"));
    m_labels[u"status"_s]->setText(tr("&Status:"));
    m_labels[u"grade"_s]->setText(tr("&Grade:"));
    m_labels[u"owner"_s]->setText(tr("O&wner:"));
    m_labels[u"source"_s]->setText(tr("So&urce:"));
    m_labels[u"phone"_s]->setText(tr("&Phone:"));
    m_labels[u"email"_s]->setText(tr("&E-mail:"));
    m_labels[u"wechat"_s]->setText(tr("We&Chat:"));
    m_labels[u"region"_s]->setText(tr("&Region:"));
    m_labels[u"city"_s]->setText(tr("Cit&y:"));
    m_labels[u"industry"_s]->setText(tr("&Industry:"));
    m_labels[u"address"_s]->setText(tr("A&ddress:"));
    m_labels[u"tags"_s]->setText(tr("&Tags:"));
    m_labels[u"notes"_s]->setText(tr("Notes:"));
    m_name->setPlaceholderText(tr("A company's or a person's name"));
    m_phones->setPlaceholderText(tr("Several separated by commas"));
    m_emails->setPlaceholderText(tr("Several separated by commas"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_openExisting->setText(tr("&Open It"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Tags and notes run under both columns, their labels lined up with the left column's.
    m_bottom->setLabelColumnMinimumWidth(m_left->labelColumnWidth());
    fillChoosers();
    if (m_duplicateBar->isVisible())
        checkDuplicates();
}

} // namespace frontline
